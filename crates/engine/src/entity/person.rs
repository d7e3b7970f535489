//! Persons: a run of capitalised name words opened by a known given name, a title or a role
//! noun, or an apposition; with the country the title or the context gives them.

use super::organization::is_domain;
use super::{Context, Key, Lookup, Mention};
use crate::analysis::EventType;
use crate::analysis::Lang;
use crate::gazetteer::Sense;
use crate::lang::{lexicon, month_of, weekday_name, FACILITY_WORDS, ROLE_NOUNS, ROLE_PLURALS};
use crate::text::fold;
use crate::text::{Token, TokenKind};
use std::collections::HashMap;
use std::collections::HashSet;

/// Whether a token may belong to a name: a capitalised word.
pub(super) fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.cap
}

/// The origin (index into the gazetteer's origins) of the given name at `tok`, if it is one.
pub(super) fn given_name(look: &Lookup, cx: &Context<'_>, tok: usize) -> Option<u8> {
    look.senses(cx, tok).iter().find_map(|s| match s {
        Sense::GivenName(o) => Some(*o),
        _ => None,
    })
}

/// The origin of the surname at `tok`, for names written family name first ("Li Wei").
pub(super) fn surname_first(look: &Lookup, cx: &Context<'_>, tok: usize) -> Option<u8> {
    look.senses(cx, tok).iter().find_map(|s| match s {
        Sense::Surname(o) => Some(*o),
        _ => None,
    })
}

/// Whether a person's name starts at `tok`: a known given name or surname followed by another
/// capitalised word.
pub(super) fn is_person_start(cx: &Context<'_>, look: &Lookup, tok: usize) -> bool {
    let next_cap = cx.tokens.get(tok + 1).is_some_and(|t| t.kind == TokenKind::Word && t.cap);
    next_cap && (given_name(look, cx, tok).is_some() || surname_first(look, cx, tok).is_some())
}

/// The capitalised name starting at `tok`: 1–4 name words, hyphens and particles inside.
pub(super) fn name_span(cx: &Context<'_>, look: &Lookup, taken: &[bool], tok: usize) -> usize {
    let n = cx.tokens.len();
    let mut j = tok;
    while j < n && j - tok < 7 {
        let t = &cx.tokens[j];
        // "Bah N'Daw", "Jean-Yves Le Drian": a capitalised particle inside a name
        if j > tok && inner_particle(cx, look, taken, j) {
            j += 1;
            continue;
        }
        if taken[j] || !is_name_word(t) || cx.lex.name_stops.contains(&t.key.as_str()) && j > tok {
            break;
        }
        if j > tok && (look.country_at(cx, j).is_some() || look.title_at(cx, j).is_some()) {
            break;
        }
        j += 1;
        // a middle initial: "Harsh V. Pant"
        if j > tok + 1
            && t.key.chars().count() == 1
            && cx.is_punct(j, ".")
            && cx.tokens.get(j + 1).is_some_and(|x| is_name_word(x) && !taken[j + 1])
        {
            j += 1;
            continue;
        }
        // "Jean-Yves", and the glued lowercase syllable of Korean names ("Shin Won-sik")
        let glued = |k: usize| cx.tokens[k].start == cx.tokens[k - 1].end;
        let hyphen = cx.is_punct(j, "-")
            && j + 1 < n
            && !taken[j + 1]
            && (is_name_word(&cx.tokens[j + 1])
                || cx.tokens[j + 1].kind == TokenKind::Word
                    && glued(j)
                    && glued(j + 1)
                    && cx.tokens[j + 1].key.len() <= 6);
        let particle = j + 1 < n && NAME_PARTICLES.contains(&cx.key(j)) && is_name_word(&cx.tokens[j + 1]);
        if hyphen && !cx.tokens[j + 1].cap {
            j += 2; // the syllable itself, which the loop would refuse
        } else if hyphen || particle {
            j += 1;
        }
    }
    j
}

/// The mentions found before persons, indexed by position so that the scans around each name
/// candidate read only the mentions near it: finding persons stays linear in the document instead
/// of reading every mention found so far for each candidate.
pub(super) struct Found<'m> {
    mentions: &'m [Mention],
    /// Indices of `mentions` by start offset.
    by_start: Vec<usize>,
    /// Indices of the organizations by start offset, and the longest one's length in bytes.
    orgs: Vec<usize>,
    org_len: usize,
    /// Whether each token lies inside an organization's name.
    in_org: Vec<bool>,
}

impl<'m> Found<'m> {
    pub(super) fn new(mentions: &'m [Mention], tokens: usize) -> Found<'m> {
        let mut by_start: Vec<usize> = (0..mentions.len()).collect();
        by_start.sort_by_key(|&i| (mentions[i].start, i));
        let orgs: Vec<usize> =
            by_start.iter().copied().filter(|&i| matches!(mentions[i].key, Key::Org(_))).collect();
        let org_len =
            orgs.iter().map(|&i| mentions[i].end.saturating_sub(mentions[i].start)).max().unwrap_or(0);
        let mut in_org = vec![false; tokens];
        for &i in &orgs {
            let m = &mentions[i];
            for t in in_org.iter_mut().take(m.last.min(tokens)).skip(m.first) {
                *t = true;
            }
        }
        Found { mentions, by_start, orgs, org_len, in_org }
    }

    /// The mentions starting in `from..=to` (byte offsets), in the order they were found.
    fn starting_in(&self, from: usize, to: usize) -> Vec<&'m Mention> {
        let lo = self.by_start.partition_point(|&i| self.mentions[i].start < from);
        let hi = self.by_start.partition_point(|&i| self.mentions[i].start <= to);
        let mut near: Vec<usize> = self.by_start[lo..hi.max(lo)].to_vec();
        near.sort_unstable();
        near.into_iter().map(|i| &self.mentions[i]).collect()
    }

    /// The country of the last country mention before byte `at` among the few mentions before
    /// it (the country "the country" stands for).
    fn country_before(&self, at: usize) -> Option<u16> {
        let hi = self.by_start.partition_point(|&i| self.mentions[i].start < at);
        self.by_start[..hi].iter().rev().take(24).find_map(|&i| match self.mentions[i].key {
            Key::Country(c) => Some(c),
            _ => None,
        })
    }

    /// Whether token `k` lies inside an organization's name.
    fn inside_org(&self, k: usize) -> bool {
        self.in_org.get(k).copied().unwrap_or(false)
    }

    /// Whether an organization's name holds the bytes `start..end`.
    fn org_holds(&self, start: usize, end: usize) -> bool {
        let lo = self.orgs.partition_point(|&i| self.mentions[i].start < start.saturating_sub(self.org_len));
        self.orgs[lo..]
            .iter()
            .map(|&i| &self.mentions[i])
            .take_while(|o| o.start <= start)
            .any(|o| end <= o.end)
    }
}

/// Lower-case particles between the words of one name, in any language ("Abdullah bin Zayed",
/// "Silva e Luna", "Santos dos Reis").
const NAME_PARTICLES: &[&str] = &[
    "bin", "ben", "bint", "ibn", "abu", "al", "el", "van", "von", "der", "da", "di", "e", "dos", "das", "do",
];

/// Whether the token at `j` is a capitalised particle that continues the name before it: "Le" or
/// "La" before another name word ("Le Drian"), or an elided "N'"/"D'"/"O'" glued to one ("N'Daw").
fn inner_particle(cx: &Context<'_>, look: &Lookup, taken: &[bool], j: usize) -> bool {
    let t = &cx.tokens[j];
    let Some(next) = cx.tokens.get(j + 1) else { return false };
    if taken[j] || taken[j + 1] || !t.cap || !is_name_word(next) || next.line_start {
        return false;
    }
    if look.country_at(cx, j + 1).is_some() || look.title_at(cx, j + 1).is_some() {
        return false;
    }
    let elided = t.key.chars().count() == 2 && t.key.ends_with('\'') && next.start == t.end;
    elided || matches!(t.key.as_str(), "le" | "la") && next.kind == TokenKind::Word
}

/// A title phrase ending right before `tok` ("la ministre belge des Affaires étrangères", "President"), with
/// the title's start, the country and the organization it names.
pub(super) fn title_before(
    cx: &Context<'_>,
    look: &Lookup,
    mentions: &Found<'_>,
    tok: usize,
) -> Option<(usize, Option<u16>, Option<String>)> {
    let sent = cx.sentence_start_of(tok);
    let lo = tok.saturating_sub(12).max(sent);
    let mut k = tok;
    let mut commas = 0;
    while k > lo {
        k -= 1;
        if cx.is_punct(k, ",") {
            commas += 1;
            if commas > 1 {
                return None;
            }
            continue;
        }
        if cx.tokens[k].kind == TokenKind::Punct && !cx.is_punct(k, "-") && !cx.is_punct(k, ".") {
            return None;
        }
        if let Some((_, after)) = look.title_at(cx, k) {
            if after > tok {
                continue;
            }
            // "l'ambassadeur de France à Norlande, M. Paul Garnier", "the Minister of Defence of
            // Estria, Mr. Ivo Tamm", "Estria's Chief of Naval Staff, Admiral Ivo Tamm": a civil
            // title or a rank after a comma, its country in the title right before
            // (over a run of ranks, "Colonel General", and a determiner, ", le général X")
            let mut k0 = k;
            while k0 > lo && look.title_at(cx, k0 - 1).is_some_and(|(_, a)| a >= k0 && a <= tok) {
                k0 -= 1;
            }
            let det = k0 >= 3 && cx.tokens[k0 - 1].is(&["le", "la", "l'", "the"]);
            let comma = if det { k0 - 2 } else { k0.saturating_sub(1) };
            if k0 >= 2 && cx.is_punct(comma, ",") {
                if let Some((j, country, org)) = title_before(cx, look, mentions, comma) {
                    if country.is_some() || org.is_some() {
                        return Some((k0, country, org));
                    }
                    // "the country's Chief of Naval Staff, Admiral X": the title before holds
                    // the country as "the country", which the caller reads from its start
                    if country_anaphor(cx, j, comma) {
                        return Some((j, None, None));
                    }
                }
            }
            // a longer title ending here: "Premier ministre", "vice-président"
            let mut k = k;
            while k > lo && look.title_at(cx, k - 1).is_some_and(|(_, a)| a > k && a <= tok) {
                k -= 1;
            }
            if k > lo + 1 && cx.is_punct(k - 1, "-") && look.title_at(cx, k - 2).is_some() {
                k -= 2;
            }
            // country and organization named between the title and the name, or just before the
            // title ("Russian President", "Chinese Defense Minister")
            let mut from = k;
            let cap_word = |j: usize| cx.tokens[j].cap && cx.tokens[j].kind == TokenKind::Word;
            // over a body's name, connectors included ("Ministry of External Affairs spokesperson")
            // and over a first title joined by "and" ("Deputy Prime Minister and Defence
            // Minister X": the country before the first is the person's)
            let titled = |j: usize| {
                (j.saturating_sub(3)..=j).any(|q| look.title_at(cx, q).is_some_and(|(_, a)| a > j))
            };
            while from > sent
                && k - from < 7
                && (cap_word(from - 1)
                    || cx.is_punct(from - 1, ".")
                    || from >= sent + 2 && cx.is_punct(from - 1, "-") && cap_word(from - 2)
                    || from >= sent + 2 && matches!(cx.key(from - 1), "of" | "for") && cap_word(from - 2)
                    || from >= sent + 2 && cx.key(from - 1) == "and" && titled(from - 2))
            {
                from -= 1;
            }
            // a title in apposition to a role and its country: "Pakistan's army chief, General X",
            // "the Kenyan navy commander, Rear Admiral Y"
            if from >= sent + 2 && cx.is_punct(from - 1, ",") {
                let p = role_words_start(cx, from - 1, sent);
                let role =
                    (p..from - 1).any(|j| look.title_at(cx, j).is_some() || ROLE_NOUNS.contains(cx.key(j)));
                if role && p < from - 1 {
                    if p >= sent + 3
                        && cx.key(p - 1) == "s"
                        && cx.is_punct(p - 2, "'")
                        && cx.tokens[p - 3].cap
                    {
                        from = p - 3;
                    } else if p > sent && look.country_at(cx, p - 1).is_some() {
                        from = p - 1;
                    }
                }
            }
            // a possessive country before the title: "Colombia's defense minister"
            let mut p = from;
            // over the title's own lowercase words ("defense" in "defense minister")
            while p > sent
                && from - p < 2
                && !cx.tokens[p - 1].cap
                && cx.key(p - 1) != "s"
                && cx.tokens[p - 1].kind == TokenKind::Word
            {
                p -= 1;
            }
            if from == k
                && p >= sent + 3
                && cx.key(p - 1) == "s"
                && cx.is_punct(p - 2, "'")
                && cx.tokens[p - 3].cap
            {
                from = p - 3;
                while from > sent && k - from < 6 && cx.tokens[from - 1].cap {
                    from -= 1;
                }
            }
            let (s, e) = (cx.tokens[from].start, cx.tokens[tok].start);
            let mut country = None;
            let mut org = None;
            for m in mentions.starting_in(s, e).into_iter().filter(|m| m.end <= e) {
                match &m.key {
                    Key::Country(c) => country = country.or(Some(*c)),
                    Key::Org(o) => {
                        org = org.or(Some(o.clone()));
                        country = country.or(m.country);
                    }
                    _ => {}
                }
            }
            return Some((k, country, org));
        }
        // a country's name, or a word inside one ("Lanka" in "to Sri Lanka")
        if (k.saturating_sub(3)..=k).any(|j| look.country_at(cx, j).is_some_and(|(_, after)| after > k)) {
            continue;
        }
        // words inside a title phrase are lowercase, connectors, or part of an organization's name
        let inside_org = mentions.inside_org(k);
        let after_connector = k > 0
            && matches!(
                cx.key(k - 1),
                "de" | "la" | "l'" | "des" | "du" | "d'" | "et" | "of" | "for" | "aux" | "au" | "a"
            );
        // a word inside a longer title ("Staff" in "Chief of Naval Staff")
        let in_title = (k.saturating_sub(6)..k).any(|j| look.title_at(cx, j).is_some_and(|(_, a)| a > k));
        if cx.tokens[k].cap && !inside_org && !after_connector && !in_title {
            return None;
        }
    }
    None
}

/// The start of the lowercase words of a role ending right before `end` ("army chief", "armed
/// forces commander"): at most three, within the sentence from `sent`, stopping at a possessive's
/// "s" and at a function word.
fn role_words_start(cx: &Context<'_>, end: usize, sent: usize) -> usize {
    let mut p = end;
    while p > sent
        && end - p < 3
        && !cx.tokens[p - 1].cap
        && cx.tokens[p - 1].kind == TokenKind::Word
        && cx.key(p - 1) != "s"
        && !cx.lex.name_stops.contains(&cx.key(p - 1))
    {
        p -= 1;
    }
    p
}

/// A lowercase role noun with its country right before a name, which no title of the gazetteer
/// reads: "Norlandic army chief Ivo Tamm", "Estria's navy commander Ada Eze". The role's start and
/// its country; `None` without a country (a bare "analyst Ivo Tamm" says nothing of a side).
fn role_before(cx: &Context<'_>, look: &Lookup, tok: usize) -> Option<(usize, Option<u16>, Option<String>)> {
    let sent = cx.sentence_start_of(tok);
    if tok < sent + 2 || cx.tokens[tok - 1].cap || !ROLE_NOUNS.contains(cx.key(tok - 1)) {
        return None;
    }
    // over the role's own lowercase words ("armed forces" in "armed forces chief")
    let p = role_words_start(cx, tok - 1, sent);
    // a demonym or a country's name right before, or its possessive ("Estria's")
    let possessive = p >= sent + 3 && cx.key(p - 1) == "s" && cx.is_punct(p - 2, "'");
    let end = if possessive { p - 2 } else { p };
    let (q, c) = (end.saturating_sub(3).max(sent)..end)
        .find_map(|q| look.country_at(cx, q).filter(|&(_, after)| after == end).map(|(c, _)| (q, c)))?;
    Some((q, Some(c), None))
}

/// An apposition right after a name: ", une analyste navale norvégienne," / ", secretary of …".
pub(super) fn apposition_after(
    cx: &Context<'_>,
    look: &Lookup,
    mentions: &Found<'_>,
    end: usize,
) -> Option<(bool, Option<u16>, Option<String>)> {
    if !cx.is_punct(end, ",") {
        return None;
    }
    let stop = cx.sentence_end_of(end).min(end + 16);
    let mut role = false;
    let mut country = None;
    let mut org = None;
    let mut k = end + 1;
    while k < stop && !cx.is_punct(k, ",") && !cx.is_punct(k, ".") {
        let w = cx.key(k);
        // the role opens the apposition: ", une analyste navale", ", secretary of…"
        // (after an article the role may come later: ", a senior Jordanian Navy officer")
        // (only "a"/"un": ", the Army Commander Gen. X" is the next item of a list)
        let reach = if cx.tokens.get(end + 1).is_some_and(|t| t.is(&["a", "an", "another", "un", "une"])) {
            6
        } else {
            3
        };
        if k <= end + 3 && look.title_at(cx, k).is_some() || k <= end + reach && ROLE_NOUNS.contains(w) {
            role = true;
        }
        k += 1;
    }
    let (s, e) = (cx.tokens[end].start, cx.tokens.get(k).map(|t| t.start).unwrap_or(cx.text.len()));
    if !role {
        return Some((false, None, None));
    }
    let inside: Vec<&Mention> = mentions.starting_in(s, e).into_iter().filter(|m| m.start < e).collect();
    for m in &inside {
        match &m.key {
            // a country named inside the organization's name is not the person's
            Key::Country(c) if !mentions.org_holds(m.start, m.end) => country = country.or(Some(*c)),
            Key::Org(o) => {
                org = org.or(Some(o.clone()));
                country = country.or(m.country);
            }
            _ => {}
        }
    }
    Some((role, country, org))
}

/// Persons: a given name or surname-first family name followed by another name word, a name after
/// a title, or a name with an apposition of role; then surname-only mentions of persons found.
///
/// Reads the tokens left untaken by the earlier recognisers, the titles and appositions around
/// each run of name words ([`name_span`]), and the mentions found so far (`found`: a title may
/// name an organization already found). A run that names an exercise or holds a known country,
/// place or organization is no person; a run ending with a facility word is a place.
pub(super) fn persons(cx: &Context<'_>, look: &Lookup, taken: &[bool], found: &[Mention]) -> Vec<Mention> {
    let n = cx.tokens.len();
    let mut out: Vec<Mention> = Vec::new();
    let mut taken = taken.to_vec();
    let named = &named_countries(cx);
    let near = Found::new(found, n);
    let lower: HashSet<&str> =
        cx.tokens.iter().filter(|t| t.kind == TokenKind::Word && !t.cap).map(|t| t.key.as_str()).collect();
    let mut i = 0;
    while i < n {
        let t = &cx.tokens[i];
        // a word inside a longer title ("Commissioner" in "High Commissioner") opens no name
        let in_title =
            (i.saturating_sub(3)..i).any(|k| look.title_at(cx, k).is_some_and(|(_, after)| after > i));
        if taken[i]
            || !is_name_word(t)
            || t.upper && t.key.len() <= 3
            || look.title_at(cx, i).is_some()
            || in_title
        {
            i += 1;
            continue;
        }
        // "secrétaire à la Santé Anna Berg": a ministry's domain never opens a name, nor
        // does a capitalised function word ("Pour Paul Martin, …")
        if is_domain(&t.key)
            || matches!(t.key.as_str(), "armees" | "etrangeres" | "nationale" | "exterieures")
            || cx.lex.name_stops.contains(&t.key.as_str())
        {
            i += 1;
            continue;
        }
        let end = name_span(cx, look, &taken, i);
        if end == i {
            i += 1;
            continue;
        }
        // "Intérieur Marta Kowalska": capitalised title words before a known given name
        let after_de = i > 0 && matches!(cx.key(i - 1), "de" | "du" | "la" | "l'" | "des" | "d'" | "of");
        if after_de && given_name(look, cx, i).is_none() && surname_first(look, cx, i).is_none() {
            if let Some(k) = (i + 1..end).find(|&k| {
                (given_name(look, cx, k).is_some() || surname_first(look, cx, k).is_some()) && k + 1 < end
            }) {
                i = k;
                continue;
            }
        }
        let words = end - i - (i..end).filter(|&k| cx.tokens[k].kind == TokenKind::Punct).count();
        let sentence_initial = i == cx.sentence_start_of(i) || t.line_start;
        let given = given_name(look, cx, i).is_some() && words >= 2;
        let surname = surname_first(look, cx, i).is_some() && (2..=3).contains(&words);
        let title = title_before(cx, look, &near, i).or_else(|| role_before(cx, look, i));
        let apposition = apposition_after(cx, look, &near, end);
        let appos_role = apposition.as_ref().is_some_and(|a| a.0) && words >= 2;
        let known_word = known_word(cx, look, i, end);
        // "secrétaire d'Etat", "ministre des Finances": a capitalised word after a connector is the title's
        let after_connector = i > 0 && is_connector(cx.key(i - 1));
        // a headline in title case capitalises its verbs: "Army Chief Tours Malawi" names no
        // one after the title unless a known name follows
        let headline = cx.headline[i] && !given && !surname;
        let lone = words < 2 && (sentence_initial || after_connector);
        let title_ok = title.is_some() && !lone && !headline;
        let exercise_name = names_exercise(cx, end);
        // "Dunmore Firing Range", "Hartley Air Base": a facility, not a person
        let facility = !exercise_name
            && words >= 2
            && FACILITY_WORDS.contains(cx.key(end - 1))
            && cx.tokens[end - 1].cap;
        if facility {
            out.push(facility_mention(cx, i, end));
            for t in &mut taken[i..end] {
                *t = true;
            }
            i = end;
            continue;
        }
        // "Wednesday", "March": calendar words are never persons
        let calendar = words == 1 && (month_of(&t.key).is_some() || weekday_name(&t.key).is_some());
        // "la Seconde Guerre mondiale", "the Cold War": a war, whatever the first word
        let war = (i..end).any(|k| WAR_WORDS.contains(&cx.key(k)));
        // "Minister of National Defence", "ministre des Forces armées": capitalised words after a
        // title's connector are its domain, unless they hold a known name
        let domain_link = |k: usize| matches!(cx.key(k), "of" | "for" | "de" | "du" | "des" | "d'");
        // ("Commander of the National Guard": over "the" too)
        let domain = i > 0
            && (domain_link(i - 1) || i > 1 && cx.key(i - 1) == "the" && domain_link(i - 2))
            && !given
            && !surname;
        // "Central Directors", "Department Heads": a group of people, no one person
        let group = (i..end).any(|k| ROLE_PLURALS.contains(cx.key(k)));
        // a body's word ("Armed Forces", "Forces Commanders") or a lone letter ("M." for
        // Monsieur) names no one
        let body_word = (i..end).any(|k| cx.lex.org_heads.contains(&cx.key(k)));
        let letter = words == 1 && t.key.chars().count() == 1;
        // "Minister for Defence, National Security and Immigration": capitalised words that the
        // text also writes in lowercase are a domain or a common phrase, not a name, unless a
        // known given name or surname opens them
        let common = words >= 2
            && !given
            && !surname
            && (i..end).all(|k| cx.tokens[k].kind != TokenKind::Word || lower.contains(cx.key(k)));
        let is_person = (given || surname || appos_role || title_ok)
            && !calendar
            && !war
            && !exercise_name
            && !known_word
            && !domain
            && !body_word
            && !letter
            && !common
            && !group
            && !(sentence_initial && words == 1 && title.is_none());
        if !is_person {
            i = end.max(i + 1);
            continue;
        }
        let title = if title_ok { title } else { None };
        let anaphor = title.as_ref().is_some_and(|&(k, _, _)| country_anaphor(cx, k, i));
        let mut m = person_mention(cx, look, (i, end), (given, surname), title, apposition, named);
        if m.country.is_none() && anaphor {
            m.country = near.country_before(cx.tokens[i].start);
        }
        out.push(m);
        for t in &mut taken[i..end] {
            *t = true;
        }
        i = end;
    }
    out.extend(surname_mentions(cx, &taken, &out));
    out
}

/// Words naming a war or an upheaval: a capitalised run holding one is no person ("Seconde
/// Guerre mondiale", "Cold War").
const WAR_WORDS: &[&str] = &["guerre", "war", "revolution", "crise", "crisis"];

/// The countries the gazetteer found in the text, by index: a person's origin is one of them.
fn named_countries(cx: &Context<'_>) -> Vec<u16> {
    let mut named: Vec<u16> = cx
        .candidates
        .iter()
        .flat_map(|c| c.senses.iter())
        .filter_map(|s| match s {
            Sense::Country(c, _) => Some(*c),
            _ => None,
        })
        .collect();
    named.sort();
    named.dedup();
    named
}

/// Whether a token of the run `i..end` has a country, place or organization sense and no name one
/// (a place right after a given name is a surname: "Cesar Santiago").
fn known_word(cx: &Context<'_>, look: &Lookup, i: usize, end: usize) -> bool {
    let given = |k: usize| look.senses(cx, k).iter().any(|s| matches!(s, Sense::GivenName(_)));
    (i..end).filter(|&k| !(k > i && given(k - 1))).any(|k| {
        let senses = look.senses(cx, k);
        let name = senses.iter().any(|s| matches!(s, Sense::GivenName(_) | Sense::Surname(_)));
        !name && senses.iter().any(|s| matches!(s, Sense::Country(..) | Sense::Place(_) | Sense::Org(_)))
    })
}

/// Whether `w` links a title's words ("ministre des Finances"): a capitalised word after it
/// belongs to the title, not to a name.
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'" | "du" | "des" | "la" | "l'" | "of" | "the" | "en" | "in" | "a" | "au" | "aux" | "at"
    )
}

/// Whether the name run ending at `end` names an exercise: followed by an exercise word ("the
/// Coral Breeze exercise") or by a hyphen and a year ("Coral Breeze-2024").
fn names_exercise(cx: &Context<'_>, end: usize) -> bool {
    let exercise_word =
        |k: usize| cx.lex.triggers.iter().any(|(w, kind)| *kind == EventType::Exercise && *w == cx.key(k));
    exercise_word(end)
        || exercise_word(end + 1) && cx.tokens.get(end).is_some_and(|t| !t.cap && t.kind == TokenKind::Word)
        || cx.is_punct(end, "-")
            && cx.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() == 4)
}

/// A facility named like a person ("Hartley Air Base", "Dunmore Firing Range"): a place.
fn facility_mention(cx: &Context<'_>, i: usize, end: usize) -> Mention {
    let (s, e) = (cx.tokens[i].start, cx.tokens[end - 1].end);
    let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), i, end, "place-facility");
    m.canonical = Some(cx.text[s..e].to_string());
    m
}

/// Whether the title at tokens `k..i` holds its country as "the country" ("the country's
/// President, X", "President of the country, X", "le président du pays, X"): the country last
/// named before it.
fn country_anaphor(cx: &Context<'_>, k: usize, i: usize) -> bool {
    let before = k >= 2 && cx.key(k - 2) == "country" && cx.key(k - 1) == "'s"
        || k >= 3 && cx.key(k - 3) == "country" && cx.is_punct(k - 2, "'") && cx.key(k - 1) == "s";
    let inside = (k..i.saturating_sub(1))
        .any(|j| matches!((cx.key(j), cx.key(j + 1)), ("the", "country") | ("du", "pays") | ("ce", "pays")));
    before || inside
}

/// The person mention of the run `i..end`, with the role, country and organization its title
/// or apposition give, else the country its name points to.
fn person_mention(
    cx: &Context<'_>,
    look: &Lookup,
    (i, end): (usize, usize),
    (given, surname): (bool, bool),
    title: Option<(usize, Option<u16>, Option<String>)>,
    apposition: Option<(bool, Option<u16>, Option<String>)>,
    named: &[u16],
) -> Mention {
    let (s, e) = (cx.tokens[i].start, cx.tokens[end - 1].end);
    let surface = &cx.text[s..e];
    let mut m = Mention::new(s, e, Key::Person(skeleton(surface)), i, end, "person");
    m.rule = if title.is_some() {
        "person-title"
    } else if given {
        "person-given-name"
    } else if surname {
        "person-surname-first"
    } else {
        "person-apposition"
    };
    if let Some((k, country, org)) = title {
        let role_end = cx.tokens[i - 1].end;
        let role = cx.text[cx.tokens[k].start..role_end].trim_end_matches([',', ' ']).to_string();
        m.role = Some(role);
        m.country = country;
        m.org = org;
    }
    if let Some((_, country, org)) = apposition {
        m.country = m.country.or(country);
        m.org = m.org.or(org);
    }
    if m.country.is_none() {
        m.country = origin_country(cx, look, named, i);
    }
    m
}

/// Surname-only mentions ("Kowalska", "Smith") of persons found with their full name: the first or
/// last word of a full name, alone and untaken.
fn surname_mentions(cx: &Context<'_>, taken: &[bool], out: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut parts: HashMap<String, String> = HashMap::new();
    // each full name's words before its last (skeletons), to take "San Remo" of "Lia San Remo"
    let mut heads: HashMap<String, Vec<String>> = HashMap::new();
    for m in out {
        let surface = &cx.text[m.start..m.end];
        let words: Vec<&str> = surface.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        if words.len() >= 2 {
            if let Key::Person(k) = &m.key {
                for w in [words[0], words[words.len() - 1]] {
                    parts.entry(skeleton(w)).or_insert_with(|| k.clone());
                }
                heads
                    .entry(k.clone())
                    .or_insert_with(|| words[..words.len() - 1].iter().map(|w| skeleton(w)).collect());
            }
        }
    }
    for (i, t) in cx.tokens.iter().enumerate() {
        // a function word of either language is no surname ("Le" is not "Lee")
        let stop = [Lang::Fr, Lang::En].iter().any(|&l| lexicon(l).name_stops.contains(&t.key.as_str()));
        if taken[i] || !is_name_word(t) || stop {
            continue;
        }
        if cx.tokens.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word && x.cap) {
            continue;
        }
        if let Some(k) = parts.get(&skeleton(&cx.text[t.start..t.end])) {
            // a short form of several words keeps them all: "Suu Kyi" of "Aung San Suu Kyi"
            let mut first = i;
            if let Some(before) = heads.get(k) {
                for w in before.iter().rev() {
                    let p = first.wrapping_sub(1);
                    let ok = first > 0
                        && !taken[p]
                        && cx.tokens[p].cap
                        && cx.tokens[p].kind == TokenKind::Word
                        && skeleton(&cx.text[cx.tokens[p].start..cx.tokens[p].end]) == *w;
                    if !ok {
                        break;
                    }
                    first = p;
                }
            }
            let start = cx.tokens[first].start;
            let mut m = Mention::new(start, t.end, Key::Person(k.clone()), first, i + 1, "person-surname");
            m.country = None;
            found.push(m);
        }
    }
    found
}

/// The country a person's given name or surname points to, when that country is named in the text.
pub(super) fn origin_country(cx: &Context<'_>, look: &Lookup, named: &[u16], tok: usize) -> Option<u16> {
    let origin = given_name(look, cx, tok).or_else(|| surname_first(look, cx, tok))?;
    let iso = match cx.gaz.origins.get(origin as usize)?.as_str() {
        "zh" | "cn" => "CHN",
        "ru" => "RUS",
        "ko" | "kr" => "KOR",
        "ja" | "jp" => "JPN",
        "uk" | "ua" => "UKR",
        "fa" | "ir" => "IRN",
        "hi" | "in" => "IND",
        "tr" => "TUR",
        "vi" | "vn" => "VNM",
        _ => return None,
    };
    let c = cx.gaz.country_index(iso)?;
    // only when the country is mentioned in the document
    named.contains(&c).then_some(c)
}

/// A spelling-independent key for transliterated names: "Choïgou" and "Shoigu" both give "shoigu".
pub fn skeleton(name: &str) -> String {
    let f = fold(name).replace(['-', '\'', '.'], " ");
    let mut words = Vec::new();
    for w in f.split_whitespace() {
        let mut s = w.to_string();
        for (from, to) in [
            ("tch", "ch"),
            ("ch", "sh"),
            ("ou", "u"),
            ("kh", "h"),
            ("gue", "ge"),
            ("gui", "gi"),
            ("y", "i"),
            ("j", "zh"),
        ] {
            s = s.replace(from, to);
        }
        if s.len() > 4 && s.ends_with('e') {
            s.pop();
        }
        // doubled letters
        let mut d = String::with_capacity(s.len());
        for c in s.chars() {
            if !d.ends_with(c) {
                d.push(c);
            }
        }
        words.push(d);
    }
    words.join(" ")
}
