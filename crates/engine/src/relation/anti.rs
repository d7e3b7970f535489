//! Opposition told by the prefix "anti-": "the Estrian anti-piracy force" fights no one named,
//! but "la coalition estrienne anti-Daech" and "the anti-Houthi coalition led by Estria" set the
//! side before the prefix (or the leader named after the phrase) against the actor after it.

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::{Facts, Placed};
use crate::lang::{AGENT_WORDS, LED_WORDS};

/// How many words before "anti-" the opposing side may stand ("la coalition américaine anti-X").
const SIDE_BEFORE: usize = 4;

/// How many words after the opposed actor a leader may be named ("…coalition led by X").
const LEADER_AFTER: usize = 6;

/// Whether the word at `k` is the prefix "anti" joined by a hyphen to an actor's name.
pub(super) fn is_cue(f: &Facts<'_>, mentions: &[Placed], k: usize) -> bool {
    f.tokens[k].key == "anti"
        && f.tokens.get(k + 1).is_some_and(|t| t.is(&["-"]))
        && mentions.iter().any(|m| m.first == k + 2)
}

/// Adds the opposition told by the prefix at `k` in sentence `si`.
pub(super) fn anti(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let Some(opposed) = mentions.iter().find(|m| m.first == k + 2) else { return };
    let Some(target) = party_side(f, opposed.actor) else { return };
    let s = f.sentences[si];
    // the side right before the prefix, over words and hyphens only ("US-led", "américaine")
    let stop = (k.saturating_sub(SIDE_BEFORE).max(s.first)..k)
        .rev()
        .find(|&j| f.tokens[j].is(&[",", ";", ":", "(", ")", "«", "»", "\""]))
        .map_or(s.first, |j| j + 1);
    let before =
        mentions.iter().rev().find(|m| m.last <= k && m.first >= stop.max(k.saturating_sub(SIDE_BEFORE)));
    // else the leader named after the phrase ("the anti-X coalition led by Y")
    let after = || {
        let led = (opposed.last..(opposed.last + LEADER_AFTER).min(s.last)).find(|&j| {
            LED_WORDS.contains(&f.tokens[j].key)
                && f.tokens.get(j + 1).is_some_and(|t| AGENT_WORDS.contains(&t.key))
        })?;
        mentions.iter().find(|m| m.first > led + 1 && m.first <= led + 3)
    };
    let Some(side) = before.or_else(after).and_then(|m| party_side(f, m.actor)) else { return };
    if side != target {
        add(out, RelationType::Opposition, side, target, &[si], None);
    }
}
