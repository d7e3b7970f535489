//! Opposition told by a demand that another side's forces leave or shrink, or that its hostile
//! acts cease: "X a demandé à Y de retirer ses soldats", "X asked Y to withdraw its troops", "X
//! urged Y to calm things and reduce its troops at the border", "X called on Y to end its
//! blockade", "X a appelé Y à cesser ses provocations". The side demanding opposes the side
//! asked; nothing is said of a side asked to withdraw or stop something else ("asked Y to
//! withdraw the bill", "urged Y to end the strike by dockers").

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::{Facts, Placed};
use crate::lang::{
    hostile_act, hostile_cue, ACT_POSSESSIVES, ATTACK_NOUNS, CEASE_VERBS, DEMAND_VERBS, SEIZURE_NOUNS,
    WITHDRAW_VERBS,
};

/// How far before the verb of withdrawing the demand may stand ("a demandé au Norland de retirer",
/// "urged Y to de-escalate tensions with Z and reduce").
const DEMAND_BEFORE: usize = 12;

/// How far after the verb of withdrawing the troops may be named, over a date ("retirer avant
/// l'été ses soldats").
const TROOPS_AFTER: usize = 8;

/// The position of the demand before the verb of withdrawing at `k`, when troops are named after
/// it, or before a verb of ceasing with a hostile act after it ("to end the occupation", "à
/// cesser ses provocations"): the cue of an eviction.
pub(super) fn demand_of(f: &Facts<'_>, k: usize) -> Option<usize> {
    let s = f.sentences[f.sentence_of(k)];
    let end = (k + 1 + TROOPS_AFTER).min(s.last);
    let troops =
        f.tokens[k].is(WITHDRAW_VERBS.of(f.lang)) && (k + 1..end).any(|j| f.tokens[j].is(f.lex.troop_words));
    let acts = f.tokens[k].is(CEASE_VERBS.of(f.lang)) && ceased_act(f, k);
    if !troops && !acts {
        return None;
    }
    (k.saturating_sub(DEMAND_BEFORE).max(s.first)..k).rev().find(|&j| f.tokens[j].is(DEMAND_VERBS.of(f.lang)))
}

/// Whether a hostile act is the object of the verb of ceasing at `k`, within three words over
/// "à"/"to", an article or a possessive ("end the occupation", "stop interfering", "mettre fin à
/// ses provocations"). An armed act must be the asked side's, told by a possessive ("stop its
/// strikes"), and so must a fight: "end the fighting" calls for peace, "end the strike" may be
/// a dockers'.
fn ceased_act(f: &Facts<'_>, k: usize) -> bool {
    let mut owned = false;
    for t in f.tokens.iter().skip(k + 1).take(3) {
        let w = t.key.as_str();
        if ATTACK_NOUNS.contains(w) || hostile_act(w) {
            return owned;
        }
        if hostile_cue(f.lex, w) || SEIZURE_NOUNS.contains(w) {
            return true;
        }
        owned |= t.is(ACT_POSSESSIVES.of(f.lang));
        if !t.is(&["a", "to", "the", "la", "le", "l'", "les"]) && !t.is(ACT_POSSESSIVES.of(f.lang)) {
            return false;
        }
    }
    false
}

/// Adds the opposition of the demand at `demand` over the verb of withdrawing at `k` in sentence
/// `si`: the subject of the demand's clause against the first side named between the two.
pub(super) fn eviction(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    demand: usize,
    k: usize,
    out: &mut Vec<Link>,
) {
    let Some(asked) =
        mentions.iter().filter(|m| m.first > demand && m.last <= k).find_map(|m| party_side(f, m.actor))
    else {
        return;
    };
    let Some(asking) = f.first_subject(f.sentences[si], demand).and_then(|m| party_side(f, m.actor)) else {
        return;
    };
    if asking != asked {
        add(out, RelationType::Opposition, asking, asked, &[si], None);
    }
}
