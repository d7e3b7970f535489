//! Opposition told by nouns between sides rather than by a verb of blame: rivalry ("tensions
//! between X and Y", "X's tensions with Y", "Sino-Estrian tensions", the dispute's topic in
//! between), fire opened on a side (read by the opposition cue, [`fired_on`]), seizure
//! ("Estria's invasion of X"), facing a rival ("face à l'influence de X", "in the face of Y's
//! threats"), strained ties, and armed acts with their author and target ([`armed_act`]).

use super::opposition::oppose_all;
use super::targets::targets;
use super::{add, dedup, party_side, Link};
use crate::analysis::{EntityType, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{
    hostile_cue, AGENT_WORDS, AIM_WORDS, AND_WORDS, ARTICLES, ATTACK_NOUNS, BATTLE_NOUNS, BETWEEN_PRONOUNS,
    BETWEEN_WORDS, CLASH_WORDS, COMMENT_VERBS, COOPERATION_NOUNS, COUNTRY_PLURALS, DISPUTE_TOPIC_MARKS,
    EXCHANGE_VERBS, FIRE_NOUNS, HAVE_AUXILIARIES, HOSTILE_NOUNS, JOINT_WORDS, MUTUAL_RIVALRY, OF_WORDS,
    OPEN_FIRE_VERBS, OPERATION_NOUNS, PITTING_VERBS, SHOOT_VERBS, SHOT_AT, STATE_VERBS, STRAIN_OPENERS,
    STRAIN_WORDS, SUBJECT_RELATIVES, UNDERGO_WORDS,
};
use crate::text::TokenKind;

/// Opposition from a noun of rivalry at `k`: between the sides it names ("tensions between X and
/// Y", "la rivalité entre X et Y"), or from the actors before it to the one after "avec"/"with"
/// ("X's tensions with Y").
pub(super) fn rivalry(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    // (over a length: "une guerre de dix jours entre X et Y", "a war of ten months between")
    let length = f.tokens.get(k + 1).is_some_and(|t| t.is(&["de", "of"]))
        && f.tokens.get(k + 2).is_some_and(|t| {
            t.key.chars().all(|c| c.is_ascii_digit()) || crate::lang::number_word(&t.key).is_some()
        });
    let reach = if length { k + 5 } else { k + 3 };
    let next = |w: &[&str]| (k + 1..reach.min(s.last)).find(|&j| f.tokens[j].is(w));
    let between = ["between", "entre"];
    if let Some(j) = next(&between)
        .or_else(|| between_later(f, k, s.last))
        .or_else(|| between_after_topic(f, mentions, k, s.last))
        .or_else(|| told_with(f, k, s.last, &between))
    {
        let mut sides: Vec<usize> =
            dedup(targets(f, mentions, j).iter().filter_map(|m| party_side(f, m.actor)).collect());
        // (a pronoun as the first side stands for the sentence's subject: "X takes delivery as
        // tensions between them and Y rise")
        if let Some(subject) = pronoun_side(f, mentions, si, j) {
            if !sides.contains(&subject) {
                sides.insert(0, subject);
            }
        }
        // (the pair the text is about, when the phrase is "between the two countries")
        if sides.is_empty() && pair_after(f, j) {
            if let Some((a, b)) = f.main_pair() {
                sides = vec![a, b];
            }
        }
        // (each side against each other: "tensions entre X, Y et Z")
        oppose_each_other(out, &sides[..sides.len().min(MAX_BETWEEN_SIDES)], si);
    } else if let Some(j) = next(&["with", "avec"]).or_else(|| told_with(f, k, s.last, &["with", "avec"])) {
        // the clause's subject has the tensions, not the last name before the noun: "X a renforcé
        // ses liens avec Y en réponse aux tensions avec Z" opposes X and Z
        let target = targets(f, mentions, j).first().copied();
        let after = target.and_then(|m| party_side(f, m.actor));
        // (and those coordinated with it: "X and Y held drills amid tensions with Z")
        // (in a relative clause, its antecedent: "…avec X, qui demeure en conflit avec Y")
        let relative = (s.first..k).rfind(|&j| f.tokens[j].is(SUBJECT_RELATIVES.of(f.lang)));
        let antecedent = relative.and_then(|r| {
            let at = if r > 0 && f.tokens[r - 1].is(&[","]) { r - 1 } else { r };
            mentions.iter().find(|m| m.last == at && party_side(f, m.actor).is_some())
        });
        // (urged to ease them, the side urged has them: "X urged Y to ease tensions with Z")
        let urged = super::support::called_doer_from(f, si, k).and_then(|c| {
            mentions.iter().filter(|m| m.first > c && m.last <= k).find(|m| party_side(f, m.actor).is_some())
        });
        let first_before = antecedent
            .or(urged)
            .or_else(|| mentions.iter().filter(|m| m.last <= k).find(|m| party_side(f, m.actor).is_some()));
        let before: Vec<usize> = first_before
            .map(|m| dedup(f.with_coordinated(m, k).into_iter().filter_map(|a| party_side(f, a)).collect()))
            .unwrap_or_default();
        // "Amid tensions with Y, X decided…", "Crise avec Y : X lance…": a phrase opening the
        // sentence is the subject's, named right after the comma or colon that closes it
        let subject = || {
            let comma = (target?.last..s.last).find(|&c| f.tokens[c].is(&[",", ":"]))?;
            mentions
                .iter()
                .find(|m| m.first > comma && m.first <= comma + 3)
                .and_then(|m| party_side(f, m.actor))
        };
        let sources = if before.is_empty() { subject().into_iter().collect() } else { before };
        if let Some(b) = after {
            for a in sources.into_iter().filter(|&a| a != b) {
                add(out, RelationType::Opposition, a, b, &[si], None);
            }
        }
    } else if let [a, b] = compound_sides(f, mentions, k)[..] {
        add(out, RelationType::Opposition, a, b, &[si], None);
    } else if MUTUAL_RIVALRY.of(f.lang).contains(&f.tokens[k].key.as_str())
        || CLASH_WORDS.contains(&f.tokens[k].key)
        || fire_exchanged(f, k)
    {
        // "X and Y have been at loggerheads", "X and Y border guards clashed": the coordinated
        // subjects oppose one another
        let sides: Vec<usize> = dedup(f.critics(k, s).into_iter().filter_map(|a| party_side(f, a)).collect());
        oppose_each_other(out, &sides, si);
    } else if pits_sides(f, k) {
        // "des combats ont opposé les forces de X et de Y": the sides after the verb
        let sides: Vec<usize> =
            dedup(targets(f, mentions, k).iter().filter_map(|m| party_side(f, m.actor)).collect());
        oppose_each_other(out, &sides, si);
    }
}

/// How far after a noun of rivalry its "between" may stand past a short verb phrase.
const BETWEEN_REACH: usize = 7;

/// The "between"/"entre" naming a rivalry's sides past a short verb phrase of words naming no
/// actor, no punctuation between ("clashes that broke out on Monday between X and Y", "des
/// affrontements survenus lundi entre X et Y").
fn between_later(f: &Facts<'_>, k: usize, end: usize) -> Option<usize> {
    let j = (k + 1..(k + 1 + BETWEEN_REACH).min(end)).find(|&j| f.tokens[j].is_in(BETWEEN_WORDS))?;
    let plain = (k + 1..j).all(|q| f.tokens[q].kind != crate::text::TokenKind::Punct);
    (plain && f.mentions_in(k + 1, j).next().is_none()).then_some(j)
}

/// The preposition (one of `words`: "with"/"avec", "between"/"entre") after a copula and words of
/// degree ("les tensions sont vives avec Y", "tension has remained high between X and Y"): the
/// noun's partners, as right after it.
fn told_with(f: &Facts<'_>, k: usize, end: usize, words: &[&str]) -> Option<usize> {
    let copula = f.tokens.get(k + 1).is_some_and(|t| t.is(STATE_VERBS.of(f.lang)));
    let j = (k + 3..(k + 6).min(end)).find(|&j| f.tokens[j].is(words))?;
    // (only lowercase words between: "are running high", "sont vives", "has stayed very high")
    let degree = (k + 2..j).all(|q| f.tokens[q].kind == crate::text::TokenKind::Word && !f.tokens[q].cap);
    (copula && degree).then_some(j)
}

/// The side a pronoun right after "between"/"entre" stands for, before "and"/"et" ("between them
/// and Y", "entre eux et Y"): the first party named in the sentence, its subject.
fn pronoun_side(f: &Facts<'_>, mentions: &[Placed], si: usize, between: usize) -> Option<usize> {
    let pronoun = f.tokens.get(between + 1).is_some_and(|t| t.is(BETWEEN_PRONOUNS.of(f.lang)));
    let and = f.tokens.get(between + 2).is_some_and(|t| t.is_in(AND_WORDS));
    if !(pronoun && and) {
        return None;
    }
    let s = f.sentences[si];
    mentions.iter().filter(|m| m.first >= s.first && m.last <= between).find_map(|m| party_side(f, m.actor))
}

/// Whether the words after "between" at `j` name the pair the text is about ("entre les deux
/// pays", "between the two countries", "between both sides").
fn pair_after(f: &Facts<'_>, j: usize) -> bool {
    let word = |i: usize, w: &[&str]| f.tokens.get(j + i).is_some_and(|t| t.is(w));
    let count = |i: usize| word(i, &["deux", "two", "both"]);
    (count(1) || word(1, &["les", "the"]) && count(2)) && (1..4).any(|i| word(i, COUNTRY_PLURALS.of(f.lang)))
}

/// Whether the word at `k` is a noun of fighting with "between" after it ("fighting between X
/// and Y", "fighting reportedly goes on between…", "la bataille entre X et Y"): a rivalry of its
/// sides. Without "between" the word is a verb ("X is fighting Y") or aims at a cause ("the
/// battle against poverty"), read elsewhere.
pub(super) fn battle_between(f: &Facts<'_>, k: usize) -> bool {
    let end = f.sentences[f.sentence_of(k)].last;
    BATTLE_NOUNS.contains(&f.tokens[k].key)
        && ((k + 1..(k + 3).min(end)).any(|j| f.tokens[j].is_in(BETWEEN_WORDS))
            || between_later(f, k, end).is_some())
}

/// Whether the word at `k` is a verb of exchange with a noun of fire after it, over a determiner
/// ("exchanged fire", "traded artillery shells", "ont échangé des tirs"): a clash its coordinated
/// subjects fought against each other, read by [`rivalry`].
pub(super) fn fire_exchanged(f: &Facts<'_>, k: usize) -> bool {
    EXCHANGE_VERBS.contains(&f.tokens[k].key)
        && (k + 1..(k + 4).min(f.tokens.len())).any(|j| FIRE_NOUNS.contains(&f.tokens[j].key))
}

/// Whether the word at `k` shoots at someone named after it: a noun of fire right after a verb
/// opening it ("opened fire on", "a ouvert le feu sur", over one article), or a verb of shooting,
/// each followed by a word aiming the shot ("fired at", "ont tiré sur"). Its subject opposes its
/// target.
pub(super) fn fired_on(f: &Facts<'_>, k: usize) -> bool {
    let key = &f.tokens[k].key;
    let aimed = f.tokens.get(k + 1).is_some_and(|t| t.is(SHOT_AT.of(f.lang)));
    let opened = FIRE_NOUNS.contains(key)
        && (k.saturating_sub(2)..k).any(|j| f.tokens[j].is(OPEN_FIRE_VERBS.of(f.lang)));
    aimed && (opened || f.tokens[k].is(SHOOT_VERBS.of(f.lang)))
}

/// Whether the word at `k` sets sides against each other after a noun of fighting within a few
/// words before it ("des combats ont opposé X et Y"), read by [`rivalry`].
pub(super) fn pits_sides(f: &Facts<'_>, k: usize) -> bool {
    PITTING_VERBS.contains(&f.tokens[k].key)
        && (k.saturating_sub(5)..k).any(|j| CLASH_WORDS.contains(&f.tokens[j].key))
}

/// How many sides named after a rivalry's "between" are read ("between X, Y and Z"): past them, a
/// list is more likely to run on into another phrase.
const MAX_BETWEEN_SIDES: usize = 4;

/// Opposition from each of `sides` to each other (two sides at least, or none).
fn oppose_each_other(out: &mut Vec<Link>, sides: &[usize], si: usize) {
    for &a in sides {
        for &b in sides.iter().filter(|&&b| b != a) {
            add(out, RelationType::Opposition, a, b, &[si], None);
        }
    }
}

/// How many tokens the topic of a dispute may take before its sides ("over the disputed
/// Essequibo region, between X and Y").
const TOPIC_REACH: usize = 8;

/// The "between"/"entre" after the topic of the noun of rivalry at `k` ("the conflict over the
/// river, between X and Y"): the topic opens right after the noun with one of
/// [`DISPUTE_TOPIC_MARKS`] and names no country of its own (a place or a region named
/// there is the topic).
fn between_after_topic(f: &Facts<'_>, mentions: &[Placed], k: usize, end: usize) -> Option<usize> {
    if !f.tokens.get(k + 1).is_some_and(|t| DISPUTE_TOPIC_MARKS.contains(&t.key)) {
        return None;
    }
    let j = (k + 2..(k + 2 + TOPIC_REACH).min(end)).find(|&j| f.tokens[j].is_in(BETWEEN_WORDS))?;
    let party_inside = mentions
        .iter()
        .any(|m| m.first > k && m.last <= j && f.actors[m.actor].kind() == EntityType::Country);
    (!party_inside).then_some(j)
}

/// The two sides of a compound adjective beside a noun of rivalry at `k` ("Sino-American
/// tensions", "les tensions russo-ukrainiennes"): two parties named within three tokens of the
/// noun, joined by a hyphen only.
fn compound_sides(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Vec<usize> {
    let near: Vec<&Placed> =
        mentions.iter().filter(|m| m.first + 4 >= k && m.first <= k + 3 && m.first != k).collect();
    for w in near.windows(2) {
        let hyphen = w[0].last < w[1].first && (w[0].last..w[1].first).all(|j| f.tokens[j].is(&["-"]));
        let beside = w[1].last == k || w[0].first == k + 1;
        if hyphen && beside {
            let sides: Vec<usize> = dedup(w.iter().filter_map(|m| party_side(f, m.actor)).collect());
            if sides.len() == 2 {
                return sides;
            }
        }
    }
    Vec::new()
}

/// Opposition from a noun of seizure at `k` ([`SEIZURE_NOUNS`]): its author opposes the owner of
/// the land taken. The owner is the party right after "of"/"de" (over an article); the author is
/// named right before the noun or with a possessive ("Estria's invasion of X"), as the adjective
/// right after it ("l'invasion estrienne de X"), or after "by"/"par" behind the owner ("the
/// occupation of X by Y"). A place owns nothing here (its country is not read from it), and a
/// seizure with no author named ("fears of an invasion of X") opposes no one.
pub(super) fn seizure(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let adjective = mentions.iter().find(|m| m.first == k + 1);
    let of = adjective.map_or(k + 1, |m| m.last);
    if of >= s.last || !f.tokens[of].is_in(OF_WORDS) {
        return;
    }
    let Some(owner) =
        mentions.iter().find(|m| m.first > of && (of + 1..m.first).all(|j| f.tokens[j].is_in(ARTICLES)))
    else {
        return;
    };
    let before = mentions.iter().rfind(|m| m.last <= k).filter(|m| {
        m.last == k || m.last + 2 == k && f.tokens[m.last].is(&["'", "’"]) && f.tokens[m.last + 1].is(&["s"])
    });
    let by = mentions.iter().find(|m| {
        m.first > owner.last
            && m.first <= owner.last + 3
            && (owner.last..m.first).any(|j| f.tokens[j].is(AGENT_WORDS.of(f.lang)))
    });
    let author = before.or(adjective).or(by).and_then(|m| party_side(f, m.actor));
    if let (Some(a), Some(b)) = (author, party_side(f, owner.actor)) {
        oppose_all(out, &[a], &[b], si);
    }
}

/// How far after the first rival faced a second one may be joined ("…de X, dotée de l'arme
/// nucléaire, et à l'influence de Y").
const FACED_AGAIN_REACH: usize = 12;

/// Opposition from facing a rival at `k` ("… face à l'influence grandissante de la flotte X", "in
/// the face of Y's growing influence"): the subjects of the sentence (its first actors that no
/// preposition introduces, and those coordinated with them) oppose the first side named within
/// eight words after it. With no such side ("face aux journalistes"), no one.
pub(super) fn facing(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    if !f.faces_at(k) {
        return;
    }
    let side_after = |from: usize| {
        mentions
            .iter()
            .filter(|m| m.first > from && m.first <= from + 8)
            .find(|m| party_side(f, m.actor).is_some())
    };
    let Some(first) = side_after(k) else { return };
    let mut targets: Vec<usize> = party_side(f, first.actor).into_iter().collect();
    // a second rival faced, the preposition repeated: "face aux menaces de X, …, et à l'influence
    // de Y", "in the face of X's threats and of Y's influence"
    let again = (first.last..(first.last + FACED_AGAIN_REACH).min(s.last)).find(|&j| {
        f.tokens[j].is_in(AND_WORDS)
            && f.tokens.get(j + 1).is_some_and(|t| t.is(&["a", "au", "aux", "of", "to"]))
    });
    if let Some(second) = again.and_then(|j| side_after(j + 1)).and_then(|m| party_side(f, m.actor)) {
        targets.push(second);
    }
    let Some(subject) = f.first_subject(s, k) else { return };
    let sources: Vec<usize> =
        dedup(f.with_coordinated(subject, k).into_iter().filter_map(|a| party_side(f, a)).collect());
    oppose_all(out, &sources, &dedup(targets), si);
}

/// How far before a noun of criticism its word of undergoing may stand ("came under heavy
/// diplomatic fire", "sous le feu des critiques").
const UNDERGO_REACH: usize = 4;

/// Whether the noun at `k` is undergone by its clause's subject: a word of undergoing
/// ([`UNDERGO_WORDS`]) before it, with only lowercase words between ("faced sharp criticism",
/// "a essuyé les critiques").
pub(super) fn undergone(f: &Facts<'_>, k: usize) -> bool {
    let from = k.saturating_sub(UNDERGO_REACH);
    (from..k)
        .rev()
        .take_while(|&j| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap)
        .any(|j| f.tokens[j].is(UNDERGO_WORDS.of(f.lang)))
}

/// Whether the token at `k` is fire undergone from a named side ("came under fire from Y", "sous
/// le feu de Y"): a noun of fire after a word of undergoing, its author right after.
pub(super) fn fire_undergone(f: &Facts<'_>, k: usize) -> bool {
    f.tokens[k].is(FIRE_NOUNS.of(f.lang))
        && undergone(f, k)
        && f.tokens.get(k + 1).is_some_and(|t| t.is(&["from", "de", "du", "des", "d'"]))
}

/// How far after a noun of ties a word of strain may stand, over the sides between them
/// ("relations between the X Republic and Y have long been tense").
const STRAIN_REACH: usize = 14;

/// The noun of ties that the word of strain at `k` says are strained: right before or after it
/// ("tense relations", "les relations tendues"), or before it in its clause with no punctuation
/// and no word opening an adjunct between ("relations between X and Y have been tense", "les
/// relations entre X et Y se sont dégradées"; not "relations have improved after a tense year").
/// [`rivalry`] reads the sides from that noun.
pub(super) fn strained_ties(f: &Facts<'_>, k: usize) -> Option<usize> {
    if !f.tokens[k].is(STRAIN_WORDS.of(f.lang)) {
        return None;
    }
    let ties = |j: usize| f.tokens.get(j).is_some_and(|t| t.is(COOPERATION_NOUNS.of(f.lang)));
    if let Some(j) = [k + 1, k + 2].into_iter().find(|&j| ties(j)) {
        return Some(j);
    }
    let s = f.sentences[f.sentence_of(k)];
    let lo = k.saturating_sub(STRAIN_REACH).max(s.first);
    let r = (lo..k).rev().find(|&j| ties(j))?;
    let adjunct = (r + 1..k).any(|j| {
        let t = &f.tokens[j];
        t.kind == TokenKind::Punct && !t.is(&["'", "’", "-"]) || t.is(STRAIN_OPENERS.of(f.lang))
    });
    (!adjunct).then_some(r)
}

/// The authors and the target of an armed act or threat at `k` when the text names both: the
/// author right before the noun ("Russian strikes", "X's attack") or right after it ("les frappes
/// israéliennes", "l'attaque de X", "an attack by X"), else the subjects of its clause when no
/// word of comment or blame stands between them and the noun ("X is ready for an operation against
/// Y", not "X condemned the strikes against Y"); the target after a word aiming it ("visant",
/// "contre", "on", "against") within eight tokens, right after the noun for the subjects. A
/// military operation counts only so aimed.
pub(super) fn armed_act(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<(Vec<usize>, usize)> {
    let key = f.tokens[k].key.as_str();
    if !(ATTACK_NOUNS.contains(key) || HOSTILE_NOUNS.contains(key) || OPERATION_NOUNS.contains(key)) {
        return None;
    }
    let s = f.sentences[f.sentence_of(k)];
    let aim = (k + 1..(k + 9).min(s.last)).find(|&j| f.tokens[j].is(AIM_WORDS.of(f.lang)))?;
    // (an operation's two adjectives may stand before its aim: "opérations navales conjointes
    // contre", "joint operations launched against")
    let modifier = |j: usize| f.tokens[j].kind == TokenKind::Word && !f.tokens[j].cap && aim <= k + 3;
    if OPERATION_NOUNS.contains(key) && aim > k + 2 && !(k + 1..aim).all(modifier) {
        return None;
    }
    let target = mentions.iter().filter(|m| aimed_at(f, aim, m)).find_map(|m| party_side(f, m.actor))?;
    let before = mentions.iter().rfind(|m| m.last <= k).filter(|m| {
        m.last == k || m.last + 2 == k && f.tokens[m.last].is(&["'", "’"]) && f.tokens[m.last + 1].is(&["s"])
    });
    let after = mentions.iter().find(|m| m.first > k && m.first < aim).filter(|m| {
        m.first == k + 1
            || (k + 1..m.first).all(|j| {
                f.tokens[j].is(&["de", "du", "des", "d'", "par", "by", "from", "of", "la", "le", "l'", "the"])
            })
    });
    if let Some(author) = before.or(after).and_then(|m| party_side(f, m.actor)) {
        return Some((vec![author], target));
    }
    // (the subjects of the clause only for an act aimed right after its noun: "an attack that
    // shook states which rely on X" aims at no one)
    if aim > k + 2 && !(k + 1..aim).all(modifier) {
        return None;
    }
    let subjects = f.critics(k, s);
    // a joint act with no author named is the story's two sides' ("un état-major pour des
    // opérations communes contre X")
    let joint = (k.saturating_sub(2).max(s.first)..aim).any(|j| JOINT_WORDS.contains(&f.tokens[j].key));
    if subjects.is_empty() && joint {
        let (a, b) = f.main_pair()?;
        return (target != a && target != b).then(|| (vec![a, b], target));
    }
    let first = mentions.iter().filter(|m| subjects.contains(&m.actor)).map(|m| m.last).min()?;
    let comment = (first..k).any(|j| {
        let w = &f.tokens[j].key;
        hostile_cue(f.lex, w) || COMMENT_VERBS.contains(w)
    });
    let authors: Vec<usize> = dedup(subjects.into_iter().filter_map(|a| party_side(f, a)).collect());
    (!comment && !authors.is_empty()).then_some((authors, target))
}

/// How many words may stand between an aiming word and its target when they name the target's
/// fighters ("against the militants of X").
const FIGHTERS_REACH: usize = 6;

/// Whether the mention `m` is what the aiming word at `aim` aims at: within three tokens of it
/// ("against the X"), or after lowercase words ending in a word of belonging that name its
/// fighters ("contre les jihadistes de l'X", "against fighters of the X").
fn aimed_at(f: &Facts<'_>, aim: usize, m: &Placed) -> bool {
    if m.first <= aim || m.first > aim + FIGHTERS_REACH {
        return false;
    }
    if m.first <= aim + 3 {
        return true;
    }
    let gap = &f.tokens[aim + 1..m.first];
    let of = gap.iter().rposition(|t| t.is_in(OF_WORDS));
    gap.iter().all(|t| t.kind == TokenKind::Word && !t.cap)
        && of.is_some_and(|i| gap[i + 1..].iter().all(|t| t.is_in(ARTICLES)))
}

/// Whether the noun of an armed act at `k` is the verb's participle after its auxiliary ("les
/// rebelles ont attaqué X", where the folded participle is the noun's form): its subject attacks
/// its object, as any hostile act. The English participle ("attacked") is a hostile act of its own.
pub(super) fn attacked(f: &Facts<'_>, k: usize) -> bool {
    ATTACK_NOUNS.contains(&f.tokens[k].key) && k > 0 && f.tokens[k - 1].is(HAVE_AUXILIARIES.of(f.lang))
}
