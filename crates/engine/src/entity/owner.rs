//! The owner of a body found by pattern when its own name names none: the international body
//! its name opens with ("the SADC Standby Force" is SADC's), or the country of the title right
//! before it ("Jordan's chief of the General Staff"). Read by
//! [`super::organization::organizations`]. And the country a body is said to be of by "of the
//! country" after it ([`bodies_of_this_country`], once all mentions are found).

use super::{Context, Key, Lookup, Mention};
use crate::lang::{COUNTRY_NOUNS, OF_WORDS};

/// The country of a title right before a body's name, whose office is in that body: "Jordan's
/// chief of the General Staff", "the Omani commander of the Royal Navy" (a possessive
/// or a demonym before the title, "of" and "the" after it).
pub(super) fn country_of_title_before(cx: &Context<'_>, look: &Lookup, first: usize) -> Option<u16> {
    let mut k = first.checked_sub(1)?;
    if cx.key(k) == "the" {
        k = k.checked_sub(1)?;
    }
    if cx.key(k) != "of" {
        return None;
    }
    // the title: one or two words ending right before "of"
    let title =
        (k.saturating_sub(3)..k).find(|&t| look.title_at(cx, t).is_some_and(|(_, after)| after == k))?;
    let before = title.checked_sub(1)?;
    // "Jordan's chief", "the Jordanian chief"
    if cx.key(before) == "s" && before >= 2 && cx.is_punct(before - 1, "'") {
        let q = (before.saturating_sub(5)..before - 1)
            .find(|&q| look.country_at(cx, q).is_some_and(|(_, after)| after == before - 1))?;
        return look.country_at(cx, q).map(|(c, _)| c);
    }
    (before.saturating_sub(3)..=before)
        .find_map(|q| look.country_at(cx, q).filter(|&(_, after)| after == title).map(|(c, _)| c))
}

/// The international body whose name opens the name of the body `m` ("the SADC Standby Force",
/// "the OSCE Minsk Group", "ECOWAS Commission") or closes it after "of"/"de" ("the Joint Force of
/// the G5 Sahel"): the body is part of it. Only a body of no country of its own counts, and only
/// when `m` names no country.
pub(super) fn parent_body(cx: &Context<'_>, look: &Lookup, m: &Mention) -> Option<String> {
    if m.country.is_some() {
        return None;
    }
    if let Some((oi, after)) = look.org_at(cx, m.first) {
        let o = &cx.gaz.orgs[oi as usize];
        if after < m.last && o.iso3.is_none() {
            return Some(o.key.clone());
        }
    }
    // (or closes it after "of"/"de": "the Joint Force of the G5 Sahel", "le Conseil de sécurité de
    // l'ONU")
    (m.first + 1..m.last).find_map(|k| {
        let (oi, _) = look.org_at(cx, k).filter(|&(_, after)| after == m.last)?;
        let of = (k.saturating_sub(2)..k).any(|j| cx.tokens[j].is_in(OF_WORDS));
        let o = &cx.gaz.orgs[oi as usize];
        (of && o.iso3.is_none()).then(|| o.key.clone())
    })
}

/// Bodies named with "of the country" after them ("les Forces armées de ce pays", "the armed
/// forces of the country"): the country is the last one named before the body, in its sentence
/// or the one before. Only a body with no country or parent of its own; linear in the mentions
/// (sorted by start, one pass keeping the last country seen).
pub(super) fn bodies_of_this_country(cx: &Context<'_>, out: &mut [Mention]) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].start, i));
    let mut last_country: Option<(u16, usize)> = None;
    for i in order {
        if let Key::Country(c) = out[i].key {
            last_country = Some((c, out[i].first));
            continue;
        }
        let m = &out[i];
        if !matches!(m.key, Key::Org(_)) || m.country.is_some() || m.org.is_some() {
            continue;
        }
        let at = |k: usize, w: &[&str]| cx.tokens.get(m.last + k).is_some_and(|t| t.is(w));
        let this_country = at(0, &["de", "of"])
            && at(1, &["ce", "cet", "the", "that", "this"])
            && at(2, COUNTRY_NOUNS.of(cx.lang))
            || at(0, &["du"]) && at(1, COUNTRY_NOUNS.of(cx.lang));
        let sentence = cx.sentence_start_of(m.first);
        let near = |first: usize| first >= cx.sentence_start_of(sentence.saturating_sub(1));
        if let Some((c, _)) = last_country.filter(|&(_, first)| this_country && near(first)) {
            out[i].country = Some(c);
        }
    }
}

/// Persons named with their body or country right after them ("General Ravi Kant of the Nepali
/// Army", "Ana Ruiz of Peru", "le colonel X de la marine"): when the title before the name
/// gave none, the body (or country) after "of"/"de" is theirs. Linear: one map of the bodies and
/// countries by their first token.
pub(super) fn persons_of_a_body_after(cx: &Context<'_>, out: &mut [Mention]) {
    let starts: std::collections::HashMap<usize, usize> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.key, Key::Org(_) | Key::Country(_)))
        .map(|(i, m)| (m.first, i))
        .collect();
    for i in 0..out.len() {
        let m = &out[i];
        if !matches!(m.key, Key::Person(_)) || m.country.is_some() || m.org.is_some() {
            continue;
        }
        if !cx.tokens.get(m.last).is_some_and(|t| t.is(&["of", "de", "du", "d'"])) {
            continue;
        }
        // over an article ("of the", "de la", "de l'")
        let mut k = m.last + 1;
        if cx.tokens.get(k).is_some_and(|t| t.is(&["the", "la", "l'", "le"])) {
            k += 1;
        }
        let Some(&o) = starts.get(&k) else { continue };
        match &out[o].key {
            Key::Org(key) => {
                let key = key.clone();
                out[i].org = Some(key);
            }
            Key::Country(c) => {
                let c = *c;
                out[i].country = Some(c);
            }
            _ => {}
        }
    }
}

/// "The ministry" standing alone for the ministry last named ("The Estrian Foreign Ministry
/// condemned… The ministry called upon Y to…", "Le ministère a ajouté…"): a mention of that
/// ministry, so that what it says and asks is the ministry's. Only a lowercase ministry word after
/// a definite article, with no complement or name of its own after it, and only once a ministry
/// has been named. Linear: one sweep of the tokens with the mentions sorted by start.
pub(super) fn ministry_anaphors(cx: &Context<'_>, out: &mut Vec<Mention>) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| out[i].start);
    let mut covered = vec![false; cx.tokens.len()];
    for m in out.iter() {
        covered[m.first..m.last.min(cx.tokens.len())].fill(true);
    }
    let mut next = 0;
    let mut last_ministry: Option<usize> = None;
    let mut added = Vec::new();
    for k in 1..cx.tokens.len() {
        while next < order.len() && out[order[next]].last <= k {
            let m = &out[order[next]];
            if matches!(&m.key, Key::Org(key) if super::ministry_domain(key).is_some()) {
                last_ministry = Some(order[next]);
            }
            next += 1;
        }
        let t = &cx.tokens[k];
        let bare = !t.cap
            && !covered.get(k).copied().unwrap_or(true)
            // (one ministry: the singular head, "ministry", "ministère")
            && cx.lex.ministry_heads.contains(&t.key.as_str())
            && !t.key.ends_with('s')
            && cx.tokens[k - 1].is(&["the", "le"])
            && !cx.tokens.get(k + 1).is_some_and(|x| x.cap || x.is(&["of", "for", "de", "du", "des", "d'"]));
        if let Some(mi) = last_ministry.filter(|_| bare) {
            let m = &out[mi];
            let mut anaphor = Mention::new(t.start, t.end, m.key.clone(), k, k + 1, "ministry-anaphor");
            anaphor.country = m.country;
            anaphor.org = m.org.clone();
            added.push(anaphor);
        }
    }
    out.extend(added);
}
