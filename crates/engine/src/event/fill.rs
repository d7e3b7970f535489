//! One occurrence filled from its clause: participants, place and dates near the trigger.
//!
//! Reads one sentence of the clause context; writes the occurrence's participants (in order of
//! appearance), its place and its dates. It decides who takes part (not critics, experts or the
//! other side of a border, nor an actor of another clause, which [`super::scope`] tells), where
//! (a place after a locative preposition) and when (the date nearest the trigger that tells of the
//! event, not of its report: [`super::when`]).

use super::around::{
    after_around, faced, framework, in_compass_phrase, in_conflict_phrase, is_locative, near_border,
};
use super::bound::{bound_to_trigger, owner_of_trigger};
use super::cues::Cues;
use super::merge::within;
use super::scope::{coordinated_with_party, Part, Scope};
use super::Occurrence;
use crate::analysis::{EntityType, EventType, Lang};
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    ARTICLES, BACKGROUND_OPENERS, BETWEEN_WORDS, BORDER_NOUNS, CAUSE_WORDS, DEPLOYMENT_AIMS, EXPERT_WORDS,
    GATHERING_WORDS, PLURAL_PRONOUNS, RESPONSE_NOUNS, SEAT_WORDS, STANCE_WORDS, SUMMIT_WORDS,
};
use crate::text::syntax::Upos;
use crate::text::TokenKind;

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

/// Adds the sentence's actors to the occurrence's participants and returns its place.
///
/// Reads the sentence's cues once ([`Cues`]), then each actor in order: those the cues set aside
/// ([`Cues::sets_aside`]), then what the actor may be to the event ([`part`]), then by its kind —
/// a place may be where ([`place_of`]), a country a party or where ([`country`]), a body or person
/// a party with its side ([`body`]). A sentence that only tells of drills names their teller's
/// country as owner; a subject pronoun before the trigger adds its person; a deployment's
/// destination named right after its word is its place.
fn participants_and_place(f: &Facts<'_>, occ: &mut Occurrence, s: Clause, trigger: usize) -> Option<usize> {
    let scope = Scope::new(f, s, trigger);
    let cues = Cues::new(f, occ, s, trigger, &scope);
    let mut found = Found { place: None, tellers: Vec::new() };
    let between = sides_between(f, s, trigger);
    let agreed_from = agreed_content_from(f, occ, s, trigger);
    for m in f.mentions_in(s.first, s.last).filter(|_| !cues.critical) {
        if cues.sets_aside(f, &scope, m, s, trigger) {
            continue;
        }
        if agreed_from.is_some_and(|from| m.first > from) {
            continue;
        }
        let bound = bound_to_trigger(f, m, trigger);
        // "drills between X and Y" names all its sides: no one else in the sentence is one
        if between && !bound && f.actors[m.actor].kind() != EntityType::Place {
            continue;
        }
        occ.owned |= bound && owner_of_trigger(f, m, trigger);
        let Some(party) = part(f, occ, &scope, &cues, m, s, trigger) else { continue };
        let at = Mention::new(f, m, s, trigger, party);
        match f.actors[m.actor].kind() {
            EntityType::Place => place_of(f, occ, &at, &mut found),
            EntityType::Country => country(f, occ, &scope, &at, &mut found),
            EntityType::Organization | EntityType::Person => body(f, occ, &scope, &at, &mut found),
            EntityType::Date => {}
        }
    }
    let own_drills = matches!(occ.kind, EventType::Exercise | EventType::Deployment | EventType::Patrol);
    if own_drills && !occ.anaphor && occ.participants.is_empty() {
        // (its country only: the teller itself, a ministry or a spokesman, is no party)
        let tellers = &found.tellers;
        if let Some(side) = tellers.first().filter(|_| tellers.len() == 1).and_then(|&t| f.side(t)) {
            push_unique(&mut occ.participants, side);
        }
    }
    if !cues.critical {
        if let Some(person) = f.pronoun_person(trigger, s, PRONOUN_REACH, 0) {
            push_unique(&mut occ.participants, person);
            if let Some(side) = f.side(person) {
                push_unique(&mut occ.participants, side);
            }
        }
    }
    let place = found.place.map(|(a, _)| a);
    // (a body that is where the event happens, "at the X Training Institute", hosts it; it takes
    // no part)
    // (unless the body is itself a gathering, "at the Defence Ministers' Meeting (DMM)", whose
    // members meet there, or a known body, a bloc standing for its summit)
    let gathering = |p: usize| {
        let a = &f.actors[p];
        if a.rule.starts_with("gazetteer") {
            return true;
        }
        std::iter::once(&a.name).chain(&a.aliases).any(|n| {
            crate::text::fold(n).split([' ', '\'', '-']).any(|w| {
                GATHERING_WORDS.contains(w)
                    || SUMMIT_WORDS.contains(w)
                    || f.lex.trigger(w) == Some(EventType::Meeting)
            })
        })
    };
    if let Some(p) = place.filter(|&p| f.actors[p].kind() == EntityType::Organization && !gathering(p)) {
        occ.participants.retain(|&x| x != p);
    }
    // a deployment's destination named right after its word is its place, unless the place found
    // lies inside it ("the deployment to X of…, at a ceremony in Y's capital")
    match destination(f, occ, s, trigger) {
        Some(d) if place.is_none_or(|p| !within(f.actors, p, d)) => Some(d),
        _ => place,
    }
}

/// Where what the sides agreed to do begins, after a verb of agreeing and its infinitive
/// ("agreed to promote the role of X", "ont convenu de renforcer les liens avec Y"): the actors
/// after it are no sides (a partner named before the infinitive, "agreed with Y to…", stays one).
fn agreed_content_from(f: &Facts<'_>, occ: &Occurrence, s: Clause, trigger: usize) -> Option<usize> {
    if occ.kind != EventType::Agreement {
        return None;
    }
    let verb = matches!(f.syntax(f.sentence_of(trigger)).upos(trigger - s.first), Some(Upos::Verb));
    let infinitive = f.tokens.get(trigger + 1).is_some_and(|t| t.is(&["to", "de", "d'"]))
        && f.tokens.get(trigger + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
    (verb && infinitive).then_some(trigger + 2)
}

/// Whether the trigger at `trigger` names its sides after "between"/"entre" ("the ongoing drills
/// between X and Y", "l'accord signé entre X et Y"): two sides or more bound to it that way, which
/// leaves no room for other parties in the sentence ("X reported more Z vessels, coinciding with
/// the drills between Y and W" makes no party of X or Z).
///
/// The first "between" after the trigger is found once; only the mentions after it are tested
/// for their binding, so the work stays linear in the sentence.
fn sides_between(f: &Facts<'_>, s: Clause, trigger: usize) -> bool {
    let Some(between) = (trigger + 1..s.last).find(|&k| f.tokens[k].is_in(BETWEEN_WORDS)) else {
        return false;
    };
    let mut sides: Vec<usize> = f
        .mentions_in(between + 1, s.last)
        .filter(|m| bound_to_trigger(f, m, trigger))
        .filter_map(|m| f.side(m.actor))
        .collect();
    sides.sort_unstable();
    sides.dedup();
    sides.len() >= 2
}

/// What the actors of one occurrence's sentence have yielded so far.
struct Found {
    /// The place: an actor, and whether it is a place-type actor (which outranks a country).
    place: Option<(usize, bool)>,
    /// The tellers of the news, left out of the participants: the country of the one teller of
    /// drills no one else is named in owns them ("the president said military exercises would
    /// take place…").
    tellers: Vec<usize>,
}

/// Whether the actor of mention `m` is a party of the event (`Some(true)`), only possibly where
/// it is (`Some(false)`), or nothing to it (`None`).
///
/// An actor bound to the trigger's own roles takes part whatever clause the tree puts it in; a
/// name coordinated with a party is one too ("X and Y held drills": the tree often hangs the
/// first conjunct apart); the side a deployment is sent to help receives it ("sent two ships to
/// the Baltic to support X"). An actor who caused the event ("X's ships entered the strait,
/// prompting Y to dispatch its own") or stands in its background ("deployed following the
/// annexation of Crimea by X", "in response to X's drills", a phrase of time opening the
/// sentence) is nothing to it.
fn part(
    f: &Facts<'_>,
    occ: &Occurrence,
    scope: &Scope<'_>,
    cues: &Cues,
    m: &Placed,
    s: Clause,
    trigger: usize,
) -> Option<bool> {
    let bound = bound_to_trigger(f, m, trigger);
    let part = if bound { Part::Party } else { scope.part(f, m) };
    let part =
        if part == Part::Place && coordinated_with_party(f, scope, m, trigger) { Part::Party } else { part };
    let caused = m.last < trigger && (m.last..trigger).any(|k| CAUSE_WORDS.contains(&f.tokens[k].key));
    let background = m.first > trigger
        && (trigger..m.first).any(|k| {
            BACKGROUND_OPENERS.contains(&f.tokens[k].key)
                || RESPONSE_NOUNS.contains(&f.tokens[k].key) && k > 0 && f.tokens[k - 1].is(&["in", "en"])
        })
        || cues.background_comma.is_some_and(|comma| m.last <= comma && trigger > comma);
    // (the side itself, not a compound of it: "in support of the X-led war")
    let compound = f.tokens.get(m.last).is_some_and(|t| t.is(&["-"]));
    let helped = occ.kind == EventType::Deployment
        && m.first > trigger
        && m.first <= trigger + HELPED_AFTER_TRIGGER
        && !compound
        && helped_by_aim(f, m, s);
    let part = if helped { Part::Party } else { part };
    if part == Part::None || caused || background {
        return None;
    }
    // "Réunis à Tallinn, X et Y ont condamné les manœuvres Z": where the subjects met, not where
    // the drills they speak of take place (a meeting told after it does take it); "told reporters
    // after meeting…" is no place, "went to Vilnius" is, for a visit or deployment
    let a = &f.actors[m.actor];
    let prev = m.first.checked_sub(1).map(|p| f.tokens[p].key.as_str()).unwrap_or("");
    let moving = matches!(occ.kind, EventType::Visit | EventType::Deployment);
    let met_before = occ.kind != EventType::Meeting
        && cues.participle_comma.is_some_and(|comma| m.last <= comma && trigger > comma);
    if a.kind() == EntityType::Place && (matches!(prev, "to" | "vers") && !moving || met_before) {
        return None;
    }
    Some(part == Part::Party)
}

/// A mention weighed for its event, with where it stands: read once for its kind's branch.
struct Mention<'w> {
    /// The mention.
    m: &'w Placed,
    /// Its sentence.
    s: Clause,
    /// The event's trigger.
    trigger: usize,
    /// A party of the event (else only possibly where it is).
    party: bool,
    /// The word before it (folded; empty at the text's start).
    prev: &'w str,
    /// Next to a border, in a phrase of conflict or facing someone: the other side.
    border: bool,
    /// After a locative preposition.
    locative: bool,
}

impl<'w> Mention<'w> {
    /// Mention `m` of sentence `s`, weighed for the trigger at `trigger`.
    fn new(f: &'w Facts<'_>, m: &'w Placed, s: Clause, trigger: usize, party: bool) -> Mention<'w> {
        let prev = m.first.checked_sub(1).map(|p| f.tokens[p].key.as_str()).unwrap_or("");
        // ("on the X border": English compounds the side before its border)
        let compound_border =
            f.lang == Lang::En && f.tokens.get(m.last).is_some_and(|t| t.is(BORDER_NOUNS.en));
        let border =
            near_border(f, m.first, s) || compound_border || in_conflict_phrase(f, m, s) || faced(f, m, s);
        Mention { m, s, trigger, party, prev, border, locative: is_locative(f, m.first) }
    }
}

/// A place-type actor is the event's place after a locative, unless it is a side's seat ("l'ambassade
/// du Japon à Manille", "the embassy in Hanoi" — though a visit goes to the seat), where a stance
/// is rather than the event ("…amid tensions in the region, particularly in X"), or across a
/// border; it outranks a country found before.
fn place_of(f: &Facts<'_>, occ: &Occurrence, at: &Mention<'_>, found: &mut Found) {
    let (m, s, trigger) = (at.m, at.s, at.trigger);
    let seat = occ.kind != EventType::Visit
        && (m.first.saturating_sub(5).max(s.first)..m.first).any(|k| SEAT_WORDS.contains(&f.tokens[k].key));
    let (lo, hi) = if m.first > trigger { (trigger + 1, m.first) } else { (m.last, trigger) };
    let seat = seat || (lo..hi).any(|k| STANCE_WORDS.contains(&f.tokens[k].key));
    // (a region wider than a country is where only when nothing narrower is named)
    let wide = f.actors[m.actor].wide;
    if !at.border && !seat && found.place.is_none_or(|(_, p)| !p && !wide) && at.locative {
        found.place = Some((m.actor, !wide));
    }
}

/// Whether a country may still be the event's place: none found yet, or only a region wider than
/// a country ("exercises in West Africa, in Estria": Estria).
fn open_place(f: &Facts<'_>, found: &Found) -> bool {
    found.place.is_none_or(|(p, _)| f.actors[p].wide)
}

/// A country is where a drill or patrol is when named off its coast ("drills off the coast of
/// X") or by a part of it ("…à Tours, dans l'ouest de la France"), then no side (though forces
/// sent to a part of a country are sent to it: "renforcent leur présence dans l'est du Y"); across
/// a border it is the other side. After a locative it is the place, unless compounded ("the
/// American-led coalition") or an owner ("over X's plans"). A party takes part, unless it is the
/// venue of a meeting between two sides already named ("a summit between X and Y in Z"), or
/// comments on an event told before ("India said it would study the pact"), or tells of two other
/// sides' event after them ("X sends troops to Y, Z's agency said").
fn country(f: &Facts<'_>, occ: &mut Occurrence, scope: &Scope<'_>, at: &Mention<'_>, found: &mut Found) {
    let (m, s, trigger, party) = (at.m, at.s, at.trigger, at.party);
    let around = matches!(occ.kind, EventType::Exercise | EventType::Patrol) && after_around(f, m.first);
    let compass = in_compass_phrase(f, m.first);
    // (not one named as across a border: "drills near the Afghan border" are held beside it)
    if (around || compass) && found.place.is_none() && !at.border {
        found.place = Some((m.actor, false));
    }
    if at.border || around || compass && occ.kind != EventType::Deployment {
        return;
    }
    let compound = f.tokens.get(m.last).is_some_and(|t| t.is(&["-"]))
        && f.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
    // (but "in X's Y air base", "at X's port of Z": the owner of a place is where)
    let owns_place =
        (m.last + 2..(m.last + 2 + OWNED_PLACE_REACH).min(s.last)).any(|k| f.tokens[k].is(f.lex.place_heads));
    let genitive = f.tokens.get(m.last).is_some_and(|t| t.key == "'")
        && f.tokens.get(m.last + 1).is_some_and(|t| t.key == "s")
        && !(at.locative && owns_place);
    let prev = at.prev;
    // (over an article: "units from the X air force" come from X, it is not where)
    let article = m.first >= 2 && f.tokens[m.first - 1].is_in(ARTICLES);
    let via = if article { f.tokens[m.first - 2].key.as_str() } else { prev };
    // ("his visiting X counterpart": the nationality of who visits, not where; a noun after it,
    // by the tagger, not "is visiting X for two days")
    let visitor = prev == "visiting"
        && m.last < s.last
        && !f.tokens[m.last].cap
        && matches!(f.syntax(f.sentence_of(m.first)).upos(m.last - s.first), Some(Upos::Noun | Upos::Adj));
    if !compound
        && !genitive
        && !visitor
        && (at.locative && open_place(f, found) && !matches!(via, "to" | "from" | "depuis")
            || at.locative && matches!(prev, "en" | "in") && open_place(f, found))
    {
        found.place = Some((m.actor, false));
    }
    let mut sides_before: Vec<usize> = occ.participants.iter().filter_map(|&p| f.side(p)).collect();
    sides_before.sort_unstable();
    sides_before.dedup();
    if matches!(occ.kind, EventType::Meeting | EventType::Exercise | EventType::Patrol)
        && at.locative
        && matches!(prev, "au" | "en" | "in" | "aux")
        && sides_before.len() >= 2
    {
        return;
    }
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

/// How many words after a country's possessive the head of a place it owns may stand ("in X's
/// Marwa air base").
const OWNED_PLACE_REACH: usize = 4;

/// A body or a person takes part with its side, unless it is across a border, an expert or a
/// commentator explaining the event, the teller of the news ("selon le ministère", "…, said the
/// navy": kept in `found.tellers`), or a framework the event runs under; a body named as a seat
/// ("talks at the Pentagon", "reçu au Pentagone") is the place.
fn body(f: &Facts<'_>, occ: &mut Occurrence, scope: &Scope<'_>, at: &Mention<'_>, found: &mut Found) {
    let (m, s, trigger, party) = (at.m, at.s, at.trigger, at.party);
    let a = &f.actors[m.actor];
    let expert = a.kind() == EntityType::Person
        && (m.first.saturating_sub(4)..(m.last + 6).min(s.last))
            .any(|k| EXPERT_WORDS.contains(&f.tokens[k].key));
    let tree = scope.tree();
    let teller = super::source::tells_of(f, m, s, trigger, tree)
        || occ.anaphor && super::source::comments_on(f, m, s, trigger, tree);
    if teller && !at.border && !expert {
        found.tellers.push(m.actor);
    }
    if at.border || expert || teller || framework(f, m, s) {
        return;
    }
    let prev = at.prev;
    let seat = a.kind() == EntityType::Organization && matches!(prev, "au" | "at" | "the");
    if seat && found.place.is_none() && (prev != "the" || m.first >= 2 && f.tokens[m.first - 2].is(&["at"])) {
        found.place = Some((m.actor, false));
    }
    if !party {
        return;
    }
    push_unique(&mut occ.participants, m.actor);
    if let Some(side) = f.side(m.actor) {
        push_unique(&mut occ.participants, side);
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

/// How far before a trigger its subject pronoun may stand ("il a été reçu", "he would visit"):
/// the pronoun stands for the last person named before it in the clause ("…, a dit le ministre
/// X, lorsqu'il a été reçu par…"), read by [`Facts::pronoun_person`].
const PRONOUN_REACH: usize = 5;

/// Adds `x` to `v` unless it is there already (participants keep their order of appearance).
pub(super) fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
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
