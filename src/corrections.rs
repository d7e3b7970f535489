//! The analyst's corrections: rename an actor, change its type, merge two actors, delete a false
//! one. They are kept with the corpus, applied after every analysis (so they also hold for later
//! documents), and can be exported and imported as JSON.

use serde::{Deserialize, Serialize};
use trame_engine::{DocumentAnalysis, EntityType};

/// One correction, addressed by the actor's key (stable across documents and re-analyses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Correction {
    /// Give the actor another canonical name.
    Rename {
        /// Actor key.
        key: String,
        /// New name.
        name: String,
    },
    /// Change the actor's type.
    Retype {
        /// Actor key.
        key: String,
        /// New type.
        kind: EntityType,
    },
    /// Merge actor `from` into actor `into`.
    Merge {
        /// The actor that disappears.
        from: String,
        /// The actor that remains.
        into: String,
    },
    /// Delete a false actor.
    Delete {
        /// Actor key.
        key: String,
    },
    /// Add a surface form to an actor (user dictionary): every occurrence in the texts is a mention.
    Alias {
        /// Actor key.
        key: String,
        /// The form.
        alias: String,
    },
    /// A new actor from the user dictionary: every occurrence of its name is a mention.
    Add {
        /// Its name as written in the texts.
        name: String,
        /// Its type.
        kind: EntityType,
    },
    /// Take one alias (and its mentions) out of an actor into an actor of its own.
    Split {
        /// Actor key.
        key: String,
        /// The alias that becomes its own actor.
        alias: String,
    },
}

/// The key an entity is addressed by.
pub fn key_of(e: &trame_engine::Entity) -> String {
    e.key.clone().unwrap_or_else(|| format!("name:{}", e.name.to_lowercase()))
}

/// Applies the corrections, in order, to every document.
pub fn apply(docs: &mut [DocumentAnalysis], corrections: &[Correction]) {
    for d in docs.iter_mut() {
        for c in corrections {
            apply_one(d, c);
        }
    }
}

fn apply_one(d: &mut DocumentAnalysis, c: &Correction) {
    let find = |d: &DocumentAnalysis, key: &str| d.entities.iter().position(|e| key_of(e) == key);
    match c {
        Correction::Rename { key, name } => {
            if let Some(i) = find(d, key) {
                let e = &mut d.entities[i];
                if &e.name != name {
                    let old = std::mem::replace(&mut e.name, name.clone());
                    e.aliases.retain(|a| a != name);
                    if !e.aliases.contains(&old) {
                        e.aliases.push(old);
                    }
                }
            }
        }
        Correction::Retype { key, kind } => {
            if let Some(i) = find(d, key) {
                d.entities[i].kind = *kind;
            }
        }
        Correction::Delete { key } => {
            if let Some(i) = find(d, key) {
                let id = d.entities.remove(i).id;
                drop_references(d, &id, None);
            }
        }
        Correction::Alias { key, alias } => {
            if let Some(i) = find(d, key) {
                let found = occurrences(&d.text, alias);
                let e = &mut d.entities[i];
                for s in found {
                    if !e.mentions.iter().any(|m| m.start < s.end && s.start < m.end) {
                        e.mentions.push(s);
                    }
                }
                e.mentions.sort();
                if !e.aliases.contains(alias) && &e.name != alias {
                    e.aliases.push(alias.clone());
                }
            }
        }
        Correction::Add { name, kind } => {
            let key = format!("user:{}", name.to_lowercase());
            let mentions = occurrences(&d.text, name);
            if !mentions.is_empty() && find(d, &key).is_none() {
                let n = d.entities.len() + 1;
                d.entities.push(trame_engine::Entity {
                    id: format!("u{n}"),
                    name: name.clone(),
                    kind: *kind,
                    aliases: Vec::new(),
                    mentions,
                    value: None,
                    key: Some(key),
                    role: None,
                    country: None,
                    coords: None,
                    rule: "user-dictionary".into(),
                });
            }
        }
        Correction::Split { key, alias } => {
            if let Some(i) = find(d, key) {
                let chars: Vec<char> = d.text.chars().collect();
                let surface = |s: &trame_engine::Span| {
                    chars[s.start.min(chars.len())..s.end.min(chars.len())].iter().collect::<String>()
                };
                let e = &mut d.entities[i];
                let (moved, kept): (Vec<_>, Vec<_>) =
                    e.mentions.iter().copied().partition(|m| &surface(m) == alias);
                e.mentions = kept;
                e.aliases.retain(|a| a != alias);
                let kind = e.kind;
                if !moved.is_empty() {
                    let n = d.entities.len() + 1;
                    d.entities.push(trame_engine::Entity {
                        id: format!("u{n}"),
                        name: alias.clone(),
                        kind,
                        aliases: Vec::new(),
                        mentions: moved,
                        value: None,
                        key: Some(format!("user:{}", alias.to_lowercase())),
                        role: None,
                        country: None,
                        coords: None,
                        rule: "user-split".into(),
                    });
                }
            }
        }
        Correction::Merge { from, into } => match (find(d, from), find(d, into)) {
            (Some(f), Some(t)) if f != t => {
                let gone = d.entities[f].clone();
                let target = &mut d.entities[t];
                for a in std::iter::once(gone.name.clone()).chain(gone.aliases.clone()) {
                    if a != target.name && !target.aliases.contains(&a) {
                        target.aliases.push(a);
                    }
                }
                target.mentions.extend(gone.mentions.iter().copied());
                target.mentions.sort();
                let into_id = target.id.clone();
                d.entities.remove(f);
                drop_references(d, &gone.id, Some(&into_id));
            }
            // only the merged actor is in this document: it takes the other's identity
            (Some(f), None) => d.entities[f].key = Some(into.clone()),
            _ => {}
        },
    }
}

/// Every whole-word, case-insensitive occurrence of `needle` in `text`, in code points.
pub fn occurrences(text: &str, needle: &str) -> Vec<trame_engine::Span> {
    let hay: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let pat: Vec<char> = needle.trim().chars().flat_map(char::to_lowercase).collect();
    // lowercasing may change lengths: only use the fast path when it does not
    if pat.is_empty() || hay.len() != text.chars().count() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i + pat.len() <= hay.len() {
        if hay[i..i + pat.len()] == pat[..] {
            let before = i == 0 || !hay[i - 1].is_alphanumeric();
            let after = i + pat.len() == hay.len() || !hay[i + pat.len()].is_alphanumeric();
            if before && after {
                out.push(trame_engine::Span { start: i, end: i + pat.len() });
                i += pat.len();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Removes (or redirects) every reference to entity `id`.
fn drop_references(d: &mut DocumentAnalysis, id: &str, to: Option<&str>) {
    for v in &mut d.events {
        let mut participants: Vec<String> = Vec::new();
        for p in v.participants.drain(..) {
            let p = if p == id { to.map(String::from) } else { Some(p) };
            if let Some(p) = p.filter(|p| !participants.contains(p)) {
                participants.push(p);
            }
        }
        v.participants = participants;
        if v.place.as_deref() == Some(id) {
            v.place = to.map(String::from);
        }
    }
    d.relations.retain_mut(|r| {
        for end in [&mut r.source, &mut r.target] {
            if end == id {
                match to {
                    Some(t) => *end = t.to_string(),
                    None => return false,
                }
            }
        }
        r.source != r.target
    });
    for e in &mut d.entities {
        if e.country.as_deref() == Some(id) {
            e.country = to.map(String::from);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_engine::{analyze, Document};

    fn doc() -> DocumentAnalysis {
        analyze(&Document::new(
            "t",
            "Le ministère chinois de la Défense a annoncé que la Chine et la Russie mèneront l'exercice Vostok-2022.",
        ))
    }

    #[test]
    fn rename_retype_delete_and_merge() {
        let mut docs = vec![doc()];
        let china = docs[0].entities.iter().find(|e| e.name == "Chine").map(key_of).unwrap();
        let russia = docs[0].entities.iter().find(|e| e.name == "Russie").map(key_of).unwrap();
        let ministry =
            docs[0].entities.iter().find(|e| e.kind == EntityType::Organization).map(key_of).unwrap();
        apply(
            &mut docs,
            &[
                Correction::Rename { key: china.clone(), name: "République populaire de Chine".into() },
                Correction::Retype { key: ministry.clone(), kind: EntityType::Place },
            ],
        );
        let c = docs[0].entities.iter().find(|e| key_of(e) == china).unwrap();
        assert_eq!(c.name, "République populaire de Chine");
        assert!(c.aliases.contains(&"Chine".to_string()));
        assert!(docs[0].entities.iter().any(|e| key_of(e) == ministry && e.kind == EntityType::Place));

        let mut docs = vec![doc()];
        apply(&mut docs, &[Correction::Delete { key: russia.clone() }]);
        let d = &docs[0];
        assert!(d.entities.iter().all(|e| key_of(e) != russia));
        let ids: Vec<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(d
            .relations
            .iter()
            .all(|r| ids.contains(&r.source.as_str()) && ids.contains(&r.target.as_str())));
        assert!(d.events.iter().all(|v| v.participants.iter().all(|p| ids.contains(&p.as_str()))));

        let mut docs = vec![doc()];
        apply(&mut docs, &[Correction::Merge { from: ministry.clone(), into: china.clone() }]);
        let d = &docs[0];
        let c = d.entities.iter().find(|e| key_of(e) == china).unwrap();
        assert!(c.aliases.iter().any(|a| a.starts_with("ministère")));
        assert!(d.relations.iter().all(|r| r.source != r.target));
    }

    #[test]
    fn user_dictionary_adds_aliases_actors_and_splits() {
        let mut docs = vec![analyze(&Document::new(
            "t",
            "La Chine et le Dragon Rouge. Le dragon rouge parle à la Chine.",
        ))];
        let china = docs[0].entities.iter().find(|e| e.name == "Chine").map(key_of).unwrap();
        apply(
            &mut docs,
            &[
                Correction::Add { name: "Dragon Rouge".into(), kind: EntityType::Organization },
                Correction::Alias { key: china.clone(), alias: "parle".into() },
            ],
        );
        let d = &docs[0];
        let dragon = d.entities.iter().find(|e| e.name == "Dragon Rouge").unwrap();
        assert_eq!(dragon.mentions.len(), 2);
        let c = d.entities.iter().find(|e| key_of(e) == china).unwrap();
        assert!(c.aliases.contains(&"parle".to_string()));
        let n = c.mentions.len();
        apply(&mut docs, &[Correction::Split { key: china.clone(), alias: "parle".into() }]);
        let c = docs[0].entities.iter().find(|e| key_of(e) == china).unwrap();
        assert_eq!(c.mentions.len(), n - 1);
        assert!(docs[0].entities.iter().any(|e| e.name == "parle"));
        assert_eq!(occurrences("Brest, brestois, BREST.", "brest").len(), 2);
    }

    #[test]
    fn corrections_round_trip_as_json() {
        let cs = vec![
            Correction::Delete { key: "k".into() },
            Correction::Retype { key: "k".into(), kind: EntityType::Person },
        ];
        let json = serde_json::to_string(&cs).unwrap();
        assert!(json.contains("\"op\":\"delete\""));
        assert_eq!(serde_json::from_str::<Vec<Correction>>(&json).unwrap(), cs);
    }
}
