//! Affiliation of units named without their force: "le régiment Rajput de l'armée indienne", "a
//! company of the Kivu Brigade", "the Kenyan contingent, drawn from the 9th Rifles".
//!
//! A unit is an organization whose name ends with a unit word (regiment, brigade, battalion,
//! division, fleet, command…) and that neither its name nor its title ties to a country. It
//! belongs to the force or country named right after it ("of the Indian Army", "de l'armée
//! indienne"), or else, when its sentence names only one side, to that side: the text gives no
//! other owner for it there.

use super::{add, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::Facts;
use crate::lang::UNIT_WORDS;

/// How far after the unit its force may be named ("…Regiment of the Indian Army").
const FORCE_AFTER: usize = 5;

/// Adds an affiliation from each unit with no owner of its own to the force or side its first
/// sentence gives it.
pub(super) fn units(f: &Facts<'_>, out: &mut Vec<Link>) {
    for (ai, a) in f.actors.iter().enumerate() {
        if a.kind() != EntityType::Organization || f.side(ai).is_some() || a.org.is_some() || a.source_like {
            continue;
        }
        let Some(m) = f.first_mention(ai) else { continue };
        let last = f.tokens[m.last - 1].key.as_str();
        let first = f.tokens[m.first].key.as_str();
        if !UNIT_WORDS.contains(last) && !UNIT_WORDS.contains(first) {
            continue;
        }
        let si = f.sentence_of(m.first);
        let s = f.sentences[si];
        // "…of the Indian Army", "…de l'armée indienne": the force right after it
        let after = (m.last < s.last && f.tokens[m.last].is(&["of", "de", "du", "d'"]))
            .then(|| {
                f.mentions_in(m.last, (m.last + FORCE_AFTER).min(s.last))
                    .find(|o| o.actor != ai && f.side(o.actor).is_some())
                    .map(|o| o.actor)
            })
            .flatten();
        // else the one side its sentence names
        let only = || {
            let mut sides: Vec<usize> =
                f.mentions_in(s.first, s.last).filter_map(|o| f.side(o.actor)).collect();
            sides.sort_unstable();
            sides.dedup();
            (sides.len() == 1).then(|| sides[0])
        };
        if let Some(owner) = after.or_else(only).filter(|&o| o != ai) {
            add(out, RelationType::Affiliation, ai, owner, &[si], None);
        }
    }
}
