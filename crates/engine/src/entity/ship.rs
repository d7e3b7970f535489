//! Ships' names: a place or a person-like name right after a ship class or prefix names a ship,
//! no actor.

use super::{Context, Key, Mention};
use crate::lang::{AND_WORDS, SHIP_WORDS};

/// Removes places and persons that name ships ("USS Harlow", "the frigate Ana del Rio"): right
/// after a ship class or prefix, or coordinated with such a name, and the same person-like name
/// again later ("Carter Hall's captain said").
pub(super) fn drop_ship_names(cx: &Context<'_>, out: &mut Vec<Mention>) {
    let mut ship_end: Option<usize> = None; // token after the last ship name
    let mut ships: std::collections::HashSet<Key> = std::collections::HashSet::new();
    out.retain(|m| {
        if !matches!(m.key, Key::Place(_) | Key::Person(_)) || m.first == 0 {
            return true;
        }
        // (a person's name only: ships are named after towns too, "HMAS Brisbane", and the town
        // is still the town)
        if matches!(m.key, Key::Person(_)) && ships.contains(&m.key) {
            return false;
        }
        let prev = cx.key(m.first - 1);
        let after_class = SHIP_WORDS.contains(prev)
            || cx.is_punct(m.first - 1, "«") && m.first >= 2 && SHIP_WORDS.contains(cx.key(m.first - 2));
        let coordinated = ship_end.is_some_and(|e| {
            e <= m.first
                && (e..m.first).all(|k| {
                    AND_WORDS.contains(cx.key(k)) || matches!(cx.key(k), "," | "the" | "le" | "la" | "l'")
                })
        });
        if after_class || coordinated {
            ship_end = Some(m.last);
            ships.insert(m.key.clone());
            false
        } else {
            true
        }
    });
}
