//! The cues of one occurrence's sentence that set its actors aside before their part in the event
//! is weighed: critics and the authors of hostile nouns, observers, witnesses, those present, those
//! left out or only spoken about, and phrases opening the sentence (a participle, a background, a
//! verbless phrase) whose actors are not the event's.
//!
//! Read once per occurrence by [`super::fill`].

use super::around::in_dateline;
use super::bound::{bound_to_trigger, describes_member};
use super::scope::Scope;
use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    hostile_cue, ATTENDANCE_WORDS, BACKGROUND_OPENERS, BY_WORDS, EXCLUSION_WORDS, OBSERVER_WORDS,
    REFUSAL_VERBS, REJECT_VERBS, STANCE_WORDS, TIME_CONJUNCTIONS, TOPIC_WORDS, WITNESS_VERBS,
};
use crate::text::syntax::Upos;
use crate::text::{self, TokenKind};

/// How far after a word of exclusion the actors it leaves out may be named ("without the regional
/// powers X and Y").
const EXCLUSION_REACH: usize = 7;

/// Whether the actor of mention `m` is named after a word that leaves it out of the event
/// ("drills without X and Y", "excluding X", "sans la participation de Y"), within the same phrase:
/// no punctuation but commas between.
fn left_out(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    named_after(f, m, s, EXCLUSION_WORDS.of(f.lang))
}

/// Whether the actor of mention `m` is named after a word of a topic ("they spoke about the
/// trial of X", "au sujet de Y"), within the same phrase, as [`left_out`] reads its words.
fn topic(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    named_after(f, m, s, TOPIC_WORDS.of(f.lang))
}

/// Whether one of `words` stands within [`EXCLUSION_REACH`] tokens before mention `m`, in the
/// same phrase (no punctuation but commas and hyphens between).
fn named_after(f: &Facts<'_>, m: &Placed, s: Clause, words: &[&str]) -> bool {
    (m.first.saturating_sub(EXCLUSION_REACH).max(s.first)..m.first).any(|j| {
        f.tokens[j].is(words)
            && (j + 1..m.first).all(|q| f.tokens[q].kind != TokenKind::Punct || f.tokens[q].is(&[",", "-"]))
    })
}

/// The cues of a sentence that set its actors aside, read once per occurrence.
///
/// Critics are not participants ("Les États-Unis ont dénoncé ces exercices"), nor is anyone named
/// after the first critic in a sentence that voices criticism; observers before the trigger make
/// the whole sentence unreliable, after it only their clause; who witnessed a drill watched it;
/// those present at it ("en présence de", "attended by") witness it.
pub(super) struct Cues {
    /// The actors voicing a hostile cue of the sentence.
    critics: Vec<usize>,
    /// The first tokens of the critics named after a hostile noun ("par X", "from Y").
    authors: Vec<usize>,
    /// The first token of the first critic's mention (`usize::MAX` without one).
    first_critic: usize,
    /// An observer before the trigger: the sentence is not read at all.
    pub(super) critical: bool,
    /// The clause of an observer after the trigger (its actors look on).
    observers_clause: Option<text::Clause>,
    /// The bracket of a note naming an observer ("…, Chile [an observer], France…").
    note: Option<usize>,
    /// An observer after the trigger.
    observer_after: Option<usize>,
    /// The word opening the list of observers named before "comme"/"as" and the observer word.
    observers_from: Option<usize>,
    /// A verb of witnessing before a drill's trigger.
    witnessed: Option<usize>,
    /// A verb of refusing before the trigger ("declined the invitation to join the drills"): its
    /// subjects stay out.
    refused: Option<usize>,
    /// The first word of attendance after the trigger.
    attended_from: Option<usize>,
    /// The comma closing a participle phrase opening the sentence ([`opening_participle`]).
    pub(super) participle_comma: Option<usize>,
    /// The comma closing a phrase of time or background opening it ([`opening_background`]).
    pub(super) background_comma: Option<usize>,
}

/// How far after an act of fighting told as a purpose its object may be named.
const PURPOSE_OBJECT_REACH: usize = 5;

/// How far before an observer word the word opening its list may stand.
const OBSERVER_REACH: usize = 10;

/// Words opening a list of observers told after the parties ("outre X comme observateur", "with
/// Y as an observer").
const OBSERVERS_OPENERS: &[&str] = &["outre", "besides", "plus", "with", "avec", "while", "tandis", ";", "("];

impl Cues {
    /// The cues of sentence `s` around the trigger at `trigger`.
    pub(super) fn new(f: &Facts<'_>, occ: &Occurrence, s: Clause, trigger: usize, scope: &Scope<'_>) -> Cues {
        // a hostile aim of the event itself ("sends troops to Y to fight Z") makes no critics of
        // its parties: the cue is an infinitive after the trigger
        let aim = |k: usize| k > trigger && f.tokens[k - 1].is(&["to", "pour", "afin", "de", "d'"]);
        // (nor, wherever it stands, an act of fighting told as a purpose and aimed at no one
        // named: "a force aimed at combating gangs", "pour lutter contre le trafic"; but "to
        // smash through X's lines" aims at X)
        let purpose = |k: usize| {
            crate::lang::hostile_act(&f.tokens[k].key)
                && k > s.first
                && f.tokens[k - 1].is(&["to", "pour", "afin", "de", "d'", "at", "a"])
                && f.mentions_in(k + 1, (k + PURPOSE_OBJECT_REACH).min(s.last)).next().is_none()
        };
        // a hostile noun the event answers names no critic before it ("drills in response to the
        // threats of Z", "face aux menaces de Z"): a stance word stands just before the cue
        let answered =
            |k: usize| (k.saturating_sub(4).max(s.first)..k).any(|j| STANCE_WORDS.contains(&f.tokens[j].key));
        // a cue in a verbless phrase opening the sentence ("Sign of X's worries, X will send…") is
        // that phrase's: it makes no critics of the clause's actors
        let opening = opening_noun_phrase(f, s).filter(|&comma| comma < trigger);
        // (a cue in another clause than the trigger's voices nothing about the event: "X, in its
        // fight against Z, as announced by Y during his visit")
        let trigger_scope = text::scope_of(&scope.clauses, trigger - s.first);
        let own_clause = |k: usize| match (text::scope_of(&scope.clauses, k - s.first), trigger_scope) {
            (Some(a), Some(b)) => text::same_scope(a, b),
            _ => true,
        };
        let cues: Vec<usize> = (s.first..s.last)
            .filter(|&k| {
                // (a verb of rejecting before the trigger too: "X rejected the pact between Y
                // and Z", "X denied joining the drills")
                (hostile_cue(f.lex, &f.tokens[k].key)
                    || k < trigger && REJECT_VERBS.contains(&f.tokens[k].key))
                    && own_clause(k)
                    && !f.attributive_cue(k)
                    && !f.in_running_name(k)
                    && !aim(k)
                    && !purpose(k)
                    && !answered(k)
                    && !f.aimed_at_no_actor(k)
                    && opening.is_none_or(|comma| k > comma)
            })
            .collect();
        let critics: Vec<usize> = cues.iter().flat_map(|&k| f.critics(k, s)).collect();
        // (the author after a hostile noun, "la dénonciation par X d'exercices", voices it even
        // right before the trigger)
        let authors: Vec<usize> = cues.iter().filter_map(|&k| f.noun_author(k, s)).map(|m| m.first).collect();
        let first_critic = f
            .mentions_in(s.first, s.last)
            .filter(|m| critics.contains(&m.actor))
            .map(|m| m.first)
            .min()
            .unwrap_or(usize::MAX);
        // observers before the trigger make the whole sentence unreliable ("observers said the
        // drills …"); after it, only the clause they stand in is theirs ("X and Y take part in the
        // drill while Z will be an observer")
        let observer = (s.first..s.last).find(|&k| OBSERVER_WORDS.contains(&f.tokens[k].key));
        let observer_after = observer.filter(|&k| k > trigger);
        // ("…, outre la Tunisie comme observateur", "with Chad as an observer": the observers
        // are those named between such a word and "comme"/"as", not the whole clause)
        let observers_from =
            observer_after.filter(|&k| f.tokens[k - 1].is(&["comme", "as", "an"])).and_then(|k| {
                (k.saturating_sub(OBSERVER_REACH).max(trigger + 1)..k)
                    .rev()
                    .find(|&j| f.tokens[j].is(OBSERVERS_OPENERS))
            });
        // who witnessed a drill watched it ("the ministers watched the drill held by X and Y");
        // who witnessed a signing may have signed
        let drill = matches!(occ.kind, EventType::Exercise | EventType::Patrol);
        // "…, in the presence of the ambassador X", "the meeting was attended by Y", "en présence
        // de Z": those present after the trigger witness it, they take no part
        let attended_from = (trigger + 1..s.last).find(|&k| {
            let t = &f.tokens[k];
            t.is(ATTENDANCE_WORDS.of(f.lang))
                && (f.tokens[k - 1].is(&["en", "in", "the"])
                    || f.tokens.get(k + 1).is_some_and(|n| n.is_in(BY_WORDS)))
        });
        Cues {
            critics,
            authors,
            first_critic,
            critical: observer.is_some_and(|k| k < trigger),
            observers_clause: observer_after.and_then(|k| text::clause_of(&scope.clauses, k - s.first)),
            note: observer_after
                .and_then(|k| (k.saturating_sub(3).max(s.first)..k).find(|&j| f.tokens[j].is(&["[", "("]))),
            observer_after,
            observers_from,
            witnessed: (s.first..trigger).rfind(|&k| drill && WITNESS_VERBS.contains(&f.tokens[k].key)),
            refused: (s.first..trigger).rfind(|&k| REFUSAL_VERBS.contains(&f.tokens[k].key)),
            attended_from,
            participle_comma: opening_participle(f, s),
            background_comma: opening_background(f, s),
        }
    }

    /// Whether the mention `m` looks on: named in a note on an observer, or in an observer's
    /// clause after the trigger.
    fn observing(&self, scope: &Scope<'_>, m: &Placed, s: Clause, trigger: usize) -> bool {
        match (self.note, self.observers_from.zip(self.observer_after)) {
            (Some(open), _) => m.last == open,
            (None, Some((from, word))) => m.first > from && m.last <= word,
            (None, None) => {
                self.observer_after.is_some()
                    && m.first > trigger
                    && self
                        .observers_clause
                        .is_some_and(|c| text::clause_of(&scope.clauses, m.first - s.first) == Some(c))
            }
        }
    }

    /// Whether the mention `m` is set aside before its part is weighed: a witness present after
    /// the trigger, an agency, a critic or anyone named after the first critic (a place named
    /// after a critic still frames the event, and the trigger's own partner or the sides
    /// compounded before it take part even in a sentence of criticism), where the news was filed,
    /// a description of a member, an observer, one who witnessed a drill or refused to join it,
    /// one left out of it.
    pub(super) fn sets_aside(
        &self,
        f: &Facts<'_>,
        scope: &Scope<'_>,
        m: &Placed,
        s: Clause,
        trigger: usize,
    ) -> bool {
        let a = &f.actors[m.actor];
        let bound = bound_to_trigger(f, m, trigger);
        let witness = a.kind() != EntityType::Place;
        if witness && self.attended_from.is_some_and(|k| m.first > k) && !bound {
            return true;
        }
        let criticised = self.critics.contains(&m.actor)
            || m.first > self.first_critic && a.kind() != EntityType::Place && !scope.subject_of_trigger(m);
        a.source_like
            || criticised && (!bound || self.authors.contains(&m.first))
            || in_dateline(f, m, s)
            || describes_member(f, m)
            || self.observing(scope, m, s, trigger)
            || self.witnessed.is_some_and(|k| m.last <= k)
            || self.refused.is_some_and(|k| m.last <= k)
            || left_out(f, m, s)
            || a.kind() == EntityType::Person && !bound && topic(f, m, s)
            || body_inside_body(f, m)
    }
}

/// Whether mention `m` is a body named inside a longer body's name ("the UN" of "the UN Security
/// Council"): the longer body takes part, not the one its name holds.
fn body_inside_body(f: &Facts<'_>, m: &Placed) -> bool {
    let org = |x: &Placed| f.actors[x.actor].kind() == EntityType::Organization;
    org(m)
        && f.mentions_in(m.first.saturating_sub(8), (m.last + 12).min(f.tokens.len()))
            .any(|n| n.actor != m.actor && org(n) && n.first <= m.first && m.last <= n.last)
}

/// The comma closing a participle phrase that opens sentence `s` ("Réunis à Tallinn, …",
/// "Meeting in Oslo, …"): its first word a verb by the tagger, the comma within eight words.
fn opening_participle(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let si = f.sentence_of(s.first);
    let first = f.tokens.get(s.first)?;
    let verb = first.kind == TokenKind::Word
        && matches!(f.syntax(si).upos(0), Some(Upos::Verb))
        && f.mentions_in(s.first, s.first + 1).next().is_none();
    if !verb {
        return None;
    }
    (s.first + 1..(s.first + 9).min(s.last)).find(|&k| f.tokens[k].is(&[","]))
}

/// How far the comma closing a phrase of time or background may stand from the sentence's start
/// ("After the annexation of the peninsula by X in 2014, …").
const OPENING_PHRASE_REACH: usize = 14;

/// The comma closing a phrase of time or background that opens sentence `s` ("After X's invasion
/// of Y, …", "Following Z's drills near W, …", "Après l'invasion de Y par X, …", "In the wake of
/// …,"): its first word (or second, after "in the"/"au") a time conjunction or a background
/// opener, the comma within [`OPENING_PHRASE_REACH`] words. Its actors are that background's,
/// not parties of the event the main clause tells.
fn opening_background(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let opener = |k: usize| {
        f.tokens
            .get(k)
            .is_some_and(|t| TIME_CONJUNCTIONS.contains(&t.key) || BACKGROUND_OPENERS.contains(&t.key))
    };
    if !(opener(s.first) || opener(s.first + 1) || opener(s.first + 2) && f.tokens[s.first].is(&["in"])) {
        return None;
    }
    (s.first + 2..(s.first + OPENING_PHRASE_REACH).min(s.last)).find(|&k| f.tokens[k].is(&[","]))
}

/// The comma closing a verbless phrase that opens sentence `s` ("Symbole des inquiétudes de X, …",
/// "A sign of Y's concern, …"): no verb nor auxiliary in it, by the tagger, within
/// [`OPENING_PHRASE_REACH`] words.
fn opening_noun_phrase(f: &Facts<'_>, s: Clause) -> Option<usize> {
    let comma =
        (s.first + 2..(s.first + OPENING_PHRASE_REACH).min(s.last)).find(|&k| f.tokens[k].is(&[","]))?;
    let syn = f.syntax(f.sentence_of(s.first));
    let verbless = (s.first..comma).all(|k| !matches!(syn.upos(k - s.first), Some(Upos::Verb | Upos::Aux)));
    verbless.then_some(comma)
}
