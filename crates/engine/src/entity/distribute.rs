//! Nationalities handed out one by one to a list of persons: "the Estrian and Norlandic ministers
//! Ana Vidal and Piet Maas, respectively", "Ana Vidal and Piet Maas, the Estrian and Norlandic
//! ministers respectively", "les présidents estrien, Ana Vidal, et norlandais, Piet Maas".
//!
//! A title before a list gives its nationality to the first name only (or to every name, read
//! alone); here the order of the list decides. Runs once persons have the countries of their
//! titles, and overrides them where the text distributes.

use super::{Context, Key, Mention};
use crate::lang::{AND_WORDS, DISTRIBUTIVE_WORDS, PEER_NOUNS};

/// How many words of a title may stand between a list of nationalities and the list of names.
const TITLE_GAP: usize = 6;

/// The mentions of `out` by their first and by their last token (one each: the first found).
struct Spans {
    starting: Vec<Option<usize>>,
    ending: Vec<Option<usize>>,
}

impl Spans {
    fn new(out: &[Mention], n: usize) -> Spans {
        let (mut starting, mut ending) = (vec![None; n + 1], vec![None; n + 1]);
        for (i, m) in out.iter().enumerate() {
            if m.last <= n && m.first < m.last {
                starting[m.first].get_or_insert(i);
                ending[m.last].get_or_insert(i);
            }
        }
        Spans { starting, ending }
    }
}

fn is_person(m: &Mention) -> bool {
    matches!(m.key, Key::Person(_))
}

fn country_of(m: &Mention) -> Option<u16> {
    match m.key {
        Key::Country(c) => Some(c),
        _ => None,
    }
}

fn is_link(cx: &Context<'_>, k: usize) -> bool {
    cx.key(k) == "," || AND_WORDS.contains(cx.key(k))
}

/// The coordinated mentions that `keep` accepts from token `from` over commas and "and"/"et" (at
/// most two of them between items): starting there and going right when `forward`, else ending
/// there and going left. In text order, with the token where the list stops (its end going
/// right, its start going left).
fn coordinated(
    cx: &Context<'_>,
    out: &[Mention],
    spans: &Spans,
    from: usize,
    keep: fn(&Mention) -> bool,
    forward: bool,
) -> (Vec<usize>, usize) {
    let mut items = Vec::new();
    let (mut at, mut edge) = (from, from);
    loop {
        let slot = if forward { spans.starting.get(at) } else { spans.ending.get(at) };
        let Some(i) = slot.copied().flatten().filter(|&i| keep(&out[i])) else { break };
        items.push(i);
        edge = if forward { out[i].last } else { out[i].first };
        at = edge;
        for _ in 0..2 {
            let link =
                if forward { at < cx.tokens.len() && is_link(cx, at) } else { at > 0 && is_link(cx, at - 1) };
            if !link {
                break;
            }
            at = if forward { at + 1 } else { at - 1 };
        }
    }
    if !forward {
        items.reverse();
    }
    (items, edge)
}

/// Gives each person of a list the nationality of the same rank in a list of as many
/// nationalities, where the text says so ("respectively", or a nationality before each name).
pub(super) fn distribute_nationalities(cx: &Context<'_>, out: &mut [Mention]) {
    if !out.iter().any(is_person) {
        return;
    }
    let n = cx.tokens.len();
    let spans = Spans::new(out, n);
    let mut assign: Vec<(usize, u16)> = Vec::new();
    for k in 0..n {
        if !DISTRIBUTIVE_WORDS.contains(cx.key(k)) {
            continue;
        }
        let end = if k > 0 && cx.key(k - 1) == "," { k - 1 } else { k };
        let sent = cx.sentence_start_of(k);
        let (persons, countries) = nationalities_then_names(cx, out, &spans, sent, end)
            .or_else(|| names_then_nationalities(cx, out, &spans, sent, end))
            .unwrap_or_default();
        if persons.len() >= 2 && countries.len() == persons.len() {
            for (p, c) in persons.iter().zip(&countries) {
                assign.extend(country_of(&out[*c]).map(|c| (*p, c)));
            }
        }
    }
    // "les présidents A, X, et B, Y": a nationality and a comma before each name of a pair
    for (i, m) in out.iter().enumerate() {
        if !is_person(m) || m.first < 2 || cx.key(m.first - 1) != "," {
            continue;
        }
        let Some(d) = spans.ending[m.first - 1].filter(|&d| has_country(&out[d])) else { continue };
        let dm = &out[d];
        let lowercase = !cx.tokens[dm.first].cap;
        let second = dm.first > 0 && AND_WORDS.contains(cx.key(dm.first - 1));
        let first_of_pair = cx.key(m.last) == ","
            && AND_WORDS.contains(cx.key(m.last + 1))
            && spans.starting.get(m.last + 2).copied().flatten().is_some_and(|x| has_country(&out[x]));
        if lowercase && (second || first_of_pair) {
            assign.extend(country_of(dm).map(|c| (i, c)));
        }
    }
    peers_in_order(cx, out, &spans, &mut assign);
    for (p, c) in assign {
        out[p].country = Some(c);
    }
}

/// How many words (a title, an article) may stand between two names of a list of peers.
const PEER_GAP: usize = 6;

/// "ses homologues suédois et danois, la ministre X et le ministre Y", "his Kenyan and
/// Ugandan counterparts, X and Y": a peer noun with a list of nationalities, a comma, then as
/// many names, each joined to the last by "and"/"et" over its title: in order, each name has the
/// nationality of the same rank.
fn peers_in_order(cx: &Context<'_>, out: &[Mention], spans: &Spans, assign: &mut Vec<(usize, u16)>) {
    for k in 0..cx.tokens.len() {
        if !PEER_NOUNS.contains(cx.key(k)) {
            continue;
        }
        // (after the noun in French, before it in English)
        let (after, end) = coordinated(cx, out, spans, k + 1, has_country, true);
        let (countries, end) = if after.len() >= 2 {
            (after, end)
        } else {
            (coordinated(cx, out, spans, k, has_country, false).0, k + 1)
        };
        if countries.len() < 2 || !cx.is_punct(end, ",") {
            continue;
        }
        let mut persons: Vec<usize> = Vec::new();
        let mut at = end + 1;
        while persons.len() < countries.len() {
            let limit = (at + PEER_GAP).min(cx.tokens.len());
            let Some(p) = (at..limit).find_map(|j| spans.starting[j].filter(|&i| is_person(&out[i]))) else {
                break;
            };
            // (the names after the first are joined by "and"/"et"; no other name between)
            let joined = persons.is_empty() || (at..out[p].first).any(|j| AND_WORDS.contains(cx.key(j)));
            if !joined || (at..out[p].first).any(|j| spans.starting[j].is_some()) {
                break;
            }
            persons.push(p);
            at = out[p].last;
        }
        if persons.len() == countries.len() {
            for (p, c) in persons.iter().zip(&countries) {
                assign.extend(country_of(&out[*c]).map(|c| (*p, c)));
            }
        }
    }
}

fn has_country(m: &Mention) -> bool {
    country_of(m).is_some()
}

/// "the A and B ministers X and Y, respectively": the names end right before the word, the
/// nationalities a few title words before the names.
fn nationalities_then_names(
    cx: &Context<'_>,
    out: &[Mention],
    spans: &Spans,
    sent: usize,
    end: usize,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let (persons, first) = coordinated(cx, out, spans, end, is_person, false);
    if persons.len() < 2 {
        return None;
    }
    let countries = (first.saturating_sub(TITLE_GAP).max(sent)..=first)
        .rev()
        .map(|e| coordinated(cx, out, spans, e, has_country, false).0)
        .find(|items| !items.is_empty())?;
    Some((persons, countries))
}

/// "X and Y, the A and B ministers, respectively": the nationalities a few title words before
/// the word, the names right before them (over a comma and an article).
fn names_then_nationalities(
    cx: &Context<'_>,
    out: &[Mention],
    spans: &Spans,
    sent: usize,
    end: usize,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let (countries, start) = (end.saturating_sub(TITLE_GAP).max(sent)..end)
        .map(|s| (coordinated(cx, out, spans, s, has_country, true).0, s))
        .find(|(items, _)| items.len() >= 2)?;
    let persons = (start.saturating_sub(3).max(sent)..=start)
        .rev()
        .map(|e| coordinated(cx, out, spans, e, is_person, false).0)
        .find(|items| items.len() >= 2)?;
    Some((persons, countries))
}
