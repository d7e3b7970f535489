//! Opposition told by a demand that another side's forces leave or shrink: "X a demandé à Y de
//! retirer ses soldats", "X asked Y to withdraw its troops", "X urged Y to pull its forces out",
//! "X urged Y to calm things and reduce its troops at the border". The side demanding opposes the
//! side asked, whose troops are unwanted; nothing is said of a side asked to withdraw something
//! else ("asked Y to withdraw the bill").

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::{Facts, Placed};
use crate::lang::{DEMAND_VERBS, WITHDRAW_VERBS};

/// How far before the verb of withdrawing the demand may stand ("a demandé au Norland de retirer",
/// "urged Y to de-escalate tensions with Z and reduce").
const DEMAND_BEFORE: usize = 12;

/// How far after the verb of withdrawing the troops may be named, over a date ("retirer avant
/// l'été ses soldats").
const TROOPS_AFTER: usize = 8;

/// The position of the demand before the verb of withdrawing at `k`, when troops are named after
/// it: the cue of an eviction.
pub(super) fn demand_of(f: &Facts<'_>, k: usize) -> Option<usize> {
    if !f.tokens[k].is(WITHDRAW_VERBS.of(f.lang)) {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    let end = (k + 1 + TROOPS_AFTER).min(s.last);
    if !(k + 1..end).any(|j| f.tokens[j].is(f.lex.troop_words)) {
        return None;
    }
    (k.saturating_sub(DEMAND_BEFORE).max(s.first)..k).rev().find(|&j| f.tokens[j].is(DEMAND_VERBS.of(f.lang)))
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
