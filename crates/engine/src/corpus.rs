//! Stage 12, over several documents: the events that are the same occurrence told by different
//! articles get one shared `occurrence` id.
//!
//! Reads finished [`DocumentAnalysis`](crate::DocumentAnalysis)es (entity keys, event names, types
//! and dates); writes only their events' `occurrence`. It runs after every document is analysed,
//! so adding a document never changes another's analysis, only the links between them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, EntityType, EventType};
use crate::input::Document;
use crate::pipeline;

/// Analyses several documents and links the events that are the same occurrence across them.
pub fn analyze_corpus(docs: &[Document]) -> Analysis {
    let mut analysis = Analysis { documents: docs.iter().map(pipeline::analyze).collect() };
    link_occurrences(&mut analysis);
    analysis
}

/// One event seen for cross-document linking.
struct Seen {
    doc: usize,
    idx: usize,
    name: Option<String>,
    kind: EventType,
    keys: Vec<String>,
    start: Option<String>,
    end: Option<String>,
}

/// Whether two (start, end) spans of ISO dates agree: starts equal over the shorter length, `X`
/// matching any digit, or overlapping spans (a missing end is the start).
fn dates_agree((s1, e1): (&str, Option<&str>), (s2, e2): (&str, Option<&str>)) -> bool {
    let (e1, e2) = (e1.unwrap_or(s1), e2.unwrap_or(s2));
    let fits = |x: &str, y: &str| x.chars().zip(y.chars()).all(|(p, q)| p == q || p == 'X' || q == 'X');
    fits(s1, s2) || (s1 <= e2 && s2 <= e1)
}

/// The representative of `x`'s group (union-find with path shortening), so that grouping stays
/// nearly linear in the number of events.
fn root(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    parent[x] = r;
    r
}

/// Gives events of different documents that are the same occurrence one shared `occurrence` id:
/// same name, or same type with two participants in common (by entity key) and overlapping dates.
pub fn link_occurrences(analysis: &mut Analysis) {
    link_counted(analysis);
}

/// [`link_occurrences`], returning the work done (events read, participant keys and key pairs
/// hashed, pairs of events compared), so a test can show that it grows linearly with the corpus.
///
/// Events are never compared pair by pair across the corpus: those of one name are grouped through
/// a hash of the name, and those that could share two participants through a hash of (type, pair of
/// participant keys); only events in one such bucket are compared.
pub fn link_counted(analysis: &mut Analysis) -> u64 {
    let mut work = 0u64;
    let seen = seen_events(analysis, &mut work);
    let mut parent: Vec<usize> = (0..seen.len()).collect();
    let union = |parent: &mut Vec<usize>, i: usize, j: usize| {
        let (ra, rb) = (root(parent, i), root(parent, j));
        parent[ra.max(rb)] = ra.min(rb);
    };
    // same name: every event of a name told by two documents or more is one occurrence
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in seen.iter().enumerate() {
        if let Some(name) = &s.name {
            by_name.entry(name).or_default().push(i);
        }
    }
    for group in by_name.values() {
        let docs: Vec<usize> = group.iter().map(|&i| seen[i].doc).collect();
        work += link_named(&docs, |a, b| union(&mut parent, group[a], group[b]));
    }
    // same type, two participants in common: events meet in the bucket of each pair of their keys
    let mut by_pair: HashMap<(EventType, &str, &str), Vec<usize>> = HashMap::new();
    for (i, s) in seen.iter().enumerate().filter(|(_, s)| s.start.is_some()) {
        for (a, ka) in s.keys.iter().enumerate() {
            for kb in &s.keys[a + 1..] {
                work += 1;
                by_pair.entry((s.kind, ka, kb)).or_default().push(i);
            }
        }
    }
    for group in by_pair.values() {
        let dated: Vec<BucketEvent> = group
            .iter()
            .map(|&i| BucketEvent {
                doc: seen[i].doc,
                start: seen[i].start.as_deref().unwrap_or(""),
                end: seen[i].end.as_deref(),
            })
            .collect();
        work += link_bucket(&dated, |a, b| union(&mut parent, group[a], group[b]));
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for i in 0..seen.len() {
        *sizes.entry(root(&mut parent, i)).or_default() += 1;
    }
    let mut ids: HashMap<usize, String> = HashMap::new();
    for (i, s) in seen.iter().enumerate() {
        let r = root(&mut parent, i);
        if sizes[&r] < 2 {
            continue;
        }
        let n = ids.len() + 1;
        let id = ids.entry(r).or_insert_with(|| format!("x{n}")).clone();
        analysis.documents[s.doc].events[s.idx].occurrence = Some(id);
    }
    work + seen.len() as u64
}

/// The name rule over the events of one folded name, given their documents: when two
/// documents or more tell them, `link(0, i)` for every other event `i` (indices into `docs`).
/// Returns the work done (the events read). The Spark job calls it through the Python package.
pub fn link_named(docs: &[usize], mut link: impl FnMut(usize, usize)) -> u64 {
    if docs.iter().any(|&d| d != docs[0]) {
        for i in 1..docs.len() {
            link(0, i);
        }
    }
    docs.len() as u64
}

/// One dated event of a (type, participant key pair) bucket, as [`link_bucket`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BucketEvent<'a> {
    /// Its document (any number that tells documents apart).
    pub doc: usize,
    /// Its start date (ISO, `X` for an unknown digit).
    pub start: &'a str,
    /// Its end date, if it spans several days.
    pub end: Option<&'a str>,
}

/// Links the events of one (type, participant key pair) bucket that have agreeing dates, from
/// different documents: calls `link(i, j)` for pairs of events (indices into `events`) whose
/// connected components are the occurrences; returns the work done. The Spark job calls it
/// through the Python package, so both link alike.
///
/// Events with the same dates are one group, compared once: all pairs in the union of two groups
/// whose dates agree are linked when they come from different documents, and that graph is
/// connected as soon as the union holds two documents. Two different single days never agree, so
/// each group is compared only with the groups of vague dates (a month, a year, a range, unknown
/// digits): the work is the events plus the groups times the distinct vague dates of the bucket.
pub fn link_bucket(events: &[BucketEvent], mut link: impl FnMut(usize, usize)) -> u64 {
    let mut work = events.len() as u64;
    let mut at: HashMap<(&str, Option<&str>), usize> = HashMap::new();
    // (members, first document, several documents, members already joined)
    let mut groups: Vec<(Vec<usize>, usize, bool, bool)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let g = *at.entry((e.start, e.end)).or_insert_with(|| {
            groups.push((Vec::new(), e.doc, false, false));
            groups.len() - 1
        });
        groups[g].0.push(i);
        groups[g].2 |= groups[g].1 != e.doc;
    }
    let join = |link: &mut dyn FnMut(usize, usize), g: &mut (Vec<usize>, usize, bool, bool)| {
        if !g.3 {
            g.3 = true;
            for &i in &g.0[1..] {
                link(g.0[0], i);
            }
        }
    };
    // two different single days never agree: only pairs with a month, a year, a range or an
    // unknown digit on one side need comparing
    let is_day = |g: &(Vec<usize>, usize, bool, bool)| {
        let e = &events[g.0[0]];
        e.end.is_none() && e.start.len() == 10 && !e.start.contains('X')
    };
    let vague: Vec<usize> = (0..groups.len()).filter(|&g| !is_day(&groups[g])).collect();
    for g in 0..groups.len() {
        if groups[g].2 {
            join(&mut link, &mut groups[g]);
        }
        let g_vague = !is_day(&groups[g]);
        for &h in vague.iter().filter(|&&h| h != g && (!g_vague || h > g)) {
            work += 1;
            let (a, b) = (&groups[g], &groups[h]);
            let (x, y) = (&events[a.0[0]], &events[b.0[0]]);
            if !(a.2 || b.2 || a.1 != b.1) || !dates_agree((x.start, x.end), (y.start, y.end)) {
                continue;
            }
            link(a.0[0], b.0[0]);
            join(&mut link, &mut groups[g]);
            join(&mut link, &mut groups[h]);
        }
    }
    work
}

/// Every event of the corpus with what linking reads: folded name, type, participants' keys
/// (sorted, each once), dates.
fn seen_events(analysis: &Analysis, work: &mut u64) -> Vec<Seen> {
    let mut seen = Vec::new();
    for (di, d) in analysis.documents.iter().enumerate() {
        let keys: HashMap<&str, &str> =
            d.entities.iter().filter_map(|e| Some((e.id.as_str(), e.key.as_deref()?))).collect();
        *work += d.entities.len() as u64;
        for (vi, v) in d.events.iter().enumerate() {
            let mut keys: Vec<String> =
                v.participants.iter().filter_map(|id| keys.get(id.as_str()).map(|k| k.to_string())).collect();
            *work += v.participants.len() as u64;
            keys.sort();
            keys.dedup();
            seen.push(Seen {
                doc: di,
                idx: vi,
                name: v.name.as_deref().map(crate::text::fold),
                kind: v.kind,
                keys,
                start: v.start.clone(),
                end: v.end.clone(),
            });
        }
    }
    seen
}

/// The corpus across its documents: actors merged by key, events merged by occurrence (what the
/// page's corpus view shows), written by `trame link`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusLinks {
    /// One actor per entity key (entities without a key, and dates, are left out).
    pub actors: Vec<CorpusActor>,
    /// One event per occurrence; an event no other document tells is its own.
    pub events: Vec<CorpusEvent>,
}

/// An actor of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusActor {
    /// The entity key shared across documents.
    pub key: String,
    /// Its name in the first document that names it.
    pub name: String,
    /// Kind.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Sources of the documents that name it, in corpus order.
    pub documents: Vec<String>,
    /// Mentions over the whole corpus.
    pub mentions: usize,
}

/// An event of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusEvent {
    /// The shared occurrence id (`x1`), when several documents tell it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<String>,
    /// Kind (of its first telling).
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The first name a telling gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first start date a telling gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// The first end date a telling gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Keys of the participants over every telling, each once, in order of appearance.
    pub participants: Vec<String>,
    /// Each telling: `[source, event id]`.
    pub tellings: Vec<[String; 2]>,
}

/// Links the corpus ([`link_occurrences`]) and merges its actors and events across documents, in
/// time linear in the corpus (hash maps by key and by occurrence).
pub fn corpus_links(analysis: &mut Analysis) -> CorpusLinks {
    link_occurrences(analysis);
    let mut out = CorpusLinks::default();
    let mut actor_at: HashMap<String, usize> = HashMap::new();
    let mut event_at: HashMap<String, usize> = HashMap::new();
    for d in &analysis.documents {
        let key_of: HashMap<&str, &str> =
            d.entities.iter().filter_map(|e| Some((e.id.as_str(), e.key.as_deref()?))).collect();
        for e in d.entities.iter().filter(|e| e.kind != EntityType::Date) {
            let Some(key) = &e.key else { continue };
            let at = *actor_at.entry(key.clone()).or_insert_with(|| {
                out.actors.push(CorpusActor {
                    key: key.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    documents: Vec::new(),
                    mentions: 0,
                });
                out.actors.len() - 1
            });
            let actor = &mut out.actors[at];
            if actor.documents.last() != Some(&d.source) {
                actor.documents.push(d.source.clone());
            }
            actor.mentions += e.mentions.len();
        }
        for v in &d.events {
            let fresh = || CorpusEvent {
                occurrence: v.occurrence.clone(),
                kind: v.kind,
                name: None,
                start: None,
                end: None,
                participants: Vec::new(),
                tellings: Vec::new(),
            };
            let at = match &v.occurrence {
                Some(x) => *event_at.entry(x.clone()).or_insert_with(|| {
                    out.events.push(fresh());
                    out.events.len() - 1
                }),
                None => {
                    out.events.push(fresh());
                    out.events.len() - 1
                }
            };
            let ev = &mut out.events[at];
            ev.name = ev.name.take().or_else(|| v.name.clone());
            ev.start = ev.start.take().or_else(|| v.start.clone());
            ev.end = ev.end.take().or_else(|| v.end.clone());
            for k in v.participants.iter().filter_map(|p| key_of.get(p.as_str())) {
                if !ev.participants.iter().any(|x| x == k) {
                    ev.participants.push(k.to_string());
                }
            }
            ev.tellings.push([d.source.clone(), v.id.clone()]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{DocumentAnalysis, Entity, Event};

    /// A synthetic corpus of `n` documents: each names four of 8 countries and tells three events
    /// among them, of a few types, with dates drawn from a small calendar and some shared names.
    /// Whether two events' dates agree: equal once unknown digits (`XXXX`) are allowed to match
    /// anything, or overlapping intervals. Events without a start date never agree.
    fn same_time(a: &Seen, b: &Seen) -> bool {
        match (&a.start, &b.start) {
            (Some(s1), Some(s2)) => dates_agree((s1, a.end.as_deref()), (s2, b.end.as_deref())),
            _ => false,
        }
    }

    fn corpus(n: usize) -> Analysis {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |m: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % m as u64) as usize
        };
        let kinds = [EventType::Exercise, EventType::Meeting, EventType::Agreement];
        let documents = (0..n)
            .map(|d| {
                let entities: Vec<Entity> = (0..4)
                    .map(|i| Entity {
                        id: format!("e{i}"),
                        name: format!("C{i}"),
                        kind: EntityType::Country,
                        aliases: vec![],
                        mentions: vec![],
                        value: None,
                        key: Some(format!("K{}", next(8))),
                        role: None,
                        country: None,
                        coords: None,
                        rule: String::new(),
                    })
                    .collect();
                let events = (0..3)
                    .map(|v| Event {
                        id: format!("v{v}"),
                        kind: kinds[next(kinds.len())],
                        code: String::new(),
                        name: (next(4) == 0).then(|| format!("Drill {}", next(50))),
                        aliases: vec![],
                        // mostly days, some months, some one week-long range
                        start: Some(match next(10) {
                            0 => format!("2024-{:02}", 1 + next(12)),
                            1 => "2024-07-01".to_string(),
                            _ => format!("2024-{:02}-{:02}", 1 + next(12), 1 + next(28)),
                        }),
                        end: None,
                        dated_by_publication: false,
                        place: None,
                        participants: vec![
                            format!("e{}", next(4)),
                            format!("e{}", next(4)),
                            format!("e{}", next(4)),
                        ],
                        evidence: vec![],
                        triggers: vec![],
                        occurrence: None,
                    })
                    .collect();
                let events: Vec<Event> = events;
                let events = events
                    .into_iter()
                    .map(|mut e| {
                        if e.start.as_deref() == Some("2024-07-01") {
                            e.end = Some("2024-07-09".into());
                        }
                        e
                    })
                    .collect();
                DocumentAnalysis { source: format!("d{d}"), entities, events, ..DocumentAnalysis::default() }
            })
            .collect();
        Analysis { documents }
    }

    /// The definition, pair by pair (quadratic): the reference the hashed linking must equal.
    fn pairwise(analysis: &mut Analysis) {
        let mut work = 0;
        let seen = seen_events(analysis, &mut work);
        let mut parent: Vec<usize> = (0..seen.len()).collect();
        for i in 0..seen.len() {
            for j in i + 1..seen.len() {
                let (a, b) = (&seen[i], &seen[j]);
                let common = a.keys.iter().filter(|k| b.keys.contains(k)).count();
                let same_name = a.name.is_some() && a.name == b.name;
                if a.doc != b.doc && (same_name || (a.kind == b.kind && common >= 2 && same_time(a, b))) {
                    let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        let mut sizes: HashMap<usize, usize> = HashMap::new();
        for i in 0..seen.len() {
            *sizes.entry(root(&mut parent, i)).or_default() += 1;
        }
        let mut ids: HashMap<usize, String> = HashMap::new();
        for (i, s) in seen.iter().enumerate() {
            let r = root(&mut parent, i);
            if sizes[&r] >= 2 {
                let n = ids.len() + 1;
                let id = ids.entry(r).or_insert_with(|| format!("x{n}")).clone();
                analysis.documents[s.doc].events[s.idx].occurrence = Some(id);
            }
        }
    }

    #[test]
    fn hashed_linking_equals_the_pairwise_definition() {
        for n in [2, 30, 300] {
            let (mut hashed, mut reference) = (corpus(n), corpus(n));
            link_occurrences(&mut hashed);
            pairwise(&mut reference);
            assert_eq!(hashed, reference, "{n} documents");
            assert!(
                n < 300 || hashed.documents.iter().flat_map(|d| &d.events).any(|e| e.occurrence.is_some())
            );
        }
    }

    #[test]
    fn linking_work_grows_linearly_with_the_corpus() {
        let work = |n: usize| link_counted(&mut corpus(n));
        let (small, large) = (work(2_000), work(20_000));
        assert!(
            large * 10 <= small * 110,
            "10x the documents cost {:.2}x the work",
            large as f64 / small as f64
        );
    }
}
