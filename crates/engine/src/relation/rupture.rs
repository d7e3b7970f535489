//! Opposition told by a break of ties: "X a rompu ses relations diplomatiques avec Y", "X and Z cut
//! all ties with Y", "X severed relations with Y". The sides breaking (the verb's subjects, with
//! those coordinated) oppose the side they break with, named after "with"/"avec"; a break with no
//! side named, or of something other than ties ("cut taxes"), says nothing.

use super::opposition::oppose_all;
use super::{party_side, Link};
use crate::facts::{Facts, Placed};
use crate::lang::{BREAK_VERBS, BROKEN_TIES, WITH_WORDS};

/// How far after the verb of breaking the word of ties may stand ("cut all diplomatic ties",
/// "a rompu toutes ses relations").
const TIES_AFTER: usize = 4;

/// How far after the word of ties the side broken with may be named ("ties with the emirate of
/// Y", over an article).
const SIDE_AFTER: usize = 4;

/// The position of the word of ties a verb of breaking at `k` governs, if any.
pub(super) fn ties_of(f: &Facts<'_>, k: usize) -> Option<usize> {
    if !f.tokens[k].is(BREAK_VERBS.of(f.lang)) {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    (k + 1..(k + 1 + TIES_AFTER).min(s.last)).find(|&j| f.tokens[j].is(BROKEN_TIES.of(f.lang)))
}

/// Opposition from the sides breaking ties at the verb `k` (ties named at `ties`) to the side named
/// right after "with"/"avec" and those coordinated with it.
pub(super) fn rupture(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    ties: usize,
    out: &mut Vec<Link>,
) {
    let s = f.sentences[si];
    let Some(with) =
        (ties + 1..(ties + 1 + SIDE_AFTER).min(s.last)).find(|&j| f.tokens[j].is(WITH_WORDS.of(f.lang)))
    else {
        return;
    };
    let Some(first) = mentions.iter().find(|m| m.first > with && m.first <= with + 3) else { return };
    let targets: Vec<usize> =
        f.with_coordinated(first, s.last).into_iter().filter_map(|a| party_side(f, a)).collect();
    let sources: Vec<usize> = f.critics(k, s).into_iter().filter_map(|a| party_side(f, a)).collect();
    oppose_all(out, &sources, &targets, si);
}
