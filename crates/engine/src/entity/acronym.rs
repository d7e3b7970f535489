//! Acronyms in parentheses: the organization a name before them spells, or a known one they
//! name ("…au Liban (Finul)"), and every later use of them; and acronyms without parentheses
//! that spell a body the text names in full.
//!
//! Part of stage 3 (`super`): runs after the pattern and gazetteer rules, before persons, so that
//! an acronym is never read as a place or a person of the same letters.

use super::{work, Context, Key, Lookup, Mention};
use crate::lang::{INITIAL_SKIP, WORK_HEADS};
use crate::text::fold;
use crate::text::TokenKind;
use std::collections::HashMap;

/// "The National Intelligence Service (NIS)", "l'Institut de relations internationales et
/// stratégiques (IRIS)": an acronym in parentheses names the organization before it (a known one, or
/// a capitalised name whose initials spell it); it and every later use of the acronym are mentions
/// of that organization, never a place or a person of the same letters ("Niš").
pub(super) fn acronyms_in_parentheses(cx: &Context<'_>, look: &Lookup, out: &mut Vec<Mention>) {
    known_in_parentheses(cx, out);
    let n = cx.tokens.len();
    // (capitals with figures too: "M23", "G5")
    let is_acronym = |k: usize| {
        cx.tokens.get(k).is_some_and(|t| {
            let w = &cx.text[t.start..t.end];
            let shaped = w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && w.chars().any(|c| c.is_ascii_uppercase());
            t.kind == TokenKind::Word && (t.upper || shaped) && (2..=8).contains(&t.key.len())
        })
    };
    // every acronym's first reading (a long document repeats them); the first organization ending
    // at each token; the tokens held by a mention other than a country's. One probe each, so the
    // pass stays linear in the tokens and mentions
    let mut found: HashMap<String, (Key, Option<u16>)> = HashMap::new();
    let mut org_ending: HashMap<usize, (Key, Option<u16>)> = HashMap::new();
    let mut held = vec![false; n];
    // (a country's name before its short form, "the Central African Republic (CAR)", spells no body)
    let mut country_start: Vec<Option<usize>> = vec![None; n + 1];
    work(n + out.len());
    for m in out.iter() {
        if matches!(m.key, Key::Org(_)) {
            org_ending.entry(m.last).or_insert_with(|| (m.key.clone(), m.country));
        }
        if matches!(m.key, Key::Country(_)) && m.last <= n {
            country_start[m.last] = Some(m.first);
        }
        if !matches!(m.key, Key::Country(_)) {
            mark(&mut held, m);
        }
    }
    for j in 1..n.saturating_sub(2) {
        if !(cx.is_punct(j, "(") && is_acronym(j + 1) && cx.is_punct(j + 2, ")"))
            || cx.tokens[j + 1].line_start
        {
            continue;
        }
        let acronym = cx.tokens[j + 1].key.clone();
        // a known organization ending right before
        if let Some((key, country)) = org_ending.get(&j) {
            found.entry(acronym).or_insert_with(|| (key.clone(), *country));
            continue;
        }
        // a name whose content words' initials spell the acronym
        let letters: Vec<char> = acronym.chars().collect();
        let sent = cx.sentence_start_of(j);
        let mut initials: Vec<char> = Vec::new();
        let mut k = j;
        let mut start = None;
        while k > sent && j - k < 14 && initials.len() < letters.len() {
            k -= 1;
            work(1);
            let t = &cx.tokens[k];
            if t.kind != TokenKind::Word || cx.tokens[k + 1].line_start && k + 1 < j {
                break;
            }
            if INITIAL_SKIP.contains(t.key.as_str()) {
                continue;
            }
            initials.insert(0, t.key.chars().next().unwrap_or(' '));
            if initials.len() == letters.len() {
                start = Some(k);
            }
        }
        // ("Chef d'état-major général des armées (CEMGA)" spells a title, not a body; "Visiting
        // Forces Agreement (VFA)" a text's name)
        let text_name = WORK_HEADS.contains(cx.key(j - 1));
        // (the whole spelt name a country's: "the Central African Republic (CAR)"; not "the Armed
        // Forces of Estria (AFE)")
        let country = |s: usize| country_start[j] == Some(s);
        let Some(s) = start.filter(|&s| {
            initials == letters
                && cx.tokens[s].cap
                && look.title_at(cx, s).is_none()
                && !text_name
                // (a text's name opened by its head: "Traité d'amitié et de défense (TAD)",
                // "Treaty of Amity (TOA)")
                && !WORK_HEADS.contains(cx.key(s))
                && !country(s)
        }) else {
            continue;
        };
        work(j - s);
        // (a shorter name of the same body read by the rules from the same first word gives way:
        // "Front uni" before "Front uni pour la défense du littoral (FUDL)")
        if held[s..j].iter().any(|&h| h) {
            work(out.len());
            let shorter = |m: &Mention| {
                matches!(m.key, Key::Org(_)) && m.first == s && m.last < j && m.rule != "gazetteer-org"
            };
            let other = out
                .iter()
                .any(|m| m.first < j && m.last > s && !shorter(m) && !matches!(m.key, Key::Country(_)));
            if other || !out.iter().any(shorter) {
                continue;
            }
            out.retain(|m| !shorter(m));
        }
        let (b, e) = (cx.tokens[s].start, cx.tokens[j - 1].end);
        let key = Key::Org(format!("org:{}:?", fold(&cx.text[b..e])));
        let mut m = Mention::new(b, e, key.clone(), s, j, "org-acronym-name");
        m.canonical = Some(cx.text[b..e].to_string());
        held[s..j].fill(true);
        out.push(m);
        found.entry(acronym).or_insert((key, None));
    }
    if found.is_empty() {
        return;
    }
    let named = |k: usize| Some(&cx.tokens[k]).filter(|t| t.upper).and_then(|t| found.get(&t.key));
    out.retain(|m| !(m.last == m.first + 1 && named(m.first).is_some()));
    let mut covered = vec![false; n];
    work(n + 2 * out.len());
    for m in out.iter() {
        mark(&mut covered, m);
    }
    for (k, &held_already) in covered.iter().enumerate() {
        if let Some((key, country)) = named(k) {
            if held_already {
                continue;
            }
            let t = &cx.tokens[k];
            let mut m = Mention::new(t.start, t.end, key.clone(), k, k + 1, "org-acronym");
            m.country = *country;
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// Marks the tokens of `m` in `marks` (nothing outside the text, nothing for a reversed span).
fn mark(marks: &mut [bool], m: &Mention) {
    let end = m.last.min(marks.len());
    work(end.saturating_sub(m.first));
    if let Some(span) = marks.get_mut(m.first.min(end)..end) {
        span.fill(true);
    }
}

/// "la Mission des Nations unies au Mali (Minusma)": a known organization in parentheses
/// names the organization read right before it, which takes its key (one entity), and its name
/// runs over the place it is "in" ("au Liban", "in South Sudan") up to the parenthesis.
fn known_in_parentheses(cx: &Context<'_>, out: &mut [Mention]) {
    // "(" token -> the known body's key and country; a news agency's letters ("AFP") name a body
    // of the same letters more often than the agency itself, so media are left out
    let mut known: HashMap<usize, (Key, Option<u16>)> = HashMap::new();
    work(2 * out.len());
    let media = |key: &Key| {
        let Key::Org(k) = key else { return false };
        work(cx.gaz.orgs.len());
        cx.gaz.orgs.iter().any(|o| &o.key == k && o.kind == "media")
    };
    for m in out.iter().filter(|m| m.rule == "gazetteer-org" && m.first > 1) {
        if cx.is_punct(m.first - 1, "(") && cx.is_punct(m.last, ")") && !media(&m.key) {
            known.insert(m.first - 1, (m.key.clone(), m.country));
        }
    }
    if known.is_empty() {
        return;
    }
    // where each mention of a place or country starting at a token ends ("au Liban (")
    let placed: HashMap<usize, usize> = out
        .iter()
        .filter(|m| matches!(m.key, Key::Country(_) | Key::Place(_)))
        .map(|m| (m.first, m.last))
        .collect();
    for m in out.iter_mut().filter(|m| matches!(m.key, Key::Org(_)) && m.rule != "gazetteer-org") {
        let open = if known.contains_key(&m.last) {
            Some(m.last)
        } else {
            // "… au Liban (", "… in South Sudan ("
            let prep = |k: usize| cx.tokens.get(k).is_some_and(|t| t.is(&["au", "en", "in", "a", "aux"]));
            placed.get(&(m.last + 1)).copied().filter(|end| prep(m.last) && known.contains_key(end))
        };
        let Some(open) = open else { continue };
        // (a body of another country bears the same letters: "Forces armées royales thaïlandaises
        // (RCAF)" is no Canadian air force)
        // (its country named in the name itself agrees: "the Papua New Guinea Defence Force", its
        // acronym after it, though "Guinea" alone is another country)
        let named_in = |c: u16| {
            let country = &cx.gaz.countries[c as usize];
            let name = &cx.text[m.start..cx.tokens[open - 1].end];
            name.contains(country.name_en.as_str()) || name.contains(country.name_fr.as_str())
        };
        // (nor is a country's body a stateless one of the same letters: "Forces armées royales
        // cambodgiennes (FARC)" are no Colombian guerrilla)
        let other_country = |c: &Option<u16>| match (*c, m.country) {
            (Some(a), Some(b)) => a != b && !named_in(a),
            (None, Some(_)) => true,
            _ => false,
        };
        if let Some((key, country)) = known.get(&open).filter(|(_, c)| !other_country(c)) {
            m.key = key.clone();
            m.country = country.or(m.country);
            m.end = cx.tokens[open - 1].end;
            m.last = open;
            m.canonical = Some(cx.text[m.start..m.end].to_string());
        }
    }
}

/// The initials of the other language's name of the known body that `name` names in the
/// gazetteer (its content words), when it has one of two to [`MAX_SPELT`] such words.
fn other_language_initials(cx: &Context<'_>, name: &str) -> Option<String> {
    let org = cx.gaz.senses_of(&fold(name)).find_map(|s| match s {
        crate::gazetteer::Sense::Org(o) => Some(o),
        _ => None,
    })?;
    let org = &cx.gaz.orgs[org as usize];
    let other = match cx.lang {
        crate::analysis::Lang::Fr => &org.name_en,
        crate::analysis::Lang::En => &org.name_fr,
    };
    let initials: String = other
        .split([' ', '-', '\''])
        .map(fold)
        .filter(|w| !w.is_empty() && !INITIAL_SKIP.contains(w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    (2..=MAX_SPELT).contains(&initials.chars().count()).then_some(initials)
}

/// The longest acronym read from a body's initials without parentheses.
const MAX_SPELT: usize = 6;

/// "Les Forces armées libanaises … le commandant des FAL", "the Lebanese Armed Forces … the LAF
/// chief": an acronym in capitals, with no parentheses anywhere, that spells the initials of a
/// body the text names in full (its content words, the first capitalised) is a mention of that body —
/// a new mention where nothing read it, or the key of a one-word body of unknown name that a rule
/// read from it. One pass over the mentions and one over the tokens.
pub(super) fn spelt_acronyms(cx: &Context<'_>, out: &mut Vec<Mention>) {
    let n = cx.tokens.len();
    work(n + 2 * out.len());
    let mut spelt: HashMap<String, Option<(Key, Option<u16>)>> = HashMap::new();
    for m in out.iter().filter(|m| matches!(m.key, Key::Org(_)) && m.last > m.first + 1 && m.last <= n) {
        let words: Vec<&crate::text::Token> = cx.tokens[m.first..m.last]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !INITIAL_SKIP.contains(t.key.as_str()))
            .collect();
        if !(2..=MAX_SPELT).contains(&words.len()) || !words[0].cap {
            continue;
        }
        let initials: String = words.iter().filter_map(|t| t.key.chars().next()).collect();
        // (a known body spells its name in the other language too: "les Forces démocratiques
        // alliées … les ADF", from "Allied Democratic Forces")
        let other = other_language_initials(cx, &cx.text[m.start..m.end]).filter(|o| *o != initials);
        for initials in std::iter::once(initials).chain(other) {
            // (two bodies of the same initials spell neither)
            let entry = spelt.entry(initials).or_insert_with(|| Some((m.key.clone(), m.country)));
            if entry.as_ref().is_some_and(|(k, _)| *k != m.key) {
                *entry = None;
            }
        }
    }
    if spelt.is_empty() {
        return;
    }
    let mut covered: Vec<Option<usize>> = vec![None; n];
    for (i, m) in out.iter().enumerate() {
        for c in covered.iter_mut().take(m.last.min(n)).skip(m.first) {
            *c = Some(i);
        }
    }
    // (a body read from the word itself by a rule: "org:x:?", or "org:x" after a group noun)
    let unknown_word = |m: &Mention| {
        let word = |k: &str| {
            k.strip_prefix("org:").is_some_and(|r| r == cx.tokens[m.first].key || r.ends_with(":?"))
        };
        m.last == m.first + 1 && matches!(&m.key, Key::Org(k) if word(k))
    };
    for (k, t) in cx.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !t.upper || !(2..=MAX_SPELT).contains(&t.key.len()) {
            continue;
        }
        let Some(Some((key, country))) = spelt.get(&t.key) else { continue };
        match covered[k] {
            Some(i) if unknown_word(&out[i]) => {
                out[i].key = key.clone();
                out[i].country = *country;
            }
            Some(_) => {}
            None => {
                let mut m = Mention::new(t.start, t.end, key.clone(), k, k + 1, "org-acronym");
                m.country = *country;
                out.push(m);
            }
        }
    }
}
