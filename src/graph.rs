//! The corpus as a timeline and a network: pure computations, drawn by the components.

use std::collections::HashMap;

use trame_engine::{DocumentAnalysis, EntityType, EventType, RelationType};

use crate::i18n::{date_text, month_short, Ui};

/// A day count from an ISO date with `XXXX` allowed for the year; `None` when unparsable.
fn days(year: i32, month: u32, day: u32) -> i64 {
    trame_engine::date::days_from_civil(year, month, day)
}

/// An event placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// Document index.
    pub doc: usize,
    /// Event index in the document.
    pub event: usize,
    /// Kind.
    pub kind: EventType,
    /// Label (name, or type and participants).
    pub label: String,
    /// First and last day (inclusive) as day counts; `None` when the year is unknown.
    pub span: Option<(i64, i64)>,
    /// The dates as written in the analysis.
    pub dates: String,
    /// The date is only a month or a year (drawn as a span).
    pub coarse: bool,
    /// Start as in the analysis (`YYYY[-MM[-DD]]`, `XXXX` for an unknown year).
    pub start: Option<String>,
    /// End as in the analysis.
    pub end: Option<String>,
}

impl TimelineItem {
    /// The dates as a reader writes them: `19–22 mars 2025`, `mars 2025`, `2024 – 2025`, `?`.
    pub fn when(&self, ui: Ui) -> String {
        match (self.start.as_deref(), self.end.as_deref()) {
            (Some(s), Some(e)) if s != e => {
                let (a, b) = (s.split('-').collect::<Vec<_>>(), e.split('-').collect::<Vec<_>>());
                if a.len() == 3 && b.len() == 3 && a[..2] == b[..2] {
                    format!("{}–{}", a[2].trim_start_matches('0'), date_text(ui, e))
                } else {
                    format!("{} – {}", date_text(ui, s), date_text(ui, e))
                }
            }
            (Some(s), _) => date_text(ui, s),
            _ => "?".to_string(),
        }
    }
}

/// A graduation of the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Day count.
    pub day: i64,
    /// Label (`2025`, `mars 2025`, `avr.`, `19 mars`).
    pub label: String,
    /// Starts a year (or a month on a day axis): drawn stronger.
    pub major: bool,
}

/// Ticks from day `lo` to day `hi` on an axis `px` pixels wide, in days, months or years, the finest
/// unit that keeps labels about 70 px apart. The year is written on the first tick and wherever it
/// changes; the month likewise on a day axis.
pub fn axis_ticks(lo: i64, hi: i64, px: f64, ui: Ui) -> Vec<Tick> {
    const GAP: f64 = 70.0;
    let per_day = px / (hi - lo).max(1) as f64;
    let mut out = Vec::new();
    // days: every 1, 2, 5 or 10 days (restarting each month)
    if let Some(&step) = [1u32, 2, 5, 10].iter().find(|&&s| f64::from(s) * per_day >= GAP) {
        let mut last = None;
        for day in lo..=hi {
            let (y, m, d) = trame_engine::date::civil_from_days(day);
            if (d - 1) % step != 0 || (step > 1 && d > 28) {
                continue;
            }
            let label = match last {
                Some((ly, _)) if ly != y => format!("{d} {} {y}", month_short(ui, m)),
                Some((_, lm)) if lm == m => format!("{d}"),
                None => format!("{d} {} {y}", month_short(ui, m)),
                _ => format!("{d} {}", month_short(ui, m)),
            };
            out.push(Tick { day, label, major: d == 1 });
            last = Some((y, m));
        }
        return out;
    }
    // months: every 1, 2, 3 or 6 months
    if let Some(&step) = [1u32, 2, 3, 6].iter().find(|&&s| f64::from(s) * 30.4 * per_day >= GAP) {
        let (mut y, mut m, _) = trame_engine::date::civil_from_days(lo);
        let mut first = true;
        loop {
            let day = trame_engine::date::days_from_civil(y, m, 1);
            if day > hi {
                break;
            }
            if day >= lo && (m - 1) % step == 0 {
                let label = if first || m == 1 {
                    format!("{} {y}", month_short(ui, m))
                } else {
                    month_short(ui, m).to_string()
                };
                out.push(Tick { day, label, major: m == 1 });
                first = false;
            }
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        return out;
    }
    // years: every 1, 2, 5, 10… years
    let step = [1i32, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|&s| f64::from(s) * 365.25 * per_day >= GAP)
        .unwrap_or(1000);
    let (y0, _, _) = trame_engine::date::civil_from_days(lo);
    let mut y = y0.div_euclid(step) * step;
    loop {
        let day = trame_engine::date::days_from_civil(y, 1, 1);
        if day > hi {
            break;
        }
        if day >= lo {
            out.push(Tick { day, label: y.to_string(), major: true });
        }
        y += step;
    }
    out
}

/// Parses `2024-07-08`, `2024-07`, `2024`; returns the first and last day it covers.
pub fn day_range(iso: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = iso.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((days(y, 1, 1), days(y, 12, 31))),
        2 => {
            let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
            Some((days(y, m, 1), days(y, m, trame_engine::date::days_in_month(y, m))))
        }
        3 => {
            let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
            let d: u32 = parts[2].parse().ok().filter(|d| (1..=31).contains(d))?;
            Some((days(y, m, d), days(y, m, d)))
        }
        _ => None,
    }
}

/// Every event of the corpus with its place in time.
pub fn timeline(docs: &[DocumentAnalysis]) -> Vec<TimelineItem> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let name =
            |id: &str| d.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        for (vi, v) in d.events.iter().enumerate() {
            let start = v.start.as_deref().and_then(day_range);
            let end = v.end.as_deref().or(v.start.as_deref()).and_then(day_range);
            let span = match (start, end) {
                (Some((a, _)), Some((_, b))) if b >= a => Some((a, b)),
                (Some(s), _) => Some(s),
                _ => None,
            };
            let coarse = v.start.as_deref().is_some_and(|s| s.len() < 10);
            let sides: Vec<String> = v
                .participants
                .iter()
                .filter(|p| d.entities.iter().any(|e| &e.id == *p && e.kind == EntityType::Country))
                .map(|p| name(p))
                .collect();
            let label = v.name.clone().unwrap_or_else(|| format!("{} {}", v.kind.as_str(), sides.join("–")));
            let dates = match (&v.start, &v.end) {
                (Some(s), Some(e)) if s != e => format!("{s} → {e}"),
                (Some(s), _) => s.clone(),
                _ => "?".to_string(),
            };
            out.push(TimelineItem {
                doc: di,
                event: vi,
                kind: v.kind,
                label,
                span,
                dates,
                coarse,
                start: v.start.clone(),
                end: v.end.clone(),
            });
        }
    }
    out
}

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

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The network as GraphML (opens in Gephi, yEd, Cytoscape): node name, type and position, edge type
/// and weight.
pub fn graphml(nodes: &[Node], edges: &[Edge]) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n",
        "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n",
        "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n",
        "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n",
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
        "  <graph id=\"trame\" edgedefault=\"directed\">\n",
    ));
    for (i, n) in nodes.iter().enumerate() {
        out.push_str(&format!(
            "    <node id=\"n{i}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"x\">{:.1}</data><data key=\"y\">{:.1}</data></node>\n",
            xml_escape(&n.name),
            n.kind.as_str(),
            n.x,
            n.y
        ));
    }
    for (i, e) in edges.iter().enumerate() {
        let directed = if e.kind == RelationType::Cooperation { " directed=\"false\"" } else { "" };
        out.push_str(&format!(
            "    <edge id=\"r{i}\" source=\"n{}\" target=\"n{}\"{directed}><data key=\"relation\">{}</data><data key=\"weight\">{}</data></edge>\n",
            e.source,
            e.target,
            e.kind.as_str(),
            e.weight
        ));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_engine::{analyze, Document};

    #[test]
    fn day_ranges() {
        let (a, b) = day_range("2024-07").unwrap();
        assert_eq!(b - a, 30);
        assert_eq!(day_range("2024-07-08"), Some((days(2024, 7, 8), days(2024, 7, 8))));
        assert_eq!(day_range("XXXX-08-30"), None);
        assert_eq!(day_range("2024-13"), None);
    }

    #[test]
    fn axis_ticks_follow_the_span_and_the_language() {
        let (lo, hi) = (days(2025, 3, 17), days(2025, 3, 24));
        let t = axis_ticks(lo, hi, 800.0, Ui::Fr);
        assert_eq!(t.len(), 8, "one tick a day over a week");
        assert_eq!(t[0].label, "17 mars 2025");
        assert_eq!(t[1].label, "18");
        let t = axis_ticks(days(2025, 3, 25), days(2025, 4, 10), 800.0, Ui::En);
        assert!(t.iter().any(|t| t.label == "1 Apr"), "{t:?}");
        // months over a year and a half, the year written at its start
        let t = axis_ticks(days(2024, 11, 5), days(2026, 2, 1), 900.0, Ui::Fr);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels[0], "janv. 2025", "every other month, the year written on the first: {labels:?}");
        assert!(labels.contains(&"mars") && labels.contains(&"janv. 2026"), "{labels:?}");
        // years over decades
        let t = axis_ticks(days(1990, 6, 1), days(2025, 1, 1), 900.0, Ui::En);
        assert!(t.iter().all(|t| t.label.parse::<i32>().is_ok()));
        assert!(t.len() >= 3 && t.len() <= 14, "{t:?}");
        let px =
            |d: i64| (d - days(1990, 6, 1)) as f64 * 900.0 / (days(2025, 1, 1) - days(1990, 6, 1)) as f64;
        assert!(t.windows(2).all(|w| px(w[1].day) - px(w[0].day) >= 70.0));
    }

    #[test]
    fn dates_of_an_item_for_readers() {
        let item = |s: &str, e: &str| TimelineItem {
            doc: 0,
            event: 0,
            kind: EventType::Exercise,
            label: String::new(),
            span: None,
            dates: String::new(),
            coarse: false,
            start: Some(s.into()),
            end: Some(e.into()),
        };
        assert_eq!(item("2025-03-19", "2025-03-22").when(Ui::Fr), "19–22 mars 2025");
        assert_eq!(item("2025-03-30", "2025-04-02").when(Ui::En), "30 Mar 2025 – 2 Apr 2025");
        assert_eq!(item("2024-07", "2024-07").when(Ui::Fr), "juil. 2024");
    }

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
        assert!(items.iter().any(|i| i.label == "Vostok-2022" && i.span.is_some_and(|(a, b)| b - a == 6)));
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
