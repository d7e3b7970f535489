//! Stage 12, over several documents: the events that are the same occurrence told by different
//! articles get one shared `occurrence` id.
//!
//! Reads finished [`DocumentAnalysis`](crate::DocumentAnalysis)es (entity keys, event names, types
//! and dates); writes only their events' `occurrence`. It runs after every document is analysed,
//! so adding a document never changes another's analysis, only the links between them.

use std::collections::HashMap;

use crate::analysis::{Analysis, EventType};
use crate::input::Document;
use crate::pipeline;

/// Analyses several documents and links the events that are the same occurrence across them.
pub fn analyze_corpus(docs: &[Document]) -> Analysis {
    let mut analysis = Analysis { documents: docs.iter().map(pipeline::analyze).collect() };
    link_occurrences(&mut analysis);
    analysis
}

/// One event seen for cross-document linking.
struct Seen {
    doc: usize,
    idx: usize,
    name: Option<String>,
    kind: EventType,
    keys: Vec<String>,
    start: Option<String>,
    end: Option<String>,
}

/// Whether two events' dates agree: equal once unknown digits (`XXXX`) are allowed to match
/// anything, or overlapping intervals. Events without a start date never agree.
fn same_time(a: &Seen, b: &Seen) -> bool {
    match (&a.start, &b.start) {
        (Some(s1), Some(s2)) => {
            let (e1, e2) = (a.end.as_ref().unwrap_or(s1), b.end.as_ref().unwrap_or(s2));
            let fits =
                |x: &str, y: &str| x.chars().zip(y.chars()).all(|(p, q)| p == q || p == 'X' || q == 'X');
            fits(s1, s2) || (s1.as_str() <= e2.as_str() && s2.as_str() <= e1.as_str())
        }
        _ => false,
    }
}

/// The representative of `x`'s group (union-find with path shortening), so that grouping stays
/// nearly linear in the number of events.
fn root(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    parent[x] = r;
    r
}

/// Gives events of different documents that are the same occurrence one shared `occurrence` id:
/// same name, or same type with two participants in common (by entity key) and overlapping dates.
pub fn link_occurrences(analysis: &mut Analysis) {
    let mut seen = Vec::new();
    for (di, d) in analysis.documents.iter().enumerate() {
        let key_of = |id: &String| d.entities.iter().find(|e| &e.id == id).and_then(|e| e.key.clone());
        for (vi, v) in d.events.iter().enumerate() {
            let mut keys: Vec<String> = v.participants.iter().filter_map(key_of).collect();
            keys.sort();
            keys.dedup();
            seen.push(Seen {
                doc: di,
                idx: vi,
                name: v.name.as_deref().map(crate::text::fold),
                kind: v.kind,
                keys,
                start: v.start.clone(),
                end: v.end.clone(),
            });
        }
    }
    let mut parent: Vec<usize> = (0..seen.len()).collect();
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            let (a, b) = (&seen[i], &seen[j]);
            if a.doc == b.doc {
                continue;
            }
            let same_name = a.name.is_some() && a.name == b.name;
            let common = a.keys.iter().filter(|k| b.keys.contains(k)).count();
            if same_name || (a.kind == b.kind && common >= 2 && same_time(a, b)) {
                let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for i in 0..seen.len() {
        *sizes.entry(root(&mut parent, i)).or_default() += 1;
    }
    let mut ids: HashMap<usize, String> = HashMap::new();
    for (i, s) in seen.iter().enumerate() {
        let r = root(&mut parent, i);
        if sizes[&r] < 2 {
            continue;
        }
        let n = ids.len() + 1;
        let id = ids.entry(r).or_insert_with(|| format!("x{n}")).clone();
        analysis.documents[s.doc].events[s.idx].occurrence = Some(id);
    }
}
