//! Ships' names: a place or a person-like name right after a ship class or prefix names a ship,
//! no actor.

use super::{Context, Key, Mention};
use crate::lang::{AND_WORDS, SHIP_WORDS, SYSTEM_WORDS};

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
        // (over an opening quote: "l'aviso « X »", "the frigate “Y”"; and a system's name too:
        // "le système Iris-T")
        let class = |k: usize| SHIP_WORDS.contains(cx.key(k)) || SYSTEM_WORDS.contains(cx.key(k));
        // (over a title or the start of a compound too: "l'aviso « Commandant X »", "Iris-T")
        let mut at = m.first;
        while at > 1 && m.first - at < 3 && (cx.tokens[at - 1].cap || cx.is_punct(at - 1, "-")) {
            at -= 1;
        }
        let quoted = |k: usize| k >= 2 && matches!(cx.key(k - 1), "«" | "\"" | "“" | "‘" | "'");
        // (over one adjective too: "le destroyer iranien X", "the stealth frigate Y")
        let adjective = |k: usize| {
            let t = &cx.tokens[k];
            t.kind == crate::text::TokenKind::Word && !t.cap && !cx.lex.stopwords.contains(&t.key.as_str())
        };
        let after_class = [m.first, at]
            .iter()
            .any(|&k| class(k - 1) || k >= 2 && (quoted(k) || adjective(k - 1)) && class(k - 2));
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
