//! Stage 11: the analysis as FORMAT.md writes it — entity, event and relation ids, code-point
//! offsets, ISO date values.
//!
//! Reads what the stages before found (actors, dates, events, links, all over byte offsets and
//! indices); writes a [`DocumentAnalysis`]. Only actors named outside boilerplate become entities
//! (`e1`, `e2`…, in order of first appearance); dates become one entity per value (`d1`…); events
//! are numbered `v1`…; a relation whose ends did not both become entities is dropped.

use std::collections::HashMap;

use crate::analysis::{DocumentAnalysis, Entity, EntityType, Event, Lang, Relation, Span};
use crate::date::{iso, DateMatch, PartialDate};
use crate::entity::{Actor, Key};
use crate::event::Occurrence;
use crate::facts::Facts;
use crate::gazetteer::Gazetteer;
use crate::input::Document;
use crate::relation::Link;
use crate::text::CharIndex;

/// Everything the stages found in one document, as the output reads it.
pub struct Found<'a> {
    /// The document's language.
    pub lang: Lang,
    /// The reference date the dates were resolved against.
    pub reference: Option<PartialDate>,
    /// The shared clause context: text, sentences, actors, placed mentions, dates.
    pub facts: &'a Facts<'a>,
    /// Events.
    pub events: &'a [Occurrence],
    /// Relations between actors.
    pub links: &'a [Link],
    /// Boilerplate byte ranges.
    pub boilerplate: &'a [(usize, usize)],
}

/// The `value` of a date entity: one ISO date, or `start/end` for an interval.
fn date_value(d: &DateMatch) -> String {
    match &d.to {
        Some(to) => format!("{}/{}", iso(&d.from), iso(to)),
        None => iso(&d.from),
    }
}

/// Byte ranges to code-point spans.
struct Spans {
    chars: CharIndex,
}

impl Spans {
    /// The code-point span of the byte range `s..e`.
    fn of(&self, s: usize, e: usize) -> Span {
        Span { start: self.chars.char_of(s), end: self.chars.char_of(e) }
    }
}

/// Builds the document's analysis from what the stages found.
pub fn document(doc: &Document, found: &Found<'_>, gaz: &Gazetteer) -> DocumentAnalysis {
    let f = found.facts;
    let spans = Spans { chars: CharIndex::new(f.text) };
    let (mut entities, ids) = actor_entities(f, gaz, &spans);
    entities.extend(date_entities(f, &spans));
    let id_of = |a: usize| ids.get(&a).cloned();
    let sentence_span = |si: usize| spans.of(f.sentences[si].start, f.sentences[si].end);
    let events =
        found.events.iter().enumerate().map(|(i, o)| event(i, o, &id_of, &sentence_span, &spans)).collect();
    let relations = found
        .links
        .iter()
        .filter_map(|l| {
            Some(Relation {
                kind: l.kind,
                source: id_of(l.source)?,
                target: id_of(l.target)?,
                evidence: l.sentences.iter().map(|&s| sentence_span(s)).collect(),
                event: l.event.map(|e| format!("v{}", e + 1)),
            })
        })
        .collect();
    DocumentAnalysis {
        source: doc.source.clone(),
        lang: found.lang,
        date: doc.date.clone().or_else(|| found.reference.map(|r| iso(&r))),
        text: doc.text.clone(),
        entities,
        events,
        relations,
        boilerplate: found.boilerplate.iter().map(|&(s, e)| spans.of(s, e)).collect(),
    }
}

/// The entities of the actors named outside boilerplate, and the id given to each actor index.
fn actor_entities(f: &Facts<'_>, gaz: &Gazetteer, spans: &Spans) -> (Vec<Entity>, HashMap<usize, String>) {
    let actors = f.actors;
    let mut in_body = vec![false; actors.len()];
    for p in f.mentions {
        in_body[p.actor] = true;
    }
    let mut ids: HashMap<usize, String> = HashMap::new();
    let mut entities = Vec::new();
    for (ai, a) in actors.iter().enumerate() {
        if !in_body[ai] {
            continue; // only in boilerplate (credits, comments, related links)
        }
        let id = format!("e{}", entities.len() + 1);
        ids.insert(ai, id.clone());
        entities.push(actor_entity(id, a, gaz, spans));
    }
    // the country each actor belongs to, when that country is an entity
    for (ai, a) in actors.iter().enumerate() {
        let Some(id) = ids.get(&ai) else { continue };
        let country = a
            .country
            .and_then(|c| actors.iter().position(|x| x.key == Key::Country(c)))
            .filter(|&ci| ci != ai)
            .and_then(|ci| ids.get(&ci).cloned());
        if let Some(e) = entities.iter_mut().find(|e| &e.id == id) {
            e.country = country;
        }
    }
    (entities, ids)
}

/// One actor as an entity (its country is linked afterwards).
fn actor_entity(id: String, a: &Actor, gaz: &Gazetteer, spans: &Spans) -> Entity {
    Entity {
        id,
        name: a.name.clone(),
        kind: a.kind(),
        aliases: a.aliases.clone(),
        mentions: a.mentions.iter().map(|&(s, e)| spans.of(s, e)).collect(),
        value: None,
        key: Some(match &a.key {
            Key::Country(c) => gaz.countries[*c as usize].iso3.clone(),
            Key::Org(k) | Key::Person(k) | Key::Place(k) => k.clone(),
        }),
        role: a.role.clone(),
        country: None,
        coords: a.coords,
        rule: a.rule.to_string(),
    }
}

/// One date entity per value (`d1`, `d2`…), its other surfaces as aliases.
fn date_entities(f: &Facts<'_>, spans: &Spans) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for d in f.dates {
        let value = date_value(d);
        let surface = f.text[d.start..d.end].to_string();
        match index.get(&value) {
            Some(&i) => {
                let e = &mut out[i];
                e.mentions.push(spans.of(d.start, d.end));
                if surface != e.name && !e.aliases.contains(&surface) {
                    e.aliases.push(surface);
                }
            }
            None => {
                index.insert(value.clone(), out.len());
                out.push(Entity {
                    id: format!("d{}", index.len()),
                    name: surface,
                    kind: EntityType::Date,
                    aliases: Vec::new(),
                    mentions: vec![spans.of(d.start, d.end)],
                    value: Some(value),
                    key: None,
                    role: None,
                    country: None,
                    coords: None,
                    rule: "date".to_string(),
                });
            }
        }
    }
    out
}

/// The `i`-th event, its actors by entity id and its sentences in text order.
fn event(
    i: usize,
    o: &Occurrence,
    id_of: &impl Fn(usize) -> Option<String>,
    sentence_span: &impl Fn(usize) -> Span,
    spans: &Spans,
) -> Event {
    let mut sentences: Vec<usize> = o.sentences.clone();
    sentences.sort();
    Event {
        id: format!("v{}", i + 1),
        kind: o.kind,
        code: o.kind.plover().to_string(),
        name: o.name.clone(),
        aliases: o.aliases.clone(),
        start: o.from.as_ref().map(iso),
        end: o.to.as_ref().or(o.from.as_ref()).map(iso),
        dated_by_publication: o.published,
        place: o.place.and_then(id_of),
        participants: o.participants.iter().filter_map(|&p| id_of(p)).collect(),
        evidence: sentences.into_iter().map(sentence_span).collect(),
        triggers: o.triggers.iter().map(|&(s, e)| spans.of(s, e)).collect(),
        occurrence: None,
    }
}
