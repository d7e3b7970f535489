//! Names the rules missed, from the learned name tagger (`trame_syntax::names`, English only).
//!
//! The rules know countries, places, bodies and titles from the gazetteer and read persons from
//! titles, given names and appositions; a company, a newspaper, a party or a person with an
//! unlisted name and no title ("Harbour Logistics Corp said…", "…told the Daily Courier") escapes
//! them. The tagger, trained on English news, reads such names from their shape and their
//! neighbours. Its names are taken only where the rules found nothing: every word of the name is
//! still free, or, for an organization, the only words taken are a country's or a place's name
//! inside it ("Bank of Portugal", "Air Malta", "Harwick Stock Exchange"): a country stays a
//! mention of its own as in any body's name, a place is part of the name (`recognise` drops it).
//! A headline's capitals say nothing, so no name is read on a title-case line, nor in
//! boilerplate (comments, credits). Ships, events, pacts and programmes named like bodies, titles
//! ("Crown Prince") and the ends of hyphenated words are no names here either.
//!
//! A shorter form of a name already found is that name: "Okafor" after "Maria Okafor", "Harbour"
//! after "Harbour Logistics Corp".

use super::name::skeleton;
use super::{work, Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::lang::{
    month_of, weekday_name, CREED_WORDS, FACILITY_WORDS, ROLE_PLURALS, SHIP_WORDS, TERRAIN_HEADS, WORK_HEADS,
};
use crate::text::syntax::{self, words, Upos};
use crate::text::{fold, TokenKind};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;
use trame_syntax::names::{find_names, NameKind, NameModel, NameSpan};

/// The English name model: tables laid out at build time, so making it only computes its code
/// values; kept once, then only read.
static ENGLISH: LazyLock<NameModel> = LazyLock::new(NameModel::english);

/// The least margin of a name taken (see `NameSpan::margin`): 4.5 % of the largest weight.
/// Chosen on development data only (the CoNLL-2003 development file, our own set and real
/// military news): below it, capitalised common phrases of military prose ("Sea Phase", "Joint
/// Operations") come in faster than names; at it, no set loses typed-entity F1 and the CoNLL
/// development documents gain 4 points.
const MIN_MARGIN: i32 = NameSpan::SURE * 45 / 1000;

/// The least sum of the margins of one name read several times with one kind (see
/// [`MIN_MARGIN`]): twice the least margin of a name read once (one and a half times let in more
/// false names than true ones on the CoNLL-2003 development file).
const REPEATED_MARGIN: i32 = 2 * MIN_MARGIN;

/// The mentions of names the tagger finds in English sentences over free tokens (`taken` marks
/// those the rules claimed); `found` are the rules' mentions, whose longer names lend their key
/// to a shorter form. Linear in the tokens.
pub(super) fn learned_names(
    cx: &Context<'_>,
    look: &Lookup,
    taken: &[bool],
    found: &[Mention],
) -> Vec<Mention> {
    if cx.lang != Lang::En || cx.tokens.is_empty() {
        return Vec::new();
    }
    // for each token, the country or place mention holding it: a body's name may hold them
    // ("Bank of Portugal", "Harwick Stock Exchange")
    let mut nested: Vec<Option<(usize, usize)>> = vec![None; cx.tokens.len()];
    for m in found.iter().filter(|m| matches!(m.key, Key::Country(_) | Key::Place(_))) {
        work(m.last - m.first);
        for slot in nested.get_mut(m.first..m.last).unwrap_or_default() {
            *slot = Some((m.first, m.last));
        }
    }
    let mut shorter = Shorter::of(cx, found);
    // a name all of whose words the document also writes in lowercase is a capitalised common
    // phrase ("Joint Operations", "the Navy"), not a name
    let lower = cx.lowercase;
    let mut spans = Vec::new();
    let mut event_names: HashSet<String> = HashSet::new();
    let mut sure_kinds: HashMap<String, NameKind> = HashMap::new();
    let mut told: HashMap<(String, NameKind), i32> = HashMap::new();
    let mut bounds: Vec<usize> = cx.sentence_starts.to_vec();
    bounds.push(cx.tokens.len());
    if bounds.first() != Some(&0) {
        bounds.insert(0, 0);
    }
    for pair in bounds.windows(2) {
        let (s, e) = (pair[0], pair[1].min(cx.tokens.len()));
        if s >= e {
            continue;
        }
        work(e - s);
        let ws = words(cx.text, &cx.tokens[s..e], cx.lang);
        let forms: Vec<&str> = ws.iter().map(|w| &cx.text[w.start..w.end]).collect();
        let names = find_names(&ENGLISH, &forms);
        if names.is_empty() {
            continue;
        }
        let tags = trame_syntax::tag(syntax::model(cx.lang), &forms);
        for n in names {
            // a name the tagger is unsure of is taken only as the short form of a longer one, or
            // where it is sure of the same name elsewhere (below)
            // (a particle of filiation inside a name of three words or more is a person's mark
            // the tagger weighs little: "Hama Ould Sidi")
            let filiated = n.end - n.start >= 3
                && forms[n.start + 1..n.end - 1]
                    .iter()
                    .any(|w| FILIATION_PARTICLES.contains(&fold(w).as_str()));
            let sure =
                n.margin >= MIN_MARGIN || filiated || n.end - n.start == 1 && shorter.knows(forms[n.start]);
            // a name holds a proper noun (a capitalised common word, "Insurgency", "Mount", is none)
            // and opens on no verb ("Attending Navy units…" opening a sentence)
            if !tags[n.start..n.end].contains(&Upos::Propn) || tags[n.start] == Upos::Verb {
                continue;
            }
            let (first, last) = (s + ws[n.start].first, s + ws[n.end - 1].last);
            let folded = fold(&cx.text[cx.tokens[first].start..cx.tokens[last - 1].end]);
            if names_event(cx, first, last) {
                event_names.insert(folded);
            } else if !(first..last).all(|k| lower.contains(cx.key(k))) {
                if sure {
                    sure_kinds.entry(folded.clone()).or_insert(n.kind);
                }
                *told.entry((folded.clone(), n.kind)).or_insert(0) += n.margin.max(0);
                spans.push((first, last, n.kind, folded, sure));
            }
        }
    }
    // a name read alike several times, each time unsure, is as sure as once with their sum
    // ("Okafor" three times as a person, each below the margin)
    // (the kind with the larger sum, whatever order the map gives)
    let mut best: HashMap<String, (i32, u8, NameKind)> = HashMap::new();
    for ((folded, kind), total) in told.into_iter().filter(|&(_, t)| t >= REPEATED_MARGIN) {
        let entry = best.entry(folded).or_insert((total, kind as u8, kind));
        if (total, kind as u8) > (entry.0, entry.1) {
            *entry = (total, kind as u8, kind);
        }
    }
    for (folded, (_, _, kind)) in best {
        sure_kinds.entry(folded).or_insert(kind);
    }
    let mut out = Vec::new();
    // longer names first, so that a one-word form takes the key of a longer name the tagger is
    // sure of wherever that name stands ("Okafor" before or after "Maria Okafor")
    let (long, single): (Vec<_>, Vec<_>) = spans.into_iter().partition(|s| s.1 - s.0 > 1);
    for (first, last, kind, folded, sure) in long.into_iter().chain(single) {
        // an exercise's or a pact's name told once beside its word is that name everywhere
        if event_names.contains(&folded) {
            continue;
        }
        let sure = sure
            || last == first + 1 && shorter.knows(&cx.text[cx.tokens[first].start..cx.tokens[first].end]);
        // one name, one kind in a document: the kind it has where the tagger is sure
        let kind = match sure_kinds.get(&folded) {
            Some(&k) => k,
            None if !sure => continue,
            None => kind,
        };
        if let Some(m) = mention(cx, look, taken, &nested, kind, first, last) {
            out.push(shorter.keyed(cx, m));
        }
    }
    out.sort_by_key(|m| m.start);
    short_forms(cx, taken, &shorter, &mut out);
    out
}

/// Particles of filiation that only persons' names hold ("Ould", "Ag", "bin", "ibn"): a name the
/// tagger read as a body's but holding one is a person's.
const FILIATION_PARTICLES: &[&str] = &["ould", "ag", "bin", "bint", "ibn"];

/// Endings of English abstract nouns and adjectives ("assistance", "humanitarian", "operations",
/// "security"): a run of capitalised words all ending so is a common phrase, not a person's name.
const ABSTRACT_ENDINGS: &[&str] = &[
    "tion", "tions", "sion", "sions", "ance", "ence", "ment", "ments", "ness", "ity", "ism", "ics", "ship",
    "arian", "ative", "ional", "ical",
];

/// The longest word a period after it may shorten ("Corp.", "Bros."), counted in characters.
const LONGEST_SHORT_FORM: usize = 4;

/// The mention of a name of `kind` over tokens `first..last`, if the rules left it free and it
/// reads as a name: capitalised words (or figures and connectors inside), off a headline.
fn mention(
    cx: &Context<'_>,
    look: &Lookup,
    taken: &[bool],
    nested: &[Option<(usize, usize)>],
    kind: NameKind,
    first: usize,
    last: usize,
) -> Option<Mention> {
    // a sentence's period after a full word is no part of the name ("…told Radio Norland."), the
    // period of a short form is ("Harbour Corp.")
    let last = if last > first + 1
        && cx.key(last - 1) == "."
        && cx.key(last - 2).chars().count() > LONGEST_SHORT_FORM
    {
        last - 1
    } else {
        last
    };
    let toks = cx.tokens.get(first..last)?;
    let marked = |marks: &[bool]| marks.get(first..last).is_some_and(|h| h.iter().any(|&x| x));
    if marked(cx.headline) || marked(cx.boiler) {
        return None;
    }
    // a title ("Crown Prince"), or the end of a hyphenated word ("Counter-Insurgency")
    let glued =
        first > 1 && cx.is_punct(first - 1, "-") && cx.tokens[first - 1].start == cx.tokens[first - 2].end;
    if glued || (first..last).any(|k| look.title_at(cx, k).is_some()) {
        return None;
    }
    let starts_cap = toks.first().is_some_and(|t| t.cap && t.kind == TokenKind::Word);
    let ends_word = toks.last().is_some_and(|t| t.kind == TokenKind::Word || t.key == ".");
    if !starts_cap || !ends_word || toks.iter().skip(1).any(|t| t.line_start) {
        return None;
    }
    // a ship ("USS Harlow", "the frigate Vento") is no actor; a name ends on a name's word, not
    // on a month ("…Gazette Oct") or a connector, and holds no "and" ("Norland and Estria")
    let ship =
        SHIP_WORDS.contains(toks[0].key.as_str()) || first > 0 && SHIP_WORDS.contains(cx.key(first - 1));
    let end = toks[toks.len() - 1].key.as_str();
    let calendar = month_of(end).is_some() || weekday_name(end).is_some();
    let lower_end =
        toks.len() > 1 && !toks[toks.len() - 1].cap && toks[toks.len() - 1].kind == TokenKind::Word;
    // a name given to a thing ("drills dubbed Iron Heron") is no actor's; a run holding a plural
    // noun of roles ("Unit Leaders") names a group of people
    let group = toks.iter().any(|t| ROLE_PLURALS.contains(&t.key));
    // ("Christian Orthodox allies": a creed names a community, see the persons' rules)
    let creed = toks.iter().skip(1).any(|t| CREED_WORDS.contains(&t.key));
    if ship
        || creed
        || calendar
        || lower_end
        || group
        || cx.given_a_name(first)
        || toks.iter().any(|t| t.key == "and")
    {
        return None;
    }
    // a lone service word ("the Navy") the rules did not tie to a country is no one's
    if toks.len() == 1 && cx.lex.org_heads.contains(&end) {
        return None;
    }
    // a piece of a name the rules read ("Press" beside a body's name) is not a name of its own
    let taken_cap =
        |k: usize| taken.get(k).copied().unwrap_or(false) && cx.tokens.get(k).is_some_and(|t| t.cap);
    if first > 0 && taken_cap(first - 1) && !cx.is_punct(first - 1, ",") || taken_cap(last) {
        return None;
    }
    let free = |i: usize| !taken[i];
    let inside = |i: usize| nested[i].is_some_and(|(a, b)| a >= first && b <= last);
    // "Abdi Ould Horma", "Iyad Ag Ghaly": a particle of filiation inside the name makes it a
    // person's, whatever the tagger read
    let filiation = toks.len() >= 3
        && toks[1..toks.len() - 1].iter().any(|t| FILIATION_PARTICLES.contains(&t.key.as_str()))
        && !toks.iter().any(|t| cx.lex.org_heads.contains(&t.key.as_str()));
    let kind = if filiation && kind == NameKind::Organization { NameKind::Person } else { kind };
    // ("chiefs of Defence Ministries of X": a body's head word, plural too, names no person)
    let body_word = toks.iter().any(|t| super::name::body_head_word(cx, &t.key));
    if body_word && kind == NameKind::Person {
        return None;
    }
    // "the Omar Bin Khalid air base": a name before a facility's word is the facility's,
    // whoever it honours
    let facility = (last..(last + 2).min(cx.tokens.len()))
        .take_while(|&k| k == last || !cx.tokens[k].cap)
        .any(|k| FACILITY_WORDS.contains(cx.key(k)));
    if facility && kind == NameKind::Person {
        return None;
    }
    // "Humanitarian Assistance", "Maritime Security Operations": capitalised words of abstract
    // nouns and adjectives only, no given name among them, name no one
    let abstract_word = |t: &crate::text::Token| {
        t.key.chars().count() > 5 && ABSTRACT_ENDINGS.iter().any(|e| t.key.ends_with(e))
    };
    let given = (first..last)
        .any(|k| look.senses(cx, k).iter().any(|s| matches!(s, crate::gazetteer::Sense::GivenName(_))));
    if kind == NameKind::Person && toks.len() >= 2 && toks.iter().all(abstract_word) && !given {
        return None;
    }
    // "Brunei's Penanjong Garrison": a name closed by a facility's word is the facility's
    let closed_by_facility = toks.len() >= 2 && FACILITY_WORDS.contains(&toks[toks.len() - 1].key);
    let kind = if closed_by_facility && kind == NameKind::Person { NameKind::Location } else { kind };
    // a name followed by its short form in parentheses ("Forward Presence (eFP)") is a body's or
    // a thing's: persons are not abbreviated so
    let abbreviated = cx.is_punct(last, "(")
        && cx.is_punct(last + 2, ")")
        && cx.text[cx.tokens[last + 1].start..cx.tokens[last + 1].end]
            .chars()
            .filter(char::is_ascii_uppercase)
            .count()
            >= 2;
    let kind = if abbreviated && kind == NameKind::Person { NameKind::Organization } else { kind };
    // "the Port of Suva", "Base of X": a facility's word and "of" open a place, not a body
    let facility_of = toks.len() >= 3
        && toks[1].key == "of"
        && (FACILITY_WORDS.contains(&toks[0].key) || cx.lex.place_heads.contains(&toks[0].key.as_str()));
    let kind = if facility_of && kind == NameKind::Organization { NameKind::Location } else { kind };
    // "the Suwałki Gap", "la Vallée de la Bekaa": a name closed (in English) or opened before "de"
    // (in French) by a word of terrain is a place's
    let terrain = toks.len() >= 2
        && (TERRAIN_HEADS.en.contains(&toks[toks.len() - 1].key.as_str())
            || TERRAIN_HEADS.fr.contains(&toks[0].key.as_str()) && toks[1].is(&["de", "du", "d'"]));
    let kind = if terrain && kind != NameKind::Misc { NameKind::Location } else { kind };
    // "the Air Excellence Center Exercise": a name closed by an exercise word is a drill's, no
    // body's nor person's
    let drill = cx.lex.is_exercise_word(&toks[toks.len() - 1].key);
    let kind = if drill { NameKind::Misc } else { kind };
    let ok = match kind {
        // (a place read inside the name is the name's: "Hama" of "Hama Ould Sidi")
        _ if filiation => (first..last).all(|i| free(i) || inside(i)) && (first..last).any(free),
        NameKind::Organization => (first..last).all(|i| free(i) || inside(i)) && (first..last).any(free),
        NameKind::Person | NameKind::Location => (first..last).all(free),
        NameKind::Misc => false,
    };
    if !ok {
        return None;
    }
    let (start, end) = (toks[0].start, toks[toks.len() - 1].end);
    let surface = &cx.text[start..end];
    let (key, rule) = match kind {
        NameKind::Person => (Key::Person(skeleton(surface)), "learned-person"),
        NameKind::Organization => (Key::Org(format!("org:{}:?", fold(surface))), "learned-org"),
        _ => (Key::Place(fold(surface)), "learned-place"),
    };
    let mut m = Mention::new(start, end, key, first, last, rule);
    m.canonical = Some(surface.to_string());
    Some(m)
}

/// Adds the one-word short forms of the organizations the tagger found ("Halbrook" after
/// "Halbrook Aerospace Corp") that it did not read itself (at a sentence's start, say): a free
/// capitalised word, alone, that begins such a name. `out` stays sorted by position.
fn short_forms(cx: &Context<'_>, taken: &[bool], shorter: &Shorter, out: &mut Vec<Mention>) {
    if shorter.learned_orgs.is_empty() {
        return;
    }
    let mut covered = vec![false; cx.tokens.len()];
    for m in out.iter() {
        covered[m.first..m.last].fill(true);
    }
    work(cx.tokens.len());
    for (i, t) in cx.tokens.iter().enumerate() {
        let alone = !cx.tokens.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word && x.cap);
        if taken[i] || covered[i] || !t.cap || t.kind != TokenKind::Word || !alone || cx.boiler[i] {
            continue;
        }
        if let Some(key) = shorter.learned_orgs.get(&t.key) {
            out.push(Mention::new(t.start, t.end, key.clone(), i, i + 1, "learned-org"));
        }
    }
    out.sort_by_key(|m| m.start);
}

/// Whether the name `first..last` names an event, a pact or a programme: a word of one inside it
/// or right beside it ("Coastal Shield exercise", "exercise Amber Tide", "Harbour Accord").
fn names_event(cx: &Context<'_>, first: usize, last: usize) -> bool {
    // exercise words and the heads of texts' names only: a verb before a name ("left Ostrava",
    // "met Kessler") says nothing of it
    let word = |k: usize| {
        let exercise = cx.lex.is_exercise_word(cx.key(k));
        exercise || WORK_HEADS.contains(cx.key(k))
    };
    // (over the edition's year: "the Coastal Shield 2025 drills")
    let year = |k: usize| cx.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() == 4);
    (first..=last).any(word)
        || first > 0 && word(first - 1)
        || year(last) && last + 1 < cx.tokens.len() && word(last + 1)
}

/// The keys of longer names by their first and last words, so that a one-word name ("Okafor",
/// "Harbour") takes the key of the longer name it shortens.
struct Shorter {
    persons: HashMap<String, Key>,
    orgs: HashMap<String, Key>,
    /// The first words of the organizations' names the tagger found (folded).
    learned_orgs: HashMap<String, Key>,
}

impl Shorter {
    fn of(cx: &Context<'_>, found: &[Mention]) -> Shorter {
        let mut s = Shorter { persons: HashMap::new(), orgs: HashMap::new(), learned_orgs: HashMap::new() };
        for m in found {
            s.learn(cx, m);
        }
        s
    }

    /// Remembers the words of `m` when it is a person's or an organization's name of two words or
    /// more (a person's first and last, an organization's first).
    fn learn(&mut self, cx: &Context<'_>, m: &Mention) {
        let surface = &cx.text[m.start..m.end];
        let parts: Vec<&str> = surface.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        if parts.len() < 2 {
            return;
        }
        match &m.key {
            Key::Person(_) => {
                for w in [parts[0], parts[parts.len() - 1]] {
                    self.persons.entry(skeleton(w)).or_insert_with(|| m.key.clone());
                }
            }
            Key::Org(_) => {
                self.orgs.entry(fold(parts[0])).or_insert_with(|| m.key.clone());
            }
            _ => {}
        }
    }

    /// Whether `word` is the first or last word of a longer name found so far.
    fn knows(&self, word: &str) -> bool {
        self.persons.contains_key(&skeleton(word)) || self.orgs.contains_key(&fold(word))
    }

    /// `m` with the key of the longer name it shortens, if any; else `m` as it is, remembered.
    fn keyed(&mut self, cx: &Context<'_>, mut m: Mention) -> Mention {
        if m.last == m.first + 1 {
            let word = &cx.text[m.start..m.end];
            // whatever kind the tagger gave the short form, the longer name's kind wins
            let longer = match m.key {
                Key::Person(_) => self.persons.get(&skeleton(word)).or_else(|| self.orgs.get(&fold(word))),
                _ => self.orgs.get(&fold(word)).or_else(|| self.persons.get(&skeleton(word))),
            };
            if let Some(k) = longer {
                m.rule = if matches!(k, Key::Person(_)) { "learned-person" } else { "learned-org" };
                m.key = k.clone();
                m.canonical = None;
            }
        } else {
            self.learn(cx, &m);
            if m.rule == "learned-org" {
                let first = fold(cx.text[m.start..m.end].split(' ').next().unwrap_or(""));
                self.learned_orgs.entry(first).or_insert_with(|| m.key.clone());
            }
        }
        m
    }
}
