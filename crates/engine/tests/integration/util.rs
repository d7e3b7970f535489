//! Helpers shared by the engine's integration tests.

use trame_engine::{analyze, Document, DocumentAnalysis, Entity};

/// Analyses `text` with no reference date, its language detected.
pub fn run(text: &str) -> DocumentAnalysis {
    analyze(&Document::new("t", text))
}

/// Whether the entity is called `name`, by its name or one of its aliases.
pub fn matches_name(e: &Entity, name: &str) -> bool {
    e.name == name || e.aliases.iter().any(|a| a == name)
}

/// The entity called `name` (by name or alias).
pub fn find<'a>(a: &'a DocumentAnalysis, name: &str) -> Option<&'a Entity> {
    a.entities.iter().find(|e| matches_name(e, name))
}

/// Analyses `text` read against the reference date `date` (YYYY-MM-DD).
pub fn run_dated(text: &str, date: &str) -> DocumentAnalysis {
    analyze(&Document { date: Some(date.to_string()), ..Document::new("t", text) })
}

/// The (type, source, target) names of the relations of `a`.
pub fn relations(a: &DocumentAnalysis) -> Vec<(String, String, String)> {
    let name =
        |id: &String| a.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap_or_default();
    a.relations
        .iter()
        .map(|r| (format!("{:?}", r.kind).to_lowercase(), name(&r.source), name(&r.target)))
        .collect()
}

/// Whether `a` holds a relation of `kind` from the entity named `source` to the one named `target`.
pub fn has(a: &DocumentAnalysis, kind: &str, source: &str, target: &str) -> bool {
    relations(a).iter().any(|(k, s, t)| k == kind && s == source && t == target)
}

/// The names of the participants of the first event of `kind`.
pub fn participants(a: &DocumentAnalysis, kind: &str) -> Vec<String> {
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind).eq_ignore_ascii_case(kind));
    let ev = ev.unwrap_or_else(|| panic!("no {kind} event in {:?}", a.events));
    let name =
        |id: &String| a.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap_or_default();
    let mut v: Vec<String> = ev.participants.iter().map(name).collect();
    v.sort();
    v
}

/// The (name, type) pairs of the entities `text` names, dates left out.
pub fn named_entities(text: &str) -> Vec<(String, String)> {
    let a = run(text);
    a.entities
        .iter()
        .filter(|e| e.kind.as_str() != "date")
        .map(|e| (e.name.clone(), e.kind.as_str().to_string()))
        .collect()
}

/// Whether `found` (from [`named_entities`]) holds `name` with the type `kind`.
pub fn has_entity(found: &[(String, String)], name: &str, kind: &str) -> bool {
    found.iter().any(|(n, k)| n == name && k == kind)
}
