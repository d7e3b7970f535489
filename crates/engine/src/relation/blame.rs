//! Opposition told as an attribution of blame: "Y said that X was behind the attack", "selon Y,
//! X serait derrière les attaques". Whoever names the hidden author of a hostile act opposes it.
//!
//! Part of stage 10 (`super`): reads the facts of one sentence; adds opposition [`Link`]s.

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::facts::Facts;
use crate::lang::{
    ARTICLES, ATTACK_NOUNS, BEHIND_WORDS, COPULAS, DEMONSTRATIVES, HOSTILE_NOUNS, PERFECT_AUXILIARIES,
};

/// How many words (articles, demonstratives, adjectives) may stand between "behind" and the
/// noun of the act ("behind the massive cyberattack").
const ACT_REACH: usize = 3;

/// Finds in sentence `si` an actor said to be "behind" a hostile act (a form of "to be" between
/// them, an article, a demonstrative or an adjective before the act's noun) and makes the first
/// subject before that actor, of another side, its opponent. With no such subject (the
/// reporter's own statement) nothing is drawn: the accuser is unknown.
pub(super) fn behind(f: &Facts<'_>, si: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    for k in (s.first + 2..s.last).filter(|&k| f.tokens[k].is_in(BEHIND_WORDS)) {
        let act = (k + 1..(k + 1 + ACT_REACH).min(s.last))
            .take_while(|&j| {
                let t = &f.tokens[j];
                !t.cap
                    && (t.is_in(ARTICLES)
                        || t.is_in(DEMONSTRATIVES)
                        || t.kind == crate::text::TokenKind::Word)
            })
            .any(|j| ATTACK_NOUNS.contains(&f.tokens[j].key) || HOSTILE_NOUNS.contains(&f.tokens[j].key));
        if !act || !f.tokens[k - 1].is_in(COPULAS) {
            continue;
        }
        // the author: the name right before the copula (over one more form of "to be": "had been")
        let copula_start = if f.tokens[k - 2].is_in(COPULAS) || f.tokens[k - 2].is_in(PERFECT_AUXILIARIES) {
            k - 2
        } else {
            k - 1
        };
        let Some(author) = f.mentions_in(s.first, copula_start).filter(|m| m.last == copula_start).last()
        else {
            continue;
        };
        let Some(accused) = party_side(f, author.actor) else { continue };
        let accuser = f.first_subject(s, author.first).and_then(|m| party_side(f, m.actor));
        if let Some(a) = accuser.filter(|&a| a != accused) {
            add(out, RelationType::Opposition, a, accused, &[si], None);
        }
    }
}
