//! Aid between states: a side called a supplier in apposition backs the side it supplies, a side
//! standing by another backs it, and state-to-state aid is a tie both keep. Read by [`super::extract`] after the support cues.

use super::{add, party_side, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{ALLY_WORDS, BACKING_NOUNS, STANDING_WORDS, STATE_VERBS};

/// Cooperation between two states one of which backs the other ("X a offert deux patrouilleurs à
/// Y", "Y receives aid from X"): state-to-state aid is a tie both keep, unless the text sets them
/// against each other. Backing a group, or a group backing a state, is no such tie.
pub(super) fn aid_as_cooperation(f: &Facts<'_>, out: &mut Vec<Link>) {
    let state = |a: usize| f.actors[a].kind() == EntityType::Country;
    let aid: Vec<(usize, usize, Vec<usize>)> = out
        .iter()
        .filter(|l| l.kind == RelationType::Support && state(l.source) && state(l.target))
        .map(|l| (l.source, l.target, l.sentences.clone()))
        .collect();
    for (a, b, sentences) in aid {
        if a != b && !super::opposed(out, a, b) {
            add(out, RelationType::Cooperation, a, b, &sentences, None);
        }
    }
}

/// How far after a supplier's noun the side it supplies may be named ("supplier of arms and
/// drones to Y").
const SUPPLIED_REACH: usize = 6;

/// Support from a side called a supplier in apposition: "X, the main arms supplier to Y, …",
/// "A major supplier of weapons to Y, X has…", "X, premier fournisseur d'armes du Y": the side in
/// apposition backs the side named after "to"/"à"/"du" in the noun's complement. The apposition is
/// the side right before the comma that opens the noun's phrase, or, when the phrase opens the
/// sentence, the first side after its closing comma.
pub(super) fn supplier(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    if let Some((a, b)) = supplier_by_copula(f, mentions, si, k) {
        if a != b {
            add(out, RelationType::Support, a, b, &[si], None);
        }
        return;
    }
    let end = (k + 1 + SUPPLIED_REACH).min(s.last);
    let marks = ["to", "for", "a", "au", "aux", "de", "du", "des"];
    // ("a supporter of Y": the one backed after "of"; "the supplier of arms to Y" goes on to "to")
    let supporter = f.tokens[k].is(&["supporter", "supporters", "backer", "backers"]);
    let Some(backed) = (k + 1..end)
        .filter(|&j| f.tokens[j].is(&marks) || supporter && f.tokens[j].is(&["of"]))
        .find_map(|to| mentions.iter().find(|m| m.first > to && m.first <= to + 2))
    else {
        return;
    };
    // the phrase's opening comma (or the sentence's start), over its determiner and adjectives
    let open = (s.first..k).rev().find(|&j| f.tokens[j].is(&[","])).unwrap_or(s.first);
    if (open..k).any(|j| f.tokens[j].cap && j > open && j != s.first) {
        return;
    }
    let backer = if open == s.first {
        let close = (backed.last..s.last).find(|&j| f.tokens[j].is(&[","]));
        close.and_then(|c| mentions.iter().find(|m| m.first == c + 1))
    } else {
        mentions.iter().find(|m| m.last == open)
    };
    let (Some(a), Some(b)) = (backer.and_then(|m| party_side(f, m.actor)), party_side(f, backed.actor))
    else {
        return;
    };
    if a != b {
        add(out, RelationType::Support, a, b, &[si], None);
    }
}

/// Whether the French backing noun at `k` names a supporter, not an act of support: "un (fervent)
/// soutien de Y" set off by a comma after a side ("X, un fervent soutien de Y"), read then as a
/// supplier's apposition ([`supplier`]). "Le soutien de Y" stays Y's support.
pub(super) fn supporter_noun(f: &Facts<'_>, k: usize) -> bool {
    let lo = k.saturating_sub(SUPPORTER_ADJECTIVES + 2);
    f.lang == crate::analysis::Lang::Fr
        && BACKING_NOUNS.fr.contains(&f.tokens[k].key.as_str())
        && (lo..k).any(|j| f.tokens[j].is(&["un", "une"]) && j > 0 && f.tokens[j - 1].is(&[","]))
}

/// How many adjectives may stand between "un" and a supporter's noun ("un fervent soutien").
const SUPPORTER_ADJECTIVES: usize = 2;

/// How far before "with"/"avec"/"côtés" a word of standing may be ("stood firmly and
/// unequivocally with").
const STANDING_REACH: usize = 3;

/// Whether the token at `k` names the side someone stands by: "with"/"avec"/"envers" after a word
/// of standing within [`STANDING_REACH`] tokens ("solidarity with X", "stands firmly with X"), or
/// "côtés" in "aux côtés de" after one ("se tient aux côtés de X"). [`super::support`] reads it
/// as a cue: the subject before backs the side after.
pub(super) fn stands_by(f: &Facts<'_>, k: usize) -> bool {
    let with = f.tokens[k].is(&["with", "avec", "envers"]);
    let beside = f.tokens[k].is(ALLY_WORDS.of(f.lang)) && k > 0 && f.tokens[k - 1].is(&["aux"]);
    (with || beside)
        && (k.saturating_sub(STANDING_REACH + usize::from(beside))..k)
            .any(|j| f.tokens[j].is(STANDING_WORDS.of(f.lang)))
}

/// How far before a supplier's noun the verb of being may stand ("is currently the main donor").
const COPULA_REACH: usize = 6;

/// The backer and the backed of a supplier's noun at `k` said of its subject: "X est
/// reste le premier donateur du Y", "X is Y's largest donor". The subject is the side
/// named right before the verb of being; the backed the owner before the noun, or the side after
/// its mark. `None` without such a verb.
fn supplier_by_copula(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize) -> Option<(usize, usize)> {
    let s = f.sentences[si];
    let c = (k.saturating_sub(COPULA_REACH).max(s.first)..k)
        .rev()
        .find(|&j| f.tokens[j].is(STATE_VERBS.of(f.lang)))?;
    let subject = mentions.iter().rfind(|m| m.last <= c && c - m.last <= 1)?;
    let owner = mentions.iter().find(|m| {
        m.first > c && m.last + 2 <= k && f.tokens[m.last].is(&["'", "’"]) && f.tokens[m.last + 1].is(&["s"])
    });
    let after = || {
        let end = (k + 1 + SUPPLIED_REACH).min(s.last);
        (k + 1..end)
            .filter(|&j| f.tokens[j].is(&["to", "for", "of", "a", "au", "aux", "de", "du", "des"]))
            .find_map(|to| mentions.iter().find(|m| m.first > to && m.first <= to + 2))
    };
    let backed = owner.or_else(after)?;
    Some((party_side(f, subject.actor)?, party_side(f, backed.actor)?))
}
