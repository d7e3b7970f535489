//! Stage 2 (tree paths): how an actor's words hang from a trigger's in a sentence's dependency
//! tree ([`Syntax`]), read by the event stage beside the clause spans of [`super::clause`].
//!
//! The question is the one an analyst asks of a sentence: is this name an argument of the
//! predicate that tells the event, or does it belong to another clause (a subordinate, a relative
//! about someone else, a second main clause joined by "and", a reported statement)? The answer is
//! read from the path between the two words through their lowest common ancestor: an edge that
//! opens a clause on the actor's side of that path puts the actor in another clause.
//!
//! "Chile trains with Peru while Bolivia protests": "Bolivia" hangs from "protests" (nsubj), which
//! hangs from "trains" (advcl): the actor's side crosses an `advcl`, so it is [`Link::Apart`].
//! "Chile and Peru train": "Peru" is a `conj` of "Chile", a noun, subject of "train": the path opens
//! no clause, so it is [`Link::Bound`]. A relative clause on the trigger itself ("the drills, which
//! bring together Chile and Peru") speaks of the event, so its edge does not count.

use super::syntax::{Syntax, Upos};

/// How an actor relates to a trigger in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// In the trigger's clause (an argument, an oblique, a modifier of one of them).
    Bound,
    /// Separated from the trigger by a clause boundary on its side of the path.
    Apart,
    /// The tree says nothing usable (out of range, a cycle, no common ancestor).
    Unknown,
}

/// Whether the trigger is the verb `verb` or hangs from it within its clause (no clausal edge on
/// the way up: "agreed to patrol", not "said the patrol…").
fn governs(syn: &Syntax, verb: usize, trigger: usize) -> bool {
    let mut at = trigger;
    for _ in 0..MAX_DEPTH {
        if at == verb {
            return true;
        }
        if CLAUSAL.contains(&syn.deprel(at)) || syn.deprel(at) == "advcl" {
            return false;
        }
        let Some(p) = syn.head(at) else { return false };
        at = p;
    }
    false
}

/// How many tokens a list of names around an actor may span when [`subject_missed`] reads it.
const LIST_SPAN: usize = 12;

/// Whether the actor whose tokens are `first..last`, with head word `head`, is a subject the
/// tree missed for the verb that governs the trigger ([`governs`]): in a list of names (with its coordinators and commas) that a comma opens and a
/// verb whose clause has no subject closes, the list hangs from a word before that comma — a
/// misparse of an opening phrase set off by it ("In an effort to win, X and Y have signed…"
/// read as "to win X and Y"; "…along the border, X and Y have signed" read as a list with
/// "border"). The attachment tells nothing then. Linear in [`LIST_SPAN`].
fn subject_missed(syn: &Syntax, trigger: usize, head: usize, (first, last): (usize, usize)) -> bool {
    let in_list = |k: usize| matches!(syn.upos(k), Some(Upos::Propn | Upos::Cconj | Upos::Det));
    let mut lo = first;
    while lo > 0 && first - lo < LIST_SPAN && in_list(lo - 1) {
        lo -= 1;
    }
    let mut hi = last;
    while hi - last < LIST_SPAN
        && (in_list(hi) || syn.upos(hi) == Some(Upos::Punct) && syn.upos(hi + 1) == Some(Upos::Propn))
    {
        hi += 1;
    }
    let verb = match syn.upos(hi) {
        Some(Upos::Verb) => Some(hi),
        Some(Upos::Aux) => syn.head(hi),
        _ => None,
    };
    let comma = lo.checked_sub(1).filter(|&c| syn.upos(c) == Some(Upos::Punct));
    let (Some(verb), Some(comma)) = (verb, comma) else { return false };
    if syn.has_subject(verb) || !governs(syn, verb, trigger) {
        return false;
    }
    // (a later conjunct reads as the list's first one: "…win, X and Y")
    let mut h = head;
    for _ in 0..LIST_SPAN {
        match syn.head(h) {
            Some(p) if syn.deprel(h) == "conj" && p > comma && p < h => h = p,
            _ => break,
        }
    }
    syn.head(h).is_some_and(|p| p < comma)
}

/// The relations that always open a clause of their own under their head.
const CLAUSAL: &[&str] = &["acl:relcl", "ccomp", "parataxis", "csubj", "csubj:pass", "dislocated", "list"];

/// Paths longer than this are not read: the parse of a very long sentence is not trusted that far.
const MAX_DEPTH: usize = 40;

/// How the actor whose tokens are `first..last` relates to the trigger at token `trigger` (all
/// indices in the sentence's tokens). `event_word` tells the words that announce events (`None`
/// for other words, `Some(true)` for one that recalls an earlier event: "the recent summit"): an
/// actor that is an argument of another event's word, itself inside a verb's phrase ("the talks
/// followed up the deals reached at the summit between X and Y") or recalled ("les promesses de la
/// précédente réunion entre X et Y"), belongs to that event and is [`Link::Apart`] from this one.
///
/// `stance` tells the words of a stance on something ("response", "threats", "view",
/// "dénoncées"): an actor reached through one is the holder or the object of that stance, not a
/// party ("face aux menaces de X", "amid tensions with Y", "Dénoncées par Z, ces manœuvres…"),
/// and so is the subject of a verb above one on the trigger's path ("X has a negative view of the
/// drills") or the subject of the stance verb that takes the trigger ("X condemned the drills").
/// The actor is apart too when the trigger's side of the path opens a clause with proper nouns
/// of its own as subject ("while Chile and Peru held drills, Bolivia protested": Bolivia belongs
/// to the main clause), or when it is addressed by the verb above a content clause holding the
/// trigger ([`addressed_above`]).
///
/// Linear in the depth of the tree (bounded by [`MAX_DEPTH`]); never panics.
pub fn link(
    syn: &Syntax,
    trigger: usize,
    first: usize,
    last: usize,
    event_word: impl Fn(usize) -> Option<bool>,
    stance: impl Fn(usize) -> bool,
) -> Link {
    let Some(head) = mention_head(syn, first, last) else { return Link::Unknown };
    if subject_missed(syn, trigger, head, (first, last)) {
        return Link::Unknown;
    }
    let up = ancestors(syn, trigger);
    if up.is_empty() {
        return Link::Unknown;
    }
    // walk up from the actor until a word on the trigger's path, noting clause openings
    let mut at = head;
    let mut apart = false;
    let mut other_event = false;
    let mut child = head;
    for _ in 0..MAX_DEPTH {
        if let Some(p) = up.iter().position(|&u| u == at) {
            // a stance between the trigger and the meeting point, or the meeting point a stance
            // whose subject the actor is
            // (the holder is named before the stance word: "X has a view of the drills by Y")
            let held = up[1..p.max(1)].iter().any(|&u| stance(u) && head < u)
                || p > 0 && at != head && stance(at) && syn.deprel(child).starts_with("nsubj");
            let addressed = at != head && addressed_above(syn, &up[..p], child);
            let others = up[..p].iter().any(|&u| opens_clause(syn, u) && syn.has_named_subject(u));
            return if apart || held || addressed || others { Link::Apart } else { Link::Bound };
        }
        if at != head && stance(at) {
            apart = true;
        }
        // another event's word, then a verb whose phrase holds it: the actor is that event's
        if other_event && syn.upos(at) == Some(Upos::Verb) {
            apart = true;
        }
        if at != head {
            match event_word(at) {
                Some(true) => apart = true,
                Some(false) => other_event = true,
                None => {}
            }
        }
        let Some(parent) = syn.head(at) else { return Link::Unknown };
        // a relative clause on the trigger speaks of the event ("the drills, which bring together…")
        let on_event =
            (parent == trigger || syn.head(parent) == Some(trigger)) && syn.deprel(at) == "acl:relcl";
        if opens_clause(syn, at) && !on_event {
            apart = true;
        }
        child = at;
        at = parent;
    }
    Link::Unknown
}

/// Whether the actor hanging from the meeting point through `child` is addressed by a verb
/// above the trigger's own clause rather than its subject: the trigger's path below the meeting
/// point (`below`) opens a content clause (what is said or noted) with a subject of its own, and
/// the actor attaches to the verb
/// as an object or an oblique ("X drew the attention of Y to the fact that the drill takes place
/// without notice", "X told Y that the exercise would go ahead"). The subject of that verb may
/// still speak of its own event ("X said it would hold drills"), so only the other arguments are
/// set apart.
fn addressed_above(syn: &Syntax, below: &[usize], child: usize) -> bool {
    // the relation without its subtype ("obl:tmod" is an "obl")
    let rel = syn.deprel(child).split(':').next().unwrap_or_default();
    let argument = ["obj", "iobj", "obl", "nmod"].contains(&rel);
    // (a relative clause is left out, even parsed as a bare clause on a noun: "met X in Tartu,
    // where a communiqué was signed" tells the meeting's own act)
    let content = |u: usize| match syn.deprel(u) {
        "ccomp" => opens_clause(syn, u),
        "acl" => syn.has_mark(u),
        _ => false,
    };
    argument && below.iter().any(|&u| content(u))
}

/// The word of `first..last` attached outside it (the first such), the mention's syntactic head.
fn mention_head(syn: &Syntax, first: usize, last: usize) -> Option<usize> {
    (first..last).find(|&i| syn.node(i).is_some_and(|n| n.head.is_none_or(|h| h < first || h >= last)))
}

/// The trigger and its ancestors up to the root (at most [`MAX_DEPTH`] of them).
fn ancestors(syn: &Syntax, trigger: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = Some(trigger);
    while let Some(i) = at {
        if syn.node(i).is_none() || out.len() >= MAX_DEPTH || out.contains(&i) {
            break;
        }
        out.push(i);
        at = syn.head(i);
    }
    out
}

/// Whether the edge from word `i` to its head opens a clause: a relative, reported or parallel
/// clause, or an adverbial clause, a clause on a noun or a coordinated verb with its own subject
/// or subordinating word ("while Bolivia protests", "and Y protests", "an effort to reassure
/// Y"), not a bare participle phrase ("belonging to the province of X", which only says where).
fn opens_clause(syn: &Syntax, i: usize) -> bool {
    let rel = syn.deprel(i);
    let verb_conj = rel == "conj" && matches!(syn.upos(i), Some(Upos::Verb | Upos::Aux));
    CLAUSAL.contains(&rel) || (rel == "advcl" || rel == "acl" || verb_conj) && syn.has_subject(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Lang;
    use crate::text::syntax::parse;
    use crate::text::tokenize;

    fn at(text: &str, word: &str) -> usize {
        tokenize(text).iter().position(|t| t.key == word).unwrap()
    }

    fn link_of(text: &str, lang: Lang, trigger: &str, actor: &str) -> Link {
        let tokens = tokenize(text);
        let syn = parse(text, &tokens, lang);
        let a = at(text, actor);
        let keys: Vec<String> = tokenize(text).into_iter().map(|t| t.key).collect();
        let events = ["exercise", "summit", "talks", "exercice", "pact", "drills"];
        let recalled = |i: usize| i > 0 && keys[i - 1] == "recent";
        let stance = |i: usize| {
            ["response", "threats", "view", "condemned", "reponse", "menaces"].contains(&keys[i].as_str())
        };
        link(
            &syn,
            at(text, trigger),
            a,
            a + 1,
            |i| events.contains(&keys[i].as_str()).then(|| recalled(i)),
            stance,
        )
    }

    #[test]
    fn subjects_and_partners_are_bound() {
        let s = "Chile and Peru held a naval exercise with Ecuador last week.";
        assert_eq!(link_of(s, Lang::En, "exercise", "chile"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "exercise", "peru"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "exercise", "ecuador"), Link::Bound);
    }

    #[test]
    fn another_clause_is_apart() {
        let s = "Le Togo organise un exercice avec le Bénin, alors que le Niger dénonce cette initiative.";
        assert_eq!(link_of(s, Lang::Fr, "exercice", "benin"), Link::Bound);
        assert_eq!(link_of(s, Lang::Fr, "exercice", "niger"), Link::Apart);
        let s = "Ghana signed a defence pact with Togo and Nigeria sent troops to Benin.";
        assert_eq!(link_of(s, Lang::En, "pact", "togo"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "pact", "nigeria"), Link::Apart);
    }

    #[test]
    fn an_argument_of_another_event_is_apart() {
        let s = "The talks between Chile and Peru focused on deals signed at the summit between Brazil and Bolivia.";
        assert_eq!(link_of(s, Lang::En, "talks", "peru"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "talks", "brazil"), Link::Apart);
        // an event's word on the path without a verb above it keeps the actor
        let s = "Chile signed a pact on joint drills with Peru.";
        assert_eq!(link_of(s, Lang::En, "pact", "peru"), Link::Bound);
        // a recalled event's word keeps its actors, verb or not
        let s = "Chile and Peru held talks on the deals of the recent summit between Brazil and Bolivia.";
        assert_eq!(link_of(s, Lang::En, "talks", "peru"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "talks", "brazil"), Link::Apart);
    }

    #[test]
    fn the_one_told_of_an_event_is_apart() {
        // the addressee of a verb above the trigger's content clause is told of the event
        let s = "Chile told Bolivia that the exercise with Peru would begin in May.";
        assert_eq!(link_of(s, Lang::En, "exercise", "bolivia"), Link::Apart);
        assert_eq!(link_of(s, Lang::En, "exercise", "peru"), Link::Bound);
        // a relative clause on a place tells the meeting's own act
        let s = "Chile met Peru in Lima, where a pact was signed.";
        assert_eq!(link_of(s, Lang::En, "pact", "peru"), Link::Bound);
    }

    #[test]
    fn the_main_clause_of_a_clause_with_named_subjects_is_apart() {
        // the trigger's clause has its own named subjects: the main clause's actors are others
        let s = "Bolivia stayed calm while Chile and Peru held an exercise near its coast.";
        assert_eq!(link_of(s, Lang::En, "exercise", "peru"), Link::Bound);
        assert_eq!(link_of(s, Lang::En, "exercise", "bolivia"), Link::Apart);
        // a pronoun subject stands for the speaker, who may take part
        let s = "Chile said it would hold an exercise with Peru.";
        assert_eq!(link_of(s, Lang::En, "exercise", "chile"), Link::Bound);
    }

    #[test]
    fn out_of_range_is_unknown() {
        let s = "Drills.";
        let tokens = tokenize(s);
        let syn = parse(s, &tokens, Lang::En);
        assert_eq!(link(&syn, 9, 0, 1, |_| None, |_| false), Link::Unknown);
        assert_eq!(link(&syn, 0, 5, 7, |_| None, |_| false), Link::Unknown);
        assert_eq!(link(&Syntax::default(), 0, 0, 1, |_| None, |_| false), Link::Unknown);
    }
}
