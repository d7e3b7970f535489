//! A country's armed services named by a service word and a nationality, in lowercase: "la marine
//! indienne", "l'armée de l'air française", "the Chinese navy", "the Japanese coast guard".
//!
//! The guidelines make these generic names optional (neither rewarded nor penalised) unless the
//! text names the service itself; reading them as organizations of their country lets the
//! affiliation to that country come out when it is wanted, and the nationality inside still reads
//! as a mention of the country. Capitalised names ("Indian Navy", "Marine nationale") are the
//! pattern rules' and the gazetteer's; this module only takes tokens they left.

use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::{FormKind, Sense};
use crate::lang::{SERVICE_HEADS, SERVICE_WORDS, WHOLE_FORCES};

/// The services named in the text, outside the tokens already `taken` by other organizations.
pub(super) fn services(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.tokens.len() {
        let found = match cx.lang {
            Lang::Fr => french_service(cx, look, i),
            Lang::En => english_service(cx, look, i),
        };
        match found.filter(|m| !taken[m.first..m.last].iter().any(|&t| t)) {
            Some(m) => {
                i = m.last;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// The country of a demonym starting at token `i`, and the token after it.
fn demonym_at(cx: &Context<'_>, look: &Lookup, i: usize) -> Option<(u16, usize)> {
    let (ci, last) = look.at.get(i).copied().flatten()?;
    cx.candidates[ci].senses.iter().find_map(|s| match s {
        Sense::Country(c, FormKind::Demonym) => Some((*c, last)),
        _ => None,
    })
}

/// French: a service head ("marine", "armée", "forces armées"), its own words ("de l'air",
/// "royale", "navale"), then a demonym.
fn french_service(cx: &Context<'_>, look: &Lookup, head: usize) -> Option<Mention> {
    let key = cx.key(head);
    // (the end of a compound names no service: "des commandos-marine français")
    if !SERVICE_HEADS.fr.contains(&key) || head > 0 && cx.is_punct(head - 1, "-") {
        return None;
    }
    let mut j = head + 1;
    while j < cx.tokens.len() && j - head <= 4 && SERVICE_WORDS.fr.contains(&cx.key(j)) {
        j += 1;
    }
    // "forces" alone is any force: it needs its own word ("forces armées", "forces navales")
    if key == "forces" && j == head + 1 {
        return None;
    }
    let (country, last) = demonym_at(cx, look, j)?;
    let service = cx.tokens[head + 1..j].iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ");
    Some(mention(cx, head, last, country, &format!("{key} {service}")))
}

/// English: a demonym, then a service ("navy", "air force", "coast guard", "armed forces").
fn english_service(cx: &Context<'_>, look: &Lookup, first: usize) -> Option<Mention> {
    let (country, mut j) = demonym_at(cx, look, first)?;
    let start = j;
    while j < cx.tokens.len() && j - start < 3 && SERVICE_WORDS.en.contains(&cx.key(j)) {
        j += 1;
    }
    let head = j.checked_sub(1).filter(|&h| h >= start && SERVICE_HEADS.en.contains(&cx.key(h)))?;
    // "Russian forces" are any troops; "armed forces", "special forces" are a service
    if cx.key(head) == "forces" && !(head > start && matches!(cx.key(head - 1), "armed" | "special")) {
        return None;
    }
    let service = cx.tokens[start..=head].iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ");
    Some(mention(cx, first, head + 1, country, &service))
}

/// A service mention over tokens `[first, last)`: keyed by the service's words and its country,
/// so every mention of "la marine indienne" is one organization, and the same as the capitalised
/// name of those words ([`super::org_key::org_key`]).
fn mention(cx: &Context<'_>, first: usize, last: usize, country: u16, service: &str) -> Mention {
    let (start, end) = (cx.tokens[first].start, cx.tokens[last - 1].end);
    // the key of a capitalised name of the same words ("the Indian navy" is the "Indian Navy")
    let iso = &cx.gaz.countries[country as usize].iso3;
    // "l'armée congolaise", "the Kenyan army": the country's whole forces, the organization the
    // tables know under their own name ("FARDC", "Kenya Defence Forces") when there is one
    let whole = WHOLE_FORCES.contains(service.trim());
    let key = match cx.gaz.forces_of(country).filter(|_| whole) {
        Some(o) => Key::Org(cx.gaz.orgs[o].key.clone()),
        None => Key::Org(format!("org:{}:{iso}", service.trim())),
    };
    let mut m = Mention::new(start, end, key, first, last, "service");
    m.country = Some(country);
    m.canonical = Some(cx.text[start..end].to_string());
    m
}
