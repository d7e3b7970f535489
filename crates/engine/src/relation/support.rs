//! Support from its cues: who backs whom, read from the cue's complement and the sides around it
//! ("X soutient Y", "X, backed by Y", "the Y-backed X", "relying on Z's support"), from thanks
//! and from training given. Goods changing hands are [`super::supply`]'s.
//!
//! Part of stage 10 (`super`): reads the facts and the sentence's placed mentions, adds
//! [`Link`]s of kind support.

use super::supply::clause_subject;
use super::{add, backer_side, country_side, dedup, party_side, Link};
use crate::analysis::{EntityType, Lang, RelationType};
use crate::facts::{Facts, Placed};
use crate::lang::{
    AND_WORDS, ARTICLES, BACKED_BY, BACKING_NOUNS, BY_WORDS, CIVILIAN_NOUNS, CONTROL_VERBS, DIRECTION_WORDS,
    GIFT_NOUNS, OF_WORDS, RECEIPT_VERBS, SINGULAR_POSSESSIVES, TRAINED_WORDS, TRAINING_VERBS,
};
use crate::text;
use crate::text::syntax::Upos;

/// Prepositions before a name that make it no subject of a verb of backing.
const OBJECT_MARKS: &[&str] = &["to", "a", "au", "aux", "in", "en", "with", "avec", "from", "into", "vers"];

/// How far after a verb of training the side of the troops trained may be named.
const TRAINEES_REACH: usize = 8;

/// Support relations from the cue at token `k` of sentence `si`: the nearest side before
/// the cue (in its clause) supports the first one within four tokens after it (eight after a verb
/// of training troops); a reflexive cue ("se soutiennent", "support each other") makes every pair
/// of sides before it support each other, both ways.
pub(super) fn support(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    match backer_after(f, mentions, k) {
        Backing::Active => {}
        Backing::Unknown => return,
        Backing::Pair(backer, backed) => {
            let backed_all = listed_before(f, mentions, k, backed);
            for b in with_coordinated_backers(f, mentions, k, backer) {
                for &x in backed_all.iter().filter(|&&x| x != b) {
                    add(out, RelationType::Support, b, x, &[si], None);
                }
            }
            return;
        }
    }
    let reflexive = k >= 1 && f.tokens[k - 1].is(&["se", "s'", "each"])
        || k + 2 < f.tokens.len() && f.tokens[k + 1].is(&["each", "mutuel", "mutually"])
        || mutual_defence(f, k);
    let before: Vec<usize> =
        mentions.iter().filter(|m| m.last <= k).filter_map(|m| country_side(f, m.actor)).collect();
    if reflexive {
        let sides = dedup(before.clone());
        for (i, &a) in sides.iter().enumerate() {
            for &b in &sides[i + 1..] {
                add(out, RelationType::Support, a, b, &[si], None);
                add(out, RelationType::Support, b, a, &[si], None);
            }
        }
        return;
    }
    // the nearest actor before the cue (in its clause) backs the nearest one after it, and so do
    // the actors coordinated with it ("the United States and Britain support X")
    // (in the cue's clause, and no name a preposition governs: "X sends troops to Y to support
    // Z" is X backing Z)
    let in_scope = in_clause_of(f, si, k);
    // ("officials in X" speak for X)
    let officials = |m: &&Placed| m.first >= 2 && crate::lang::OFFICIALS.contains(&f.tokens[m.first - 2].key);
    let governed = |m: &&Placed| m.first > 0 && f.tokens[m.first - 1].is(OBJECT_MARKS) && !officials(m);
    // (a cue made the doing of a called or urged one, "appelle les bailleurs à aider X", "urged Y
    // to back X", is that one's: only names after the verb of calling)
    let called = called_doer_from(f, si, k);
    let before: Vec<&Placed> = mentions
        .iter()
        .filter(|m| m.last <= k && !(m.last..k).any(|j| f.tokens[j].is(&[";"])))
        .filter(|m| called.is_none_or(|c| m.first > c))
        .filter(|m| in_scope(m))
        .filter(|m| !governed(m))
        .filter(|m| backer_side(f, m.actor).is_some())
        .filter(|m| !object_adjective_before(f, m, k))
        .collect();
    let mut sources = Vec::new();
    if let Some(last) = before.last() {
        sources.push(last.actor);
        let mut end = last.first;
        for m in before.iter().rev().skip(1) {
            let gap = || m.last..end;
            let joined = gap().all(|j| f.tokens[j].is(&["et", "and", ",", "la", "le", "l'", "les", "the"]));
            // ", et" opens a new clause in French; a name after a preposition is no subject
            let clause = gap().any(|j| f.tokens[j].is(&[","])) && gap().any(|j| f.tokens[j].is(&["et"]));
            let governed = m.first > 0
                && f.tokens[m.first - 1].is(&["de", "of", "du", "in", "dans", "a", "to", "with", "avec"]);
            if !joined || clause || governed {
                break;
            }
            sources.push(m.actor);
            end = m.first;
        }
    }
    // the backed may be an armed group or a body with no country ("aider les rebelles du M23"); a
    // nationality adjective qualifies the group named after it ("les rebelles congolais du M23")
    // (the troops trained are named before their side: "former les commandos de la garde
    // présidentielle de Y")
    let reach = if trains_troops(f, k) { TRAINEES_REACH } else { 4 };
    // (a nationality of civilians names no side: "solidarity with Estrian protesters")
    // ("les manifestants estriens": the noun before a lowercase nationality in French)
    let civilians = |m: &&Placed| {
        f.tokens.get(m.last).is_some_and(|t| t.is(CIVILIAN_NOUNS.of(f.lang)))
            || m.first > 0 && !f.tokens[m.first].cap && f.tokens[m.first - 1].is(CIVILIAN_NOUNS.of(f.lang))
    };
    let first =
        mentions.iter().filter(|m| m.first > k && m.first <= k + reach && !civilians(m)).find_map(|m| {
            let group = lowercase_nationality(f, m)
                .then(|| {
                    mentions
                        .iter()
                        .filter(|g| g.first > m.last && g.first <= m.last + 2)
                        .find(|g| f.tokens[g.first - 1].is_in(OF_WORDS))
                })
                .flatten();
            let m = group.unwrap_or(m);
            party_side(f, m.actor).map(|side| (m, side))
        });
    let Some((m, side)) = first else { return };
    // (and the sides coordinated with the first: "stand with X and Y")
    let targets: Vec<usize> = std::iter::once(side)
        .chain(coordinated_after(f, mentions, m).filter_map(|o| party_side(f, o.actor)))
        .collect();
    // (a body with no country backs in its own name: "NATO supports X")
    for a in sources.into_iter().filter_map(|a| backer_side(f, a)) {
        for &b in targets.iter().filter(|&&b| b != a) {
            add(out, RelationType::Support, a, b, &[si], None);
        }
    }
}

/// Whether mention `m` is a lowercase nationality ending the object of a first verb, right before
/// "and"/"et" and the cue `k` ("X a formé des officiers estriens et appuie Y"): the cue is the
/// first verb's second, its subject the clause's, not that adjective.
fn object_adjective_before(f: &Facts<'_>, m: &Placed, k: usize) -> bool {
    lowercase_nationality(f, m) && k == m.last + 1 && f.tokens[m.last].is_in(AND_WORDS)
}

/// Whether mention `m` is a country's lowercase adjective ("estrien", "norlandaise"): it
/// qualifies the noun beside it.
fn lowercase_nationality(f: &Facts<'_>, m: &Placed) -> bool {
    !f.tokens[m.first].cap && f.actors[m.actor].kind() == EntityType::Country
}

/// The mentions coordinated with `m` after it: each joined to the one before by "and"/"et" or a
/// comma, over an article only ("X, Y and the Z").
pub(super) fn coordinated_after<'a>(
    f: &'a Facts<'_>,
    mentions: &'a [Placed],
    m: &'a Placed,
) -> impl Iterator<Item = &'a Placed> + 'a {
    let mut end = m.last;
    mentions.iter().filter(move |o| o.first >= m.last).map_while(move |o| {
        let gap = end..o.first;
        let joined = gap.clone().all(|j| f.tokens[j].is(&["and", "et", ",", "the", "la", "le", "l'", "les"]))
            && gap.clone().any(|j| f.tokens[j].is(&["and", "et", ","]));
        joined.then(|| {
            end = o.last;
            o
        })
    })
}

/// How far before a cue a verb of calling or urging may stand ("a appelé les bailleurs
/// étrangers à bien vouloir continuer d'aider").
const CALLED_REACH: usize = 10;

/// The verb of calling or urging ([`CONTROL_VERBS`]) whose object does the cue at `k`: within
/// [`CALLED_REACH`] words before it in its sentence, with "to"/"à" between and no comma.
pub(super) fn called_doer_from(f: &Facts<'_>, si: usize, k: usize) -> Option<usize> {
    let s = f.sentences[si];
    let lo = k.saturating_sub(CALLED_REACH).max(s.first);
    let c = (lo..k).rev().find(|&j| CONTROL_VERBS.of(f.lang).contains(&f.tokens[j].key.as_str()))?;
    let marked = (c + 1..k).any(|j| f.tokens[j].is(&["to", "a"]));
    let comma = (c + 1..k).any(|j| f.tokens[j].is(&[","]));
    (marked && !comma).then_some(c)
}

/// Whether a mention of sentence `si` stands in the clause of the cue at `k` (the sentence split
/// once, each mention then placed by one lookup).
pub(super) fn in_clause_of<'f>(f: &'f Facts<'_>, si: usize, k: usize) -> impl Fn(&Placed) -> bool + 'f {
    let s = f.sentences[si];
    let clauses = f.clauses(s);
    let scope = text::scope_of(&clauses, k - s.first);
    move |m: &Placed| {
        let c = text::scope_of(&clauses, m.first.saturating_sub(s.first));
        m.first >= s.first && matches!((c, scope), (Some(a), Some(b)) if text::same_scope(a, b))
    }
}

/// Whether the noun of aid at `k` is what a verb of receiving before it receives ("reçoit de X un
/// milliard de dollars d'aide"): read there, with its giver, not again as a noun of its own.
pub(super) fn aid_received(f: &Facts<'_>, k: usize) -> bool {
    let s = f.sentences[f.sentence_of(k)];
    (k.saturating_sub(RECEIVED_AID_REACH).max(s.first)..k).any(|j| RECEIPT_VERBS.contains(&f.tokens[j].key))
}

/// How far after a verb of receiving the aid received may be named, over its sum.
pub(super) const RECEIVED_AID_REACH: usize = 16;

/// The side `backed` and, when it is named before the cue at `k`, the sides listed right before
/// it ("between A, B and C with support from Y": Y backs each of them). A list is names joined by
/// commas, "and"/"et" and articles only.
fn listed_before(f: &Facts<'_>, mentions: &[Placed], k: usize, backed: usize) -> Vec<usize> {
    let mut out = vec![backed];
    let end = mentions.partition_point(|m| m.last <= k);
    let Some(at) = mentions[..end].iter().rposition(|m| party_side(f, m.actor).is_some()) else { return out };
    if party_side(f, mentions[at].actor) != Some(backed) {
        return out;
    }
    let joiner =
        |j: usize| f.tokens[j].is(&[","]) || f.tokens[j].is_in(AND_WORDS) || f.tokens[j].is_in(ARTICLES);
    let mut first = mentions[at].first;
    let mut listed = Vec::new();
    let mut opening = at;
    for (i, m) in mentions[..at].iter().enumerate().rev() {
        if m.last >= first || !(m.last..first).all(joiner) {
            break;
        }
        listed.extend(party_side(f, m.actor));
        first = m.first;
        opening = i;
    }
    // (the list is the cue's own: right before it, or its clause's subject; "X's relations with
    // A and B, and militias backed by Y" name no backed list)
    let s = f.sentences[f.sentence_of(k)];
    let subject = mentions.iter().position(|m| m.first >= s.first) == Some(opening);
    if k - mentions[at].last <= LIST_GAP || subject {
        out.extend(listed.into_iter().filter(|x| *x != backed));
    }
    dedup(out)
}

/// How many words may stand between a list of backed sides and the backing noun after it ("A, B
/// and C with support from Y").
const LIST_GAP: usize = 3;

/// The backer named after a nominal cue at `k` and those coordinated with it ("l'aide de la France
/// et de l'Union européenne", "support from Japan and Korea"): each backs the backed.
fn with_coordinated_backers(f: &Facts<'_>, mentions: &[Placed], k: usize, backer: usize) -> Vec<usize> {
    let mut out = vec![backer];
    let Some(first) = mentions.iter().position(|m| m.first > k && m.actor == backer) else { return out };
    let joiner = |j: usize| {
        f.tokens[j]
            .is(&["et", "and", ",", "de", "du", "des", "d'", "of", "la", "le", "l'", "les", "the", "from"])
    };
    let mut end = mentions[first].last;
    for m in &mentions[first + 1..] {
        let joined = m.first >= end
            && (end..m.first).all(joiner)
            && (end..m.first).any(|j| f.tokens[j].is_in(AND_WORDS) || f.tokens[j].is(&[","]));
        if !joined || party_side(f, m.actor).is_none() {
            break;
        }
        out.push(m.actor);
        end = m.last;
    }
    out
}

/// Whether the word at `k` is the defence of a mutual defence pact ("un accord de défense
/// mutuelle", "a mutual defence treaty"): the parties back each other.
pub(super) fn mutual_defence(f: &Facts<'_>, k: usize) -> bool {
    let defence = f.tokens[k].is(&["defense", "defence"]);
    defence
        && (f.tokens.get(k + 1).is_some_and(|t| t.is(&["mutuelle", "mutuel"]))
            || k > 0 && f.tokens[k - 1].is(&["mutual"]))
}

/// How far after "à"/"to" following a backer its backed may be named ("le soutien de X à la force
/// conjointe du Y").
const BACKED_REACH: usize = 6;

/// How a support cue reads.
enum Backing {
    /// Active: the actor before backs the one after ("Y soutient X").
    Active,
    /// Its complement names the backer: (backer, backed).
    Pair(usize, usize),
    /// A passive or nominal cue whose backer or backed is not named ("Russian-backed operations").
    Unknown,
}

/// How the support cue at `k` reads. A nominal or passive cue names the backer in its complement:
/// "X, avec le soutien de Y", "X bénéficie de l'appui de Y", "X, backed by Y"; the backed is then
/// the nearest actor before the cue in its clause, which may be an armed group or a body. A
/// compound names the backer before its hyphen: "the Iran-backed Houthis". "in support of Y" and
/// "en soutien à Y" are active (the subject backs Y), and so is a cue without such a complement.
fn backer_after(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Backing {
    let key = f.tokens[k].key.as_str();
    // a participle is passive in a compound ("Iran-backed"), before its agent ("backed by Y",
    // "soutenus par Y") or after "be" ("were helped"); after "have" or alone it is an active
    // verb's past ("Norland helped Estria", "le Canada a aidé l'Ukraine")
    let agent = (k + 1..(k + 4).min(f.tokens.len())).any(|j| f.tokens[j].is_in(BY_WORDS));
    let be = k > 0
        && f.tokens[k - 1].is(&["ete", "been", "were", "was", "is", "are", "etre", "being", "est", "sont"]);
    let compound = k >= 2 && f.tokens[k - 1].key == "-";
    let passive = BACKED_BY.contains(key) && (agent || be || compound);
    // a participle that is no verb of backing in the active ("armed", "trained": "the Armed
    // Forces", "trained soldiers") backs no one without its agent, unless troops are its object
    // ("X trained Y's soldiers")
    if BACKED_BY.contains(key) && !passive && !f.tokens[k].is(f.lex.support) && !trains_troops(f, k) {
        return Backing::Unknown;
    }
    // "Iran-backed rebels", "the Rwanda-backed M23": the backer before the hyphen, the backed after
    if passive && k >= 2 && f.tokens[k - 1].key == "-" {
        let backer = mentions.iter().find(|m| m.last == k - 1).and_then(|m| country_side(f, m.actor));
        // the name right after the compound ("Russian-backed operations against X" backs no one)
        let backed = mentions.iter().find(|m| m.first == k + 1).and_then(|m| party_side(f, m.actor));
        return match (backer, backed) {
            (Some(a), Some(b)) => Backing::Pair(a, b),
            _ => Backing::Unknown,
        };
    }
    // "counting on Norland's backing", "thanks to Estria's help", "le soutien américain": a backing
    // noun right after (or before) a country names that country the backer; the backed is the
    // nearest side before it
    let si = f.sentence_of(k);
    let noun = f
        .sentences
        .get(si)
        .is_some_and(|s| matches!(f.syntax(si).upos(k - s.first), Some(crate::text::syntax::Upos::Noun)));
    if BACKING_NOUNS.contains(key) && noun {
        let before = mentions.iter().find(|m| {
            m.last == k || m.last + 2 == k && f.tokens[m.last].is(&["'"]) && f.tokens[m.last + 1].is(&["s"])
        });
        let after =
            mentions.iter().find(|m| m.first == k + 1 && f.actors[m.actor].kind() == EntityType::Country);
        if let Some(backer) = before.or(after).and_then(|m| country_side(f, m.actor)) {
            // "Australian support for X", "le soutien français au Niger": the backed follows
            // ("support to defy Z" is an aim: "to"/"à" must open a name or a determiner)
            let opens_name = |j: usize| f.tokens.get(j + 1).is_some_and(|t| t.cap || t.is_in(ARTICLES));
            let to = (k + 1..(k + 3).min(f.tokens.len())).find(|&j| {
                f.tokens[j].is(&["for", "au", "aux"]) || f.tokens[j].is(&["to", "a"]) && opens_name(j)
            });
            if let Some(j) = to {
                let backed = mentions
                    .iter()
                    .filter(|m| m.first > j && m.first <= j + 5)
                    .find_map(|m| party_side(f, m.actor))
                    .filter(|&x| x != backer);
                return backed.map_or(Backing::Unknown, |b| Backing::Pair(backer, b));
            }
            let at = before.map_or(k, |m| m.first);
            let backed = mentions
                .iter()
                .filter(|m| m.last <= at && !(m.last..at).any(|i| f.tokens[i].is(&[";", ":"])))
                .filter_map(|m| party_side(f, m.actor))
                .rfind(|&x| x != backer);
            return backed.map_or(Backing::Unknown, |b| Backing::Pair(backer, b));
        }
    }
    // "la Turquie soutien de Bakou", "Estria, backer of Norland": a backing noun in apposition
    // right after a side, with no determiner, names that side the backer of its complement
    let apposed = mentions.iter().find(|m| m.last == k || m.last + 1 == k && f.tokens[m.last].is(&[","]));
    if let Some(backer) = apposed.filter(|_| BACKING_NOUNS.contains(key)).and_then(|m| party_side(f, m.actor))
    {
        let of = f.tokens.get(k + 1).is_some_and(|t| t.is(&["de", "du", "d'", "of"]));
        let backed = mentions
            .iter()
            .filter(|m| of && m.first > k + 1 && m.first <= k + 3)
            .find_map(|m| party_side(f, m.actor))
            .filter(|&b| b != backer);
        if let Some(b) = backed {
            return Backing::Pair(backer, b);
        }
    }
    // "Estria pressed on with its backing of Norland": after a possessive the complement of a
    // backing noun is the backed, and the owner, the nearest side before, the backer
    // (and so after "to the": "Estria came to the aid of Norland")
    let owned = BACKING_NOUNS.contains(key)
        && k > 1
        && (f.tokens[k - 1].is(SINGULAR_POSSESSIVES.of(f.lang))
            || f.lang == Lang::En && f.tokens[k - 1].is(&["the"]) && f.tokens[k - 2].is(&["to"]))
        && f.tokens.get(k + 1).is_some_and(|t| t.is(&["of"]));
    if owned {
        let backed = mentions
            .iter()
            .filter(|m| m.first > k + 1 && m.first <= k + 4)
            .find_map(|m| party_side(f, m.actor));
        let backer = mentions
            .iter()
            .filter(|m| m.last < k && !(m.last..k).any(|i| f.tokens[i].is(&[";", ":"])))
            .filter_map(|m| party_side(f, m.actor))
            .next_back();
        return match (backer, backed) {
            (Some(a), Some(b)) if a != b => Backing::Pair(a, b),
            _ => Backing::Unknown,
        };
    }
    let marker: &[&str] = if passive {
        &["par", "by"]
    } else if BACKING_NOUNS.contains(key) && !(k > 0 && f.tokens[k - 1].is(&["in", "en"])) {
        // "le soutien de X", "the support of X", "l'aide apportée par X", "support given by X"
        &["de", "du", "des", "d'", "of", "from", "par", "by"]
    } else {
        return Backing::Active;
    };
    let unknown = if passive { Backing::Unknown } else { Backing::Active };
    // (over up to two adjectives: "un soutien politique explicite de X")
    let Some(j) = (k + 1..(k + 4).min(f.tokens.len())).find(|&j| f.tokens[j].is(marker)) else {
        return unknown;
    };
    // the backer may be an international body too ("avec l'appui de l'Union africaine")
    let Some(by) =
        mentions.iter().find(|m| m.first > j && m.first <= j + 5 && party_side(f, m.actor).is_some())
    else {
        return unknown;
    };
    let backer = party_side(f, by.actor);
    // the backed side follows the backer ("le soutien de X à l'armée de Y", "support from X to
    // Y"), or is the nearest side before the cue, which may be an armed group or a body ("les
    // rebelles du M23, soutenus par X")
    // right after the backer, "à" written with its accent (a folded "a" may be the verb "a")
    let to = Some(by.last).filter(|&i| {
        f.tokens.get(i).is_some_and(|t| matches!(&f.text[t.start..t.end], "à" | "au" | "aux" | "to" | "for"))
    });
    // (over the words of a body's head: "à la force conjointe du X")
    let after = to.and_then(|i| {
        mentions
            .iter()
            .filter(|m| m.first > i && m.first <= i + BACKED_REACH)
            .find_map(|m| party_side(f, m.actor))
    });
    let backed = after.or_else(|| {
        mentions
            .iter()
            .filter(|m| m.last <= k && !(m.last..k).any(|i| f.tokens[i].is(&[";", ":"])))
            .filter_map(|m| party_side(f, m.actor))
            .next_back()
    });
    match (backer, backed) {
        (Some(a), Some(b)) => Backing::Pair(a, b),
        _ => Backing::Unknown,
    }
}

/// Support from thanks for help: "X thanked Y for its support", "X a remercié Y pour son aide":
/// Y, the first side within three tokens after the cue at `k`, backs the subject of the cue's
/// clause, when a backing noun follows "for"/"pour" within eight tokens of Y; or, thanked for
/// backing something ("X thanked Y for supporting Z's policy", "remercié Y de soutenir…"), Y
/// backs the side named in that object (else the subject). Thanks for anything else ("thanked Y
/// for the invitation") are no support.
pub(super) fn gratitude(f: &Facts<'_>, mentions: &[Placed], si: usize, k: usize, out: &mut Vec<Link>) {
    let s = f.sentences[si];
    let Some(helper) =
        mentions.iter().find(|m| m.first > k && m.first <= k + 3 && country_side(f, m.actor).is_some())
    else {
        return;
    };
    let end = (helper.last + 8).min(s.last);
    let Some(cause) = (helper.last..end).find(|&j| f.tokens[j].is(&["for", "pour", "de", "d'"])) else {
        return;
    };
    // (a verb of backing right after the cause's mark, "thanked Y for supporting Z's policy",
    // "remercié Y de soutenir la politique de Z": Y backs Z, the side named within its object)
    let verb = f.tokens.get(cause + 1).is_some_and(|t| f.lex.support.contains(&t.key.as_str()))
        && matches!(f.syntax(si).upos(cause + 1 - s.first), Some(Upos::Verb));
    if !verb
        && !(cause + 1..end)
            .any(|j| BACKING_NOUNS.contains(&f.tokens[j].key) || GIFT_NOUNS.contains(&f.tokens[j].key))
    {
        return;
    }
    let object = || {
        mentions
            .iter()
            .filter(|m| m.first > cause + 1 && m.first <= cause + 1 + BACKED_OBJECT_REACH && m.last <= s.last)
            .find_map(|m| party_side(f, m.actor))
    };
    let backed = if verb { object() } else { None };
    let (Some(a), Some(b)) =
        (country_side(f, helper.actor), backed.or_else(|| clause_subject(f, mentions, si, k, country_side)))
    else {
        return;
    };
    if a != b {
        add(out, RelationType::Support, a, b, &[si], None);
    }
}

/// How far after a verb of backing thanked for ("for supporting the open-door policy of Z") the
/// side backed may be named.
const BACKED_OBJECT_REACH: usize = 10;

/// How far after a verb of training the troops trained may be named ("a formé 150 militaires
/// fidjiens", "trained Somali soldiers").
const TRAINED_REACH: usize = 4;

/// Whether the word at `k` is a verb of training whose object is troops ("X a formé des
/// militaires de Y", "X trains Y's soldiers"): the trainer backs the side trained. ("forment une
/// alliance" forms something, it trains no one.)
pub(super) fn trains_troops(f: &Facts<'_>, k: usize) -> bool {
    TRAINING_VERBS.contains(&f.tokens[k].key)
        && (k + 1..(k + 1 + TRAINED_REACH).min(f.tokens.len())).any(|j| f.tokens[j].is(f.lex.troop_words))
}

/// How far after a word of being trained the place of the training may be named ("formés
/// bientôt en X", "trained in X").
const TRAINED_WHERE: usize = 3;

/// The country troops are trained in, told right after a word of being trained ("des militaires
/// de Y formés en X", "Y's soldiers will be trained in X", "partiront en formation en X"): a
/// country after a word of direction within [`TRAINED_WHERE`] tokens of the cue at `k`.
pub(super) fn trained_in(f: &Facts<'_>, mentions: &[Placed], k: usize) -> Option<usize> {
    if !f.tokens[k].is(TRAINED_WORDS.of(f.lang)) {
        return None;
    }
    mentions.iter().filter(|m| m.first > k && m.first <= k + TRAINED_WHERE).find_map(|m| {
        let direction = f.tokens[m.first - 1].is(DIRECTION_WORDS.of(f.lang));
        (direction && f.actors[m.actor].kind() == EntityType::Country).then_some(m.actor)
    })
}

/// How far before the subject of a word of being trained its troops may be named.
const TROOPS_BEFORE: usize = 4;

/// Support from troops trained abroad (`trainer`, read by [`trained_in`]): the side of the cue's
/// clause subject backs nothing, it is backed — when troops are named from just before that
/// subject to the cue ("une cinquantaine de soldats de Y partiront en formation en X", "Y troops to be trained in
/// X"). A person trained abroad ("Colonel Z, trained in X") is no one's support.
pub(super) fn trained_abroad(
    f: &Facts<'_>,
    mentions: &[Placed],
    si: usize,
    k: usize,
    trainer: usize,
    out: &mut Vec<Link>,
) {
    let in_scope = in_clause_of(f, si, k);
    let Some(subject) = mentions.iter().find(|m| m.last <= k && in_scope(m)) else { return };
    // (the troops may head the subject's phrase: "trente soldats de l'armée de Y")
    let from = subject.first.saturating_sub(TROOPS_BEFORE).max(f.sentences[si].first);
    let troops = (from..k).any(|j| f.tokens[j].is(f.lex.troop_words));
    match country_side(f, subject.actor) {
        Some(trained) if troops && trained != trainer => {
            add(out, RelationType::Support, trainer, trained, &[si], None);
        }
        _ => {}
    }
}
