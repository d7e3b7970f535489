//! Units named inside their parent's name: "the 3rd Infantry Division of the British Army", "la 5e
//! brigade de l'Armée de terre". The organization patterns read such a phrase as one name; it is
//! two organizations, the unit and the force it belongs to, each one actor, and the unit belongs
//! to the force (`affiliation`), as an analyst would file it.
//!
//! Reads the organization mentions found by pattern; writes them back with each such name cut in
//! two at its connector ("of", "de"): the unit (its `org` the force's key) and the force; and adds
//! a unit written in lowercase with its number before a force's name ("la 5e division des Forces
//! rwandaises de défense", "the 82nd airborne division of the US Army").

use super::org_key::{is_ordinal_number, org_key};
use super::{Context, Key, Lookup, Mention};
use crate::lang::{FORCE_HEADS, UNIT_HEADS};

/// The organizations, with every unit-of-force name cut into the unit and the force.
pub(super) fn split_units(cx: &Context<'_>, look: &Lookup, orgs: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(orgs.len());
    for m in orgs {
        match cut(cx, &m) {
            Some((unit_end, force_first)) => {
                let (force, key) = part(cx, look, &m, force_first, m.last, "org-force");
                let (mut unit, _) = part(cx, look, &m, m.first, unit_end, "org-unit");
                unit.org = Some(key);
                out.push(unit);
                out.push(force);
            }
            None => out.push(m),
        }
    }
    let numbered: Vec<Mention> = out.iter().filter_map(|force| numbered_unit(cx, look, force)).collect();
    out.extend(numbered);
    out
}

/// The unit named by a number and a unit word right before the organization `force` and its
/// connector ("5e division des …", "82nd airborne division of the …"), if any.
fn numbered_unit(cx: &Context<'_>, look: &Lookup, force: &Mention) -> Option<Mention> {
    let mut c = force.first.checked_sub(1)?;
    while c > 0 && matches!(cx.key(c), "the" | "la" | "le" | "l'" | "les") {
        c -= 1;
    }
    if !matches!(cx.key(c), "of" | "de" | "du" | "des" | "d'") {
        return None;
    }
    // back over at most three words to the number, one of them a unit word
    let first = (c.saturating_sub(4)..c)
        .rev()
        .take_while(|&j| cx.tokens[j].kind == super::TokenKind::Word || is_ordinal_number(cx.key(j)))
        .find(|&j| is_ordinal_number(cx.key(j)))?;
    if !(first + 1..c).any(|j| UNIT_HEADS.contains(cx.key(j))) {
        return None;
    }
    let Key::Org(key) = &force.key else { return None };
    let (mut unit, _) = part(cx, look, force, first, c, "org-unit");
    unit.org = Some(key.clone());
    Some(unit)
}

/// Where the organization `m` splits, as (one past the unit's last token, the force's first
/// token): at the first connector after a unit word ("division", "brigade") whose right side,
/// past its determiners, holds a force word ("Army", "marine").
fn cut(cx: &Context<'_>, m: &Mention) -> Option<(usize, usize)> {
    let mut unit = false;
    for c in m.first..m.last {
        let k = cx.key(c);
        if UNIT_HEADS.contains(k) {
            unit = true;
            continue;
        }
        if !unit || !matches!(k, "of" | "de" | "du" | "des" | "d'") || c == m.first {
            continue;
        }
        let mut f = c + 1;
        while f < m.last && matches!(cx.key(f), "the" | "la" | "le" | "l'" | "les") {
            f += 1;
        }
        // (a lowercase complement before the force word belongs to the body's own name: "le
        // Corps d'instruction des forces armées X" is one body, not a corps of "instruction…")
        let force = (f..m.last).find(|&j| FORCE_HEADS.contains(cx.key(j)));
        let complement = force.is_some_and(|h| {
            (f..h).any(|j| {
                let t = &cx.tokens[j];
                t.kind == super::TokenKind::Word
                    && !t.cap
                    && !matches!(cx.key(j), "de" | "du" | "des" | "d'" | "of")
            })
        });
        if force.is_some() && !complement {
            return Some((c, f));
        }
        return None;
    }
    None
}

/// The mention of tokens `first..last` of the organization `m`, with its key.
fn part(
    cx: &Context<'_>,
    look: &Lookup,
    m: &Mention,
    first: usize,
    last: usize,
    rule: &'static str,
) -> (Mention, String) {
    let (start, end) = (cx.tokens[first].start, cx.tokens[last - 1].end);
    let key = org_key(cx, look, first, last, false, m.country);
    let mut part = Mention::new(start, end, Key::Org(key.clone()), first, last, rule);
    part.country = m.country;
    part.canonical = cx.text.get(start..end).map(str::to_string);
    (part, key)
}
