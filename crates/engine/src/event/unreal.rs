//! Events told but not held: a trigger negated, prevented or refused ("did not sign",
//! "prevented X and Y from signing", "declined to send troops"), talks or an accord only offered
//! or called for, an event called off, what a cooperation is said to consist of, a truce only
//! referred to, and drills decided as a recurring series. Each is read around one trigger in its
//! clause by [`super::extract`], which then opens no event there.

use crate::facts::Facts;
use crate::input::zone::Clause;
use crate::lang::{
    BACKING_NOUNS, CALL_WORDS, CANCEL_WORDS, CONTENT_VERBS, COOPERATION_NOUNS, JOINT_WORDS,
    MILITARY_ADJECTIVES, PREVENT_VERBS, RECURRENCE_WORDS, REFUSAL_VERBS, TRUCE_WORDS, VIOLATION_WORDS,
    WILLINGNESS_WORDS,
};
use crate::text::syntax::Upos;
use crate::text::TokenKind;

/// How far from its trigger an event is told called off ("cet exercice a été annulé", "the drills
/// were postponed", "a annulé les manœuvres").
const CANCEL_REACH: usize = 4;

/// Whether the event at `i` is called off in its clause: a word of [`CANCEL_WORDS`] within
/// [`CANCEL_REACH`] words before or after it, no punctuation between.
pub(super) fn called_off(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let word = |k: usize| f.tokens[k].is(CANCEL_WORDS.of(f.lang));
    let open = |a: usize, b: usize| (a..b).all(|j| f.tokens[j].kind != TokenKind::Punct);
    let after =
        (i + 1..(i + 1 + CANCEL_REACH).min(s.last)).find(|&k| word(k)).is_some_and(|k| open(i + 1, k));
    let before =
        (i.saturating_sub(CANCEL_REACH).max(s.first)..i).rfind(|&k| word(k)).is_some_and(|k| open(k, i));
    after || before
}

/// Whether a negation or a hypothetical cue stands within six tokens before the trigger at `i`,
/// a verb of preventing and its "from"/"de" within [`PREVENT_REACH`] ("has prevented X and Y
/// from signing a treaty"), or a verb of refusing and its "to"/"de" within [`REFUSAL_REACH`]
/// ("both declined to send troops").
pub(super) fn is_negated(f: &Facts<'_>, i: usize, first: usize) -> bool {
    let lo = i.saturating_sub(6).max(first);
    if (lo..i).any(|k| f.tokens[k].is(f.lex.negations)) {
        return true;
    }
    let lo = i.saturating_sub(PREVENT_REACH).max(first);
    let verb = (lo..i).find(|&k| PREVENT_VERBS.of(f.lang).contains(&f.tokens[k].key.as_str()));
    if verb.is_some_and(|v| (v + 1..i).any(|k| f.tokens[k].is(&["from", "de", "d'"]))) {
        return true;
    }
    // "declined to send troops", "a refusé d'envoyer des soldats"
    let lo = i.saturating_sub(REFUSAL_REACH).max(first);
    (lo..i).any(|k| {
        REFUSAL_VERBS.of(f.lang).contains(&f.tokens[k].key.as_str())
            && f.tokens.get(k + 1).is_some_and(|t| t.is(&["to", "de", "d'"]))
    })
}

/// How far before a trigger a verb of refusing may stand ("declined to send any troops").
const REFUSAL_REACH: usize = 5;

/// How far before a trigger a verb of preventing may stand ("prevented the two neighbours'
/// navies from signing").
const PREVENT_REACH: usize = 10;

/// Whether the talks or the accord at `i` are only offered or called for: a word of willingness
/// and its "to"/"à" stand within [`OFFER_REACH`] words before the trigger ("X is committed to
/// pursuing dialogue with Y", "prêt à dialoguer", "ready for talks"), or a word of calling and
/// its "for"/"on"/"à" within [`CALL_REACH`] ("called for a truce", "the call on both sides to
/// establish a ceasefire", "a appelé à un cessez-le-feu"): a stance, no meeting held, nothing
/// agreed.
pub(super) fn offered(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let marked = |k: usize| f.tokens.get(k + 1).is_some_and(|t| t.is(&["to", "for", "on", "a", "au", "aux"]));
    let lo = i.saturating_sub(OFFER_REACH).max(s.first);
    let willing =
        (lo..i).any(|k| WILLINGNESS_WORDS.of(f.lang).contains(&f.tokens[k].key.as_str()) && marked(k));
    let lo = i.saturating_sub(CALL_REACH).max(s.first);
    willing || (lo..i).any(|k| CALL_WORDS.of(f.lang).contains(&f.tokens[k].key.as_str()) && marked(k))
}

/// How far before talks or an accord a word of calling may stand ("the call for the secretary
/// general to establish a ceasefire").
const CALL_REACH: usize = 12;

/// Whether the trigger at `i` is in what a cooperation is said to consist of: a noun of
/// cooperation, then within [`CONTENT_REACH`] words a verb of content ([`CONTENT_VERBS`]), before
/// the trigger
/// in its clause ("the cooperation entails visits, training courses and joint drills", "le
/// partenariat couvre la formation et des exercices"). A standing description, no occurrence.
pub(super) fn cooperation_content(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    (s.first..i).any(|k| {
        CONTENT_VERBS.contains(&f.tokens[k].key)
            && (k.saturating_sub(CONTENT_REACH).max(s.first)..k)
                .any(|j| COOPERATION_NOUNS.contains(&f.tokens[j].key))
    })
}

/// Whether the training word at `i` is listed with a noun of backing ("the training and
/// assistance X gave Y", "l'appui et la formation"): help given, a tie of support the relation stage
/// reads, no drill held. Within two words, over "and"/"et", commas and articles.
pub(super) fn training_given(f: &Facts<'_>, i: usize) -> bool {
    if !f.tokens[i].is(&["training", "trainings", "formation", "formations", "entrainement"]) {
        return false;
    }
    let joined = |a: usize, b: usize| {
        (a + 1..b).all(|j| f.tokens[j].is(&["and", "et", ",", "la", "l'", "le", "les", "the"]))
            && (a + 1..b).any(|j| f.tokens[j].is(&["and", "et", ","]))
    };
    let backing = |k: usize| f.tokens.get(k).is_some_and(|t| t.is(BACKING_NOUNS.of(f.lang)));
    (i + 2..(i + 5).min(f.tokens.len())).any(|k| backing(k) && joined(i, k))
        || (i.saturating_sub(4)..i.saturating_sub(1)).any(|k| backing(k) && joined(k, i))
}

/// How far before a verb of content its noun of cooperation may stand ("the cooperation between
/// X and Y entails").
const CONTENT_REACH: usize = 8;

/// Whether the truce word at `i` only refers to a truce, concluding none: one said to be broken
/// ("violated the ceasefire", "violations du cessez-le-feu", a [`VIOLATION_WORDS`] within two
/// words), or the first word of a compound noun ("ceasefire violations", "the ceasefire line"). The
/// sentence that tells the truce concluded makes its event.
pub(super) fn truce_referred_to(f: &Facts<'_>, i: usize, si: usize) -> bool {
    if !TRUCE_WORDS.contains(&f.tokens[i].key) {
        return false;
    }
    let s = f.sentences[si];
    let near = (i.saturating_sub(2).max(s.first)..(i + 3).min(s.last))
        .any(|k| VIOLATION_WORDS.contains(&f.tokens[k].key));
    let next = i + 1 - s.first;
    let compound = f.lang == crate::analysis::Lang::En
        && i + 1 < s.last
        && !f.tokens[i + 1].cap
        && matches!(f.syntax(si).upos(next), Some(Upos::Noun))
        && !f.lex.triggers.iter().any(|(w, _)| *w == f.tokens[i + 1].key);
    near || compound
}

/// Whether the exercise word at `i` names a series, not one exercise: a plural without an
/// article of its own, with a word of recurrence next to it ("decided to hold annual drills",
/// "d'organiser des exercices annuels", "regular joint exercises"). "The annual exercise" and a
/// named one are occurrences.
pub(super) fn series(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let t = f.tokens;
    let plural = t[i].key.ends_with('s');
    let lo = i.saturating_sub(2).max(s.first);
    let hi = (i + 3).min(s.last);
    let recurring = (lo..hi).any(|k| k != i && RECURRENCE_WORDS.contains(&t[k].key));
    // the article before the noun and its adjectives ("des exercices", "the regular drills")
    let det = (i.saturating_sub(3).max(s.first)..i).rev().find(|&k| {
        !t[k].cap
            && !RECURRENCE_WORDS.contains(&t[k].key)
            && !JOINT_WORDS.contains(&t[k].key)
            && !MILITARY_ADJECTIVES.contains(&t[k].key)
    });
    let definite = det.is_some_and(|k| t[k].is(&["the", "these", "those", "les", "ces", "leurs", "their"]));
    plural && recurring && !definite && !f.in_date(i)
}

/// How far before talks a word of willingness may stand ("committed to pursue meaningful
/// dialogue").
const OFFER_REACH: usize = 5;
