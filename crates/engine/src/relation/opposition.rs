//! Opposition read from a cue word and the actors around it: critics before a verb of blame,
//! targets after it (or the parties of the event it is about), with the special readings of a
//! clause of purpose ("to deter X"), a verb of labelling ("called the drills a provocation"),
//! worries felt in a country, a hostile noun with its author ("a warning from X"), an armed act
//! with its author and target. Nouns of rivalry, seizure and facing are [`super::rivalry`]'s.

use super::rivalry::{armed_act, attacked};
use super::targets::targets;
use super::{add, critic_sides, dedup, party_side, reaction, Link};
use crate::analysis::{EntityType, EventType, RelationType};
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    hostile_cue, AGENT_WORDS, AIM_WORDS, AND_WORDS, ARTICLES, ATTACK_NOUNS, BETWEEN_WORDS, CLAIM_NOUNS,
    COMPLAINT_NOUNS, CONCERN_NOUNS, DEMONSTRATIVES, FEELING_STATES, HOSTILE_ADJECTIVES, HOSTILE_NOUNS,
    LABEL_VERBS, NEIGHBOUR_WORDS, OF_WORDS, PURPOSE_WORDS, RECIPROCAL_WORDS, REJECT_VERBS, RELATIVE_WORDS,
    SEIZURE_NOUNS, SINGULAR_POSSESSIVES, TIE_NOUNS,
};
use crate::text::TokenKind;

/// The side the actor of mention `m` takes as the target of the opposition cue at `k`: its
/// [`party_side`], or a person with no country nor body of their own who is the cue's object, no
/// punctuation between ("accused the former minister X of…"; not "criticised the drills, with
/// spokesman Y saying…").
fn target_side(f: &Facts<'_>, m: &Placed, k: usize) -> Option<usize> {
    let a = &f.actors[m.actor];
    let object = (k + 1..m.first).all(|j| f.tokens[j].kind != TokenKind::Punct);
    let person = a.kind() == EntityType::Person && a.country.is_none() && a.org.is_none();
    party_side(f, m.actor).or((person && object).then_some(m.actor))
}

/// How many lowercase words may stand between a word of purpose and its cue ("pour participer à
/// la lutte").
const PURPOSE_REACH: usize = 6;

/// The subject of a clause whose purpose is the cue at `k` ("X sent troops to Y to deter Z", "X a
/// déployé des soldats en Y pour dissuader Z"): the first actor of the sentence that no preposition
/// introduces, not the nearest one (the destination `Y`). `None` when the cue opens no purpose.
fn purpose_subject(f: &Facts<'_>, k: usize, si: usize) -> Option<Vec<usize>> {
    let s = f.sentences[si];
    // (over a few lowercase words: "pour participer à la lutte contre Z", "to join the fight
    // against Z")
    // (not over a possessive: in "to support its fight against Z" the fight is another's)
    let words: Vec<usize> = (k.saturating_sub(PURPOSE_REACH).max(s.first)..k)
        .rev()
        .take_while(|&j| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap)
        .collect();
    let at = words.iter().position(|&j| f.tokens[j].is(PURPOSE_WORDS.of(f.lang)));
    let owned = |j: usize| {
        f.tokens[j].is(SINGULAR_POSSESSIVES.of(f.lang)) || f.tokens[j].is(&["their", "leur", "leurs"])
    };
    let purpose = at.is_some_and(|p| !words[..p].iter().any(|&j| owned(j)));
    if !purpose {
        return None;
    }
    let subject = f.first_subject(s, k)?;
    // (a relative clause in between has its own subject, its antecedent: "X and Y, which moved
    // to counter Z", read as any other cue)
    if (subject.last..k).any(|j| RELATIVE_WORDS.contains(&f.tokens[j].key)) {
        return None;
    }
    Some(f.with_coordinated(subject, k))
}

/// The subject of a clause whose grounds are the nominal cue at `k` ("X summoned Y's envoy over
/// the intrusion of Z", "X a protesté contre l'incursion de Z"): the first actor of the sentence
/// that no preposition introduces, not the envoy before the cue. `None` when the cue is no such
/// complement.
fn grounds_subject(f: &Facts<'_>, k: usize, si: usize) -> Option<Vec<usize>> {
    let s = f.sentences[si];
    let article = |j: usize| f.tokens[j].is(&["the", "a", "l'", "la", "le", "les", "une", "un"]);
    let mark = if k > s.first + 1 && article(k - 1) { k - 2 } else { k.checked_sub(1)? };
    if mark < s.first || !f.tokens[mark].is(&["over", "about"]) || !HOSTILE_NOUNS.contains(&f.tokens[k].key) {
        return None;
    }
    let subject = f.first_subject(s, mark)?;
    Some(f.with_coordinated(subject, mark))
}

/// Opposition relations from the cue at token `k` of sentence `si`: the critics voicing it (the
/// actors before it in its clause, or after a nominal cue) oppose its targets, the first actor
/// after it and those coordinated with it ([`targets`]); when no actor follows and the cue's
/// object is an event ("criticised the drills", "ce que … a dénoncé"), the parties of the latest
/// such event ([`event_parties`]). With no critic, a "both sides" word makes the sides of the
/// latest event the sources. An actor on both sides is only a target.
pub(super) fn opposition(
    f: &Facts<'_>,
    mentions: &[Placed],
    events: &[Occurrence],
    si: usize,
    k: usize,
    out: &mut Vec<Link>,
) {
    let s = f.sentences[si];
    // ("the NATO battle group": a kind of unit, no fight)
    if f.attributive_cue(k) {
        return;
    }
    // "X was condemned by Y", "le drone X a été abattu par l'armée Y": the agent acts on the subject
    if let Some(agents) = passive_agents(f, mentions, k) {
        let subjects: Vec<usize> =
            dedup(f.critics(k, s).into_iter().filter_map(|a| party_side(f, a)).collect());
        oppose_all(out, &agents, &subjects, si);
        return;
    }
    if let Some((authors, target)) = armed_act(f, mentions, k) {
        oppose_all(out, &authors, &[target], si);
        return;
    }
    // an adjective of hostile conduct tells only of its author before it ("X's aggressive moves")
    let conduct = HOSTILE_ADJECTIVES.contains(&f.tokens[k].key);
    if conduct && !hostile_cue(f.lex, &f.tokens[k].key) {
        if let Some(author) = author_before(f, mentions, k) {
            oppose_author(f, events, si, author, out);
        }
        return;
    }
    if !hostile_cue(f.lex, &f.tokens[k].key)
        && !rejection(f, k)
        && !super::complained_about(f, k)
        && !attacked(f, k)
        && !super::rivalry::fired_on(f, k)
        && !super::rivalry::fire_undergone(f, k)
    {
        // an armed act ("strikes", "raid") opposes only its named author and target
        return;
    }
    if let Some(author) = author_before(f, mentions, k) {
        // "…to deter Russian aggression": the author of the hostile act is the target of whoever
        // voices the fear, the actors before it in its clause
        oppose_author(f, events, si, author, out);
        return;
    }
    if labelled(f, mentions, si, k, out)
        || worried_in(f, mentions, events, si, k, out)
        || nominal_author(f, mentions, events, si, k, out)
    {
        return;
    }
    let critics =
        purpose_subject(f, k, si).or_else(|| grounds_subject(f, k, si)).unwrap_or_else(|| f.critics(k, s));
    let before: Vec<usize> = dedup(critics.into_iter().rev().filter_map(|a| party_side(f, a)).collect());
    // "X and Y traded blame", "X et Y s'accusent mutuellement": each opposes the other
    // (a reflexive with an object is no reciprocal: "X et Y s'opposent à la guerre")
    let object = f.tokens.get(k + 1).is_some_and(|t| t.is(&["a", "au", "aux", "contre"]));
    let reciprocal = (k.saturating_sub(2).max(s.first)..(k + 3).min(s.last)).any(|j| {
        j != k && f.tokens[j].is(RECIPROCAL_WORDS.of(f.lang)) && !(object && f.tokens[j].is(&["se", "s'"]))
    });
    // "les deux pays qui s'accusent mutuellement": the two countries the text is about (told by
    // an adverb, not a mere reflexive)
    let two = (k.saturating_sub(6).max(s.first)..k).any(|j| f.tokens[j].is(&["deux", "two", "both"]));
    let mutual = (k + 1..(k + 3).min(s.last))
        .any(|j| f.tokens[j].is(&["mutuellement", "reciproquement", "mutually", "each"]));
    let before = match f.main_pair() {
        Some((a, b)) if mutual && two && before.len() < 2 => vec![a, b],
        _ => before,
    };
    if reciprocal && before.len() >= 2 {
        for &a in &before {
            for &b in before.iter().filter(|&&b| b != a) {
                add(out, RelationType::Opposition, a, b, &[si], None);
            }
        }
        return;
    }
    // "threatened to send forces to X": the threat is an act to come, X is not its target; a hostile
    // noun's target stands right after it ("la menace russe", "the threat from X"); "protested to
    // X" addresses X, it is no act to come
    let addressee = |m: &Placed| m.first == k + 2 || m.first == k + 3 && f.tokens[k + 2].is(&["the"]);
    let act = f.tokens.get(k + 1).is_some_and(|t| t.key == "to")
        && !HOSTILE_NOUNS.contains(&f.tokens[k].key)
        && !mentions.iter().any(addressee);
    let reach = if HOSTILE_NOUNS.contains(&f.tokens[k].key) { k + 3 } else { usize::MAX };
    // "a complaint to the Security Council", "une plainte auprès de l'ONU": who hears it
    let heard = |m: &&Placed| {
        f.tokens[k].is(COMPLAINT_NOUNS.of(f.lang))
            && f.tokens.get(k + 1).is_some_and(|t| t.is(&["to", "aupres", "a", "au", "aux"]))
            && (k + 2..m.first)
                .all(|j| f.tokens[j].is(&["the", "de", "du", "des", "la", "l'", "les"]) || f.tokens[j].cap)
    };
    let picked: Vec<&Placed> = if act {
        Vec::new()
    } else {
        targets(f, mentions, k).into_iter().filter(|m| m.first <= reach && !heard(m)).collect()
    };
    // "X condemned the strikes on Y", "fears an invasion of Y": Y suffers the act, the critic
    // opposes its author when named ("… of Y by Z"), else no one
    let victims = picked.iter().any(|m| suffers(f, k, m));
    let named: Vec<&Placed> = if victims { act_authors(f, mentions, &picked) } else { picked };
    let after: Vec<usize> = dedup(named.iter().filter_map(|m| target_side(f, m, k)).collect());
    // "En réaction à cette décision de X, Y a menacé de…": the threat answers X
    let after = if after.is_empty() && !victims { reaction::answered(f, mentions, si, k) } else { after };
    let after =
        if after.is_empty() && !victims { neighbour(f, k, &before).into_iter().collect() } else { after };
    let after = if after.is_empty() && !act && !victims {
        // (critics worried about an event they take part in fear for themselves, not their
        // partners: "X and Y worry that the joint patrols might erode their control")
        let parties = event_parties(f, events, si, k);
        if before.iter().any(|x| parties.contains(x)) {
            return;
        }
        parties
    } else {
        with_event_partners(f, events, si, k, after, &before)
    };
    // an actor named on both sides is the target ("…borders with Belarus…, accusing Minsk")
    let mut sources: Vec<usize> = before.into_iter().filter(|x| !after.contains(x)).collect();
    // (the targets may run on past the phrase's comma into its subjects: "contre X, le Tchad")
    let mut after = after;
    if sources.is_empty() && !after.is_empty() {
        sources = opening_phrase_subjects(f, mentions, s, k, &named);
        after.retain(|x| !sources.contains(x));
    }
    if sources.is_empty() {
        // "Les deux délégations se sont dites préoccupées…": the sides of the latest event
        sources = both_sides_before(f, events, si, k);
    }
    oppose_all(out, &sources, &after, si);
}

/// How far after a cue its object may name a neighbour ("accused its western neighbour").
const NEIGHBOUR_REACH: usize = 4;

/// The side a neighbour anaphor stands for, as the cue at `k`'s object ("accuse son voisin de…",
/// "accused its neighbour of…"): a singular possessive and a neighbour noun right after the cue,
/// read as the latest country named before the cue that is none of the critics' sides (`own`).
fn neighbour(f: &Facts<'_>, k: usize, own: &[usize]) -> Option<usize> {
    let end = (k + 1 + NEIGHBOUR_REACH).min(f.tokens.len());
    let noun = (k + 2..end).find(|&j| f.tokens[j].is(NEIGHBOUR_WORDS.of(f.lang)))?;
    // (over one adjective: "its western neighbour")
    if !(noun - 2..noun).any(|j| f.tokens[j].is(SINGULAR_POSSESSIVES.of(f.lang))) {
        return None;
    }
    f.mentions
        .iter()
        .rev()
        .filter(|m| m.last <= k && f.actors[m.actor].kind() == EntityType::Country)
        .filter_map(|m| party_side(f, m.actor))
        .find(|side| !own.contains(side))
}

/// Opposition to the `author` of a hostile act named before its word, from whoever voices the
/// fear: the actors before it in its clause, or the sides of the latest event when a word
/// standing for both sides comes first ("…as the two nations grapple with X's aggressive moves").
fn oppose_author(f: &Facts<'_>, events: &[Occurrence], si: usize, author: &Placed, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let Some(target) = party_side(f, author.actor) else { return };
    let mut critics: Vec<usize> =
        f.critics(author.first, s).into_iter().filter_map(|a| party_side(f, a)).collect();
    if critics.is_empty() {
        critics = both_sides_before(f, events, si, author.first);
    }
    oppose_all(out, &critics, &[target], si);
}

/// The sides of the latest event told up to sentence `si` when a word standing for both sides
/// ("les deux délégations", "the two nations") comes before token `k` in it; empty otherwise.
fn both_sides_before(f: &Facts<'_>, events: &[Occurrence], si: usize, k: usize) -> Vec<usize> {
    let s = f.sentences[si];
    if !(s.first..k).any(|j| f.tokens[j].is(f.lex.both_sides)) {
        return Vec::new();
    }
    events
        .iter()
        .rfind(|e| e.sentences.iter().any(|&x| x <= si))
        .map(|e| dedup(e.participants.iter().filter_map(|&p| f.side(p)).collect()))
        .unwrap_or_default()
}

/// How far after the comma closing an opening phrase its subjects may be named.
const OPENING_PHRASE_REACH: usize = 8;

/// The subjects right after the comma closing a phrase that opens sentence `s` and holds the cue
/// at `k` with its first target ("Au titre de la lutte contre X, Y et Z…", "In the fight against
/// X, Y…"): the phrase is theirs. The sentence opens without an article and the subjects stand
/// within three tokens of a comma, at most [`OPENING_PHRASE_REACH`] tokens after the phrase's.
fn opening_phrase_subjects(
    f: &Facts<'_>,
    mentions: &[Placed],
    s: Clause,
    k: usize,
    named: &[&Placed],
) -> Vec<usize> {
    let Some(last) = named.iter().map(|m| m.last).min() else { return Vec::new() };
    if !f.opens_adverbially(s) || f.mentions_in(s.first, k).next().is_some() {
        return Vec::new();
    }
    let Some(comma) = (last..s.last).find(|&c| f.tokens[c].is(&[","])) else { return Vec::new() };
    // (over another phrase set off by commas: "…contre X, depuis 2015, le Tchad…")
    let after_comma = |m: &Placed| (m.first.saturating_sub(3)..m.first).any(|c| f.tokens[c].is(&[","]));
    let Some(first) = mentions.iter().find(|m| m.first > comma && m.first <= comma + OPENING_PHRASE_REACH)
    else {
        return Vec::new();
    };
    if !after_comma(first) {
        return Vec::new();
    }
    dedup(f.with_coordinated(first, s.last).into_iter().filter_map(|a| party_side(f, a)).collect())
}

/// How far after a verb of rejecting the claims it rejects may be named ("rejected the
/// fallacious remarks").
const REJECTED_REACH: usize = 8;

/// Whether the token at `k` rejects someone's claims: a verb of rejecting with a noun of claims
/// after it ("Pakistan rejects the Indian army chief's remarks", "a rejeté les allégations de
/// X"). It opposes the claims' author, named before or after the noun; rejecting a plan or a
/// deal opposes no one, unless it is a pact between others ("a rejeté l'accord signé entre X et
/// Y", "rejected the deal between X and Y"): then it stands against those who made it.
pub(super) fn rejection(f: &Facts<'_>, k: usize) -> bool {
    let end = (k + 1 + REJECTED_REACH).min(f.tokens.len());
    let pact_between = |j: usize| {
        f.lex.trigger(&f.tokens[j].key) == Some(EventType::Agreement)
            && (j + 1..(j + 1 + REJECTED_REACH).min(f.tokens.len())).any(|b| f.tokens[b].is_in(BETWEEN_WORDS))
    };
    REJECT_VERBS.contains(&f.tokens[k].key)
        && (k + 1..end).any(|j| CLAIM_NOUNS.contains(&f.tokens[j].key) || pact_between(j))
}

/// Whether the actor `m`, after the cue at `k`, suffers an act named between them: an armed act,
/// a threat or a seizure right before it with its aiming word ("the strikes on Y", "une invasion
/// de Y", "the threat against Y"). An attack's "of" names its author, not its victim.
fn suffers(f: &Facts<'_>, k: usize, m: &Placed) -> bool {
    let aim = |j: usize| f.tokens[j].is(AIM_WORDS.of(f.lang));
    let of = |j: usize| f.tokens[j].is_in(OF_WORDS);
    (k + 1..m.first).any(|j| {
        let w = &f.tokens[j].key;
        // (the complement of an attack's noun is its author: "une attaque du X", "an attack of
        // X's fighters"; that of an invasion or a threat may be its victim)
        let attack = ATTACK_NOUNS.contains(w);
        let aimed = |x: usize| aim(x) || !attack && of(x);
        let act = attack || HOSTILE_NOUNS.contains(w) || SEIZURE_NOUNS.contains(w);
        act && (j + 1..m.first).all(|x| aimed(x) || f.tokens[x].is_in(ARTICLES))
            && (j + 1..m.first).any(aimed)
    })
}

/// The authors of an act whose sufferers are `victims`, named after an agent word right behind
/// them ("the invasion of Y by Z", "l'annexion de Y par Z").
fn act_authors<'a>(f: &Facts<'_>, mentions: &'a [Placed], victims: &[&Placed]) -> Vec<&'a Placed> {
    let Some(end) = victims.iter().map(|m| m.last).max() else { return Vec::new() };
    mentions
        .iter()
        .filter(|m| {
            m.first > end
                && m.first <= end + 3
                && (end..m.first).any(|j| f.tokens[j].is(AGENT_WORDS.of(f.lang)))
        })
        .take(1)
        .collect()
}

/// How far before a hostile word a verb of labelling may stand ("calling the pact signed on
/// Monday by X and Y a provocation").
const LABEL_REACH: usize = 16;

/// Opposition from a verb of labelling before a hostile word: "X called the accord between Y and
/// Z a provocation", "X a qualifié les manœuvres de Y de menace": the sides named between the verb
/// and the word are its targets, the author of the verb (the actors before it in its clause) the
/// source. Whether it read the cue at `k` that way.
fn labelled(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) -> bool {
    let s = f.sentences[si];
    let Some(verb) = (k.saturating_sub(LABEL_REACH).max(s.first)..k)
        .rev()
        .find(|&j| f.tokens[j].is(LABEL_VERBS.of(f.lang)))
    else {
        return false;
    };
    let named: Vec<usize> = dedup(
        mentions
            .iter()
            .filter(|m| m.first > verb && m.last <= k)
            .filter_map(|m| party_side(f, m.actor))
            .collect(),
    );
    let authors: Vec<usize> = critic_sides(f, verb, s);
    if named.is_empty() || authors.is_empty() {
        return false;
    }
    oppose_all(out, &authors, &named, si);
    true
}

/// Opposition from worries felt somewhere: "the drills X will hold raised concerns in Y and Z",
/// "ont suscité des inquiétudes en Y": the sides where the concern is felt (named after a
/// locative word right after the noun, with those coordinated) oppose what caused it, the actors
/// before the noun in its clause, else the parties of the event the sentence tells. Whether it
/// read the cue at `k` that way.
fn worried_in(
    f: &Facts<'_>,
    mentions: &[Placed],
    events: &[Occurrence],
    si: usize,
    k: usize,
    out: &mut Vec<Link>,
) -> bool {
    let s = f.sentences[si];
    if !CONCERN_NOUNS.contains(&f.tokens[k].key)
        || !f.tokens.get(k + 1).is_some_and(|t| t.is(f.lex.locatives))
    {
        return false;
    }
    // the worried sides: from right after the locative, over lists ("dans les pays voisins et en Y")
    let mut worried: Vec<usize> = Vec::new();
    let mut end = k + 2;
    for m in mentions.iter().filter(|m| m.first > k + 1 && m.first < s.last) {
        let joined = (end..m.first).all(|j| {
            f.tokens[j].is(f.lex.locatives)
                || f.tokens[j].is(&["et", "and", ",", "la", "le", "l'", "les", "the"])
        });
        // (the first may come after a few lowercase words: "dans les pays voisins et en Y")
        let lowercase = (end..m.first).all(|j| !f.tokens[j].cap && f.tokens[j].kind == TokenKind::Word);
        if !(joined || m.first <= k + 8 && lowercase) {
            break;
        }
        worried.extend(party_side(f, m.actor));
        end = m.last;
    }
    let worried = dedup(worried);
    if worried.is_empty() {
        return false;
    }
    let causes = critic_sides(f, k, s);
    let causes = if causes.is_empty() { told_parties(f, events, si).unwrap_or_default() } else { causes };
    oppose_all(out, &worried, &causes, si);
    true
}

/// Opposition from a hostile noun whose complement names its author: "un avertissement de
/// Moscou à Varsovie", "a warning from Tokyo", "la condamnation de l'Estrie" (a capital stands
/// for its government). Its targets are the sides named after the author, else the parties of
/// the event told there ("an accord between X and Y, followed by a warning from Z"). Whether it
/// read the cue at `k` that way.
fn nominal_author(
    f: &Facts<'_>,
    mentions: &[Placed],
    events: &[Occurrence],
    si: usize,
    k: usize,
    out: &mut Vec<Link>,
) -> bool {
    let Some(by) = f.noun_author(k, f.sentences[si]) else { return false };
    let place = f.actors[by.actor].kind() == EntityType::Place;
    let Some(author) = (if place { f.side(by.actor) } else { party_side(f, by.actor) }) else {
        return false;
    };
    // co-authors coordinated with the first ("de la part du Chili et de l'Argentine", "de X, de Y
    // et de Z")
    let mut authors = vec![author];
    let mut last = by.last;
    loop {
        let mut j = last;
        let comma = f.tokens.get(j).is_some_and(|t| t.is(&[","]));
        if !comma && !f.tokens.get(j).is_some_and(|t| t.is_in(AND_WORDS)) {
            break;
        }
        j += 1;
        if f.tokens.get(j).is_some_and(|t| t.is_in(AND_WORDS)) {
            j += 1;
        }
        // (after a comma, only a complement goes on with the list: "de X, des Y", not "du X, l'armée Y va…")
        if comma && !f.tokens.get(j).is_some_and(|t| t.is_in(OF_WORDS)) {
            break;
        }
        while j < last + 4
            && f.tokens
                .get(j)
                .is_some_and(|t| t.is(&["de", "du", "des", "d'", "l'", "la", "le", "of", "the"]))
        {
            j += 1;
        }
        let Some(m) = mentions.iter().find(|m| m.first == j) else { break };
        authors.extend(party_side(f, m.actor));
        last = m.last;
    }
    let named: Vec<usize> =
        dedup(targets(f, mentions, last - 1).iter().filter_map(|m| party_side(f, m.actor)).collect());
    // else the parties of the event told in the same sentence, or named as the cue's object
    // (criticism undergone is aimed at the subject that undergoes it: "X faced criticism from Y")
    let undergoing = || {
        let s = f.sentences[si];
        let subject = f.mentions_in(s.first, k).filter_map(|m| party_side(f, m.actor)).last();
        subject.filter(|x| super::rivalry::undergone(f, k) && !authors.contains(x)).map(|x| vec![x])
    };
    let after = if named.is_empty() {
        undergoing()
            .or_else(|| told_parties(f, events, si))
            .unwrap_or_else(|| event_parties(f, events, si, k))
    } else {
        named
    };
    oppose_all(out, &authors, &after, si);
    true
}

/// How far after a noun of damage its victim, and after the victim its agent, may be named ("the
/// downing of a Malian army drone by Algerian air defences").
const DAMAGE_REACH: usize = 5;

/// Opposition from damage done by one side to another's ([`DAMAGE_NOUNS`]): "la destruction d'un
/// drone X par l'armée Y", "the downing of an X jet by Y" — the owner named after "of"/"de", the
/// agent after "by"/"par"; the agent opposes the owner. Nothing unless both are named.
pub(super) fn damage(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    if !f.tokens.get(k + 1).is_some_and(|t| t.is_in(OF_WORDS)) {
        return;
    }
    let end = (k + 2 + DAMAGE_REACH).min(s.last);
    let Some(victim) = mentions.iter().find(|m| m.first > k + 1 && m.last <= end) else { return };
    let by_end = (victim.last + DAMAGE_REACH).min(s.last);
    let Some(by) = (victim.last..by_end).find(|&j| f.tokens[j].is(AGENT_WORDS.of(f.lang))) else { return };
    let Some(agent) = mentions.iter().find(|m| m.first > by && m.first <= by + 3) else { return };
    if let (Some(a), Some(b)) = (party_side(f, agent.actor), party_side(f, victim.actor)) {
        oppose_all(out, &[a], &[b], si);
    }
}

/// The sides of the agent of a passive cue at `k` ("was criticised by X and Y", "a été abattu par
/// l'armée X"): a form of "be" right before the cue, "by"/"par" within three words after it, and
/// the actors named right after that (with those coordinated). A state of feeling is no passive
/// ("is worried by X": the subject is the critic).
fn passive_agents(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<Vec<usize>> {
    let be = super::after_be(f, k) || k > 0 && f.tokens[k - 1].is(&["is", "are", "be"]);
    if !be || FEELING_STATES.contains(&f.tokens[k].key) {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    let by = (k + 1..(k + 4).min(s.last)).find(|&j| f.tokens[j].is(AGENT_WORDS.of(f.lang)))?;
    let first = mentions.iter().find(|m| m.first > by && m.first <= by + 3)?;
    let agents: Vec<usize> =
        dedup(f.with_coordinated(first, s.last).into_iter().filter_map(|a| party_side(f, a)).collect());
    (!agents.is_empty()).then_some(agents)
}

/// The author named right before a hostile noun at `k` ("Russian aggression", "Iran's threats") or
/// an adjective of hostile conduct ("X's aggressive moves"),
/// when no actor follows the noun as its object ("Russian strikes on Kyiv" tell the author's act,
/// not someone's fear of it).
fn author_before<'a>(f: &Facts<'_>, mentions: &'a [Placed], k: usize) -> Option<&'a Placed> {
    let key = &f.tokens[k].key;
    // an adjective of hostile conduct before its act's noun ("aggressive actions"), over one
    // adverb after the owner ("X's increasingly aggressive moves")
    let lower = |j: usize| f.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
    let adjective = HOSTILE_ADJECTIVES.contains(key) && lower(k + 1);
    if !HOSTILE_NOUNS.contains(key) && !adjective {
        return None;
    }
    let adverb = adjective && k > 0 && lower(k - 1) && f.tokens[k - 1].key.ends_with("ly");
    let at = if adverb { k - 1 } else { k };
    let m = mentions.iter().rfind(|m| m.last <= at)?;
    // (French names a noun's author after it, "la menace russe": a name right before the word
    // is its subject, the word a verb, "l'Estrie menace la région")
    let adjacent = m.last == at && f.lang == crate::analysis::Lang::En
        || m.last + 2 == at && f.tokens[m.last].is(&["'", "’"]) && f.tokens[m.last + 1].is(&["s"]);
    let object = mentions.iter().any(|o| o.first > k && o.first <= k + 3);
    (adjacent && !object && f.actors[m.actor].kind() != EntityType::Place).then_some(m)
}

/// How far after a hostile cue the trigger of the event it is about may stand, over words only.
const OBJECT_KIND_REACH: usize = 5;

/// The parties of the latest event told up to sentence `si` whose kind the cue's object names
/// ("criticised the drills"), or of any kind after a relative pronoun ("ce que la Russie a
/// dénoncé") or for a tie named after a demonstrative ("inquiet de ce rapprochement"); empty when
/// the cue has no such object.
fn event_parties(f: &Facts<'_>, events: &[Occurrence], si: usize, k: usize) -> Vec<usize> {
    let s = f.sentences[si];
    // (over a topic's words too: "son inquiétude au sujet des manœuvres", "concern about the
    // drills")
    let object_kind = (k + 1..(k + OBJECT_KIND_REACH).min(s.last))
        .take_while(|&j| f.tokens[j].kind == TokenKind::Word)
        .find_map(|j| f.lex.trigger(&f.tokens[j].key));
    // "ce que la Russie a dénoncé", "the drills, which Japan condemned": the relative's antecedent
    // must be the statement or an event, not any noun ("the dam, which Egypt condemned")
    let is_trigger = |w: &str| f.lex.trigger(w).is_some();
    let relative = (k.saturating_sub(5)..k).filter(|&j| f.tokens[j].is(&["que", "which"])).any(|j| {
        let a = if j >= 2 && f.tokens[j - 1].key == "," { j - 2 } else { j.saturating_sub(1) };
        j > 0 && (f.tokens[a].is(&["ce", "what"]) || is_trigger(&f.tokens[a].key))
    });
    // "préoccupé par ce rapprochement", "worried by these ties": a tie told before, the latest event
    let tie = (k + 1..(k + 4).min(s.last)).any(|j| {
        f.tokens[j].is(DEMONSTRATIVES.of(f.lang))
            && f.tokens.get(j + 1).is_some_and(|t| t.is(TIE_NOUNS.of(f.lang)))
    });
    if object_kind.is_some() || relative || tie {
        // the latest event of that kind told up to this sentence
        events
            .iter()
            .filter(|e| object_kind.is_none_or(|kind| e.kind == kind))
            .filter_map(|e| e.sentences.iter().filter(|&&x| x <= si).max().map(|&x| (x, e)))
            .max_by_key(|&(x, _)| x)
            .map(|(_, e)| dedup(e.participants.iter().filter_map(|&p| party_side(f, p)).collect()))
            .unwrap_or_default()
    } else {
        Vec::new()
    }
}

/// The targets `after` of the cue at `k` with the partners of the event its object names: "X
/// protested to Y over Y's plans to hold drills with Z" opposes Z too. The event is one told in
/// sentence `si` whose trigger stands within [`OBJECT_EVENT_REACH`] tokens after the cue, before
/// any comma, and whose parties hold a target; the critics (`before`) are never added, even when
/// the event still counts them among its parties.
fn with_event_partners(
    f: &Facts<'_>,
    events: &[Occurrence],
    si: usize,
    k: usize,
    after: Vec<usize>,
    before: &[usize],
) -> Vec<usize> {
    let s = f.sentences[si];
    let end = (k + 1..(k + 1 + OBJECT_EVENT_REACH).min(s.last))
        .find(|&j| f.tokens[j].is(&[",", ";", ":"]))
        .unwrap_or((k + 1 + OBJECT_EVENT_REACH).min(s.last));
    let triggered = |e: &Occurrence| {
        e.sentences.contains(&si)
            && e.triggers.iter().any(|&(b, _)| (k + 1..end).any(|j| f.tokens[j].start == b))
    };
    let Some(e) = events.iter().find(|e| triggered(e)) else { return after };
    // (only the parties named in this sentence: a merged event may hold others told elsewhere)
    let named_here = |p: usize| f.mentions_in(s.first, s.last).any(|m| m.actor == p);
    let parties: Vec<usize> =
        dedup(e.participants.iter().filter(|&&p| named_here(p)).filter_map(|&p| party_side(f, p)).collect());
    if !parties.iter().any(|p| after.contains(p)) {
        return after;
    }
    dedup(after.into_iter().chain(parties.into_iter().filter(|p| !before.contains(p))).collect())
}

/// How far after a hostile cue the event its object names may stand ("protested to the envoy
/// over the plans to hold joint drills").
const OBJECT_EVENT_REACH: usize = 14;

/// The parties of the latest event told in sentence `si`, if one is.
fn told_parties(f: &Facts<'_>, events: &[Occurrence], si: usize) -> Option<Vec<usize>> {
    events
        .iter()
        .rfind(|e| e.sentences.contains(&si))
        .map(|e| dedup(e.participants.iter().filter_map(|&p| party_side(f, p)).collect()))
}

/// Adds opposition from each of `sources` to each of `targets` told in sentence `si`; a target
/// that is also a source opposes no one here, nor is opposed.
pub(super) fn oppose_all(out: &mut Vec<Link>, sources: &[usize], targets: &[usize], si: usize) {
    for &a in sources {
        for &b in targets.iter().filter(|b| !sources.contains(b)) {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}
