//! The corpus as a network: actors merged across documents as nodes, relations as weighted edges,
//! laid out by a deterministic force-directed computation. Pure functions, drawn by
//! `components::network`.

use std::collections::HashMap;

use trame_engine::{DocumentAnalysis, EntityType, RelationType};

/// A node of the network: an actor merged across documents by its key.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Key (ISO code for countries, normalised name otherwise).
    pub key: String,
    /// Name.
    pub name: String,
    /// Type.
    pub kind: EntityType,
    /// Position after layout.
    pub x: f64,
    /// Position after layout.
    pub y: f64,
}

/// An edge: a relation type between two nodes, weighted by its evidence count.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Source node index.
    pub source: usize,
    /// Target node index.
    pub target: usize,
    /// Kind.
    pub kind: RelationType,
    /// Evidence count across the corpus.
    pub weight: usize,
}

/// The actors and relations of the corpus, laid out in a `width` × `height` box.
pub fn network(
    docs: &[DocumentAnalysis],
    kinds: &[RelationType],
    width: f64,
    height: f64,
) -> (Vec<Node>, Vec<Edge>) {
    let mut nodes: Vec<Node> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut edges: Vec<Edge> = Vec::new();
    for d in docs {
        let mut node_of = |id: &str, nodes: &mut Vec<Node>| -> Option<usize> {
            let e = d.entities.iter().find(|e| e.id == id)?;
            let key = e.key.clone().unwrap_or_else(|| e.name.to_lowercase());
            Some(*index.entry(key.clone()).or_insert_with(|| {
                nodes.push(Node { key, name: e.name.clone(), kind: e.kind, x: 0.0, y: 0.0 });
                nodes.len() - 1
            }))
        };
        for r in d.relations.iter().filter(|r| kinds.contains(&r.kind)) {
            let (Some(s), Some(t)) = (node_of(&r.source, &mut nodes), node_of(&r.target, &mut nodes)) else {
                continue;
            };
            let same = |e: &Edge| {
                e.kind == r.kind
                    && (e.source == s && e.target == t
                        || r.kind == RelationType::Cooperation && e.source == t && e.target == s)
            };
            match edges.iter_mut().find(|e| same(e)) {
                Some(e) => e.weight += r.evidence.len().max(1),
                None => {
                    edges.push(Edge { source: s, target: t, kind: r.kind, weight: r.evidence.len().max(1) })
                }
            }
        }
    }
    layout(&mut nodes, &edges, width, height);
    (nodes, edges)
}

/// Distance the layout aims at between linked nodes (before the drawing is fitted to its box).
const SPACING: f64 = 100.0;
/// Room between two groups of linked nodes.
const GROUP_GAP: f64 = 60.0;

/// Lays out the network in a `width` × `height` drawing: each group of linked nodes by itself
/// ([`force`]), the groups side by side in rows (largest first) shaped like the drawing, the whole
/// fitted into the drawing and nodes kept apart. (One force layout over all nodes would push
/// unlinked groups to the corners and squeeze each group into a knot.)
pub fn layout(nodes: &mut [Node], edges: &[Edge], width: f64, height: f64) {
    if nodes.is_empty() {
        return;
    }
    let mut boxes = Vec::new();
    for group in groups(nodes.len(), edges) {
        let at: HashMap<usize, usize> = group.iter().enumerate().map(|(l, &i)| (i, l)).collect();
        let mut local: Vec<Node> = group.iter().map(|&i| nodes[i].clone()).collect();
        let local_edges: Vec<Edge> = edges
            .iter()
            .filter_map(|e| {
                Some(Edge { source: *at.get(&e.source)?, target: *at.get(&e.target)?, ..e.clone() })
            })
            .collect();
        let side = SPACING * 1.3 * (group.len() as f64).sqrt();
        force(&mut local, &local_edges, side, side);
        let (x0, y0, x1, y1) = bounds(&local);
        for (l, &i) in group.iter().enumerate() {
            (nodes[i].x, nodes[i].y) = (local[l].x - x0, local[l].y - y0);
        }
        boxes.push((group, x1 - x0, y1 - y0));
    }
    // rows about as wide as the drawing's shape asks for
    let area: f64 = boxes.iter().map(|(_, w, h)| (w + GROUP_GAP) * (h + GROUP_GAP)).sum();
    let widest = boxes.iter().map(|(_, w, _)| w + GROUP_GAP).fold(0.0, f64::max);
    let row_width = (area * width / height.max(1.0)).sqrt().max(widest);
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0f64);
    for (group, w, h) in &boxes {
        if x > 0.0 && x + w > row_width {
            (x, y, row_height) = (0.0, y + row_height + GROUP_GAP, 0.0);
        }
        for &i in group {
            nodes[i].x += x;
            nodes[i].y += y;
        }
        x += w + GROUP_GAP;
        row_height = row_height.max(*h);
    }
    fit(nodes, width, height);
    separate(nodes, width, height);
}

/// The groups of nodes linked by edges (connected components), largest first, each in node order.
fn groups(n: usize, edges: &[Edge]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for e in edges {
        let (a, b) = (root(&mut parent, e.source), root(&mut parent, e.target));
        parent[a.max(b)] = a.min(b);
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = by_root.into_values().collect();
    out.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    out
}

/// The smallest box holding the nodes: left, top, right, bottom.
fn bounds(nodes: &[Node]) -> (f64, f64, f64, f64) {
    nodes.iter().fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |(x0, y0, x1, y1), n| {
        (x0.min(n.x), y0.min(n.y), x1.max(n.x), y1.max(n.y))
    })
}

/// Force-directed layout (Fruchterman–Reingold) of linked nodes in a `width` × `height` box,
/// deterministic: nodes start on a circle.
fn force(nodes: &mut [Node], edges: &[Edge], width: f64, height: f64) {
    let n = nodes.len();
    if n == 0 {
        return;
    }
    let (cx, cy) = (width / 2.0, height / 2.0);
    let radius = width.min(height) * 0.35;
    for (i, node) in nodes.iter_mut().enumerate() {
        let a = i as f64 / n as f64 * std::f64::consts::TAU;
        node.x = cx + radius * a.cos();
        node.y = cy + radius * a.sin();
    }
    if n == 1 {
        return;
    }
    let k = (width * height / n as f64).sqrt() * 0.6;
    let mut temperature = width / 8.0;
    let iterations = if n > 300 { 60 } else { 200 };
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y);
                let dist = (dx * dx + dy * dy).sqrt().max(0.01);
                let force = k * k / dist;
                let (fx, fy) = (dx / dist * force, dy / dist * force);
                disp[i].0 += fx;
                disp[i].1 += fy;
                disp[j].0 -= fx;
                disp[j].1 -= fy;
            }
        }
        for e in edges {
            let (dx, dy) = (nodes[e.source].x - nodes[e.target].x, nodes[e.source].y - nodes[e.target].y);
            let dist = (dx * dx + dy * dy).sqrt().max(0.01);
            let force = dist * dist / k;
            let (fx, fy) = (dx / dist * force, dy / dist * force);
            disp[e.source].0 -= fx;
            disp[e.source].1 -= fy;
            disp[e.target].0 += fx;
            disp[e.target].1 += fy;
        }
        for (node, d) in nodes.iter_mut().zip(&disp) {
            // a pull to the centre keeps unconnected nodes and separate groups near the others
            let (gx, gy) = ((cx - node.x) * 0.05, (cy - node.y) * 0.05);
            let (dx, dy) = (d.0 + gx, d.1 + gy);
            let len = (dx * dx + dy * dy).sqrt().max(0.01);
            node.x += dx / len * len.min(temperature);
            node.y += dy / len * len.min(temperature);
        }
        temperature *= 0.97;
    }
}

/// Room kept between the drawing's edge and a node's centre.
pub const MARGIN: f64 = 14.0;
/// A node's radius.
pub const RADIUS: f64 = 9.0;

/// Scales and moves the nodes into the drawing, `MARGIN` from its edges, centred (a small graph
/// is not stretched over the whole drawing; labels find their own place beside the nodes).
fn fit(nodes: &mut [Node], width: f64, height: f64) {
    let (x0, y0, x1, y1) = bounds(nodes);
    let (w, h) = ((width - 2.0 * MARGIN).max(1.0), (height - 2.0 * MARGIN).max(1.0));
    let sx = (w / (x1 - x0).max(1.0)).min(1.6);
    let sy = (h / (y1 - y0).max(1.0)).min(1.6);
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for n in nodes.iter_mut() {
        n.x = width / 2.0 + (n.x - mx) * sx;
        n.y = height / 2.0 + (n.y - my) * sy;
    }
}

/// Pushes apart nodes closer than two radii and a gap (a few passes; nodes stay in the drawing).
fn separate(nodes: &mut [Node], width: f64, height: f64) {
    let min = 2.0 * RADIUS + 6.0;
    for _ in 0..8 {
        let mut moved = false;
        for i in 0..nodes.len() {
            for j in i + 1..nodes.len() {
                let (dx, dy) = (nodes[j].x - nodes[i].x, nodes[j].y - nodes[i].y);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= min {
                    continue;
                }
                moved = true;
                // coincident nodes part along a direction of their own
                let (ux, uy) = if d > 0.01 { (dx / d, dy / d) } else { ((j as f64).cos(), (j as f64).sin()) };
                let push = (min - d) / 2.0;
                nodes[i].x -= ux * push;
                nodes[i].y -= uy * push;
                nodes[j].x += ux * push;
                nodes[j].y += uy * push;
            }
        }
        for n in nodes.iter_mut() {
            n.x = n.x.clamp(MARGIN, width - MARGIN);
            n.y = n.y.clamp(MARGIN, height - MARGIN);
        }
        if !moved {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::export::graphml;
    use crate::view::timeline::timeline;
    use trame_engine::{analyze, Document};

    #[test]
    fn timeline_and_network_of_a_corpus() {
        let docs = [
            analyze(&Document::new(
                "a",
                "La Chine et la Russie mèneront l'exercice Vostok-2022 du 30 août au 5 septembre 2022.",
            )),
            analyze(&Document::new("b", "La Chine et l'Inde ont signé un accord le 9 août 2021 à Pékin.")),
        ];
        let items = timeline(&docs);
        let ui = crate::i18n::Ui::Fr;
        assert!(items
            .iter()
            .any(|i| i.label(ui) == "Vostok-2022" && i.span.is_some_and(|(a, b)| b - a == 6)));
        let agreement = items.iter().find(|i| i.name.is_none()).expect("an unnamed event");
        assert!(agreement.label(ui).starts_with("accord "), "{}", agreement.label(ui));
        let (nodes, edges) = network(&docs, &[RelationType::Cooperation], 600.0, 400.0);
        assert!(nodes.iter().filter(|n| n.key == "CHN").count() == 1, "one node per actor across documents");
        assert!(edges.len() >= 2);
        for n in &nodes {
            assert!((0.0..=600.0).contains(&n.x) && (0.0..=400.0).contains(&n.y));
        }
        // deterministic
        assert_eq!(network(&docs, &[RelationType::Cooperation], 600.0, 400.0).0, nodes);
        let xml = graphml(&nodes, &edges);
        assert!(xml.contains("<data key=\"label\">Chine</data>") && xml.contains("relation\">cooperation"));
        assert_eq!(xml.matches("<edge ").count(), edges.len());
        assert!(graphml(
            &[Node { key: "k".into(), name: "A&B <x>".into(), kind: EntityType::Person, x: 0.0, y: 0.0 }],
            &[]
        )
        .contains("A&amp;B &lt;x&gt;"));
    }
}
