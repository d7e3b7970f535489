//! Organizations found by pattern: a head word (ministry, council, army, fleet) and the words
//! that continue its name in French or English order, an acronym in parentheses after a name,
//! and the ship names that look like organizations but are not.

use super::name::is_person_start;
use super::org_key::{is_domain, is_ordinal_number, org_key};
use super::owner;
use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::{FormKind, Sense, TitleKind};
use crate::lang::{
    month_of, weekday_name, FACILITY_WORDS, FRENCH_INFINITIVE_ENDINGS, FRENCH_LOWERCASE_UNIT_HEADS,
    FRENCH_NAME_ADJECTIVE_ENDINGS, MISSION_WORDS, ROLE_PLURALS, SERVICE_HEADS, SERVICE_WORDS, SHIP_WORDS,
    STAFF_WORDS, UNIT_HEADS, WORK_HEADS,
};
use crate::text::fold;
use crate::text::TokenKind;

/// Organizations by pattern: a head (`Conseil`, `ministère`, `Ministry`, `Council`) and what follows
/// (French) or the capitalised words around it (English).
pub(super) fn organizations(cx: &Context<'_>, look: &Lookup) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = cx.tokens.len();
    let lex = cx.lex;
    let mut i = 0;
    while i < n {
        let t = &cx.tokens[i];
        let head_ministry = lex.ministry_heads.contains(&t.key.as_str());
        // "le régiment Rajput", "un bataillon Kivu": a French unit word in lowercase before its
        // capitalised name (not before a country: "la brigade française" is no name)
        let lower_unit = cx.lang == Lang::Fr
            && !t.cap
            && FRENCH_LOWERCASE_UNIT_HEADS.contains(&t.key.as_str())
            && cx.tokens.get(i + 1).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
            && look.country_at(cx, i + 1).is_none();
        // "l'ambassade de France", "le consulat du Mali", "l'Ambassade des États-Unis": a mission
        // before its country
        // (or beside its nationality: "l'ambassade britannique", "the Kenyan embassy")
        let lower_mission = MISSION_WORDS.contains(&t.key)
            && match cx.lang {
                Lang::Fr => {
                    matches!(cx.key(i + 1), "de" | "du" | "d'" | "des")
                        && look.country_at(cx, i + 2).is_some()
                        || look.country_at(cx, i + 1).is_some_and(|_| !cx.tokens[i + 1].cap)
                }
                Lang::En => i > 0 && look.country_at(cx, i - 1).is_some_and(|(_, after)| after == i),
            };
        let head_org = t.cap && lex.org_heads.contains(&t.key.as_str()) || lower_unit || lower_mission;
        // "Chief of Staff of the X Defence Force": a head word inside a title opens no body
        let in_title =
            (i.saturating_sub(6)..i).any(|k| look.title_at(cx, k).is_some_and(|(_, after)| after > i));
        if !(head_ministry || head_org) || t.kind != TokenKind::Word || in_title {
            i += 1;
            continue;
        }
        let m = match cx.lang {
            Lang::Fr => french_org(cx, look, i),
            Lang::En => english_org(cx, look, i),
        };
        match m {
            // a place the gazetteer knows by this very name ("West Bank", "Banca Hills") is a place
            Some(m) if is_known_place(cx, &m) => i += 1,
            Some(mut m) => {
                i = m.last;
                m.org = m.org.take().or_else(|| owner::parent_body(cx, look, &m));
                if m.org.is_none() {
                    m.country = m.country.or_else(|| owner::country_of_title_before(cx, look, m.first));
                }
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the body's name of `m` is, whole, a place of the gazetteer and no body of it.
fn is_known_place(cx: &Context<'_>, m: &Mention) -> bool {
    let surface = fold(&cx.text[m.start..m.end]);
    cx.gaz.senses_of(&surface).any(|s| matches!(s, Sense::Place(_)))
        && !cx.gaz.senses_of(&surface).any(|s| matches!(s, Sense::Org(_)))
}

/// How many lowercase words may continue a French body's name after its capitalised head.
const MAX_LOWER_NAME_WORDS: usize = 5;

/// French: head, then demonyms, capitalised words, name adjectives and `de`-connectors.
///
/// One function on purpose: it walks right from the head word once, and each kind of word met
/// (demonym, capitalised word, name adjective, connector, a known organization's name) either
/// extends the name or ends it; the walk's state (the country met, capitalised words counted,
/// where the name may end) is shared by every case.
pub(super) fn french_org(cx: &Context<'_>, look: &Lookup, head: usize) -> Option<Mention> {
    let lex = cx.lex;
    let n = cx.tokens.len();
    // "les ministères des Affaires étrangères des pays voisins": several bodies, none named
    if cx.key(head) == "ministeres" {
        return None;
    }
    let ministry = lex.ministry_heads.contains(&cx.key(head));
    // "ministre des Armées, des Vétérans…", "chargé de la Défense": a minister's domain
    // names no body of its own ("secrétaire du Conseil de sécurité" does)
    let p = if head > 0 && matches!(cx.key(head - 1), "la" | "l'") { head - 1 } else { head };
    let domain = p >= 2
        && matches!(cx.key(p - 1), "de" | "des" | "du" | "d'")
        && matches!(cx.key(p - 2), "ministre" | "ministres" | "charge" | "chargee");
    if !ministry && domain {
        return None;
    }
    let mut j = head + 1;
    let mut end = head + 1;
    let mut country = None;
    let mut content = 0; // words after the head other than the country
    let mut capitalised = 0;
    let mut inner_org: Option<String> = None;
    // French writes only the first word of a body's name in capitals ("Commandement des
    // opérations interarmées", "Force opérationnelle conjointe"): after a capitalised head inside
    // a sentence, a few lowercase adjectives and nouns of complements continue the name
    let free_words = cx.tokens[head].cap && head > cx.sentence_start_of(head) && !ministry;
    let mut lowercase = 0;
    // where a lowercase enumeration opened ("… et des relations publiques"), kept only if the
    // name goes on to its owner, a capitalised word or a country
    let mut lower_enumerated = None;
    let demonym_before =
        |k: usize| look.senses(cx, k - 1).iter().any(|s| matches!(s, Sense::Country(_, FormKind::Demonym)));
    // (a ministry's capitalised domain takes its adjective: "ministère de la Sécurité publique",
    // "… des Forces armées révolutionnaires")
    let adjective = |k: usize| FRENCH_NAME_ADJECTIVE_ENDINGS.iter().any(|e| cx.key(k).ends_with(e));
    let cap_word = |k: usize| cx.tokens[k].cap && cx.tokens[k].kind == TokenKind::Word;
    let domain_adjective = |k: usize| {
        ministry && adjective(k) && (cap_word(k - 1) || k >= 2 && cap_word(k - 2) && adjective(k - 1))
    };
    let lower_word = |k: usize, lowercase: usize| {
        let t = &cx.tokens[k];
        let w = t.key.as_str();
        (free_words || domain_adjective(k))
            && lowercase < MAX_LOWER_NAME_WORDS
            && t.kind == TokenKind::Word
            && !t.cap
            && w.chars().count() >= 4
            && !lex.name_stops.contains(&w)
            // (a number names no body: "les Armées des trois pays")
            && crate::lang::number_word(w).is_none()
            && !lex.org_heads.contains(&w)
            && !lex.ministry_heads.contains(&w)
            // (an infinitive after "de" is what the body is asked to do: "ordonné à la Direction
            // des migrations de refuser…")
            && !(matches!(cx.key(k - 1), "de" | "d'") && FRENCH_INFINITIVE_ENDINGS.iter().any(|e| w.ends_with(e)))
            && (FRENCH_NAME_ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
                // (a nationality closes the name: "l'Armée rwandaise indique…" ends before the verb)
                && !demonym_before(k)
                || matches!(cx.key(k - 1), "de" | "des" | "du" | "d'" | "la" | "l'"))
    };
    while j < n && j - head < 14 {
        let t = &cx.tokens[j];
        if let Some((c, after)) = look.country_at(cx, j) {
            if matches!(cx.key(j - 1), "etudes" | "studies" | "recherches") {
                // "Centre d'études polonaises": the topic, not the owner
                end = after;
                j = after;
                content += 1;
                continue;
            }
            if t.cap && !look.senses(cx, j).iter().any(|s| matches!(s, Sense::Country(_, FormKind::Demonym)))
            {
                // a country's name inside: "ministère de la Défense de Biélorussie", "… de
                // l'Azerbaïdjan", "… de la Tunisie"
                let article = matches!(cx.key(j - 1), "la" | "l'") && j >= 2 && cx.key(j - 2) == "de";
                // (and "des" before a plural name: "Ambassade des États-Unis", "… des Comores")
                if matches!(cx.key(j - 1), "de" | "du" | "d'" | "des") || article {
                    country = country.or(Some(c));
                    end = after;
                    j = after;
                    continue;
                }
                break;
            }
            country = country.or(Some(c));
            end = after;
            j = after;
            continue;
        }
        // a dependent territory is its sovereign's: "Forces armées de Nouvelle-Calédonie"
        let territory = look.senses(cx, j).iter().find_map(|s| match s {
            Sense::Place(p) => {
                let place = &cx.gaz.places[*p as usize];
                (place.kind == "territory").then(|| cx.gaz.country_index(&place.iso3)).flatten()
            }
            _ => None,
        });
        if let Some(c) =
            territory.filter(|_| t.cap && matches!(cx.key(j - 1), "de" | "du" | "d'" | "la" | "l'"))
        {
            let (_, after) = look.at[j].expect("candidate");
            country = country.or(Some(c));
            end = after;
            j = after;
            continue;
        }
        if let Some(Sense::Org(oi)) =
            look.senses(cx, j).iter().find(|s| matches!(s, Sense::Org(_))).copied().filter(|_| t.cap)
        {
            // a unit named with its parent army ("Brigade blindée de l'Armée de terre")
            let (_, after) = look.at[j].expect("candidate");
            inner_org = Some(cx.gaz.orgs[oi as usize].key.clone());
            end = after;
            j = after;
            content += 1;
            capitalised += 1;
            continue;
        }
        // a lowercase word right after the owner's country is the sentence's ("l'Armée du Niger
        // engagée aux côtés de…")
        let after_country =
            country.is_some() && j == end && look.country_at(cx, j - 1).is_some_and(|(_, a)| a == j)
                || country.is_some() && j == end && j >= 1 && cx.tokens[j - 1].cap;
        if lower_word(j, lowercase) && !lex.org_inner.contains(&t.key.as_str()) && !after_country {
            lowercase += 1;
            content += 1;
            j += 1;
            end = j;
            // "relations internationales et stratégiques": a second adjective after "et"
            let adjective = |k: usize| {
                cx.tokens
                    .get(k)
                    .is_some_and(|x| FRENCH_NAME_ADJECTIVE_ENDINGS.iter().any(|e| x.key.ends_with(e)))
            };
            if cx.key(j) == "et" && adjective(j - 1) && adjective(j + 1) && lower_word(j + 1, lowercase) {
                j += 1;
            }
            continue;
        }
        if t.kind == TokenKind::Word && (t.cap || lex.org_inner.contains(&t.key.as_str())) {
            // (a lowercase inner word that is also a verb or a stop, "est", names a direction only
            // after its article: "Commandement de l'est", not "… thaïlandaises est arrivée")
            if !t.cap
                && lex.name_stops.contains(&t.key.as_str())
                && !matches!(cx.key(j - 1), "l'" | "de" | "du")
            {
                break;
            }
            if t.cap
                && lex.name_stops.contains(&t.key.as_str())
                && !matches!(cx.key(j - 1), "l'" | "de" | "du")
            {
                break;
            }
            if t.cap && look.title_at(cx, j).is_some() {
                break;
            }
            if t.cap && is_person_start(cx, look, j) {
                break;
            }
            content += 1;
            capitalised += usize::from(t.cap);
            j += 1;
            end = j;
            continue;
        }
        if matches!(t.key.as_str(), "de" | "du" | "des" | "d'") {
            // "la Cour pénale internationale de La Haye": after a known body's whole name, a
            // complement names its seat, not more of its name
            if look.org_at(cx, head).is_some_and(|(_, after)| after == j) {
                break;
            }
            // connector: must be followed by a content word (possibly after "la"/"l'")
            let mut k = j + 1;
            if matches!(cx.key(k), "la" | "l'") {
                k += 1;
            }
            if k < n
                && (cx.tokens[k].cap
                    || lex.org_inner.contains(&cx.key(k))
                    || look.country_at(cx, k).is_some()
                    || lower_word(k, lowercase))
            {
                if cx.tokens[k].cap && look.country_at(cx, k).is_none() && is_person_start(cx, look, k) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        if t.key == "-" && j + 1 < n && cx.tokens[j + 1].cap && j > head {
            j += 1;
            continue;
        }
        // a compound head glued by a hyphen ("Garde-côtes"): its second word is the head's
        let glued = |k: usize| cx.tokens[k].start == cx.tokens[k - 1].end;
        let lower = |k: usize| {
            cx.tokens[k].kind == TokenKind::Word && !cx.tokens[k].cap && cx.tokens[k].key.chars().count() >= 4
        };
        if t.key == "-" && j == head + 1 && j + 1 < n && glued(j) && glued(j + 1) && lower(j + 1) {
            j += 2;
            end = j;
            content += 1;
            continue;
        }
        // "Centre d'études polonaises, baltes et nordiques": an enumeration of complements
        let enumeration =
            (t.key == "," || t.key == "et") && matches!(cx.key(j + 1), "d'" | "de" | "du" | "des");
        // (over an article, "… et de la Stratégie", but not into another known body or country,
        // "des bases de l'Union africaine et de l'Otan")
        let next = j + 2 + usize::from(matches!(cx.key(j + 2), "la" | "l'"));
        let known = next < n && (look.org_at(cx, next).is_some() || look.country_at(cx, next).is_some());
        // (in lowercase too, when a complement follows it: "Direction de la presse et des
        // relations extérieures des forces")
        let lower_enumeration = || {
            lower_word(next, lowercase)
                && (next + 1..(next + 3).min(n)).any(|q| matches!(cx.key(q), "de" | "du" | "des" | "d'"))
        };
        if enumeration && next < n && (cx.tokens[next].cap || lower_enumeration()) && !known {
            if !cx.tokens[next].cap {
                lower_enumerated = lower_enumerated.or(Some(j));
            }
            j += 1;
            continue;
        }
        break;
    }
    if let Some(cut) = lower_enumerated {
        if !(cut..end).any(|q| cx.tokens[q].cap || look.country_at(cx, q).is_some()) {
            end = cut;
        }
    }
    let head_cap = cx.tokens[head].cap;
    // "l'ambassade de France", "le consulat du Mali": a mission is named by its country alone
    let mission = MISSION_WORDS.contains(cx.key(head)) && country.is_some();
    if content == 0 && !mission {
        return None;
    }
    if ministry && capitalised == 0 && !head_cap {
        // "les ministères de la santé": a generic, lowercase phrase
        if cx.key(head) != "ministere" || country.is_none() {
            return None;
        }
    }
    if !ministry && !mission && capitalised == 0 && !head_cap {
        return None;
    }
    let start = cx.tokens[head].start;
    let stop = cx.tokens[end - 1].end;
    let surface = &cx.text[start..stop];
    let key = org_key(cx, look, head, end, ministry, country);
    let mut m =
        Mention::new(start, stop, Key::Org(key), head, end, if ministry { "ministry" } else { "org-head" });
    m.country = country;
    m.org = inner_org;
    m.canonical = Some(surface.to_string());
    Some(known_org(cx, m))
}

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

/// An organization found by pattern that the gazetteer knows by this exact name takes its key.
pub(super) fn known_org(cx: &Context<'_>, mut m: Mention) -> Mention {
    let surface = fold(&cx.text[m.start..m.end]);
    if let Some(oi) = cx.gaz.senses_of(&surface).find_map(|s| match s {
        Sense::Org(o) => Some(o),
        _ => None,
    }) {
        let o = &cx.gaz.orgs[oi as usize];
        let known_country = o.iso3.as_deref().and_then(|i| cx.gaz.country_index(i));
        // "Oman's Royal Navy" is Oman's, not the body of another country known by the same words
        let other_country = matches!((m.country, known_country), (Some(a), Some(b)) if a != b);
        if !other_country {
            m.key = Key::Org(o.key.clone());
            m.country = m.country.or(known_country);
            m.canonical = None;
        }
    }
    m
}

/// English: a run of capitalised words (with `of`, `the`, `for`, `and`) containing the head,
/// extended left over a demonym ("Chinese Ministry of National Defense", "Russian Security Council").
///
/// One function on purpose, like [`french_org`]: one walk left and right of the head word with
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
        if look.title_at(cx, p).is_some()
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
    // "Russia's Defence Ministry": the possessive names the country
    let mut owner = None;
    if country.is_none() && first >= 3 && cx.key(first - 1) == "s" && cx.is_punct(first - 2, "'") {
        let mut k = first - 3;
        while k > sent && cx.tokens[k].kind == TokenKind::Word && look.country_at(cx, k).is_none() {
            k -= 1;
        }
        if let Some((c, after)) = look.country_at(cx, k) {
            if after == first - 2 {
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
        let ends = SHIP_WORDS.contains(&t.key) || ROLE_PLURALS.contains(&t.key) || numbered;
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
            let another_body = t.key == "and" && {
                let mut e = k;
                while e < n && cx.tokens[e].cap && cx.tokens[e].kind == TokenKind::Word {
                    e += 1;
                }
                (k..e).any(|x| cx.lex.org_heads.contains(&cx.key(x)) || look.country_at(cx, x).is_some())
            };
            // "…Air Force on Wednesday": a day or a month is no part of a name
            let time = k < n && (weekday_name(cx.key(k)).is_some() || month_of(cx.key(k)).is_some());
            // "and" joins the complements of a name ("Ministry of Trade and Industry"), not a
            // body and the next word ("the Airport Authority and Forestry")
            let complement = t.key != "and" || (head + 1..j).any(|x| matches!(cx.key(x), "of" | "for"));
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
    if end - first < 2 {
        return None;
    }
    // "the Defence Ministries of X and Y": several bodies, none named; "the Visiting Forces
    // Agreement": a text's name, no body
    if matches!(cx.key(head), "ministries" | "ministeres") || WORK_HEADS.contains(cx.key(end - 1)) {
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
