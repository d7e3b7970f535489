//! Events told by a trigger word: each trigger that fits its clause opens an occurrence, filled
//! from its clause, then named exercises add theirs.
//!
//! Reads the clause context and the lexicon's triggers; writes the document's events, merged and
//! completed. [`extract`] lists the steps in order.

use super::after::{add_named, anaphor_noun, told_after};
use super::complete::{
    complete_main_pair, counted_countries, forces_named_before, host_visits, joint_bodies_as_frames,
    operations_as_drills, places_of_dateline, places_of_destination, received_at_home, share_places,
    sides_from_previous, signed_at_meetings, states_of_their_time, visits_to_the_country, year_from_names,
};
use super::cue::{
    called_on, dropped_anchor, joint_statement, phone_talk, received_person, trainers_at_work, troops_abroad,
    troops_entering, troops_kept, war_games,
};
use super::fill::fill;
use super::fit::trigger_fits;
use super::merge::merge;
use super::names::exercise_names;
use super::span::ends_from_lengths;
use super::tours::{split_series, split_tours};
use super::unreal::{
    called_off, cooperation_content, is_negated, offered, series, training_given, truce_referred_to,
};
use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    ALREADY_WORDS, ALSO_WORDS, AND_WORDS, APART_ADJECTIVES, ARRIVAL_VERBS, DELEGATION_NOUNS, ENDING_VERBS,
    HAPPENING_LIGHT_VERBS, HAPPENING_MARKS, HAPPENING_NOUNS, HAPPENING_VERBS, HOLDING_VERBS, HOME_MARKS,
    JOINT_WORDS, LANDING_VERBS, LAST_OF_KIND, LAST_OF_KIND_LINKS, LIKE_LINKS, LIKE_WORDS,
    MILITARY_ADJECTIVES, OTHER_BEFORE, OWN_WORDS, PAIR_POSSESSIVES, PARTY_MARKS, PERFECT_AUXILIARIES,
    PLUPERFECT_AUXILIARIES, RECALL_ADVERBS, RECENT_WORDS, SENDING_VERBS, SHIP_WORDS, SIMILAR_AFTER,
    SINCE_WORDS, SUMMIT_WORDS, THAT_WORDS, TRAINING_FACILITIES, UNIT_HEADS, VAGUE_COUNTS, WITHDRAWAL_WORDS,
};
use crate::text::syntax::Upos;
use crate::text::TokenKind;

/// Finds the events of a document, in five steps: occurrences opened by a trigger word
/// ([`triggered`]), named exercises told without one ([`add_named`]), sentences that only say
/// where or when the event just told happens ([`told_after`]), the merge of occurrences told
/// several times (`merge`), and the completion of the merged events (`complete`: a year from their
/// name, the other side of the document's main pair, a visit's host, a shared place, the sides of
/// the event before, the day of an agreement's meeting) before those with fewer than two sides and
/// no name are dropped.
pub fn extract(f: &Facts<'_>, names_year: impl Fn(&str) -> Option<i32>) -> Vec<Occurrence> {
    let names = exercise_names(f);
    let mut found = triggered(f, &names);
    add_named(f, &names, &mut found);
    found.sort_by_key(|o| o.sentences[0]);
    let told = told_after(f, &found);
    found.extend(told);
    found.sort_by_key(|o| o.sentences[0]);
    let mut merged = merge(f.actors, found);
    year_from_names(&mut merged, names_year);
    ends_from_lengths(f, &mut merged);
    complete_main_pair(f, &mut merged);
    host_visits(f, &mut merged);
    places_of_destination(f, &mut merged);
    places_of_dateline(f, &mut merged);
    visits_to_the_country(f, &mut merged);
    received_at_home(f, &mut merged);
    share_places(f, &mut merged);
    sides_from_previous(f, &mut merged);
    forces_named_before(f, &mut merged);
    counted_countries(f, &mut merged);
    joint_bodies_as_frames(f, &mut merged);
    operations_as_drills(f, &mut merged);
    signed_at_meetings(f, &mut merged);
    split_tours(f, &mut merged);
    split_series(f, &mut merged);
    host_of_deployment(f, &mut merged);
    states_of_their_time(f, &mut merged);
    // an occurrence needs two sides or a name; an earlier event recalled in passing ("during a
    // previous exercise") also needs a name, a date or a place, unless it is an encounter of two
    // sides ("in a recent meeting with X's minister")
    // (an exercise told with its one owner bound to its noun, "les manœuvres russes", is one too)
    merged.retain(|o| {
        let owned = o.owned && !o.recalled && o.kind == EventType::Exercise && sides(f, &o.participants) == 1;
        o.name.is_some()
            || sides(f, &o.participants) >= 2
            || persons_meet(f, o)
            || drills_alone(f, o)
            || sent_abroad(f, o)
            || owned
    });
    date_by_publication(f, &mut merged);
    undate_series(&mut merged);
    merged.retain(|o| {
        // (an agreement signed earlier is such an encounter too, not one being ended)
        let encounter = (matches!(o.kind, EventType::Meeting | EventType::Visit)
            || o.kind == EventType::Agreement && !o.ended)
            && sides(f, &o.participants) >= 2;
        !o.recalled || o.name.is_some() || o.from.is_some() || o.place.is_some() || encounter
    });
    merged
}

/// An event the text tells as news but dates nowhere happened about when it was told: it takes the
/// document's reference date, as a date of telling (a weak date), the way a reader dates "the two
/// ministers signed an accord" in a report of that day. An event told in the future ("will hold
/// drills") takes only the month: it comes after the day, when is not said. An event recalled as
/// an earlier one ("during a previous drill") keeps no date, nor does a series, which has its
/// dates when this runs and loses them in [`undate_series`]; without a reference month there is
/// nothing to give.
fn date_by_publication(f: &Facts<'_>, merged: &mut [Occurrence]) {
    let Some(day) = f.reference.filter(|r| r.year.is_some() && r.month.is_some()) else { return };
    let month = crate::date::PartialDate { day: None, ..day };
    for o in merged.iter_mut().filter(|o| o.from.is_none() && o.to.is_none() && !o.recalled) {
        let coming = o.triggers.first().is_some_and(|&(start, _)| {
            crate::date::told_in_future(f.tokens, f.text, f.lang, f.token_at(start))
        });
        o.from = Some(if coming { month } else { day });
        o.weak_date = true;
        o.published = true;
    }
}

/// Exercises, visits, meetings and patrols dated over three calendar years or more: such events
/// last days or weeks, so the dates tell a series ("for the past 20 years, the drill has
/// brought…", "the 2020–2030 roadmap"), not when the event happened. A named one whose name
/// another event bears is that series told as a whole and is dropped; any other keeps no date.
fn undate_series(merged: &mut Vec<Occurrence>) {
    let series = |o: &Occurrence| {
        let brief =
            matches!(o.kind, EventType::Exercise | EventType::Visit | EventType::Meeting | EventType::Patrol);
        let years = o.from.and_then(|a| Some(o.to?.year? - a.year?));
        brief && years.is_some_and(|y| y >= SERIES_YEARS)
    };
    // (the same name, with or without its exercise word: "Exercise Coral Breeze", "Coral Breeze")
    let same = |a: &str, b: &str| {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        a.ends_with(&b) || b.ends_with(&a)
    };
    let told_elsewhere = |k: usize| {
        let Some(name) = merged[k].name.as_deref() else { return false };
        merged
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && !series(o) && o.name.as_deref().is_some_and(|n| same(n, name)))
    };
    // (marked first, as the test reads the others; then one pass keeps the unmarked)
    let dropped: Vec<bool> = (0..merged.len()).map(|k| series(&merged[k]) && told_elsewhere(k)).collect();
    let mut dropped = dropped.into_iter();
    merged.retain(|_| !dropped.next().unwrap_or(false));
    for o in merged.iter_mut().filter(|o| series(o)) {
        (o.from, o.to) = (None, None);
    }
}

/// How many years apart the start and end of a brief event's dates tell a series.
const SERIES_YEARS: i32 = 2;

/// Forces one side sends to a place in another country ("Rwanda deployed 300 soldiers to Bangui")
/// go to that country: it is the deployment's host, a party as when named itself ("…to the
/// Central African Republic"). A deployment inside its sender's own country gains no one.
fn host_of_deployment(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Deployment && sides(f, &o.participants) == 1) {
        let Some(host) = o.place.and_then(|p| f.side(p)) else { continue };
        if o.participants.iter().all(|&p| f.side(p) != Some(host)) {
            o.participants.push(host);
        }
    }
}

/// How many words before or after a trigger a name holding it may start or end ("Collective
/// Security Treaty Organisation").
const ORG_NAME_SPAN: usize = 5;

/// The occurrences a trigger word opens: each trigger outside boilerplate that is not a topic
/// ("the focus on drills"), not negated and fits its clause, filled from its clause.
fn triggered(f: &Facts<'_>, names: &[(String, usize)]) -> Vec<Occurrence> {
    let mut found: Vec<Occurrence> = Vec::new();
    let n = f.tokens.len();
    let mut skipped_topic_at: Option<usize> = None;
    for i in 0..n {
        let t = &f.tokens[i];
        if f.boiler[i] || t.kind != TokenKind::Word {
            continue;
        }
        let cued = phone_talk(f, i)
            .or_else(|| trainers_at_work(f, i))
            .or_else(|| f.lex.trigger(&t.key))
            .or_else(|| called_on(f, i))
            .or_else(|| received_person(f, i))
            .or_else(|| dropped_anchor(f, i))
            .or_else(|| war_games(f, i))
            .or_else(|| joint_statement(f, i))
            .or_else(|| troops_entering(f, i))
            .or_else(|| troops_kept(f, i));
        // (troops told only as being abroad open a deployment whose sides are not partners)
        let (mut kind, apart) = match cued {
            Some(kind) => (kind, false),
            None => match troops_abroad(f, i) {
                Some(kind) => (kind, true),
                None => continue,
            },
        };
        // a word inside a place's or a country's name ("La Réunion", "Summit County") tells nothing
        // (nor does a word of accord or talks inside a body's: "the Collective Security Treaty
        // Organisation", "the Conference on Disarmament")
        let talks = matches!(kind, EventType::Agreement | EventType::Meeting);
        let in_name = f.mentions_in(i.saturating_sub(ORG_NAME_SPAN), i + ORG_NAME_SPAN).any(|m| {
            m.first <= i
                && i < m.last
                && match f.actors[m.actor].kind() {
                    EntityType::Place | EntityType::Country => true,
                    EntityType::Organization => talks,
                    _ => false,
                }
        });
        if in_name {
            continue;
        }
        let si = f.sentence_of(i);
        // "This operation, carried out on Friday, saw Norland send two jets": the sentence tells
        // the event just told, its triggers open no event of their own (`told_after` reads it)
        if anaphor_noun(f, f.sentences[si]).is_some() && found.iter().any(|o| o.sentences[0] < si) {
            continue;
        }
        // troops that arrive or land are deployed: "l'arrivée d'une partie de ses forces armées", "a
        // detachment of soldiers, sent by X to reassure its allies, arrived", "a detachment landed
        // with four jets"
        if kind == EventType::Visit && (t.key.starts_with("arriv") || t.is(LANDING_VERBS.of(f.lang))) {
            let (lo, hi) = (
                i.saturating_sub(ARRIVING_TROOPS_BEFORE).max(f.sentences[si].first),
                (i + 11).min(f.sentences[si].last),
            );
            if (lo..hi).any(|k| f.tokens[k].is(f.lex.troop_words))
                || ships_arriving_for_drills(f, i, f.sentences[si])
            {
                kind = EventType::Deployment;
            }
        }
        // troops or a delegation back home return from an event, they open none ("the soldiers
        // arrived safely home", "sont arrivés au bercail")
        if (t.key.starts_with("arriv") || t.is(ARRIVAL_VERBS.of(f.lang))) && returned_home(f, i) {
            continue;
        }
        // a delegation sent, no troops with it, visits: "va envoyer à X une délégation", "will
        // send a delegation to Y"
        if kind == EventType::Deployment && SENDING_VERBS.contains(&t.key) && delegation_sent(f, i, si) {
            kind = EventType::Visit;
        }
        let s = f.sentences[si];
        // topics, not occurrences: "priorité donnée aux manœuvres et aux escortes"
        // "…aux manœuvres et aux escortes" chains topics, but "lors de"/"during" opens an event
        let chained = skipped_topic_at
            .is_some_and(|p| i - p <= 6 && (p + 1..i).all(|k| !f.tokens[k].is(&[".", "lors", "during"])));
        // (a presence is grown by the very verbs that make other words topics: "renforcer sa présence")
        if (chained || is_topic(f, i, s.first)) && t.key != "presence" {
            skipped_topic_at = Some(i);
            continue;
        }
        if is_negated(f, i, s.first)
            || matches!(kind, EventType::Meeting | EventType::Agreement) && offered(f, i, s)
            || kind == EventType::Exercise && series(f, i, s)
            || !trigger_fits(f, i, kind, s)
            || describes_a_role(f, i, s, si)
            || names_a_facility(f, i)
            || kind == EventType::Exercise && names_a_unit(f, i)
            || kind == EventType::Patrol && kind_of_drill(f, i)
            || names_a_role(f, i)
            || truce_referred_to(f, i, si)
            || cooperation_content(f, i, s)
            || kind == EventType::Exercise && training_given(f, i)
            || called_off(f, i, s)
        {
            continue;
        }
        // "le retrait de 3 000 soldats stationnés en X", "the withdrawal of troops deployed to Y":
        // forces leaving, not sent
        if kind == EventType::Deployment
            && (i.saturating_sub(WITHDRAWAL_REACH).max(s.first)..i)
                .any(|k| WITHDRAWAL_WORDS.contains(&f.tokens[k].key))
        {
            continue;
        }
        // "X and Y to hold parallel drills", "des manœuvres parallèles": each side holds its own,
        // told on their own elsewhere; the word that pairs them tells no event
        let held_apart = (i.saturating_sub(2)..(i + 3).min(n))
            .any(|k| k != i && f.tokens[k].is(APART_ADJECTIVES.of(f.lang)) && f.sentence_of(k) == si);
        if held_apart {
            continue;
        }
        let mut occ = Occurrence::new(kind, si, (t.start, t.end));
        occ.apart = apart;
        if kind == EventType::Meeting {
            occ.name = summit_name(f, i, s);
        }
        if kind == EventType::Exercise {
            if let Some((name, _)) = names.iter().find(|(_, tok)| f.sentence_of(*tok) == si) {
                occ.name = Some(name.clone());
            }
        }
        // recalled and anaphoric before filling: a definite reference's commenters are no parties
        let ended = kind == EventType::Agreement && ended(f, i, s);
        occ.recalled = ended || recalled(f, i, s);
        occ.ended = ended;
        let possessed = kind == EventType::Meeting && possessed_after_preposition(f, i, s);
        occ.anaphor = !occ.recalled
            && occ.name.is_none()
            && i > 0
            && (f.tokens[i - 1].is(&["the", "this", "these", "l'", "le", "les", "cet", "cette", "ces"])
                || possessed)
            && !with_own_parties(f, i, s)
            && !restricted_by_relative(f, i, s);
        occ.own = (i.saturating_sub(3).max(s.first)..i).any(|k| OWN_WORDS.contains(&f.tokens[k].key));
        // ("Y also met with Z", "Y a également rencontré Z": over an auxiliary)
        occ.again = matches!(kind, EventType::Meeting | EventType::Visit)
            && (i.saturating_sub(2).max(s.first)..i).any(|k| f.tokens[k].is(ALSO_WORDS.of(f.lang)));
        fill(f, &mut occ, s, i);
        if possessed && occ.anaphor {
            // "after their meeting, X rejected the accord between Y and Z": the possessive stands
            // for the sides, whoever the clause around it names
            occ.participants.clear();
        }
        // dated in a year before the one the text was written in: an earlier event told in
        // passing ("in 2016 during the prime minister's visit"), never today's news merged with it
        let earlier_year = |from: &crate::date::PartialDate| {
            from.year.zip(f.reference.and_then(|r| r.year)).is_some_and(|(y, r)| y < r)
        };
        if occ.from.as_ref().is_some_and(earlier_year) && !occ.weak_date {
            occ.recalled = true;
        }
        if ended {
            // where an agreement that is being ended was once made is not told ("qui le liait à
            // la France" names a partner, not a place): it is kept only with a name or a date
            occ.place = None;
        }
        found.push(occ);
    }
    found
}

/// The name of a body's summit told by the meeting word at `i`: "sommet de l'Union africaine", "the
/// NATO summit", "summit of the African Union" (the words from the summit word to the body's name, or
/// from the name to the word). Such a summit is one event of that body, named in the text.
fn summit_name(f: &Facts<'_>, i: usize, s: Clause) -> Option<String> {
    if !SUMMIT_WORDS.contains(&f.tokens[i].key) {
        return None;
    }
    let body = |m: &&Placed| f.actors[m.actor].kind() == EntityType::Organization;
    let link = |k: usize| f.tokens[k].is(&["de", "du", "des", "d'", "l'", "la", "le", "of", "the"]);
    let after = f
        .mentions_in(i + 1, s.last)
        .take_while(|m| m.first <= i + 3)
        .find(|m| body(m) && (i + 1..m.first).all(link))
        .map(|m| (i, m.last));
    let before = f.mentions_in(i.saturating_sub(4).max(s.first), i).filter(body).find(|m| m.last == i);
    let (first, last) = after.or(before.map(|m| (m.first, i + 1)))?;
    let (a, b) = (f.tokens[first].start, f.tokens[last - 1].end);
    f.text.get(a..b).map(str::to_string)
}

/// How far before a deployment word a word of withdrawal makes it one of forces leaving.
/// How long a list of names (ships, services) may stand between arriving ships and their verb.
const ARRIVING_LIST_REACH: usize = 30;

/// Whether the verb of arriving at `i` (in clause `s`) tells ships sent to an exercise: a word of
/// ships before it, near the verb or before a list of names ending at it ("Coast Guard
/// vessels, KV Alpha, KV Beta and, the Y Navy's YNS Gamma arrived"), and a word of drills after
/// it ("…arrived in Z for the exercise"). A ship calling at a port with no drill is a visit.
pub(super) fn ships_arriving_for_drills(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let listed = |t: &crate::text::Token| t.cap || t.is(&[",", "-"]) || t.is_in(AND_WORDS);
    let mut k = i;
    while k > s.first && i - k < ARRIVING_LIST_REACH && listed(&f.tokens[k - 1]) {
        k -= 1;
    }
    let ship = |j: usize| SHIP_WORDS.contains(&f.tokens[j].key);
    let ships = (k.saturating_sub(2).min(i.saturating_sub(ARRIVING_TROOPS_BEFORE)).max(s.first)..i).any(ship);
    ships && (i + 1..s.last).any(|j| f.lex.is_exercise_word(&f.tokens[j].key))
}

/// How far before an arrival its troops may be named ("a first detachment of soldiers, sent by X
/// to reassure its allies, arrived"): the subject with a participle phrase set off by commas.
const ARRIVING_TROOPS_BEFORE: usize = 16;

const WITHDRAWAL_REACH: usize = 8;

/// Whether the trigger at `i` (in sentence `si`, tokens `s`) stands in a relative clause on the
/// predicate of a copula: "X et Y sont des pays qui assistent aux réunions de Z", "X is a
/// partner that joins the alliance's drills" say what X is, a standing role, not an occurrence.
/// Read on the sentence's tree: the trigger's ancestors (a few) reach an `acl:relcl` whose head
/// has a copula just before it. Constant work per trigger.
fn describes_a_role(f: &Facts<'_>, i: usize, s: Clause, si: usize) -> bool {
    let syn = f.syntax(si);
    let mut at = i - s.first;
    for _ in 0..4 {
        let Some(h) = syn.head(at) else { return false };
        if syn.deprel(at) == "acl:relcl" {
            return (h.saturating_sub(4)..h).any(|k| syn.head(k) == Some(h) && syn.deprel(k) == "cop");
        }
        at = h;
    }
    false
}

/// Whether the agreement at `i` is the object of a verb that ends it ("ont dénoncé des accords de
/// coopération", "scrapped the 1998 treaty"): an earlier agreement, not one made now.
fn ended(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let lo = i.saturating_sub(4).max(s.first);
    (lo..i).any(|k| ENDING_VERBS.contains(&f.tokens[k].key))
}

/// Whether the trigger at `i` tells of an earlier, other event: "during their last meeting",
/// "the previous drills", "des accords similaires", or of a state that began earlier ("units
/// that have been stationed in X since 2014").
pub(super) fn recalled(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let before = i.saturating_sub(2).max(s.first)..i;
    ongoing_since(f, i, s)
        || already_before(f, i, s)
        || before.clone().any(|k| RECENT_WORDS.contains(&f.tokens[k].key))
        || (i + 1..(i + 3).min(s.last)).any(|k| SIMILAR_AFTER.contains(&f.tokens[k].key))
        || i > 0 && OTHER_BEFORE.contains(&f.tokens[i - 1].key)
        || before.into_iter().any(|k| RECALL_ADVERBS.contains(&f.tokens[k].key))
        // "the last US defence chief to visit X was Y in 2005": an earlier one, over the noun
        || i > 0
            && LAST_OF_KIND_LINKS.of(f.lang).contains(&f.tokens[i - 1].key.as_str())
            && (i.saturating_sub(LAST_OF_KIND_REACH).max(s.first)..i - 1)
                .any(|k| LAST_OF_KIND.of(f.lang).contains(&f.tokens[k].key.as_str()))
        // "similar to the treaty with X": another, earlier text
        || (i.saturating_sub(5).max(s.first)..i).any(|k| {
            LIKE_WORDS.contains(&f.tokens[k].key)
                && f.tokens.get(k + 1).is_some_and(|t| LIKE_LINKS.contains(&t.key))
        })
}

/// Whether the trigger at `i` follows a past before the past and "already" within four words ("a
/// letter of intent had already been signed", "avait déjà été signée"): an earlier event than the
/// one the text reports.
fn already_before(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let window = i.saturating_sub(4).max(s.first)..i;
    let has = |w: &[&str]| window.clone().any(|k| f.tokens[k].is(w));
    has(ALREADY_WORDS.of(f.lang)) && has(PLUPERFECT_AUXILIARIES.of(f.lang))
}

/// Whether the trigger at `i` is a perfect or a state with a starting point after it, in its
/// sentence: "which have been stationed in X since 2014", "sont déployés en Y depuis 2019". Its date
/// is when the state began, and what is told is not the news of the day. A starting day ("since
/// Monday") is the news itself.
fn ongoing_since(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let perfect =
        (i.saturating_sub(2).max(s.first)..i).any(|k| PERFECT_AUXILIARIES.contains(&f.tokens[k].key));
    let since = (i + 1..(i + 12).min(s.last)).find(|&k| SINCE_WORDS.contains(&f.tokens[k].key));
    // a date starting on one of the two tokens after the word (dates are sorted by start, so one
    // binary search: no scan of the document's dates per trigger)
    perfect
        && since.is_some_and(|k| {
            let (Some(from), Some(to)) = (f.tokens.get(k + 1), f.tokens.get((k + 2).min(s.last - 1))) else {
                return false;
            };
            let at = f.dates.partition_point(|d| d.start < from.start);
            // (a day is the start of the news itself: "have been patrolling since Monday")
            f.dates.get(at).is_some_and(|d| d.start <= to.start && d.end <= s.end && d.from.day.is_none())
        })
}

/// Whether an exercise of one side is told as its own act: that side's country is named before
/// the trigger in the sentence that first tells it, with a verb of holding between ("China
/// launched drills around the island", "la Russie mène ses propres manœuvres"), or it is dated
/// to the day; and the event is no recalled one.
fn drills_alone(f: &Facts<'_>, o: &Occurrence) -> bool {
    if o.kind != EventType::Exercise || o.recalled || sides(f, &o.participants) != 1 {
        return false;
    }
    if dated_to_the_day(o) {
        return true;
    }
    let (Some(&si), Some(&(tb, _))) = (o.sentences.first(), o.triggers.first()) else { return false };
    let s = f.sentences[si];
    let trigger = f.token_at(tb);
    if trigger < s.first || trigger >= s.last {
        return false;
    }
    let Some(m) = f
        .mentions_in(s.first, trigger)
        .find(|m| f.actors[m.actor].kind() == EntityType::Country && o.participants.contains(&m.actor))
    else {
        return false;
    };
    (m.last..trigger).any(|k| HOLDING_VERBS.contains(&f.tokens[k].key)) && trigger - m.last <= 8
}

/// Whether the arrival at `i` is a return home: a word of home right after it, over one adverb
/// ("arrived safely home", "arrived back", "sont arrivés au bercail").
fn returned_home(f: &Facts<'_>, i: usize) -> bool {
    let home = |j: usize| f.tokens.get(j).is_some_and(|t| t.is(HOME_MARKS.of(f.lang)));
    let adverb =
        |j: usize| f.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.key.ends_with("ly"));
    home(i + 1)
        || adverb(i + 1) && home(i + 2)
        || f.tokens.get(i + 1).is_some_and(|t| t.is(&["au"])) && home(i + 2)
}

/// Whether a deployment of one side goes somewhere outside that side's country: a place of
/// another country, or a sea or region of no country ("Estria will send two frigates to the
/// Indo-Pacific", "sent a ship to Hawaii for the drills"). The troops or ships are sent abroad
/// even though no host is named as a party. A place of no country must be one the gazetteer
/// knows (a sea, a region): a capitalised word read as a place by context may be a town at home.
fn sent_abroad(f: &Facts<'_>, o: &Occurrence) -> bool {
    if o.kind != EventType::Deployment || o.recalled || sides(f, &o.participants) != 1 {
        return false;
    }
    let Some(place) = o.place else { return false };
    let sender = o.participants.iter().find_map(|&p| f.side(p));
    match f.side(place) {
        Some(host) => Some(host) != sender,
        // (a place of a country the text does not name is not the sender's, whose country is a
        // party: "au port de Tunis")
        None => f.actors[place].rule.starts_with("gazetteer") || f.actors[place].country.is_some(),
    }
}

/// Whether an occurrence carries a day of its own, not one of when it was told ("exercises would
/// run from 4 to 19 March"): told that precisely, a one-sided exercise is an event.
fn dated_to_the_day(o: &Occurrence) -> bool {
    !o.weak_date && o.from.is_some_and(|d| d.day.is_some())
}

/// Whether a meeting, a visit or an agreement has two sides once persons of no known country or
/// body count as their own ("talks between Gen. X and Gen. Y, chief of Z's army", "Minister X and
/// his Y counterpart agreed to…").
fn persons_meet(f: &Facts<'_>, o: &Occurrence) -> bool {
    if !matches!(o.kind, EventType::Meeting | EventType::Visit | EventType::Agreement) {
        return false;
    }
    let mut s: Vec<usize> = o
        .participants
        .iter()
        .filter_map(|&p| f.party(p).or_else(|| (f.actors[p].kind() == EntityType::Person).then_some(p)))
        .collect();
    s.sort_unstable();
    s.dedup();
    s.len() >= 2
}

/// The number of distinct parties among the participants (a person counts as their country or
/// body).
pub(super) fn sides(f: &Facts<'_>, participants: &[usize]) -> usize {
    let mut s: Vec<usize> = participants.iter().filter_map(|&p| f.party(p)).collect();
    s.sort();
    s.dedup();
    s.len()
}

/// Whether the token at `k` says that an event happens: a verb of [`HAPPENING_VERBS`] after its
/// mark, one auxiliary allowed between ("se déroulera", "s'est tenue", "was held", "will be
/// held"), or "lieu"/"place" after "avoir"/"take" in any tense ("a eu lieu", "took place").
pub(super) fn happening_at(f: &Facts<'_>, k: usize) -> bool {
    let t = f.tokens;
    let before = |n: usize| if k >= n { t[k - n].key.as_str() } else { "" };
    if HAPPENING_NOUNS.contains(&t[k].key) {
        return HAPPENING_LIGHT_VERBS.contains(before(1));
    }
    HAPPENING_VERBS.contains(&t[k].key)
        && (HAPPENING_MARKS.contains(before(1))
            || PERFECT_AUXILIARIES.contains(before(1)) && HAPPENING_MARKS.contains(before(2)))
}

/// Whether the event word at `i` is told which one it is by a relative clause right after it (over
/// two words of joint or military at most, no comma): "l'exercice militaire que les deux armées avaient
/// tenu en mars", "the drills that both navies held in May". Such a definite phrase names an event by
/// its own clause, not by the event just told.
fn restricted_by_relative(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let relative = |j: usize| f.tokens[j].is_in(THAT_WORDS);
    let adjective = |j: usize| {
        let t = &f.tokens[j];
        t.kind == TokenKind::Word
            && !t.cap
            && (JOINT_WORDS.contains(&t.key) || MILITARY_ADJECTIVES.contains(&t.key))
    };
    (i + 1..(i + 4).min(s.last)).find(|&j| !adjective(j)).is_some_and(relative)
}

/// Whether the meeting word at `i` is owned by the sides already told, after a preposition ("au
/// terme de leur entretien", "during their talks", "from our joint meeting"): the encounter the
/// text has told, not a new one. One modifier may stand between ("their joint meeting").
fn possessed_after_preposition(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let owner = if i > s.first + 1 && !f.tokens[i - 1].cap && f.tokens[i - 1].is(PAIR_POSSESSIVES.of(f.lang))
    {
        i - 1
    } else if i > s.first + 2 && f.tokens[i - 2].is(PAIR_POSSESSIVES.of(f.lang)) && !f.tokens[i - 1].cap {
        i - 2
    } else {
        return false;
    };
    let si = f.sentence_of(i);
    f.sentences.get(si) == Some(&s) && matches!(f.syntax(si).upos(owner - 1 - s.first), Some(Upos::Adp))
}

/// How far after a verb of sending its delegation may be named ("envoyer à X une délégation").
const DELEGATION_REACH: usize = 4;

/// Whether the verb of sending at `i` sends a delegation, and no troops, in its sentence `si`: a
/// word of [`DELEGATION_NOUNS`] within [`DELEGATION_REACH`] words after it.
fn delegation_sent(f: &Facts<'_>, i: usize, si: usize) -> bool {
    let s = f.sentences[si];
    let end = (i + 1 + DELEGATION_REACH).min(s.last);
    (i + 1..end).any(|k| f.tokens[k].is(DELEGATION_NOUNS.of(f.lang)))
        && !(i + 1..s.last).any(|k| f.tokens[k].is(f.lex.troop_words))
}

/// Whether a definite trigger at `i` names its own parties right after it, over two lowercase
/// modifiers ("les manœuvres conjointes de la Grèce et de Chypre", "the drills of X with Y"):
/// a full description, no reference to an event told before.
fn with_own_parties(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let mut k = i + 1;
    while k < s.last
        && k < i + 3
        && !f.tokens[k].cap
        && f.tokens[k].kind == TokenKind::Word
        && !PARTY_MARKS.contains(&f.tokens[k].key)
    {
        k += 1;
    }
    k < s.last
        && PARTY_MARKS.contains(&f.tokens[k].key)
        && f.mentions_in(k + 1, (k + 4).min(s.last))
            .any(|m| matches!(f.actors[m.actor].kind(), EntityType::Country | EntityType::Organization))
}

/// Whether the trigger at `i` is a topic, not an occurrence: a topic cue ("focus on", "priorité
/// à") or a follow-up word within three tokens before it.
///
/// A plural counted vaguely is a kind of activity, not one occurrence either: "multiple military
/// exercises", "plusieurs manœuvres conjointes", "numerous joint drills".
pub(super) fn is_topic(f: &Facts<'_>, i: usize, first: usize) -> bool {
    let lo = i.saturating_sub(3).max(first);
    // "focusing on military joint training": a cue with its preposition, over two modifiers
    let cue_with_preposition =
        i >= first + 4 && f.tokens[i - 4].is(f.lex.topic_cues) && f.tokens[i - 3].is(&["on", "sur", "about"]);
    cue_with_preposition
        || (lo..i).any(|k| f.tokens[k].is(f.lex.topic_cues))
        || (lo..i).any(|k| f.tokens[k].is(&["suivi", "follow-up"]))
        || (lo..i).any(|k| VAGUE_COUNTS.contains(&f.tokens[k].key))
}

/// Whether the trigger at `i` names a facility with its neighbour: "centre d'entraînement",
/// "camp d'exercice", "training centre", "training ground", "exercise area" are places, not events.
pub(super) fn names_a_facility(f: &Facts<'_>, i: usize) -> bool {
    let before =
        i >= 2 && f.tokens[i - 1].is(&["d'", "de"]) && TRAINING_FACILITIES.contains(&f.tokens[i - 2].key);
    let facility = |k: usize| f.tokens.get(k).is_some_and(|t| TRAINING_FACILITIES.contains(&t.key));
    // (over a coordinated noun: "a joint training and cooperation centre")
    let coordinated = f.tokens.get(i + 1).is_some_and(|t| t.is_in(crate::lang::AND_WORDS))
        && f.tokens.get(i + 2).is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.cap)
        && facility(i + 3);
    before || facility(i + 1) || coordinated
}

/// Whether the capitalised trigger at `i` opens the title of a role in the event ("the Exercise
/// Director", "the Exercise Deputy Commanding Officer"): a run of at most three capitalised words
/// after it ends on a noun of roles. Who holds it is named, not an occurrence told.
fn names_a_role(f: &Facts<'_>, i: usize) -> bool {
    let t = &f.tokens;
    if !t[i].cap {
        return false;
    }
    let run =
        (i + 1..(i + 4).min(t.len())).take_while(|&k| t[k].cap && t[k].kind == crate::text::TokenKind::Word);
    run.last().is_some_and(|k| crate::lang::ROLE_NOUNS.contains(&t[k].key))
}

/// Whether the patrol word at `i` names the kind of a drill with an exercise word ("un exercice de
/// patrouille", "a patrol exercise"): the exercise word tells the event, once.
fn kind_of_drill(f: &Facts<'_>, i: usize) -> bool {
    let before = i >= 2 && f.tokens[i - 1].is(&["d'", "de"]) && f.lex.is_exercise_word(&f.tokens[i - 2].key);
    let after = f.tokens.get(i + 1).is_some_and(|t| f.lex.is_exercise_word(&t.key));
    before || after
}

/// Whether the exercise word at `i` names a kind of unit with the unit's noun before it ("une
/// compagnie de manœuvre", "a manoeuvre company" is a company sent somewhere, not drills): the unit's
/// noun right before "de"/"d'", or right after the word in English.
fn names_a_unit(f: &Facts<'_>, i: usize) -> bool {
    let before = i >= 2 && f.tokens[i - 1].is(&["d'", "de"]) && UNIT_HEADS.contains(&f.tokens[i - 2].key);
    let after = f.lang == crate::analysis::Lang::En
        && f.tokens.get(i + 1).is_some_and(|t| UNIT_HEADS.contains(&t.key));
    before || after
}

/// How far before "to" and its trigger a word of [`LAST_OF_KIND`] may stand ("the last US
/// secretary of defence to visit").
const LAST_OF_KIND_REACH: usize = 8;
