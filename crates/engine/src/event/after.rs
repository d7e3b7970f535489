//! Events told without a trigger word: named exercises mentioned by name alone, and sentences
//! that only say where, when or with whom the event just told happens ("This operation, carried
//! out on Tuesday, …", "It includes X and Y", "Z takes part too"). Read by `extract` after the
//! triggered occurrences.

use super::extract::happening_at;
use super::fill::fill;
use super::Occurrence;
use crate::analysis::EventType;
use crate::facts::Facts;
use crate::input::zone::Clause;
use crate::lang::{
    DEFINITES, EVENT_ANAPHORS, EVENT_PRONOUNS, HAPPENING_LIGHT_VERBS, INCLUDE_VERBS, PARTICIPATION_WORDS,
    SERVICE_PLURALS,
};

/// Named exercises mentioned without a trigger word, once per sentence that names them (merged by
/// name later); a date far from the name is weak.
pub(super) fn add_named(f: &Facts<'_>, names: &[(String, usize)], found: &mut Vec<Occurrence>) {
    for (name, tok) in names {
        let si = f.sentence_of(*tok);
        if found.iter().any(|o| o.name.as_deref() == Some(name.as_str()) && o.sentences.contains(&si)) {
            continue;
        }
        let s = f.sentences[si];
        let mut occ = Occurrence::new(EventType::Exercise, si, (f.tokens[*tok].start, f.tokens[*tok].end));
        occ.name = Some(name.clone());
        fill(f, &mut occ, s, *tok);
        // (a name told in passing, with no trigger, is dated by whatever the sentence tells: a
        // date far from the name is weak, and a trigger's own date wins over it when they merge)
        // (nor one across a coordinated clause: "the brigade is on call from 1 May and Sea Lance
        // readies it")
        // (or further on in the name's own clause: "Amber Falcon is scheduled to run from 3 to
        // 17 May")
        let clauses = f.clauses(s);
        let clause_of = |k: usize| clauses.iter().position(|c| (c.start..c.end).contains(&(k - s.first)));
        let near_name = f.dates.iter().filter(|d| d.start >= s.start && d.end <= s.end).any(|d| {
            let (a, b) = (f.token_at(d.start), f.token_at(d.end));
            let (lo, hi) = if b <= *tok { (b, *tok) } else { (*tok, a) };
            let apart = (lo..hi).any(|k| f.tokens[k].is(&["and", "et", ";"]));
            let near = a.abs_diff(*tok) <= NAMED_DATE_REACH || b.abs_diff(*tok) <= NAMED_DATE_REACH;
            let own_clause = a > *tok && a - *tok <= NAMED_CLAUSE_REACH && clause_of(a) == clause_of(*tok);
            !apart && (near || own_clause)
        });
        occ.weak_date |= occ.from.is_some() && !near_name;
        found.push(occ);
    }
}

/// How near a name told without a trigger a date must stand to be its own ("Umodzi 2018 began on
/// 3 May", not "the brigade is on call from 1 March, which Sea Lance readies").
const NAMED_DATE_REACH: usize = 6;

/// How far after a name told without a trigger a date of the name's own clause may stand to be
/// its own.
const NAMED_CLAUSE_REACH: usize = 12;

/// Occurrences told by a sentence without a trigger that says where or when the event just told
/// happens ("Celui-ci se tiendra près de Lyon", "It will take place in…") or who takes part in it
/// ("Taking part are X and Y"). `found` is in text order.
pub(super) fn told_after(f: &Facts<'_>, found: &[Occurrence]) -> Vec<Occurrence> {
    let mut told: Vec<Occurrence> = Vec::new();
    let mut next = 0; // the first occurrence not told before this sentence
    let mut last_kind = None;
    for (si, s) in f.sentences.iter().enumerate() {
        while found.get(next).is_some_and(|o| o.sentences[0] < si) {
            last_kind = Some(found[next].kind);
            next += 1;
        }
        if found.get(next).is_some_and(|o| o.sentences[0] == si) {
            continue;
        }
        let Some(kind) = last_kind else { continue };
        let Some(cue) = (s.first..s.last)
            .find(|&k| happening_at(f, k))
            .or_else(|| anaphor_noun(f, *s))
            .or_else(|| including_pronoun(f, *s))
            .or_else(|| taking_part(f, *s))
            .or_else(|| forces_listed(f, *s, next.checked_sub(1).map(|p| &found[p]), si))
            .or_else(|| others_listed(f, *s, next.checked_sub(1).map(|p| &found[p]), si))
        else {
            continue;
        };
        if f.boiler[cue] {
            continue;
        }
        let mut occ = Occurrence::new(kind, si, (f.tokens[cue].start, f.tokens[cue].end));
        fill(f, &mut occ, *s, cue);
        occ.anaphor = true;
        told.push(occ);
    }
    told
}

/// How many countries a list of forces opening a sentence must name, at least.
const LISTED_FORCES: usize = 3;

/// The forces' noun opening a sentence right after the event `last` was told, followed by a list
/// of countries: "Navies of A, B, C and D seek to…", "Les armées de A, B et C visent…" — the
/// parties of that event, named again. The noun is plural and stands first (after an article),
/// the list right after "of"/"from"/"de".
fn forces_listed(f: &Facts<'_>, s: Clause, last: Option<&Occurrence>, si: usize) -> Option<usize> {
    let told_before = last.is_some_and(|o| o.sentences.last().is_some_and(|&l| l + 1 == si));
    let k = if f.tokens[s.first].is(DEFINITES.of(f.lang)) { s.first + 1 } else { s.first };
    let noun = k < s.last && f.tokens[k].is(SERVICE_PLURALS.of(f.lang));
    let of = f.tokens.get(k + 1).is_some_and(|t| t.is(&["of", "from", "de", "des", "du"]));
    if !(told_before && noun && of) {
        return None;
    }
    let countries = f
        .mentions_in(k + 2, s.last)
        .take_while(|m| f.actors[m.actor].kind() == crate::analysis::EntityType::Country)
        .count();
    (countries >= LISTED_FORCES).then_some(k)
}

/// The verb of a sentence that goes on with the list of the event just told, in the sentence
/// right after it: "Others are X, Y and the host country, Z", "Les autres sont X et Y" — "others"
/// opening it, a form of "to be" or of including right after, and a country named after that.
fn others_listed(f: &Facts<'_>, s: Clause, last: Option<&Occurrence>, si: usize) -> Option<usize> {
    let told_before = last.is_some_and(|o| o.sentences.last().is_some_and(|&l| l + 1 == si));
    let k = if f.tokens[s.first].is(DEFINITES.of(f.lang)) { s.first + 1 } else { s.first };
    let others = k + 1 < s.last && f.tokens[k].is_in(crate::lang::OTHERS_WORDS);
    let verb = others
        && (f.tokens[k + 1].is(crate::lang::COPULAS.of(f.lang))
            || INCLUDE_VERBS.of(f.lang).contains(&f.tokens[k + 1].key.as_str()));
    let country = || {
        f.mentions_in(k + 2, s.last).any(|m| f.actors[m.actor].kind() == crate::analysis::EntityType::Country)
    };
    (told_before && verb && country()).then_some(k + 1)
}

/// The noun of a sentence opened by a demonstrative and a word standing for any event ("This
/// operation…", "Ces missions…", "The operation, conducted…"): with "the"/"l'", only before a
/// comma (a name may follow otherwise: "l'opération Sentinelle").
pub(super) fn anaphor_noun(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let k = s.first + 1;
    f.tokens.get(k).filter(|t| k < s.last && EVENT_ANAPHORS.contains(&t.key))?;
    let det = &f.tokens[s.first];
    let demonstrative = det.is(&["this", "that", "these", "those", "cette", "cet", "ces"]);
    let definite = det.is(&["the", "l'"]) && f.tokens.get(k + 1).is_some_and(|t| t.is(&[","]));
    (demonstrative || definite).then_some(k)
}

/// The verb of a sentence whose subject is a pronoun standing for the event just told, taking in
/// its parties: "It will include ships from X, Y and Z", "Elle réunira X et Y" (a pronoun at most
/// three words before the verb, two actors at least after it).
fn including_pronoun(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let k = (s.first..s.last).find(|&k| INCLUDE_VERBS.of(f.lang).contains(&f.tokens[k].key.as_str()))?;
    let pronoun = (k.saturating_sub(3).max(s.first)..k).any(|j| f.tokens[j].is(EVENT_PRONOUNS.of(f.lang)));
    (pronoun && f.mentions_in(k + 1, s.last).nth(1).is_some()).then_some(k)
}

/// The word of a sentence that tells who takes part in the event just told, with no trigger of its
/// own: "Taking part are X, Y and Z", "X is also participating", "Y participe également" — a verb
/// of participation, or "part" after a light verb ("take part"), with an actor in the sentence.
fn taking_part(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let k = (s.first..s.last).find(|&k| {
        let t = &f.tokens[k];
        PARTICIPATION_WORDS.contains(&t.key)
            || t.key == "part" && k > s.first && HAPPENING_LIGHT_VERBS.contains(&f.tokens[k - 1].key)
    })?;
    // (taking part in something named after it must be taking part in a drill: "participent aux
    // discussions de l'organisation" is no part in the exercise told before)
    // (and the drill already told, definite: "took part in several exercises with X" tells others)
    let object = f.tokens.get(k + 1).is_some_and(|t| t.is(&["a", "au", "aux", "in", "dans"]));
    let drill = (k + 2..(k + 5).min(s.last))
        .any(|j| f.lex.is_exercise_word(&f.tokens[j].key) || EVENT_ANAPHORS.contains(&f.tokens[j].key));
    let definite = object
        && (f.tokens[k + 1].is(&["au", "aux"])
            || f.tokens.get(k + 2).is_some_and(|t| t.is(DEFINITES.of(f.lang))));
    if object && !(drill && definite) {
        return None;
    }
    f.mentions_in(s.first, s.last).next().map(|_| k)
}
