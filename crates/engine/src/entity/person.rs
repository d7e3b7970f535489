//! Persons: a run of capitalised name words opened by a known given name, a title or a role
//! noun, or an apposition; with the country the title or the context gives them.

use super::apposition::apposition_after;
use super::lists::{country_before_comma, respective_country, titled_list_entry};
use super::name::{
    given_name, is_connector, is_name_word, known_word, name_span, named_by_exercise_word, names_exercise,
    skeleton, surname_first,
};
use super::org_key::is_domain;
use super::title::{country_anaphor, domain_end, role_before, title_before, Found};
use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::{Sense, TitleKind};
use crate::lang::{
    lexicon, month_of, weekday_name, ADDRESS_WORDS, AND_WORDS, BY_WORDS, COMMAND_NOUNS, COORDINATORS,
    CREED_WORDS, DOMAIN_WORDS, FACILITY_WORDS, HONORIFICS, LED_WORDS, OF_WORDS, OPERATION_WORDS, PRESS_NOUNS,
    ROLE_NOUNS, ROLE_PLURALS, SAYING_VERBS, SITE_NOUNS, WAR_WORDS, WHERE_WORDS, WORK_HEADS,
};
use crate::text::fold;
use crate::text::TokenKind;
use std::collections::HashMap;

/// How many words a title of the gazetteer may span ("Chairman of the Joint Chiefs of Staff").
const TITLE_SPAN: usize = 7;

/// Whether a title of the gazetteer ends right before token `i` ("Defence Minister" before a name).
pub(super) fn title_ends_at(cx: &Context<'_>, look: &Lookup, i: usize) -> bool {
    (i.saturating_sub(TITLE_SPAN)..i).any(|k| look.title_at(cx, k).is_some_and(|(_, after)| after == i))
}

/// Whether a civil title ("Mr", "Mme", "M.") ends right before token `k`, over its period: the
/// word after it is a surname, even one the gazetteer knows as a town ("Mr Preston").
pub(super) fn civil_title_before(cx: &Context<'_>, look: &Lookup, k: usize) -> bool {
    (k.saturating_sub(2)..k).any(|j| {
        look.title_at(cx, j).is_some_and(|(kind, last)| {
            kind == TitleKind::Civil && (last == k || last + 1 == k && cx.is_punct(last, "."))
        })
    })
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
    let mut i = 0;
    while i < n {
        let t = &cx.tokens[i];
        // a word inside a longer title ("Commissioner" in "High Commissioner", "Staff" in "Chief
        // of the General Staff") opens no name
        let in_title = (i.saturating_sub(TITLE_SPAN)..i)
            .any(|k| look.title_at(cx, k).is_some_and(|(_, after)| after > i));
        // (boilerplate names no one of the story: a byline, a credit, a file's name)
        // (initials in capitals right after a rank or a title, before a family name, open one:
        // "Air Marshal KR Rao", "Gen. MS Dev")
        let initials = t.upper
            && i > 0
            && title_ends_at(cx, look, i)
            && cx.tokens.get(i + 1).is_some_and(|x| x.cap && !x.upper && x.kind == TokenKind::Word);
        if taken[i]
            || cx.boiler.get(i).copied().unwrap_or(false)
            || !is_name_word(t)
            || t.upper && t.key.len() <= 3 && !initials
            || look.title_at(cx, i).is_some()
            || in_title
        {
            i += 1;
            continue;
        }
        // "secrétaire à la Santé Anna Berg": a ministry's domain never opens a name, nor
        // does a capitalised function word ("Pour Paul Martin, …")
        if is_domain(&t.key) {
            // ("Foreign Affairs and Regional Integration": the whole domain)
            i = domain_end(cx, look, i).max(i + 1);
            continue;
        }
        // (nor does a name right after a noun of the press: "cité par l'agence X" is a source)
        // (over a nationality: "le quotidien algérien X", "Indian publication Y")
        let press = i > 0 && PRESS_NOUNS.contains(cx.key(i - 1))
            || i > 1 && PRESS_NOUNS.contains(cx.key(i - 2)) && look.country_at(cx, i - 1).is_some()
            || i > 1 && PRESS_NOUNS.contains(cx.key(i - 1)) && look.country_at(cx, i - 2).is_some();
        // ("Said" or "Will" inside a sentence, capitalised before another name word, is a given
        // name, not the verb)
        let given_stop = i > cx.sentence_start_of(i)
            && !t.line_start
            && !cx.headline[i]
            && given_name(look, cx, i).is_some()
            && cx.tokens.get(i + 1).is_some_and(|x| is_name_word(x) && !x.line_start);
        if matches!(t.key.as_str(), "armees" | "etrangeres" | "nationale" | "exterieures")
            || cx.lex.name_stops.contains(&t.key.as_str()) && !given_stop
            || press
        {
            i += 1;
            continue;
        }
        let end = name_span(cx, look, &taken, i);
        if end == i {
            i += 1;
            continue;
        }
        // "in charge of General Duties Ana Lima": a one-word rank after "of"/"for" opens a
        // domain, whose next word is no name's ("Duties") when a known given name follows it;
        // the name starts there
        let domain_rank = i >= 2
            && cx.tokens[i - 2].is(&["of", "for"])
            && look.title_at(cx, i - 1).is_some_and(|(_, after)| after == i)
            && end >= i + 2
            && given_name(look, cx, i).is_none()
            && given_name(look, cx, i + 1).is_some();
        if domain_rank {
            i += 1;
            continue;
        }
        // "Gen Amos Kiprono": the rank written without its dot before a known given name and one
        // more name word ("Gen Tanaka" alone is a given name)
        if t.key == "gen" && !t.upper && end >= i + 3 && given_name(look, cx, i + 1).is_some() {
            i += 1;
            continue;
        }
        // "Intérieur Marta Kowalska": capitalised title words before a known given name
        let after_de = i > 0 && matches!(cx.key(i - 1), "de" | "du" | "la" | "l'" | "des" | "d'" | "of");
        // (a body's head word ends a title and opens no name: "…General Staff Ivan Horak")
        let body_head = cx.lex.org_heads.contains(&t.key.as_str());
        if (after_de || body_head)
            && given_name(look, cx, i).is_none()
            && surname_first(look, cx, i).is_none()
        {
            if let Some(k) = (i + 1..end).find(|&k| {
                (given_name(look, cx, k).is_some() || surname_first(look, cx, k).is_some()) && k + 1 < end
            }) {
                i = k;
                continue;
            }
        }
        let words = end - i - (i..end).filter(|&k| cx.tokens[k].kind == TokenKind::Punct).count();
        let sentence_initial = i == cx.sentence_start_of(i) || t.line_start;
        // "Paul Biya", "Putin": a public figure the reviewed table knows, full name or family name
        let figure = cx.gaz.person_country(&fold(&cx.text[t.start..cx.tokens[end - 1].end])).is_some();
        // (", Abdirahman Mohamed Warsame": an unknown word right before a known given name, after a
        // comma, opens a name of three words or more)
        let before_given = i > 0
            && cx.tokens[i - 1].is(&[","])
            && words >= 3
            && given_name(look, cx, i + 1).is_some()
            && look.senses(cx, i).is_empty()
            && !ADDRESS_WORDS.contains(&t.key);
        let given = given_name(look, cx, i).is_some() && words >= 2 || figure || before_given;
        let surname = surname_first(look, cx, i).is_some() && (2..=3).contains(&words);
        // (a title naming no one's country may be a role noun after a demonym and other
        // lowercase words: "Ugandan army chief X")
        let titled = title_before(cx, look, &near, i);
        let title = if titled.as_ref().is_none_or(|(_, c, o)| c.is_none() && o.is_none()) {
            // (or before the rank the title is: "army spokesman Col. X")
            role_before(cx, look, i)
                .or_else(|| titled.as_ref().and_then(|&(k, _, _)| role_before(cx, look, k)))
                .or(titled)
        } else {
            titled
        };
        // "», a déclaré Kenji Sato", "…, said Ana Ruiz": the speaker of an inverted quote
        let speaker = (2..=3).contains(&words) && inverted_speaker(cx, i);
        // "les chefs d'état-major de X, Ana Ruiz, et de Y, …": a name in apposition to a
        // country of a list of titles
        // (or listed after them all: "les chefs d'état-major de X et de Y, Ana Ruiz et …")
        let respective = respective_country(cx, look, i, end);
        let listed = (2..=4).contains(&words) && (titled_list_entry(cx, look, i) || respective.is_some());
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
        // ("Operation Sea Guard", "Exercise Coral Tide": the run opens with the word itself)
        let opens_operation =
            cx.tokens[i].is(OPERATION_WORDS.of(cx.lang)) || cx.lex.is_exercise_word(cx.key(i));
        let exercise_name =
            names_exercise(cx, end) || named_by_exercise_word(cx, i) || opens_operation && words > 1;
        // "Dunmore Firing Range", "Hartley Air Base", "Camp Hartley", "Base Dunmore": a facility,
        // not a person
        let facility_at = |k: usize| FACILITY_WORDS.contains(cx.key(k)) && cx.tokens[k].cap;
        // ("the Omar Bin Khalid air base": a facility's word in lowercase right after the name or
        // after one word more)
        // (right after the name, the word is part of the place's name: "the Kairo Navy base")
        let facility_after = (end..(end + 2).min(n))
            .take_while(|&k| cx.tokens[k].kind == TokenKind::Word && !cx.tokens[k].cap)
            .find(|&k| FACILITY_WORDS.contains(cx.key(k)));
        let facility = !exercise_name
            && words >= 2
            && (facility_at(end - 1) || facility_at(i) || facility_after.is_some());
        // ("la base navale Felix Apolinario", "l'aéroport international Rafik Hariri": a site's
        // noun before the name, over its lowercase adjectives)
        let site = !exercise_name && site_noun_before(cx, i);
        if facility || site {
            let from = if site { i } else { facility_start(cx, look, &taken, i) };
            // (after a service's word only: "Kairo Navy base", while "the Tarn region" keeps its name)
            let service = cx.lex.org_heads.contains(&cx.key(end - 1));
            let end = facility_after.filter(|&k| k == end && service).map_or(end, |k| k + 1);
            let mut m = facility_mention(cx, from, end);
            // (a base named after its town lies in the town's country)
            if let Some(pi) = look.senses(cx, from).iter().find_map(|s| match s {
                Sense::Place(p) => Some(*p),
                _ => None,
            }) {
                m.country = cx.gaz.country_index(&cx.gaz.places[pi as usize].iso3);
            }
            out.push(m);
            for t in &mut taken[from..end] {
                *t = true;
            }
            i = end;
            continue;
        }
        // "Minister of National Defence", "ministre des Forces armées": capitalised words after a
        // title's connector are its domain, unless they hold a known name
        let domain_link = |k: usize| matches!(cx.key(k), "of" | "for" | "de" | "du" | "des" | "d'");
        // ("Commander of the National Guard": over "the" too)
        // (and after "and" that follows a domain's word, the country's "of" after it: "Minister
        // of Defence and Space Industries of X"; "of Trade and Industry and Kofi Mensah, …"
        // names the next signer)
        let after_domain = i > 1
            && cx.tokens[i - 1].is_in(AND_WORDS)
            && cx.tokens[i - 2].cap
            && (is_domain(cx.key(i - 2)) || DOMAIN_WORDS.contains(cx.key(i - 2)))
            && cx.tokens.get(end).is_some_and(|t| t.is_in(OF_WORDS));
        let domain = i > 0
            && (domain_link(i - 1)
                || i > 1 && cx.tokens[i - 1].is(&["the", "l'", "la", "le"]) && domain_link(i - 2)
                || after_domain)
            && !given
            && !surname;
        // "in Salta and Monte Verde": a given name after a preposition of place, or after "and"
        // following one, with no title, opens a place's name
        let where_at = |k: usize| WHERE_WORDS.of(cx.lang).contains(&cx.key(k));
        let placed = i > 0
            && (where_at(i - 1) || i >= 3 && AND_WORDS.contains(cx.key(i - 1)) && where_at(i - 3))
            && title.is_none()
            && !appos_role;
        // "Supreme Commander", "Inspector General", "Minister Delegate to the…": one unknown word
        // right before a title or after one and before "to" is part of the title
        let title_word = words == 1
            && !given
            && !surname
            && !figure
            && (look.title_at(cx, end).is_some() || title.is_some() && cx.key(end) == "to");
        // "a 24-year-old Juno Talei": an age right before names a person
        let aged = (2..=3).contains(&words) && i >= 3 && cx.key(i - 1) == "old" && cx.key(i - 3) == "year";
        let is_person = (given || surname || appos_role || title_ok || speaker || listed || aged)
            && !names_no_one(cx, (i, end), words, given || surname)
            && !exercise_name
            && (!known_word || civil_title_before(cx, look, i))
            && !domain
            && !placed
            && !title_word
            && !(sentence_initial && words == 1 && title.is_none() && !figure);
        if !is_person {
            // "Sheikh Hamad al-Thamer": an unknown word opening the run (an honorific the
            // gazetteer lacks) before a known given name that is not the run's last word: the
            // name starts at the given name
            let opener_unknown = look.senses(cx, i).is_empty() && !domain && !exercise_name && !facility;
            if let Some(k) = (i + 1..end).find(|&k| given_name(look, cx, k).is_some() && k + 1 < end) {
                if opener_unknown {
                    i = k;
                    continue;
                }
            }
            // (a title's domain runs on: "Minister of Security and Civilian Protection")
            i = if domain { domain_end(cx, look, i).max(end) } else { end.max(i + 1) };
            continue;
        }
        let title = if title_ok { title } else { None };
        let anaphor = title.as_ref().is_some_and(|&(k, _, _)| country_anaphor(cx, k, i));
        let title_names_side = title.as_ref().is_some_and(|t| t.1.is_some() || t.2.is_some());
        let title_start = title.as_ref().map_or(i, |t| t.0);
        let mut m = person_mention(cx, look, (i, end), (given, surname), title, apposition, named);
        if m.country.is_none() && anaphor {
            m.country = near.country_before(cx.tokens[i].start);
        }
        if m.org.is_none() && !title_names_side {
            // (over the person's rank and its article: "…and of Uganda, General B", "…et du
            // Togo, le général C")
            let rank_start = match title_start.checked_sub(1) {
                Some(k) if title_start < i && cx.tokens[k].is(&["le", "la", "l'", "the"]) => k,
                _ => title_start,
            };
            m.country = country_after_name(cx, look, end)
                .or(m.country)
                .or_else(|| country_before_comma(cx, look, i))
                .or_else(|| (rank_start < i).then(|| country_before_comma(cx, look, rank_start)).flatten());
        }
        if m.org.is_none() {
            m.country = respective.or(m.country);
        }
        if m.country.is_none() && m.org.is_none() {
            m.country = leader_of(cx, look, title_start);
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

/// Where a facility named like a person begins: over up to three capitalised words the name run
/// left out, the title of the one it is named after ("Prince Sultan Air Base", "King X Air Base"),
/// never over an article or a line start; or over the one town the base is named after, which
/// the gazetteer read first ("Harwick Air Base": the town's mention, inside the facility's, is
/// dropped with the other names of places inside a person's run).
fn facility_start(cx: &Context<'_>, look: &Lookup, taken: &[bool], i: usize) -> usize {
    if i > 0 && taken[i - 1] && look.is_town_or_name(cx, i - 1) && !cx.tokens[i].line_start {
        return i - 1;
    }
    let mut from = i;
    while from > 0
        && i - from < 3
        && !taken[from - 1]
        && is_name_word(&cx.tokens[from - 1])
        && !cx.tokens[from - 1]
            .is(&["the", "a", "an", "la", "le", "les", "l'", "un", "une", "this", "ce", "cette"])
        && !cx.tokens[from].line_start
    {
        from -= 1;
    }
    from
}

/// Whether the run `i..end` of `words` name words names no one, whatever title comes before it: a
/// calendar word, a war, a name given to a thing, a group, a text, a body's word, a lone letter, a
/// word of address, a craft's model, or
/// words the text also writes in lowercase (`known`: a known given name or surname opens the run,
/// which overrides that last test).
fn names_no_one(cx: &Context<'_>, (i, end): (usize, usize), words: usize, known: bool) -> bool {
    let key = cx.key(i);
    // "Wednesday", "March", "Tuesday November": calendar words are never persons
    let calendar_word = |k: usize| month_of(cx.key(k)).is_some() || weekday_name(cx.key(k)).is_some();
    let calendar = words == 1 && calendar_word(i)
        || (i..end).filter(|&k| cx.tokens[k].kind == TokenKind::Word).all(calendar_word);
    // "la Seconde Guerre mondiale", "the Cold War": a war, whatever the first word
    let war = (i..end).any(|k| WAR_WORDS.contains(cx.key(k)));
    // "drills dubbed Iron Heron", "baptisé « Aigle »": a name given to a thing, not a person's
    let given_a_name = cx.given_a_name(i);
    // "Central Directors", "Department Heads": a group of people, no one person
    let group = (i..end).any(|k| ROLE_PLURALS.contains(cx.key(k)));
    // "Chief Signal Officer", "Deputy Fleet Commander": a run holding a role noun goes on with
    // the title, it names no one
    // ("the General Officer Commanding": a role word anywhere in the run)
    let role = words >= 2 && (i..end).any(|k| ROLE_NOUNS.contains(cx.key(k)));
    // "the Lomé Agreement", "Harbour Accord": a text's name, no one's; "Field Training Exercise":
    // a kind of drill
    // ("Director Peace Support Operations": a field of operations after a title)
    let work = WORK_HEADS.contains(cx.key(end - 1))
        || cx.lex.is_exercise_word(cx.key(end - 1))
        || words >= 2 && crate::lang::OPERATION_NOUNS.contains(cx.key(end - 1));
    // "the Sunni Muslim clerics", "their Christian Orthodox allies": a creed after the first word
    // (which may be a given name, "Christian") names a community
    let creed =
        (i + 1..end).any(|k| CREED_WORDS.contains(cx.key(k))) || words == 1 && CREED_WORDS.contains(key);
    // a body's word ("Armed Forces", "Forces Commanders") or a lone letter ("M." for Monsieur)
    // (plural too: "the Defense Ministries of X and Y", "Navies")
    let body_word = (i..end).any(|k| super::name::body_head_word(cx, cx.key(k)));
    let letter = words == 1 && key.chars().count() == 1;
    // "His Majesty's Armed Forces", "Son Excellence": a word of address
    let honorific = words == 1 && HONORIFICS.contains(key);
    // a lone word in capitals no list knows ("… - PHOTOS", "VIDEO") is a label, not a name
    let label = words == 1 && !known && cx.tokens[i].upper && key.chars().count() > 3;
    // a piece of a hyphenated word cut before a nationality ("Afro-" of "Afro-Américain")
    let cut = end > i && cx.is_punct(end - 1, "-");
    // a craft's designation, the name joined by a hyphen to a number ("Su-25", "Tu-95"): a model
    let model = cx.is_punct(end, "-")
        && cx.tokens[end].start == cx.tokens[end - 1].end
        && cx.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number);
    // "Minister for Defence, Maritime Security and Fisheries": capitalised words that the text
    // also writes in lowercase are a domain or a common phrase, not a name
    let common = words >= 2
        && !known
        && (i..end).all(|k| cx.tokens[k].kind != TokenKind::Word || cx.lowercase.contains(cx.key(k)));
    calendar
        || war
        || creed
        || given_a_name
        || group
        || role
        || work
        || body_word
        || letter
        || honorific
        || label
        || cut
        || model
        || common
}

/// Whether the name at `i` is the speaker after an inverted verb of saying: the verb right before
/// it, its auxiliary ("a déclaré") or nothing between the verb and a comma or a closing quote
/// ("», a déclaré X", "\", said X").
fn inverted_speaker(cx: &Context<'_>, i: usize) -> bool {
    let closing = |k: usize| matches!(cx.key(k), "," | "»" | "\"" | "”");
    if i < 2 || !SAYING_VERBS.of(cx.lang).contains(&cx.key(i - 1)) {
        return false;
    }
    closing(i - 2) || i >= 3 && matches!(cx.key(i - 2), "a" | "ont" | "has") && closing(i - 3)
}

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

/// How many lowercase adjectives may stand between a site's noun and its name ("la base
/// aérienne militaire X").
const SITE_ADJECTIVES: usize = 2;

/// Whether a lowercase noun of a site ([`SITE_NOUNS`]) stands before the name at `i`, over up to
/// [`SITE_ADJECTIVES`] lowercase words: the name is the site's ("the naval base X").
///
/// The words between are adjectives, not function words ("the base here on Sunday" names no
/// site), and a day or a month names none.
fn site_noun_before(cx: &Context<'_>, i: usize) -> bool {
    let lowercase = |k: usize| {
        let t = &cx.tokens[k];
        !t.cap && t.kind == TokenKind::Word && !cx.lex.name_stops.contains(&t.key.as_str())
    };
    let calendar =
        crate::lang::month_of(cx.key(i)).is_some() || crate::lang::weekday_name(cx.key(i)).is_some();
    !calendar
        && (1..=SITE_ADJECTIVES + 1).any(|back| {
            i >= back
                && SITE_NOUNS.of(cx.lang).contains(&cx.key(i - back))
                && lowercase(i - back)
                && (i - back + 1..i).all(lowercase)
        })
}

/// A facility named like a person ("Hartley Air Base", "Dunmore Firing Range"): a place.
fn facility_mention(cx: &Context<'_>, i: usize, end: usize) -> Mention {
    let (s, e) = (cx.tokens[i].start, cx.tokens[end - 1].end);
    let mut m = Mention::new(s, e, Key::Place(fold(&cx.text[s..e])), i, end, "place-facility");
    m.canonical = Some(cx.text[s..e].to_string());
    m
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
        m.role = Some(role_text(cx, k, i));
        m.country = country;
        m.org = org;
    }
    if let Some((_, country, org)) = apposition {
        m.country = m.country.or(country);
        m.org = m.org.or(org);
    }
    // "President Paul Biya": a public figure the reviewed table knows, when the text names no
    // country or body for them
    if m.country.is_none() && m.org.is_none() {
        m.country = cx.gaz.person_country(&fold(surface));
    }
    if m.country.is_none() {
        m.country = origin_country(cx, look, named, i);
    }
    m
}

/// The words of a title from token `k` to the name at `i`, without the comma before the name.
fn role_text(cx: &Context<'_>, k: usize, i: usize) -> String {
    cx.text[cx.tokens[k].start..cx.tokens[i - 1].end].trim_end_matches([',', ' ']).to_string()
}

/// Gives the persons the learned tagger found (`learned`) the side their context names, as the
/// rules' persons get it: the country or body of a title before the name ("Estria's Minister of
/// Transport Antti Virta"), of an apposition after it, or "of Estria" right after it. `found`
/// are the rules' mentions. One index of them for all the persons, so linear in the text.
pub(super) fn learned_persons_sides(
    cx: &Context<'_>,
    look: &Lookup,
    found: &[Mention],
    learned: &mut [Mention],
) {
    let near = Found::new(found, cx.tokens.len());
    for m in learned
        .iter_mut()
        .filter(|m| matches!(m.key, Key::Person(_)) && m.country.is_none() && m.org.is_none())
    {
        let (i, end) = (m.first, m.last);
        let titled = title_before(cx, look, &near, i).filter(|t| t.1.is_some() || t.2.is_some());
        if let Some((k, country, org)) = titled.or_else(|| role_before(cx, look, i)) {
            m.role = Some(role_text(cx, k, i));
            m.country = country;
            m.org = org;
        }
        if let Some((_, country, org)) = apposition_after(cx, look, &near, end) {
            m.country = m.country.or(country);
            m.org = m.org.take().or(org);
        }
        if m.org.is_none() {
            m.country = m.country.or_else(|| country_after_name(cx, look, end));
        }
    }
}

/// The country of a group a person leads, named just before "headed by"/"led by"/"conduite par"
/// and the person's title at `start` ("the delegation of Estria headed by Defence Minister X", "la
/// délégation norlandaise conduite par le ministre Y"): the nearest within [`LED_GROUP_REACH`]
/// words before the participle.
fn leader_of(cx: &Context<'_>, look: &Lookup, start: usize) -> Option<u16> {
    // (over an article and the capitalised words of a first title: "by Defense Minister
    // Lieutenant General X")
    let sent = cx.sentence_start_of(start);
    // (and over a title's connectors: "led by Chief of the Joint Staff X")
    // (or the "of" of a noun of command: "l'armée X, sous le commandement du général Y", "under
    // the leadership of President Z")
    let command_of = |j: usize| {
        j > sent && cx.tokens[j].is(&["of", "de", "du", "d'"]) && COMMAND_NOUNS.contains(cx.key(j - 1))
    };
    let by = (start.saturating_sub(LEADER_TITLE_REACH).max(sent)..start)
        .rev()
        .find(|&j| cx.tokens[j].is_in(BY_WORDS) || command_of(j))?;
    // (a rank's abbreviation keeps its dot: "commanded by Maj. X")
    let between = (by + 1..start).all(|j| {
        cx.tokens[j].cap || cx.tokens[j].is(&["le", "la", "l'", "the", "of", "de", "du", "d'", "."])
    });
    if !between || by < sent + 2 || !(LED_WORDS.contains(cx.key(by - 1)) || command_of(by)) {
        return None;
    }
    let led = by - 1;
    (led.saturating_sub(LED_GROUP_REACH).max(sent)..led)
        .rev()
        .find_map(|q| look.country_at(cx, q).map(|(c, _)| c))
}

/// How far before "led"/"headed" the group's country may be named ("the Estrian navy ship Sea
/// Lion and its 84 crew, led by Captain X"; "the Estrian unit, flown in aboard two transport
/// planes of its air force last night, is commanded by Major Y").
const LED_GROUP_REACH: usize = 22;

/// How many words of a title may stand between "by" and the leader's name.
const LEADER_TITLE_REACH: usize = 7;

/// The country named right after a person's name ending before `end` by "of" ("ministers A of
/// Estria, B of Norland and C of Wester"): the name's country when the phrase closes there (a
/// comma, a coordinator, the end of the sentence, a verb's "said"…, not "of Estria's navy"), or
/// alone in parentheses ("A (Estria) and B (Norland)").
fn country_after_name(cx: &Context<'_>, look: &Lookup, end: usize) -> Option<u16> {
    // "Ana Ruiz (Chile) and Ivo Tamm (Peru)": a country alone in parentheses right after the name
    if cx.is_punct(end, "(") {
        let (c, after) = look.country_at(cx, end + 1)?;
        return cx.is_punct(after, ")").then_some(c);
    }
    if !cx.tokens.get(end).is_some_and(|t| t.is(&["of"])) {
        return None;
    }
    let at = if cx.tokens.get(end + 1).is_some_and(|t| t.is(&["the"])) { end + 2 } else { end + 1 };
    let (c, after) = look.country_at(cx, at)?;
    let closes = cx.tokens.get(after).is_none_or(|t| {
        t.kind == TokenKind::Punct && !t.is(&["'", "’", "-"])
            || COORDINATORS.contains(&t.key)
            || !t.cap && t.kind == TokenKind::Word && t.key != "s"
    });
    // (a demonym is no country here: "Ivo Tamm of Estrian Radio")
    let demonym = cx.tokens.get(after).is_some_and(|t| t.cap && t.kind == TokenKind::Word);
    (closes && !demonym).then_some(c)
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
