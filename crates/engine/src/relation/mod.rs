//! Stage 10: relations — cooperation from events and cues, opposition and support from cue words
//! and the actors on each side, affiliation from titles, appositions, names and memberships
//! ([`membership`]).
//!
//! Reads the clause context ([`Facts`]) and the events; writes [`Link`]s between actor indices,
//! each with the sentences that state it and the event it comes from. It may also take a
//! participant out of an event: someone who opposes the event's other participants and is not
//! named where the event is first told is a critic, not a partner, and leaves the event before
//! cooperation is drawn from it. Relations hold between parties (a person stands for their
//! country or body), so one sentence about two ministers relates their two countries.

use crate::analysis::{EntityType, EventType, Lang, RelationType};
use crate::entity::Key;
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    hostile_cue, ADDING_WORDS, AIM_WORDS, ARTICLES, ASKING_NOUNS, ATTACK_NOUNS, BACKED_BY, BACKING_NOUNS,
    BORDER_NOUNS, BY_WORDS, CLASH_WORDS, CONFLICT_NOUNS, COOPERATION_NOUNS, DAMAGE_NOUNS, DEPLOYMENT_AIMS,
    ENGLISH_COMPLAIN_VERBS, FACING_WORDS, FEELING_STATES, FORCE_HEADS, HAVE_AUXILIARIES, HOSTILE_ACTS,
    HOSTILE_ADJECTIVES, INCLUDE_VERBS, KILLING_VERBS, NEGATION_WORDS, OF_WORDS, OPERATION_NOUNS,
    PASSIVE_AUXILIARIES, PRESENCE_GROWTH, PURCHASE_WORDS, REQUESTER_LINKS, RIVALRY_NOUNS, SEIZURE_NOUNS,
    SENDING_VERBS, SUBJECT_RELATIVES, SUPPLIER_NOUNS, SUPPLY_VERBS, THANK_VERBS,
};
use crate::text::TokenKind;
use opposition::opposition;
use rivalry::{facing, rivalry, seizure};
use targets::targets;

mod affiliation;
mod aid;
mod anti;
mod behalf;
mod blame;
mod envoys;
mod eviction;
mod forbidden;
mod home;
mod membership;
mod opposition;
mod partners;
mod reaction;
mod rivalry;
mod rivals;
mod rupture;
mod supply;
mod support;
mod targets;
mod units;
mod verdict;

/// Beyond this many sides, an event's cooperation pairs only its leading sides with the others.
const MAX_PAIRED_SIDES: usize = 8;

/// Beyond this many sides, a visit is crowded too: its cooperation pairs only its leading sides.
const MAX_VISIT_SIDES: usize = 3;

/// How many sides (its own included) an event framed by an international body holds beyond which
/// the body pairs with none of them.
const MIN_FRAMED: usize = 3;

/// The sides of a crowded event that pair with every other: the first named (host, leader).
const CROWD_LEADS: usize = 2;

/// A relation being built (actor indices, sentence indices).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Kind.
    pub kind: RelationType,
    /// Source actor.
    pub source: usize,
    /// Target actor.
    pub target: usize,
    /// Sentences that support it.
    pub sentences: Vec<usize>,
    /// Event it comes from.
    pub event: Option<usize>,
}

/// How many words before a cue a negation may stand and still deny it ("did not condemn", "n'a
/// pas dénoncé", "no plan to invade").
const NEGATION_REACH: usize = 4;

/// Whether the cue at `k` is denied: a negation within [`NEGATION_REACH`] words before it, no
/// punctuation between, and not "not only"/"non seulement" (which adds, not denies). "X has no
/// plan to invade Y" and "X n'a pas condamné Y" oppose no one.
fn negated(f: &Facts<'_>, k: usize) -> bool {
    let si = f.sentence_of(k);
    let first = f.sentences[si].first.max(k.saturating_sub(NEGATION_REACH));
    (first..k).rev().take_while(|&j| f.tokens[j].kind == TokenKind::Word).any(|j| {
        let t = &f.tokens[j];
        (NEGATION_WORDS.contains(&t.key) || t.key.ends_with("n't"))
            && !f.tokens.get(j + 1).is_some_and(|n| n.is(ADDING_WORDS.of(f.lang)))
            // (the elided first letter of a name is none: "N'Djamena accuse")
            && f.mentions_in(j, k).next().is_none_or(|m| m.first != j)
    })
}

/// Whether the word at `k` is part of a name: inside a mention, or capitalised between capitalised
/// words past the sentence's first word ("the Regional Assistance Mission", a body's name the
/// engine may not know whole). Such a word of backing names a body, it backs no one.
fn in_a_name(f: &Facts<'_>, mentions: &[Placed], k: usize) -> bool {
    mentions.iter().any(|m| m.first <= k && k < m.last) || f.inside_capitalised_run(k)
}

/// Finds the relations of a document. Participants of an event who oppose another of its
/// participants, and are not named where the event is first told, are its critics: they leave the
/// event before cooperation is drawn from it.
pub fn extract(f: &Facts<'_>, events: &mut [Occurrence]) -> Vec<Link> {
    let mut stated: Vec<Link> = Vec::new();
    for (si, s) in f.sentences.iter().enumerate() {
        let mentions: Vec<Placed> = f.mentions_in(s.first, s.last).copied().collect();
        // (a sentence naming no one may still tell of the two sides: "les deux pays s'accusent
        // mutuellement")
        if mentions.is_empty() && !(s.first..s.last).any(|k| f.tokens[k].is(&["deux", "two", "both"])) {
            continue;
        }
        let mut k = s.first;
        while k < s.last {
            let t = &f.tokens[k];
            if t.kind != TokenKind::Word {
                k += 1;
                continue;
            }
            // "sanctions" names opposition only with its target: "sanctions against X", not
            // "opposed to Western sanctions"
            let aimed = t.key != "sanctions"
                || (k + 1..(k + 3).min(s.last))
                    .any(|j| f.tokens[j].is(&["against", "on", "contre", "visant"]));
            // "an operation against X": aimed right after the noun or its adjectives
            // ([`rivalry::armed_act`] checks them)
            let operation = OPERATION_NOUNS.contains(&t.key)
                && (k + 1..(k + 4).min(s.last)).any(|j| f.tokens[j].is(AIM_WORDS.of(f.lang)));
            let hostile = opposition::rejection(f, k)
                || hostile_cue(f.lex, &t.key)
                    && !f.attributive_cue(k)
                    && (aimed || !HOSTILE_ACTS.contains(&t.key))
                    && !f.aimed_at_no_actor(k)
                    && !victims_lot(f, k)
                || ATTACK_NOUNS.contains(&t.key)
                || HOSTILE_ADJECTIVES.contains(&t.key)
                || operation
                || rivalry::fired_on(f, k)
                || rivalry::fire_undergone(f, k)
                || complained_about(f, k);
            let war_games = f.war_games(k);
            if anti::is_cue(f, &mentions, k) {
                anti::anti(f, &mentions, si, k, &mut stated);
            } else if let Some(demand) = eviction::demand_of(f, k).filter(|_| !negated(f, k)) {
                eviction::eviction(f, &mentions, si, demand, k, &mut stated);
            } else if let Some(ties) = rupture::ties_of(f, k).filter(|_| !negated(f, k)) {
                rupture::rupture(f, &mentions, si, k, ties, &mut stated);
            } else if let Some(envoy) = envoys::envoy_of(f, k) {
                if !negated(f, k) {
                    envoys::envoys(f, &mentions, si, k, envoy, &mut stated);
                }
            } else if FACING_WORDS.contains(&t.key) {
                facing(f, &mentions, si, k, &mut stated);
            } else if DAMAGE_NOUNS.contains(&t.key) {
                opposition::damage(f, &mentions, si, k, &mut stated);
            } else if SEIZURE_NOUNS.contains(&t.key) {
                seizure(f, &mentions, si, k, &mut stated);
            } else if let Some(ties) = rivalry::strained_ties(f, k).filter(|_| !negated(f, k)) {
                rivalry(f, &mentions, si, ties, &mut stated);
            } else if (RIVALRY_NOUNS.contains(&t.key)
                || CLASH_WORDS.contains(&t.key)
                || rivalry::pits_sides(f, k)
                || rivalry::fire_exchanged(f, k)
                || rivalry::battle_between(f, k))
                && !war_games
            {
                rivalry(f, &mentions, si, k, &mut stated);
            } else if let Some(p) = forbidden::permit_of(f, &mentions, k).filter(|_| hostile) {
                forbidden::forbid(f, &mentions, si, p, k, &mut stated);
            } else if hostile
                && !passive(f, k)
                && !faced_noun(f, k)
                && !negated(f, k)
                && !f.in_running_name(k)
            {
                opposition(f, &mentions, events, si, k, &mut stated);
            } else if reaction::is_response(f, k) && !negated(f, k) {
                reaction::response(f, &mentions, si, k, &mut stated);
            } else if reaction::is_cue(f, k) {
                reaction::reaction(f, &mentions, events, si, k, &mut stated);
            } else if THANK_VERBS.contains(&t.key) {
                support::gratitude(f, &mentions, si, k, &mut stated);
            } else if let Some(trainer) = support::trained_in(f, &mentions, k) {
                support::trained_abroad(f, &mentions, si, k, trainer, &mut stated);
            } else if SUPPLIER_NOUNS.contains(&t.key) || aid::supporter_noun(f, k) {
                aid::supplier(f, &mentions, si, k, &mut stated);
            } else if SUPPLY_VERBS.contains(&t.key) || supply::goods_sent(f, k) {
                supply::supply(f, &mentions, si, k, &mut stated);
            } else if PURCHASE_WORDS.contains(&t.key) || supply::receipt(f, k) {
                supply::purchase(f, &mentions, si, k, &mut stated);
            } else if !in_a_name(f, &mentions, k)
                && (t.is(f.lex.support) || BACKING_NOUNS.contains(&t.key) && !support::aid_received(f, k))
                || BACKED_BY.contains(&t.key)
                || support::trains_troops(f, k)
                || support::mutual_defence(f, k)
                || aid::stands_by(f, k)
            {
                support::support(f, &mentions, si, k, &mut stated);
            }
            k += 1;
        }
        // a cooperation cue with exactly two countries, named together
        let countries: Vec<usize> = dedup(mentions.iter().filter_map(|m| country_side(f, m.actor)).collect());
        // (not a word of a name: "the Gulf Cooperation Council")
        let named = |k: usize| mentions.iter().any(|m| m.first <= k && k < m.last);
        // (or ties said to grow: "X a renforcé ses liens avec Y", "X deepened its relations with
        // Y")
        let growing = |k: usize| {
            f.tokens[k].is(COOPERATION_NOUNS.of(f.lang))
                && (k.saturating_sub(GROWTH_REACH).max(s.first)..k)
                    .any(|j| f.tokens[j].is(PRESENCE_GROWTH.of(f.lang)))
        };
        // (nor a border two sides share: "leur frontière commune", "a common border")
        let shared_border = |k: usize| k > 0 && f.tokens[k - 1].is(BORDER_NOUNS.of(f.lang));
        // (or a body whose members are listed: "a police group which involves X, Y and Z", "la
        // force, qui réunit X, Y et Z")
        let members = |k: usize| {
            k > s.first + 1
                && f.tokens[k].is(INCLUDE_VERBS.of(f.lang))
                && f.tokens[k - 1].is(SUBJECT_RELATIVES.of(f.lang))
                && {
                    // (the body's last word, over a comma: within the sentence)
                    let comma = f.tokens[k - 2].is(&[","]);
                    let b = if comma { (k - 2 > s.first).then(|| k - 3) } else { Some(k - 2) };
                    b.is_some_and(|b| {
                        mentions
                            .iter()
                            .any(|m| m.last == b + 1 && f.actors[m.actor].kind() != EntityType::Country)
                            || f.tokens[b].is(FORCE_HEADS.of(f.lang))
                            || f.tokens[b].is(f.lex.troop_words)
                    })
                }
        };
        // (an adverb of closeness cooperates only with its partner: "work closely with Y", not
        // "watched the drills closely")
        let loose = |k: usize| {
            f.tokens[k].is_in(crate::lang::CLOSENESS_WORDS) && partners::with_after(f, *s, k).is_none()
        };
        let cue_at = (s.first..s.last).find(|&k| {
            (f.tokens[k].is(f.lex.cooperation) && !loose(k) || growing(k) || members(k))
                && !named(k)
                && !shared_border(k)
        });
        let cue = cue_at.is_some();
        // (a fight against no actor keeps its fighters partners: "X et Y lutteront ensemble contre
        // le trafic")
        let against = (s.first..s.last).any(|k| {
            hostile_cue(f.lex, &f.tokens[k].key) && !f.aimed_at_no_actor(k)
                || CONFLICT_NOUNS.contains(&f.tokens[k].key)
        });
        // (or a few, listed together: "des soldats A, B et C vont former un état-major commun";
        // not when the word names its partner, "trainers from A, B and C in their collaboration
        // with the centre": the list then works with that partner, not with each other)
        let partner_after = cue_at.is_some_and(|k| partners::with_after(f, *s, k).is_some());
        // (a pair may be joined by a word of partnership; a longer list only by coordination: in
        // "A and B drill jointly on a strip that lies between C and D", B and C are no list)
        let pair = countries.len() == 2;
        let listed = (pair || countries.len() <= MAX_LISTED && !partner_after)
            && countries.windows(2).all(|w| named_together(f, &mentions, w[0], w[1], pair));
        if cue && !against && listed {
            for (i, &a) in countries.iter().enumerate() {
                for &b in &countries[i + 1..] {
                    add(&mut stated, RelationType::Cooperation, a, b, &[si], None);
                }
            }
        }
        // the word's partner after "with" works with the clause's subject ("X troops operated in
        // coordination with the Y mission", "X coopère avec l'Union africaine")
        if let Some(k) = cue_at.filter(|_| partner_after && !against) {
            partners::worked_with(f, si, k, &mut stated);
        }
        membership::memberships(f, si, &mut stated);
        blame::behind(f, si, &mut stated);
        rivals::rivals(f, si, &mut stated);
    }
    verdict::verdicts(f, events, &mut stated);
    prune_critics(f, events, &stated);
    let mut out: Vec<Link> = Vec::new();
    // cooperation between the sides of each event; in a crowd (a drill of thirty nations) every
    // pair is noise, so only the first sides named (the host, the leader) pair with the others
    // (troops told only as being in another country say nothing of the two working together)
    for (ei, e) in events.iter().enumerate().filter(|(_, e)| !e.apart) {
        let mut sides: Vec<usize> = Vec::new();
        // (an international body taking part is a side of its own: "joint drills of NATO and X")
        for side in
            e.participants.iter().filter_map(|&p| f.side(p).or_else(|| international(f, p).then_some(p)))
        {
            if !sides.contains(&side) {
                sides.push(side);
            }
        }
        // the leaders are those of the first sides named where the event is first told ("Brazil and
        // nineteen other countries…"), at least one
        let told_first = |x: usize| {
            e.sentences.first().is_some_and(|&s0| {
                let s = f.sentences[s0];
                f.mentions_in(s.first, s.last).any(|m| f.side(m.actor) == Some(x))
            })
        };
        // (a crowd gathered by a body, "NATO's drill with twelve allies", has no leading country:
        // the body, no side of its own, is the frame, and no pair stands out)
        let body = e.participants.iter().any(|&p| international(f, p));
        // (a visit goes from visitors to a host: beyond a pair of each, its visitors are no
        // partners of one another)
        let crowded =
            sides.len() > MAX_PAIRED_SIDES || e.kind == EventType::Visit && sides.len() > MAX_VISIT_SIDES;
        let leads = if sides.len() > MAX_PAIRED_SIDES && body {
            0
        } else if crowded {
            sides.iter().take(CROWD_LEADS).filter(|&&x| told_first(x)).count().max(1)
        } else {
            sides.len()
        };
        // forces sent where the other side protests them ("X sent ships near the islands; Y lodged
        // a protest") are an incursion, not a cooperation
        let protested =
            |a: usize, b: usize| e.kind == EventType::Deployment && opposed(stated.as_slice(), a, b);
        // forces of several countries sent to a host country (its place's country, one of the
        // sides), or the guests of a crowded visit: each cooperates with the host, not the
        // contributors (guests) with each other
        let host = e.place.and_then(|p| f.side(p)).filter(|h| {
            let gathered = e.kind == EventType::Deployment && sides.len() > 2
                || e.kind == EventType::Visit && sides.len() > MAX_VISIT_SIDES;
            gathered && sides.contains(h)
        });
        if let Some(h) = host {
            for &x in sides.iter().filter(|&&x| x != h && !protested(h, x)) {
                add(&mut out, RelationType::Cooperation, x, h, &e.sentences, Some(ei));
            }
            continue;
        }
        // (the partners listed after one "with" are each the subject's, not each other's)
        let lists = partners::with_lists(f, e);
        // (a body framing a drill of three countries or more, "a drill of the bloc's members",
        // pairs with none of them: the members work with each other)
        let frame = |x: usize| body && sides.len() > MIN_FRAMED && international(f, x);
        for (i, &a) in sides.iter().enumerate().take(leads) {
            for &b in &sides[i + 1..] {
                if !protested(a, b) && !partners::spokes(&lists, a, b) && !frame(a) && !frame(b) {
                    add(&mut out, RelationType::Cooperation, a, b, &e.sentences, Some(ei));
                }
            }
        }
    }
    deployed_support(f, events, &stated, &mut out);
    for l in stated {
        add(&mut out, l.kind, l.source, l.target, &l.sentences, l.event);
    }
    aid::aid_as_cooperation(f, &mut out);
    affiliation::affiliations(f, events, &mut out);
    behalf::behalf(f, &mut out);
    units::units(f, &mut out);
    units::led_forces(f, &mut out);
    out
}

/// Whether the word at `k` complains about something ("complained about X", "complains of Y's
/// raids"): a complaint told to someone ("complained to the envoy") names only its listener.
pub(super) fn complained_about(f: &Facts<'_>, k: usize) -> bool {
    ENGLISH_COMPLAIN_VERBS.contains(&f.tokens[k].key.as_str())
        && f.tokens.get(k + 1).is_some_and(|t| t.is(&["about", "of", "over", "against"]))
}

/// Whether the text sets `a` and `b` against each other, either way, among the `stated` links.
pub(super) fn opposed(stated: &[Link], a: usize, b: usize) -> bool {
    stated.iter().any(|l| {
        l.kind == RelationType::Opposition
            && (l.source == a && l.target == b || l.source == b && l.target == a)
    })
}

/// The sides of the critics of the cue at `k` in clause `s` ([`Facts::critics`]), each once.
fn critic_sides(f: &Facts<'_>, k: usize, s: Clause) -> Vec<usize> {
    dedup(f.critics(k, s).into_iter().filter_map(|a| party_side(f, a)).collect())
}

/// Forces sent to a country to help back it: each party of a deployment told with an aim of help
/// whose place lies in a country supports that country ("Estria sent 200 engineers to Norlande" is Estria supporting Norlande),
/// unless the text sets the two against each other (an incursion protested by the host).
fn deployed_support(f: &Facts<'_>, events: &[Occurrence], stated: &[Link], out: &mut Vec<Link>) {
    // (told with an aim of help: a peacekeeping mission, reinforcements; not forces gathered for a
    // drill or a show of force)
    let aimed = |e: &Occurrence| {
        e.sentences.iter().any(|&si| {
            let s = f.sentences[si];
            (s.first..s.last).any(|k| DEPLOYMENT_AIMS.contains(&f.tokens[k].key))
        })
    };
    // (or sent at someone's request, told anywhere in the text)
    let requester = requester(f);
    let deployments = events.iter().enumerate().filter(|(_, e)| e.kind == EventType::Deployment);
    for (ei, e) in deployments.filter(|(_, e)| aimed(e) || requester.is_some()) {
        // the one helped is the actor named right after the word of help ("to support the UN
        // mission", "pour appuyer l'armée malienne"), else the one who asked, else the country of
        // the place
        let place = e.place.and_then(|p| f.side(p));
        let Some(host) = helped(f, e).or(requester).or(place) else { continue };
        // (the country forces go to sends none of them: the senders are the parties named before
        // the deployment's word when some are, "X sent troops to Y to support Z")
        let parties = dedup(e.participants.iter().filter_map(|&p| f.party(p)).collect());
        let before: Vec<usize> = parties.iter().copied().filter(|&x| named_before(f, e, x)).collect();
        let senders: Vec<usize> = if before.is_empty() { parties } else { before }
            .into_iter()
            .filter(|&x| Some(x) != place)
            .collect();
        for &x in
            senders.iter().filter(|&&x| x != host && f.side(x) != Some(host) && !opposed(stated, x, host))
        {
            add(out, RelationType::Support, x, host, &e.sentences, Some(ei));
        }
    }
}

/// How far after a noun of request the one asking may be named ("at the written request of the
/// Prime Minister of X").
const REQUESTER_REACH: usize = 8;

/// The side whose request forces were sent to answer, told in a sentence of sending anywhere in
/// the text ("the troops were sent at the request of X's government", "envoyés à la demande de
/// Y"): the first party named after a noun of request and an "of"/"from" before it.
fn requester(f: &Facts<'_>) -> Option<usize> {
    f.sentences.iter().find_map(|s| {
        // (a verb of sending, or a word of deployment: "va commencer le déploiement d'un
        // contingent")
        let sending = |k: usize| {
            SENDING_VERBS.contains(&f.tokens[k].key)
                || f.lex.trigger(&f.tokens[k].key) == Some(EventType::Deployment)
        };
        if !(s.first..s.last).any(sending) {
            return None;
        }
        (s.first..s.last).filter(|&k| ASKING_NOUNS.contains(&f.tokens[k].key)).find_map(|k| {
            let m = f.mentions_in(k + 1, (k + 1 + REQUESTER_REACH).min(s.last)).next()?;
            let asked_by = (k + 1..m.first).any(|j| f.tokens[j].is(REQUESTER_LINKS.of(f.lang)));
            asked_by.then(|| f.party(m.actor)).flatten()
        })
    })
}

/// Whether party `x` of the event `e` is named before the event's first word in the sentence
/// that first tells it.
fn named_before(f: &Facts<'_>, e: &Occurrence, x: usize) -> bool {
    let (Some(&si), Some(&(b, _))) = (e.sentences.first(), e.triggers.first()) else { return false };
    let s = f.sentences[si];
    let k = f.token_at(b);
    f.mentions_in(s.first, k).any(|m| f.party(m.actor) == Some(x))
}

/// The actor a deployment's word of help names right after it, over determiners only, in the
/// sentences that tell the deployment: "sent troops to support the UN mission" helps the UN.
fn helped(f: &Facts<'_>, e: &Occurrence) -> Option<usize> {
    e.sentences.iter().find_map(|&si| {
        let s = f.sentences[si];
        (s.first..s.last).filter(|&k| DEPLOYMENT_AIMS.contains(&f.tokens[k].key)).find_map(|k| {
            let m = f.mentions_in(k + 1, s.last).next()?;
            let plain = (k + 1..m.first).all(|j| f.tokens[j].is_in(ARTICLES));
            // (or over what of the helped is reinforced: "renforcer le flanc oriental de X", "to
            // bolster the defences of Y")
            let of_helped = m.first <= k + crate::facts::HELPED_REACH
                && m.first >= 2
                && f.tokens[m.first - 1..m.first]
                    .iter()
                    .chain(f.tokens.get(m.first.saturating_sub(2)))
                    .any(|t| t.is_in(OF_WORDS))
                && (k + 1..m.first).all(|j| !f.tokens[j].cap && f.tokens[j].kind == TokenKind::Word);
            ((plain && m.first <= k + 3) || of_helped).then(|| f.party(m.actor)).flatten()
        })
    })
}

/// Removes from each event the parties that oppose another of its parties and are not named in the
/// sentence that first tells it ("L'OTAN lance…" then "Moscou a dénoncé une provocation de l'OTAN").
/// An event told of "the two countries" keeps them: rivals that clashed may still have signed a
/// patrol pact the week before.
fn prune_critics(f: &Facts<'_>, events: &mut [Occurrence], stated: &[Link]) {
    for e in events.iter_mut().filter(|e| !e.both) {
        let Some(&first) = e.sentences.first() else { continue };
        let s = f.sentences[first];
        let core: Vec<usize> = f.mentions_in(s.first, s.last).filter_map(|m| f.party(m.actor)).collect();
        let parties: Vec<usize> = e.participants.iter().filter_map(|&p| f.party(p)).collect();
        let critics: Vec<usize> = stated
            .iter()
            .filter(|l| l.kind == RelationType::Opposition)
            // (in a drill or a patrol, done together, a side that opposes another is a critic
            // wherever it is named; in talks, adversaries may well meet)
            .filter(|l| {
                let together = matches!(e.kind, EventType::Exercise | EventType::Patrol);
                parties.contains(&l.source)
                    && parties.contains(&l.target)
                    && (together || !core.contains(&l.source))
            })
            .map(|l| l.source)
            .collect();
        e.participants.retain(|&p| f.party(p).is_none_or(|x| !critics.contains(&x)));
    }
}

/// Whether two sides are named together in a sentence: coordinated ("la Russie et l'Inde",
/// "russo-indien"), or, when `partners` allows it, the second after a word of partnership
/// ("avec", "with", "entre").
fn named_together(f: &Facts<'_>, mentions: &[Placed], a: usize, b: usize, partners: bool) -> bool {
    let side = |m: &Placed| country_side(f, m.actor);
    let links = ["et", "and", ",", "-", "la", "le", "l'", "les", "the", "&"];
    // two mentions of the two, one right after the other with only links between ("la
    // coopération franco-estrienne" after "l'armée estrienne" earlier in the sentence)
    let coordinated = mentions.windows(2).any(|w| {
        let pair = (side(&w[0]), side(&w[1]));
        (pair == (Some(a), Some(b)) || pair == (Some(b), Some(a)))
            && w[0].last <= w[1].first
            && (w[0].last..w[1].first).all(|j| f.tokens[j].is(&links))
    });
    let partnered = |x: usize| {
        mentions.iter().filter(|m| side(m) == Some(x)).any(|m| {
            (m.first.saturating_sub(3)..m.first)
                .any(|j| f.tokens[j].is(&["avec", "with", "entre", "between", "aux", "alongside"]))
        })
    };
    let (Some(ma), Some(mb)) =
        (mentions.iter().find(|m| side(m) == Some(a)), mentions.iter().find(|m| side(m) == Some(b)))
    else {
        return false;
    };
    // (the partner named second: "X signed a pact with Y")
    let second = if ma.first <= mb.first { b } else { a };
    coordinated || partners && partnered(second)
}

/// How far before a noun of ties a word of growth may stand ("strengthened its military ties").
const GROWTH_REACH: usize = 4;

/// Removes repeated actors, keeping the first occurrence of each.
fn dedup(mut v: Vec<usize>) -> Vec<usize> {
    let mut seen = Vec::new();
    v.retain(|x| {
        let new = !seen.contains(x);
        seen.push(*x);
        new
    });
    v
}

/// The country an actor stands for in a relation: countries themselves, persons and bodies through
/// their country.
fn country_side(f: &Facts<'_>, actor: usize) -> Option<usize> {
    match f.actors[actor].kind() {
        EntityType::Country => Some(actor),
        EntityType::Person | EntityType::Organization => f.side(actor),
        _ => None,
    }
}

/// Whether the actor is an international body the gazetteer knows (its key is not one built from
/// a name), with no country of its own and no source of the news ("NATO", "the African Union").
fn international(f: &Facts<'_>, actor: usize) -> bool {
    let a = &f.actors[actor];
    let known = matches!(&a.key, Key::Org(k) if !k.starts_with("org:"));
    a.kind() == EntityType::Organization && known && a.country.is_none() && !a.source_like
}

/// The side an actor takes in opposition: its country, or an international body itself ("NATO"),
/// or a national body whose country the text never names ("Les FARDC accusent…"); a person of an
/// international body with no country of their own speaks for the body ("NATO Secretary General
/// X condemned…").
fn party_side(f: &Facts<'_>, actor: usize) -> Option<usize> {
    let a = &f.actors[actor];
    match a.kind() {
        EntityType::Organization if !a.source_like => country_side(f, actor).or(Some(actor)),
        EntityType::Person => country_side(f, actor).or_else(|| {
            let body = f.org_actor(a.org.as_ref()?)?;
            international(f, body).then_some(body)
        }),
        _ => country_side(f, actor),
    }
}

/// The side an actor takes in backing another: its country, or an international body the
/// gazetteer knows ("NATO supports X"), whether named or through one of its persons.
fn backer_side(f: &Facts<'_>, actor: usize) -> Option<usize> {
    party_side(f, actor).filter(|&s| f.actors[s].kind() == EntityType::Country || international(f, s))
}

/// Whether the hostile noun at `k` is what a facing phrase faces ("face aux menaces de X et à…",
/// "in the face of X's threats"): the facing reads it (`facing`), its complement is the rival, and
/// nothing after it is the noun's target.
fn faced_noun(f: &Facts<'_>, k: usize) -> bool {
    (k.saturating_sub(FACED_NOUN_REACH)..k).any(|j| FACING_WORDS.contains(&f.tokens[j].key) && f.faces_at(j))
}

/// How far after a facing word the noun it faces may stand ("in the face of the growing threats").
const FACED_NOUN_REACH: usize = 5;

/// How many countries listed together a sentence's word of cooperation may pair, at most: a longer
/// list is a crowd (the members of a summit), not partners.
const MAX_LISTED: usize = 4;

/// Whether the cue at `k` is a passive form without an agent ("were criticised"): its subject is
/// then the target, not the source. An English "-ing" form after "be" is progressive, not passive
/// ("has been fighting X": the subject acts).
fn passive(f: &Facts<'_>, k: usize) -> bool {
    let progressive = f.lang == Lang::En && f.tokens[k].key.ends_with("ing");
    // (a state of feeling is the subject's: "X is concerned about Y", "X est préoccupé par Y")
    !progressive
        && !FEELING_STATES.contains(&f.tokens[k].key)
        && after_be(f, k)
        && !(k + 1..(k + 4).min(f.tokens.len())).any(|j| f.tokens[j].is_in(BY_WORDS))
}

/// Whether the verb of killing at `k` tells the victims' lot rather than someone's act: a French
/// participle with no auxiliary of having before it ("sept soldats X tués lors de…"), or an
/// English one with a preposition after it ("soldiers killed in an ambush"), unless an agent
/// follows ("… killed by Y", read as a passive).
fn victims_lot(f: &Facts<'_>, k: usize) -> bool {
    if !KILLING_VERBS.contains(&f.tokens[k].key) {
        return false;
    }
    let word = |j: usize, words: &[&str]| f.tokens.get(j).is_some_and(|t| t.is(words));
    if word(k + 1, &["par", "by"]) {
        return false;
    }
    match f.lang {
        Lang::Fr => !(k > 0 && word(k - 1, HAVE_AUXILIARIES.of(f.lang))),
        Lang::En => word(k + 1, &["in", "during", "on", "near", "at", "as", "when", "while", "after"]),
    }
}

/// Whether the word at `k` follows a past form of "be" ("été", "been", "was"): a passive verb
/// then, whatever its agent.
fn after_be(f: &Facts<'_>, k: usize) -> bool {
    k > 0 && f.tokens[k - 1].is(PASSIVE_AUXILIARIES.of(f.lang))
}

/// Adds a relation, or its sentence and event to the same relation already found.
fn add(
    out: &mut Vec<Link>,
    kind: RelationType,
    source: usize,
    target: usize,
    sentences: &[usize],
    event: Option<usize>,
) {
    if source == target {
        return;
    }
    let same = |l: &Link| {
        l.kind == kind
            && (l.source == source && l.target == target
                || kind == RelationType::Cooperation && l.source == target && l.target == source)
    };
    match out.iter_mut().find(|l| same(l)) {
        Some(l) => {
            for &s in sentences {
                if !l.sentences.contains(&s) {
                    l.sentences.push(s);
                }
            }
            l.event = l.event.or(event);
        }
        None => out.push(Link { kind, source, target, sentences: sentences.to_vec(), event }),
    }
}
