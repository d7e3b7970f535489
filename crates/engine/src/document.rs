//! The input document and the pipeline that analyses it, stage by stage.

use std::collections::HashMap;

use crate::analysis::{Analysis, DocumentAnalysis, Entity, EntityType, Event, Lang, Relation, Span};
use crate::date::{self, DateMatch, PartialDate};
use crate::entity::{self, Context, Key};
use crate::event;
use crate::facts::{Clause, Facts, Placed};
use crate::gazetteer::Gazetteer;
use crate::lang;
use crate::relation;

use crate::text::{CharIndex, Folded};
use crate::token::{tokenize, Token};
use crate::zone;

/// A document to analyse: text plus what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// File name or title.
    pub source: String,
    /// The text (already decoded and extracted).
    pub text: String,
    /// Reference date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), used to resolve partial and relative dates.
    pub date: Option<String>,
    /// Language, detected when `None`.
    pub lang: Option<Lang>,
}

impl Document {
    /// A document with no reference date and a language to detect.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Document {
        Document { source: source.into(), text: text.into(), date: None, lang: None }
    }
}

/// Parses a reference date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month and day checked).
pub fn parse_reference(s: &str) -> Option<PartialDate> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
        return None;
    }
    let num = |p: &str, lo: u32, hi: u32| {
        (p.len() <= 2 && !p.is_empty())
            .then(|| p.parse::<u32>().ok())
            .flatten()
            .filter(|v| (lo..=hi).contains(v))
    };
    let year = parts[0].parse::<i32>().ok()?;
    let month = match parts.get(1) {
        Some(m) => Some(num(m, 1, 12)?),
        None => None,
    };
    let day = match parts.get(2) {
        Some(d) => {
            let d = num(d, 1, 31)?;
            let max = date_days_in_month(year, month?);
            (d <= max).then_some(d)?;
            Some(d)
        }
        None => None,
    };
    Some(PartialDate { year: Some(year), month, day })
}

fn date_days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// ISO form of a partial date: `2024-07-08`, `2024-07`, `2024`, `XXXX-08-30`.
pub fn iso(d: &PartialDate) -> String {
    let y = d.year.map(|y| format!("{y:04}")).unwrap_or_else(|| "XXXX".to_string());
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{y}-{m:02}-{day:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y,
    }
}

fn date_value(d: &DateMatch) -> String {
    match &d.to {
        Some(to) => format!("{}/{}", iso(&d.from), iso(to)),
        None => iso(&d.from),
    }
}

/// A reference date found in the text itself: a dateline near the top, or the year of a full date
/// or of a named event.
fn reference_from_text(tokens: &[Token], text: &str, lang: Lang) -> Option<PartialDate> {
    // an ISO date near the top ("date 2024-07", "2024-07-12")
    let head: String = text.chars().take(300).collect();
    for (i, _) in head.char_indices() {
        let rest = &head[i..];
        if rest.len() >= 7
            && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && rest.as_bytes()[4] == b'-'
        {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(rest.len());
            let before_ok = i == 0 || !head[..i].ends_with(|c: char| c.is_alphanumeric());
            if before_ok {
                if let Some(d) = parse_reference(&rest[..end]) {
                    if d.month.is_some() {
                        return Some(d);
                    }
                }
            }
        }
    }
    let found = date::find_dates_in(tokens, text, lang, None);
    // a full date in the first lines is the dateline: the publication day
    let head_bytes = head.len();
    if let Some(d) = found.iter().find(|d| d.start < head_bytes && d.from.is_full() && d.to.is_none()) {
        return Some(d.from);
    }
    if let Some(d) = found.iter().find(|d| d.from.year.is_some() && d.from.month.is_some()) {
        return Some(PartialDate { year: d.from.year, month: None, day: None });
    }
    None
}

/// Analyses one document. Never fails: any text yields an analysis, maybe empty.
pub fn analyze(doc: &Document) -> DocumentAnalysis {
    analyze_with(doc, Gazetteer::global())
}

/// Analyses one document with the knowledge of a given gazetteer.
pub fn analyze_with(doc: &Document, gaz: &Gazetteer) -> DocumentAnalysis {
    let text = doc.text.as_str();
    let tokens = tokenize(text);
    let lang = doc.lang.unwrap_or_else(|| lang::detect(&tokens));
    let lex = lang::lexicon(lang);

    // zones
    let sentences = zone::sentences(text);
    let boiler_spans = zone::boilerplate(text);
    let in_boiler = |b: usize| boiler_spans.iter().any(|&(s, e)| s <= b && b < e);
    let boiler: Vec<bool> = tokens.iter().map(|t| in_boiler(t.start)).collect();
    let clauses: Vec<Clause> = sentences
        .iter()
        .map(|s| Clause {
            first: tokens.partition_point(|t| t.start < s.start),
            last: tokens.partition_point(|t| t.start < s.end),
            start: s.start,
            end: s.end,
        })
        .collect();
    let sentence_starts: Vec<usize> = clauses.iter().map(|c| c.first).collect();

    // lookup, recognition, resolution
    let folded = Folded::new(text);
    let candidates = gaz.lookup(text, &folded);
    let cx = Context {
        text,
        tokens: &tokens,
        candidates: &candidates,
        lang,
        lex,
        gaz,
        sentence_starts: &sentence_starts,
    };
    let mentions = entity::recognise(&cx);
    let (actors, of_mention) = entity::resolve(text, &mentions, lang, gaz);

    // dates
    let names_year = event::year_in_name;
    let mut reference =
        doc.date.as_deref().and_then(parse_reference).or_else(|| reference_from_text(&tokens, text, lang));
    if reference.is_none() {
        // a year carried by a named event ("Falcon Strike-2024")
        reference = tokens
            .windows(2)
            .find(|w| {
                w[0].key == "-" && w[1].key.len() == 4 && names_year(&format!("-{}", w[1].key)).is_some()
            })
            .and_then(|w| w[1].key.parse().ok())
            .map(|y| PartialDate { year: Some(y), month: None, day: None });
    }
    // a dateline without its year ("MOSCOW, Sept 12 (Reuters)") dated by the year found above
    if doc.date.is_none() && reference.is_some_and(|r| r.month.is_none()) {
        let head = text.char_indices().nth(300).map(|(b, _)| b).unwrap_or(text.len());
        if let Some(d) = date::find_dates(&text[..head], lang, reference)
            .into_iter()
            .find(|d| d.from.is_full() && d.to.is_none())
        {
            reference = Some(d.from);
        }
    }
    let dates: Vec<DateMatch> = date::find_dates_in(&tokens, text, lang, reference)
        .into_iter()
        .filter(|d| !in_boiler(d.start))
        .collect();

    // events and relations over the body's mentions
    let mut placed: Vec<Placed> = mentions
        .iter()
        .zip(&of_mention)
        .filter(|(m, _)| !boiler[m.first])
        .map(|(m, &a)| Placed { first: m.first, last: m.last, actor: a })
        .collect();
    placed.sort_by_key(|p| (p.first, std::cmp::Reverse(p.last)));
    let facts = Facts {
        text,
        tokens: &tokens,
        sentences: &clauses,
        actors: &actors,
        mentions: &placed,
        dates: &dates,
        lex,
        boiler: &boiler,
    };
    let mut events = event::extract(&facts, names_year);
    let links = relation::extract(&facts, &mut events);

    // output, with code-point offsets
    let chars = CharIndex::new(text);
    let span = |s: usize, e: usize| Span { start: chars.char_of(s), end: chars.char_of(e) };
    let sentence_span = |si: usize| span(clauses[si].start, clauses[si].end);
    let mut in_body = vec![false; actors.len()];
    for p in &placed {
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
        entities.push(Entity {
            id,
            name: a.name.clone(),
            kind: a.kind(),
            aliases: a.aliases.clone(),
            mentions: a.mentions.iter().map(|&(s, e)| span(s, e)).collect(),
            value: None,
            key: Some(match &a.key {
                Key::Country(c) => gaz.countries[*c as usize].iso3.clone(),
                Key::Org(k) | Key::Person(k) | Key::Place(k) => k.clone(),
            }),
            role: a.role.clone(),
            country: None,
            coords: a.coords,
            rule: a.rule.to_string(),
        });
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
    // dates: one entity per value
    let mut date_ids: HashMap<String, usize> = HashMap::new();
    for d in &dates {
        let value = date_value(d);
        let surface = text[d.start..d.end].to_string();
        match date_ids.get(&value) {
            Some(&i) => {
                let e: &mut Entity = &mut entities[i];
                e.mentions.push(span(d.start, d.end));
                if surface != e.name && !e.aliases.contains(&surface) {
                    e.aliases.push(surface);
                }
            }
            None => {
                date_ids.insert(value.clone(), entities.len());
                entities.push(Entity {
                    id: format!("d{}", date_ids.len()),
                    name: surface,
                    kind: EntityType::Date,
                    aliases: Vec::new(),
                    mentions: vec![span(d.start, d.end)],
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
    let id_of = |a: usize| ids.get(&a).cloned();
    let out_events: Vec<Event> = events
        .iter()
        .enumerate()
        .map(|(i, o)| Event {
            id: format!("v{}", i + 1),
            kind: o.kind,
            code: o.kind.plover().to_string(),
            name: o.name.clone(),
            aliases: o.aliases.clone(),
            start: o.from.as_ref().map(iso),
            end: o.to.as_ref().or(o.from.as_ref()).map(iso),
            place: o.place.and_then(id_of),
            participants: o.participants.iter().filter_map(|&p| id_of(p)).collect(),
            evidence: {
                let mut s: Vec<usize> = o.sentences.clone();
                s.sort();
                s.into_iter().map(sentence_span).collect()
            },
            triggers: o.triggers.iter().map(|&(s, e)| span(s, e)).collect(),
            occurrence: None,
        })
        .collect();
    let relations: Vec<Relation> = links
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
        lang,
        date: doc.date.clone().or_else(|| reference.map(|r| iso(&r))),
        text: doc.text.clone(),
        entities,
        events: out_events,
        relations,
        boilerplate: boiler_spans.iter().map(|&(s, e)| span(s, e)).collect(),
    }
}

/// Analyses several documents and links the events that are the same occurrence across them.
pub fn analyze_corpus(docs: &[Document]) -> Analysis {
    let mut analysis = Analysis { documents: docs.iter().map(analyze).collect() };
    link_occurrences(&mut analysis);
    analysis
}

/// One event seen for cross-document linking.
struct Seen {
    doc: usize,
    idx: usize,
    name: Option<String>,
    kind: crate::analysis::EventType,
    keys: Vec<String>,
    start: Option<String>,
    end: Option<String>,
}

fn same_time(a: &Seen, b: &Seen) -> bool {
    match (&a.start, &b.start) {
        (Some(s1), Some(s2)) => {
            let (e1, e2) = (a.end.as_ref().unwrap_or(s1), b.end.as_ref().unwrap_or(s2));
            let fits =
                |x: &str, y: &str| x.chars().zip(y.chars()).all(|(p, q)| p == q || p == 'X' || q == 'X');
            fits(s1, s2) || (s1.as_str() <= e2.as_str() && s2.as_str() <= e1.as_str())
        }
        _ => false,
    }
}

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
    let mut seen = Vec::new();
    for (di, d) in analysis.documents.iter().enumerate() {
        let key_of = |id: &String| d.entities.iter().find(|e| &e.id == id).and_then(|e| e.key.clone());
        for (vi, v) in d.events.iter().enumerate() {
            let mut keys: Vec<String> = v.participants.iter().filter_map(key_of).collect();
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
    let mut parent: Vec<usize> = (0..seen.len()).collect();
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            let (a, b) = (&seen[i], &seen[j]);
            if a.doc == b.doc {
                continue;
            }
            let same_name = a.name.is_some() && a.name == b.name;
            let common = a.keys.iter().filter(|k| b.keys.contains(k)).count();
            if same_name || (a.kind == b.kind && common >= 2 && same_time(a, b)) {
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
        if sizes[&r] < 2 {
            continue;
        }
        let n = ids.len() + 1;
        let id = ids.entry(r).or_insert_with(|| format!("x{n}")).clone();
        analysis.documents[s.doc].events[s.idx].occurrence = Some(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Tables;
    use crate::{EventType, RelationType};

    fn fixture() -> Gazetteer {
        Gazetteer::new(Tables {
            countries: "CHN\tCN\tChine\tChina\t39.9\t116.4\nRUS\tRU\tRussie\tRussia\t55.7\t37.6\n\
                USA\tUS\tÉtats-Unis\tUnited States\t38.9\t-77.0\nBLR\tBY\tBiélorussie\tBelarus\t53.9\t27.6\n\
                FRA\tFR\tFrance\tFrance\t48.9\t2.3\n",
            country_forms: "CHN\tfr\tdemonym\tchinois\nCHN\tfr\tdemonym\tchinoise\nCHN\ten\tdemonym\tChinese\n\
                CHN\t*\tcapital\tPékin\nCHN\ten\tcapital\tBeijing\nRUS\tfr\tdemonym\trusse\nRUS\ten\tdemonym\tRussian\n\
                RUS\tfr\tcapital\tMoscou\nRUS\ten\tcapital\tMoscow\nRUS\tfr\tprefix\trusso\nCHN\tfr\tprefix\tsino\n\
                RUS\tfr\tdemonym\trusses\nUSA\t*\tcapital\tWashington\nUSA\tfr\tdemonym\taméricains\n\
                BLR\tfr\tdemonym\tbiélorusse\nBLR\tfr\tname\tBélarus\nBLR\t*\tcapital\tMinsk\n",
            places: "Brest\t*\tcity\tBLR\t52.1\t23.7\t340000\nBrest\t*\tcity\tFRA\t48.4\t-4.5\t140000\n",
            orgs: "NATO\talliance\tfr\tOTAN\t-\nNATO\talliance\ten\tNATO\t-\n",
            given_names: "Sergueï\tru\nVladimir\tru\n",
            surnames: "Li\tzh\nXi\tzh\n",
            titles: "fr\tminister\tministre\nfr\thead\tprésident\nen\thead\tPresident\nen\tminister\tMinister\n",
        })
    }

    fn run(text: &str) -> DocumentAnalysis {
        analyze_with(&Document::new("t.txt", text), &fixture())
    }

    fn entity<'a>(a: &'a DocumentAnalysis, name: &str) -> &'a Entity {
        a.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", a.entities))
    }

    #[test]
    fn persons_from_titles_given_names_and_surnames() {
        let a = run("Le ministre russe de la Défense Sergueï Choïgou a reçu à Moscou son homologue chinois \
            Li Shangfu. Choïgou a salué la coopération sino-russe.");
        let shoigu = entity(&a, "Sergueï Choïgou");
        assert_eq!(shoigu.kind, EntityType::Person);
        assert!(shoigu.aliases.contains(&"Choïgou".to_string()));
        assert_eq!(shoigu.mentions.len(), 2);
        assert!(shoigu.role.as_deref().unwrap().starts_with("ministre russe"));
        assert_eq!(entity(&a, "Li Shangfu").kind, EntityType::Person);
        assert_eq!(entity(&a, "Moscou").kind, EntityType::Place, "a city where something happens");
        let russia = entity(&a, "Russie");
        assert!(a
            .relations
            .iter()
            .any(|r| r.kind == RelationType::Affiliation && r.source == shoigu.id && r.target == russia.id));
        assert!(entity(&a, "Chine").mentions.len() >= 2, "chinois and sino-");
    }

    #[test]
    fn capital_acting_is_the_government_and_deployments_need_troops() {
        let a = run("Pékin va envoyer des troupes en Russie pour des exercices militaires conjoints.");
        let china = entity(&a, "Chine");
        assert_eq!(china.kind, EntityType::Country);
        assert!(china.aliases.contains(&"Pékin".to_string()));
        let dep = a.events.iter().find(|e| e.kind == EventType::Deployment).expect("a deployment");
        assert_eq!(dep.participants.len(), 2);
        assert_eq!(dep.place.as_deref(), Some(entity(&a, "Russie").id.as_str()));
        let none = run("Il n'est pas question d'envoyer des troupes en Russie ou en Chine.");
        assert!(none.events.is_empty(), "negated: {:?}", none.events);
    }

    #[test]
    fn ministries_merge_and_belong_to_their_country() {
        let a = run("Le ministère biélorusse de la Défense a publié un communiqué. Selon le ministère de \
            la Défense, la Chine et le Bélarus coopèrent.");
        let orgs: Vec<&Entity> = a.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
        assert_eq!(orgs.len(), 1, "{orgs:#?}");
        let blr = entity(&a, "Biélorussie");
        assert_eq!(orgs[0].country.as_deref(), Some(blr.id.as_str()));
        assert!(blr.aliases.contains(&"Bélarus".to_string()));
        assert!(a.relations.iter().any(|r| r.kind == RelationType::Affiliation && r.source == orgs[0].id));
    }

    #[test]
    fn english_titles_capitals_and_opposition() {
        let a = run("Chinese Defense Minister Li Shangfu met Russian President Vladimir Putin in Moscow. \
            Washington said it was worried by the growing ties between Beijing and Moscow.");
        assert_eq!(a.lang, Lang::En);
        assert_eq!(entity(&a, "Vladimir Putin").kind, EntityType::Person);
        let usa = entity(&a, "United States");
        assert!(usa.aliases.contains(&"Washington".to_string()));
        let china = entity(&a, "China");
        assert!(a
            .relations
            .iter()
            .any(|r| r.kind == RelationType::Opposition && r.source == usa.id && r.target == china.id));
        let meeting = a.events.iter().find(|e| e.kind == EventType::Meeting).expect("a meeting");
        assert_eq!(meeting.place.as_deref(), Some(entity(&a, "Moscow").id.as_str()));
    }

    #[test]
    fn places_by_head_and_named_exercises() {
        let a =
            run("L'exercice Falcon Strike-2024 s'est déroulé près de la ville de Qingtongxia, en Chine, \
            avec des soldats biélorusses.");
        assert_eq!(entity(&a, "Qingtongxia").kind, EntityType::Place);
        let ex = a.events.iter().find(|e| e.kind == EventType::Exercise).expect("an exercise");
        assert_eq!(ex.name.as_deref(), Some("Falcon Strike-2024"));
        assert_eq!(ex.place.as_deref(), Some(entity(&a, "Qingtongxia").id.as_str()));
    }

    #[test]
    fn references_to_an_event_already_told() {
        // "Les manœuvres" is the exercise just told; "aura lieu près de X" places it
        let a = run("La Chine et la Russie ont lancé lundi l'exercice Falcon Strike-2024. Les manœuvres \
            dureront du 8 au 19 juillet 2024. Ce dernier aura lieu près de la ville de Qingtongxia.");
        let exercises: Vec<&Event> = a.events.iter().filter(|e| e.kind == EventType::Exercise).collect();
        assert_eq!(exercises.len(), 1, "{exercises:#?}");
        assert_eq!(exercises[0].start.as_deref(), Some("2024-07-08"));
        assert_eq!(exercises[0].place.as_deref(), Some(entity(&a, "Qingtongxia").id.as_str()));
        // a meeting recalled in passing is another meeting
        let b = run("La Chine et la Russie ont tenu des consultations à Moscou. Les consultations ont fait \
            suite à la récente rencontre entre la Chine et la Russie à Qingtongxia.");
        assert_eq!(b.events.iter().filter(|e| e.kind == EventType::Meeting).count(), 2, "{:#?}", b.events);
    }

    #[test]
    fn the_drills_after_a_joint_patrol_are_that_patrol() {
        let a = run("La Chine et la Russie ont mené une patrouille conjointe près de Qingtongxia. \
            Les exercices ont mobilisé des navires des deux pays.");
        assert_eq!(a.events.len(), 1, "{:#?}", a.events);
        assert_eq!(a.events[0].kind, EventType::Patrol);
        assert_eq!(a.events[0].evidence.len(), 2);
    }

    #[test]
    fn critics_are_not_participants() {
        let a = run("La Chine et le Bélarus ont lancé un exercice conjoint, ce que la Russie a dénoncé.");
        let ex = a.events.iter().find(|e| e.kind == EventType::Exercise).expect("an exercise");
        let russia = entity(&a, "Russie");
        assert!(!ex.participants.contains(&russia.id), "{ex:#?}");
        assert!(a.relations.iter().any(|r| r.kind == RelationType::Opposition && r.source == russia.id));
        assert!(
            !a.relations
                .iter()
                .any(|r| r.kind == RelationType::Cooperation
                    && (r.source == russia.id || r.target == russia.id))
        );
    }

    #[test]
    fn boilerplate_only_actors_are_left_out() {
        let a =
            run("La Chine et la Russie ont signé un accord.\nLeave a Reply\nLes américains sont partout.");
        assert!(a.entities.iter().all(|e| e.name != "États-Unis"));
        assert!(!a.boilerplate.is_empty());
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "😀 Les soldats biélorusses et la Chine.";
        let a = run(text);
        let chars: Vec<char> = text.chars().collect();
        let china = entity(&a, "Chine");
        let m = china.mentions[0];
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "Chine");
    }

    #[test]
    fn parses_reference_dates() {
        assert_eq!(parse_reference("2024"), Some(PartialDate { year: Some(2024), month: None, day: None }));
        assert_eq!(parse_reference("2024-07-08").map(|d| iso(&d)), Some("2024-07-08".to_string()));
        assert_eq!(parse_reference("2023-02-29"), None);
        assert_eq!(parse_reference("2024-13"), None);
        assert_eq!(parse_reference("24-07"), None);
    }
}
