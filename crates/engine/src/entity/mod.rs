//! Stages 5 and 6: recognise mentions of actors, then group them into one entity per real thing.
//!
//! Reads tokens, the gazetteer's candidates and the language's lexicon (a [`Context`]); writes
//! [`Mention`]s ([`recognise`]), then [`Actor`]s ([`resolve`]). Recognition runs by kind, each
//! kind claiming the tokens it takes so a later one does not read them again: organizations by
//! pattern (`organization`) and armed services named with a nationality (`service`), gazetteer names (`country`), places after a place word (`place`),
//! acronyms, persons (`person`), places after a preposition.

mod acronym;
mod apposition;
mod company;
mod country;
mod distribute;
mod exercise;
mod group;
mod learned;
mod lists;
mod name;
mod org_english;
mod org_key;
mod organization;
mod owner;
mod person;
mod place;
mod resolve;
mod service;
mod ship;
#[cfg(test)]
mod tests;
mod title;
mod unit;

use crate::analysis::{EntityType, Lang};
use crate::gazetteer::{Candidate, FormKind, Gazetteer, Sense, TitleKind};
use crate::lang::{Lexicon, NAMING_WORDS};
use crate::text::{Token, TokenKind};
use acronym::acronyms_in_parentheses;
use company::companies;
use country::{capitals_as_governments, countries_inside, gazetteer_mention};
pub(crate) use org_key::{key_word, ministry_domain, org_head};
use organization::organizations;
use person::persons;
use place::{places_by_head, places_by_preposition, places_in_lists, towns_after_titles};
pub use resolve::{resolve, Actor};
use service::services;
use ship::drop_ship_names;
use std::collections::{HashMap, HashSet};
use unit::split_units;

/// What a mention refers to, before entities are built.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A country, by gazetteer index.
    Country(u16),
    /// An organization, by gazetteer key or by a key built from its name.
    Org(String),
    /// A person, by the skeleton of their full name.
    Person(String),
    /// A place, by folded name.
    Place(String),
}

impl Key {
    /// The entity type of this key.
    pub fn kind(&self) -> EntityType {
        match self {
            Key::Country(_) => EntityType::Country,
            Key::Org(_) => EntityType::Organization,
            Key::Person(_) => EntityType::Person,
            Key::Place(_) => EntityType::Place,
        }
    }
}

/// A mention of an actor in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// What it refers to.
    pub key: Key,
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// Title or role given in the text (persons).
    pub role: Option<String>,
    /// Country the actor belongs to (gazetteer index).
    pub country: Option<u16>,
    /// Organization the person belongs to (from the title or apposition), as an org key.
    pub org: Option<String>,
    /// Gazetteer place index, when known.
    pub place: Option<u32>,
    /// Name to use when this mention founds an entity.
    pub canonical: Option<String>,
    /// Rule that produced it.
    pub rule: &'static str,
}

impl Mention {
    fn new(start: usize, end: usize, key: Key, first: usize, last: usize, rule: &'static str) -> Mention {
        Mention {
            start,
            end,
            key,
            first,
            last,
            role: None,
            country: None,
            org: None,
            place: None,
            canonical: None,
            rule,
        }
    }
}

thread_local! {
    /// Work done by recognition on this thread (tests only): the items each pass visits, inner
    /// scans included, so a test can check that one long document costs linear work.
    #[cfg(test)]
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` items visited (tests only; nothing in a build).
#[inline]
fn work(n: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The work counted on this thread since it started (tests only).
#[cfg(test)]
fn work_done() -> u64 {
    WORK.with(|w| w.get())
}

/// Everything recognition needs about the document.
pub struct Context<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Gazetteer matches.
    pub candidates: &'a [Candidate],
    /// Language.
    pub lang: Lang,
    /// Word lists of the language.
    pub lex: &'static Lexicon,
    /// The gazetteer.
    pub gaz: &'a Gazetteer,
    /// Token index of each sentence start (sorted).
    pub sentence_starts: &'a [usize],
    /// Whether each token stands on a title-case line (a headline).
    pub headline: &'a [bool],
    /// Whether each token lies in boilerplate (credits, comments, related links).
    pub boiler: &'a [bool],
    /// The words the text writes in lowercase somewhere (folded keys): a capitalised run of them
    /// is a common phrase or a title's domain, not a name. Built once per document
    /// ([`lowercase_words`]).
    pub lowercase: &'a HashSet<&'a str>,
}

/// The folded words written in lowercase somewhere in `tokens`.
pub fn lowercase_words(tokens: &[Token]) -> HashSet<&str> {
    tokens.iter().filter(|t| t.kind == TokenKind::Word && !t.cap).map(|t| t.key.as_str()).collect()
}

impl Context<'_> {
    /// Whether the name starting at token `first` is one given to a thing right after a naming
    /// word ("drills dubbed Iron Heron", "baptisées « Aigle »", "known as X"): no actor's name.
    pub fn given_a_name(&self, first: usize) -> bool {
        let naming = |k: usize| {
            NAMING_WORDS.contains(self.key(k)) || self.key(k) == "as" && k > 0 && self.key(k - 1) == "known"
        };
        // (over a capitalised article: "dubbed “The Amber Falcon 2019”")
        let first = if first > 0
            && self.tokens[first - 1].cap
            && self.tokens[first - 1].is(&["the", "le", "la", "les"])
        {
            first - 1
        } else {
            first
        };
        let quote = first > 1 && self.tokens[first - 1].is(&["\"", "«", "“"]);
        first > 0 && naming(first - 1) || quote && naming(first - 2)
    }

    /// Whether the name starting at token `first` is quoted right after a naming word
    /// ("baptisées « Tabuk 4 »"): a thing's name, even where the gazetteer knows a place of it.
    pub fn given_a_quoted_name(&self, first: usize) -> bool {
        first > 1 && self.tokens[first - 1].is(&["\"", "«", "“"]) && self.given_a_name(first)
    }

    fn token_at(&self, byte: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.start < byte);
        (i < self.tokens.len() && self.tokens[i].start == byte).then_some(i)
    }

    fn token_ending(&self, byte: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.end < byte);
        (i < self.tokens.len() && self.tokens[i].end == byte).then_some(i + 1)
    }

    fn sentence_start_of(&self, tok: usize) -> usize {
        let i = self.sentence_starts.partition_point(|&s| s <= tok);
        if i == 0 {
            0
        } else {
            self.sentence_starts[i - 1]
        }
    }

    fn sentence_end_of(&self, tok: usize) -> usize {
        let i = self.sentence_starts.partition_point(|&s| s <= tok);
        self.sentence_starts.get(i).copied().unwrap_or(self.tokens.len())
    }

    fn key(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.key.as_str()).unwrap_or("")
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct && t.key == p)
    }
}

/// Per-token view of gazetteer matches: the longest candidate starting at each token.
struct Lookup {
    /// For each token: (candidate index, token index one past its end) of the longest match starting there.
    at: Vec<Option<(usize, usize)>>,
    /// For each token: whether a longer place of the gazetteer, begun before it, covers it
    /// ("Indien" in "l'océan Indien", "Chine" in "mer de Chine méridionale"): no country's word
    /// then, whatever it would be alone.
    in_place: Vec<bool>,
}

impl Lookup {
    fn new(cx: &Context<'_>) -> Lookup {
        let mut at: Vec<Option<(usize, usize)>> = vec![None; cx.tokens.len()];
        work(cx.candidates.len() + cx.tokens.len());
        for (ci, c) in cx.candidates.iter().enumerate() {
            let (Some(first), Some(last)) = (cx.token_at(c.start), cx.token_ending(c.end)) else {
                continue;
            };
            let longer = match at[first] {
                Some((_, l)) => last > l,
                None => true,
            };
            if longer {
                at[first] = Some((ci, last));
            }
        }
        // (each token is marked at most once per place starting before it, and a place's span is
        // a few tokens: linear)
        let mut in_place = vec![false; cx.tokens.len()];
        let mut covered_to = 0;
        for (first, m) in at.iter().enumerate() {
            let Some((ci, last)) = *m else { continue };
            if cx.candidates[ci].senses.iter().any(|s| matches!(s, Sense::Place(_))) {
                let from = (first + 1).max(covered_to).min(last);
                in_place[from..last].fill(true);
                covered_to = covered_to.max(last);
            }
        }
        Lookup { at, in_place }
    }

    fn senses<'c>(&self, cx: &'c Context<'_>, tok: usize) -> &'c [Sense] {
        match self.at.get(tok).copied().flatten() {
            Some((ci, _)) => &cx.candidates[ci].senses,
            None => &[],
        }
    }

    /// Country of a demonym (or name) match starting at `tok`, with the token after it.
    fn country_at(&self, cx: &Context<'_>, tok: usize) -> Option<(u16, usize)> {
        if self.in_place.get(tok).copied().unwrap_or(false) {
            return None;
        }
        let (ci, last) = self.at.get(tok).copied().flatten()?;
        cx.candidates[ci].senses.iter().find_map(|s| match s {
            Sense::Country(c, FormKind::Demonym | FormKind::Name | FormKind::Polity) => Some((*c, last)),
            _ => None,
        })
    }

    /// Whether the longest gazetteer match starting at `tok` is that one token.
    fn one_token(&self, tok: usize) -> bool {
        self.at.get(tok).copied().flatten().is_some_and(|(_, last)| last == tok + 1)
    }

    /// Whether a place of the gazetteer, and nothing of another kind, is written at `tok` alone
    /// ("Vinh", not "Ho Chi Minh City").
    fn is_single_place(&self, cx: &Context<'_>, tok: usize) -> bool {
        let Some((ci, last)) = self.at.get(tok).copied().flatten() else { return false };
        let senses = &cx.candidates[ci].senses;
        last == tok + 1 && !senses.is_empty() && senses.iter().all(|s| matches!(s, Sense::Place(_)))
    }

    /// Whether the gazetteer knows the one token at `tok` as a place, maybe also as a person's
    /// name ("Hassan" is a town and a given name), and never as a country or a body.
    fn is_town_or_name(&self, cx: &Context<'_>, tok: usize) -> bool {
        let Some((ci, last)) = self.at.get(tok).copied().flatten() else { return false };
        let senses = &cx.candidates[ci].senses;
        last == tok + 1
            && senses.iter().any(|s| matches!(s, Sense::Place(_)))
            && senses.iter().all(|s| matches!(s, Sense::Place(_) | Sense::GivenName(_) | Sense::Surname(_)))
    }

    /// The organization of the gazetteer whose form starts at `tok`, with the token after it.
    fn org_at(&self, cx: &Context<'_>, tok: usize) -> Option<(u16, usize)> {
        let (ci, last) = self.at.get(tok).copied().flatten()?;
        cx.candidates[ci].senses.iter().find_map(|s| match s {
            Sense::Org(o) => Some((*o, last)),
            _ => None,
        })
    }

    fn title_at(&self, cx: &Context<'_>, tok: usize) -> Option<(TitleKind, usize)> {
        let (ci, last) = self.at.get(tok).copied().flatten()?;
        cx.candidates[ci].senses.iter().find_map(|s| match s {
            Sense::Title(k) => Some((*k, last)),
            _ => None,
        })
    }
}

/// Finds the mentions of actors. Mentions of countries may nest inside organizations' names.
///
/// Each kind of mention claims its tokens (`taken`) so that a later, weaker reading does not take
/// them again: organizations by pattern first (they may hold a country's name, which the
/// gazetteer still reads; a unit named with its force is cut in two, `unit`), then gazetteer names, places after a place word, acronyms in
/// parentheses, persons, and places after a locative preposition. [`tidy`] then drops the
/// readings a longer one contains.
pub fn recognise(cx: &Context<'_>) -> Vec<Mention> {
    let look = Lookup::new(cx);
    // organizations, services, persons and places after a preposition: one walk over the tokens
    // each, their looks around a token bounded by a window (the passes below count their scans)
    work(4 * cx.tokens.len());
    let mut taken = vec![false; cx.tokens.len()];
    // companies first: their legal form outweighs what their other words might read as
    let mut firms = companies(cx, &look);
    firms.extend(company::companies_by_noun(cx, &look, &firms));
    firms.sort_by_key(|m| m.start);
    claim(&mut taken, &firms);
    let mut orgs = split_units(cx, &look, organizations(cx, &look));
    orgs.retain(|m| !government_of_country(cx, &look, m));
    orgs.retain(|m| !taken[m.first..m.last].iter().any(|&t| t));
    claim(&mut taken, &orgs);
    orgs.extend(firms);
    let mut found = services(cx, &look, &taken);
    found.retain(|m| !government_of_country(cx, &look, m));
    claim(&mut taken, &found);
    orgs.extend(found);
    let mut out = gazetteer_mentions(cx, &look, &mut taken);
    out.extend(orgs);
    for m in places_by_head(cx, &look, &taken) {
        claim(&mut taken, std::slice::from_ref(&m));
        out.push(m);
    }
    // acronyms in parentheses come before persons, which read appositions
    acronyms_in_parentheses(cx, &look, &mut out);
    claim(&mut taken, &out);
    // (a town's word right after a title and before a surname may open the person's name)
    for x in towns_after_titles(cx, &look, &out) {
        taken[out[x].first..out[x].last].fill(false);
    }
    let found = persons(cx, &look, &taken, &out);
    // a country or town read as a middle name ("Atanasio Salvador M'tumuke") is the person's
    let mut in_person = vec![false; cx.tokens.len()];
    for m in &found {
        in_person[m.first..m.last].fill(true);
    }
    out.retain(|m| {
        !matches!(m.key, Key::Country(_) | Key::Place(_)) || !in_person[m.first..m.last].iter().all(|&x| x)
    });
    for m in found {
        claim(&mut taken, std::slice::from_ref(&m));
        out.push(m);
    }
    // an unknown name after "à", "près de", "near": a place ("à Tulle", "near Bergen")
    let places = places_by_preposition(cx, &look, &taken);
    claim(&mut taken, &places);
    out.extend(places);
    // unknown names listed with a known place ("at Gao, Ansongo and Ménaka")
    let listed = places_in_lists(cx, &look, &taken, &out);
    claim(&mut taken, &listed);
    out.extend(listed);
    // a name right after a group word ("le groupe rebelle X", "the militant group Y")
    let groups = group::groups_by_noun(cx, &look, &taken);
    claim(&mut taken, &groups);
    out.extend(groups);
    // names the rules missed, read by the learned name tagger (English)
    let mut learned = learned::learned_names(cx, &look, &taken, &out);
    learned.retain(|m| !matches!(m.key, Key::Org(_)) || !government_of_country(cx, &look, m));
    person::learned_persons_sides(cx, &look, &out, &mut learned);
    // a place inside a body's name the tagger read ("Harwick" in "Harwick Stock Exchange"), or
    // inside a person's name with a particle of filiation ("Hama Ould Sidi"), is part of that name
    let mut in_learned_org = vec![false; cx.tokens.len()];
    for m in learned.iter().filter(|m| matches!(m.key, Key::Org(_) | Key::Person(_))) {
        in_learned_org[m.first..m.last].fill(true);
    }
    out.retain(|m| !matches!(m.key, Key::Place(_)) || !in_learned_org[m.first..m.last].iter().all(|&x| x));
    out.extend(learned);
    acronym::spelt_acronyms(cx, &mut out);
    place::countries_after_comma(cx, &mut out);
    place::places_inside_persons_names(cx, &mut out);
    country::halves_of_divided_countries(cx, &mut out);
    distribute::distribute_nationalities(cx, &mut out);
    capitals_as_governments(cx, &mut out);
    group::alliance_stand_ins(cx, &mut out);
    owner::bodies_of_this_country(cx, &mut out);
    owner::persons_of_a_body_after(cx, &mut out);
    owner::ministry_anaphors(cx, &mut out);
    tidy(cx, out)
}

/// Whether the one-word place or country at `i..last` is the surname of a person whose given name
/// stands right before it ("spokesperson Cesar Santiago", "Ana Lima said"): a capitalised given
/// name with no place sense of its own, untaken, in the same sentence, that is no function word.
fn surname_after_given_name(cx: &Context<'_>, look: &Lookup, taken: &[bool], i: usize, last: usize) -> bool {
    if last != i + 1 || i == 0 || taken[i - 1] || cx.sentence_start_of(i) == i || !cx.tokens[i].cap {
        return false;
    }
    let prev = &cx.tokens[i - 1];
    let senses = look.senses(cx, i - 1);
    let given = senses.iter().any(|s| matches!(s, Sense::GivenName(_)));
    let place = senses.iter().any(|s| matches!(s, Sense::Country(..) | Sense::Place(_) | Sense::Org(_)));
    // (a function word of the text's language that is also a given name, French "Les" of "Les
    // Comores", names no one)
    let function_word = cx.lex.name_stops.contains(&prev.key.as_str());
    // (nor a day or a month that is also a given name: "On Tuesday Kenya…", "In May Chile…")
    let calendar =
        crate::lang::month_of(&prev.key).is_some() || crate::lang::weekday_name(&prev.key).is_some();
    prev.cap && prev.kind == TokenKind::Word && given && !place && !function_word && !calendar
}

/// Whether the body of mention `m` is a country's government named by its country alone ("the
/// Government of Estria", "the Estrian Government", "le gouvernement du Norland"): the country
/// itself, which its own mention inside names (as a capital standing for its government is).
fn government_of_country(cx: &Context<'_>, look: &Lookup, m: &Mention) -> bool {
    let (mut j, mut countries, mut heads) = (m.first, 0, 0);
    while j < m.last {
        // (the form of state first: "Kingdom" alone may stand for its country)
        if cx.tokens[j].is(crate::lang::GOVERNMENT_WORDS.of(cx.lang)) {
            heads += 1;
            j += 1;
        } else if let Some((_, after)) = look.country_at(cx, j).filter(|&(_, a)| a <= m.last) {
            countries += 1;
            j = after;
        } else if cx.tokens[j].is(&["of", "the", "de", "du", "d'", "la", "l'"]) {
            j += 1;
        } else {
            return false;
        }
    }
    countries == 1 && heads == 1
}

/// Marks the tokens of `mentions` as taken.
fn claim(taken: &mut [bool], mentions: &[Mention]) {
    for m in mentions {
        work(1 + m.last - m.first);
        for t in &mut taken[m.first..m.last] {
            *t = true;
        }
    }
}

/// Gazetteer matches, longest first at each token. Countries and known organizations also count
/// inside a longer organization's name (and then claim no token); other senses only outside one.
fn gazetteer_mentions(cx: &Context<'_>, look: &Lookup, taken: &mut [bool]) -> Vec<Mention> {
    let n = cx.tokens.len();
    work(n);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let Some((ci, last)) = look.at[i] else {
            i += 1;
            continue;
        };
        let c = &cx.candidates[ci];
        work(1 + last - i);
        if surname_after_given_name(cx, look, taken, i, last) || in_region_demonym(cx, i) {
            i += 1;
            continue;
        }
        if let Some(m) = gazetteer_mention(cx, look, c, i, last) {
            let nested = taken[i..last].iter().any(|&t| t);
            let keep = match m.key {
                // (a country's word inside a longer place is the place's: "Forces of the Zone of
                // the Océan Indien" names no India, even where a body's name took the place)
                Key::Country(_) => !look.in_place[i],
                Key::Org(_) => true,
                _ => !nested,
            };
            if keep {
                if !nested {
                    for t in &mut taken[i..last] {
                        *t = true;
                    }
                }
                if matches!(m.key, Key::Org(_)) && last - i > 1 {
                    out.extend(countries_inside(cx, i, last, m.country.is_none()));
                    out.extend(m.org.as_deref().and_then(|p| country::parent_inside(cx, i, last, p)));
                }
                out.push(m);
                i = last;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether the name at token `i` ends a region's demonym ("latino-américains", "Latin American",
/// "sud-américaine", "Central American"): a region's people, not the country's. A country whose
/// name holds the region word ("South Africa") is read whole, so it never starts here.
fn in_region_demonym(cx: &Context<'_>, i: usize) -> bool {
    const REGIONS: &[&str] =
        &["latino", "latin", "sud", "south", "nord", "north", "centre", "central", "pan", "afro", "anglo"];
    let hyphen = i >= 2 && cx.is_punct(i - 1, "-") && REGIONS.contains(&cx.key(i - 2));
    let spaced = i >= 1 && REGIONS.contains(&cx.key(i - 1)) && cx.tokens[i - 1].cap && cx.tokens[i].cap;
    hyphen || spaced
}

/// The mentions in text order, without those a longer reading contains: a name never runs across
/// a line break (a headline into its byline), ship names are not organizations, an organization
/// by pattern that repeats part of a longer organization's name is not one, and a mention inside
/// a longer mention of the same thing is that mention.
fn tidy(cx: &Context<'_>, mut out: Vec<Mention>) -> Vec<Mention> {
    work(4 * out.len());
    out.retain(|m| {
        work(m.last - m.first);
        !cx.tokens.get(m.first + 1..m.last).unwrap_or_default().iter().any(|t| t.line_start)
    });
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    drop_ship_names(cx, &mut out);
    exercise::drop_exercise_names(cx, &mut out);
    // "Baltic Naval" inside "Baltic Naval Academy"; "Defence Force" inside "People's Defence Force"
    let partial = contained_org_heads(&out);
    // a name cut at a possessive ("…Council of the People" before "'s Defence Force") that
    // overlaps a known organization
    let gazetteer_orgs: Vec<(usize, usize)> =
        out.iter().filter(|m| m.rule == "gazetteer-org").map(|m| (m.start, m.end)).collect();
    let reach: Vec<usize> = gazetteer_orgs
        .iter()
        .scan(0, |far, &(_, e)| {
            *far = e.max(*far);
            Some(*far)
        })
        .collect();
    let cut = |m: &Mention| {
        m.rule == "org-head"
            && (cx.key(m.last) == "'s" || cx.is_punct(m.last, "'") && cx.key(m.last + 1) == "s")
            && overlaps_other(&gazetteer_orgs, &reach, m.start, m.end)
    };
    // a body read by its head word from inside a known body's name and running past it
    // ("armée populaire estrienne" read over a known "Garde armée populaire" and "estrienne"): the
    // known body and its country's demonym
    let tail = |m: &Mention| {
        let at = gazetteer_orgs.partition_point(|&(b, _)| b < m.start);
        m.rule != "gazetteer-org"
            && matches!(m.key, Key::Org(_))
            && at > 0
            && gazetteer_orgs[at - 1].1 > m.start
            && gazetteer_orgs[at - 1].1 < m.end
    };
    let mut index = 0;
    out.retain(|m| {
        index += 1;
        !partial[index - 1] && !cut(m) && !tail(m)
    });
    // "Oman's Royal Navy": a body the gazetteer knows by the same words as another country's
    // body read by pattern at the same place is that other body
    let mut pattern_country: HashMap<(usize, usize), u16> = HashMap::new();
    for m in out.iter().filter(|m| m.rule != "gazetteer-org" && matches!(m.key, Key::Org(_))) {
        if let Some(c) = m.country {
            pattern_country.insert((m.start, m.end), c);
        }
    }
    out.retain(|m| {
        m.rule != "gazetteer-org"
            || pattern_country.get(&(m.start, m.end)).is_none_or(|&c| m.country.is_none_or(|g| g == c))
    });
    // "manœuvres baptisées « Tabuk 4 »": a place of the quoted name is no place of the story
    out.retain(|m| !(matches!(m.key, Key::Place(_)) && cx.given_a_quoted_name(m.first)));
    // "the Russian Federation": a country's own name read as a body by its head word is the country
    let country_spans: std::collections::HashSet<(usize, usize)> =
        out.iter().filter(|m| matches!(m.key, Key::Country(_))).map(|m| (m.start, m.end)).collect();
    out.retain(|m| !(matches!(m.key, Key::Org(_)) && country_spans.contains(&(m.start, m.end))));
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    for m in out {
        // the same thing inside a longer reading, or any name inside a place named by its head
        // ("Oman" in "Sea of Oman", "Guinée" in "golfe de Guinée")
        // a known body of another country inside a body's name ("Royal Navy" in "Bahraini Royal
        // Navy") is part of that name, not a mention of its own
        let foreign_body = |k: &Mention| {
            matches!((&k.key, &m.key), (Key::Org(_), Key::Org(_)))
                && (k.start, k.end) != (m.start, m.end)
                && matches!((k.country, m.country), (Some(a), Some(b)) if a != b)
        };
        let inside = kept.iter().rev().take(4).any(|k| {
            k.start <= m.start
                && m.end <= k.end
                && (k.key == m.key
                    || k.rule == "place-head" && (k.start, k.end) != (m.start, m.end)
                    || foreign_body(k)
                    // a town closing a person's name ("Vinh" in "Nguyen Chi Vinh")
                    || matches!((&k.key, &m.key), (Key::Person(_), Key::Place(_))) && m.end == k.end && m.start > k.start)
        });
        if inside {
            continue;
        }
        // "US State Department" read by pattern around the known "State Department" of that
        // country, both ending on the same word: one body, known by the gazetteer's key
        let known_tail = |k: &Mention| {
            m.rule == "gazetteer-org"
                && k.rule != "gazetteer-org"
                && matches!((&k.key, &m.key), (Key::Org(_), Key::Org(_)))
                && k.start < m.start
                && k.end == m.end
                && k.country.is_some()
                && k.country == m.country
        };
        if let Some(k) = kept.iter_mut().rev().take(4).find(|k| known_tail(k)) {
            k.key = m.key;
            continue;
        }
        // one body read twice over the same words, by the gazetteer and by its head word
        // ("Forces armées royales" known, then "… thaïlandaises" after it): one mention, under
        // the gazetteer's key
        let twin = |k: &Mention| {
            matches!((&k.key, &m.key), (Key::Org(_), Key::Org(_)))
                && (k.start, k.end) == (m.start, m.end)
                && (k.country == m.country || k.country.is_none() || m.country.is_none())
        };
        if let Some(k) = kept.iter_mut().rev().take(4).find(|k| twin(k)) {
            if m.rule == "gazetteer-org" && k.rule != "gazetteer-org" {
                *k = m;
            }
            continue;
        }
        kept.push(m);
    }
    kept
}

/// For each mention (sorted by start, longer first), whether it is an organization read by its
/// head or a media name that repeats part of a longer organization's name: another organization
/// starting where it starts and ending later, or a gazetteer organization that contains it and
/// starts before it.
///
/// One pass: the longest organization starting at each byte, and the furthest end of the
/// gazetteer organizations started so far (a scan of every organization for every mention was
/// quadratic in one long document).
fn contained_org_heads(out: &[Mention]) -> Vec<bool> {
    let mut longest: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for m in out.iter().filter(|m| matches!(m.key, Key::Org(_))) {
        let end = longest.entry(m.start).or_insert(m.end);
        *end = (*end).max(m.end);
    }
    let gazetteer: Vec<&Mention> = out.iter().filter(|m| m.rule == "gazetteer-org").collect();
    work(2 * out.len() + gazetteer.len());
    let (mut next, mut reach) = (0, None::<usize>);
    out.iter()
        .map(|m| {
            while next < gazetteer.len() && gazetteer[next].start < m.start {
                reach = reach.max(Some(gazetteer[next].end));
                next += 1;
            }
            matches!(m.rule, "org-head" | "media-name")
                && (longest.get(&m.start).is_some_and(|&e| e > m.end) || reach.is_some_and(|e| e >= m.end))
        })
        .collect()
}

/// Whether a span of `spans` (sorted by start; `reach[i]` the furthest end of `spans[..=i]`) other
/// than `start..end` itself overlaps it: binary search to the spans starting before `end`, then a
/// look at those starting inside it and at the furthest reach of those before it.
fn overlaps_other(spans: &[(usize, usize)], reach: &[usize], start: usize, end: usize) -> bool {
    let before = spans.partition_point(|&(s, _)| s < start);
    let inside = spans.partition_point(|&(s, _)| s < end);
    work(2 * (usize::BITS - spans.len().leading_zeros()) as usize + inside - before);
    spans[before..inside].iter().any(|&span| span != (start, end)) || before > 0 && reach[before - 1] > start
}
