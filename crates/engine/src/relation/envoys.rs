//! Opposition told through diplomats: a country that recalls its ambassador from another, expels
//! or summons another's envoy, stands against that other ("Estria a rappelé son ambassadeur en
//! Norlande", "Norland expelled the Estrian envoy", "l'ambassadeur d'Estrie a été convoqué par
//! Norlande").
//!
//! Reads the clause context; adds an opposition from the sanctioning side to the diplomat's
//! country, or to the country the diplomat was posted to.

use super::{add, after_be, critic_sides, dedup, party_side, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{
    AGENT_WORDS, DECLARE_VERBS, ENVOY_SANCTIONS, ENVOY_WORDS, EXPELLED_FROM, EXPELLED_WORDS, EXPEL_VERBS,
    EXPULSION_NOUNS, LEAVE_VERBS, MISSION_WORDS, ORDER_WORDS, SUMMON_VERBS, UNWELCOME_WORDS,
};
use crate::text::TokenKind;

/// How far after the verb its diplomat may be named ("rappeler leurs ambassadeurs", "expelled two
/// of the Estrian diplomats").
const ENVOY_REACH: usize = 5;

/// How far after the diplomat the country may be named ("ambassadeurs en poste en Norlande").
const COUNTRY_REACH: usize = 6;

/// How far before a passive verb its diplomat may be named ("l'ambassadeur de Norlande en Estrie
/// a été convoqué").
const ENVOY_BEFORE: usize = 10;

/// How far before a verb of leaving the diplomat ordered to leave may be named ("l'ambassadeur de
/// Norlande, Ivo Tamm, dispose de deux jours pour quitter le territoire").
const LEAVE_REACH: usize = 14;

/// How far after a verb or noun of expelling those expelled may be named ("expulser 21 personnes
/// travaillant pour l'ambassade de X").
const EXPELLED_REACH: usize = 8;

/// Whether the word at `k` expels: a verb of expelling or its noun ("l'expulsion de diplomates"),
/// or a verb of declaring with a word of declaring someone unwelcome within [`EXPELLED_REACH`]
/// words after it ("declared three envoys persona non grata", "déclaré indésirable").
fn expels(f: &Facts<'_>, k: usize) -> bool {
    let key = &f.tokens[k].key;
    let unwelcome = || {
        let s = f.sentences[f.sentence_of(k)];
        (k + 1..(k + 2 + EXPELLED_REACH).min(s.last)).any(|j| UNWELCOME_WORDS.contains(&f.tokens[j].key))
    };
    EXPEL_VERBS.contains(key) || EXPULSION_NOUNS.contains(key) || DECLARE_VERBS.contains(key) && unwelcome()
}

/// How many words of its noun phrase may stand before a diplomat ("an undeclared Estrian military
/// intelligence officer"): a nationality among them is the diplomat's country.
const ENVOY_MODIFIERS: usize = 4;

/// The token of the diplomat the verb at `k` sanctions, if the verb is one of
/// [`ENVOY_SANCTIONS`] with a word of [`ENVOY_WORDS`] right after it (or before it, for a
/// passive verb); a verb of expelling takes any agent or national ([`EXPELLED_WORDS`]), and a
/// verb of leaving a diplomat ordered to leave ([`ordered_to_leave`]).
pub(super) fn envoy_of(f: &Facts<'_>, k: usize) -> Option<usize> {
    let key = &f.tokens[k].key;
    if LEAVE_VERBS.contains(key) {
        return ordered_to_leave(f, k);
    }
    let expel = expels(f, k);
    if !ENVOY_SANCTIONS.contains(key) && !expel {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    // (an expulsion reaches anyone working for the other side's mission: "expelled 21 people
    // working for the Estrian embassy")
    let envoy = |j: &usize| {
        let w = &f.tokens[*j].key;
        ENVOY_WORDS.contains(w) || expel && (EXPELLED_WORDS.contains(w) || MISSION_WORDS.contains(w))
    };
    let reach = if expel { EXPELLED_REACH } else { ENVOY_REACH };
    if after_be(f, k) {
        (k.saturating_sub(ENVOY_BEFORE).max(s.first)..k).rev().find(envoy)
    } else {
        (k + 1..(k + 1 + reach).min(s.last)).find(envoy)
    }
}

/// The diplomat a verb of leaving at `k` is about when an order or a deadline stands between them
/// ("the envoy was given 48 hours to leave", "l'ambassadeur, sommé de quitter le pays"); a diplomat
/// who simply leaves ("the ambassador will leave his post in May") is no one's target.
fn ordered_to_leave(f: &Facts<'_>, k: usize) -> Option<usize> {
    let s = f.sentences[f.sentence_of(k)];
    let envoy = (k.saturating_sub(LEAVE_REACH).max(s.first)..k)
        .rev()
        .find(|&j| ENVOY_WORDS.contains(&f.tokens[j].key))?;
    (envoy + 1..k).any(|j| ORDER_WORDS.contains(&f.tokens[j].key)).then_some(envoy)
}

/// Adds the opposition told by the verb at `k` of sentence `si`, whose diplomat stands at `envoy`.
/// Active ("X recalled its ambassador to Y"): the subjects oppose the first side named between the
/// verb and the diplomat or right after it. Passive ("the ambassador of Y was summoned by X", "an
/// Estrian officer will be expelled from X"): the agent opposes the diplomat's country. Ordered to
/// leave ("Y's ambassador has 72 hours to leave X"): the country left opposes the diplomat's.
/// With no author named, a summons or an expulsion is the host's: the country the text names most
/// besides the diplomat's ([`host`]).
pub(super) fn envoys(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    envoy: usize,
    out: &mut Vec<Link>,
) {
    let s = f.sentences[si];
    // a place stands for its country here ("son ambassadeur à Alger")
    let side = |m: &Placed| {
        party_side(f, m.actor)
            .or_else(|| (f.actors[m.actor].kind() == EntityType::Place).then(|| f.side(m.actor)).flatten())
    };
    let key = &f.tokens[k].key;
    let expel = expels(f, k);
    let leave = LEAVE_VERBS.contains(key);
    // the diplomat's country: named in the diplomat's phrase, up to the verb
    let np = (envoy.saturating_sub(ENVOY_MODIFIERS).max(s.first)..envoy)
        .find(|&j| (j..envoy).all(|q| f.tokens[q].kind == TokenKind::Word))
        .unwrap_or(envoy);
    let diplomat =
        || dedup(mentions.iter().filter(|m| m.first >= np && m.last <= k).filter_map(side).collect());
    let (authors, targets): (Vec<usize>, Vec<usize>) = if leave {
        let left = mentions.iter().filter(|m| m.first > k && m.first <= k + 3).find_map(side);
        (left.into_iter().collect(), diplomat())
    } else if after_be(f, k) {
        let agent = |j: usize| {
            AGENT_WORDS.contains(&f.tokens[j].key) || expel && f.tokens[j].is(EXPELLED_FROM.of(f.lang))
        };
        let authors = (k + 1..(k + 4).min(s.last)).find(|&j| agent(j)).map(|by| {
            mentions
                .iter()
                .filter(|m| m.first > by && m.first <= by + 4)
                .filter_map(|m| party_side(f, m.actor))
                .take(1)
                .collect()
        });
        (authors.unwrap_or_default(), diplomat())
    } else {
        let end = (envoy + 1 + COUNTRY_REACH).min(s.last);
        let first = mentions.iter().filter(|m| m.first > k && m.last <= end).find_map(side);
        (critic_sides(f, k, s), first.into_iter().collect())
    };
    let hosted = expel || leave || SUMMON_VERBS.contains(key);
    let authors =
        if authors.is_empty() && hosted { host(f, &targets).into_iter().collect() } else { authors };
    for &a in &authors {
        for &b in targets.iter().filter(|&&b| b != a) {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}

/// The country the text names most often (first named on a tie) that is none of `not`: the host
/// of a diplomat summoned or expelled with no author named ("the envoy was summoned on Monday").
fn host(f: &Facts<'_>, not: &[usize]) -> Option<usize> {
    if not.is_empty() {
        return None;
    }
    f.countries_by_mentions().iter().filter_map(|&(c, _)| party_side(f, c)).find(|c| !not.contains(c))
}
