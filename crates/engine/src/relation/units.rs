//! Affiliation of units named without their force: "le régiment Rajput de l'armée indienne", "a
//! company of the Kivu Brigade", "the Kenyan contingent, drawn from the 9th Rifles".
//!
//! A unit is an organization whose name ends with a unit word (regiment, brigade, battalion,
//! division, fleet, command…) and that neither its name nor its title ties to a country. It
//! belongs to the force or country named right after it ("of the Indian Army", "de l'armée
//! indienne"), or else, when its sentence names only one side, to that side: the text gives no
//! other owner for it there.
//!
//! A body in apposition to a force led by another ("the AU-led mission, AMISOM")
//! belongs to its leader.

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

/// How many words may stand between "X-led" and the comma before the body ("the UN-led
/// stabilisation force, MINUSMA").
const LED_REACH: usize = 4;

/// Adds an affiliation from each body named in apposition after "X-led <noun>," to X.
pub(super) fn led_forces(f: &Facts<'_>, out: &mut Vec<Link>) {
    for m in f.mentions.iter() {
        let a = &f.actors[m.actor];
        if a.kind() != EntityType::Organization
            || a.org.is_some()
            || m.first < 3
            || !f.tokens[m.first - 1].is(&[","])
        {
            continue;
        }
        let comma = m.first - 1;
        let s = f.sentences[f.sentence_of(m.first)];
        // "X-led": a name, a hyphen, "led", then a few lowercase words up to the comma
        let Some(led) = (comma.saturating_sub(LED_REACH).max(s.first + 2)..comma)
            .find(|&k| f.tokens[k].is(&["led"]) && f.tokens[k - 1].is(&["-"]))
        else {
            continue;
        };
        let words =
            (led + 1..comma).all(|k| f.tokens[k].kind == crate::text::TokenKind::Word && !f.tokens[k].cap);
        let leader = f.mentions_in(s.first, led - 1).filter(|l| l.last == led - 1).map(|l| l.actor).next();
        if let Some(l) = leader.filter(|&l| words && l != m.actor) {
            add(out, RelationType::Affiliation, m.actor, l, &[f.sentence_of(m.first)], None);
        }
    }
}
