//! Events told by a word with its neighbours rather than by a trigger word alone: troops
//! entering a country to help it, trainers at work, a call on an official, war games written in
//! two words, troops kept in another country, a country's troops told in or bound for another,
//! an official received by another, ships casting anchor, talks by telephone.
//! Each reads a few tokens around one word of the sentence and gives the kind of event that word
//! opens, if any.

use crate::analysis::{EntityType, EventType};
use crate::facts::Facts;
use crate::lang::{
    ABROAD_MARKS, ANCHOR_NOUNS, ANCHOR_VERBS, ARTICLES, CALL_WORDS, CLASH_WORDS, DEPLOYMENT_AIMS,
    ENTERING_VERBS, JOINT_WORDS, KEEPING_VERBS, PHONE_TALK_NOUNS, PHONE_WORDS, RECEIVING_VERBS, ROLE_NOUNS,
    SHOOT_VERBS, STATEMENT_NOUNS, TRAINER_WORDS, TRAINING_VERBS,
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

/// A visit told as a reception: "President X received President Y at the palace", "received his
/// Estrian counterpart, General Z" — a verb of receiving ([`RECEIVING_VERBS`]) right before a
/// person's name, over the person's title only (capitalised words, "his"/"her"/"the", "visiting",
/// "counterpart", "of" and commas), with a person or a country named before the verb.
/// "received a call from Y", "received aid from Z" tell no visit. (French "a reçu" is a trigger
/// of its own.)
pub(super) fn received_person(f: &Facts<'_>, i: usize) -> Option<EventType> {
    let t = &f.tokens[i];
    if !t.is(RECEIVING_VERBS.of(f.lang)) || !t.key.starts_with("rece") {
        return None;
    }
    let s = f.sentences[f.sentence_of(i)];
    let reach = (i + 1 + RECEIVED_REACH).min(s.last);
    let guest = f
        .mentions_in(i + 1, s.last)
        .take_while(|m| m.first < reach)
        .find(|m| f.actors[m.actor].kind() == EntityType::Person)?;
    // (a title written in lowercase too: "received the deputy commander-in-chief of Estria's army,
    // X", its office and service words, a demonym, the hyphens of a compound title)
    let title = (i + 1..guest.first).all(|k| {
        let w = &f.tokens[k];
        let office = ROLE_NOUNS.contains(&w.key) || f.lex.org_heads.contains(&w.key.as_str());
        let compound = w.is(&["-"]) || w.is(&["in"]) && k > 0 && f.tokens[k - 1].is(&["-"]);
        w.cap && w.kind == TokenKind::Word
            || office
            || compound
            || f.mentions_in(k, k + 1).next().is_some()
            || w.is(&["his", "her", "the", "visiting", "counterpart", "of", ",", "."])
    });
    let host = f
        .mentions_in(s.first, i)
        .any(|m| matches!(f.actors[m.actor].kind(), EntityType::Person | EntityType::Country));
    (title && host).then_some(EventType::Visit)
}

/// A meeting held by telephone: "a phone call from X", "a telephone conversation with Y", "un
/// entretien téléphonique avec Z" — the noun of talk after the word of the telephone in English,
/// before it in French. Read at the noun of talk.
pub(super) fn phone_talk(f: &Facts<'_>, i: usize) -> Option<EventType> {
    if !f.tokens[i].is(PHONE_TALK_NOUNS.of(f.lang)) {
        return None;
    }
    let phone = match f.lang {
        crate::analysis::Lang::En => i > 0 && f.tokens[i - 1].is(PHONE_WORDS.en),
        crate::analysis::Lang::Fr => f.tokens.get(i + 1).is_some_and(|t| t.is(PHONE_WORDS.fr)),
    };
    phone.then_some(EventType::Meeting)
}

/// A visit told as ships casting anchor: "deux navires ont jeté l'ancre devant X", "two
/// frigates dropped anchor off Y" — the word of the anchor right after a verb of casting (over
/// "l'" in French). Where and whose the ships are, the sentence says.
pub(super) fn dropped_anchor(f: &Facts<'_>, i: usize) -> Option<EventType> {
    if !f.tokens[i].is(ANCHOR_NOUNS.of(f.lang)) || i == 0 {
        return None;
    }
    let verb = if f.tokens[i - 1].is(&["l'"]) { i.checked_sub(2)? } else { i - 1 };
    f.tokens[verb].is(ANCHOR_VERBS.of(f.lang)).then_some(EventType::Visit)
}

/// How far after a verb of receiving the guest's name may start, past a long title ("received
/// the deputy commander-in-chief of Estria's army, X").
const RECEIVED_REACH: usize = 14;

/// How far after "called on" the name of the person called on may start (past a title: "called on
/// Chief of the Naval Staff Admiral X").
const CALLED_ON_REACH: usize = 10;

/// "war games" written in two words is an exercise, read at "games" ("wargames" is a trigger).
pub(super) fn war_games(f: &Facts<'_>, i: usize) -> Option<EventType> {
    (i > 0 && f.war_games(i - 1)).then_some(EventType::Exercise)
}

/// A joint statement is an accord of its authors, read at its noun: "a joint statement", "a joint
/// declaration", "une déclaration conjointe", "la déclaration commune" (a statement alone is
/// one side's word).
pub(super) fn joint_statement(f: &Facts<'_>, i: usize) -> Option<EventType> {
    let statement = |k: usize| f.tokens.get(k).is_some_and(|t| t.is(STATEMENT_NOUNS.of(f.lang)));
    let joint = |k: usize| f.tokens.get(k).is_some_and(|t| t.is(JOINT_WORDS.of(f.lang)));
    let found = match f.lang {
        crate::analysis::Lang::En => statement(i) && i > 0 && joint(i - 1),
        crate::analysis::Lang::Fr => statement(i) && joint(i + 1),
    };
    found.then_some(EventType::Agreement)
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

/// How far after its troops the country they are in or bound for may be named ("Estrian troops
/// now serving in Norland", "des militaires estriens sont actuellement déployés au Y").
const ABROAD_AFTER: usize = 10;

/// How far from troops abroad a word of deployment makes the sentence that word's.
const DEPLOYMENT_WORD_REACH: usize = 20;

/// How many lowercase words may stand between a country's adjective and its troops ("Estrian
/// special forces", "X's armoured vehicles").
const OWNER_GAP: usize = 2;

/// A deployment told by a country's troops in, entering or bound for another country: the
/// troops' owner is a country's adjective or genitive before them ("Estrian troops", "Norland's
/// soldiers"), its French adjective or complement after ("des militaires estriens", "les soldats
/// du Y") or "from" a country ("soldiers from X"); within [`ABROAD_AFTER`] words after them, a
/// word of [`ABROAD_MARKS`] or of [`ENTERING_VERBS`] leads to another country or to a place of
/// one ("…have entered Y", "…in the Z region of Y"). Troops at home or of no named country tell
/// nothing; troops withdrawn are left out by the trigger loop; a sentence with a word of
/// deployment is that word's, and one of troops fighting the relation stage's.
pub(super) fn troops_abroad(f: &Facts<'_>, i: usize) -> Option<EventType> {
    if !f.tokens[i].is(f.lex.troop_words) {
        return None;
    }
    let s = f.sentences[f.sentence_of(i)];
    // (a sentence with a word of deployment that fits it is told by that word: "Estrian troops
    // were deployed to Y"; not "to reinforce the mission")
    let (lo, hi) =
        (i.saturating_sub(DEPLOYMENT_WORD_REACH).max(s.first), (i + DEPLOYMENT_WORD_REACH).min(s.last));
    // (and troops clashing or shooting are told by the relation stage, as a fight: "X and Y
    // troops clashed in Z", "X forces fired at Y's posts")
    let fight = |k: usize| CLASH_WORDS.contains(&f.tokens[k].key) || SHOOT_VERBS.contains(&f.tokens[k].key);
    let deployment_word = |k: usize| {
        f.lex.trigger(&f.tokens[k].key) == Some(EventType::Deployment)
            && super::fit::trigger_fits(f, k, EventType::Deployment, s)
    };
    if (lo..hi).any(|k| deployment_word(k) || fight(k)) {
        return None;
    }
    let owner = troops_owner(f, i, s.first, s.last)?;
    let end = (i + 1 + ABROAD_AFTER).min(s.last);
    for k in i + 1..end {
        let t = &f.tokens[k];
        if t.is(&[";", ":", "("]) {
            return None;
        }
        if !ABROAD_MARKS.of(f.lang).contains(&t.key.as_str()) && !ENTERING_VERBS.contains(&t.key) {
            continue;
        }
        let article = f.tokens.get(k + 1).is_some_and(|a| a.is_in(ARTICLES));
        let at = k + 1 + usize::from(article);
        let host = f.mentions_in(at, s.last).next().filter(|m| m.first == at).and_then(|m| f.side(m.actor));
        if let Some(host) = host {
            return (host != owner).then_some(EventType::Deployment);
        }
    }
    None
}

/// The country whose troops the troop word at `i` names, within its sentence `first..last`.
fn troops_owner(f: &Facts<'_>, i: usize, first: usize, last: usize) -> Option<usize> {
    let country =
        |m: &crate::facts::Placed| (f.actors[m.actor].kind() == EntityType::Country).then_some(m.actor);
    let lowercase =
        |a: usize, b: usize| (a..b).all(|k| f.tokens[k].kind == TokenKind::Word && !f.tokens[k].cap);
    let lo = i.saturating_sub(OWNER_GAP + 3).max(first);
    // "Estrian troops", "Norland's soldiers"
    let before = f.mentions_in(lo, i).filter_map(|m| {
        let genitive = f.tokens.get(m.last).is_some_and(|t| t.key == "'")
            && f.tokens.get(m.last + 1).is_some_and(|t| t.key == "s");
        let after = if genitive { m.last + 2 } else { m.last };
        (after <= i && i - after <= OWNER_GAP && lowercase(after, i)).then(|| country(m)).flatten()
    });
    if let Some(c) = before.last() {
        return Some(c);
    }
    let next = f.tokens.get(i + 1)?;
    let from = next.is(&["from", "de", "du", "d'"]);
    let at = i + 1 + usize::from(from);
    let m = f.mentions_in(at, last).next().filter(|m| m.first == at)?;
    // ("des militaires estriens": a French adjective after; "soldiers from X", "soldats du Y")
    (from || f.lang == crate::analysis::Lang::Fr && !f.tokens[at].cap).then(|| country(m)).flatten()
}
