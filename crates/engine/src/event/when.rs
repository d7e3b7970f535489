//! When an occurrence happened: the date of its clause nearest its trigger.
//!
//! Reads the dates of the trigger's sentence (and of a dateline the sentence follows on its line);
//! writes the occurrence's start and end. A date of the event beats one of when it was told (a
//! dateline, "said on Sunday"); a publication date, the start of a series ("since 2019") and the
//! period an agreement covers ("a plan for 2026") are never its date; an "until" date only ends
//! it. With no date at all, an event begun in the present perfect ("have launched drills") starts
//! on the page's day. A length told next to the trigger ("a three-day exercise") completes a span
//! known at one end.

use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::date::{DateMatch, PartialDate};
use crate::facts::Facts;
use crate::input::zone::Clause;
use crate::lang::{
    hostile_cue, number_word, unit_of, Unit, COMMENT_VERBS, END_MARKS, FOUNDED_WORDS, HOLDING_VERBS,
    LABEL_VERBS, PUBLISHED_WORDS, SAYING_VERBS, SINCE_WORDS, STARTED_WORDS, UNTIL_WORDS,
};
use crate::text::syntax::{Syntax, Upos};
use crate::text::TokenKind;

/// The occurrence's dates: the date nearest to the trigger in its sentence, preferring one of the
/// event to one of when it was told (a dateline, "said on Sunday"); never a publication date or
/// the start of a series ("since 2019"); an "until" date only ends it.
pub(super) fn dates(f: &Facts<'_>, occ: &mut Occurrence, s: Clause, trigger: usize) {
    // the date nearest to the trigger, not one of publication
    let trig_byte = f.tokens[trigger].start;
    // (told, possessive, distance to the trigger): dates of the event first, then the nearest
    let mut best: Option<((bool, bool, usize), &DateMatch)> = None;
    // (the nearest date with a month of each telling, to refine a year alone: "In 2017, X sent
    // troops to Y from March to May")
    let mut refining: [Option<(usize, &DateMatch)>; 2] = [None, None];
    // a dateline the sentence follows on its line ("HANOI, June 8 —") may date it, as a last resort
    let si = f.sentence_of(s.first);
    let dateline = si.checked_sub(1).map(|p| f.sentences[p]).filter(|p| {
        f.sentences.get(si) == Some(&s)
            && p.last > p.first
            && f.tokens[p.last - 1].is(&["—", "–", "-"])
            && !f.text.get(p.end..s.start).is_some_and(|gap| gap.contains('\n'))
    });
    let from = dateline.map_or(s.start, |p| p.start);
    // (the clauses by their opening words, for a subordinate clause the parser read as the main)
    let shallow = f.clauses(s);
    for d in f.dates.iter().filter(|d| d.start >= from && d.end <= s.end) {
        let tok = f.token_at(d.start);
        let publication = (tok.saturating_sub(3)..tok).any(|k| PUBLISHED_WORDS.contains(&f.tokens[k].key));
        // "the ninth such patrol since 2019": the start of a series, not the event's date
        // "depuis le putsch du 26 juillet" too: a starting point within three words, no trigger between
        // (a day right after "depuis"/"since" starts the event itself: "mènent depuis lundi une
        // patrouille", "have been patrolling since Monday"; not "depuis le putsch du 12 avril")
        // (over an article: "depuis le 14 novembre")
        let opener = if tok > 1 && f.tokens[tok - 1].is(&["le", "l'", "the"]) { tok - 1 } else { tok };
        let own_start = d.from.day.is_some() && opener > 0 && f.tokens[opener - 1].is_in(SINCE_WORDS);
        let since = !own_start
            && (tok.saturating_sub(4).max(s.first)..tok).any(|k| {
                f.tokens[k].is_in(SINCE_WORDS)
                    && !(k + 1..tok).any(|j| f.lex.trigger(&f.tokens[j].key).is_some())
            });
        // "…relations, qui progressent depuis la signature de l'accord en décembre 2020": the day of
        // another event since which something holds, the trigger not between
        let since_other = (tok.saturating_sub(SINCE_EVENT_REACH).max(s.first)..tok).any(|k| {
            f.tokens[k].is_in(SINCE_WORDS)
                && !(k..tok).contains(&trigger)
                && (k + 1..tok).any(|j| f.lex.trigger(&f.tokens[j].key).is_some_and(|t| t != occ.kind))
        });
        // "a plan for 2026", "un programme pour l'année prochaine": the period a text covers, not
        // the day it was agreed
        let period = occ.kind == EventType::Agreement
            && (tok.saturating_sub(3).max(s.first)..tok).any(|k| f.tokens[k].is(&["for", "pour"]));
        // "the third time in this year alone", "la seconde fois, cette année,": the span repeats are
        // counted in, not the event's date
        let counting = (tok.saturating_sub(COUNTING_REACH).max(s.first)..tok).any(|k| {
            f.tokens[k].is(&["time", "times", "fois"])
                && k > 0
                && crate::lang::ordinal_word(&f.tokens[k - 1].key).is_some()
        });
        if since
            || since_other
            || period
            || counting
            || year_only(d) && describes_a_thing(f, s, trigger, tok, f.token_at(d.end.saturating_sub(1)) + 1)
            || of_other_event(f, s, (trigger, occ.kind), tok, f.token_at(d.end.saturating_sub(1)) + 1)
            || year_only(d) && founding_of_a_body(f, s, trigger, tok)
            || occ.anaphor && beyond_other_trigger(f, (trigger, occ.kind), tok)
            || after_other_participle(f, s, (trigger, occ.kind), tok)
        {
            continue;
        }
        let tok_until = ends_at(f, tok);
        if publication || tok_until || d.from.month.is_none() && d.from.day.is_none() && d.from.year.is_none()
        {
            continue;
        }
        // "a rapporté samedi", "the ministry said on Sunday", a dateline ("OSLO, May 4 (AFP)"):
        // when it was told, a last resort
        // (a verb of comment or blame too: "X a qualifié samedi les manœuvres…", "condemned on
        // Monday the drills")
        let told = (tok.saturating_sub(2)..tok).any(|k| {
            let w = &f.tokens[k].key;
            SAYING_VERBS.contains(w)
                || COMMENT_VERBS.contains(w)
                || LABEL_VERBS.contains(w)
                || hostile_cue(f.lex, w)
        }) || is_dateline(f, d, s)
            || d.start < s.start
            || of_higher_clause(f, s, trigger, tok, f.token_at(d.end.saturating_sub(1)) + 1)
            || of_side_clause(f, s, trigger, tok, f.token_at(d.end.saturating_sub(1)) + 1)
            || in_other_subordinate(&shallow, s, trigger, tok);
        // (a date inside the trigger's own word, "Strike-2024", is at distance 0)
        let dist = if d.start > trig_byte { d.start - trig_byte } else { trig_byte.saturating_sub(d.end) };
        // (a date standing as a possessive, "this year's edition", tells which edition, not when:
        // any other date of the event goes first)
        let possessive = f.text.get(d.end..).is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
        let rank = (told, possessive, dist);
        if best.is_none_or(|(br, _)| rank < br) {
            best = Some((rank, d));
        }
        let slot = &mut refining[usize::from(told)];
        if d.from.month.is_some() && !possessive && slot.is_none_or(|(far, _)| dist < far) {
            *slot = Some((dist, d));
        }
    }
    let until = |d: &DateMatch| ends_at(f, f.token_at(d.start));
    // a year alone gives way to a date of that year with a month, told alike
    let best = best.map(|((told, p, dist), d)| match refining[usize::from(told)] {
        Some((_, r)) if year_only(d) && r.from.year == d.from.year => ((told, p, dist), r),
        _ => ((told, p, dist), d),
    });
    if let Some(((told, _, _), d)) = best {
        occ.weak_date = told;
        if until(d) {
            occ.to = Some(d.to.unwrap_or(d.from));
        } else {
            occ.from = Some(d.from);
            occ.to = d.to;
            // "a lancé mercredi l'exercice…, jusqu'en mai"
            if d.to.is_none() {
                if let Some(u) = f.dates.iter().find(|u| u.start >= s.start && u.end <= s.end && until(u)) {
                    occ.to = Some(u.to.unwrap_or(u.from));
                }
            }
        }
    } else {
        if let Some(u) = f.dates.iter().find(|u| u.start >= s.start && u.end <= s.end && until(u)) {
            occ.to = Some(u.to.unwrap_or(u.from));
        }
        // "India and Oman have launched a joint exercise": begun as the news is told, on the
        // page's day
        if let Some(r) = f.reference.filter(|r| r.day.is_some() && begun_now(f, trigger, s)) {
            occ.from = Some(r);
        }
    }
    start_before_end(occ);
    if let Some(days) = told_length(f, trigger, s) {
        span_from_length(occ, days);
    }
}

/// Whether another event's trigger stands between an anaphor's trigger and the date at token
/// `tok` ("the accord also provides for joint drills next year": the drills' year, not the
/// accord's). A definite mention ("the accord") recalls an event told before; what its sentence
/// dates beyond another trigger is that other event.
fn beyond_other_trigger(f: &Facts<'_>, (trigger, kind): (usize, EventType), tok: usize) -> bool {
    let (lo, hi) = if tok > trigger { (trigger + 1, tok) } else { (tok + 1, trigger) };
    (lo..hi).any(|k| f.lex.trigger(&f.tokens[k].key).is_some_and(|t| t != kind))
}

/// Whether the date at token `tok` follows, within [`PARTICIPLE_REACH`] words, a participle of
/// another event's verb describing the noun before it ("le programme signé l'an dernier prévoit
/// des manœuvres", "the pact agreed last year provides for drills"): the day that other thing was
/// done, not this event's. The shallow reading of [`of_other_event`], for when the parser takes
/// the participle for the sentence's verb; the trigger between them makes the date its own.
fn after_other_participle(f: &Facts<'_>, s: Clause, (trigger, kind): (usize, EventType), tok: usize) -> bool {
    let si = f.sentence_of(s.first);
    if f.sentences.get(si) != Some(&s) {
        return false;
    }
    let syn = f.syntax(si);
    let lo = tok.saturating_sub(PARTICIPLE_REACH).max(s.first + 1);
    (lo..tok).rev().any(|k| {
        f.lex.trigger(&f.tokens[k].key).is_some_and(|t| t != kind)
            && !(k..tok).contains(&trigger)
            && matches!(syn.upos(k - s.first), Some(Upos::Verb))
            && matches!(syn.upos(k - 1 - s.first), Some(Upos::Noun))
    })
}

/// How far before a date the participle of [`after_other_participle`] may stand.
const PARTICIPLE_REACH: usize = 3;

/// How far before a date the "since" of another event's date may stand ("depuis la signature,
/// sous la présidence du roi, de la déclaration au mois de décembre 2020").
const SINCE_EVENT_REACH: usize = 30;

/// Completes a span known at one end from the event's length: "ont achevé samedi des exercices de
/// trois jours" starts two days before Saturday, "a five-day drill starting on 3 May" ends on 7 May.
/// Only a day-precise end is moved, and only the missing one.
fn span_from_length(occ: &mut Occurrence, days: i64) {
    match (occ.from, occ.to) {
        (Some(from), None) if from.is_full() => {
            occ.to = from.days().map(|d| PartialDate::from_days(d + days - 1));
        }
        (None, Some(to)) if to.is_full() => {
            occ.from = to.days().map(|d| PartialDate::from_days(d - days + 1));
        }
        _ => {}
    }
}

/// The length in days of the event at `trigger`, told within [`LENGTH_REACH`] words of it and
/// outside any date expression: a count of days or weeks ("de trois jours", "a three-day
/// exercise", "an 11-day drill", "of two weeks"). None for a length of a single day or of more
/// than [`LONGEST_TOLD_LENGTH`] days.
fn told_length(f: &Facts<'_>, trigger: usize, s: Clause) -> Option<i64> {
    let lo = trigger.saturating_sub(LENGTH_REACH).max(s.first);
    let hi = (trigger + LENGTH_REACH + 1).min(s.last);
    (lo..hi).filter(|&k| !f.in_date(k)).find_map(|k| {
        let per = match unit_of(&f.tokens[k].key)? {
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Fortnight => 14,
            _ => return None,
        };
        // the count right before the unit, over a hyphen ("three-day")
        let c = if k >= 2 && f.tokens[k - 1].key == "-" { k - 2 } else { k.checked_sub(1)? };
        let t = f.tokens.get(c).filter(|_| c >= lo)?;
        let n = if t.kind == TokenKind::Number { t.key.parse::<i64>().ok()? } else { number_word(&t.key)? };
        Some(n * per).filter(|&d| (2..=LONGEST_TOLD_LENGTH).contains(&d))
    })
}

/// How far from its trigger an event's length may be told ("des exercices conjoints de trois
/// jours").
const LENGTH_REACH: usize = 4;

/// The longest length told next to a trigger that completes its span, in days.
const LONGEST_TOLD_LENGTH: i64 = 60;

/// The tree of sentence `s` with the trigger's index in it and the head word of the date at tokens
/// `first..last` (the one word whose head lies outside the date); `None` when `s` is no whole
/// sentence or the trigger or the date lies before it.
fn date_in_tree<'f>(
    f: &'f Facts<'_>,
    s: Clause,
    trigger: usize,
    first: usize,
    last: usize,
) -> Option<(&'f Syntax, usize, usize)> {
    let si = f.sentence_of(s.first);
    if f.sentences.get(si) != Some(&s) || trigger < s.first || first < s.first {
        return None;
    }
    let syn = f.syntax(si);
    let (a, b) = (first - s.first, last.saturating_sub(s.first));
    let head = (a..b).find(|&i| syn.head(i).is_none_or(|h| h < a || h >= b))?;
    Some((syn, trigger - s.first, head))
}

/// Whether the date at tokens `first..last` belongs to a clause above the trigger's: the trigger's
/// clause hangs from another verb as a purpose or a complement ("left port on Sunday to join the
/// exercise", "a quitté Toulon lundi pour participer aux manœuvres") and the date hangs from that
/// verb or above it. It dates the departure, not the event; only as a last resort is it the
/// event's. A verb of starting or holding above the trigger ("began on Monday to hold drills")
/// dates the event itself.
fn of_higher_clause(f: &Facts<'_>, s: Clause, trigger: usize, first: usize, last: usize) -> bool {
    let Some((syn, t, date_head)) = date_in_tree(f, s, trigger, first, last) else { return false };
    let Some(date_parent) = syn.head(date_head) else { return false };
    // up from the trigger to the head of its clause, then over the edge that subordinates it
    let mut at = t;
    for _ in 0..MAX_CLAUSE_CLIMB {
        let Some(parent) = syn.head(at) else { return false };
        // (opened by "to"/"pour"/"that": a participle restating the main event, "sailed on 3
        // May, opening the first port call", shares its date)
        let clausal = matches!(syn.deprel(at), "xcomp" | "advcl" | "ccomp" | "acl") && syn.has_mark(at);
        let verb = matches!(syn.upos(at), Some(Upos::Verb));
        if clausal && verb {
            let w = &f.tokens[s.first + parent].key;
            let starts = STARTED_WORDS.contains(w) || HOLDING_VERBS.contains(w);
            return !starts && date_parent == parent;
        }
        at = parent;
    }
    false
}

/// Whether the date at tokens `first..last` belongs to an adverbial clause the trigger is not in
/// ("Alors que Dakar accueille ce lundi un forum, un exercice s'est déroulé du 19 au 21", "as the
/// summit opened on Monday, the drill…"): up the tree from the date, a clause opened by a
/// subordinating word that does not hold the trigger. It dates what that clause tells; only as a
/// last resort is it the event's.
fn of_side_clause(f: &Facts<'_>, s: Clause, trigger: usize, first: usize, last: usize) -> bool {
    let Some((syn, t, mut at)) = date_in_tree(f, s, trigger, first, last) else { return false };
    for _ in 0..MAX_CLAUSE_CLIMB {
        if at == t {
            return false;
        }
        if syn.deprel(at).starts_with("advcl") && syn.has_mark(at) {
            return !under(syn, t, at);
        }
        let Some(parent) = syn.head(at) else { return false };
        at = parent;
    }
    false
}

/// Whether the date at token `tok` stands in a clause opened by a subordinating word ("alors que",
/// "while") that does not hold the trigger: [`of_side_clause`] read from the clauses' opening
/// words, for when the parser takes such a clause opening the sentence for the main one.
fn in_other_subordinate(shallow: &[crate::text::Clause], s: Clause, trigger: usize, tok: usize) -> bool {
    let of = |k: usize| k.checked_sub(s.first).and_then(|k| crate::text::clause_of(shallow, k));
    of(tok).is_some_and(|c| c.kind == crate::text::ClauseKind::Subordinate) && of(tok) != of(trigger)
}

/// Whether the year at tokens `first..last` belongs to a clause that describes a thing rather
/// than tells the event: up the tree from the date, a relative clause or a participle hanging from
/// a common noun other than the trigger ("…to Guyana, a former colony that became independent in
/// 1966", "au X, ancienne colonie devenue indépendante en 1960"), or from an actor's mention. Such
/// a year is the thing's history, never the event's. Only a bare year is read so: a day or a
/// month in such a clause ("the frigate, which arrived on Monday") may well be the event's.
fn describes_a_thing(f: &Facts<'_>, s: Clause, trigger: usize, first: usize, last: usize) -> bool {
    let Some((syn, t, mut at)) = date_in_tree(f, s, trigger, first, last) else { return false };
    for _ in 0..MAX_CLAUSE_CLIMB {
        let Some(parent) = syn.head(at) else { return false };
        if parent == t {
            return false;
        }
        if matches!(syn.deprel(at), "acl" | "acl:relcl") {
            // (a clause that tells the event itself is the event's: "X, which joined the drill in
            // 2020")
            if under(syn, t, at) {
                return false;
            }
            let noun = &f.tokens[s.first + parent];
            let actor = f.mentions_in(s.first + parent, s.first + parent + 1).next().is_some();
            let common = !noun.cap && noun.kind == TokenKind::Word && f.lex.trigger(&noun.key).is_none();
            return actor || common && matches!(syn.upos(parent), Some(Upos::Noun));
        }
        at = parent;
    }
    false
}

/// Whether the date at tokens `first..last` dates another event told in a clause that describes
/// a thing: up the tree from the date, a participle or relative clause hanging from a noun whose
/// verb or whose noun is a trigger of another kind, the trigger not inside it ("the patrol was
/// part of a scheme signed by the two chiefs on 2 May 2005": the signing's day, not the patrol's;
/// "the drills will follow the summit planned for 9 June").
fn of_other_event(
    f: &Facts<'_>,
    s: Clause,
    (trigger, kind): (usize, EventType),
    first: usize,
    last: usize,
) -> bool {
    let Some((syn, t, mut at)) = date_in_tree(f, s, trigger, first, last) else { return false };
    for _ in 0..MAX_CLAUSE_CLIMB {
        if at == t {
            return false;
        }
        if matches!(syn.deprel(at), "acl" | "acl:relcl") {
            // (after the trigger, on a common noun: a name before a verb is more often its
            // subject misread than a noun it describes)
            let noun = syn.head(at).filter(|&p| {
                let w = &f.tokens[s.first + p];
                !w.cap && matches!(syn.upos(p), Some(Upos::Noun))
            });
            let other_kind = |i: usize| f.lex.trigger(&f.tokens[s.first + i].key).is_some_and(|k| k != kind);
            // (the clause's verb tells the other event, or the noun it describes does: "the
            // summit planned for 9 June")
            let other = at > t && noun.is_some_and(|p| other_kind(at) || p != t && other_kind(p));
            // (the trigger inside the clause tells the event itself)
            if under(syn, t, at) {
                return false;
            }
            return other;
        }
        let Some(parent) = syn.head(at) else { return false };
        at = parent;
    }
    false
}

/// How far before a year its participle of founding, and before that the body's name, may stand.
const FOUNDING_REACH: usize = 4;

/// Whether the year at `tok` tells when a body named just before was founded ("the Joint Border
/// Committee, originally established in 2007", "le comité mixte, créé en 2010"): a participle of
/// [`FOUNDED_WORDS`] right before it, an organization named just before the participle, the
/// trigger not among them. The body's history, not the event's date.
fn founding_of_a_body(f: &Facts<'_>, s: Clause, trigger: usize, tok: usize) -> bool {
    let lo = tok.saturating_sub(FOUNDING_REACH).max(s.first);
    let Some(p) = (lo..tok).rev().find(|&k| FOUNDED_WORDS.contains(&f.tokens[k].key)) else { return false };
    // (the trigger between the body and the year: the founding is the event's own, "the pact
    // between X and Y, created in 2007")
    let from = p.saturating_sub(FOUNDING_REACH).max(s.first);
    if (from..tok).contains(&trigger) {
        return false;
    }
    f.mentions_in(s.first, p).any(|m| m.last >= from && f.actors[m.actor].kind() == EntityType::Organization)
}

/// Whether word `t` lies under word `at` in the tree, within [`MAX_CLAUSE_CLIMB`] steps up (a
/// trigger inside a describing clause tells the event itself).
fn under(syn: &Syntax, t: usize, at: usize) -> bool {
    let mut up = t;
    for _ in 0..MAX_CLAUSE_CLIMB {
        if up == at {
            return true;
        }
        let Some(h) = syn.head(up) else { return false };
        up = h;
    }
    false
}

/// Whether a date gives a year and nothing finer.
fn year_only(d: &DateMatch) -> bool {
    d.from.year.is_some() && d.from.month.is_none() && d.from.day.is_none()
}

/// How many edges up from a trigger the head of its clause is looked for.
const MAX_CLAUSE_CLIMB: usize = 6;

/// A start resolved a year after its end ("begins on July 16 and ends on July 30", the first read
/// as next year's, the second as this year's) is the year before: an event ends after it starts.
fn start_before_end(occ: &mut Occurrence) {
    let (Some(from), Some(to)) = (occ.from, occ.to) else { return };
    let (Some(a), Some(b)) = (from.days(), to.days()) else { return };
    if a > b {
        let back = PartialDate { year: from.year.map(|y| y - 1), ..from };
        if back.days().is_some_and(|x| x <= b) {
            occ.from = Some(back);
        }
    }
}

/// Whether the trigger at `trigger` is the object of a verb of starting in the present perfect
/// ("have launched", "has begun", "ont entamé"), within four tokens before it. Headlines' present
/// ("X and Y begin drills") is their style, not the day.
fn begun_now(f: &Facts<'_>, trigger: usize, s: Clause) -> bool {
    let lo = trigger.saturating_sub(5).max(s.first);
    (lo..trigger).any(|k| {
        let w = f.tokens[k].key.as_str();
        let perfect = k > s.first && f.tokens[k - 1].is(&["have", "has", "ont", "a"])
            || k > s.first + 1 && f.tokens[k - 2].is(&["have", "has", "ont"]);
        STARTED_WORDS.contains(w) && perfect
    })
}

/// Whether the date starting at token `tok` ends an event: after "until"/"jusqu'au", or after a
/// word of ending within three tokens ("prendra fin le 12 mars", "will end on May 4",
/// "s'achèvera le 3 mars").
fn ends_at(f: &Facts<'_>, tok: usize) -> bool {
    tok > 0 && UNTIL_WORDS.contains(&f.tokens[tok - 1].key)
        || tok > 1 && f.tokens[tok - 2].is(&["jusqu'"])
        || (tok.saturating_sub(3)..tok).any(|k| END_MARKS.contains(&f.tokens[k].key))
}

/// A date in a dateline: at the head of its sentence, before the agency or a dash ("OSLO, May 4
/// (Reuters) -", "Moscou, 30 novembre 2024 (AFP) —").
fn is_dateline(f: &Facts<'_>, d: &DateMatch, s: Clause) -> bool {
    let (first, last) = (f.token_at(d.start), f.token_at(d.end));
    first <= s.first + 4
        && (last..(last + 3).min(f.tokens.len())).any(|k| f.tokens[k].is(&["(", "—", "–", "-", "/"]))
}

/// How far after "the Nth time"/"la Nième fois" a date counts the repeats ("the third time so
/// far this year").
const COUNTING_REACH: usize = 5;
