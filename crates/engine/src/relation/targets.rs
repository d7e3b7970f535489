//! The targets of an opposition cue: the first actor named after it and those coordinated with
//! it, read by [`super::opposition`] and [`super::rivalry`].

use crate::analysis::EntityType;
use crate::facts::{Facts, Placed};
use crate::lang::{ALLY_WORDS, AND_WORDS, ARTICLES, ATTACK_NOUNS, BETWEEN_WORDS, LODGING_VERBS};
use crate::text::TokenKind;

/// How far before an actor a noun of attack aimed at it may stand ("the attack on a convoy of X").
const VICTIM_REACH: usize = 5;

/// How many capitalised words a title between a nationality and its holder may hold.
const TITLE_WORDS: usize = 3;

/// How many words may stand between two sides joined over their forces' noun ("X border guards
/// and Y").
const FORCES_GAP: usize = 5;

/// How long a phrase set off by commas right after a cue may be.
const ASIDE_REACH: usize = 14;

/// The targets of the opposition cue at `k`: the first actor after it (not a place) and those
/// coordinated with it ("des liens entre le Chili et le Pérou"); never the speaker of the
/// sentence ("…, said Smith") nor the subject of the next clause ("… et Tokyo a protesté").
pub(super) fn targets<'a>(f: &Facts<'_>, mentions: &'a [Placed], k: usize) -> Vec<&'a Placed> {
    let mut targets: Vec<&Placed> = Vec::new();
    let between = f.tokens[k].is_in(BETWEEN_WORDS);
    // (the reach of the first target skips a phrase set off by commas right after the cue: "a
    // dénoncé, lundi tard « sans délai », le pacte avec Y")
    let aside = if f.tokens.get(k + 1).is_some_and(|t| t.is(&[","])) {
        (k + 2..(k + 2 + ASIDE_REACH).min(f.tokens.len()))
            .find(|&j| f.tokens[j].is(&[","]))
            .map_or(0, |c| c - k)
    } else {
        0
    };
    for m in mentions.iter().filter(|m| m.first > k && f.actors[m.actor].kind() != EntityType::Place) {
        // the speaker of the sentence is not its object: "…, a affirmé Dupont", "…, said Smith"
        let attribution = f.actors[m.actor].kind() == EntityType::Person
            && (m.first.saturating_sub(3)..m.first).any(|j| {
                f.tokens[j].is(&[
                    "declare",
                    "indique",
                    "affirme",
                    "said",
                    "says",
                    "selon",
                    "according",
                    "told",
                ])
            });
        // the subject of the next clause is not a target: "…sa préoccupation et Tokyo a protesté"
        // (but after "between" both sides close the phrase: "la tension entre X et Y est forte")
        let next = f.tokens.get(m.last).map(|t| t.key.as_str()).unwrap_or("");
        let subject = !between
            && next != "'s"
            && f.lex.government_verbs.contains(&next)
            && m.first > 0
            && f.tokens[m.first - 1].is(&["et", "and", ",", "mais", "but", "while", "alors"]);
        // a second predicate of the cue's subject ends its reach: "X rejects the charge and is
        // firmly supported by Y", "X rejette les accusations et a reçu Y"
        let second_predicate = targets.is_empty()
            && (k + 1..m.first).any(|j| {
                f.tokens[j].is_in(AND_WORDS)
                    && f.tokens.get(j + 1).is_some_and(|t| f.lex.government_verbs.contains(&t.key.as_str()))
            });
        if attribution || subject || second_predicate || targets.is_empty() && m.first > k + aside + 10 {
            break;
        }
        // the victim of an attack the cue is about is no target of it: "protested against the
        // attack on an X convoy", "condamne l'attaque contre des soldats X" (its target is the
        // attack's author)
        let victim = (m.first.saturating_sub(VICTIM_REACH).max(k + 1)..m.first).any(|j| {
            ATTACK_NOUNS.contains(&f.tokens[j].key)
                && (j + 1..m.first).any(|x| f.tokens[x].is(&["on", "against", "contre", "sur"]))
        });
        if victim {
            continue;
        }
        // a country right after a locative at the cue is where it is voiced, not its target:
        // "provoque des critiques au Kenya", "protests in X" (a noun's own "of"/"de" names its
        // target)
        let voiced_in = targets.is_empty()
            && f.actors[m.actor].kind() == EntityType::Country
            && m.first >= 1
            && m.first <= k + 3
            && f.tokens[m.first - 1].is_in(crate::lang::INSIDE_WORDS)
            && (k + 1..m.first - 1).all(|j| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap);
        if voiced_in {
            break;
        }
        // the body a complaint is lodged with hears it, it is no target: "complaints would be
        // lodged with the X", "une plainte déposée auprès de l'Y"
        if lodged_with(f, k, m) {
            continue;
        }
        // a side fought beside is an ally: "fighting alongside X against Y"
        if (m.first.saturating_sub(3)..m.first).any(|j| ALLY_WORDS.contains(&f.tokens[j].key)) {
            continue;
        }
        // a country compounded into a modifier describes the next name: "fighting X-based group
        // Y", "the Z-backed rebels"
        let modifier = f.tokens.get(m.last).is_some_and(|t| t.is(&["-"]))
            && f.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
        if modifier && targets.is_empty() {
            continue;
        }
        if let Some(prev) = targets.last() {
            let joined = (prev.last..m.first).all(|j| {
                // (over a pronoun standing for the noun: "les forces de X et celles de Y"; over
                // the forces' noun of the next side: "X soldiers and Y troops", "les militaires X
                // et des soldats Y")
                f.tokens[j].is(f.lex.troop_words)
                    || f.tokens[j].is(&[
                        "et", "and", ",", "-", "de", "du", "des", "la", "le", "l'", "les", "the", "of", "or",
                        "ou", "celles", "ceux", "celle", "celui", "those", "that",
                    ])
            });
            // (over a descriptor after the article: "X et le mouvement chiite Y", "X and the
            // militant group Y", "X forces and a rebel group called Y")
            let gap = prev.last..m.first;
            let and = if f.tokens.get(prev.last).is_some_and(|t| t.is(f.lex.troop_words)) {
                prev.last + 1
            } else {
                prev.last
            };
            let descriptor = gap.len() <= 7
                && f.tokens.get(and).is_some_and(|t| t.is_in(AND_WORDS))
                && f.tokens
                    .get(and + 1)
                    .is_some_and(|t| t.is(&["le", "la", "l'", "les", "the", "a", "an", "un", "une", "des"]))
                && (and + 2..m.first).all(|j| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap)
                && m.first.saturating_sub(and + 2) <= 4;
            // (over a title between a nationality and its holder: "South African President X and
            // Rwandan President Y")
            let titled = f.actors[m.actor].kind() == EntityType::Person
                && f.actors[prev.actor].kind() == EntityType::Country
                && gap.len() <= TITLE_WORDS
                && (prev.last..m.first).all(|j| f.tokens[j].kind == TokenKind::Word && f.tokens[j].cap);
            // (over the forces' noun and its lowercase modifiers: "between X border guards and
            // Y fighters", "entre les gardes-frontières X et les combattants Y")
            let forces = gap.len() <= FORCES_GAP
                && (prev.last..m.first).any(|j| f.tokens[j].is(f.lex.troop_words))
                && (prev.last..m.first).any(|j| f.tokens[j].is_in(AND_WORDS))
                && (prev.last..m.first).all(|j| {
                    let t = &f.tokens[j];
                    t.kind == TokenKind::Word && !t.cap || t.is(&["-"])
                });
            if !joined && !descriptor && !titled && !forces {
                break;
            }
            // (a name after "de"/"of" alone, with no "and" or comma, is the complement of the
            // side before: "entre Rome et le voisin tchadien du Soudan" names Chad, Sudan's
            // neighbour)
            let complement = (prev.last..m.first).any(|j| f.tokens[j].is(&["de", "du", "des", "of"]))
                && !(prev.last..m.first)
                    .any(|j| f.tokens[j].is_in(AND_WORDS) || f.tokens[j].is(&[",", "or", "ou"]));
            if complement {
                continue;
            }
        }
        targets.push(m);
    }
    targets
}

/// Whether the actor `m` is named as the one a complaint or case after the cue at `k` is lodged
/// with: a verb of lodging between them, then "with"/"to"/"auprès de"/"devant" (over an article)
/// right before the actor.
fn lodged_with(f: &Facts<'_>, k: usize, m: &Placed) -> bool {
    if !(k + 1..m.first).any(|j| f.tokens[j].is(LODGING_VERBS.of(f.lang))) {
        return false;
    }
    let mut p = m.first - 1;
    if p > k && f.tokens[p].is_in(ARTICLES) {
        p -= 1;
    }
    f.tokens[p].is(&["with", "to", "before", "aupres", "devant"])
        || p > k && f.tokens[p].is(&["de", "du", "des"]) && f.tokens[p - 1].is(&["aupres"])
}
