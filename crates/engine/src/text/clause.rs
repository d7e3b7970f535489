//! Stage 2 (clauses): a deterministic clause analyser over tokens, read by later stages to keep an
//! event's roles inside its trigger's clause.
//!
//! Reads one sentence's [`Token`]s; writes [`Clause`] spans (main, subordinate, relative, quote,
//! parenthesis) and, for a trigger, the [`Role`] an actor at a given token takes. The interface
//! is index-based so a dependency parse (`crates/syntax`) can back it later with the same calls.

use super::{Token, TokenKind};
use crate::lang::{
    AGENT_WORDS, CLAUSE_OPENERS, CONJUNCTION_HEADS, COORDINATORS, PARTICIPLE_OPENERS, PARTNER_WORDS,
    RELATIVE_WORDS, TARGET_WORDS,
};

/// What a clause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// The sentence's main clause.
    Main,
    /// Opened by a subordinating word ("alors que", "while").
    Subordinate,
    /// Opened by a relative word ("qui", "which").
    Relative,
    /// Inside quotation marks.
    Quote,
    /// Inside parentheses.
    Parenthesis,
}

/// A clause: a token range `[start, end)` of the sentence and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Kind.
    pub kind: ClauseKind,
}

/// The role an actor takes towards a trigger of its own clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Before the trigger: subject side.
    Subject,
    /// After with/avec/entre/between/alongside/and.
    Partner,
    /// After against/contre.
    Target,
    /// After by/par (agent of a passive).
    Agent,
    /// After the trigger without a marking word.
    Object,
    /// In another clause: no role.
    Outside,
}

/// The kind of clause a token opens, if any.
fn opener(tokens: &[Token], i: usize) -> Option<ClauseKind> {
    let k = tokens[i].key.as_str();
    match k {
        "«" | "\"" | "“" => return Some(ClauseKind::Quote),
        "(" => return Some(ClauseKind::Parenthesis),
        _ => {}
    }
    // "alors que" opens a clause, "alors" alone does not
    let conjunction =
        !CONJUNCTION_HEADS.contains(k) || tokens.get(i + 1).is_some_and(|t| t.key.starts_with("qu"));
    if CLAUSE_OPENERS.contains(k) && conjunction || as_conjunction(tokens, i) {
        return Some(ClauseKind::Subordinate);
    }
    let after_comma = i > 0 && (tokens[i - 1].key == "," || is_dash(tokens, i - 1));
    // (a participle after a comma sets a phrase off as a relative does: "X, ayant fait …, Y")
    let participle = after_comma && PARTICIPLE_OPENERS.contains(k);
    let relative = RELATIVE_WORDS.contains(k) && !names_included(tokens, i);
    (relative && (after_comma || after_apposition(tokens, i)) || participle).then_some(ClauseKind::Relative)
}

/// How far after "dont" a finite verb would make it open a relative clause.
const INCLUDED_REACH: usize = 16;

/// French finite auxiliaries and subject pronouns: one after "dont" opens a clause ("dont des
/// éléments ont été…", "dont il a parlé").
const FINITE_MARKS: &[&str] = &[
    "est", "sont", "a", "ont", "sera", "seront", "etait", "etaient", "avait", "avaient", "fait", "font",
    "il", "elle", "ils", "elles", "on",
];

/// Whether "dont" at `i` reads "including" before a list of names ("des pays, dont la Norlande et
/// l'Estrie, ont…"): a capitalised name after an article at most, then a comma, "et" or a
/// closing mark. "dont la Norlande est membre" (whose member) opens a relative clause.
fn names_included(tokens: &[Token], i: usize) -> bool {
    if tokens[i].key != "dont" {
        return false;
    }
    // "dont des unités de la marine X", "dont 200 soldats estriens": a part counted or
    // indefinite, with no finite verb before the phrase ends, is included too
    let counted = tokens.get(i + 1).is_some_and(|t| {
        t.is(&["des", "d'", "un", "une", "plusieurs", "quelque"]) || t.key.chars().all(|c| c.is_ascii_digit())
    });
    if counted {
        let verb = tokens[i + 1..]
            .iter()
            .take_while(|t| !t.is(&[",", ".", ";", ":"]))
            .take(INCLUDED_REACH)
            .any(|t| t.is(FINITE_MARKS));
        return !verb;
    }
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.is(&["la", "le", "l'", "les"])) {
        j += 1;
    }
    if !tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.cap) {
        return false;
    }
    while tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.cap || t.is(&["-"])) {
        j += 1;
    }
    tokens.get(j).is_none_or(|t| t.is(&[",", "et", ")", ".", ";"]))
}

/// Whether token `i` is a dash that sets a phrase off as commas do: an en or em dash, or a
/// hyphen with spaces on both sides ("Islamabad - qui … - et Ryad").
fn is_dash(tokens: &[Token], i: usize) -> bool {
    match tokens[i].key.as_str() {
        "–" | "—" => true,
        "-" => {
            let spaced_before = i > 0 && tokens[i - 1].end < tokens[i].start;
            let spaced_after = tokens.get(i + 1).is_some_and(|t| tokens[i].end < t.start);
            spaced_before && spaced_after
        }
        _ => false,
    }
}

/// How many lowercase words may stand between a comma and the relative word they lead to (", date
/// à laquelle", ", during which", ", a move which").
const APPOSITION_REACH: usize = 3;

/// Whether the relative word at `i` follows a comma over a short apposition of a few lowercase
/// words ("…, jour auquel la force de X partira", "…, a step which Y hailed"): its
/// clause speaks of that noun, not of the sentence's event. A lone preposition after the comma
/// (", à laquelle", ", during which") is no apposition: the clause speaks of what precedes the
/// comma, maybe the event itself. "That"/"que" are left out: after a verb ("adding that…",
/// "ajoutant que…") they open what is said, not a relative.
fn after_apposition(tokens: &[Token], i: usize) -> bool {
    if tokens[i].is(&["that", "que", "qu'"]) {
        return false;
    }
    let Some(comma) = (i.saturating_sub(APPOSITION_REACH + 1)..i)
        .rev()
        .find(|&k| tokens[k].kind != TokenKind::Word || tokens[k].cap)
    else {
        return false;
    };
    comma + 2 < i && tokens[comma].key == ","
}

/// Whether "as" at `i` opens a clause ("as the two navies train"), not a phrase ("as part of",
/// "such as", "as well as"): it must be followed by a determiner or a pronoun.
fn as_conjunction(tokens: &[Token], i: usize) -> bool {
    tokens[i].key == "as"
        && !(i > 0 && tokens[i - 1].is(&["such", "well", "so", "as", "same"]))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is(&["the", "they", "it", "he", "she", "we", "both", "their", "its"]))
}

/// Whether token `i` closes the open clause of `kind`. A quote or a parenthesis closes at its mark.
/// A subordinate clause that follows its main clause runs to the end of the sentence (or a
/// semicolon); one that opens the sentence, and a relative clause, close at a comma, unless the
/// comma continues a list of names ("which sent troops to Chad, Niger and Mali"). A dash closes
/// them as a comma does.
fn closes(kind: ClauseKind, tokens: &[Token], (start, i): (usize, usize), initial: bool) -> bool {
    let key = tokens[i].key.as_str();
    match kind {
        ClauseKind::Quote => matches!(key, "»" | "\"" | "”"),
        ClauseKind::Parenthesis => key == ")",
        ClauseKind::Subordinate if !initial => matches!(key, ";" | ":"),
        _ => {
            // "Chad, Niger and Mali": a name on both sides of the comma, or a coordinator after
            // it once the clause has listed an item already ("Chad, Niger, and Mali"); a lone
            // comma before "et"/"and" ends the clause ("X, qui …, et Y ont signé")
            let names = i > 0 && tokens[i - 1].cap && tokens.get(i + 1).is_some_and(|t| t.cap);
            let listed = (start + 1..i).any(|k| tokens[k].key == ",");
            let list = names || listed && tokens.get(i + 1).is_some_and(|t| COORDINATORS.contains(&t.key));
            matches!(key, ";" | ":") || (key == "," || is_dash(tokens, i)) && !list
        }
    }
}

/// Splits a sentence into clauses, in linear time; the main clause's pieces are merged into spans
/// between the embedded clauses. Every token belongs to exactly one clause.
pub fn clauses(tokens: &[Token]) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = ClauseKind::Main;
    let mut initial = false; // the open clause opens the sentence
    for i in 0..tokens.len() {
        if kind == ClauseKind::Main {
            if let Some(k) = opener(tokens, i) {
                if i > start {
                    out.push(Clause { start, end: i, kind });
                }
                initial = tokens[..i]
                    .iter()
                    .all(|t| t.kind != TokenKind::Word || t.is(&["et", "and", "but", "mais"]));
                start = i;
                kind = k;
            }
        } else if i > start && closes(kind, tokens, (start, i), initial) {
            let end = if matches!(kind, ClauseKind::Quote | ClauseKind::Parenthesis) { i + 1 } else { i };
            out.push(Clause { start, end, kind });
            start = end;
            kind = ClauseKind::Main;
        }
    }
    if start < tokens.len() {
        out.push(Clause { start, end: tokens.len(), kind });
    }
    out
}

/// The clause holding token `i`.
pub fn clause_of(clauses: &[Clause], i: usize) -> Option<Clause> {
    clauses.iter().copied().find(|c| c.start <= i && i < c.end)
}

/// The clause whose actors token `i` counts among: its own clause, except that a parenthesis
/// belongs to the clause it stands in ("five navies (Chile, Peru…)" lists the main clause's
/// actors).
pub fn scope_of(clauses: &[Clause], i: usize) -> Option<Clause> {
    let c = clause_of(clauses, i)?;
    if c.kind == ClauseKind::Parenthesis && c.start > 0 {
        return clause_of(clauses, c.start - 1).or(Some(c));
    }
    Some(c)
}

/// Whether two clauses are one scope: the same clause, or two pieces of the main clause split by
/// an embedded one ("Le Togo, qui préside l'union, organise…").
pub fn same_scope(a: Clause, b: Clause) -> bool {
    a == b || a.kind == ClauseKind::Main && b.kind == ClauseKind::Main
}

/// The role of the actor at token `actor` towards the trigger at token `trigger`: outside when
/// they are in different clauses; otherwise read from the nearest marking word before the actor.
pub fn role(tokens: &[Token], clauses: &[Clause], trigger: usize, actor: usize) -> Role {
    let (Some(a), Some(t)) = (scope_of(clauses, actor), scope_of(clauses, trigger)) else {
        return Role::Outside;
    };
    if !same_scope(a, t) {
        return if antecedent(tokens, t, actor) { Role::Subject } else { Role::Outside };
    }
    if actor < trigger {
        return Role::Subject;
    }
    // an actor on the trigger itself (a name holding the trigger word) reads as its object
    for tok in tokens.get(trigger + 1..actor).unwrap_or(&[]).iter().rev() {
        let k = tok.key.as_str();
        if TARGET_WORDS.contains(k) {
            return Role::Target;
        }
        if AGENT_WORDS.contains(k) {
            return Role::Agent;
        }
        if PARTNER_WORDS.contains(k) {
            return Role::Partner;
        }
    }
    Role::Object
}

/// Whether the actor at token `actor` is the antecedent of the subject relative clause `t`: the
/// clause opens with "who"/"qui" right after a comma, and only capitalised words stand between
/// the actor and that comma ("Admiral Ana Ruiz, who is on a visit to the country": she visits).
fn antecedent(tokens: &[Token], t: Clause, actor: usize) -> bool {
    let subject_relative = |i: usize| tokens.get(i).is_some_and(|w| matches!(w.key.as_str(), "who" | "qui"));
    let opens =
        t.kind == ClauseKind::Relative && (subject_relative(t.start) || subject_relative(t.start + 1));
    let comma =
        if tokens.get(t.start).is_some_and(|w| w.key == ",") { t.start } else { t.start.wrapping_sub(1) };
    opens
        && actor < comma
        && tokens.get(comma).is_some_and(|w| w.key == ",")
        && tokens[actor..comma].iter().all(|w| w.cap && w.kind == TokenKind::Word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn find(tokens: &[Token], w: &str) -> usize {
        tokens.iter().position(|t| t.key == w).unwrap()
    }

    #[test]
    fn subordinate_actor_is_outside() {
        let t = tokenize("Le Togo organise un exercice avec le Bénin, alors que le Niger proteste.");
        let c = clauses(&t);
        let trig = find(&t, "exercice");
        assert_eq!(role(&t, &c, trig, find(&t, "togo")), Role::Subject);
        assert_eq!(role(&t, &c, trig, find(&t, "benin")), Role::Partner);
        assert_eq!(role(&t, &c, trig, find(&t, "niger")), Role::Outside);
    }

    #[test]
    fn target_agent_relative_and_quote() {
        let t = tokenize("Chile trained against Peru, which was invited by Brazil.");
        let c = clauses(&t);
        let trig = find(&t, "trained");
        assert_eq!(role(&t, &c, trig, find(&t, "peru")), Role::Target);
        assert_eq!(role(&t, &c, trig, find(&t, "brazil")), Role::Outside);
        assert!(c.iter().any(|x| x.kind == ClauseKind::Relative));
        let t = tokenize("Kenya said « Uganda will join » (Rwanda too).");
        let kinds: Vec<_> = clauses(&t).iter().map(|x| x.kind).collect();
        assert!(kinds.contains(&ClauseKind::Quote) && kinds.contains(&ClauseKind::Parenthesis));
        let t = tokenize("The drill was led by Ghana.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "drill"), find(&t, "ghana")), Role::Agent);
        assert!(clauses(&[]).is_empty());
        assert_eq!(role(&t, &c, 2, 2), Role::Object);
    }

    #[test]
    fn main_pieces_and_parentheses_are_one_scope() {
        let t = tokenize("Le Gabon, qui préside le bloc, accueille des exercices (Congo, Tchad).");
        let c = clauses(&t);
        let trig = find(&t, "exercices");
        assert_eq!(role(&t, &c, trig, find(&t, "gabon")), Role::Subject);
        assert_eq!(role(&t, &c, trig, find(&t, "bloc")), Role::Outside);
        assert_eq!(role(&t, &c, trig, find(&t, "tchad")), Role::Object);
    }

    #[test]
    fn a_trailing_subordinate_runs_to_the_end() {
        let t =
            tokenize("Peru sent troops to Chile, although it had earlier backed Bolivia, during the crisis.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "sent"), find(&t, "bolivia")), Role::Outside);
        let t = tokenize("While Bolivia protested, Peru sent troops to Chile.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "sent"), find(&t, "chile")), Role::Object);
        assert_eq!(role(&t, &c, find(&t, "sent"), find(&t, "bolivia")), Role::Outside);
        let t = tokenize("Peru sent troops as the crisis with Bolivia grew, as part of a plan with Chile.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "sent"), find(&t, "bolivia")), Role::Outside);
    }

    #[test]
    fn a_relative_clause_keeps_its_list() {
        let t = tokenize("The unit, which served in Chad, Niger and Mali, trained with Benin.");
        let c = clauses(&t);
        let trig = find(&t, "trained");
        assert_eq!(role(&t, &c, trig, find(&t, "niger")), Role::Outside);
        assert_eq!(role(&t, &c, trig, find(&t, "benin")), Role::Partner);
    }

    #[test]
    fn a_conjunction_head_needs_que() {
        let t = tokenize("Le Mali patrouille pendant deux semaines avec le Niger.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "patrouille"), find(&t, "niger")), Role::Partner);
        let t = tokenize("Le Mali patrouille avec le Niger pendant que le Ghana observe.");
        let c = clauses(&t);
        assert_eq!(role(&t, &c, find(&t, "patrouille"), find(&t, "ghana")), Role::Outside);
    }
}
