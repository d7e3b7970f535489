//! Opposition told by a reaction: "X a réagi en dépêchant deux frégates", "Y responded by
//! scrambling jets". Forces put on alert are left out: as often ready for an exercise of their
//! own as reacting to another's. Whoever reacts stands against
//! what it reacts to: the actors named after the cue ("scrambled jets as Chinese and Russian
//! bombers flew by"), or else the parties of the latest event told up to the sentence, the
//! exercise or patrol the story is about.

use super::{add, critic_sides, dedup, party_side, targets, Link};
use crate::analysis::{EntityType, RelationType};
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::lang::{REACTION_WORDS, REQUEST_NOUNS, RESPONSE_NOUNS};

/// Whether the word at `k` tells a reaction: a verb of reacting followed by how or to what
/// ("réagi en", "responded by", "reacted to"), jets sent up ("fait décoller", "scrambled").
pub(super) fn is_cue(f: &Facts<'_>, k: usize) -> bool {
    let t = &f.tokens[k];
    if !REACTION_WORDS.contains(&t.key) {
        return false;
    }
    let prev = k.checked_sub(1).map_or("", |p| f.tokens[p].key.as_str());
    let next = f.tokens.get(k + 1).map_or("", |n| n.key.as_str());
    match t.key.as_str() {
        "decoller" => matches!(prev, "faisant" | "fait" | "faire"),
        "scrambled" => true,
        // "reacted to the drills", "a réagi aux manœuvres", not "responded to the offer"
        _ if matches!(next, "to" | "a" | "au" | "aux") => (k + 2..(k + 5).min(f.tokens.len())).any(|j| {
            f.lex.trigger(&f.tokens[j].key).is_some()
                || f.mentions_in(j, f.tokens.len()).next().is_some_and(|m| m.first == j)
        }),
        _ => matches!(next, "en" | "by" | "with"),
    }
}

/// Opposition from the reaction cue at `k` of sentence `si`: its authors (the actors right before
/// it in its clause) oppose the actors after it, or the sides of the latest event told so far.
pub(super) fn reaction(
    f: &Facts<'_>,
    mentions: &[Placed],
    events: &[Occurrence],
    si: usize,
    k: usize,
    out: &mut Vec<Link>,
) {
    let s = f.sentences[si];
    let authors = critic_sides(f, k, s);
    if authors.is_empty() {
        return;
    }
    // "responded by sending National Police forces": forces named by a body of no other side are
    // the author's means, not what it answers (unlike "…as Chinese bombers flew by")
    let means = |m: &Placed| {
        f.tokens.get(k + 1).is_some_and(|t| t.is(&["by", "en", "with"]))
            && f.tokens.get(m.last).is_some_and(|t| t.is(f.lex.troop_words))
            && f.actors[m.actor].kind() == EntityType::Organization
            && f.side(m.actor).is_none_or(|c| authors.contains(&c))
    };
    let mut against: Vec<usize> = dedup(
        targets(f, mentions, k).iter().filter(|m| !means(m)).filter_map(|m| party_side(f, m.actor)).collect(),
    );
    against.retain(|x| !authors.contains(x));
    if against.is_empty() {
        // an event told before the cue: a reaction follows what it answers
        let cue_at = f.tokens[k].start;
        let latest = events
            .iter()
            .filter(|e| e.triggers.iter().any(|&(b, _)| b < cue_at))
            .filter_map(|e| e.sentences.iter().filter(|&&x| x <= si).max().map(|&x| (x, e)))
            .max_by_key(|&(x, _)| x);
        if let Some((_, e)) = latest {
            against = dedup(e.participants.iter().filter_map(|&p| party_side(f, p)).collect());
            against.retain(|x| !authors.contains(x));
        }
    }
    for &a in &authors {
        for &b in &against {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}

/// The sides a hostile cue at `k` answers when its sentence opens with a reaction to them: "En
/// réaction à cette décision de l'OTAN, la Russie a menacé…", "In response to the drills by X,
/// Y warned…": the actors within a few words after "réaction à" / "response to", before the cue.
pub(super) fn answered(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize) -> Vec<usize> {
    let s = f.sentences[si];
    let Some(r) = (s.first..k).find(|&j| {
        RESPONSE_NOUNS.contains(&f.tokens[j].key)
            && f.tokens.get(j + 1).is_some_and(|t| t.is(&["a", "au", "aux", "to", "for"]))
    }) else {
        return Vec::new();
    };
    let reach = (r + ANSWERED_REACH).min(k);
    dedup(
        mentions
            .iter()
            .filter(|m| m.first > r && m.last <= reach)
            .filter_map(|m| party_side(f, m.actor))
            .collect(),
    )
}

/// How far after "réaction à" / "response to" the sides answered may be named.
const ANSWERED_REACH: usize = 10;

/// Whether the word at `k` opens an answer to another side's act ("in response to", "en réponse
/// à", "en riposte aux", "in retaliation for", "en représailles contre"): a noun of
/// [`RESPONSE_NOUNS`] after "in"/"en" and before "to"/"à"/"for"/"contre".
pub(super) fn is_response(f: &Facts<'_>, k: usize) -> bool {
    let word = |j: usize, w: &[&str]| f.tokens.get(j).is_some_and(|t| t.is(w));
    RESPONSE_NOUNS.contains(&f.tokens[k].key)
        && k > 0
        && word(k - 1, &["in", "en"])
        && word(k + 1, &["to", "a", "au", "aux", "for", "contre"])
}

/// Opposition from an act answering another side's ("X deployed troops in response to the arrival
/// of a Y warship", "X a mobilisé ses troupes en riposte aux manœuvres de Y"): the subjects of the
/// clause before the phrase at `k` oppose the sides named within [`ANSWERED_REACH`] words after
/// it — unless what is answered is a request ("in response to a request from Y"), which makes
/// the answer a favour, not a stand against Y.
pub(super) fn response(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let reach = (k + ANSWERED_REACH).min(s.last);
    if (k + 1..reach).any(|j| REQUEST_NOUNS.contains(&f.tokens[j].key)) {
        return;
    }
    let Some(subject) = f.first_subject(s, k) else { return };
    let authors: Vec<usize> =
        dedup(f.with_coordinated(subject, k).into_iter().filter_map(|a| party_side(f, a)).collect());
    let answered: Vec<usize> = dedup(
        mentions
            .iter()
            .filter(|m| m.first > k && m.last <= reach && f.actors[m.actor].kind() != EntityType::Place)
            .filter_map(|m| party_side(f, m.actor))
            .filter(|x| !authors.contains(x))
            .collect(),
    );
    // the first side answered: "in response to X's drills with Y" stands against X, not Y
    if let Some(&b) = answered.first() {
        for &a in &authors {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}
