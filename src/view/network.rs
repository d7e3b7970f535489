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

/// Force-directed layout (Fruchterman–Reingold), deterministic: nodes start on a circle.
pub fn layout(nodes: &mut [Node], edges: &[Edge], width: f64, height: f64) {
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
            // a weak pull to the centre keeps unconnected nodes in view
            let (gx, gy) = ((cx - node.x) * 0.02, (cy - node.y) * 0.02);
            let (dx, dy) = (d.0 + gx, d.1 + gy);
            let len = (dx * dx + dy * dy).sqrt().max(0.01);
            node.x = (node.x + dx / len * len.min(temperature)).clamp(30.0, width - 30.0);
            node.y = (node.y + dy / len * len.min(temperature)).clamp(20.0, height - 20.0);
        }
        temperature *= 0.97;
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
