//! The partners a side meets, signs or drills with, listed after "with"/"avec": "X signed
//! agreements with Y, Z and W" pairs X with each of them, not Y with Z — a hub and its spokes,
//! read by the cooperation drawn from an event's sides; and the partner a word of cooperation
//! names after "with" ([`worked_with`]).

use super::{add, backer_side, Link};
use crate::analysis::RelationType;
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::lang::WITH_WORDS;

/// How far after "with"/"avec" the first partner of its list may be named ("with the armed forces
/// of Y").
const FIRST_PARTNER_REACH: usize = 4;

/// Words that may join two partners of one list ("Y, Z and W", "Y, Z ou encore W", "Y as well as
/// Z"), with the articles before a name.
const LIST_LINKS: &[&str] =
    &[",", "et", "and", "ou", "or", "encore", "ainsi", "que", "as", "well", "la", "le", "l'", "les", "the"];

/// The sides listed together after a "with"/"avec" in the sentences of event `e`, one list per
/// preposition, each of two sides or more.
pub(super) fn with_lists(f: &Facts<'_>, e: &Occurrence) -> Vec<Vec<usize>> {
    let mut lists = Vec::new();
    for &si in &e.sentences {
        let s = f.sentences[si];
        for k in (s.first..s.last).filter(|&k| f.tokens[k].is_in(WITH_WORDS)) {
            let mut mentions = f.mentions_in(k + 1, s.last);
            let Some(first) = mentions.next().filter(|m| m.first <= k + FIRST_PARTNER_REACH) else {
                continue;
            };
            let mut sides: Vec<usize> = f.side(first.actor).into_iter().collect();
            let mut last = first.last;
            for n in mentions {
                if n.first < last || !(last..n.first).all(|t| f.tokens[t].is(LIST_LINKS)) {
                    break;
                }
                if let Some(x) = f.side(n.actor).filter(|x| !sides.contains(x)) {
                    sides.push(x);
                }
                last = n.last;
            }
            if sides.len() >= 2 {
                lists.push(sides);
            }
        }
    }
    lists
}

/// Whether sides `a` and `b` are only partners listed together after one "with" (spokes of one
/// hub), not partners of each other.
pub(super) fn spokes(lists: &[Vec<usize>], a: usize, b: usize) -> bool {
    lists.iter().any(|l| l.contains(&a) && l.contains(&b))
}

/// Cooperation from a word of cooperation at `k` of sentence `si` whose partner follows "with" or
/// "avec" right after it ("X troops operated in coordination with the Y mission", "X coopère
/// avec l'Union africaine"): the clause's subject works with the first side named after the
/// preposition, a country or an international body.
pub(super) fn worked_with(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let Some(with) = (k + 1..(k + 3).min(s.last)).find(|&j| f.tokens[j].is_in(WITH_WORDS)) else {
        return;
    };
    let partner = mentions
        .iter()
        .filter(|m| m.first > with && m.first <= with + FIRST_PARTNER_REACH)
        .find_map(|m| backer_side(f, m.actor));
    let subject = f.first_subject(s, k).and_then(|m| backer_side(f, m.actor));
    if let (Some(a), Some(b)) = (subject, partner) {
        if a != b {
            add(out, RelationType::Cooperation, a, b, &[si], None);
        }
    }
}
