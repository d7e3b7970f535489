//! Affiliation of persons who act for a country: "A and B signed the accord for Estria", "C
//! spoke on behalf of Norland", "D a signé au nom du Mali", "E, pour le compte de la Guinée". The
//! sentence names no title's country for them, yet says whose side they are on.
//!
//! Reads the clause context; adds an affiliation from each person named before the marker, in
//! the same sentence, to the country right after it — only for persons whose title or
//! apposition gave them no side or body, and only when no other country stands between the
//! person and the marker (that nearer country would be the person's own).

use super::{add, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::Facts;
use crate::lang::{BEHALF_WORDS, SIGN_VERBS};

/// How many words after a verb of signing its "for"/"pour" may stand ("signed the two memoranda
/// for X").
const SIGN_FOR_REACH: usize = 6;

/// Affiliations of persons acting for a country, added to `out`.
pub(super) fn behalf(f: &Facts<'_>, out: &mut Vec<Link>) {
    for (si, s) in f.sentences.iter().enumerate() {
        for k in s.first..s.last {
            let Some((marker, country)) = acted_for(f, k, s.last) else { continue };
            let mentions: Vec<_> = f.mentions_in(s.first, marker).collect();
            for (i, m) in mentions.iter().enumerate() {
                let a = &f.actors[m.actor];
                if a.kind() != EntityType::Person || a.org.is_some() || f.side(m.actor).is_some() {
                    continue;
                }
                // a country nearer the marker is this person's own or another's, not the one acted for
                let nearer =
                    mentions[i + 1..].iter().any(|n| f.actors[n.actor].kind() == EntityType::Country);
                if !nearer {
                    add(out, RelationType::Affiliation, m.actor, country, &[si], None);
                }
            }
        }
    }
}

/// The marker at `k` of acting for a country and that country's actor: "on behalf of X", "au nom
/// de X", "pour le compte de X", or a verb of signing followed by "for"/"pour" X. The marker's
/// token is where persons acting so must have been named before.
fn acted_for(f: &Facts<'_>, k: usize, end: usize) -> Option<(usize, usize)> {
    let key = |j: usize| f.tokens.get(j).map(|t| t.key.as_str()).unwrap_or("");
    if BEHALF_WORDS.contains(key(k)) {
        let opened = match key(k) {
            "behalf" => matches!(key(k.wrapping_sub(1)), "on" | "in"),
            "nom" => key(k.wrapping_sub(1)) == "au",
            _ => key(k.wrapping_sub(1)) == "le" && key(k.wrapping_sub(2)) == "pour",
        };
        if !opened || !matches!(key(k + 1), "of" | "de" | "du" | "d'" | "des") {
            return None;
        }
        return country_at(f, k + 2, end).map(|c| (k.saturating_sub(1), c));
    }
    if !SIGN_VERBS.contains(key(k)) {
        return None;
    }
    let j = (k + 1..(k + 1 + SIGN_FOR_REACH).min(end)).find(|&j| matches!(key(j), "for" | "pour"))?;
    country_at(f, j + 1, end).map(|c| (k, c))
}

/// The country named at token `k` (after an article), before `end`.
fn country_at(f: &Facts<'_>, mut k: usize, end: usize) -> Option<usize> {
    if f.tokens.get(k).is_some_and(|t| t.is(&["the", "le", "la", "l'"])) {
        k += 1;
    }
    let m = f.mentions_in(k, end).next().filter(|m| m.first == k)?;
    (f.actors[m.actor].kind() == EntityType::Country).then_some(m.actor)
}
