//! The partners a side meets, signs or drills with, listed after "with"/"avec": "X signed
//! agreements with Y, Z and W" pairs X with each of them, not Y with Z — a hub and its spokes,
//! read by the cooperation drawn from an event's sides.

use crate::event::Occurrence;
use crate::facts::Facts;

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
        for k in (s.first..s.last).filter(|&k| f.tokens[k].is(&["with", "avec"])) {
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
