//! Affiliations: who belongs to what. An organization belongs to its country; a person to the
//! body or the country their title or apposition names, or, where it names none, to the country
//! the context gives (the ministry the text names, the one embassy of the text, the side they
//! speak for, the host they receive a visitor for, the country the text writes from); a body to
//! the body it is part of.

use super::{add, home, Link};
use crate::analysis::{EntityType, RelationType};
use crate::entity::Key;
use crate::event::Occurrence;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{ENVOY_WORDS, MISSION_WORDS, PASSIVE_AUXILIARIES, SAYING_VERBS, SERVICE_HEADS};

/// Affiliations: organizations to their country, persons to the body or country their title or
/// apposition names, bodies to the body they are part of.
pub(super) fn affiliations(f: &Facts<'_>, events: &[Occurrence], out: &mut Vec<Link>) {
    // the country the text writes from, read once: the last resort for a bare title
    let narrator = home::narrator_home(f);
    // the text's ministries with their domains, read once for every titled person
    let ministries: Vec<(usize, &str)> = f
        .actors
        .iter()
        .enumerate()
        .filter_map(|(i, x)| match &x.key {
            Key::Org(k) => crate::entity::ministry_domain(k).map(|d| (i, d)),
            _ => None,
        })
        .collect();
    // and its missions abroad, for diplomats whose title names no country
    let missions: Vec<usize> = (0..f.actors.len())
        .filter(|&i| match &f.actors[i].key {
            Key::Org(k) => crate::entity::org_head(k).is_some_and(|head| MISSION_WORDS.contains(head)),
            _ => false,
        })
        .collect();
    // and the possessor named before a person's title at any mention ("X's press secretary Y")
    let possessed = home::possessed_officials(f);
    for (ai, a) in f.actors.iter().enumerate() {
        if !matches!(a.kind(), EntityType::Person | EntityType::Organization) {
            continue;
        }
        let Some(first) = f.first_mention(ai) else { continue };
        let ev = [f.sentence_of(first.first)];
        let mut to_org = false;
        if let Some(org) = &a.org {
            if let Some(oi) = f.org_actor(org) {
                if oi != ai {
                    add(out, RelationType::Affiliation, ai, oi, &ev, None);
                    // (armed forces of no known country, "chef suprême des Forces armées", leave
                    // the person's country to be found)
                    let forces = match &f.actors[oi].key {
                        Key::Org(k) => crate::entity::org_head(k).is_some_and(|h| {
                            h.split(' ').next().is_some_and(|w| SERVICE_HEADS.of(f.lang).contains(&w))
                        }),
                        _ => false,
                    };
                    to_org = !forces || f.side(oi).is_some_and(|c| c != oi);
                }
            }
        }
        // a person working for a body belongs to the body; the body belongs to its country
        if to_org && a.kind() == EntityType::Person {
            continue;
        }
        if let Some(c) = f.side(ai).or_else(|| seat_country(f, ai)) {
            if c != ai {
                add(out, RelationType::Affiliation, ai, c, &ev, None);
            }
        } else if let Some(mi) = ministry_of_role(f, ai, &ministries)
            .or_else(|| embassy_of_envoy(f, ai, &missions))
            .or_else(|| home::service_official(f, ai))
        {
            add(out, RelationType::Affiliation, ai, mi, &ev, None);
        } else if let Some(c) = home::described_before(f, ai)
            .or_else(|| reporting_for(f, ai))
            .or_else(|| home::visit_host(f, events, ai))
            .or_else(|| home::met_in_opening_country(f, ai))
            .or_else(|| home::coordinated_official(f, ai))
            .or_else(|| home::coordinated_before_guest(f, ai))
            .or_else(|| home::peer_official(f, ai))
            .or_else(|| home::peer_possessor(f, ai))
            .or_else(|| home::possessive_owner(f, ai))
            .or_else(|| home::dateline_official(f, ai))
            .or_else(|| home::counterpart_official(f, ai))
            .or_else(|| home::bare_official(f, ai).and(narrator))
        {
            add(out, RelationType::Affiliation, ai, c, &ev, None);
        } else if let Some(c) = home::home_of(f, ai).or(possessed[ai]) {
            add(out, RelationType::Affiliation, ai, c, &ev, None);
        }
    }
}

/// The folded title of actor `ai`, if it is a titled person.
pub(super) fn person_role(f: &Facts<'_>, ai: usize) -> Option<String> {
    let a = &f.actors[ai];
    a.role.as_deref().filter(|_| a.kind() == EntityType::Person).map(crate::text::fold)
}

/// The ministry a person's title names when the title names no country ("Defense minister X" in
/// a story about "the Dominican Defense Ministry"): the one ministry of the text whose domain
/// words all stand in the title (spelt as the keys spell them).
fn ministry_of_role(f: &Facts<'_>, ai: usize, ministries: &[(usize, &str)]) -> Option<usize> {
    let role = person_role(f, ai)?;
    let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).map(crate::entity::key_word).collect();
    if !words.contains(&"ministre") && !words.iter().any(|w| w.starts_with("minister")) {
        return None;
    }
    let mut found = ministries.iter().filter(|(_, d)| d.split(' ').all(|w| words.contains(&w)));
    match (found.next(), found.next()) {
        (Some(&(mi, _)), None) => Some(mi),
        _ => None,
    }
}

/// The mission a diplomat whose title names no country belongs to ("l'ambassadeur X" in a
/// statement of "the British embassy in Y"): the one embassy or consulate of the text, if only one.
fn embassy_of_envoy(f: &Facts<'_>, ai: usize, missions: &[usize]) -> Option<usize> {
    let role = person_role(f, ai)?;
    if !role.split(|c: char| !c.is_alphanumeric()).any(|w| ENVOY_WORDS.contains(w)) {
        return None;
    }
    match missions {
        [one] => Some(*one),
        _ => None,
    }
}

/// How far before a titled speaker's name the comma closing the reported clause may stand
/// (", Foreign Minister Ana Ruiz said").
const SPEAKER_TITLE_REACH: usize = 6;

/// The country a titled person whose title names none, or a ministry named without its country,
/// speaks for when reporting what the sentence's subject does ("X will send a ship to Y, Foreign
/// Minister Z said", "X summoned Y's envoy, the foreign ministry said"): the sentence's first
/// country, when the speaker's first mention follows a comma and precedes a verb of saying, or
/// follows the comma and an inverted verb of saying ("…, affirme une note du ministère"), and
/// that country opens the sentence (or the clause after an opening phrase) as the subject of an
/// active verb. A country only modifying the subject ("A Norland ship tried to divert two
/// vessels, Minister Z said") may be what the speaker reports on, an incident of the other side.
fn reporting_for(f: &Facts<'_>, ai: usize) -> Option<usize> {
    let (m, s) = home::bare_official(f, ai).or_else(|| bare_ministry(f, ai))?;
    let comma = (m.first.saturating_sub(SPEAKER_TITLE_REACH).max(s.first)..m.first)
        .rfind(|&k| f.tokens[k].is(&[","]))?;
    // (or inverted, with its statement: "…, affirme une note du ministère de la Défense",
    // "…, said a statement from the foreign ministry")
    let said = f.tokens.get(m.last).is_some_and(|t| SAYING_VERBS.contains(&t.key))
        || (comma + 1..m.first).any(|k| SAYING_VERBS.contains(&f.tokens[k].key));
    if !said {
        return None;
    }
    let first = f.mentions_in(s.first, comma).find(|x| f.actors[x.actor].kind() == EntityType::Country)?;
    // (the subject acts: not "X was accused of…, Y said", which may be the accuser speaking)
    let passive = (first.last..comma).any(|k| f.tokens[k].is(PASSIVE_AUXILIARIES.of(f.lang)));
    // (opening the sentence, or right after a phrase set off by a comma that opens it: "True to
    // its doctrine, X urged…")
    let opens = first.first == s.first || first.first > s.first && f.tokens[first.first - 1].is(&[","]);
    let subject = f.first_subject(s, comma).is_some_and(|x| x.first == first.first) && opens && !passive;
    subject.then_some(first.actor)
}

/// The first mention of actor `ai` and its sentence, when `ai` is a ministry named without its
/// country ("the foreign ministry", "le ministère de l'Intérieur").
fn bare_ministry<'f>(f: &'f Facts<'_>, ai: usize) -> Option<(&'f Placed, Clause)> {
    let Key::Org(k) = &f.actors[ai].key else { return None };
    crate::entity::ministry_domain(k)?;
    let m = f.first_mention(ai)?;
    Some((m, f.sentences[f.sentence_of(m.first)]))
}

/// The country of the capital a ministry that names no country of its own sits in, told right
/// after one of its mentions ("le ministère de la Défense à Yaoundé", "the Defence Ministry in
/// Nairobi"): only a ministry, since an international body meets anywhere ("the NATO summit in
/// Vilnius").
fn seat_country(f: &Facts<'_>, ai: usize) -> Option<usize> {
    if f.actors[ai].rule != "ministry" {
        return None;
    }
    f.mentions.iter().filter(|m| m.actor == ai).find_map(|m| {
        let at = f.tokens.get(m.last).is_some_and(|t| t.is(f.lex.locatives));
        // (over "the capital,"/"la capitale,": "the Defence Ministry in the capital, Vilnius")
        let apposed = |k: usize, words: &[&str]| f.tokens.get(k).is_some_and(|t| t.is(words));
        let skip = if apposed(m.last + 1, &["the", "la"])
            && apposed(m.last + 2, &["capital", "capitale"])
            && apposed(m.last + 3, &[","])
        {
            3
        } else {
            0
        };
        let first = m.last + 1 + skip;
        let next = f.mentions_in(first, (first + 1).min(f.tokens.len())).next()?;
        let capital =
            f.actors[next.actor].kind() == EntityType::Place && f.actors[next.actor].rule == "capital-city";
        (at && capital).then(|| f.side(next.actor)).flatten()
    })
}
