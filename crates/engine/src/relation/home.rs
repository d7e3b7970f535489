//! The country a text is about, for the state's institutions it names without their country:
//! a body of a state ("the National Police", "l'Assemblée nationale") and an unqualified head of
//! state or government ("President X"). Read only where no other affiliation was found.

use super::affiliation::person_role;
use crate::analysis::{EntityType, EventType};
use crate::entity::{org_head, Key};
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    AND_WORDS, COUNTRY_NOUNS, JOINT_WORDS, LEADER_TITLES, OUR_WORDS, PARTNER_WORDS, PEER_NOUNS,
    SERVICE_HEADS, SINGULAR_POSSESSIVES, STATE_HEADS,
};
use crate::text::TokenKind;

/// The country actor `ai` belongs to as an institution of the country the text is about: a
/// leader ([`leader`]) of the country named most, a state's body ([`state_body`]) of a country
/// that dominates the text ([`home_country`]).
pub(super) fn home_of(f: &Facts<'_>, ai: usize) -> Option<usize> {
    if let Some(c) = ministry_owner(f, ai) {
        return Some(c);
    }
    let leader = leader(f, ai);
    home_country(f, leader).filter(|_| leader || state_body(f, ai))
}

/// Among how many of the text's first sentences its dateline is looked for (after a headline and
/// a byline).
const DATELINE_SENTENCES: usize = 3;

/// How many mentions before a ministry's possessive its owner may be named.
const OWNER_BACK: usize = 6;

/// The country of a ministry named without one, when its first mention tells it: after a
/// possessive, the country named last before it in its sentence ("Accra, par la voix de son ministère
/// des Armées, a dit…", "Oslo said through its Defence Ministry"); else the
/// country of the dateline's capital ("OSLO (Agency) - … the Defence Ministry said"), the place a
/// wire story writes from and whose ministries it names bare, when the ministry's sentence names no
/// place or person of another country.
fn ministry_owner(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let Key::Org(k) = &f.actors[ai].key else { return None };
    crate::entity::ministry_domain(k)?;
    let m = f.first_mention(ai)?;
    let s = f.sentences[f.sentence_of(m.first)];
    let country = |a: usize| f.side(a).filter(|&c| f.actors[c].kind() == EntityType::Country);
    if m.first > s.first && f.tokens[m.first - 1].is(SINGULAR_POSSESSIVES.of(f.lang)) {
        let before: Vec<&Placed> = f.mentions_in(s.first, m.first - 1).collect();
        return before.iter().rev().take(OWNER_BACK).find_map(|o| country(o.actor));
    }
    // the dateline's country (unless the ministry's own sentence names a place or a person of
    // another country: "… External Affairs spokesperson X told reporters in Y")
    let elsewhere = |o: &Placed| f.actors[o.actor].kind() != EntityType::Country;
    let others: Vec<usize> =
        f.mentions_in(s.first, s.last).filter(|o| elsewhere(o)).filter_map(|o| country(o.actor)).collect();
    let dateline = dateline_country(f)?;
    others.iter().all(|&o| o == dateline).then_some(dateline)
}

/// The country of the text's dateline: one of its first sentences opened by a capital or a city
/// and holding a dash ("OSLO (Agency) - …") or a colon right after the place ("OSLO: …").
fn dateline_country(f: &Facts<'_>) -> Option<usize> {
    let country = |a: usize| f.side(a).filter(|&c| f.actors[c].kind() == EntityType::Country);
    f.dateline_openers(DATELINE_SENTENCES).find_map(|(_, place)| {
        // (the capital may read as its government there: "MOSCOU (Agence) -")
        let kind = f.actors[place.actor].kind();
        let capital = matches!(kind, EntityType::Place | EntityType::Country);
        capital.then(|| country(place.actor)).flatten()
    })
}

/// The country of a titled person whose title names none, from the text's dateline
/// ([`dateline_country`]): a wire story names its own officials bare ("OSLO: Defence Minister X
/// said…"), when the person's first sentence names no other country, nor a place or a person of
/// one.
///
/// A story whose first sentence (its headline) names the dateline's country only as where
/// another country's people go is about them abroad ("Norland troops arrive in Estria", filed
/// from Estria's capital): the dateline places none of them.
pub(super) fn dateline_official(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (_, s) = bare_official(f, ai)?;
    let dateline = dateline_country(f)?;
    let head = f.sentences.first()?;
    let located = |m: &Placed| m.first > 0 && f.lex.locatives.contains(&f.tokens[m.first - 1].key.as_str());
    // (the dateline's country named in the headline: where others go, or as itself)
    let (mut abroad, mut visited, mut home) = (false, false, false);
    for m in f.mentions_in(head.first, head.last) {
        match f.side(m.actor) {
            Some(c) if c == dateline && located(m) => visited = true,
            Some(c) if c == dateline => home = true,
            Some(_) => abroad = true,
            None => {}
        }
    }
    if abroad && visited && !home {
        return None;
    }
    let alone = f
        .mentions_in(s.first, s.last)
        .filter(|o| o.actor != ai)
        .all(|o| f.side(o.actor).is_none_or(|c| c == dateline));
    alone.then_some(dateline)
}

/// The host country of a visit or a meeting a titled person whose title names no country takes
/// part in, when another person taking part is named before the person in the person's first
/// sentence and stands for another country: the visitor meets the host ("the Norlandic minister met Prime
/// Minister X in Tarn", "General Y will meet President Z during his visit to Estria"). The host
/// is the country of the event's place, else the country named right after a word of direction
/// following one of a visit's triggers ("visit to Estria"). A titled person named first is the
/// visitor as often as the host and is left alone.
pub(super) fn visit_host(f: &Facts<'_>, events: &[Occurrence], ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    events
        .iter()
        .filter(|o| matches!(o.kind, EventType::Visit | EventType::Meeting) && o.participants.contains(&ai))
        .find_map(|o| {
            let host = o.place.and_then(|p| f.side(p)).or_else(|| crate::event::destination(f, o))?;
            // (a person: a body or a country before the name may be the name's own, "the
            // attaché of the Norlandic embassy in Estria, Colonel X")
            let visiting = |v: usize| {
                f.actors[v].kind() == EntityType::Person
                    && o.participants.contains(&v)
                    && f.side(v).is_some_and(|c| c != host)
            };
            let visitor = f.mentions_in(s.first, m.first).any(|v| visiting(v.actor));
            // (or the person is met, "meetings with Foreign Minister X", by a visitor the event
            // names elsewhere)
            let met = partner_word_before(f, m, s).is_some() && o.participants.iter().any(|&v| visiting(v));
            (visitor || met).then_some(host)
        })
}

/// The country a titled person whose title names none is met in, when the person's first
/// sentence opens on that country ("In Estria, the minister met Defence Minister X, …", "Au
/// Tarn, il s'est entretenu avec le ministre Y") and another person is named before the person,
/// or a partner word ("with", "avec") introduces it: a trip's stop told one country at a time, its
/// hosts named bare.
pub(super) fn met_in_opening_country(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, _) = bare_official(f, ai)?;
    f.met_in_opening_country(m)
}

/// The first mention of actor `ai` and its sentence, when `ai` is a titled person whose title names
/// neither a country nor a body: the person the rules of this module place by context.
pub(super) fn bare_official<'f>(f: &'f Facts<'_>, ai: usize) -> Option<(&'f Placed, Clause)> {
    let a = &f.actors[ai];
    if a.kind() != EntityType::Person || a.role.is_none() || a.org.is_some() {
        return None;
    }
    let m = f.first_mention(ai)?;
    Some((m, f.sentences[f.sentence_of(m.first)]))
}

/// How many words may stand between "with"/"avec" and the name of the partner it introduces
/// ("with Defence Minister X").
const PARTNER_TITLE: usize = 6;

/// The country of a titled person whose title names none, introduced as the partner of an
/// official of one of the story's two countries ([`Facts::main_pair`]): "Norland's defence
/// minister held talks with Defence Minister Y" — bilateral prose names the counterpart bare, on
/// the other side. The partner word ("with", "avec") stands within [`PARTNER_TITLE`] words
/// before the name, after a word of an encounter (meeting, talks, a joint act), the other official
/// earlier in the sentence; the sentence names only the
/// other official's side of the two (a place aside). Read last, where no closer context placed the person.
pub(super) fn counterpart_official(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let (a, b) = f.main_pair()?;
    let with = partner_word_before(f, m, s)?;
    // (the partner of an encounter: a word of meeting, talks or joint work before "with"; "X
    // attended with Y" names two of one side)
    let encounter = (s.first..with).any(|k| {
        let w = &f.tokens[k].key;
        JOINT_WORDS.contains(w)
            || f.lex
                .trigger(w)
                .is_some_and(|t| matches!(t, EventType::Meeting | EventType::Visit | EventType::Agreement))
    });
    if !encounter {
        return None;
    }
    let official = f
        .mentions_in(s.first, with)
        .filter(|o| f.actors[o.actor].kind() == EntityType::Person && o.actor != ai)
        .find_map(|o| f.side(o.actor))?;
    // (a place says where they met, not whose the partner is)
    let sides: Vec<usize> = f
        .mentions_in(s.first, s.last)
        .filter(|o| o.actor != ai && f.actors[o.actor].kind() != EntityType::Place)
        .filter_map(|o| f.side(o.actor))
        .collect();
    let other = if official == a {
        b
    } else if official == b {
        a
    } else {
        return None;
    };
    (!sides.contains(&other)).then_some(other)
}

/// The partner word ("with", "avec") standing within [`PARTNER_TITLE`] words before mention `m`,
/// over its title's words only.
fn partner_word_before(f: &Facts<'_>, m: &Placed, s: Clause) -> Option<usize> {
    (m.first.saturating_sub(PARTNER_TITLE + 1).max(s.first)..m.first)
        .rev()
        .take_while(|&k| f.tokens[k].kind == TokenKind::Word || f.tokens[k].is(&["-", "."]))
        .find(|&k| f.tokens[k].is(PARTNER_WORDS.of(f.lang)))
}

/// How many words the title of a person coordinated after another may hold ("and Defence
/// Minister Y").
const COORDINATED_TITLE: usize = 5;

/// How many persons back a list of officials is followed to its first one of a known side.
const LISTED_OFFICIALS: usize = 6;

/// The country of a titled person whose title names none, coordinated after a person of a known
/// country: "the President of Estria X and Defence Minister Y were present", "he met Estrian
/// President X, Prime Minister Y and Defence Minister Z" — officials named together, the later
/// ones on the first's side. Over "and"/"et" and the person's title (capitalised or lowercase
/// words), or a comma and a capitalised title, back through up to [`LISTED_OFFICIALS`] titled persons of no side of their
/// own to the nearest one with a side.
pub(super) fn coordinated_official(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let mut at = m.first;
    for _ in 0..LISTED_OFFICIALS {
        let link = (at.saturating_sub(COORDINATED_TITLE + 1).max(s.first)..at)
            .rev()
            .take_while(|&k| f.tokens[k].kind == TokenKind::Word || f.tokens[k].is(&[".", "-", ","]))
            .find(|&k| f.tokens[k].is(AND_WORDS.of(f.lang)) || f.tokens[k].is(&[","]))?;
        // (after a comma, a capitalised title only: ", hosted his counterpart General Y" is no
        // item of a list)
        let titled = |k: usize| f.tokens[k].cap || f.tokens[k].is(&[".", "-"]);
        if f.tokens[link].is(&[","]) && !(link + 1..at).all(titled) {
            return None;
        }
        let before = f.mentions_in(s.first, link).last().filter(|b| b.last == link)?;
        if f.actors[before.actor].kind() != EntityType::Person || before.actor == ai {
            return None;
        }
        if let Some(side) = f.side(before.actor) {
            return Some(side);
        }
        // (a titled person of no side of its own: the list goes on before it)
        bare_official(f, before.actor)?;
        at = before.first;
    }
    None
}

/// How many words a title may hold between a possessive and the name ("its deputy spokesman X").
const POSSESSED_TITLE: usize = 4;

/// The body or country a titled person speaks for when the title follows a possessive pointing
/// back to it: "le ministère X a répondu, selon son porte-parole Y", "the ministry said through its
/// spokesman Y" — the subject of the person's first sentence, when a body or a country (a ministry
/// is kept as such, the person its member), or the country of a person subject ("X était accompagné
/// de ses ministres Y et Z").
pub(super) fn possessive_owner(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let possessive = (m.first.saturating_sub(POSSESSED_TITLE + 1).max(s.first)..m.first)
        .rev()
        .take_while(|&k| f.tokens[k].kind == TokenKind::Word || f.tokens[k].is(&["-"]))
        .find(|&k| f.tokens[k].is(SINGULAR_POSSESSIVES.of(f.lang)))?;
    // (a peer is of the other side: [`peer_official`])
    if (possessive..m.first).any(|k| f.tokens[k].is(PEER_NOUNS.of(f.lang))) {
        return None;
    }
    // (the subject the possessive points back to, its outer name over a country inside it: "le
    // ministère estrien de la Défense")
    let owner = f.first_subject(s, possessive)?;
    match f.actors[owner.actor].kind() {
        EntityType::Organization | EntityType::Country => Some(owner.actor),
        // (a person's own officials are of the person's country: "le président X, accompagné de
        // ses ministres Y et Z")
        EntityType::Person if owner.actor != ai => f.side(owner.actor),
        _ => None,
    }
}

/// How many tokens the title of the guest may hold between "and"/"et" and the name ("et le général
/// de brigade aérienne Y").
const GUEST_TITLE: usize = 9;

/// How many tokens may stand between a bare official and "and"/"et" before the next person of a
/// list (the first one's apposition: ", ministre délégué auprès du Premier ministre,").
const APPOSITION_REACH: usize = 14;

/// The country of a person of no known side, coordinated before a person of a known country of
/// the story's pair: "X, ministre d'État, et le général Y, ministre de la Défense de
/// l'Estrie, ont examiné…", "Minister X and Norland's defence chief Y held talks". Bilateral prose
/// names its own official bare and qualifies the guest, so the first stands on the pair's other
/// side ([`Facts::main_pair`]); a person named later in a list is read by
/// [`coordinated_official`].
pub(super) fn coordinated_before_guest(f: &Facts<'_>, ai: usize) -> Option<usize> {
    // (a title in apposition after the name counts: the person need not carry a role)
    let a = &f.actors[ai];
    if a.kind() != EntityType::Person || a.org.is_some() {
        return None;
    }
    let m = f.first_mention(ai)?;
    let s = f.sentences[f.sentence_of(m.first)];
    let end = (m.last + APPOSITION_REACH).min(s.last);
    let and = (m.last..end).find(|&k| f.tokens[k].is(AND_WORDS.of(f.lang)))?;
    // (no one else between: the apposition of the first one only)
    if f.mentions_in(m.last, and).any(|o| f.actors[o.actor].kind() == EntityType::Person) {
        return None;
    }
    let next = f.mentions_in(and + 1, s.last).next()?;
    if f.actors[next.actor].kind() != EntityType::Person || next.first > and + GUEST_TITLE {
        return None;
    }
    let guest = f.side(next.actor)?;
    match f.main_pair()? {
        (a, b) if a == guest => Some(b),
        (a, b) if b == guest => Some(a),
        _ => None,
    }
}

/// The side each person takes from a named possessor before their title, at any of their mentions:
/// "Morozov's press secretary Y", "Estria's army chief Z" (a person's possessor stands for the
/// person's side, a body or country for itself). Read once over the mentions, for the persons no
/// first mention placed.
pub(super) fn possessed_officials(f: &Facts<'_>) -> Vec<Option<usize>> {
    let mut out = vec![None; f.actors.len()];
    for (i, m) in f.mentions.iter().enumerate() {
        if f.actors[m.actor].kind() != EntityType::Person || out[m.actor].is_some() {
            continue;
        }
        // "X 's" or "X ' s", then at most POSSESSED_TITLE words of a title
        let start = m.first.saturating_sub(POSSESSED_TITLE + 3);
        let genitive = (start..m.first).rev().find(|&k| {
            f.tokens[k].key == "'s" || f.tokens[k].key == "s" && k > 0 && f.tokens[k - 1].is(&["'", "’"])
        });
        let Some(g) = genitive else { continue };
        if !(g + 1..m.first).all(|k| f.tokens[k].kind == TokenKind::Word) || g + 1 == m.first {
            continue;
        }
        let end = if f.tokens[g].key == "'s" { g } else { g - 1 };
        let owner = f.mentions[..i].iter().rev().take(3).find(|o| o.last == end);
        out[m.actor] = owner.and_then(|o| match f.actors[o.actor].kind() {
            EntityType::Person if o.actor != m.actor => f.side(o.actor),
            EntityType::Organization | EntityType::Country => Some(o.actor),
            _ => None,
        });
    }
    out
}

/// How many sentences back a titled person's earlier description may stand ("the Norland
/// ambassador was summoned… Ambassador Y").
const DESCRIBED_BACK: usize = 3;

/// The country of a titled person whose title names none, from an earlier description of the same
/// office with its country and no name: "London summoned the Norland ambassador on Monday. …
/// Ambassador Y was hauled in", "l'ambassadeur d'Estrie… l'ambassadeur Y". The title's last word
/// ("ambassador") is looked for in the [`DESCRIBED_BACK`] sentences before the person's first
/// one, right after a demonym, before one (French: "le Premier ministre nigérien") or before
/// "of"/"de" and a country.
pub(super) fn described_before(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let role = person_role(f, ai)?;
    let head = role.split_whitespace().last()?.to_string();
    let si = f.sentence_of(m.first);
    let from = f.sentences[si.saturating_sub(DESCRIBED_BACK)].first;
    let country = |x: &Placed| f.side(x.actor).filter(|&c| f.actors[c].kind() == EntityType::Country);
    (from..s.first.max(from)).rev().find_map(|k| {
        if f.tokens[k].key != head {
            return None;
        }
        // ("the Norland ambassador", "l'ambassadeur d'Estrie", "the ambassador of Estria")
        let before = f.mentions_in(k.saturating_sub(2), k).find(|x| x.last == k).and_then(country);
        let after = || {
            // ("le Premier ministre nigérien": a French demonym right after the office)
            let demonym = f.mentions_in(k + 1, (k + 2).min(f.tokens.len())).find(|x| x.first == k + 1);
            if let Some(c) = demonym.and_then(country) {
                return Some(c);
            }
            let of = k + 1;
            let at = if f.tokens.get(of).is_some_and(|t| t.is_in(crate::lang::OF_WORDS)) {
                of + 1
            } else {
                return None;
            };
            f.mentions_in(at, (at + 3).min(f.tokens.len())).find(|x| x.first <= at + 1).and_then(country)
        };
        // (no name right after: a description, not another person)
        let named = f
            .mentions_in(k + 1, (k + 2).min(f.tokens.len()))
            .any(|x| f.actors[x.actor].kind() == EntityType::Person);
        (!named).then(|| before.or_else(after)).flatten()
    })
}

/// How many tokens may stand between a peer noun and the name it introduces: a comma, an article
/// and a title ("son homologue, le général X").
const PEER_TITLE: usize = 6;

/// The country of a titled person whose title names none, introduced as the peer of the sentence's
/// subject after a possessive: "Norland's army chief hosted his counterpart General Y", "le
/// ministre a reçu son homologue, le général Y". A counterpart, a host or a guest stands on the
/// other side from the possessor: the one other country the sentence names (places aside), else the
/// other country of the story's pair ([`Facts::main_pair`]).
pub(super) fn peer_official(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let peer = (m.first.saturating_sub(PEER_TITLE + 1).max(s.first)..m.first)
        .rev()
        .take_while(|&k| f.tokens[k].kind == TokenKind::Word || f.tokens[k].is(&[",", "-", "."]))
        .find(|&k| f.tokens[k].is(PEER_NOUNS.of(f.lang)))?;
    let possessive = peer.checked_sub(1).filter(|&k| k >= s.first)?;
    if !f.tokens[possessive].is(SINGULAR_POSSESSIVES.of(f.lang)) {
        return None;
    }
    let own = f.side(f.first_subject(s, possessive)?.actor)?;
    match other_countries(f, s, ai, own)[..] {
        [one] => Some(one),
        [] => match f.main_pair()? {
            (a, b) if a == own => Some(b),
            (a, b) if b == own => Some(a),
            _ => None,
        },
        _ => None,
    }
}

/// The country of a titled person whose title names none, followed by "and his counterpart" of a
/// known side: "the defence minister X and his Norland counterpart Y", "le ministre X, et son
/// homologue estrien, le général Y". The possessor of a peer stands on the other side from it:
/// the other country of the story's pair ([`Facts::main_pair`]), else the one other country the
/// sentence names (places aside).
pub(super) fn peer_possessor(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let mut k = m.last;
    if f.tokens.get(k).is_some_and(|t| t.is(&[","])) {
        k += 1;
    }
    let linked = |j: usize, words: &[&str]| j < s.last && f.tokens[j].is(words);
    if !linked(k, AND_WORDS.of(f.lang)) || !linked(k + 1, SINGULAR_POSSESSIVES.of(f.lang)) {
        return None;
    }
    // (an adjective of the peer's country may stand before the noun: "his Norland counterpart")
    let peer = (k + 2..(k + 5).min(s.last)).find(|&j| f.tokens[j].is(PEER_NOUNS.of(f.lang)))?;
    let peer_side = f
        .mentions_in(k + 2, (peer + PEER_TITLE).min(s.last))
        .filter(|o| o.actor != ai)
        .find_map(|o| f.side(o.actor))?;
    if let Some((a, b)) = f.main_pair() {
        return if peer_side == a { Some(b) } else { (peer_side == b).then_some(a) };
    }
    match other_countries(f, s, ai, peer_side)[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The countries clause `s` names (places aside, through the sides of its bodies and persons)
/// other than `side` and than actor `ai`'s own mentions, neighbours deduplicated.
fn other_countries(f: &Facts<'_>, s: Clause, ai: usize, side: usize) -> Vec<usize> {
    let mut others: Vec<usize> = f
        .mentions_in(s.first, s.last)
        .filter(|o| o.actor != ai && f.actors[o.actor].kind() != EntityType::Place)
        .filter_map(|o| f.side(o.actor))
        .filter(|&c| c != side && f.actors[c].kind() == EntityType::Country)
        .collect();
    others.dedup();
    others
}

/// How often the country a text is about must be named, at least.
const HOME_MENTIONS: usize = 3;

/// The country the text is about, when one dominates it: named at least [`HOME_MENTIONS`] times
/// and at least twice as often as any other, or only more often than any other for a `leader`
/// (an unqualified "President X" leads the country the story names most). A text about one
/// country names its institutions without their country ("the National Police", "the
/// Legislative Assembly").
fn home_country(f: &Facts<'_>, leader: bool) -> Option<usize> {
    let ranking = f.countries_by_mentions();
    let &(top, n) = ranking.first()?;
    let second = ranking.get(1).map_or(0, |&(_, c)| c);
    let ahead = if leader { n > second } else { n >= 2 * second };
    (n >= HOME_MENTIONS && ahead).then_some(top)
}

/// Whether actor `ai` is a state's body the text does not name with its country: a body whose
/// name holds a word of [`STATE_HEADS`] ("National Police", "Assemblée nationale", "the 1st Tank
/// Army"), or a ministry ("the Ministry of Defence"). International bodies of the gazetteer are no one state's.
fn state_body(f: &Facts<'_>, ai: usize) -> bool {
    match &f.actors[ai].key {
        Key::Org(k) => {
            crate::entity::org_head(k).is_some_and(|h| h.split(' ').any(|w| STATE_HEADS.contains(w)))
                || crate::entity::ministry_domain(k).is_some()
        }
        _ => false,
    }
}

/// Whether actor `ai` is a head of state or government titled by one of [`LEADER_TITLES`] whose
/// title names no country ("President X", "le Premier ministre Y"). (Other titled persons are not
/// read so: a text about one country quotes envoys and officers of others as often as its own.)
fn leader(f: &Facts<'_>, ai: usize) -> bool {
    let Some(role) = person_role(f, ai) else { return false };
    let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // (a president of something else is no head of state: "présidente de l'association X")
    if words.iter().any(|w| f.lex.connectors.contains(w)) {
        return false;
    }
    LEADER_TITLES.of(f.lang).iter().any(|t| {
        let t: Vec<&str> = t.split(' ').collect();
        words.windows(t.len()).any(|w| w == t.as_slice())
    })
}

/// The country a text calls "notre pays" / "our country" in its own voice (outside quotation
/// marks): the country of a place named in that sentence ("…, en visite dans notre pays, à X").
/// State media write from home; their officials named bare are that country's (read last, where
/// nothing in the person's own sentence placed them).
pub(super) fn narrator_home(f: &Facts<'_>) -> Option<usize> {
    let ours = |k: usize| {
        f.tokens[k].is(OUR_WORDS.of(f.lang))
            && f.tokens.get(k + 1).is_some_and(|t| t.is(COUNTRY_NOUNS.of(f.lang)))
    };
    let k = (0..f.tokens.len()).find(|&k| ours(k) && !in_quotes(f, k))?;
    let s = f.sentences[f.sentence_of(k)];
    f.mentions_in(s.first, s.last)
        .filter(|m| f.actors[m.actor].kind() == EntityType::Place)
        .find_map(|m| f.side(m.actor))
}

/// Whether token `k` stands inside quotation marks opened earlier in its sentence and not closed
/// before it.
fn in_quotes(f: &Facts<'_>, k: usize) -> bool {
    let s = f.sentences[f.sentence_of(k)];
    let count = |w: &str| (s.first..k).filter(|&j| f.tokens[j].key == w).count();
    count("«") > count("»") || count("“") > count("”") || count("\"") % 2 == 1
}

/// How many words of a title may stand between a service word and the name ("the Army Commander
/// Lt. Gen. X").
const SERVICE_TITLE_REACH: usize = 6;

/// The one service of the text a titled person heads or serves in when the title opens with its
/// bare service word and names no country: "…thanked by the Army Commander Lt. Gen. X" in
/// a story naming one army, "the Estrian Army". The service word stands before the name over
/// capitalised title words and dots only; of two services of that word (two countries' armies),
/// none is guessed.
pub(super) fn service_official(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = bare_official(f, ai)?;
    let word = (m.first.saturating_sub(SERVICE_TITLE_REACH).max(s.first)..m.first)
        .rev()
        .take_while(|&k| f.tokens[k].cap || f.tokens[k].is(&["."]))
        .find(|&k| SERVICE_HEADS.of(f.lang).contains(&f.tokens[k].key.as_str()))?;
    // (the word is the title's, not a body's name the mention rules read there)
    if f.mentions_in(word, word + 1).next().is_some() {
        return None;
    }
    let service = &f.tokens[word].key;
    let mut bodies = f.actors.iter().enumerate().filter(|(_, a)| match &a.key {
        Key::Org(k) => org_head(k) == Some(service.as_str()) && a.country.is_some(),
        _ => false,
    });
    match (bodies.next(), bodies.next()) {
        (Some((oi, _)), None) => Some(oi),
        _ => None,
    }
}
