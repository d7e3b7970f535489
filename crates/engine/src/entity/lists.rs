//! Titles handed out country by country to a list of names: "the defence ministers of Kenya, X,
//! and of Uganda, Y" (each name after its country), "les chefs d'état-major du Gabon et du Tchad,
//! X et Y" (the names after all the countries, in the same order). Read by `person` for each name.

use super::{Context, Lookup};
use crate::lang::ROLE_PLURALS;

/// The country a name stands in apposition to, set off by a comma right before it, in a list of
/// titles handed out country by country: "les chefs d'état-major du Gabon, X, et du
/// Tchad, Y", "the defence ministers of Kenya, X, and of Uganda, Y". The country follows "de"/"of"
/// (or "and" in a list after a plural title; so "in Kenya, X said" gives nothing) and is written as a name, not a demonym.
pub(super) fn country_before_comma(cx: &Context<'_>, look: &Lookup, i: usize) -> Option<u16> {
    if i < 3 || cx.key(i - 1) != "," {
        return None;
    }
    let (q, c) = (i.saturating_sub(5)..i - 1)
        .find_map(|q| look.country_at(cx, q).filter(|&(_, after)| after == i - 1).map(|(c, _)| (q, c)))?;
    let article = |k: usize| matches!(cx.key(k), "la" | "l'" | "le" | "les" | "the");
    let at = if q > 0 && article(q - 1) { q - 1 } else { q };
    let name = cx.tokens[q].cap && !cx.lowercase.contains(cx.key(q));
    let of = at > 0 && matches!(cx.key(at - 1), "de" | "du" | "des" | "d'" | "of");
    // (a later entry may drop its preposition: "the ministers of Kenya, X, and Uganda, Y")
    let listed = || {
        at > 0 && matches!(cx.key(at - 1), "and" | "et") && {
            let sent = cx.sentence_start_of(i);
            (i.saturating_sub(TITLE_LIST_REACH).max(sent)..at).any(|k| ROLE_PLURALS.contains(cx.key(k)))
        }
    };
    ((of || listed()) && name).then_some(c)
}

/// How far before a listed name the plural title of the list may stand, over the entries before
/// it ("les chefs d'état-major de X, A, et de Y, B").
const TITLE_LIST_REACH: usize = 24;

/// Whether the name at `i` is an entry of a list of titles handed out by country: in apposition
/// to a country ([`country_before_comma`]) after a plural title ("ministres", "chiefs") and
/// closed by a comma, a coordinator or the sentence's end.
pub(super) fn titled_list_entry(cx: &Context<'_>, look: &Lookup, i: usize) -> bool {
    if country_before_comma(cx, look, i).is_none() {
        return false;
    }
    let sent = cx.sentence_start_of(i);
    (i.saturating_sub(TITLE_LIST_REACH).max(sent)..i).any(|k| ROLE_PLURALS.contains(cx.key(k)))
}

/// How far before the countries their plural title may stand ("chefs d'état-major de").
const TITLE_REACH: usize = 7;

/// How many countries or names such a list may hold.
const LIST_MAX: usize = 6;

/// The country of the name `i..end` listed after a list of countries in the same order, the
/// plural title before them: "the foreign ministers of Estria and Norland, A and B" gives A
/// Estria and B Norland. The two lists must be of one length (two or more), the names joined by
/// commas and "and"/"et", the countries by those and their prepositions and articles; anything
/// else in between reads no list.
pub(super) fn respective_country(cx: &Context<'_>, look: &Lookup, i: usize, end: usize) -> Option<u16> {
    let sent = cx.sentence_start_of(i);
    let joiner = |k: usize| cx.is_punct(k, ",") || matches!(cx.key(k), "et" | "and");
    // a country ending right at `at` (exclusive), with its first token
    let country_ending = |at: usize| {
        (at.saturating_sub(4).max(sent)..at)
            .find_map(|q| look.country_at(cx, q).filter(|&(_, e)| e == at).map(|(c, _)| (q, c)))
    };
    let name_word = |k: usize| cx.tokens[k].cap && cx.tokens[k].kind == crate::text::TokenKind::Word;
    // the end of the countries before a comma, over the title's domain after them ("les ministres
    // danois et estrien de la Défense, A et B")
    let countries_before = |at: usize| {
        if country_ending(at).is_some() {
            return Some(at);
        }
        let mut q = at;
        while q > sent && name_word(q - 1) && at - q < 3 {
            q -= 1;
        }
        let words = q;
        while q > sent
            && matches!(cx.key(q - 1), "de" | "du" | "des" | "d'" | "of" | "la" | "le" | "l'" | "the")
        {
            q -= 1;
        }
        (q < words && words < at && country_ending(q).is_some()).then_some(q)
    };
    // the names before this one, back to the comma after the last country
    let (mut k, mut before) = (i, 0);
    let countries_end = loop {
        let mut j = k;
        while j > sent && joiner(j - 1) {
            j -= 1;
        }
        if j == k || j == sent {
            return None;
        }
        if k - j == 1 && cx.is_punct(j, ",") {
            if let Some(end) = countries_before(j) {
                break end;
            }
        }
        let mut q = j;
        while q > sent && name_word(q - 1) {
            q -= 1;
        }
        if q == j || before == LIST_MAX {
            return None;
        }
        before += 1;
        k = q;
    };
    // the names after it
    let (mut k, mut after) = (end, 0);
    while after < LIST_MAX {
        let mut j = k;
        while j < cx.tokens.len() && j < k + 2 && joiner(j) {
            j += 1;
        }
        let mut q = j;
        while q < cx.tokens.len() && name_word(q) {
            q += 1;
        }
        if j == k || q == j {
            break;
        }
        after += 1;
        k = q;
    }
    // the countries, back from the comma, joined by prepositions, articles and coordinators
    let mut countries = Vec::new();
    let mut at = countries_end;
    while let Some((q, c)) = country_ending(at) {
        countries.push(c);
        at = q;
        while at > sent
            && (joiner(at - 1)
                || matches!(
                    cx.key(at - 1),
                    "de" | "du" | "des" | "d'" | "of" | "la" | "le" | "l'" | "les" | "the"
                ))
        {
            at -= 1;
        }
        if countries.len() > LIST_MAX {
            return None;
        }
    }
    countries.reverse();
    let titled = (at.saturating_sub(TITLE_REACH).max(sent)..at).any(|q| ROLE_PLURALS.contains(cx.key(q)));
    (titled && countries.len() >= 2 && before + 1 + after == countries.len()).then(|| countries[before])
}
