//! Opposition told by refusing to let another side act: "X will not allow Y to destabilise Z",
//! "X ne laissera pas Y déstabiliser Z". The side refusing opposes the side it will not let act,
//! and the hostile act itself sets that side against its target, as it would told plainly.

use super::targets::targets;
use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::{Facts, Placed};
use crate::lang::{NEGATION_WORDS, PERMIT_VERBS};

/// How far before a hostile word its verb of permitting may stand ("will not allow the armed
/// groups of the north to attack").
const PERMIT_BEFORE: usize = 8;

/// How far around a verb of permitting its negation may stand ("will not allow", "ne laissera
/// pas").
const NEGATION_AROUND: usize = 3;

/// The position of a denied verb of permitting before the hostile word at `k`, with an actor
/// between them: the one not allowed to act.
pub(super) fn permit_of(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<usize> {
    let s = f.sentences[f.sentence_of(k)];
    let p = (k.saturating_sub(PERMIT_BEFORE).max(s.first)..k)
        .rev()
        .find(|&j| PERMIT_VERBS.contains(&f.tokens[j].key))?;
    let denied = (p.saturating_sub(NEGATION_AROUND).max(s.first)..(p + NEGATION_AROUND).min(k))
        .any(|j| j != p && (NEGATION_WORDS.contains(&f.tokens[j].key) || f.tokens[j].key.ends_with("n't")));
    let actor = mentions.iter().any(|m| m.first > p && m.last <= k && party_side(f, m.actor).is_some());
    (denied && actor).then_some(p)
}

/// Adds the oppositions of the denied permission at `p` before the hostile word at `k` in sentence
/// `si`: the permission's subjects against the first side named between the two, and that side
/// against the act's targets.
pub(super) fn forbid(f: &Facts<'_>, mentions: &[Placed], si: usize, p: usize, k: usize, out: &mut Vec<Link>) {
    let Some(actor) =
        mentions.iter().filter(|m| m.first > p && m.last <= k).find_map(|m| party_side(f, m.actor))
    else {
        return;
    };
    let refusing = f.critics(p, f.sentences[si]).into_iter().filter_map(|a| party_side(f, a));
    for r in refusing.filter(|&r| r != actor).collect::<Vec<_>>() {
        add(out, RelationType::Opposition, r, actor, &[si], None);
    }
    let targeted: Vec<usize> =
        targets(f, mentions, k).iter().filter_map(|m| party_side(f, m.actor)).collect();
    for t in targeted.into_iter().filter(|&t| t != actor) {
        add(out, RelationType::Opposition, actor, t, &[si], None);
    }
}
