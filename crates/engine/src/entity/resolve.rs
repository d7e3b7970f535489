//! Stage 6: group mentions into one entity per real thing.
//!
//! Reads the mentions and the gazetteer; writes [`Actor`]s and, for each mention, the index of its
//! actor. Mentions are grouped by key (a country's index, an organization's key, a person's name
//! skeleton, a place's folded name); a key without a country joins the one organization of that
//! name with a country, and an actor's shown name is the gazetteer's in the document's language.

use std::collections::HashMap;

use super::name::skeleton;
use super::{Key, Mention};
use crate::analysis::{EntityType, Lang};
use crate::gazetteer::Gazetteer;
use crate::lang::{AGENCY_WORDS, INFORMATION_WORDS, NEWS_WORDS, PRESS_NOUNS};

/// An entity being built: its key, names and mentions (byte offsets).
#[derive(Debug, Clone)]
pub struct Actor {
    /// What it is.
    pub key: Key,
    /// Canonical name.
    pub name: String,
    /// Other surface forms, in order of appearance.
    pub aliases: Vec<String>,
    /// Byte spans of its mentions.
    pub mentions: Vec<(usize, usize)>,
    /// Title or role (persons).
    pub role: Option<String>,
    /// Country it belongs to (gazetteer index).
    pub country: Option<u16>,
    /// Organization it belongs to (org key).
    pub org: Option<String>,
    /// Latitude and longitude.
    pub coords: Option<[f64; 2]>,
    /// Rule of the first mention.
    pub rule: &'static str,
    /// A news outlet or platform quoted as a source, not an actor of events.
    pub source_like: bool,
    /// For a state that no longer exists, the last year it existed (the gazetteer's
    /// `Country::until`).
    pub until: Option<i32>,
    /// A region wider than any one country ("West Africa", "the Sahel", "le Pacifique Sud"): the
    /// gazetteer's regions that belong to no country. An event is placed there only when the text
    /// names nothing narrower.
    pub wide: bool,
}

impl Actor {
    /// Entity type.
    pub fn kind(&self) -> EntityType {
        self.key.kind()
    }
}

/// Groups mentions into actors; returns the actors (in order of first mention) and, for each
/// mention, the index of its actor.
pub fn resolve(text: &str, mentions: &[Mention], lang: Lang, gaz: &Gazetteer) -> (Vec<Actor>, Vec<usize>) {
    let keys = merge_keys(mentions);
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut actors: Vec<Actor> = Vec::new();
    let mut of_mention = Vec::with_capacity(mentions.len());
    for (i, (m, key)) in mentions.iter().zip(keys).enumerate() {
        let surface = text[m.start..m.end].trim().to_string();
        let ai = *index.entry(key.clone()).or_insert_with(|| {
            actors.push(Actor {
                name: canonical(&key, m, &surface, lang, gaz),
                key: key.clone(),
                aliases: Vec::new(),
                mentions: Vec::new(),
                role: None,
                country: None,
                org: None,
                coords: None,
                rule: m.rule,
                until: match &key {
                    Key::Country(c) => gaz.countries.get(*c as usize).and_then(|c| c.until),
                    _ => None,
                },
                source_like: match &key {
                    Key::Org(k) => {
                        gaz.orgs
                            .iter()
                            .any(|o| &o.key == k && matches!(o.kind.as_str(), "media" | "platform"))
                            || m.rule == "media-name"
                            // a body read by pattern whose name holds a word of the press ("Oman
                            // News Agency", "l'Agence de presse X"): a source, no actor
                            || k.starts_with("org:") && k.split([':', ' ']).any(|w| NEWS_WORDS.contains(w))
                            // (or an agency of information: "l'Agence X d'information")
                            || k.starts_with("org:")
                                && k.split([':', ' ']).any(|w| AGENCY_WORDS.contains(w))
                                && k.split([':', ' ']).any(|w| INFORMATION_WORDS.contains(w))
                            // named right after a word of the press: "cité par l'agence X"
                            || after_news_word(text, m.start)
                    }
                    _ => false,
                },
                wide: matches!(key, Key::Place(_))
                    && m.place.is_some_and(|p| {
                        let p = &gaz.places[p as usize];
                        p.kind == "region" && p.iso3.is_empty()
                    }),
            });
            actors.len() - 1
        });
        let a = &mut actors[ai];
        a.mentions.push((m.start, m.end));
        // a person's full name is the best canonical name
        if matches!(key, Key::Person(_)) && surface.chars().count() > a.name.chars().count() {
            let old = std::mem::replace(&mut a.name, surface.clone());
            push_alias(a, old);
        } else if surface != a.name {
            push_alias(a, surface);
        }
        if let Some(owned) = owned_form(text, mentions, i) {
            push_alias(a, owned);
        }
        a.role = a.role.take().or_else(|| m.role.clone());
        a.country = a.country.or(m.country);
        a.org = a.org.take().or_else(|| m.org.clone());
        if a.coords.is_none() {
            a.coords = match &key {
                Key::Country(c) => gaz.countries[*c as usize].coords,
                Key::Place(_) => m.place.and_then(|p| gaz.places[p as usize].coords),
                _ => None,
            };
        }
        of_mention.push(ai);
    }
    for a in &mut actors {
        a.mentions.sort();
        a.mentions.dedup();
    }
    (actors, of_mention)
}

/// The form of a body's mention with its owner country before it ("Armenia's Defense Ministry",
/// whose mention is "Defense Ministry"): the name the text gives the body, kept as an alias so
/// two ministries of one name stay told apart by their owners.
fn owned_form(text: &str, mentions: &[Mention], i: usize) -> Option<String> {
    let m = &mentions[i];
    let owner = mentions[..i].last().filter(|o| matches!(o.key, Key::Country(_)) && o.end <= m.start)?;
    let possessive = matches!(&text[owner.end..m.start], "'s " | "’s ");
    (possessive && matches!(m.key, Key::Org(_))).then(|| text[owner.start..m.end].to_string())
}

/// Adds a surface form to an actor's aliases, once and never its own name.
fn push_alias(a: &mut Actor, alias: String) {
    if alias != a.name && !a.aliases.contains(&alias) {
        a.aliases.push(alias);
    }
}

/// The name an actor is shown with: the gazetteer's name of a country, known organization or
/// place in the document's language, else the name the recogniser made canonical, else the
/// surface form.
fn canonical(key: &Key, m: &Mention, surface: &str, lang: Lang, gaz: &Gazetteer) -> String {
    match key {
        Key::Country(c) => gaz.countries[*c as usize].name(lang).to_string(),
        Key::Org(k) if !k.contains(':') => gaz
            .orgs
            .iter()
            .find(|o| &o.key == k)
            .map(|o| match lang {
                Lang::Fr if !o.name_fr.is_empty() => o.name_fr.clone(),
                _ if !o.name_en.is_empty() => o.name_en.clone(),
                _ => surface.to_string(),
            })
            .unwrap_or_else(|| surface.to_string()),
        Key::Place(_) => {
            m.place.map(|p| gaz.places[p as usize].name.clone()).unwrap_or_else(|| surface.to_string())
        }
        _ => m.canonical.clone().unwrap_or_else(|| surface.to_string()),
    }
}

/// Merges keys that name the same thing: an organization's name without its country
/// ("ministère des Finances") goes to the one organization of that name with a country.
fn merge_keys(mentions: &[Mention]) -> Vec<Key> {
    let mut with_country: HashMap<String, Vec<String>> = HashMap::new();
    for m in mentions {
        if let Key::Org(k) = &m.key {
            if k.ends_with(":?") {
                continue;
            }
            if let Some(p) = k.rfind(':') {
                with_country.entry(k[..p].to_string()).or_default().push(k.clone());
            }
        }
    }
    for v in with_country.values_mut() {
        v.sort();
        v.dedup();
    }
    // a one-word person ("Mme Kamikawa", "President Marcos") is the one full name ending or starting
    // with that word
    let mut full_by_part: HashMap<&str, Vec<&str>> = HashMap::new();
    // and a name of several words ("Ko Varro") the one longer name ending with them
    let mut full_by_tail: HashMap<&str, Vec<&str>> = HashMap::new();
    for m in mentions {
        if let Key::Person(k) = &m.key {
            let words: Vec<&str> = k.split(' ').filter(|w| !w.is_empty()).collect();
            // ("Ferdinand Marcos Jr": the family name is the word before the suffix)
            let words = match words.split_last() {
                Some((last, rest))
                    if rest.len() >= 2 && NAME_SUFFIXES.iter().any(|x| skeleton(x) == *last) =>
                {
                    rest.to_vec()
                }
                _ => words,
            };
            if words.len() >= 2 {
                for w in [words[0], words[words.len() - 1]] {
                    let v = full_by_part.entry(w).or_default();
                    if !v.contains(&k.as_str()) {
                        v.push(k.as_str());
                    }
                }
            }
            // its proper tails of two words or more, as slices of the key (single-spaced words):
            // after each space but the last
            let spaces: Vec<usize> = k.match_indices(' ').map(|(at, _)| at).collect();
            for &at in &spaces[..spaces.len().saturating_sub(1)] {
                let v = full_by_tail.entry(&k[at + 1..]).or_default();
                if !v.contains(&k.as_str()) {
                    v.push(k.as_str());
                }
            }
        }
    }
    // one person's family name transliterated with other vowels ("Nabil Bendjellaba", "Nabil
    // Bendjelloba"): the first spelling met, for long names only (short ones differ by their
    // vowels: Salim, Selim)
    let mut spelt: HashMap<(String, String), String> = HashMap::new();
    let mut respelt: HashMap<String, String> = HashMap::new();
    for m in mentions {
        if let Key::Person(k) = &m.key {
            if let Some(pair) = vowelless(k) {
                let first = spelt.entry(pair).or_insert_with(|| k.clone());
                if first != k {
                    respelt.insert(k.clone(), first.clone());
                }
            }
        }
    }
    // a country's ministry named with no domain ("the Estrian ministry said") is that country's
    // one ministry of the text, if it names only one
    let mut ministries_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for m in mentions {
        if let Key::Org(k) = &m.key {
            if let (Some(_), Some(iso)) = (super::org_key::ministry_domain(k), k.rsplit(':').next()) {
                let v = ministries_of.entry(iso).or_default();
                if !v.contains(&k.as_str()) {
                    v.push(k.as_str());
                }
            }
        }
    }
    let bare_ministry = |k: &str| match ministries_of.get(k.strip_prefix("ministry::")?).map(Vec::as_slice) {
        Some([one]) => Some(Key::Org(one.to_string())),
        _ => None,
    };
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| match &m.key {
            Key::Person(k) if respelt.contains_key(k) => Key::Person(respelt[k].clone()),
            Key::Org(k) if k.starts_with("ministry::") && !k.ends_with(":?") => {
                bare_ministry(k).unwrap_or_else(|| m.key.clone())
            }
            Key::Org(k) if k.ends_with(":?") => {
                let base = &k[..k.len() - 2];
                match with_country.get(base) {
                    Some(v) => {
                        // the nearest preceding mention's; none before, it stays a body of no
                        // known country: a ministry named bare before another country's is the
                        // text's own one ("the Defence Ministry said… Estria's Ministry of
                        // Defence denied"), and of several the first in alphabetical order would
                        // be a guess
                        let prev = mentions[..i].iter().rev().find_map(|p| match &p.key {
                            Key::Org(pk) if v.contains(pk) => Some(pk.clone()),
                            _ => None,
                        });
                        prev.map_or_else(|| m.key.clone(), Key::Org)
                    }
                    None => m.key.clone(),
                }
            }
            Key::Person(k) if !k.contains(' ') => match full_by_part.get(k.as_str()) {
                Some(v) if v.len() == 1 => Key::Person(v[0].to_string()),
                _ => m.key.clone(),
            },
            Key::Person(k) => match full_by_tail.get(k.as_str()) {
                Some(v) if v.len() == 1 => Key::Person(v[0].to_string()),
                _ => m.key.clone(),
            },
            other => other.clone(),
        })
        .collect()
}

/// The first word and the last word without its vowels of a person's key of two words or more,
/// when that last word keeps at least [`MIN_CONSONANTS`] letters: two spellings of one name by
/// transliteration give the same pair.
fn vowelless(key: &str) -> Option<(String, String)> {
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let (first, last) = (words.first()?, words.last()?);
    if words.len() < 2 {
        return None;
    }
    let bare: String = last.chars().filter(|c| !"aeiou".contains(*c)).collect();
    (bare.chars().count() >= MIN_CONSONANTS).then(|| (first.to_string(), bare))
}

/// How many consonants a family name needs before vowels alone cannot tell two names apart.
const MIN_CONSONANTS: usize = 5;

/// Generational suffixes after a family name ("Jr", "III"), folded (person keys are their
/// [`skeleton`]s).
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Whether the word right before byte `start` is a noun of the press ([`PRESS_NOUNS`]: "l'agence
/// X", "the news agency Y", "selon le journal Z"): the name after it is a source.
fn after_news_word(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’').next().unwrap_or("");
    !word.is_empty() && PRESS_NOUNS.contains(crate::text::fold(word).as_str())
}
