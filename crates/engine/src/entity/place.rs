//! Places the gazetteer does not know: a name after a place word (city, province, strait) or after
//! a locative preposition.

use super::name::is_name_word;
use super::person::{civil_title_before, title_ends_at};
use super::{work, Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::{FormKind, Sense};
use crate::lang::{AND_WORDS, CAPITAL_WORDS, TERRAIN_HEADS, WATER_HEADS};
use crate::text::fold;
use crate::text::TokenKind;

/// Places introduced by a place word: "la ville de Vernon", "province du Hunan", "the city of
/// Leeds", "Hunan province".
///
/// One function on purpose: for each place word it walks to the name (over adjectives and a
/// connector) and then over the name's words, with the same checks in both directions (French
/// "ville de X", English "X province"); the two walks share the word lists and the `taken` marks.
pub(super) fn places_by_head(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    // the byte starts of the places found, so a second place word on the same name costs one probe
    let mut starts: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let n = cx.tokens.len();
    work(2 * n);
    let lex = cx.lex;
    for i in 0..n {
        if !lex.place_heads.contains(&cx.key(i)) || cx.tokens[i].kind != TokenKind::Word {
            continue;
        }
        // up to two adjectives (French puts them after the noun: "la ville portuaire de X"; in
        // English a word there is another noun: "state visit of X"), then a connector, then a
        // capitalised name
        let mut j = i + 1;
        let mut skipped = 0;
        let adjectives = if cx.lang == Lang::Fr { 2 } else { 0 };
        while j < n && skipped < adjectives && !cx.tokens[j].cap && !lex.connectors.contains(&cx.key(j)) {
            if cx.tokens[j].kind != TokenKind::Word {
                break;
            }
            j += 1;
            skipped += 1;
        }
        if !matches!(cx.key(j), "de" | "du" | "d'" | "of") {
            continue;
        }
        j += 1;
        if cx.key(j) == "the" {
            j += 1;
        }
        let start = j;
        // "the office of President X" names a person
        if look.title_at(cx, start).is_some() {
            continue;
        }
        // a water's name may hold a country's ("Sea of Oman", "mer d'Oman"); a province's may not
        let water = WATER_HEADS.contains(cx.key(i));
        let country = look.country_at(cx, start).map(|(_, after)| after);
        let country_named = country.is_some();
        // the country's own tokens are taken by its gazetteer mention; a water's name reads over them
        let over_country = |j: usize| water && country.is_some_and(|after| j < after);
        while j < n
            && is_name_word(&cx.tokens[j])
            && (!taken[j] || over_country(j))
            && !cx.tokens[j].line_start
        {
            if country_named && j == start && !water {
                break;
            }
            j += 1;
            if cx.is_punct(j, "-") && j + 1 < n && is_name_word(&cx.tokens[j + 1]) {
                j += 1;
            }
        }
        if j == start || j - start > 4 {
            continue;
        }
        // a capitalised water or coast word is part of the name ("Bay of Bengal", "Mer de Chine")
        // ("Bay of Bengal", "Mer de Chine", and "mer d'Oman" whatever its case)
        let start = if (cx.tokens[i].cap || country_named) && water && !taken[i] { i } else { start };
        // a country's name alone is no place ("mer du Japon" already read by the gazetteer)
        if country_named && start != i {
            continue;
        }
        let (s, e) = (cx.tokens[start].start, cx.tokens[j - 1].end);
        let name = &cx.text[s..e];
        let mut m = Mention::new(s, e, Key::Place(fold(name)), start, j, "place-head");
        if let Some(pi) = cx.gaz.senses_of(&fold(name)).find_map(|s| match s {
            Sense::Place(p) => Some(p),
            _ => None,
        }) {
            m.place = Some(pi);
            m.country = cx.gaz.country_index(&cx.gaz.places[pi as usize].iso3);
        }
        starts.insert(m.start);
        out.push(m);
        // a plural head names each island coordinated after the first ("the islands of X and
        // Y", "les îles de X et de Y")
        if matches!(cx.key(i), "islands" | "iles") && matches!(cx.key(j), "and" | "et") {
            let first = j + 1 + usize::from(matches!(cx.key(j + 1), "de" | "d'"));
            let mut last = first;
            while last < n && last - first < 2 && is_name_word(&cx.tokens[last]) && !taken[last] {
                last += 1;
            }
            let closed = cx.tokens.get(last).is_none_or(|t| !is_name_word(t));
            if last > first && closed {
                let (s, e) = (cx.tokens[first].start, cx.tokens[last - 1].end);
                starts.insert(s);
                out.push(Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), first, last, "place-head"));
            }
        }
    }
    // English "Hunan province", "Tuscany region", "Saipan island", "the Vizag port"; with its capitalised word of
    // terrain, "the Narva Gap"
    if cx.lang == Lang::En {
        for i in 1..n {
            let lower_head = matches!(
                cx.key(i),
                "province" | "region" | "prefecture" | "county" | "oblast" | "island" | "port"
            ) && !cx.tokens[i].cap;
            let terrain = cx.tokens[i].cap && TERRAIN_HEADS.en.contains(&cx.key(i)) && !taken[i];
            if !(lower_head || terrain) || !is_name_word(&cx.tokens[i - 1]) || taken[i - 1] {
                continue;
            }
            // "Kampong Speu province": up to three capitalised words on the same line
            let sent = cx.sentence_start_of(i);
            let mut first = i - 1;
            while first > sent
                && i - first < 3
                && is_name_word(&cx.tokens[first - 1])
                && !taken[first - 1]
                && !cx.tokens[first].line_start
                && !cx.lex.name_stops.contains(&cx.key(first - 1))
                && look.country_at(cx, first - 1).is_none()
            {
                first -= 1;
            }
            let s = cx.tokens[first].start;
            let last = if terrain { i + 1 } else { i };
            let e = cx.tokens[last - 1].end;
            if first == sent || !starts.insert(s) {
                continue;
            }
            let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), first, last, "place-head");
            m.canonical = Some(cx.text[s..e].to_string());
            out.push(m);
        }
    }
    out
}

/// Unknown capitalised names after a locative preposition ("à Tulle", "près de Tulle", "au large
/// de Belle-Île", "near Bergen") or a word of a capital ("Estria's capital Velmora"): places of up to three name words, unless the gazetteer knows a
/// word of them, a word is taken, the preposition follows a verb of saying ("a déclaré à Reuters"
/// names a listener), or the line is a headline in title case. The unknown town of a dateline
/// too ([`dateline_place`]).
pub(super) fn places_by_preposition(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = cx.tokens.len();
    for i in 1..n {
        let t = &cx.tokens[i];
        // a capitalised article opening the name ("à La Orchila", "à Le Havre") belongs to it
        let article = t.cap
            && t.is(&["la", "le", "les", "el", "al"])
            && cx.tokens.get(i + 1).is_some_and(|x| is_name_word(x) && x.cap && !x.upper);
        if taken[i] || !is_name_word(t) || t.upper || cx.lex.name_stops.contains(&t.key.as_str()) && !article
        {
            continue;
        }
        let prev = cx.key(i - 1);
        let prep = match cx.lang {
            Lang::Fr => {
                prev == "a" && cx.text[cx.tokens[i - 1].start..cx.tokens[i - 1].end].starts_with('à')
                    || prev == "de" && i >= 2 && matches!(cx.key(i - 2), "pres" | "large")
            }
            Lang::En => prev == "near",
        } || CAPITAL_WORDS.contains(prev);
        // "a déclaré à Reuters": the listener of a verb of saying is not a place
        let saying = i >= 2
            && matches!(
                cx.key(i - 2),
                "declare" | "indique" | "confie" | "explique" | "precise" | "affirme" | "dit" | "repondu"
            );
        // (in a headline written in title case, capitals prove nothing: "Drills Near Borders Of X")
        if !prep || saying || cx.headline[i] || !look.senses(cx, i).is_empty() {
            continue;
        }
        let mut j = i + 1;
        loop {
            let free =
                |k: usize| k < n && is_name_word(&cx.tokens[k]) && !taken[k] && look.senses(cx, k).is_empty();
            // a compound joined by hyphens goes on ("près de Tin-Zaouatène")
            // (whatever else its parts may name: "Bir-Ould-Khaled")
            let part = |k: usize| k < n && is_name_word(&cx.tokens[k]) && !taken[k] && cx.tokens[k].cap;
            if j < n && cx.tokens[j].key == "-" && part(j + 1) && j - i < 5 {
                j += 2;
            } else if free(j) && j - i < 3 {
                j += 1;
            } else {
                break;
            }
        }
        if taken[i..j].iter().any(|&x| x) {
            continue;
        }
        let (s, e) = (t.start, cx.tokens[j - 1].end);
        let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), i, j, "place-preposition");
        m.canonical = Some(cx.text[s..e].to_string());
        out.push(m);
    }
    out.extend(dateline_place(cx, look, taken));
    out
}

/// The longest dateline sentence read for its town, in tokens ("KORVO, 3 MAY (Agency) -").
const DATELINE_TOKENS: usize = 14;

/// The unknown town opening a dateline ("KORVO, 28 SEP (Agency) - …", "Korvo (Agency) – …"):
/// a place. The input stage cut the dateline into a sentence of its own, ending on its dash;
/// the town is its first one to three name words (joined by hyphens too), right before a comma
/// or a parenthesis, within the text's first three sentences, none of them known or taken.
fn dateline_place(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Option<Mention> {
    let n = cx.tokens.len();
    cx.sentence_starts.iter().enumerate().take(3).find_map(|(si, &i)| {
        let end = cx.sentence_starts.get(si + 1).copied().unwrap_or(n);
        let dash = end > i + 2 && cx.tokens[end - 1].is(&["-", "—", "–"]);
        if !dash || end - i > DATELINE_TOKENS {
            return None;
        }
        let word =
            |k: usize| k < end && is_name_word(&cx.tokens[k]) && !taken[k] && look.senses(cx, k).is_empty();
        let mut j = i;
        while word(j) && j - i < 5 {
            j += if cx.tokens.get(j + 1).is_some_and(|t| t.key == "-") && word(j + 2) { 3 } else { 1 };
        }
        let closed = j > i && j < end && cx.tokens[j].is(&[",", "("]);
        if !closed || cx.headline[i] {
            return None;
        }
        let (s, e) = (cx.tokens[i].start, cx.tokens[j - 1].end);
        let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), i, j, "place-dateline");
        m.canonical = Some(cx.text[s..e].to_string());
        Some(m)
    })
}

/// How many names a list of places may hold beyond the known one.
const LIST_REACH: usize = 6;

/// Unknown names listed with a known place ("camps at Beira, Tamuke and Sunzela", "à Gao,
/// Ansongo et Ménaka"): places too. Each name is one or two capitalised words the gazetteer does
/// not know, untaken, joined to the place or to the name before by a comma or "and"/"et" (", and"
/// too), on both sides of the known place; a list of two names needs its coordinator.
pub(super) fn places_in_lists(
    cx: &Context<'_>,
    look: &Lookup,
    taken: &[bool],
    found: &[Mention],
) -> Vec<Mention> {
    let n = cx.tokens.len();
    let free = |k: usize| {
        k < n
            && is_name_word(&cx.tokens[k])
            && cx.tokens[k].cap
            && !cx.tokens[k].upper
            && !taken[k]
            && look.senses(cx, k).is_empty()
            && !cx.lex.name_stops.contains(&cx.key(k))
            && cx.sentence_start_of(k) != k
            // (a dateline's month or day: "Islamabad, Dec 6")
            && crate::lang::month_of(cx.key(k)).is_none()
            && crate::lang::weekday_name(cx.key(k)).is_none()
    };
    let joiner = |k: usize| cx.is_punct(k, ",") || cx.tokens.get(k).is_some_and(|t| t.is_in(AND_WORDS));
    let mut out: Vec<Mention> = Vec::new();
    let mut claimed = vec![false; n];
    let add = |i: usize, j: usize, out: &mut Vec<Mention>| {
        let (s, e) = (cx.tokens[i].start, cx.tokens[j - 1].end);
        let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), i, j, "place-list");
        m.canonical = Some(cx.text[s..e].to_string());
        out.push(m);
    };
    for p in found.iter().filter(|m| matches!(m.key, Key::Place(_)) && m.place.is_some()) {
        // forward: ", X", ", X and Y", " and X"
        let mut k = p.last;
        for _ in 0..LIST_REACH {
            let mut j = k;
            while j < n && j < k + 2 && joiner(j) {
                j += 1;
            }
            if j == k || !free(j) {
                break;
            }
            let mut e = j + 1;
            if free(e) && !joiner(e) {
                e += 1;
            }
            // (the name ends the list or goes on with it: not "at Gao, Mali's army said")
            let closes = e >= n || joiner(e) || cx.tokens[e].kind == crate::text::TokenKind::Punct;
            if !closes || claimed[j] {
                break;
            }
            claimed[j..e].fill(true);
            add(j, e, &mut out);
            k = e;
        }
    }
    out
}

/// Gives a place the country named right after it, between commas or before the sentence's end:
/// "the base at Tarnby, Estria, is…", "à Korvo, en Norlande" is not read here (a preposition), but
/// "Korvo, Norlande," is. A place the gazetteer placed keeps its country; the country's mention
/// must be followed by punctuation, "and"/"et" or nothing (not "Korvo, Norland's capital").
///
/// Linear: the mentions are indexed by their first token once.
pub(super) fn countries_after_comma(cx: &Context<'_>, out: &mut [Mention]) {
    work(2 * out.len());
    let by_first: std::collections::HashMap<usize, u16> = out
        .iter()
        .filter_map(|m| match m.key {
            Key::Country(c) => Some((m.first, c, m.last)),
            _ => None,
        })
        .filter(|&(_, _, last)| {
            last >= cx.tokens.len()
                || cx.tokens[last].kind == TokenKind::Punct && !cx.is_punct(last, "'")
                || cx.tokens[last].is_in(AND_WORDS)
        })
        .map(|(first, c, _)| (first, c))
        .collect();
    for m in out.iter_mut().filter(|m| matches!(m.key, Key::Place(_)) && m.country.is_none()) {
        if m.last < cx.tokens.len() && cx.is_punct(m.last, ",") {
            m.country = by_first.get(&(m.last + 1)).copied();
        }
    }
}

/// The mentions of `out` that are a town or a capital's country read from one word opening a
/// titled person's name: right after a title, before a capitalised word the gazetteer does not
/// know ("Defence Minister Victoria Kabwe", "Minister Santiago Phiri"). The person stage may take
/// their word as a given name; a town there would make the minister a place or a country.
pub(super) fn towns_after_titles(cx: &Context<'_>, look: &Lookup, out: &[Mention]) -> Vec<usize> {
    let surname = |j: usize| {
        cx.tokens.get(j).is_some_and(|t| is_name_word(t) && !t.upper && !t.line_start)
            && look.senses(cx, j).is_empty()
    };
    // (a country's own name stays one: "President Jordan X" keeps "Jordan" out of this)
    let town = |m: &Mention| match m.key {
        Key::Place(_) => true,
        Key::Country(_) => look.senses(cx, m.first).iter().all(|s| match s {
            Sense::Country(_, kind) => *kind == FormKind::Capital,
            _ => true,
        }),
        _ => false,
    };
    // (after a civil title, the town is the surname itself: "Mr Preston", "M. Nancy")
    let civil = |k: usize| civil_title_before(cx, look, k);
    out.iter()
        .enumerate()
        .filter(|(_, m)| town(m) && m.last == m.first + 1)
        .filter(|(_, m)| {
            cx.tokens[m.first].cap && (title_ends_at(cx, look, m.first) && surname(m.last) || civil(m.first))
        })
        .map(|(x, _)| x)
        .collect()
}

/// Drops the one-word places of `out` that stand beside a capitalised word with which they are
/// two words of a person's name found elsewhere in the text: a headline may shorten a minister
/// called "Paulo Verin Kassa Lemba" to "Verin Kassa", and "Kassa" is then no town, whatever the
/// gazetteer knows.
///
/// Linear: the persons' word pairs are gathered once into a set.
pub(super) fn places_inside_persons_names(cx: &Context<'_>, out: &mut Vec<Mention>) {
    work(out.len());
    let mut pairs: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    for m in out.iter().filter(|m| matches!(m.key, Key::Person(_)) && m.last >= m.first + 2) {
        work(m.last - m.first);
        for k in m.first + 1..m.last {
            pairs.insert((cx.key(k - 1), cx.key(k)));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let capitalised = |k: usize| cx.tokens.get(k).is_some_and(|t| t.cap && t.kind == TokenKind::Word);
    out.retain(|m| {
        let one_place = matches!(m.key, Key::Place(_)) && m.last == m.first + 1;
        let before = m.first > 0
            && capitalised(m.first - 1)
            && pairs.contains(&(cx.key(m.first - 1), cx.key(m.first)));
        let after = capitalised(m.last) && pairs.contains(&(cx.key(m.first), cx.key(m.last)));
        !(one_place && (before || after))
    });
}
