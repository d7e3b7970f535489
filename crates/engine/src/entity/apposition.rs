//! Appositions after a person's name that give their role, country or body: ", une analyste
//! navale norvégienne,", ", secretary of the Estrian navy,", ", spokesman for Y". Read by
//! `person` for each name it finds, after the titles before the name (`title`).

use super::title::Found;
use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::Sense;
use crate::lang::{
    COORDINATORS, OF_WORDS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, ROLE_NOUNS, TITLE_CONTINUATIONS,
};
use crate::text::TokenKind;

/// An apposition right after a name: ", une analyste navale norvégienne," / ", secretary of …".
pub(super) fn apposition_after(
    cx: &Context<'_>,
    look: &Lookup,
    mentions: &Found<'_>,
    end: usize,
) -> Option<(bool, Option<u16>, Option<String>)> {
    // ", et l'ambassadeur de X", ", and the envoy of Y": the next item of a list, no apposition
    if !cx.is_punct(end, ",") || cx.tokens.get(end + 1).is_some_and(|t| COORDINATORS.contains(&t.key)) {
        return None;
    }
    // (nor does a preposition: "…to the minister, X, by the Estrian ambassador Y" names Y's title)
    if cx
        .tokens
        .get(end + 1)
        .is_some_and(|t| t.is(&["by", "par", "to", "with", "avec", "from", "for", "pour"]))
    {
        return None;
    }
    let stop = cx.sentence_end_of(end).min(end + 16);
    let mut role = false;
    let mut country = None;
    let mut org = None;
    let mut k = end + 1;
    // "X, chef d'état-major adjoint et la mission du Y, …": a coordinator before a
    // determiner and a common noun opens the next clause's subject, which ends the apposition
    // ("Minister of Defence and the Armed Forces" goes on: its noun is capitalised)
    let next_subject = |k: usize| {
        COORDINATORS.contains(cx.key(k))
            && cx.tokens.get(k + 1).is_some_and(|t| t.is(&["la", "le", "les", "l'", "the", "a", "an"]))
            && cx.tokens.get(k + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
    };
    // a verb's auxiliary ends it too when no comma closes it ("X, Secretary of Defence of Y was
    // received at the Ministry of Z": the ministry is no part of the title); French "a" is left
    // out, it may be the preposition "à"
    let auxiliary = |k: usize| {
        cx.tokens[k].is(PASSIVE_AUXILIARIES.of(cx.lang))
            || cx.lang == Lang::En && cx.tokens[k].is(PERFECT_AUXILIARIES.of(cx.lang))
    };
    // (after a body's name that opens it, the role may follow the name: ", Allied Sea Command
    // chief")
    let body_end = cx.tokens.get(end + 1).and_then(|t| {
        mentions
            .starting_in(t.start, t.start)
            .into_iter()
            .filter(|m| matches!(m.key, Key::Org(_)) && m.first == end + 1)
            .map(|m| m.last)
            .max()
    });
    while k < stop && !cx.is_punct(k, ",") && !cx.is_punct(k, ".") && !next_subject(k) && !auxiliary(k) {
        let w = cx.key(k);
        // the role opens the apposition: ", une analyste navale", ", secretary of…"
        // (after an article the role may come later: ", a senior Jordanian Navy officer")
        // (only "a"/"un": ", the Army Commander Gen. X" is the next item of a list)
        // (in French "a" is the verb: ", a rencontré le président de X" opens no apposition)
        let articles: &[&str] = match cx.lang {
            Lang::Fr => &["un", "une"],
            Lang::En => &["a", "an", "another"],
        };
        // (and after a country's possessive: ", Estria's navy deputy chief of staff")
        let possessive = (end + 2..end + 5).any(|q| cx.is_punct(q, "'") && cx.key(q + 1) == "s")
            && look.country_at(cx, end + 1).is_some();
        let reach = if cx.tokens.get(end + 1).is_some_and(|t| t.is(articles)) || possessive { 6 } else { 3 };
        let title_reach = if possessive { 6 } else { 3 };
        if k <= end + title_reach && look.title_at(cx, k).is_some()
            || k <= end + reach && ROLE_NOUNS.contains(w)
            || body_end == Some(k) && (look.title_at(cx, k).is_some() || ROLE_NOUNS.contains(w))
        {
            role = true;
        }
        k += 1;
    }
    if !role {
        return Some((false, None, None));
    }
    // "A, Defence Minister B and …": a title with a name right after it is the next person's, in
    // a list of titled people
    if title_before_name(cx, look, end + 1, k) {
        return None;
    }
    let k = title_goes_on(cx, mentions, end, k);
    let (s, e) = (cx.tokens[end].start, cx.tokens.get(k).map(|t| t.start).unwrap_or(cx.text.len()));
    // "A, le commandant de la marine, l'amiral B": a title followed by a comma, a rank and a name
    // is the next person's, in a list of titled people
    if titles_next_name(cx, look, k) {
        return None;
    }
    let inside: Vec<&Mention> = mentions.starting_in(s, e).into_iter().filter(|m| m.start < e).collect();
    // (the first body named, or a longer one holding it: "NATO Maritime Command" over "NATO")
    let mut org_span = (0, 0);
    for m in &inside {
        match &m.key {
            // a country named inside the organization's name is not the person's
            Key::Country(c) if !mentions.org_holds(m.start, m.end) => country = country.or(Some(*c)),
            Key::Org(o) if org.is_none() || m.start <= org_span.0 && org_span.1 < m.end => {
                org = Some(o.clone());
                org_span = (m.start, m.end);
                country = country.or(m.country);
            }
            _ => {}
        }
    }
    // "X, Commander, Task Force 73": a bare title, then the body it heads after a comma, closing
    if country.is_none() && org.is_none() && cx.is_punct(k, ",") {
        let at = if cx.key(k + 1) == "the" { k + 2 } else { k + 1 };
        let body = cx.tokens.get(at).map(|t| t.start).and_then(|b| {
            mentions.starting_in(b, b).into_iter().find(|m| matches!(m.key, Key::Org(_)) && m.start == b)
        });
        if let Some(m) = body {
            let closes = cx.tokens.get(m.last).is_none_or(|t| t.kind == TokenKind::Punct);
            if let (Key::Org(o), true) = (&m.key, closes) {
                return Some((role, m.country, Some(o.clone())));
            }
        }
    }
    Some((role, country, org))
}

/// The end of a title that goes on past its comma, from the apposition `end..k` ("X, ministre
/// délégué, chargé de la Sécurité du Y", "X, ministre des Armées, de la Mémoire et des Réserves
/// du Y"): while no country or body is named yet and the next segment opens
/// with a word that carries a title on (a French domain after "des"/"du" is capitalised, so "des
/// soldats" opening the next clause does not), the apposition runs to the next comma. At most
/// three more segments, within the sentence.
fn title_goes_on(cx: &Context<'_>, mentions: &Found<'_>, end: usize, mut k: usize) -> usize {
    let sentence_end = cx.sentence_end_of(end);
    let named = |k: usize| {
        let (s, e) = (cx.tokens[end].start, cx.tokens.get(k).map(|t| t.start).unwrap_or(cx.text.len()));
        mentions
            .starting_in(s, e)
            .into_iter()
            .any(|m| m.end <= e && matches!(m.key, Key::Country(_) | Key::Org(_)))
    };
    for _ in 0..3 {
        let opens = |j: usize| {
            cx.tokens.get(j).is_some_and(|t| TITLE_CONTINUATIONS.of(cx.lang).contains(&t.key.as_str()))
        };
        let domain_next = cx.tokens.get(k + 2).is_some_and(|t| t.cap)
            || cx.tokens.get(k + 2).is_some_and(|t| t.is(&["la", "l'", "the"]))
                && cx.tokens.get(k + 3).is_some_and(|t| t.cap);
        // (English opens the charge with "in": ", in charge of the Navy")
        let in_charge = cx.key(k + 1) == "in" && opens(k + 2);
        let carries = in_charge || opens(k + 1) && (!cx.tokens[k + 1].is_in(OF_WORDS) || domain_next);
        if !cx.is_punct(k, ",") || !carries || named(k) {
            break;
        }
        let mut j = k + 1;
        while j < sentence_end && j < k + 16 && !cx.is_punct(j, ",") && !cx.is_punct(j, ".") {
            j += 1;
        }
        k = j;
    }
    k
}

/// Whether a comma at `k` opens a rank and a name (", le général B", ", Admiral C"): what
/// stands before the comma is then that name's title, not an apposition to the name before it.
fn titles_next_name(cx: &Context<'_>, look: &Lookup, k: usize) -> bool {
    if !cx.is_punct(k, ",") {
        return false;
    }
    let mut j = k + 1;
    if cx.tokens.get(j).is_some_and(|t| t.is(&["le", "la", "l'", "the"])) {
        j += 1;
    }
    let ranks = j;
    while let Some((_, after)) = look.title_at(cx, j).filter(|&(_, a)| a > j && a <= j + 4) {
        j = after;
    }
    if !(j > ranks && cx.tokens.get(j).is_some_and(|t| t.cap && t.kind == TokenKind::Word)) {
        return false;
    }
    // (unless that name has its own title after it: "A, Secretary-General, Lt Gen B, Chief of
    // Staff, …" lists names each followed by its title)
    let name_end = (j..(j + NAME_WORDS).min(cx.tokens.len())).find(|&q| cx.tokens[q].kind != TokenKind::Word);
    let titled_after = name_end.is_some_and(|c| {
        cx.is_punct(c, ",") && (c + 1..c + 4).any(|q| q < cx.tokens.len() && look.title_at(cx, q).is_some())
    });
    !titled_after
}

/// How many words may open an apposition before its title or role noun ("her Chilean
/// counterpart").
const OPENING_WORDS: usize = 3;

/// Whether the title or role noun opening tokens `from..to` (within [`OPENING_WORDS`]) is
/// followed right away by a name: a capitalised word that opens no title and that the gazetteer
/// knows at most as a given name or a surname ("A, Defence Minister Ana Ruiz and …", "A, her
/// Chilean counterpart Ana Ruiz, …"; not "Minister of Defence" nor "Chief of the Army Staff").
/// A title further on is the apposition's own ("A, Commander of the Air Force and Rear Admiral B").
fn title_before_name(cx: &Context<'_>, look: &Lookup, from: usize, to: usize) -> bool {
    let name = |k: usize| {
        k < to
            && cx.tokens[k].cap
            && cx.tokens[k].kind == TokenKind::Word
            && look.title_at(cx, k).is_none()
            && look.senses(cx, k).iter().all(|s| matches!(s, Sense::GivenName(_) | Sense::Surname(_)))
    };
    (from..(from + OPENING_WORDS).min(to)).any(|j| match look.title_at(cx, j) {
        Some((_, after)) => name(after),
        None => ROLE_NOUNS.contains(cx.key(j)) && name(j + 1),
    })
}

/// How many words a name may run over, particles included ("Ahmed bin Harith al Nabhani").
const NAME_WORDS: usize = 8;
