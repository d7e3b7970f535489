//! Opposition told as a verdict on an event: "X called the pact between Y and Z a provocation",
//! "ces manœuvres sont perçues par X comme une menace". Whoever gives the verdict opposes every
//! other side of the event, and is its critic, not one of its sides.
//!
//! Part of stage 10 (`super`): reads the facts and the events; adds opposition [`Link`]s and takes
//! the critic out of the event's participants, before cooperation is drawn from it.

use super::{add, party_side, Link};
use crate::analysis::RelationType;
use crate::event::Occurrence;
use crate::facts::Facts;
use crate::lang::{BY_WORDS, VERDICT_NOUNS, VERDICT_VERBS};

/// Finds the verdicts of each sentence on the events told in it.
pub(super) fn verdicts(f: &Facts<'_>, events: &mut [Occurrence], out: &mut Vec<Link>) {
    for (si, s) in f.sentences.iter().enumerate() {
        let verb = (s.first..s.last).find(|&k| VERDICT_VERBS.contains(&f.tokens[k].key));
        let Some(v) = verb else { continue };
        let Some(n) = (v + 1..s.last).find(|&k| VERDICT_NOUNS.contains(&f.tokens[k].key)) else { continue };
        for e in events.iter_mut().filter(|e| e.sentences.contains(&si)) {
            // the event's word in this sentence, before the verdict's noun
            let Some(tk) = e
                .triggers
                .iter()
                .map(|&(b, _)| f.token_at(b))
                .find(|&t| t >= s.first && t < n && f.sentence_of(t) == si)
            else {
                continue;
            };
            let Some(author) = author(f, s.first, v, tk, n) else { continue };
            let others: Vec<usize> =
                e.participants.iter().filter_map(|&p| party_side(f, p)).filter(|&p| p != author).collect();
            if others.is_empty() {
                continue;
            }
            for &o in &others {
                add(out, RelationType::Opposition, author, o, &[si], None);
            }
            e.participants.retain(|&p| party_side(f, p) != Some(author));
        }
    }
}

/// Who gives the verdict: the agent after "by"/"par" right after the verb ("are seen by X as a
/// threat"), else the last side named before the verb when the event's
/// word follows the verb ("X called the drills a provocation").
fn author(f: &Facts<'_>, first: usize, v: usize, tk: usize, n: usize) -> Option<usize> {
    // (the verb's own agent, right after it: "drills by Y, calling them…" name the drills' agent)
    let agent = (v + 1..(v + 3).min(n)).find(|&k| f.tokens[k].is_in(BY_WORDS));
    if let Some(p) = agent {
        return f.mentions_in(p + 1, n).find(|m| m.first <= p + 3).and_then(|m| party_side(f, m.actor));
    }
    if tk < v {
        return None;
    }
    f.mentions_in(first, v).filter_map(|m| party_side(f, m.actor)).last()
}
