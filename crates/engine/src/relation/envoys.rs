//! Opposition told through diplomats: a country that recalls its ambassador from another, expels
//! or summons another's envoy, stands against that other ("Estria a rappelé son ambassadeur en
//! Norlande", "Norland expelled the Estrian envoy", "l'ambassadeur d'Estrie a été convoqué par
//! Norlande").
//!
//! Reads the clause context; adds an opposition from the sanctioning side to the diplomat's
//! country, or to the country the diplomat was posted to.

use super::{add, after_be, critic_sides, dedup, party_side, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{AGENT_WORDS, ENVOY_SANCTIONS, ENVOY_WORDS};

/// How far after the verb its diplomat may be named ("rappeler leurs ambassadeurs", "expelled two
/// of the Estrian diplomats").
const ENVOY_REACH: usize = 5;

/// How far after the diplomat the country may be named ("ambassadeurs en poste en Norlande").
const COUNTRY_REACH: usize = 6;

/// How far before a passive verb its diplomat may be named ("l'ambassadeur de Norlande en Estrie
/// a été convoqué").
const ENVOY_BEFORE: usize = 10;

/// The token of the diplomat the verb at `k` sanctions, if the verb is one of
/// [`ENVOY_SANCTIONS`] with a word of [`ENVOY_WORDS`] right after it (or before it, for a
/// passive verb).
pub(super) fn envoy_of(f: &Facts<'_>, k: usize) -> Option<usize> {
    if !ENVOY_SANCTIONS.contains(&f.tokens[k].key) {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    let envoy = |j: &usize| ENVOY_WORDS.contains(&f.tokens[*j].key);
    if after_be(f, k) {
        (k.saturating_sub(ENVOY_BEFORE).max(s.first)..k).rev().find(envoy)
    } else {
        (k + 1..(k + 1 + ENVOY_REACH).min(s.last)).find(envoy)
    }
}

/// Adds the opposition told by the verb at `k` of sentence `si`, whose diplomat stands at `envoy`.
/// Active ("X recalled its ambassador to Y"): the subjects oppose the first side named between the
/// verb and the diplomat or right after it. Passive ("the ambassador of Y was summoned by X"):
/// the agent opposes the side named before the verb.
pub(super) fn envoys(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    envoy: usize,
    out: &mut Vec<Link>,
) {
    let s = f.sentences[si];
    // a place stands for its country here ("son ambassadeur à Alger")
    let side = |m: &Placed| {
        party_side(f, m.actor)
            .or_else(|| (f.actors[m.actor].kind() == EntityType::Place).then(|| f.side(m.actor)).flatten())
    };
    let (authors, targets): (Vec<usize>, Vec<usize>) = if after_be(f, k) {
        let Some(by) = (k + 1..(k + 4).min(s.last)).find(|&j| AGENT_WORDS.contains(&f.tokens[j].key)) else {
            return;
        };
        let authors = mentions
            .iter()
            .filter(|m| m.first > by && m.first <= by + 4)
            .filter_map(|m| party_side(f, m.actor))
            .take(1);
        let targets = mentions.iter().filter(|m| m.first >= envoy && m.last <= k).filter_map(side);
        (authors.collect(), dedup(targets.collect()))
    } else {
        let end = (envoy + 1 + COUNTRY_REACH).min(s.last);
        let first = mentions.iter().filter(|m| m.first > k && m.last <= end).find_map(side);
        (critic_sides(f, k, s), first.into_iter().collect())
    };
    for &a in &authors {
        for &b in targets.iter().filter(|&&b| b != a) {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}
