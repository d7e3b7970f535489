//! Support told as goods changing hands: supplies, gifts, purchases and receipts ("X livre des
//! chars à Y", "a donation of boats from X to Y", "X bought drones from Y", "Y received jets").
//! The side giving or selling backs the side receiving. Read by [`super::extract`] beside the
//! verbs of backing ([`super::support`]).

use super::support::{coordinated_after, in_clause_of, RECEIVED_AID_REACH};
use super::{add, country_side, party_side, Link};
use crate::analysis::{EntityType, Lang, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{
    Words, AGENT_WORDS, AND_WORDS, ARMING_VERBS, ARTICLES, BACKING_NOUNS, BY_WORDS, EQUIP_VERBS, GIFT_NOUNS,
    GOODS_REACH, HANDOVER_VERBS, OFFICIALS, PASSIVE_AUXILIARIES, RECEIPT_VERBS, RECEIVED_GOODS, SELLER_MARKS,
    SENDING_VERBS, SUBJECT_RELATIVES, SUPPLY_VERBS, WITH_WORDS,
};
use crate::text;
use crate::text::syntax::Upos;

/// The givers named in the complement of a noun of gift after the verb of supply at `k`, before
/// `end`: "les dons des gouvernements X et Y, remis à l'armée Z", "handed over gifts from the X
/// authorities", over their officials' noun and with those coordinated. `None` when no gift's
/// complement names one.
fn givers_of_gift(f: &Facts<'_>, mentions: &[Placed], k: usize, end: usize) -> Option<Vec<usize>> {
    let gift = (k + 1..end).find(|&j| GIFT_NOUNS.contains(&f.tokens[j].key))?;
    let of = gift + 1;
    if !f.tokens.get(of).is_some_and(|t| t.is(&["de", "des", "du", "d'", "from", "of"])) {
        return None;
    }
    let filler = |q: usize| f.tokens[q].is_in(ARTICLES) || f.tokens[q].is(OFFICIALS.of(f.lang));
    let first = mentions
        .iter()
        .filter(|m| m.first > of && m.first <= of + 3)
        .find(|m| (of + 1..m.first).all(filler))?;
    let givers: Vec<usize> = std::iter::once(first)
        .chain(coordinated_after(f, mentions, first))
        .filter_map(|m| party_side(f, m.actor))
        .collect();
    (!givers.is_empty()).then_some(givers)
}

/// How far after a verb of supply its receiver's mark may stand, over the goods and their worth
/// ("donated eleven military vehicles worth six million dollars to the X army").
const SUPPLY_REACH: usize = 15;

/// Support from a supply cue at `k` ("X livre des chars à Y", "X delivered drones to Y", "a
/// shipment of arms from X to Y", "des navires donnés à Y par X"): the nearest actor before it in
/// its clause (or after "de"/"from", or after "par"/"by" in a passive) backs the first actor after
/// "à"/"to" within [`SUPPLY_REACH`] tokens. Nothing when no receiver is named: a supply to nobody
/// named is no relation.
pub(super) fn supply(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let end = (k + SUPPLY_REACH).min(s.last);
    // the first mark of a receiver with a country right after it ("en" too: "envoyé des armes en
    // Somalie"; not "livré en urgence à Y", read at "à")
    let receiver_after = |to: usize| {
        mentions.iter().filter(|m| m.first > to && m.first <= to + 4).find_map(|m| country_side(f, m.actor))
    };
    // (or the verb's first object, in English, when the goods follow it: "will offer X training";
    // in both languages after a verb of equipping: "a doté l'armée de X de blindés")
    // (a verb of arming names the goods itself: "X et Y arment le Z")
    let arms = f.tokens[k].is(ARMING_VERBS.of(f.lang));
    let equips = arms || f.tokens[k].is(EQUIP_VERBS.of(f.lang));
    let indirect = || {
        if f.lang != Lang::En && !equips {
            return None;
        }
        let article = |j: usize| f.tokens[j].is_in(ARTICLES);
        let m = mentions.iter().find(|m| m.first == k + 1 || m.first == k + 2 && article(k + 1))?;
        // (the goods: a noun, an adjective or a count right after, by the tagger; "transported X and
        // Y" names no receiver)
        let goods = arms
            || m.last < s.last
                && !f.tokens[m.last].cap
                && (equips && f.tokens[m.last].is(&["de", "d'", "des", "with"])
                    || matches!(
                        f.syntax(si).upos(m.last - s.first),
                        Some(Upos::Noun | Upos::Adj | Upos::Num)
                    ));
        goods.then(|| country_side(f, m.actor).map(|r| (m.last, r))).flatten()
    };
    let Some((to, receiver)) = (k + 1..end)
        .filter(|&j| f.tokens[j].is(&["a", "au", "aux", "to", "en", "for", "pour"]))
        .find_map(|j| receiver_after(j).map(|r| (j, r)))
        .or_else(indirect)
    else {
        return;
    };
    // (the supplier right after "de"/"from", over an article only: "du matériel au X" is a
    // partitive, its country the receiver's)
    // (or after the receiver: "handed over to X from Y")
    let from_mark =
        |j: usize| j < to && f.tokens[j].is(&["from", "de", "du"]) || j > to && f.tokens[j].is(&["from"]);
    let from = (k + 1..end).filter(|&j| j != to).find(|&j| from_mark(j)).and_then(|j| {
        mentions
            .iter()
            .filter(|m| m.first > j && m.first <= j + 3)
            .filter(|m| (j + 1..m.first).all(|q| f.tokens[q].is_in(ARTICLES)))
            .find_map(|m| party_side(f, m.actor))
    });
    // a passive names the supplier after "par"/"by": "des navires donnés à l'Ukraine par le
    // Royaume-Uni", "drones delivered to X by Y"
    // (or before the receiver: "the donation of trucks by X to Y")
    let by = (k + 1..end).filter(|&j| j != to).find(|&j| f.tokens[j].is_in(BY_WORDS)).and_then(|j| {
        mentions.iter().filter(|m| m.first > j && m.first <= j + 3).find_map(|m| party_side(f, m.actor))
    });
    let from = from.or(by);
    // the supplier is the subject: the first actor of the cue's clause ("La Norlande a irrité
    // l'Estrie par la livraison de radars au Valdor" names Norland, not the last name before the cue)
    // (an international body supplies too: "l'Union européenne a remis 40 véhicules aux forces de X")
    // (each of coordinated subjects: "A, B et C ont livré des chars à Y")
    let suppliers = match from {
        Some(a) => vec![a],
        None => givers_of_gift(f, mentions, k, end)
            .or_else(|| adjacent_subjects(f, mentions, k))
            .unwrap_or_else(|| clause_subjects(f, mentions, si, k, party_side)),
    };
    // a passive naming no supplier ("the second boat was gifted to Y") continues the supplies told
    // before it: the latest supplier backing another side
    let passive = k > 0 && f.tokens[k - 1].is(PASSIVE_AUXILIARIES.of(f.lang));
    let earlier = || {
        out.iter().rev().find(|l| l.kind == RelationType::Support && l.target != receiver).map(|l| l.source)
    };
    let suppliers =
        if suppliers.is_empty() { passive.then(earlier).flatten().into_iter().collect() } else { suppliers };
    for a in suppliers.into_iter().filter(|&a| a != receiver) {
        add(out, RelationType::Support, a, receiver, &[si], None);
    }
}

/// The sides of the subject of the cue at `k` ([`clause_subject`]) and of the actors coordinated
/// with it right after it ("la Norlande, l'Estrie et le Valdor"), each once, in order.
fn clause_subjects(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    side: fn(&Facts<'_>, usize) -> Option<usize>,
) -> Vec<usize> {
    let Some(first) = clause_subject(f, mentions, si, k, side) else { return Vec::new() };
    let Some(m) = mentions.iter().find(|m| m.last <= k && side(f, m.actor) == Some(first)) else {
        return vec![first];
    };
    let mut out: Vec<usize> = Vec::new();
    for a in f.with_coordinated(m, k).into_iter().filter_map(|a| side(f, a)) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// The side (by `side`: a country's, or a party's) of the first actor of the clause of the cue at
/// `k` (its subject), before it. A phrase opening the sentence with a preposition and closed by a
/// comma is no subject ("Under the deal signed by X's minister, Y will offer…"), nor is a partner
/// after "with".
pub(super) fn clause_subject(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    side: fn(&Facts<'_>, usize) -> Option<usize>,
) -> Option<usize> {
    let in_scope = in_clause_of(f, si, k);
    let s = f.sentences[si];
    let opening = matches!(f.syntax(si).upos(0), Some(Upos::Adp))
        .then(|| (s.first..k).find(|&j| f.tokens[j].is(&[","])))
        .flatten()
        .unwrap_or(s.first);
    // (partners named after "with" are none, those listed with the first too: "hospitals (in
    // cooperation with X, Y and Z) were supplied to W")
    // (not an adjective of the noun "with" governs: "launched with the X assistance")
    let after_with = |m: &Placed| {
        let noun_after = f.tokens.get(m.last).is_some_and(|t| t.kind == text::TokenKind::Word && !t.cap);
        (m.first.saturating_sub(2).max(s.first)..m.first).any(|j| f.tokens[j].is(WITH_WORDS.of(f.lang)))
            && (!noun_after || f.tokens[m.last].is_in(AND_WORDS))
    };
    let partners: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| after_with(m))
        .flat_map(|m| std::iter::once(m).chain(coordinated_after(f, mentions, m)))
        .map(|m| (m.first, m.last))
        .collect();
    let with = |m: &Placed| partners.contains(&(m.first, m.last));
    let subject = |from: usize| {
        mentions
            .iter()
            .filter(|m| m.first >= from && m.last <= k && in_scope(m) && !with(m))
            .find_map(|m| side(f, m.actor))
    };
    subject(opening).or_else(|| subject(s.first))
}

/// Support from a word of buying at `k` ("X achète des hélicoptères auprès de la Russie", "X
/// bought drones from Y"): the seller, the first country within three tokens after a seller mark
/// within 24 tokens of the cue (a list of goods may come between), backs the buyer, the
/// subject of the cue's clause. Nothing when either is missing or they are one side.
pub(super) fn purchase(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let end = (k + 25).min(s.last);
    // (or the agent of a verb of giving: "received two vehicles donated by Y")
    let given_by = |j: usize| {
        j > k + 1 && SUPPLY_VERBS.contains(&f.tokens[j - 1].key) && f.tokens[j].is(AGENT_WORDS.of(f.lang))
    };
    // (each seller of a coordinated list: "de la Norlande et de l'Estrie", "from X and Y")
    let sellers: Vec<usize> = (k + 1..end)
        .filter(|&j| f.tokens[j].is(SELLER_MARKS.of(f.lang)) || given_by(j))
        .find_map(|j| {
            mentions
                .iter()
                .filter(|m| m.first > j && m.first <= j + 3)
                .find(|m| country_side(f, m.actor).is_some())
        })
        .map(|m| f.with_coordinated(m, s.last).into_iter().filter_map(|a| country_side(f, a)).collect())
        .unwrap_or_default();
    // (or the nationality of the goods: "a reçu six hélicoptères de transport norvégiens", "received
    // Chinese armoured vehicles")
    let sellers =
        if sellers.is_empty() { goods_maker(f, mentions, k).into_iter().collect() } else { sellers };
    let Some(buyer) = clause_subject(f, mentions, si, k, country_side) else { return };
    for seller in sellers.into_iter().filter(|&x| x != buyer) {
        add(out, RelationType::Support, seller, buyer, &[si], None);
    }
}

/// How far from a noun of goods its nationality may stand ("drones de combat turcs").
const MAKER_REACH: usize = 3;

/// The country whose demonym qualifies the goods received at `k`: a lowercase demonym (French,
/// after the noun) or a capitalised one (English, before it) within [`MAKER_REACH`] words of a
/// noun of goods, in the window of goods after the verb.
fn goods_maker(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<usize> {
    let end = f.reach_over_dates(k + 1, GOODS_REACH);
    let goods: Vec<usize> = (k + 1..end).filter(|&j| RECEIVED_GOODS.contains(&f.tokens[j].key)).collect();
    mentions.iter().filter(|m| m.first > k && m.last <= end + MAKER_REACH).find_map(|m| {
        let demonym = f.actors[m.actor].kind() == EntityType::Country && m.last == m.first + 1;
        let after =
            goods.iter().any(|&g| m.first > g && m.first <= g + MAKER_REACH && !f.tokens[m.first].cap);
        let before = goods.iter().any(|&g| m.last <= g && g - m.last < MAKER_REACH && f.tokens[m.first].cap);
        (demonym && (after || before)).then_some(m.actor)
    })
}

/// Whether the token at `k` is a verb of receiving goods: military goods named within
/// [`GOODS_REACH`] words
/// after it ("a reçu des hélicoptères de X", "received a batch of drones from Y"), or aid within
/// [`RECEIVED_AID_REACH`], read then as a purchase (the giver backs the receiver). A visitor
/// received is no such thing.
pub(super) fn receipt(f: &Facts<'_>, k: usize) -> bool {
    // (aid too, further on: "reçoit de X chaque année un milliard de dollars d'aide militaire")
    let end = f.reach_over_dates(k + 1, RECEIVED_AID_REACH);
    goods_after_verb(f, k, RECEIPT_VERBS)
        || RECEIPT_VERBS.contains(&f.tokens[k].key)
            && (k + 1..end).any(|j| BACKING_NOUNS.contains(&f.tokens[j].key))
}

/// Whether the token at `k` is a verb of sending or handing over whose object is military goods
/// ("sent military equipment to Y", "a envoyé des armes en Y", "handed over two boats to Y"), or
/// a verb of arming ("arment le Y"): a supply, the sender backs the receiver.
pub(super) fn goods_sent(f: &Facts<'_>, k: usize) -> bool {
    goods_after_verb(f, k, SENDING_VERBS)
        || goods_after_verb(f, k, HANDOVER_VERBS)
        || handed_over(f, k)
        || equipped(f, k)
        || f.tokens[k].is(ARMING_VERBS.of(f.lang))
}

/// The sides of the list of names right before the verb at `k` (names joined by commas,
/// "and"/"et" and articles), or right before a subject relative on it ("X accuse A et B qui
/// arment Y", "X ne peut attendre que A, B et C arment Y"): the verb's own subjects, whatever
/// clause opens the sentence. An empty list for a relative on a noun of no actor ("the countries
/// which supply Y" names no supplier); `None` when no name or relative stands right before the
/// verb.
fn adjacent_subjects(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<Vec<usize>> {
    let before = k.checked_sub(1)?;
    let rel = f.tokens[before].is(SUBJECT_RELATIVES.of(f.lang));
    let at = if rel { before } else { k };
    let end = mentions.partition_point(|m| m.last <= at);
    let last = mentions[..end]
        .last()
        .filter(|m| m.last == at || rel && m.last + 1 == at && f.tokens[m.last].is(&[","]));
    let Some(last) = last else {
        return rel.then(Vec::new);
    };
    let mut sides: Vec<usize> = party_side(f, last.actor).into_iter().collect();
    let mut first = last.first;
    for m in mentions[..end - 1].iter().rev() {
        let link =
            |j: usize| f.tokens[j].is(&[","]) || f.tokens[j].is_in(AND_WORDS) || f.tokens[j].is_in(ARTICLES);
        // (a name after a locative is where, not who: "criticised in X, Y gives arms to Z")
        let located = m.first > 0 && f.tokens[m.first - 1].is_in(crate::lang::INSIDE_WORDS);
        if m.last > first || !(m.last..first).all(link) || located {
            break;
        }
        sides.extend(party_side(f, m.actor));
        first = m.first;
    }
    sides.dedup();
    (!sides.is_empty()).then_some(sides)
}

/// How far after a verb of equipping its goods may be named, past its object ("a doté l'armée de
/// terre de X de quinze véhicules blindés").
const EQUIPPED_REACH: usize = 12;

/// Whether the token at `k` is a verb of equipping with military goods named after it, past its
/// object ([`EQUIP_VERBS`]).
fn equipped(f: &Facts<'_>, k: usize) -> bool {
    let end = (k + 1 + EQUIPPED_REACH).min(f.tokens.len());
    f.tokens[k].is(EQUIP_VERBS.of(f.lang)) && (k + 1..end).any(|j| RECEIVED_GOODS.contains(&f.tokens[j].key))
}

/// Whether the token at `k` is a passive verb of handing over whose goods or aid were named before
/// it ("aid with trucks is to be handed over to X from Y").
fn handed_over(f: &Facts<'_>, k: usize) -> bool {
    let passive = k > 0 && f.tokens[k - 1].is(PASSIVE_AUXILIARIES.of(f.lang));
    let goods = |j: usize| {
        let w = &f.tokens[j].key;
        RECEIVED_GOODS.contains(w) || BACKING_NOUNS.contains(w)
    };
    passive && HANDOVER_VERBS.contains(&f.tokens[k].key) && (k.saturating_sub(SUPPLY_REACH)..k).any(goods)
}

/// Whether the token at `k` is a verb of `verbs` with military goods within [`GOODS_REACH`]
/// tokens after it.
fn goods_after_verb(f: &Facts<'_>, k: usize, verbs: Words) -> bool {
    let end = f.reach_over_dates(k + 1, GOODS_REACH);
    verbs.contains(&f.tokens[k].key) && (k + 1..end).any(|j| RECEIVED_GOODS.contains(&f.tokens[j].key))
}
