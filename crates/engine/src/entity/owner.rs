//! The owner of a body found by pattern when its own name names none: the international body
//! its name opens with ("the SADC Standby Force" is SADC's), or the country of the title right
//! before it ("Jordan's chief of the General Staff"). Read by
//! [`super::organization::organizations`].

use super::{Context, Lookup, Mention};

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
        let of = (k.saturating_sub(2)..k).any(|j| cx.tokens[j].is(&["of", "de", "du", "d'", "des"]));
        let o = &cx.gaz.orgs[oi as usize];
        (of && o.iso3.is_none()).then(|| o.key.clone())
    })
}
