//! Roles bound to the trigger itself, read on the words around it whatever clause the tree
//! makes of them: the partner after "with"/"between", the sides compounded before it, the
//! subjects of a relative clause on it, its agents, the owner of an intent leading to it; and the
//! mentions that only describe another actor (an alliance naming a member, an envoy's posting).

use crate::analysis::EntityType;
use crate::facts::{Facts, Placed};
use crate::lang::{BETWEEN_WORDS, BY_WORDS, ENVOY_WORDS, INTENT_NOUNS, MEMBER_NOUNS, OF_WORDS, THAT_WORDS};
use crate::text::syntax::Upos;
use crate::text::TokenKind;

/// How far after a trigger its "between" may stand past a participle and a date ("signé l'an
/// dernier entre").
const BETWEEN_REACH: usize = 9;

/// Whether the mention `m` fills a role of the trigger at `trigger` itself: the partner right
/// after "with"/"avec" ("exercises with Y"), the sides after "between" past a participle and its
/// date ("the pact signed last year between X and Y"), a side compounded right before it over lowercase
/// words, hyphens and other names ("X-Y military exercises", "joint Y drills"), a subject of a
/// relative clause on it ("the drills that X and Y held"), an agent after it ("drills by X and
/// Y", "les manœuvres de X"), or a lowercase demonym after it ("les manœuvres russes").
pub(super) fn bound_to_trigger(f: &Facts<'_>, m: &Placed, trigger: usize) -> bool {
    // (over two adjectives after it: "des manœuvres navales conjointes avec Y")
    let adjective = |k: usize| {
        f.tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.cap && !f.lex.name_stops.contains(&t.key.as_str())
        })
    };
    let link = (trigger + 1..trigger + 4)
        .take_while(|&k| k == trigger + 1 || adjective(k - 1))
        .find(|&k| f.tokens.get(k).is_some_and(|t| t.is(&["with", "avec", "between", "entre"])));
    // (a token inside a name of several words, "États-Unis", is named too)
    let named = |k: usize| f.mentions_in(k.saturating_sub(8), k + 9).any(|m| m.first <= k && k < m.last);
    // "with Y", and every side of "between X, Y and Z" (over names, articles and links)
    let listed = |w: usize| {
        f.tokens[w].is_in(BETWEEN_WORDS)
            && m.first - w <= RELATIVE_SUBJECT_REACH
            && (w + 1..m.first).all(|k| {
                named(k)
                    || f.tokens[k].is(&["le", "la", "les", "l'", "the", "et", "and", ",", "du", "de", "des"])
            })
    };
    // (further, "between" past a participle and its date, lowercase words only: "l'accord signé
    // l'an dernier entre X et Y", "the pact signed last month between X and Y")
    // (a participle between, and no noun but a date's or the trigger's own complement: not "drills
    // amid the war between X and Y")
    let far = || {
        let si = f.sentence_of(trigger);
        let (syn, first) = (f.syntax(si), f.sentences[si].first);
        let upos = |k: usize| syn.upos(k - first);
        let complement = |k: usize| k == trigger + 2 && f.tokens[trigger + 1].is(&["de", "of"]);
        (trigger + 2..(trigger + BETWEEN_REACH).min(m.first))
            .find(|&k| f.tokens[k].is_in(BETWEEN_WORDS))
            .filter(|&w| {
                (trigger + 1..w).any(|k| matches!(upos(k), Some(Upos::Verb)))
                    && (trigger + 1..w).all(|k| {
                        let t = &f.tokens[k];
                        !t.cap
                            && t.kind != TokenKind::Punct
                            && (f.in_date(k) || complement(k) || !matches!(upos(k), Some(Upos::Noun)))
                    })
            })
    };
    let partner = link.or_else(far).is_some_and(|w| m.first > w && (m.first <= w + 2 || listed(w)));
    // the subjects of a relative clause on the trigger ("les manœuvres que X et Y ont lancées",
    // "the drills that X and Y held"): determiners, names and "and" from the relative word on
    let relative = (trigger + 1..(trigger + 3).min(f.tokens.len()))
        .find(|&k| f.tokens[k].is_in(THAT_WORDS))
        .is_some_and(|r| {
            m.first > r
                && m.first - r <= RELATIVE_SUBJECT_REACH
                && (r + 1..m.first)
                    .all(|k| named(k) || f.tokens[k].is(&["le", "la", "les", "l'", "the", "et", "and", ","]))
        });
    // the agents after the trigger ("drills by X and Y", "manœuvres menées par X", "les
    // exercices de X et de Y"), over determiners, names and "and"
    let agent = {
        let by = |k: usize| f.tokens.get(k).is_some_and(|t| t.is_in(BY_WORDS));
        let of = |k: usize| f.tokens.get(k).is_some_and(|t| t.is_in(OF_WORDS));
        // over two modifiers or a participle ("exercices conjoints des X", "drills held by Y")
        let modifier = |k: usize| {
            f.tokens.get(k).is_some_and(|t| !t.cap && t.kind == TokenKind::Word) && !by(k) && !of(k)
        };
        let mut r = trigger + 1;
        while r < trigger + 3 && modifier(r) {
            r += 1;
        }
        let mark = (by(r) || of(r)).then_some(r);
        mark.is_some_and(|r| {
            m.first > r
                && m.first - r <= RELATIVE_SUBJECT_REACH
                && (r + 1..m.first).all(|k| {
                    named(k)
                        || f.tokens[k]
                            .is(&["le", "la", "les", "l'", "the", "et", "and", ",", "de", "du", "des", "d'"])
                })
        })
    };
    partner || relative || agent || owner_of_trigger(f, m, trigger) || intends_trigger(f, m, trigger)
}

/// Whether the mention `m` only describes another actor: an alliance naming a member ("NATO
/// member Lithuania", "membre de l'Otan") or the country an envoy is posted to ("the Iraqi
/// ambassador to Oman", "l'ambassadeur au Mali").
pub(super) fn describes_member(f: &Facts<'_>, m: &Placed) -> bool {
    let t = f.tokens;
    let member = |k: usize| t.get(k).is_some_and(|x| MEMBER_NOUNS.contains(&x.key));
    let kind = f.actors[m.actor].kind();
    // "NATO member X", "X, member of NATO", "X, membre de l'Otan" (over "of the", "de l'"), X a
    // country (a person's body is his: "Y, membre du bureau politique")
    let country_at = |first: bool, k: usize| {
        f.mentions_in(k.saturating_sub(8), k + 8).any(|x| {
            f.actors[x.actor].kind() == EntityType::Country && if first { x.first == k } else { x.last == k }
        })
    };
    let before = |back: usize| {
        m.first > back && member(m.first - back) && t[m.first - back + 1].is_in(OF_WORDS) && {
            let n = m.first - back;
            country_at(false, n) || t[n - 1].key == "," && country_at(false, n - 1)
        }
    };
    let after = member(m.last) && country_at(true, m.last + 1);
    let alliance = kind == EntityType::Organization && (after || before(2) || before(3));
    // "ambassador to X", "ambassadeur en X", "ambassadeur auprès du X"
    let posted = kind == EntityType::Country
        && (2..=4).any(|back| {
            m.first >= back
                && ENVOY_WORDS.contains(&t[m.first - back].key)
                && (m.first - back + 1..m.first).all(|k| {
                    t[k].is(&["to", "in", "en", "au", "aux", "a", "aupres", "de", "du", "the", "l'", "la"])
                })
        });
    alliance || posted
}

/// Whether the mention `m` owns an intent whose infinitive leads to the trigger: "X's plans to
/// stage naval drills", "la décision de X d'organiser des exercices". The infinitive stands right
/// after the intent ("to", "de", "d'") and at most [`INTENT_OBJECT_REACH`] lowercase words
/// before the trigger.
fn intends_trigger(f: &Facts<'_>, m: &Placed, trigger: usize) -> bool {
    let t = f.tokens;
    if m.last >= trigger {
        return false;
    }
    let intent = |k: usize| t.get(k).is_some_and(|x| INTENT_NOUNS.of(f.lang).contains(&x.key.as_str()));
    // "X's plans to": the owner, its possessive, the intent and "to"
    let genitive =
        if t[m.last].key == "'" && t.get(m.last + 1).is_some_and(|x| x.key == "s") { 2 } else { 0 };
    let owner_before =
        intent(m.last + genitive) && t.get(m.last + genitive + 1).is_some_and(|x| x.is(&["to"]));
    // "l'intention de X d'organiser": the intent, "de", the owner and "de"
    // (over an article: "la décision de l'Argentine d'organiser")
    let article = usize::from(m.first >= 1 && t[m.first - 1].is(&["l'", "la", "le", "les"]));
    let owner_after = m.first >= 2 + article
        && t[m.first - 1 - article].is(&["de", "du", "des", "d'"])
        && intent(m.first - 2 - article)
        && t[m.last].is(&["de", "d'"]);
    let verb = if owner_before { m.last + genitive + 2 } else { m.last + 1 };
    (owner_before || owner_after)
        && verb < trigger
        && trigger - verb <= INTENT_OBJECT_REACH
        && (verb..trigger).all(|k| !t[k].cap && t[k].kind == TokenKind::Word)
}

/// How many words after an intent's infinitive its trigger may stand ("to stage large naval
/// drills").
const INTENT_OBJECT_REACH: usize = 4;

/// Whether the mention `m` is compounded with the trigger as its owner: before it over lowercase
/// words, hyphens and other names ("X-Y military exercises", "Estria's drills"), or a French
/// demonym after it over one lowercase adjective ("les manœuvres russes", "des exercices
/// militaires chinois").
pub(super) fn owner_of_trigger(f: &Facts<'_>, m: &Placed, trigger: usize) -> bool {
    let named = |k: usize| f.mentions_in(k.saturating_sub(8), k + 9).any(|m| m.first <= k && k < m.last);
    // (modifiers only: a function word, "X and deployed", or a comma, "…and Chad, signed",
    // breaks the compound)
    let modifier = |k: usize| {
        let t = &f.tokens[k];
        t.is(&["-", "'", "s"])
            || named(k)
            || t.kind == TokenKind::Word && !t.cap && !f.lex.name_stops.contains(&t.key.as_str())
    };
    let compound = m.last <= trigger && trigger - m.last <= 4 && (m.last..trigger).all(modifier);
    let postposed = m.first > trigger
        && m.first <= trigger + 2
        && m.last == m.first + 1
        && !f.tokens[m.first].cap
        && (trigger + 1..m.first).all(|k| !f.tokens[k].cap && f.tokens[k].kind == TokenKind::Word)
        && f.actors[m.actor].kind() == EntityType::Country;
    compound || postposed
}

/// How far after a relative word (or an agent's "by") on the trigger its subjects may be named.
const RELATIVE_SUBJECT_REACH: usize = 8;
