//! The scope of an occurrence's trigger in its sentence: which clause each actor stands in, read
//! from the clause spans of `text::clause` and, where they see one clause, the dependency tree of
//! `text::tree`.
//!
//! [`Scope::part`] tells what a mention may be to the event: a party, only its place (an actor of
//! another clause the spans missed), or nothing (the trigger's target, an actor of a clause that
//! voices a stance). The filters of [`super::fill`] read it for each actor of the sentence.

use super::bound::bound_to_trigger;
use crate::analysis::EntityType;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{hostile_cue, STANCE_WORDS, TIME_CONJUNCTIONS};
use crate::text::syntax::{Syntax, Upos};
use crate::text::tree::{self, Link};
use crate::text::{self, ClauseKind, Role, TokenKind};
use std::borrow::Cow;

/// What a mention may be to an event (see [`Scope::part`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// A party: a participant (and maybe the place).
    Party,
    /// Only where the event happens.
    Place,
    /// Nothing.
    None,
}

/// The clauses and tree of an occurrence's sentence, read to keep its participants to its
/// trigger's clause: an actor of a subordinate clause ("…, alors que la Chine renforce sa
/// flotte"), of a relative clause about another actor, of a quote or of a second clause with its
/// own subject ("…with Togo and Nigeria sent troops") is not a party, nor is the target of the
/// trigger ("an exercise against a mock invader from X").
pub(super) struct Scope<'f> {
    /// First token of the sentence (clause and tree indices are relative to it).
    first: usize,
    /// The sentence's tokens (document indices).
    pub(super) sentence_span: Clause,
    /// The trigger, relative to `first`.
    trigger: usize,
    /// The sentence's clauses.
    pub(super) clauses: Cow<'f, [text::Clause]>,
    /// The facts, to parse the sentence when a mention needs its tree.
    facts: &'f Facts<'f>,
    /// The sentence's index, if the clause is one of the document's sentences.
    sentence: Option<usize>,
}

impl<'f> Scope<'f> {
    /// The clauses and tree of sentence `s`, for the trigger at token `trigger`.
    pub(super) fn new(f: &'f Facts<'f>, s: Clause, trigger: usize) -> Scope<'f> {
        let trigger = trigger.clamp(s.first, s.last.saturating_sub(1).max(s.first)) - s.first;
        let si = f.sentence_of(s.first);
        let sentence = (f.sentences.get(si) == Some(&s)).then_some(si);
        Scope { first: s.first, sentence_span: s, trigger, clauses: f.clauses(s), facts: f, sentence }
    }

    /// The sentence's dependency tree, parsed the first time a mention needs it (then kept by the
    /// facts for every other trigger of the sentence).
    pub(super) fn tree(&self) -> &'f Syntax {
        static NONE: Syntax = Syntax::EMPTY;
        self.sentence.map_or(&NONE, |si| self.facts.syntax(si))
    }

    /// Whether the mention `m` is the subject of the verb whose object is the trigger, in a
    /// clause of its own ("X warned that Y will hold drills with Z": Y holds them, whoever voices
    /// the warning). Reads the tree: the mention's head word is a nominal subject of the
    /// trigger's head.
    pub(super) fn subject_of_trigger(&self, m: &Placed) -> bool {
        let syn = self.tree();
        let (first, last) = (m.first - self.first, m.last - self.first);
        let Some(verb) = syn.head(self.trigger).filter(|_| syn.deprel(self.trigger) == "obj") else {
            return false;
        };
        (first..last).any(|i| syn.head(i) == Some(verb) && syn.deprel(i).starts_with("nsubj"))
    }

    /// What the mention `m` may be to the trigger's event: a party when it is in its scope and
    /// not its target; only its place when the tree puts it in another clause the clause spans
    /// missed ("…exercises in Chad, where France keeps a base"); nothing otherwise. A relative
    /// clause right after the event ("the drills, which bring together X and Y") speaks of the
    /// event, so its actors count.
    pub(super) fn part(&self, f: &Facts<'_>, m: &Placed) -> Part {
        let tokens = &f.tokens[self.first..];
        let at = m.first - self.first;
        let role = text::role(tokens, &self.clauses, self.trigger, at);
        if role == Role::Target {
            return Part::None;
        }
        if self.about_event(f, at) {
            return Part::Party;
        }
        if self.stance_clause(f, at) {
            return Part::None;
        }
        // the tree is read (and the sentence parsed) only for an actor that may take part
        let party_kind = matches!(
            f.actors[m.actor].kind(),
            EntityType::Country | EntityType::Organization | EntityType::Person
        );
        if role == Role::Outside || self.before_time_clause(f, at) {
            Part::None
        } else if party_kind
            && (tree::link(
                self.tree(),
                self.trigger,
                at,
                m.last - self.first,
                |i| {
                    let t = tokens.get(i)?;
                    let word = f.lex.trigger(&t.key).is_some();
                    word.then(|| super::extract::recalled(f, self.first + i, self.sentence_span))
                },
                |i| tokens.get(i).is_some_and(|t| voices_stance(f, &t.key)),
            ) == Link::Apart
                || self.subject_of_time_clause(f, at, m.last - self.first))
        {
            Part::Place
        } else {
            Part::Party
        }
    }

    /// Whether the actor at `at..end` (sentence indices) is the subject of a clause of time that
    /// tells another event: right after "after"/"avant"… (over names, determiners and
    /// coordinators) and followed by a verb ("…comes days after India and Japan held talks"), the
    /// trigger not between the two ("after talks with India" keeps India). The parser's parts of
    /// speech tell the verb; its attachments are not needed, and often wrong in such sentences.
    fn subject_of_time_clause(&self, f: &Facts<'_>, at: usize, end: usize) -> bool {
        let toks = &f.tokens[self.first..];
        let name_link =
            |k: usize| toks[k].cap || toks[k].is(&["the", "and", ",", "le", "la", "l'", "les", "et"]);
        // the subject may be forces of the names: "after fleets from X and Y arrived"
        let forces_of =
            |k: usize| toks[k].is(&["from", "of", "de", "des", "du", "d'"]) || toks[k].is(f.lex.troop_words);
        let Some(j) = (at.saturating_sub(10)..at).rev().find(|&j| !name_link(j) && !forces_of(j)) else {
            return false;
        };
        if !TIME_CONJUNCTIONS.contains(&toks[j].key) || j < self.trigger && self.trigger < at {
            return false;
        }
        let n = self.clauses.last().map_or(0, |c| c.end);
        let Some(v) = (end..(end + 6).min(n)).find(|&k| !name_link(k)) else { return false };
        let verb =
            toks[v].kind == TokenKind::Word && matches!(self.tree().upos(v), Some(Upos::Verb | Upos::Aux));
        // (the trigger told as the clause's own object, "after X and Y wrapped up the exercise",
        // is their event)
        verb && !(self.trigger > v && self.trigger <= v + TIME_CLAUSE_OBJECT_REACH)
    }

    /// Whether the actor at `at` stands before a clause of time that holds the trigger as the
    /// object of its own subjects' verb ("the statement came from X after Y and Z wrapped up the
    /// exercise"): it belongs to the main clause, not to the event told in the clause of time.
    fn before_time_clause(&self, f: &Facts<'_>, at: usize) -> bool {
        let toks = &f.tokens[self.first..];
        let Some(j) = (at + 1..self.trigger).find(|&j| TIME_CONJUNCTIONS.contains(&toks[j].key)) else {
            return false;
        };
        let name_link =
            |k: usize| toks[k].cap || toks[k].is(&["the", "and", ",", "le", "la", "l'", "les", "et"]);
        let Some(v) = (j + 1..self.trigger).find(|&k| !name_link(k)) else { return false };
        let subject = v > j + 1 && f.mentions_in(self.first + j + 1, self.first + v).next().is_some();
        let verb = matches!(self.tree().upos(v), Some(Upos::Verb | Upos::Aux));
        subject && verb && self.trigger <= v + TIME_CLAUSE_OBJECT_REACH
    }

    /// Whether the clause holding token `at` is a relative clause after the trigger that voices a
    /// stance ("drills with Y that have Z and W watching closely"): its actors look on, they take
    /// no part.
    /// The tree tells the relative clause ("that"/"qui" without a comma): an `acl:relcl` word above
    /// the mention, after the trigger, with a stance word within its reach below it.
    fn stance_clause(&self, f: &Facts<'_>, at: usize) -> bool {
        let stance_at = |k: usize| f.tokens.get(self.first + k).is_some_and(|t| voices_stance(f, &t.key));
        if let Some(c) = text::clause_of(&self.clauses, at) {
            if c.kind == ClauseKind::Relative && c.start > self.trigger && (c.start..c.end).any(stance_at) {
                return true;
            }
        }
        let syn = self.tree();
        let under = |mut k: usize, top: usize| {
            for _ in 0..TREE_REACH {
                match syn.head(k) {
                    Some(h) if h == top => return true,
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        };
        let mut k = at;
        for _ in 0..TREE_REACH {
            let Some(h) = syn.head(k) else { return false };
            if h == self.trigger {
                return false;
            }
            if syn.deprel(h) == "acl:relcl" && h > self.trigger {
                let end = (h + TREE_REACH).min(self.sentence_span.last - self.first);
                return (h..end).any(|w| stance_at(w) && (w == h || under(w, h)));
            }
            k = h;
        }
        false
    }

    /// Whether the clause holding token `at` is a relative clause whose antecedent is the trigger
    /// or the event's name: it follows the trigger within eight tokens, with no actor between, and
    /// voices no stance on the event.
    fn about_event(&self, f: &Facts<'_>, at: usize) -> bool {
        let Some(c) = text::clause_of(&self.clauses, at) else { return false };
        if c.kind != ClauseKind::Relative || c.start <= self.trigger || c.start - self.trigger > 8 {
            return false;
        }
        let (lo, hi) = (self.first + self.trigger + 1, self.first + c.start);
        // "the drills, which are closely watched by X": a stance on the event, not a part in it
        let stance = (self.first + c.start..self.first + c.end)
            .any(|k| f.tokens.get(k).is_some_and(|t| voices_stance(f, &t.key)));
        f.mentions_in(lo, hi).next().is_none() && !stance
    }
}

/// Whether the word (folded) voices a stance on something: a stance word or a cue of opposition.
pub(super) fn voices_stance(f: &Facts<'_>, w: &str) -> bool {
    STANCE_WORDS.contains(w) || hostile_cue(f.lex, w)
}

/// Whether the mention `m` is coordinated ("X and Y", "X, Y") with the next mention, and that
/// one is bound to the trigger or a party in its clause. A relative clause set off right after
/// `m` is stepped over ("X, qui … , et Y ont signé"): the parser often hangs X on its verb.
pub(super) fn coordinated_with_party(f: &Facts<'_>, scope: &Scope<'_>, m: &Placed, trigger: usize) -> bool {
    // along the list ("X, the Y, Z, and W take part"): the first later conjunct that is a party
    let mut last = m.last;
    let relative = scope.clauses.iter().find(|c| {
        c.kind == text::ClauseKind::Relative
            && (c.start + scope.first == last || c.start + scope.first == last + 1)
    });
    if let Some(c) = relative.filter(|c| c.end + scope.first < trigger) {
        last = c.end + scope.first;
        // (over the dash that closes it: "X - qui … - et Y")
        if f.tokens[last].is(&["-", "–", "—"]) {
            last += 1;
        }
    }
    for _ in 0..LIST_REACH {
        let Some(next) = f.mentions_in(last, scope.sentence_span.last).next() else { return false };
        let joined = next.first > last
            && (last..next.first)
                .all(|k| f.tokens[k].is(&["and", "et", ",", "the", "le", "la", "l'", "les"]))
            && (last..next.first).any(|k| f.tokens[k].is(&["and", "et", ","]));
        if !joined || next.last > trigger {
            return false;
        }
        if bound_to_trigger(f, next, trigger) || scope.part(f, next) == Part::Party {
            return true;
        }
        last = next.last;
    }
    false
}

/// How many later conjuncts of a list are read to find a party among them.
const LIST_REACH: usize = 8;

/// How far after the verb of a clause of time its object (the trigger) may stand ("wrapped up the
/// eleven-day annual exercise").
const TIME_CLAUSE_OBJECT_REACH: usize = 8;

/// How many steps up the tree (and words after a relative clause's verb) a stance is looked for.
const TREE_REACH: usize = 12;
