//! One occurrence filled from its clause: participants, place and dates near the trigger.
//!
//! Reads one sentence of the clause context; writes the occurrence's participants (in order of
//! appearance), its place and its dates. It decides who takes part (not critics, experts or the
//! other side of a border, nor an actor of another clause: the clause spans of `text::clause`
//! and, where they see one clause, the dependency tree of `text::tree`), where (a place after a
//! locative preposition) and when (the date nearest the trigger that tells of the event, not of
//! its report).

use super::around::{
    after_around, faced, framework, in_compass_phrase, in_conflict_phrase, in_dateline, is_locative,
    near_border,
};
use super::bound::{bound_to_trigger, describes_member, owner_of_trigger};
use super::merge::within;
use super::Occurrence;
use crate::analysis::{EntityType, EventType, Lang};
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    hostile_cue, ATTENDANCE_WORDS, BACKGROUND_OPENERS, BORDER_NOUNS, CAUSE_WORDS, DEPLOYMENT_AIMS,
    EXCLUSION_WORDS, EXPERT_WORDS, OBSERVER_WORDS, PLURAL_PRONOUNS, RESPONSE_NOUNS, SEAT_WORDS, STANCE_WORDS,
    SUBJECT_PRONOUNS, TIME_CONJUNCTIONS, WITNESS_VERBS,
};
use crate::text::syntax::{Syntax, Upos};
use crate::text::tree::{self, Link};
use crate::text::{self, ClauseKind, Role, TokenKind};

/// Participants, place and dates of an occurrence from its sentence `s`, around the trigger at
/// token `trigger`.
pub(super) fn fill(f: &Facts<'_>, occ: &mut Occurrence, s: Clause, trigger: usize) {
    occ.both |= speaks_of_both_sides(f, s);
    occ.place = participants_and_place(f, occ, s, trigger);
    super::when::dates(f, occ, s, trigger);
}

/// Whether the sentence speaks of "both sides" ("les deux camps", "the two leaders", "les trois
/// alliés"), or opens
/// with a plural pronoun standing for them ("They also signed…").
fn speaks_of_both_sides(f: &Facts<'_>, s: Clause) -> bool {
    if s.first < s.last && f.tokens[s.first].is(PLURAL_PRONOUNS.of(f.lang)) {
        return true;
    }
    for k in s.first..s.last {
        if f.tokens[k].is(f.lex.both_sides)
            && k > s.first
            && (f.tokens[k - 1].is(&["deux", "two", "both", "les", "the"])
                || crate::lang::number_word(&f.tokens[k - 1].key).is_some_and(|n| (2..=9).contains(&n)))
        {
            return true;
        }
    }
    false
}

/// How far after a word of exclusion the actors it leaves out may be named ("without the regional
/// powers X and Y").
const EXCLUSION_REACH: usize = 7;

/// Whether the actor of mention `m` is named after a word that leaves it out of the event
/// ("drills without X and Y", "excluding X", "sans la participation de Y"), within the same phrase:
/// no punctuation but commas between.
fn left_out(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    (m.first.saturating_sub(EXCLUSION_REACH).max(s.first)..m.first).any(|j| {
        f.tokens[j].is(EXCLUSION_WORDS.of(f.lang))
            && (j + 1..m.first).all(|q| f.tokens[q].kind != TokenKind::Punct || f.tokens[q].is(&[",", "-"]))
    })
}

/// Adds the sentence's actors to the occurrence's participants and returns its place.
///
/// Critics are not participants ("Les États-Unis ont dénoncé ces exercices"), nor is anyone named
/// after the first critic in a sentence that voices criticism; observers make the whole sentence
/// unreliable; a country or organization next to a border or a threat word is the other side, not
/// a partner; experts explain an event without taking part in it. A place is a place-type actor
/// after a locative preposition, else a country after one.
fn participants_and_place(f: &Facts<'_>, occ: &mut Occurrence, s: Clause, trigger: usize) -> Option<usize> {
    let mut place: Option<(usize, bool)> = None; // actor, is a Place
                                                 // a hostile aim of the event itself ("sends troops to Y to fight Z") makes no critics of its
                                                 // parties: the cue is an infinitive after the trigger
    let aim = |k: usize| k > trigger && f.tokens[k - 1].is(&["to", "pour", "afin", "de", "d'"]);
    // a hostile noun the event answers names no critic before it ("drills in response to the
    // threats of Z", "face aux menaces de Z"): a stance word stands just before the cue
    let answered =
        |k: usize| (k.saturating_sub(4).max(s.first)..k).any(|j| STANCE_WORDS.contains(&f.tokens[j].key));
    // a cue in a verbless phrase opening the sentence ("Sign of X's worries, X will send…") is
    // that phrase's: it makes no critics of the clause's actors
    let opening = opening_noun_phrase(f, s).filter(|&comma| comma < trigger);
    let critics: Vec<usize> = (s.first..s.last)
        .filter(|&k| {
            hostile_cue(f.lex, &f.tokens[k].key)
                && !aim(k)
                && !answered(k)
                && !f.aimed_at_no_actor(k)
                && opening.is_none_or(|comma| k > comma)
        })
        .flat_map(|k| f.critics(k, s))
        .collect();
    // observers before the trigger make the whole sentence unreliable ("observers said the drills
    // …"); after it, only the clause they stand in is theirs ("X and Y take part in the drill
    // while Z will be an observer")
    let observer = (s.first..s.last).find(|&k| OBSERVER_WORDS.contains(&f.tokens[k].key));
    let critical = observer.is_some_and(|k| k < trigger);
    // who witnessed a drill watched it ("the ministers watched the drill held by X and Y"); who
    // witnessed a signing may have signed
    let drill = matches!(occ.kind, EventType::Exercise | EventType::Patrol);
    let witnessed = (s.first..trigger).rfind(|&k| drill && WITNESS_VERBS.contains(&f.tokens[k].key));
    let scope = Scope::new(f, s, trigger);
    let after = observer.filter(|&k| k > trigger);
    let observers_clause = after.and_then(|k| text::clause_of(&scope.clauses, k - s.first));
    // (a note in brackets names the one before it: "…, Chile [an observer], France…")
    let note =
        after.and_then(|k| (k.saturating_sub(3).max(s.first)..k).find(|&j| f.tokens[j].is(&["[", "("])));
    let observing = |m: &Placed| match note {
        Some(open) => m.last == open,
        None => {
            m.first > trigger
                && observers_clause
                    .is_some_and(|c| text::clause_of(&scope.clauses, m.first - s.first) == Some(c))
        }
    };
    // in a sentence that voices criticism, the critics and whoever is named after the first of them
    // are not participants ("…, prompting a rebuke from North Korea, which accused Washington")
    let first_critic = f
        .mentions_in(s.first, s.last)
        .filter(|m| critics.contains(&m.actor))
        .map(|m| m.first)
        .min()
        .unwrap_or(usize::MAX);
    // (the comma closing a participle phrase that opens the sentence, once per sentence)
    let participle_comma = opening_participle(f, s);
    // (and the one closing a phrase of time or background opening it)
    let background_comma = opening_background(f, s);
    // "…, in the presence of the ambassador X", "the meeting was attended by Y", "en présence de Z":
    // those present after the trigger witness it, they take no part
    let attended_from = (trigger + 1..s.last).find(|&k| {
        let t = &f.tokens[k];
        t.is(ATTENDANCE_WORDS.of(f.lang))
            && (f.tokens[k - 1].is(&["en", "in", "the"])
                || f.tokens.get(k + 1).is_some_and(|n| n.is(&["by", "par"])))
    });
    // the tellers of the news left out below: the country of one announcing drills no one else is
    // named in owns them ("the president said military exercises would take place…"), unless
    // they are drills already told ("called the deployment a risk")
    let mut tellers: Vec<usize> = Vec::new();
    for m in f.mentions_in(s.first, s.last).filter(|_| !critical) {
        let witness = f.actors[m.actor].kind() != EntityType::Place;
        if witness && attended_from.is_some_and(|k| m.first > k) && !bound_to_trigger(f, m, trigger) {
            continue;
        }
        let a = &f.actors[m.actor];
        // where the news was filed ("SEOUL, Oct 18 (Agency) —") is neither who nor where
        // the trigger's own partner ("exercises with Y") or the sides compounded before it
        // ("X-Y military exercises") take part even in a sentence of criticism
        let bound = bound_to_trigger(f, m, trigger);
        // (a place named after a critic still frames the event: "Y condemned the drills in the Z Sea")
        let criticised = critics.contains(&m.actor)
            || m.first > first_critic && a.kind() != EntityType::Place && !scope.subject_of_trigger(m);
        if a.source_like
            || criticised && !bound
            || in_dateline(f, m, s)
            || describes_member(f, m)
            || observing(m)
            || witnessed.is_some_and(|k| m.last <= k)
            || left_out(f, m, s)
        {
            continue;
        }
        occ.owned |= bound && owner_of_trigger(f, m, trigger);
        // (an actor bound to the trigger's own roles takes part whatever clause the tree puts it in)
        let part = if bound { Part::Party } else { scope.part(f, m) };
        // "X and Y held drills": a name coordinated with a party is one too, whatever the tree
        // made of it (it often hangs the first conjunct apart)
        let part = if part == Part::Place && coordinated_with_party(f, &scope, m, trigger) {
            Part::Party
        } else {
            part
        };
        // "X's ships entered the strait, prompting Y to dispatch its own": X caused the event,
        // it takes no part in it
        let caused = m.last < trigger && (m.last..trigger).any(|k| CAUSE_WORDS.contains(&f.tokens[k].key));
        // "deployed in Lithuania following the annexation of Crimea by X": X is the background,
        // as in a phrase of time opening the sentence ("After X's invasion of Y, Z stationed…")
        // (and what the event answers: "…en réponse à l'invasion russe", "in response to X's drills")
        let background = m.first > trigger
            && (trigger..m.first).any(|k| {
                BACKGROUND_OPENERS.contains(&f.tokens[k].key)
                    || RESPONSE_NOUNS.contains(&f.tokens[k].key) && k > 0 && f.tokens[k - 1].is(&["in", "en"])
            })
            || background_comma.is_some_and(|comma| m.last <= comma && trigger > comma);
        // "sent two ships to the Baltic to support X", "pour renforcer le flanc oriental de X":
        // the side a deployment is sent to help receives it
        // (the side itself, not a compound of it: "in support of the X-led war")
        let compound = f.tokens.get(m.last).is_some_and(|t| t.is(&["-"]));
        let helped = occ.kind == EventType::Deployment
            && m.first > trigger
            && m.first <= trigger + HELPED_AFTER_TRIGGER
            && !compound
            && helped_by_aim(f, m, s);
        let part = if helped { Part::Party } else { part };
        if part == Part::None || caused || background {
            continue;
        }
        let party = part == Part::Party;
        let prev = m.first.checked_sub(1).map(|p| f.tokens[p].key.as_str()).unwrap_or("");
        // ("on the X border": English compounds the side before its border)
        let compound_border =
            f.lang == Lang::En && f.tokens.get(m.last).is_some_and(|t| t.is(BORDER_NOUNS.en));
        let border =
            near_border(f, m.first, s) || compound_border || in_conflict_phrase(f, m, s) || faced(f, m, s);
        let locative = is_locative(f, m.first);
        // "told reporters after meeting…" is no place; "went to Vilnius" is, for a visit or deployment
        let moving = matches!(occ.kind, EventType::Visit | EventType::Deployment);
        if matches!(prev, "to" | "vers") && !moving && a.kind() == EntityType::Place {
            continue;
        }
        // "Réunis à Tallinn, X et Y ont condamné les manœuvres Z": where the subjects met, not
        // where the drills they speak of take place (a meeting told after it does take it)
        if a.kind() == EntityType::Place
            && occ.kind != EventType::Meeting
            && participle_comma.is_some_and(|comma| m.last <= comma && trigger > comma)
        {
            continue;
        }
        match a.kind() {
            EntityType::Place => {
                // "l'ambassade du Japon à Manille", "the embassy in Hanoi": a seat, not the venue
                // (a visit goes to the seat: "a trip to the embassy in Hanoi")
                let seat = occ.kind != EventType::Visit
                    && (m.first.saturating_sub(5).max(s.first)..m.first)
                        .any(|k| SEAT_WORDS.contains(&f.tokens[k].key));
                // "…amid tensions in the region, particularly in X": where the stance is, not the event
                let (lo, hi) = if m.first > trigger { (trigger + 1, m.first) } else { (m.last, trigger) };
                let seat = seat || (lo..hi).any(|k| STANCE_WORDS.contains(&f.tokens[k].key));
                if !border && !seat && (place.is_none() || place.is_some_and(|(_, p)| !p)) && locative {
                    place = Some((m.actor, true));
                }
            }
            EntityType::Country => {
                // "drills off the coast of X": the country is where a drill or patrol is, not who
                let around =
                    matches!(occ.kind, EventType::Exercise | EventType::Patrol) && after_around(f, m.first);
                // "…à Tours, dans l'ouest de la France": a part of the country is where, not who
                let compass = in_compass_phrase(f, m.first);
                if (around || compass) && place.is_none() {
                    place = Some((m.actor, false));
                }
                // (forces sent to a part of a country are sent to it: "les forces X renforcent
                // leur présence dans l'est du Y" has Y as a side)
                if border || around || compass && occ.kind != EventType::Deployment {
                    continue;
                }
                // "the American-led coalition": a country compounded with a word names no place
                let compound = f.tokens.get(m.last).is_some_and(|t| t.is(&["-"]))
                    && f.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
                // "over X's plans": an owner is no place
                let genitive = f.tokens.get(m.last).is_some_and(|t| t.key == "'")
                    && f.tokens.get(m.last + 1).is_some_and(|t| t.key == "s");
                if !compound
                    && !genitive
                    && (locative && place.is_none() && !matches!(prev, "to" | "from" | "depuis")
                        || locative && matches!(prev, "en" | "in") && place.is_none())
                {
                    place = Some((m.actor, false));
                }
                // "a summit between X and Y in Z": where two named sides meet is no third side
                let sides_before = {
                    let mut v: Vec<usize> = occ.participants.iter().filter_map(|&p| f.side(p)).collect();
                    v.sort_unstable();
                    v.dedup();
                    v.len()
                };
                if occ.kind == EventType::Meeting
                    && locative
                    && matches!(prev, "au" | "en" | "in" | "aux")
                    && sides_before >= 2
                {
                    continue;
                }
                // "India said it would study the pact": who comments on an event already told;
                // "X sends troops to Y, Z's agency said": who tells of two other sides' event
                let tree = scope.tree();
                let commenter = occ.anaphor
                    && (super::source::reports_on(f, m, s, trigger, tree)
                        || super::source::comments_on(f, m, s, trigger, tree))
                    || super::source::trailing_teller(f, m, s, trigger) && {
                        let mut before: Vec<usize> = f
                            .mentions_in(s.first, m.first)
                            .filter_map(|o| f.side(o.actor))
                            .filter(|&x| x != m.actor)
                            .collect();
                        before.sort_unstable();
                        before.dedup();
                        before.len() >= 2
                    };
                if party && !commenter {
                    push_unique(&mut occ.participants, m.actor);
                }
            }
            EntityType::Organization | EntityType::Person => {
                // experts and commentators explain an event, they do not take part in it
                let expert = a.kind() == EntityType::Person
                    && (m.first.saturating_sub(4)..(m.last + 6).min(s.last))
                        .any(|k| EXPERT_WORDS.contains(&f.tokens[k].key));
                // the teller of the news is no party ("selon le ministère", "…, said the navy")
                let tree = scope.tree();
                let teller = super::source::tells_of(f, m, s, trigger, tree)
                    || occ.anaphor && super::source::comments_on(f, m, s, trigger, tree);
                if teller && !border && !expert {
                    tellers.push(m.actor);
                }
                if border || expert || teller || framework(f, m, s) {
                    continue;
                }
                // a seat named for its body: "talks at the Pentagon", "reçu au Pentagone"
                let seat = a.kind() == EntityType::Organization && matches!(prev, "au" | "at" | "the");
                if seat
                    && place.is_none()
                    && (prev != "the" || m.first >= 2 && f.tokens[m.first - 2].is(&["at"]))
                {
                    place = Some((m.actor, false));
                }
                if !party {
                    continue;
                }
                push_unique(&mut occ.participants, m.actor);
                if let Some(side) = f.side(m.actor) {
                    push_unique(&mut occ.participants, side);
                }
            }
            EntityType::Date => {}
        }
    }
    let own_drills = matches!(occ.kind, EventType::Exercise | EventType::Deployment | EventType::Patrol);
    if own_drills && !occ.anaphor && occ.participants.is_empty() {
        // (its country only: the teller itself, a ministry or a spokesman, is no party)
        if let Some(side) = tellers.first().filter(|_| tellers.len() == 1).and_then(|&t| f.side(t)) {
            push_unique(&mut occ.participants, side);
        }
    }
    if !critical {
        if let Some(person) = pronoun_subject(f, s, trigger) {
            push_unique(&mut occ.participants, person);
            if let Some(side) = f.side(person) {
                push_unique(&mut occ.participants, side);
            }
        }
    }
    let place = place.map(|(a, _)| a);
    // a deployment's destination named right after its word is its place, unless the place found
    // lies inside it ("the deployment to X of…, at a ceremony in Y's capital")
    match destination(f, occ, s, trigger) {
        Some(d) if place.is_none_or(|p| !within(f.actors, p, d)) => Some(d),
        _ => place,
    }
}

/// The one country a deployment goes to, named right after its word: "the deployment to X of the
/// 20th contingent", "le déploiement vers le Y".
fn destination(f: &Facts<'_>, occ: &Occurrence, s: Clause, trigger: usize) -> Option<usize> {
    let j = trigger + 1;
    if occ.kind != EventType::Deployment || j >= s.last || !f.tokens[j].is(&["to", "vers"]) {
        return None;
    }
    let k = if f.tokens.get(j + 1).is_some_and(|t| t.is(&["the", "le", "la", "l'"])) { j + 2 } else { j + 1 };
    f.mentions_in(k, s.last)
        .next()
        .filter(|m| m.first == k && f.actors[m.actor].kind() == EntityType::Country)
        // (one country, not the first of a list: "deployed to X, Y and Z")
        .filter(|m| !f.tokens.get(m.last).is_some_and(|t| t.is(&[",", "and", "et"])))
        .map(|m| m.actor)
}

/// The person a subject pronoun right before the trigger stands for ("…, a dit le ministre X,
/// lorsqu'il a été reçu par…", "Y said he would visit…"): "il"/"elle"/"he"/"she" within a few
/// tokens before the trigger, no name between, and the last person named before it in the
/// sentence.
fn pronoun_subject(f: &Facts<'_>, s: Clause, trigger: usize) -> Option<usize> {
    let lo = trigger.saturating_sub(PRONOUN_REACH).max(s.first);
    let p = (lo..trigger).rev().find(|&k| SUBJECT_PRONOUNS.contains(&f.tokens[k].key))?;
    if f.mentions_in(p, trigger).next().is_some() {
        return None;
    }
    f.mentions_in(s.first, p)
        .filter(|m| f.actors[m.actor].kind() == EntityType::Person)
        .last()
        .map(|m| m.actor)
}

/// How far before a trigger its subject pronoun may stand ("il a été reçu", "he would visit").
const PRONOUN_REACH: usize = 5;

/// What a mention may be to an event (see [`Scope::part`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
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
struct Scope<'f> {
    /// First token of the sentence (clause and tree indices are relative to it).
    first: usize,
    /// The sentence's tokens (document indices).
    sentence_span: Clause,
    /// The trigger, relative to `first`.
    trigger: usize,
    /// The sentence's clauses.
    clauses: Vec<text::Clause>,
    /// The facts, to parse the sentence when a mention needs its tree.
    facts: &'f Facts<'f>,
    /// The sentence's index, if the clause is one of the document's sentences.
    sentence: Option<usize>,
}

impl<'f> Scope<'f> {
    /// The clauses and tree of sentence `s`, for the trigger at token `trigger`.
    fn new(f: &'f Facts<'f>, s: Clause, trigger: usize) -> Scope<'f> {
        let trigger = trigger.clamp(s.first, s.last.saturating_sub(1).max(s.first)) - s.first;
        let si = f.sentence_of(s.first);
        let sentence = (f.sentences.get(si) == Some(&s)).then_some(si);
        Scope {
            first: s.first,
            sentence_span: s,
            trigger,
            clauses: text::clauses(&f.tokens[s.first..s.last]),
            facts: f,
            sentence,
        }
    }

    /// The sentence's dependency tree, parsed the first time a mention needs it (then kept by the
    /// facts for every other trigger of the sentence).
    fn tree(&self) -> &'f Syntax {
        static NONE: Syntax = Syntax::EMPTY;
        self.sentence.map_or(&NONE, |si| self.facts.syntax(si))
    }

    /// Whether the mention `m` is the subject of the verb whose object is the trigger, in a
    /// clause of its own ("X warned that Y will hold drills with Z": Y holds them, whoever voices
    /// the warning). Reads the tree: the mention's head word is a nominal subject of the
    /// trigger's head.
    fn subject_of_trigger(&self, m: &Placed) -> bool {
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
    fn part(&self, f: &Facts<'_>, m: &Placed) -> Part {
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
fn voices_stance(f: &Facts<'_>, w: &str) -> bool {
    STANCE_WORDS.contains(w) || hostile_cue(f.lex, w)
}

/// Adds `x` to `v` unless it is there already (participants keep their order of appearance).
pub(super) fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
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

/// How far after a deployment's trigger the side it helps may be named ("a déployé deux navires
/// de guerre dans la mer Baltique pour renforcer le flanc oriental de X").
const HELPED_AFTER_TRIGGER: usize = 16;

/// Whether the mention `m` names the side a word of help right before it aims at ("to support
/// X", "pour soutenir X", "pour renforcer le flanc oriental de X"): a word of
/// [`DEPLOYMENT_AIMS`] within [`crate::facts::HELPED_REACH`] words before it, only lowercase words, articles
/// and "of"/"de" between.
fn helped_by_aim(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    let lo = m.first.saturating_sub(crate::facts::HELPED_REACH).max(s.first);
    (lo..m.first).rev().any(|k| {
        DEPLOYMENT_AIMS.contains(&f.tokens[k].key)
            && (k + 1..m.first).all(|j| !f.tokens[j].cap && f.tokens[j].kind == TokenKind::Word)
    })
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

/// Whether the mention `m` is coordinated ("X and Y", "X, Y") with the next mention, and that
/// one is bound to the trigger or a party in its clause.
fn coordinated_with_party(f: &Facts<'_>, scope: &Scope<'_>, m: &Placed, trigger: usize) -> bool {
    // along the list ("X, the Y, Z, and W take part"): the first later conjunct that is a party
    let mut last = m.last;
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
