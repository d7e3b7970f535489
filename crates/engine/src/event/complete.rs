//! The completion of merged events (`extract`'s last step before the sides are counted): a year
//! from an exercise's name, the other side of the document's main pair, a visit's host, a place
//! shared by events told together, the sides of the event before for "both sides", the sender of
//! troops told by a definite noun, and the day of the meeting an undated agreement was signed at.

use super::extract::sides;
use super::fill::push_unique;
use super::merge::within;
use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::date::PartialDate;
use crate::facts::Facts;
use crate::lang::{
    is_joint_body, AND_WORDS, COMMITTEE_WORDS, COUNTRY_PLURALS, DEFINITE_TROOP_MARKS, DELEGATION_NOUNS,
    DIRECTION_WORDS, OPERATION_NOUNS, PRESENT_WORDS, RECEIVING_VERBS,
};
use crate::text::fold;

/// A year in an exercise's name fixes its dates' unknown year, and is its start when the text
/// gives no date ("Shield 2024" took place in 2024).
pub(super) fn year_from_names(merged: &mut [Occurrence], names_year: impl Fn(&str) -> Option<i32>) {
    for o in merged.iter_mut() {
        let year = o.name.iter().chain(&o.aliases).find_map(|n| names_year(n));
        if let Some(y) = year {
            // a date of another year was told of another edition ("la suite d'exercices menés
            // en octobre 2021"): the name's year stands
            let other_year =
                |d: &Option<PartialDate>| d.as_ref().and_then(|d| d.year).is_some_and(|dy| dy != y);
            if other_year(&o.from) || other_year(&o.to) {
                o.from = None;
                o.to = None;
            }
            if o.from.is_none() && o.to.is_none() {
                o.from = Some(PartialDate { year: Some(y), month: None, day: None });
            }
            for d in [&mut o.from, &mut o.to].into_iter().flatten() {
                if d.year.is_none() && d.month.is_some() {
                    d.year = Some(y);
                }
            }
        }
    }
}

/// An event with one side gets the other side of the document's main pair, when the two act
/// together somewhere in the text (not a pair of opponents). An event told of "the parties" of a
/// story whose lead lists three countries or more ([`lead_group`]) takes them all.
pub(super) fn complete_main_pair(f: &Facts<'_>, merged: &mut [Occurrence]) {
    // "les parties", "the sides" of a story whose lead lists three countries or more are those
    let group = lead_group(f);
    for o in merged.iter_mut().filter(|o| o.both && group.len() >= 3) {
        let s: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
        if s.iter().all(|x| group.contains(x)) {
            for &c in &group {
                push_unique(&mut o.participants, c);
            }
        }
    }
    let together = |a: usize, b: usize| {
        merged.iter().any(|o| {
            o.sentences.iter().any(|&si| {
                let c = f.sentences[si];
                let s: Vec<usize> = f.mentions_in(c.first, c.last).filter_map(|m| f.side(m.actor)).collect();
                s.contains(&a) && s.contains(&b) && o.participants.contains(&a) && o.participants.contains(&b)
            })
        })
    };
    if let Some((a, b)) = f.main_pair().filter(|&(a, b)| together(a, b)) {
        // (an event placed in a third country is no business of the pair's, nor troops sent to a
        // place of no known country: "X sent soldiers to the province of Z" while X hosts Y)
        let elsewhere = |o: &Occurrence| {
            let country = o.place.map(|p| f.side(p));
            match country {
                Some(Some(c)) => c != a && c != b,
                Some(None) => o.kind == EventType::Deployment,
                None => false,
            }
        };
        for o in merged.iter_mut().filter(|o| !elsewhere(o)) {
            let s: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
            if s.is_empty() && o.both {
                push_unique(&mut o.participants, a);
                push_unique(&mut o.participants, b);
            } else if s.iter().all(|&x| x == a) && s.contains(&a) {
                push_unique(&mut o.participants, b);
            } else if s.iter().all(|&x| x == b) && s.contains(&b) {
                push_unique(&mut o.participants, a);
            }
        }
    }
}

/// How many of a text's first sentences may hold the list of countries it is about (headline,
/// dateline, lead).
const LEAD_LIST_SENTENCES: usize = 3;

/// The countries a story is about when its headline or lead lists them together ("X, Y et Z
/// lutteront ensemble…", "Les gouvernements de X, de Y et de Z…"): the first list of countries
/// joined by commas, "and"/"et", articles and "of"/"de" in the first [`LEAD_LIST_SENTENCES`]
/// sentences, each once. Empty when none lists two.
fn lead_group(f: &Facts<'_>) -> Vec<usize> {
    for s in f.sentences.iter().take(LEAD_LIST_SENTENCES) {
        let countries: Vec<&crate::facts::Placed> = f
            .mentions_in(s.first, s.last)
            .filter(|m| f.actors[m.actor].kind() == EntityType::Country)
            .collect();
        let mut group: Vec<usize> = Vec::new();
        let mut opening = None;
        for w in countries.windows(2) {
            let joined = (w[0].last..w[1].first).all(|k| {
                let t = &f.tokens[k];
                t.is(&[","])
                    || t.is_in(AND_WORDS)
                    || t.is_in(crate::lang::ARTICLES)
                    || t.is_in(crate::lang::OF_WORDS)
            });
            if !joined {
                if group.len() >= 2 {
                    break;
                }
                group.clear();
                continue;
            }
            if group.is_empty() {
                opening = Some(w[0].first);
            }
            for a in [w[0].actor, w[1].actor] {
                if !group.contains(&a) {
                    group.push(a);
                }
            }
        }
        // (a list of neighbours across a border is not what the story is about: "X deployed troops
        // along its border with A, B and C")
        let neighbours = opening.is_some_and(|first| super::around::near_border(f, first, *s));
        if group.len() >= 2 && !neighbours {
            return group;
        }
    }
    Vec::new()
}

/// A visit to a city of a country named in the text has that country as its host.
pub(super) fn host_visits(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Visit) {
        let Some(p) = o.place.filter(|&p| f.actors[p].kind() == EntityType::Place) else { continue };
        if let Some(host) = f.side(p) {
            if !o.participants.iter().any(|&q| f.side(q) == Some(host)) {
                o.participants.push(host);
            }
        }
    }
}

/// How far after a visit's word "the country" may stand ("an admiral, on a short visit to the country").
const ANAPHOR_REACH: usize = 4;

/// How far after a delegation's word it may be told present ("a large X delegation, including
/// the head of the plant, was also present").
const PRESENT_REACH: usize = 24;

/// How many mentions before a visit's word are read for the country "the country" stands for.
const ANAPHOR_BACK: usize = 24;

/// A visit of one side to "the country" ("who is on a visit to the country", "en visite dans le
/// pays") is a visit to the country named last before it that is not the visitor's own: the
/// anaphor names the host the text is about. So is a delegation told as present ("a Norland
/// delegation was also present", "une délégation estrienne était présente"): it attends an event
/// of its host, the country named last before it.
pub(super) fn visits_to_the_country(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let anaphor = |t: usize| {
        (t + 1..(t + ANAPHOR_REACH).min(f.tokens.len().saturating_sub(1)))
            .any(|j| f.tokens[j].is(&["the", "le", "ce"]) && f.tokens[j + 1].is(&["country", "pays"]))
    };
    let present = |t: usize| {
        let s = f.sentences[f.sentence_of(t)];
        f.tokens[t].is(DELEGATION_NOUNS.of(f.lang))
            && (t + 1..(t + PRESENT_REACH).min(s.last)).any(|j| f.tokens[j].is(PRESENT_WORDS.of(f.lang)))
    };
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Visit && sides(f, &o.participants) == 1) {
        let Some(t) = o.triggers.iter().map(|&(b, _)| f.token_at(b)).find(|&t| anaphor(t) || present(t))
        else {
            continue;
        };
        let own: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
        let before = f.mentions.partition_point(|m| m.first < t);
        let host = f.mentions[before.saturating_sub(ANAPHOR_BACK)..before].iter().rev().find_map(|m| {
            let side = f.side(m.actor).filter(|s| !own.contains(s))?;
            (f.actors[side].kind() == EntityType::Country).then_some(side)
        });
        if let Some(h) = host {
            push_unique(&mut o.participants, h);
        }
    }
}

/// A visit told by a verb of receiving with no place named takes place in the host's country: the
/// side of the actor right before the verb in its sentence ("X's defence minister received the
/// delegation of Y", "le président de X a reçu le ministre de Y"); the verb is the visit's word or
/// stands a few words before it.
pub(super) fn received_at_home(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Visit && o.place.is_none()) {
        // the first of its words that is a verb of receiving in the active voice (a passive names
        // the visitor before the verb: "Y was received by X")
        let active = |k: usize| {
            let passive =
                k > 0 && f.tokens[k - 1].is(&["was", "were", "been", "be", "ete", "est", "sont", "etait"]);
            !passive && RECEIVING_VERBS.of(f.lang).contains(&f.tokens[k].key.as_str())
        };
        // (the word itself, or a verb right before it: "received the military delegation of Y")
        let Some(k) = o
            .triggers
            .iter()
            .map(|&(b, _)| f.token_at(b))
            .find_map(|t| (t.saturating_sub(RECEIVED_REACH)..=t).find(|&k| active(k)))
        else {
            continue;
        };
        let s = f.sentences[f.sentence_of(k)];
        let host = f
            .mentions_in(s.first, k)
            .filter(|m| k - m.last <= HOST_REACH)
            .filter_map(|m| f.side(m.actor))
            .last()
            .filter(|h| o.participants.iter().any(|&p| f.side(p) == Some(*h)));
        o.place = host;
    }
}

/// How far before a visit's word a verb of receiving may stand ("received the Kyrgyz military
/// delegation").
const RECEIVED_REACH: usize = 4;

/// How far before a verb of receiving its host may be named ("X Defence Minister Name Surname
/// received…").
const HOST_REACH: usize = 8;

/// An undated agreement of two or more sides, not recalled, that were the sides of exactly one
/// dated meeting or visit told before it in the document was signed there ("On 3 May the two
/// ministers met in Riga. … A plan for next year was signed."): it takes that date.
pub(super) fn signed_at_meetings(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for i in 0..merged.len() {
        let o = &merged[i];
        if o.kind != EventType::Agreement || o.from.is_some() || o.recalled {
            continue;
        }
        let sides: Vec<usize> = dedup_sides(f, &o.participants);
        if sides.len() < 2 {
            continue;
        }
        let mut dated = merged[..i].iter().filter(|e| {
            matches!(e.kind, EventType::Meeting | EventType::Visit)
                && e.from.is_some()
                && !e.recalled
                && sides.iter().all(|x| dedup_sides(f, &e.participants).contains(x))
        });
        if let (Some(e), None) = (dated.next(), dated.next()) {
            let (from, to, weak) = (e.from, e.to, e.weak_date);
            merged[i].from = from;
            merged[i].to = to;
            merged[i].weak_date = weak;
        }
    }
}

/// The distinct parties of `participants`.
fn dedup_sides(f: &Facts<'_>, participants: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for p in participants.iter().filter_map(|&p| f.party(p)) {
        push_unique(&mut out, p);
    }
    out
}

/// A joint committee of the sides ("the joint military commission", "la commission mixte") is
/// the frame of their meeting, not one more side: where the event has two sides besides it, it
/// leaves the participants (a body with a parent, "the G5's joint force", is a side of its own).
///
/// So is a committee whose meeting the event's word names ("the third Sitting of the Committee on
/// Rivers", "la réunion du Comité de suivi"): the sides sit on it.
pub(super) fn joint_bodies_as_frames(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let joint = |p: usize| {
        let a = &f.actors[p];
        a.kind() == EntityType::Organization && a.org.is_none() && is_joint_body(&fold(&a.name), f.lang)
    };
    // (a committee's word in the name, and a mention right after the event's word and "of"/"de"):
    // each such mention read once, as (committee, sentence, kind of the event's word)
    let committee = |p: usize| {
        let a = &f.actors[p];
        a.kind() == EntityType::Organization
            && a.org.is_none()
            && fold(&a.name).split_whitespace().any(|w| COMMITTEE_WORDS.of(f.lang).contains(&w))
    };
    let frames: Vec<(usize, usize, EventType)> = f
        .mentions
        .iter()
        .filter(|m| m.first >= 2 && committee(m.actor))
        .filter_map(|m| {
            let j = (m.first.saturating_sub(FRAME_REACH)..m.first)
                .rfind(|&j| f.tokens[j].is(&["of", "de", "du", "d'"]))
                .filter(|&j| {
                    j >= 1 && (j + 1..m.first).all(|x| f.tokens[x].is(&["the", "la", "le", "l'"]))
                })?;
            let kind = f.lex.trigger(&f.tokens[j - 1].key)?;
            Some((m.actor, f.sentence_of(j), kind))
        })
        .collect();
    let framed = |o: &Occurrence, p: usize| {
        frames.iter().any(|&(a, si, kind)| a == p && kind == o.kind && o.sentences.contains(&si))
    };
    for o in merged.iter_mut().filter(|o| o.participants.iter().any(|&p| joint(p) || framed(o, p))) {
        let others: Vec<usize> =
            o.participants.iter().copied().filter(|&p| !joint(p) && !framed(o, p)).collect();
        if sides(f, &others) >= 2 {
            o.participants = others;
        }
    }
}

/// How far after an event's word the committee that meets may be named.
const FRAME_REACH: usize = 4;

/// A state that no longer exists ("Soviet troops", "l'ex-Yougoslavie") takes part only in events
/// of its time: recalled ones, or ones the text dates to a year it still existed. Named beside a
/// present event ("a memorial to Soviet soldiers", "Soviet-made tanks"), it is background.
pub(super) fn states_of_their_time(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let gone = |o: &Occurrence, p: usize| {
        let year = o.from.and_then(|d| d.year);
        f.actors[p].until.is_some_and(|until| !o.recalled && year.is_none_or(|y| y > until))
    };
    for o in merged.iter_mut() {
        let kept: Vec<usize> = o.participants.iter().copied().filter(|&p| !gone(o, p)).collect();
        o.participants = kept;
    }
}

/// Events told in the same sentence share the more precise place ("lors des entretiens à Lyon…,
/// ont décidé").
pub(super) fn share_places(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for i in 0..merged.len() {
        for j in 0..merged.len() {
            let (Some(pi), Some(pj)) = (merged[i].place, merged[j].place) else { continue };
            let shared = merged[i].sentences.iter().any(|s| merged[j].sentences.contains(s));
            if i != j && shared && pi != pj && within(f.actors, pj, pi) {
                merged[i].place = Some(pj);
            }
        }
    }
}

/// "Les deux dirigeants ont signé…": an event told with "both sides" only takes the sides of the
/// event just before it, or, with none, of the two countries last named together in the three
/// sentences before ("Egypt and Somalia have grown closer. …the two countries signed a pact"),
/// or of the two the story is about ([`main_pair`]).
pub(super) fn sides_from_previous(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let mut previous: Vec<usize> = Vec::new();
    for o in merged.iter_mut() {
        // (the country it took place in is no side of its own: "the two nations' ministers met in
        // Z" still needs its two)
        let venue = o.place.and_then(|p| f.side(p));
        // (nor is a body the sides deal with: "the two countries must apply to the X Commission")
        let s: Vec<usize> = o
            .participants
            .iter()
            .filter_map(|&p| f.party(p))
            .filter(|&p| Some(p) != venue && f.actors[p].kind() == EntityType::Country)
            .collect();
        if s.is_empty() && o.both && previous.is_empty() {
            // (else the two countries the story is about: "Kyrgyz officials said… the two
            // countries signed", Tajikistan and Kyrgyzstan named apart all along)
            let two = says_two(f, o.sentences[0]);
            if let Some((a, b)) =
                pair_named_before(f, o.sentences[0]).or_else(|| f.main_pair()).filter(|_| two)
            {
                o.participants.extend([a, b]);
            }
        } else if s.is_empty() && o.both {
            for &p in &previous {
                push_unique(&mut o.participants, p);
            }
        }
        if sides(f, &o.participants) >= 2 {
            previous = o.participants.iter().filter_map(|&p| f.party(p)).collect();
        }
    }
}

/// How far before its trigger the troop noun that is its subject may stand ("the troops have
/// been deployed").
const SUBJECT_GAP: usize = 4;

/// How many sentences back the forces a definite troop noun stands for may be named.
const FORCES_BACK: usize = 2;

/// "Thirty X soldiers arrived home. The soldiers were deployed to Y a month ago": a deployment
/// with fewer than two countries, whose troops are told right before its trigger only by a definite
/// troop noun ("the soldiers", "ces militaires") and no side, was made by the side of the forces last
/// named with their side in the [`FORCES_BACK`] sentences before ("X soldiers", "les soldats
/// X"), when that side is not already its own.
pub(super) fn forces_named_before(f: &Facts<'_>, merged: &mut [Occurrence]) {
    // (a body the troops join is no sender: "joined forces with partners in the X Force")
    let countries = |o: &Occurrence| {
        let mut c: Vec<usize> = o.participants.iter().filter_map(|&p| f.party(p)).collect();
        c.retain(|&p| f.actors[p].kind() == EntityType::Country);
        c.sort_unstable();
        c.dedup();
        c.len()
    };
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Deployment && countries(o) < 2) {
        let (Some(&si), Some(&(tb, _))) = (o.sentences.first(), o.triggers.first()) else { continue };
        let s = f.sentences[si];
        let trigger = f.token_at(tb);
        // (the noun the trigger's subject, right before it: "the soldiers were deployed")
        let definite = (trigger.saturating_sub(SUBJECT_GAP).max(s.first)..trigger.min(s.last)).any(|k| {
            f.tokens[k].is(f.lex.troop_words)
                && k > s.first
                && f.tokens[k - 1].is(DEFINITE_TROOP_MARKS.of(f.lang))
        });
        if !definite || f.mentions_in(s.first, trigger).any(|m| f.party(m.actor).is_some()) {
            continue;
        }
        let side = (si.saturating_sub(FORCES_BACK)..si).rev().find_map(|p| {
            let b = f.sentences[p];
            let troops = |k: usize| f.tokens.get(k).is_some_and(|t| t.is(f.lex.troop_words));
            f.mentions_in(b.first, b.last)
                .filter(|m| troops(m.last) || m.first > 0 && troops(m.first - 1))
                .filter_map(|m| f.party(m.actor))
                .last()
        });
        if let Some(side) = side {
            push_unique(&mut o.participants, side);
        }
    }
}

/// The most sides a count of countries is read for ("the four countries").
const MAX_COUNTED: i64 = 9;

/// How many sentences back the countries a count stands for may be named.
const COUNTED_BACK: usize = 3;

/// "the four countries", "les trois pays": an event with fewer than two sides whose first sentence
/// counts countries this way takes the countries of the nearest sentence before it (within
/// [`COUNTED_BACK`]) that names exactly that many — the text's own count says which they are.
pub(super) fn counted_countries(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut().filter(|o| sides(f, &o.participants) < 2) {
        let si = o.sentences[0];
        let Some(n) = count_of_countries(f, si) else { continue };
        for p in (si.saturating_sub(COUNTED_BACK)..si).rev() {
            let s = f.sentences[p];
            let mut named: Vec<usize> = f
                .mentions_in(s.first, s.last)
                .filter(|m| f.actors[m.actor].kind() == EntityType::Country)
                .map(|m| m.actor)
                .collect();
            named.sort_unstable();
            named.dedup();
            if named.len() == n {
                for c in named {
                    push_unique(&mut o.participants, c);
                }
                break;
            }
        }
    }
}

/// The count of a phrase "the N countries" / "les N pays" in sentence `si`, from three up.
fn count_of_countries(f: &Facts<'_>, si: usize) -> Option<usize> {
    let s = f.sentences[si];
    (s.first..s.last.saturating_sub(1)).find_map(|k| {
        let w = &f.tokens[k].key;
        let n = crate::lang::number_word(w).or_else(|| w.parse().ok())?;
        let counted = (3..=MAX_COUNTED).contains(&n) && f.tokens[k + 1].is(COUNTRY_PLURALS.of(f.lang));
        counted.then(|| usize::try_from(n).ok()).flatten()
    })
}

/// The last two countries coordinated in the three sentences before sentence `si` ("le Kenya et
/// l'Ouganda", "Egypt and Somalia"): two country mentions with only determiners and a coordinator
/// between them.
fn pair_named_before(f: &Facts<'_>, si: usize) -> Option<(usize, usize)> {
    let first = f.sentences.get(si.saturating_sub(3))?.first;
    let last = f.sentences.get(si)?.first;
    let countries: Vec<&crate::facts::Placed> =
        f.mentions_in(first, last).filter(|m| f.actors[m.actor].kind() == EntityType::Country).collect();
    countries.windows(2).rev().find_map(|w| {
        let joined = (w[0].last..w[1].first)
            .all(|k| f.tokens[k].is(&["and", "et", "the", "le", "la", "l'", "les"]))
            && (w[0].last..w[1].first).any(|k| f.tokens[k].is_in(AND_WORDS));
        // not the end of a longer list ("…, Seychelles and Spain")
        let listed = w[0].first > 0 && f.tokens[w[0].first - 1].is(&[","]);
        (joined && !listed && w[0].actor != w[1].actor).then_some((w[0].actor, w[1].actor))
    })
}

/// Whether sentence `si` speaks of two sides in so many words ("the two countries", "les deux
/// pays", "both nations").
fn says_two(f: &Facts<'_>, si: usize) -> bool {
    let s = f.sentences[si];
    (s.first..s.last).any(|k| f.tokens[k].is(&["two", "deux", "both"]))
}

/// A patrol told only by a word of operations ("des opérations militaires conjointes", "joint
/// operations") whose sides are those of an exercise of the same year is that exercise, told
/// first in a vaguer word: its sentences and words join the exercise, which keeps its name and
/// dates (or takes the patrol's when it has none, or only a year).
pub(super) fn operations_as_drills(f: &Facts<'_>, merged: &mut Vec<Occurrence>) {
    let vague = |o: &Occurrence| {
        o.kind == EventType::Patrol
            && o.triggers.iter().all(|&(b, _)| {
                let k = f.token_at(b);
                OPERATION_NOUNS.contains(&f.tokens[k].key)
            })
    };
    let year = |o: &Occurrence| o.from.as_ref().and_then(|d| d.year);
    let mut i = 0;
    while i < merged.len() {
        if !vague(&merged[i]) {
            i += 1;
            continue;
        }
        let sorted = |o: &Occurrence| {
            let mut v = dedup_sides(f, &o.participants);
            v.sort_unstable();
            v
        };
        let sides = sorted(&merged[i]);
        let drill = merged.iter().position(|e| {
            e.kind == EventType::Exercise
                && sorted(e) == sides
                && (year(e).is_none() || year(&merged[i]).is_none() || year(e) == year(&merged[i]))
        });
        let Some(d) = drill else {
            i += 1;
            continue;
        };
        let patrol = merged.remove(i);
        let d = if d > i { d - 1 } else { d };
        let e = &mut merged[d];
        e.sentences.extend(patrol.sentences);
        e.sentences.sort_unstable();
        e.sentences.dedup();
        e.triggers.extend(patrol.triggers);
        // (or the patrol's more precise one within the exercise's year)
        let coarse = e.from.as_ref().is_none_or(|d| d.month.is_none()) && e.to.is_none();
        if coarse && patrol.from.as_ref().is_some_and(|d| d.month.is_some()) || e.from.is_none() {
            e.from = patrol.from;
            e.to = patrol.to;
        }
    }
}

/// How far after a visit's trigger the word of direction before its destination may stand.
const DESTINATION_REACH: usize = 3;

/// The country a visit goes to, told right after one of its triggers ("a visit to Estria", "sa
/// visite en Norlande"): a party of the visit after a word of direction.
pub(crate) fn destination(f: &Facts<'_>, o: &Occurrence) -> Option<usize> {
    if o.kind != EventType::Visit {
        return None;
    }
    o.triggers.iter().find_map(|&(start, _)| {
        let k = f.token_at(start);
        let s = f.sentences[f.sentence_of(k)];
        f.mentions_in(k + 1, s.last).take_while(|v| v.first <= k + 1 + DESTINATION_REACH).find_map(|v| {
            let direction = f.tokens[v.first - 1].is(DIRECTION_WORDS.of(f.lang));
            let party = f.actors[v.actor].kind() == EntityType::Country && o.participants.contains(&v.actor);
            (direction && party).then_some(v.actor)
        })
    })
}

/// A visit told with no place, or only a region wider than a country, goes where it is told to
/// go: its destination country ([`destination`], "a visit to Estria", "sa visite en Norlande") is
/// its place.
pub(super) fn places_of_destination(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut().filter(|o| o.place.is_none_or(|p| f.actors[p].wide)) {
        o.place = destination(f, o).or(o.place);
    }
}

/// How many sentences open a story: its headline, a byline, the dateline and the lead.
const LEAD_SENTENCES: usize = 4;

/// Events of the lead told with no place happen where a wire story is filed from, when one of
/// their sides is that place's country: the dateline's city ("KAMPALA, May 4 - … the two ministers
/// signed…"), one of the first sentences opened by a city named in the gazetteer or the text and
/// holding a dash, or a colon right after the city. A capital read as its government opens no
/// dateline here. A town of no known country places every placeless event of the lead.
pub(super) fn places_of_dateline(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let Some((si, city)) = f
        .dateline_openers(LEAD_SENTENCES)
        .find(|(_, place)| f.actors[place.actor].kind() == EntityType::Place)
        .map(|(si, place)| (si, place.actor))
    else {
        return;
    };
    // (a town the gazetteer does not know has no country to check: "SWAKOPMUND, 28 SEP -")
    let country = f.side(city);
    if country.is_none() && f.actors[city].country.is_some() {
        return;
    }
    for o in merged.iter_mut().filter(|o| o.place.is_none() && !o.recalled) {
        let lead = o.sentences.first().is_some_and(|&s| s <= si + 1);
        if lead && (country.is_none() || o.participants.iter().any(|&p| f.side(p) == country)) {
            o.place = Some(city);
        }
    }
}
