//! Affiliation of countries to the international bodies the text says they belong to: "X and Y
//! joined the bloc", "the founding members, namely X, Y and Z", "NATO members X and Y",
//! "l'adhésion de X à l'Union".
//!
//! Reads one sentence of the clause context; adds `affiliation` links from each member country to
//! the body. A body is an organization that is its own side (no country of its own, not a news
//! outlet). Countries count only when they stand in the list right next to the word of
//! membership, so "Russia warned NATO members" relates no one.

use super::{add, country_side, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{
    ALLEGIANCE_WORDS, BODY_LINKS, COMPOSITION_PARTICIPLES, COMPOSITION_VERBS, LIST_LINKS, MEMBER_WORDS,
    RELATIVE_WORDS, STATUS_WORDS,
};

/// How far after a word of allegiance the body it is sworn to may be named ("allégeance à
/// l'organisation X").
const SWORN_TO_REACH: usize = 5;

/// How far before it the group that swears may be named ("X, ayant fait allégeance").
const SWEARER_REACH: usize = 6;

/// Allegiances told in sentence `si`, between bodies of no country (armed groups, movements):
/// "X, ayant fait allégeance à Y", "X pledged allegiance to Y", "X, affiliated with Y" make X a
/// part of Y, the group before the word and the body after its preposition; "the Y-affiliated
/// group X", "Y affiliated group X" the other way round, with Y right before the word.
fn allegiances(f: &Facts<'_>, bodies: &[&Placed], si: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    for k in s.first..s.last {
        if !f.tokens[k].is(ALLEGIANCE_WORDS.of(f.lang)) {
            continue;
        }
        let to = |m: &&&Placed| {
            m.first > k + 1
                && m.first <= k + SWORN_TO_REACH
                && (k + 1..m.first).any(|j| f.tokens[j].is(&["a", "au", "aux", "to", "with", "avec"]))
        };
        let pair = if let Some(body) = bodies.iter().find(to) {
            let swearer = bodies.iter().rev().find(|m| m.last <= k && m.last + SWEARER_REACH >= k);
            swearer.map(|g| (g.actor, body.actor))
        } else {
            // (the body right before the word, a hyphen between at most: "Y-affiliated group X")
            let body = bodies.iter().find(|m| m.last == k || m.last + 1 == k && f.tokens[k - 1].is(&["-"]));
            let group = bodies.iter().find(|m| m.first > k && m.first <= k + 3);
            body.zip(group).map(|(b, g)| (g.actor, b.actor))
        };
        if let Some((group, body)) = pair.filter(|(g, b)| g != b) {
            add(out, RelationType::Affiliation, group, body, &[si], None);
        }
    }
}

/// How far after a word of membership its body may be named ("membres de l'OCS", "joined NATO").
const BODY_AFTER: usize = 6;

/// How far before it ("NATO members", "ASEAN member states").
const BODY_BEFORE: usize = 3;

/// How far a list of members is read on each side of the word.
const MAX_LIST: usize = 40;

/// Adds the memberships told in sentence `si` to `out`.
pub(super) fn memberships(f: &Facts<'_>, si: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let mentions: Vec<Placed> = f.mentions_in(s.first, s.last).copied().collect();
    let bodies: Vec<&Placed> = mentions.iter().filter(|m| is_body(f, m.actor)).collect();
    if bodies.is_empty() {
        return;
    }
    allegiances(f, &bodies, si, out);
    for k in s.first..s.last {
        // "le G5 Sahel, qui regroupe X, Y et Z", "the bloc, which comprises X and Y"
        if let Some(body) = composed_body(f, &bodies, k) {
            for country in listed_next_to(f, &mentions, (k, k), (k, s.last), body) {
                add(out, RelationType::Affiliation, country, body.actor, &[si], None);
            }
            continue;
        }
        if !MEMBER_WORDS.contains(&f.tokens[k].key) {
            continue;
        }
        // the body right after the word, as its object ("joined NATO", "membre de l'Union"), not
        // as the owner of something else ("joined NATO's drills"); else the one right before it
        // ("NATO members"); else the sentence's only body ("founded by its members, namely…")
        let after = bodies.iter().find(|m| m.first > k && m.first <= k + BODY_AFTER);
        let body = match after {
            Some(m) => {
                let linked = (k + 1..m.first).all(|j| BODY_LINKS.contains(&f.tokens[j].key));
                let owner = f.tokens.get(m.last).is_some_and(|t| t.is(&["'", "’"]));
                if !linked || owner {
                    continue;
                }
                *m
            }
            None => {
                let before = bodies.iter().rev().find(|m| m.last <= k && m.last + BODY_BEFORE >= k);
                let sole = bodies.iter().all(|m| m.actor == bodies[0].actor).then(|| bodies[0]);
                let Some(body) = before.copied().or(sole) else { continue };
                body
            }
        };
        // "the member states of the bloc, X, Y and Z": the list goes on after the body's name
        let from = if body.first > k { body.last.max(k + 1) - 1 } else { k };
        for country in listed_next_to(f, &mentions, (from, k), (s.first, s.last), body) {
            add(out, RelationType::Affiliation, country, body.actor, &[si], None);
        }
    }
}

/// The body whose members the verb at `k` lists, when it opens a relative clause right after the
/// body's name ("l'Alliance, qui regroupe…", "the bloc, which comprises…"): a verb of composition
/// after a relative word, the body before them, a comma between allowed; a verb of composition
/// right after the body, its subject ("the bloc comprises…"); or a participle right after the
/// body's name ("le bloc regroupant…").
fn composed_body<'a>(f: &Facts<'_>, bodies: &[&'a Placed], k: usize) -> Option<&'a Placed> {
    // (or a participle right after the name or its comma: "le bloc, regroupant X et Y")
    let participle = k >= 1 && f.tokens[k].is(COMPOSITION_PARTICIPLES.of(f.lang));
    if participle {
        let end = if f.tokens[k - 1].is(&[","]) { k - 1 } else { k };
        return bodies.iter().find(|m| m.last == end).copied();
    }
    if k < 2 || !COMPOSITION_VERBS.contains(&f.tokens[k].key) {
        return None;
    }
    // (or the verb's subject right before it: "l'Organisation X regroupe A, B et C")
    if !RELATIVE_WORDS.contains(&f.tokens[k - 1].key) {
        return bodies.iter().find(|m| m.last == k).copied();
    }
    let end = if f.tokens[k - 2].is(&[","]) { k - 2 } else { k - 1 };
    bodies.iter().find(|m| m.last == end).copied()
}

/// Whether an actor is an international body: an organization that stands for itself.
fn is_body(f: &Facts<'_>, actor: usize) -> bool {
    let a = &f.actors[actor];
    a.kind() == EntityType::Organization && !a.source_like && f.side(actor).is_none()
}

/// The countries listed right after `after` (the word of membership, or the body named after it:
/// "members X, Y and Z", "à savoir l'Inde, le Brésil", "les pays membres du bloc, X et Y")
/// and right before the word at `k` ("X and Y joined", "X et Y sont membres"), over list links
/// (and the brackets of an acronym) and, before it, status words; the body's own mention is
/// stepped over.
fn listed_next_to(
    f: &Facts<'_>,
    mentions: &[Placed],
    (after, k): (usize, usize),
    (lo, hi): (usize, usize),
    body: &Placed,
) -> Vec<usize> {
    let mut out = Vec::new();
    let country = |m: &Placed| {
        (m.actor != body.actor)
            .then(|| country_side(f, m.actor).filter(|_| f.actors[m.actor].kind() == EntityType::Country))
    };
    // mentions are sorted by their first token: the one starting at j, and the one ending at j
    let starting =
        |j: usize| mentions.get(mentions.partition_point(|m| m.first < j)).filter(|m| m.first == j);
    let ending = |j: usize| {
        mentions.partition_point(|m| m.first < j).checked_sub(1).map(|i| &mentions[i]).filter(|m| m.last == j)
    };
    let mut j = after + 1;
    while j < hi.min(after + MAX_LIST) {
        if let Some(m) = starting(j) {
            match country(m) {
                Some(Some(c)) => out.push(c),
                Some(None) => break,
                None => {}
            }
            j = m.last.max(j + 1);
        } else if LIST_LINKS.contains(&f.tokens[j].key) || f.tokens[j].is(&["(", ")"]) {
            j += 1;
        } else {
            break;
        }
    }
    let mut j = k;
    while j > lo.max(k.saturating_sub(MAX_LIST)) {
        if let Some(m) = ending(j) {
            match country(m) {
                Some(Some(c)) => out.push(c),
                Some(None) => break,
                None => {}
            }
            j = m.first.min(j - 1);
        } else if LIST_LINKS.contains(&f.tokens[j - 1].key) || STATUS_WORDS.contains(&f.tokens[j - 1].key) {
            j -= 1;
        } else {
            break;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
