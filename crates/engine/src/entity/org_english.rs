//! English bodies' names found by pattern: the run of capitalised words around a head word
//! ("Ministry", "Council", "Navy"), extended left over a demonym or a country's possessive and
//! right over the connectors a name keeps ("of", "the", "for", "and"). Read by
//! [`super::organization::organizations`] for each English head word; the French order is
//! [`super::organization::french_org`]'s.

use super::name::is_person_start;
use super::org_key::{is_domain, is_ordinal_number, org_key};
use super::organization::known_org;
use super::{Context, Key, Lookup, Mention};
use crate::gazetteer::TitleKind;
use crate::lang::{
    month_of, weekday_name, ENVOY_WORDS, FACILITY_WORDS, ROLE_NOUNS, ROLE_PLURALS, SERVICE_HEADS,
    SERVICE_WORDS, SHIP_WORDS, STAFF_WORDS, UNIT_HEADS, WORK_HEADS,
};
use crate::text::TokenKind;

/// English: a run of capitalised words (with `of`, `the`, `for`, `and`) containing the head,
/// extended left over a demonym ("Chinese Ministry of National Defense", "Russian Security Council").
///
/// One function on purpose, like [`super::organization::french_org`]: one walk left and right of the head word with
/// shared state (the run's bounds, the demonym's country, connectors kept only inside the name).
pub(super) fn english_org(cx: &Context<'_>, look: &Lookup, head: usize) -> Option<Mention> {
    let n = cx.tokens.len();
    // left: capitalised words and a demonym, not crossing the sentence start
    let sent = cx.sentence_start_of(head);
    let mut first = head;
    let mut country = None;
    while first > sent {
        let p = first - 1;
        let t = &cx.tokens[p];
        // "the 34th Infantry Regiment": an ordinal opens the unit's name
        if t.kind == TokenKind::Word && is_ordinal_number(&t.key) && first > head.saturating_sub(6) {
            first = p;
            break;
        }
        // "Self-Defense Force": a hyphen between capitalised words
        // (not "Navy-Sri Lanka Navy": a body's head, then the next body's country)
        let two_bodies =
            look.country_at(cx, first).is_some() && cx.lex.org_heads.contains(&cx.key(p.saturating_sub(1)));
        if cx.is_punct(p, "-")
            && p > sent
            && cx.tokens[p - 1].cap
            && cx.tokens[p - 1].kind == TokenKind::Word
            && !two_bodies
        {
            first = p;
            continue;
        }
        // "U.S. Navy": a country written with dots ends right before
        if country.is_none() {
            if let Some((q, c)) = (p.saturating_sub(4).max(sent)..=p).find_map(|q| {
                look.country_at(cx, q).filter(|&(_, after)| after == first).map(|(c, _)| (q, c))
            }) {
                country = Some(c);
                first = q;
                continue;
            }
        }
        // "Peru's defense ministry", "the Kenyan defence ministry": a lowercase domain word
        // right before a ministry word belongs to its name
        let lowercase_domain = !t.cap && p + 1 == head && cx.lex.ministry_heads.contains(&cx.key(head));
        if t.kind == TokenKind::Word && lowercase_domain && is_domain(&t.key) {
            first = p;
            continue;
        }
        let chiefs_of = t.key == "of"
            && p + 1 == head
            && cx.key(head) == "staff"
            && cx.key(p.saturating_sub(1)) == "chiefs";
        if chiefs_of {
            first = p;
            continue;
        }
        // "the Lao People's Army": "People's" inside a body's name
        if t.key == "s"
            && p >= sent + 2
            && cx.is_punct(p - 1, "'")
            && matches!(cx.key(p - 2), "people" | "peoples")
        {
            first = p - 2;
            continue;
        }
        // (a count is no part of the name, opening the sentence or after a dateline's colon:
        // "Five New Zealand Defence Force personnel…", "Suva: Two Estrian Navy ships…")
        let count = crate::lang::number_word(&t.key).is_some_and(|n| n > 1);
        if t.kind != TokenKind::Word || !t.cap || cx.lex.name_stops.contains(&t.key.as_str()) || count {
            break;
        }
        if let Some((c, _)) = look.country_at(cx, p) {
            // "Royal Australian Navy": words may precede the country; a second country ends the name,
            // but for a joint body of two ("the Chilean-Peruvian Border Commission"), whose name
            // holds both and which belongs to neither
            if country.is_some() {
                if cx.is_punct(first, "-") {
                    first = p;
                    country = None;
                }
                break;
            }
            country = Some(c);
            first = p;
            continue;
        }
        // "the General Staff", "the Joint Chiefs of Staff": rank and title words name the staff
        // itself (over "of": "Chiefs of Staff")
        if cx.key(head) == "staff" && STAFF_WORDS.contains(&cx.key(p)) {
            first = p;
            continue;
        }
        // (a given name before a nationality is the body's word: "Royal Thai Army")
        let before_nationality = look.country_at(cx, p + 1).is_some();
        // (nor is one right before the head: "Land Forces", "Grace Foundation")
        let before_head = p + 1 == head;
        // (nor one right after a country's possessive: "Estria's Royal Armed Forces")
        let after_possessive = p >= sent + 2 && cx.key(p - 1) == "s" && cx.is_punct(p - 2, "'");
        // (nor is a role or a diplomat's word: "Defence Attache Indian Army Colonel X")
        let role = ROLE_NOUNS.contains(cx.key(p)) || ENVOY_WORDS.contains(cx.key(p));
        if look.title_at(cx, p).is_some()
            || role
            || is_person_start(cx, look, p) && !before_nationality && !before_head && !after_possessive
        {
            break;
        }
        // in a headline written in title case, capitals prove nothing: once a country is met,
        // the words before it are the headline's ("Three Allies Join Philippine Navy")
        if country.is_some() && cx.headline[p] {
            break;
        }
        first = p;
    }
    // "Estria's Minister of Armed Forces, X": a minister's domain after "of"/"for" names the
    // minister's portfolio, not a body of its own
    let portfolio = first >= 2
        && cx.tokens[first - 1].is(&["of", "for"])
        && look
            .title_at(cx, first - 2)
            .is_some_and(|(kind, after)| kind == TitleKind::Minister && after == first - 1);
    if portfolio {
        return None;
    }
    // "…Agree To Join Forces": in a title-case headline, one capitalised word before a head with no
    // country is the headline's phrasing (a verb, an adjective), not a body's name
    if cx.headline[head] && country.is_none() && first + 1 == head && look.senses(cx, first).is_empty() {
        let infinitive =
            first > sent && cx.tokens[first - 1].is(&["to", "will", "must", "should", "may", "can"]);
        if infinitive {
            return None;
        }
    }
    // "Russia's Defence Ministry": the possessive names the country
    // (a plural's bare apostrophe too: "the Philippines' Navy")
    let mut owner = None;
    let apostrophe = if first >= 3 && cx.key(first - 1) == "s" && cx.is_punct(first - 2, "'") {
        Some(first - 2)
    } else {
        let plural = first >= 2
            && cx.tokens[first - 2].key.ends_with('s')
            && cx.tokens[first - 1].start == cx.tokens[first - 2].end;
        (plural && cx.is_punct(first - 1, "'")).then(|| first - 1)
    };
    if let Some(apostrophe) = apostrophe.filter(|&a| country.is_none() && a >= 1) {
        let mut k = apostrophe - 1;
        while k > sent && cx.tokens[k].kind == TokenKind::Word && look.country_at(cx, k).is_none() {
            k -= 1;
        }
        if let Some((c, after)) = look.country_at(cx, k) {
            if after == apostrophe {
                country = Some(c);
                owner = Some(k);
            }
        }
    }
    // right: capitalised words and connectors followed by capitalised words
    let ministry_head = cx.lex.ministry_heads.contains(&cx.key(head));
    let titled = complement_of_title(cx, look, first);
    let mut end = head + 1;
    let mut numbered = false;
    let mut j = head + 1;
    while j < n {
        let t = &cx.tokens[j];
        // a rank or title after the body's name opens a person's ("the Army South Commander Gen.
        // X", "Navy Adm. Y"): the name ends before it
        if j > head && look.title_at(cx, j).is_some() {
            break;
        }
        // a ship's word ("…Coast Guard Cutter Harlow"), a group of people ("Department Heads") or,
        // after a unit's number, another name ("Squadron 23 Detachment 9") ends the body's name
        // (nor is a day or a month right after the name: "the X Army Thursday received…")
        let calendar = weekday_name(&t.key).is_some() || month_of(&t.key).is_some();
        // (nor a craft's model, letters glued to a hyphen and a number: "…Force P-1 aircraft")
        let model = cx.is_punct(j + 1, "-")
            && cx.tokens.get(j + 1).is_some_and(|x| x.start == t.end)
            && cx
                .tokens
                .get(j + 2)
                .is_some_and(|x| x.kind == TokenKind::Number && x.start == cx.tokens[j + 1].end);
        let ends =
            SHIP_WORDS.contains(&t.key) || ROLE_PLURALS.contains(&t.key) || numbered || calendar || model;
        if t.kind == TokenKind::Word && t.cap && ends {
            break;
        }
        // a known given name and a capitalised word after the head open its chief's name ("Chief
        // of the Army Ivan Horak"), not a country's ("Army Jordan")
        if j == head + 1 && is_person_start(cx, look, j) && look.country_at(cx, j).is_none() {
            break;
        }
        // the unit of a title ("Commander of the Third Engineer Company Name Surname") closes at
        // its head: a run of two or three plain capitalised words ending there is its holder
        if titled && j == head + 1 && holder_after(cx, look, j) {
            break;
        }
        // a ministry's name closes with its head after the domain ("the External Affairs
        // Ministry") or with its domain after the head ("the Ministry of Foreign Affairs"): a
        // capitalised word next, not a country, is a person's name ("…Ministry Ivo Tamm said")
        let closed = cx.key(j - 1) == "ministry" && j == head + 1
            || j > head + 2 && MINISTRY_CLOSERS.contains(&cx.key(j - 1));
        if ministry_head && closed && t.cap && t.kind == TokenKind::Word && look.country_at(cx, j).is_none() {
            break;
        }
        // (a sum in a currency written with its letter is no word of a name: "the Defence Force
        // K17.5 million")
        if t.kind == TokenKind::Word
            && t.cap
            && !cx.lex.name_stops.contains(&t.key.as_str())
            && !super::name::amount(cx, j)
        {
            if let Some((c, after)) = look.country_at(cx, j) {
                country = country.or(Some(c));
                j = after;
                end = after;
                continue;
            }
            // in a title-case headline, the capitalised words after the body's name are the
            // headline's ("Ghana Navy Hosts Joint Drills")
            if cx.headline[j] {
                break;
            }
            j += 1;
            end = j;
            continue;
        }
        // "…Detachment 9 of the U.S. Navy": a numbered unit's name ends at its number
        if matches!(t.key.as_str(), "of" | "for" | "and" | "on") && j + 1 < n && !numbered {
            let mut k = j + 1;
            if cx.key(k) == "the" && t.key != "and" {
                k += 1;
            }
            // "the Indian Navy and the Royal Navy" are two bodies, not one name
            // (the capitalised run after "and", read once for both tests below)
            let and = t.key == "and";
            let mut e = k;
            while and && e < n && cx.tokens[e].cap && cx.tokens[e].kind == TokenKind::Word {
                e += 1;
            }
            let heads_after = (k..e).any(|x| cx.lex.org_heads.contains(&cx.key(x)));
            let country_after = (k..e).any(|x| look.country_at(cx, x).is_some());
            // "the Navy Historical and Musical Centre": an adjective of the name before "and"
            // (no body's head, no country) and a run closed by a head after it are one body's
            // name, whose head comes last
            let adjectives = and
                && j > head + 1
                && !cx.lex.org_heads.contains(&cx.key(j - 1))
                && look.country_at(cx, j - 1).is_none()
                && e > k
                && cx.lex.org_heads.contains(&cx.key(e - 1))
                && !country_after;
            let another_body = and && (heads_after || country_after) && !adjectives;
            // "…Air Force on Wednesday": a day or a month is no part of a name; nor, after "on",
            // a country's possessive ("a medal of the Estrian Army on Norland's top general")
            let time = k < n && (weekday_name(cx.key(k)).is_some() || month_of(cx.key(k)).is_some());
            let owner_after_on = t.key == "on"
                && look.country_at(cx, k).is_some_and(|(_, after)| {
                    cx.is_punct(after, "'") && cx.tokens.get(after + 1).is_some_and(|x| x.key == "s")
                });
            let time = time || owner_after_on;
            // "and" joins the complements of a name ("Ministry of Trade and Industry"), not a
            // body and the next word ("the Airport Authority and Forestry")
            let complement =
                t.key != "and" || adjectives || (head + 1..j).any(|x| matches!(cx.key(x), "of" | "for"));
            if k < n && cx.tokens[k].cap && !another_body && !time && complement {
                j = k;
                continue;
            }
        }
        // "Self-Defense Force" is one name; "Indian Navy-Sri Lanka Navy" joins two bodies, the
        // second opened by its country after the first's head
        let second_body = j > head && look.country_at(cx, j + 1).is_some();
        if t.key == "-" && j + 1 < n && cx.tokens[j + 1].cap && !second_body {
            j += 1;
            continue;
        }
        // "Destroyer Squadron 40", "Task Force 51", "Detachment 9": a unit's number ends its name
        let unit_before = j > head
            && (UNIT_HEADS.contains(cx.key(j - 1)) || matches!(cx.key(j - 1), "detachment" | "force"));
        if t.kind == TokenKind::Number && t.key.len() <= 3 && unit_before && j == end {
            j += 1;
            end = j;
            numbered = true;
            continue;
        }
        break;
    }
    // "Iran's Navy": a service's lone capitalised word after its country's possessive is that
    // country's service, named with the possessive
    // (and so is a name made of generic service words only: "Estria's Armed Forces", not
    // "Estria's Royal Navy", whose own words name it)
    let service_words = (first..end)
        .all(|k| SERVICE_WORDS.en.contains(&cx.key(k)) && !matches!(cx.key(k), "royal" | "national"));
    if (end - first < 2 && first == head || service_words) && SERVICE_HEADS.en.contains(&cx.key(head)) {
        if let Some(k) = owner {
            first = k;
        }
    }
    if end - first < 2 || in_title_domain(cx, look, first) {
        return None;
    }
    // "the Defence Ministries of X and Y": several bodies, none named; "the Visiting Forces
    // Agreement": a text's name, no body
    // (a name closed by a text's or a drill's word is theirs: "the Harbour Accord", "the Air
    // Excellence Center Exercise")
    if matches!(cx.key(head), "ministries" | "ministeres")
        || WORK_HEADS.contains(cx.key(end - 1))
        || end - 1 > head && cx.lex.is_exercise_word(cx.key(end - 1))
    {
        return None;
    }
    // "the Union Buildings", "Parliament Palace": a body's head, then a facility's word, is the
    // place where the body sits
    if end - 1 > head && FACILITY_WORDS.contains(cx.key(end - 1)) {
        return None;
    }
    // (so is a body's name before a lowercase facility's word: "the Kairo Navy base", "Tarn Army
    // camp" are places, read by the facility rule)
    if head + 1 == end
        && cx.tokens[first].cap
        && cx.tokens.get(end).is_some_and(|t| !t.cap && FACILITY_WORDS.contains(t.key.as_str()))
    {
        return None;
    }
    // "the defense ministry" alone is any country's: a lowercase name needs its country, or "the"
    // before it (the ministry of the country the sentence tells of, "X summoned the envoy, the
    // foreign ministry said", placed by the relation stage)
    let definite = first > 0 && cx.key(first - 1) == "the";
    if first + 1 == head
        && !cx.tokens[first].cap
        && is_domain(cx.key(first))
        && country.is_none()
        && !definite
    {
        return None;
    }
    // a demonym and a generic plural ("Chinese forces", "Russian Services") is the country itself;
    // a capitalised singular body ("the Indian Navy", "the Chinese Army") is an organization, and
    // so is a capitalised name after its country's possessive ("Estria's Armed Forces")
    if end - first == 2
        && country.is_some()
        && owner.is_none()
        && matches!(cx.key(head), "forces" | "services" | "government")
    {
        return None;
    }
    let start = cx.tokens[first].start;
    let stop = cx.tokens[end - 1].end;
    let ministry = cx.lex.ministry_heads.contains(&cx.key(head))
        || (cx.key(head) == "department" && (first..end).any(|k| is_domain(cx.key(k))));
    let key = org_key(cx, look, first, end, ministry, country);
    let mut m =
        Mention::new(start, stop, Key::Org(key), first, end, if ministry { "ministry" } else { "org-head" });
    m.country = country;
    m.canonical = Some(cx.text[start..stop].to_string());
    Some(known_org(cx, m))
}

/// The words that close an English ministry's domain ("Foreign Affairs", "Defence"): a name after
/// them is a person's, no word of the ministry's.
const MINISTRY_CLOSERS: &[&str] = &["affairs", "defence", "defense", "interior", "security", "justice"];

/// Whether the name starting at `first` is the complement of a title ("Commander of the …",
/// "Chief of …"): its holder's name may follow it.
fn complement_of_title(cx: &Context<'_>, look: &Lookup, first: usize) -> bool {
    let mut of = first;
    if of > 0 && cx.key(of - 1) == "the" {
        of -= 1;
    }
    let Some(of) = of.checked_sub(1).filter(|&k| cx.key(k) == "of") else { return false };
    (of.saturating_sub(3)..of).any(|t| look.title_at(cx, t).is_some_and(|(_, after)| after == of))
}

/// Whether the name starting at `first` goes on a title's domain after "and" ("Minister of
/// Defence and National Service Dr. X"): a domain of the title, no body of its own. The words
/// between "of" and "and" are capitalised, and a title ends at that "of".
fn in_title_domain(cx: &Context<'_>, look: &Lookup, first: usize) -> bool {
    if first < 3 || cx.key(first - 1) != "and" {
        return false;
    }
    let mut k = first - 1;
    while k > 0
        && cx.tokens[k - 1].cap
        && cx.tokens[k - 1].kind == TokenKind::Word
        && first - k < DOMAIN_WORDS_BACK
    {
        k -= 1;
    }
    let of = k.saturating_sub(1);
    k < first - 1
        && cx.key(of) == "of"
        && (of.saturating_sub(3)..of).any(|t| look.title_at(cx, t).is_some_and(|(_, after)| after == of))
}

/// How many capitalised words of a title's domain may stand before its "and".
const DOMAIN_WORDS_BACK: usize = 5;

/// Whether the capitalised words from `j` are a person's name and nothing else: two or three
/// capitalised words, none a body's or a country's word, followed by no capitalised word.
fn holder_after(cx: &Context<'_>, look: &Lookup, j: usize) -> bool {
    let plain = |k: usize| {
        let t = &cx.tokens[k];
        t.kind == TokenKind::Word
            && t.cap
            && !cx.lex.org_heads.contains(&t.key.as_str())
            && !cx.lex.org_inner.contains(&t.key.as_str())
            && !cx.lex.name_stops.contains(&t.key.as_str())
            && look.country_at(cx, k).is_none()
    };
    let mut e = j;
    while e < cx.tokens.len() && plain(e) {
        e += 1;
    }
    let closed = cx.tokens.get(e).is_none_or(|t| !(t.kind == TokenKind::Word && t.cap));
    (2..=3).contains(&(e - j)) && closed
}
