//! Events told by a word with its neighbours rather than by a trigger word alone: troops
//! entering a country to help it, trainers at work, a call on an official, war games written in
//! two words, troops kept in another country. Each reads a few tokens around one word of the
//! sentence and gives the kind of event that word opens, if any.

use crate::analysis::{EntityType, EventType};
use crate::facts::Facts;
use crate::lang::{
    CALL_WORDS, DEPLOYMENT_AIMS, ENTERING_VERBS, KEEPING_VERBS, TRAINER_WORDS, TRAINING_VERBS,
};
use crate::text::TokenKind;

/// How far before a verb of entering the troops that enter may be named ("whose troops entered",
/// "des soldats érythréens sont entrés").
const ENTERING_TROOPS_BEFORE: usize = 4;

/// A deployment told by troops entering a country to help: a verb of [`ENTERING_VERBS`] with troop
/// words right before it, a country named right after it and an aim of help after ("X's troops
/// entered Y to support its army", "des soldats de X sont entrés en Y pour aider"). Without
/// troops, into no country or with no help ("the accord entered into force", "troops entered Y"
/// as invaders), the verb says nothing.
pub(super) fn troops_entering(f: &Facts<'_>, i: usize) -> Option<EventType> {
    if !ENTERING_VERBS.contains(&f.tokens[i].key) {
        return None;
    }
    let s = f.sentences[f.sentence_of(i)];
    let troops =
        (i.saturating_sub(ENTERING_TROOPS_BEFORE).max(s.first)..i).any(|k| f.tokens[k].is(f.lex.troop_words));
    let into = f.mentions_in(i + 1, (i + 4).min(s.last)).next().is_some_and(|m| {
        f.actors[m.actor].kind() == EntityType::Country
            && (i + 1..m.first).all(|k| f.tokens[k].kind == TokenKind::Word && !f.tokens[k].cap)
    });
    // (sent to help: troops that simply enter may be invading, "Estrian troops entered Norland")
    let help = (i + 1..s.last).any(|k| DEPLOYMENT_AIMS.contains(&f.tokens[k].key));
    (troops && into && help).then_some(EventType::Deployment)
}

/// How far before a verb of training its trainers may be named ("des instructeurs militaires
/// russes entraînent…", "Estrian military advisers have been training…").
const TRAINERS_BEFORE: usize = 5;

/// A deployment told by trainers at work: "des instructeurs russes entraînent l'armée X", "Estrian
/// advisers train the Y army" — a verb of [`TRAINING_VERBS`] (or "training" after "been") with
/// [`TRAINER_WORDS`] right before it. Trainers of one side training another's forces were sent
/// there; without trainers the verb says nothing ("la crise entraîne", "forment une alliance").
pub(super) fn trainers_at_work(f: &Facts<'_>, i: usize) -> Option<EventType> {
    let key = f.tokens[i].key.as_str();
    let verb = TRAINING_VERBS.contains(key) || key == "training" && i > 0 && f.tokens[i - 1].is(&["been"]);
    let first = f.sentences[f.sentence_of(i)].first;
    let trainers =
        (i.saturating_sub(TRAINERS_BEFORE).max(first)..i).any(|k| TRAINER_WORDS.contains(&f.tokens[k].key));
    (verb && trainers).then_some(EventType::Deployment)
}

/// A visit told as a call on someone: "the army commander called on the chief of staff", "calls
/// upon the prime minister" — a verb of calling right before "on"/"upon", and a person named
/// within [`CALLED_ON_REACH`] words after. A call on someone to act ("called on Norland's leader
/// to withdraw", a "to" and a verb after) asks, it visits no one.
pub(super) fn called_on(f: &Facts<'_>, i: usize) -> Option<EventType> {
    let key = f.tokens[i].key.as_str();
    let on = f.tokens.get(i + 1).is_some_and(|t| t.is(&["on", "upon"]));
    if !key.starts_with("call") || !CALL_WORDS.of(f.lang).contains(&key) || !on {
        return None;
    }
    let s = f.sentences[f.sentence_of(i)];
    let reach = (i + 2 + CALLED_ON_REACH).min(s.last);
    let person = f
        .mentions_in(i + 2, s.last)
        .any(|m| m.first < reach && f.actors[m.actor].kind() == EntityType::Person);
    let asks = (i + 2..s.last.saturating_sub(1))
        .any(|k| f.tokens[k].is(&["to"]) && f.tokens[k + 1].kind == TokenKind::Word && !f.tokens[k + 1].cap);
    (person && !asks).then_some(EventType::Visit)
}

/// How far after "called on" the name of the person called on may start (past a title: "called on
/// Chief of the Naval Staff Admiral X").
const CALLED_ON_REACH: usize = 10;

/// "war games" written in two words is an exercise, read at "games" ("wargames" is a trigger).
pub(super) fn war_games(f: &Facts<'_>, i: usize) -> Option<EventType> {
    (i > 0 && f.war_games(i - 1)).then_some(EventType::Exercise)
}

/// How far after a verb of keeping its troops may be named ("maintains an estimated 3,000
/// troops", a number written with its comma taking three tokens).
const KEPT_TROOPS_AFTER: usize = 6;

/// How far after the troops the country they are kept in may be named ("troops in Somalia",
/// "des troupes en Somalie").
const KEPT_IN_AFTER: usize = 3;

/// A deployment told by troops kept in another country: a verb of [`KEEPING_VERBS`], troop words
/// within [`KEPT_TROOPS_AFTER`] words after it, then a locative and a country right after them
/// ("X maintains troops in Y", "X maintient des troupes en Y", "X keeps 2,000 soldiers in Y").
/// Troops kept at home, or in no country named ("kept troops on alert"), tell nothing.
pub(super) fn troops_kept(f: &Facts<'_>, i: usize) -> Option<EventType> {
    if !KEEPING_VERBS.contains(&f.tokens[i].key) {
        return None;
    }
    let s = f.sentences[f.sentence_of(i)];
    let troops =
        (i + 1..(i + 1 + KEPT_TROOPS_AFTER).min(s.last)).find(|&k| f.tokens[k].is(f.lex.troop_words))?;
    let locative = (troops + 1..(troops + 1 + KEPT_IN_AFTER).min(s.last))
        .find(|&k| f.tokens[k].is(f.lex.locatives) || f.tokens[k].is(&["en", "au", "aux"]))?;
    let country = f
        .mentions_in(locative + 1, s.last)
        .next()
        .is_some_and(|m| m.first <= locative + 2 && f.actors[m.actor].kind() == EntityType::Country);
    country.then_some(EventType::Deployment)
}
