//! The partners a side meets, signs or drills with, listed after "with"/"avec": "X signed
//! agreements with Y, Z and W" pairs X with each of them, not Y with Z — a hub and its spokes,
//! read by the cooperation drawn from an event's sides; and the partner a word of cooperation
//! names after "with" ([`worked_with`]).

use super::{add, backer_side, Link};
use crate::analysis::RelationType;
use crate::event::Occurrence;
use crate::facts::Facts;
use crate::input::zone::Clause;
use crate::lang::WITH_WORDS;
use crate::text::TokenKind;

/// How far after "with"/"avec" the first partner of its list may be named ("with the armed forces
/// of Y", "avec les autres membres de l'X"), over lowercase words.
const FIRST_PARTNER_REACH: usize = 6;

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
            let sides = listed_after(f, s.last, k, |a| f.side(a));
            if sides.len() >= 2 {
                lists.push(sides);
            }
        }
    }
    lists
}

/// The sides (as `side` reads an actor) of the list that opens within [`FIRST_PARTNER_REACH`]
/// tokens after the preposition at `with` and runs over [`LIST_LINKS`] before token `end`: "with
/// Y, Z and W" gives Y, Z and W, each once. Empty when no side follows the preposition.
fn listed_after(f: &Facts<'_>, end: usize, with: usize, side: impl Fn(usize) -> Option<usize>) -> Vec<usize> {
    let mut mentions = f.mentions_in(with + 1, end);
    // (over lowercase words only: "with other countries of the X", "with the armed forces of Y")
    let near = |m: &&crate::facts::Placed| {
        m.first <= with + FIRST_PARTNER_REACH
            && (with + 1..m.first).all(|t| f.tokens[t].kind == TokenKind::Word && !f.tokens[t].cap)
    };
    let Some(first) = mentions.next().filter(near) else {
        return Vec::new();
    };
    let mut sides: Vec<usize> = side(first.actor).into_iter().collect();
    let mut last = first.last;
    for n in mentions {
        if n.first < last || !(last..n.first).all(|t| f.tokens[t].is(LIST_LINKS)) {
            break;
        }
        if let Some(x) = side(n.actor).filter(|x| !sides.contains(x)) {
            sides.push(x);
        }
        last = n.last;
    }
    sides
}

/// Whether sides `a` and `b` are only partners listed together after one "with" (spokes of one
/// hub), not partners of each other.
pub(super) fn spokes(lists: &[Vec<usize>], a: usize, b: usize) -> bool {
    lists.iter().any(|l| l.contains(&a) && l.contains(&b))
}

/// How many words may stand between a word of cooperation and its "with" ("cooperation in this
/// field with Y", "la coopération en la matière avec Y").
const WITH_REACH: usize = 5;

/// The "with"/"avec" naming the partner of the word of cooperation at `k`, within [`WITH_REACH`]
/// lowercase words after it, in sentence `s` (no comma, no other clause between).
pub(super) fn with_after(f: &Facts<'_>, s: Clause, k: usize) -> Option<usize> {
    (k + 1..(k + 1 + WITH_REACH).min(s.last))
        .take_while(|&j| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap)
        .find(|&j| f.tokens[j].is_in(WITH_WORDS))
        .filter(|&j| !(k + 1..j).any(|i| f.tokens[i].is(&["et", "and", "que", "that", "qui", "which"])))
}

/// Cooperation from a word of cooperation at `k` of sentence `si` whose partners follow "with" or
/// "avec" ([`with_after`]): "X troops operated in coordination with the Y mission", "X coopère
/// avec l'Union africaine", "X a acheté, en collaboration avec Y, Z et W, …". The clause's subject
/// works with each side of the list after the preposition, a country or an international body
/// (not the sides of the list with each other: they are spokes of one hub).
pub(super) fn worked_with(f: &Facts<'_>, si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let Some(with) = with_after(f, s, k) else {
        return;
    };
    let Some(a) = f.first_subject(s, k).and_then(|m| backer_side(f, m.actor)) else {
        return;
    };
    for b in listed_after(f, s.last, with, |x| backer_side(f, x)) {
        if a != b {
            add(out, RelationType::Cooperation, a, b, &[si], None);
        }
    }
}
