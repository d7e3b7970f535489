//! Opposition told by a noun of a rival named with the side it rivals: "Y, X's great rival",
//! "X's rival Y", "la grande rivale de X, Y", "Y, adversaire de X". The rival opposes that side.
//!
//! Part of stage 10 (`super`): reads the facts of one sentence; adds opposition [`Link`]s.

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::{Facts, Placed};
use crate::lang::{ARTICLES, OF_WORDS, RIVAL_NOUNS};
use crate::text::TokenKind;

/// How many lowercase words (adjectives, an article) may stand between a side and the noun of its
/// rival ("X's great historic rival", "la grande rivale").
const ADJECTIVES: usize = 3;

/// Finds the nouns of a rival in sentence `si` whose owner (after "de"/"of", or a possessive
/// before) and rival (in apposition, or right after the noun) are both named, and opposes the
/// rival to the owner.
pub(super) fn rivals(f: &Facts<'_>, si: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let mentions: Vec<&Placed> = f.mentions_in(s.first, s.last).collect();
    let ending_at = |end: usize| mentions.iter().find(|m| m.last == end).copied();
    let starting_at = |start: usize| mentions.iter().find(|m| m.first == start).copied();
    for k in (s.first..s.last).filter(|&k| f.tokens[k].is(RIVAL_NOUNS.of(f.lang))) {
        // the lowercase words before the noun, back to the owner's possessive or the comma
        // (over a hyphen: "arch-rival"; not over the "s" of a possessive)
        let adjective = |j: usize| {
            let t = &f.tokens[j];
            let genitive = t.key == "s" && j > s.first && f.tokens[j - 1].is(&["'", "’"]);
            t.kind == TokenKind::Word && !t.cap && !genitive || t.is(&["-"])
        };
        let mut b = k;
        while b > s.first && k - b < ADJECTIVES && adjective(b - 1) {
            b -= 1;
        }
        let possessive = (b >= s.first + 2 && f.tokens[b - 1].key == "'s")
            .then(|| ending_at(b - 1))
            .or_else(|| {
                (b >= s.first + 3 && f.tokens[b - 1].key == "s" && f.tokens[b - 2].is(&["'", "’"]))
                    .then(|| ending_at(b - 2))
            })
            .flatten();
        let of_owner = || {
            let at = k + 1;
            let at = if f.tokens.get(at).is_some_and(|t| t.is_in(OF_WORDS)) { at + 1 } else { return None };
            let at = if f.tokens.get(at).is_some_and(|t| t.is_in(ARTICLES)) { at + 1 } else { at };
            starting_at(at)
        };
        let (owner, after) = match possessive {
            Some(o) => (o, k + 1),
            None => match of_owner() {
                Some(o) => (o, o.last),
                None => continue,
            },
        };
        // the rival: right after the noun ("X's rival Y"), in apposition after the owner ("la
        // rivale de X, Y"), or before the comma that opens the phrase ("Y, X's rival")
        let opening = if possessive.is_some() { owner.first } else { b };
        let before = (opening > s.first + 1 && f.tokens[opening - 1].is(&[","]))
            .then(|| ending_at(opening - 1))
            .flatten();
        let apposed = (f.tokens.get(after).is_some_and(|t| t.is(&[","])))
            .then(|| {
                let at = after + 1;
                let at = if f.tokens.get(at).is_some_and(|t| t.is_in(ARTICLES)) { at + 1 } else { at };
                starting_at(at)
            })
            .flatten();
        let next = if possessive.is_some() { starting_at(after) } else { None };
        let Some(rival) = next.or(apposed).or(before) else { continue };
        if let (Some(a), Some(o)) = (party_side(f, rival.actor), party_side(f, owner.actor)) {
            if a != o {
                add(out, RelationType::Opposition, a, o, &[si], None);
            }
        }
    }
}
