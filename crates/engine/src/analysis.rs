//! The analysis format of `shared/eval/FORMAT.md`, as serde types.
//!
//! These are the types every stage speaks (a [`Lang`], an [`EntityType`], an [`EventType`]) and
//! the types the output stage writes (entities, events, relations with code-point [`Span`]s).
//! They sit below every stage, so any stage may name them without depending on a later one.

use serde::{Deserialize, Serialize};

/// A whole corpus: one [`DocumentAnalysis`] per input document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The analysed documents, in input order.
    pub documents: Vec<DocumentAnalysis>,
}

/// Language of a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code, `fr` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses `fr`/`en` (any case, also `french`/`english`, `français`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A span of the document text, in Unicode code points, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// What the analysis says about one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentAnalysis {
    /// File name, or the title given to pasted text.
    pub source: String,
    /// Detected (or given) language.
    pub lang: Lang,
    /// Reference date of the document (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The text all offsets refer to (for HTML input, the extracted article text).
    #[serde(default)]
    pub text: String,
    /// Actors and dates.
    pub entities: Vec<Entity>,
    /// What happened.
    pub events: Vec<Event>,
    /// Links between actors.
    pub relations: Vec<Relation>,
    /// Spans recognised as boilerplate (source lines, credits, comments, related links).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<Span>,
}

/// Kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A named person.
    Person,
    /// A country (or its government).
    Country,
    /// A ministry, armed force, party, council, international body, company…
    Organization,
    /// A city, region, base, sea or training ground.
    Place,
    /// A date or interval; see [`Entity::value`].
    Date,
}

impl EntityType {
    /// The lowercase name used in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Country => "country",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Date => "date",
        }
    }
}

/// One real-world thing named in a document, with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Identifier, unique in the document (`e1`, `e2`…).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every other surface form seen in the text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where the entity is mentioned.
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// For dates: the normalised ISO value (`2024-07-08`, `XXXX-08-30`, `2024-07-08/2024-07-19`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A stable key across documents (ISO 3166 alpha-3 for countries, normalised name otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Title or role the text gives a person (`ministre de la Défense`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Id of the country entity this organization, place or person belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Latitude and longitude, when the gazetteer knows them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coords: Option<[f64; 2]>,
    /// Which rule recognised the entity (for explanations).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// Kind of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    /// A military exercise or drill.
    Exercise,
    /// A delegation or official going to another country.
    Visit,
    /// Talks, consultations, a summit.
    Meeting,
    /// The parties agree, sign or decide together.
    Agreement,
    /// Troops or equipment sent to another country.
    Deployment,
    /// A joint patrol.
    Patrol,
}

impl EventType {
    /// The lowercase name used in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Exercise => "exercise",
            EventType::Visit => "visit",
            EventType::Meeting => "meeting",
            EventType::Agreement => "agreement",
            EventType::Deployment => "deployment",
            EventType::Patrol => "patrol",
        }
    }

    /// The closest PLOVER event type.
    pub fn plover(self) -> &'static str {
        match self {
            EventType::Exercise => "MOBILIZE",
            EventType::Visit => "CONSULT",
            EventType::Meeting => "CONSULT",
            EventType::Agreement => "AGREE",
            EventType::Deployment => "MOBILIZE",
            EventType::Patrol => "MOBILIZE",
        }
    }
}

/// Something that happened, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Identifier, unique in the document (`v1`, `v2`…).
    pub id: String,
    /// Kind.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// PLOVER event code.
    #[serde(default)]
    pub code: String,
    /// Name of the event, when the text gives one (`Northern Shield-2023`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other names of the same event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Start date, ISO, as precise as the text allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End date, ISO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The text dates the event nowhere: `start` is the day the document was published, the day a
    /// report tells its news of (the month, for an event still to come).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dated_by_publication: bool,
    /// Entity id of the place where it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Entity ids of the participants.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Sentences that prove it.
    #[serde(default)]
    pub evidence: Vec<Span>,
    /// The trigger words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<Span>,
    /// Corpus-wide identifier shared by the events of several documents that are the same
    /// occurrence (`x1`); set by [`crate::analyze_corpus`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<String>,
}

/// Kind of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationType {
    /// Work, exercise, meet or agree together (undirected).
    Cooperation,
    /// Source opposes, criticises, accuses or is worried by target.
    Opposition,
    /// Source backs target.
    Support,
    /// Source is part of, works for or holds office in target.
    Affiliation,
}

impl RelationType {
    /// The lowercase name used in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Cooperation => "cooperation",
            RelationType::Opposition => "opposition",
            RelationType::Support => "support",
            RelationType::Affiliation => "affiliation",
        }
    }
}

/// A link between two entities, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Kind.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// Entity id.
    pub source: String,
    /// Entity id.
    pub target: String,
    /// Sentences that support it.
    #[serde(default)]
    pub evidence: Vec<Span>,
    /// Id of the event it comes from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}
