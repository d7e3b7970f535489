//! Events told as several occurrences in one breath, split into one event each: a tour of
//! several countries ("visited X and Y, then Z", "returned from X, Y and Z") is one visit per
//! stop; a series of partners each with its own date ("pacts with X in 2022 and with Y in 2023")
//! is one event per partner. Part of `extract`'s completion, after merging.

use super::fill::push_unique;
use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::date::DateMatch;
use crate::facts::Facts;
use crate::lang::{DIRECTION_WORDS, RETURN_WORDS, TOUR_LINKS, WITH_WORDS};

/// How far after a visit's trigger its first destination may stand ("s'est rendu lundi au X").
const FIRST_DESTINATION: usize = 6;

/// A visit told with two or more destination countries ("visited Kenya and Tanzania in July, then
/// Ghana"), or talks on a trip come back from several ("returned from X and Y, where he met…"),
/// is one visit per destination, each with its visitors, its destination the place: one
/// event per real occurrence. A named visit stays whole; one whose every side is a destination (its
/// visitor unnamed) splits into stops of one side each, which name no event.
pub(super) fn split_tours(f: &Facts<'_>, merged: &mut Vec<Occurrence>) {
    let mut out = Vec::with_capacity(merged.len());
    for o in merged.drain(..) {
        let Some(dests) = tour_destinations(f, &o) else {
            out.push(o);
            continue;
        };
        // (a person first named in a sentence opening on one stop after someone else, "In X, the
        // minister met Y", is that stop's)
        let stop_of = |p: usize| {
            let c = f.met_in_opening_country(f.first_mention(p)?)?;
            dests.contains(&c).then_some(c)
        };
        let visitors: Vec<usize> = o
            .participants
            .iter()
            .copied()
            .filter(|&p| f.side(p).is_none_or(|s| !dests.contains(&s)) && stop_of(p).is_none())
            .collect();
        // (with no visitor named, each stop is one side alone: the destinations were never each
        // other's partners)
        for &d in &dests {
            let mut one = o.clone();
            one.kind = EventType::Visit;
            one.participants = visitors.clone();
            for &p in o.participants.iter().filter(|&&p| f.side(p) == Some(d) || stop_of(p) == Some(d)) {
                push_unique(&mut one.participants, p);
            }
            one.place = Some(d);
            out.push(one);
        }
    }
    *merged = out;
}

/// The destination countries listed after a visit's trigger, each a side of the visit: the first
/// after a word of direction, the others after list words, words of direction and dates only.
/// Two at least, else `None`.
fn tour_destinations(f: &Facts<'_>, o: &Occurrence) -> Option<Vec<usize>> {
    // (talks held on a trip come back from are its stops too: "returned from X and Y, where he
    // held talks")
    if !matches!(o.kind, EventType::Visit | EventType::Meeting) || o.name.is_some() {
        return None;
    }
    let sides: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
    // "…has returned from X, Y and Z": in any sentence of the visit, the places come back from
    let back = o.sentences.iter().find_map(|&si| {
        let s = f.sentences[si];
        let k = (s.first..s.last.saturating_sub(2)).find(|&k| {
            f.tokens[k].is(RETURN_WORDS.of(f.lang)) && f.tokens[k + 1].is_in(crate::lang::FROM_WORDS)
        })?;
        let dests = listed_destinations(f, &sides, k + 1, s.last);
        (dests.len() >= 2).then_some(dests)
    });
    if back.is_some() || o.sentences.len() != 1 || o.kind != EventType::Visit {
        return back;
    }
    let k = f.token_at(o.triggers.first()?.0);
    let s = f.sentences[f.sentence_of(k)];
    let dests = listed_destinations(f, &sides, k, s.last);
    (dests.len() >= 2).then_some(dests)
}

/// The countries among `sides` listed from token `k` (a visit's trigger, or "from" after a word
/// of coming back) to `end`: the first after a word of direction (or right after `k`) within
/// [`FIRST_DESTINATION`] tokens, the others after list words, words of direction and dates only.
fn listed_destinations(f: &Facts<'_>, sides: &[usize], k: usize, s_last: usize) -> Vec<usize> {
    let mut dests: Vec<usize> = Vec::new();
    let mut end: Option<usize> = None;
    for m in f.mentions_in(k + 1, s_last) {
        if end.is_some_and(|e| m.first < e) {
            continue;
        }
        // (or right after the verb: "visited X and Y")
        let direction =
            m.first == k + 1 || m.first > 0 && f.tokens[m.first - 1].is(DIRECTION_WORDS.of(f.lang));
        let linked = match end {
            None => m.first <= k + FIRST_DESTINATION && direction,
            Some(e) => (e..m.first).all(|j| {
                f.tokens[j].is(TOUR_LINKS.of(f.lang))
                    || f.tokens[j].is(DIRECTION_WORDS.of(f.lang))
                    || f.in_date(j)
            }),
        };
        let country = f.actors[m.actor].kind() == EntityType::Country && sides.contains(&m.actor);
        if !(linked && country) {
            if end.is_some() {
                break;
            }
            continue;
        }
        if !dests.contains(&m.actor) {
            dests.push(m.actor);
        }
        end = Some(m.last);
    }
    dests
}

/// Splits an occurrence told as a series, one partner after another each with a date of its own
/// ("X signed similar pacts with Y in 2022 and with Z in 2023", "X a tenu des entretiens avec Y
/// lundi et avec Z mardi"): one event per partner with that partner's date and the sides named
/// before the series, and no tie between the partners of the series.
pub(super) fn split_series(f: &Facts<'_>, merged: &mut Vec<Occurrence>) {
    let mut out = Vec::with_capacity(merged.len());
    for o in merged.drain(..) {
        let Some(groups) = series(f, &o) else {
            out.push(o);
            continue;
        };
        let in_series = |p: usize| f.side(p).is_some_and(|s| groups.iter().any(|(g, _)| g.contains(&s)));
        let base: Vec<usize> = o.participants.iter().copied().filter(|&p| !in_series(p)).collect();
        if base.is_empty() {
            out.push(o);
            continue;
        }
        for (sides, date) in &groups {
            let mut one = o.clone();
            one.participants = base.clone();
            for &p in o.participants.iter().filter(|&&p| f.side(p).is_some_and(|s| sides.contains(&s))) {
                push_unique(&mut one.participants, p);
            }
            one.from = Some(date.from);
            one.to = date.to;
            one.weak_date = false;
            out.push(one);
        }
    }
    *merged = out;
}

/// The partners of a series after the trigger of a one-sentence, unnamed occurrence: each after a
/// word of [`WITH_WORDS`], with the sides of the occurrence named up to the next such word and one
/// date in the same stretch; the stretches are joined by list words or end on their date. Two
/// partners at least, each with a date, the dates told apart; else `None`.
fn series<'a>(f: &Facts<'a>, o: &Occurrence) -> Option<Vec<(Vec<usize>, &'a DateMatch)>> {
    if o.name.is_some() || o.sentences.len() != 1 {
        return None;
    }
    let k = f.token_at(o.triggers.first()?.0);
    let s = f.sentences[f.sentence_of(k)];
    let sides: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
    let marks: Vec<usize> = (k + 1..s.last).filter(|&j| f.tokens[j].is(WITH_WORDS.of(f.lang))).collect();
    if marks.len() < 2 {
        return None;
    }
    let mut groups = Vec::with_capacity(marks.len());
    for (n, &w) in marks.iter().enumerate() {
        let end = marks.get(n + 1).copied().unwrap_or(s.last);
        let (a, b) = (f.tokens[w].end, f.tokens[end - 1].end);
        let date = f.dates.iter().find(|d| d.start >= a && d.end <= b)?;
        // the next partner comes right after this one's date and a list word
        let after = f.token_at(date.end.saturating_sub(1)) + 1;
        if n + 1 < marks.len() && !(after..end).all(|j| f.tokens[j].is(TOUR_LINKS.of(f.lang))) {
            return None;
        }
        let named: Vec<usize> =
            f.mentions_in(w + 1, end).filter_map(|m| f.side(m.actor)).filter(|x| sides.contains(x)).collect();
        if named.is_empty() {
            return None;
        }
        groups.push((named, date));
    }
    let apart = groups.windows(2).all(|g| g[0].1.from != g[1].1.from);
    apart.then_some(groups)
}
