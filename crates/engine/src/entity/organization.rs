//! Organizations found by pattern: a head word (ministry, council, army, fleet) and the words
//! that continue its name in French order (the English order is `org_english`'s), and the key
//! of a body the gazetteer knows by the name found.

use super::name::is_person_start;
use super::org_english;
use super::org_key::org_key;
use super::owner;
use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::{FormKind, Sense};
use crate::lang::{
    FRENCH_INFINITIVE_ENDINGS, FRENCH_LOWERCASE_UNIT_HEADS, FRENCH_NAME_ADJECTIVE_ENDINGS, MISSION_WORDS,
    SERVICE_HEADS,
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
            Lang::En => org_english::english_org(cx, look, i),
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
    let glued = |k: usize| cx.tokens[k].start == cx.tokens[k - 1].end;
    let lower = |k: usize| {
        cx.tokens[k].kind == TokenKind::Word && !cx.tokens[k].cap && cx.tokens[k].key.chars().count() >= 4
    };
    // (a lowercase body's head, after a capitalised head's connector: "… des garde-côtes")
    let inner_head = |k: usize, lowercase: usize| {
        free_words
            && k < n
            && !cx.tokens[k].cap
            && lex.org_heads.contains(&cx.key(k))
            && lowercase < MAX_LOWER_NAME_WORDS
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
        // a service named inside in lowercase after a connector ("Direction générale des
        // garde-côtes X", "… de la police nationale"), over its hyphenated second word
        if inner_head(j, lowercase) && matches!(cx.key(j - 1), "de" | "des" | "du" | "d'" | "la" | "l'") {
            j += 1;
            if j + 1 < n && cx.key(j) == "-" && glued(j) && glued(j + 1) && lower(j + 1) {
                j += 2;
            }
            end = j;
            content += 1;
            lowercase += 1;
            continue;
        }
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
                    || lower_word(k, lowercase)
                    || inner_head(k, lowercase))
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
    // "l'Armée du Népal", "la Marine du Sénégal": a service's word capitalised inside a sentence
    // before its country names that service (written lowercase it stays generic)
    let named_service =
        head_cap_inside(cx, head) && SERVICE_HEADS.fr.contains(&cx.key(head)) && country.is_some();
    if content == 0 && !mission && !named_service {
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

/// Whether the word at `head` is capitalised inside its sentence (not its first word, which any
/// word would be).
fn head_cap_inside(cx: &Context<'_>, head: usize) -> bool {
    cx.tokens[head].cap && head > cx.sentence_start_of(head) && !cx.tokens[head].line_start
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
