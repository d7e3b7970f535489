//! Trame's extraction engine: who did what, with whom, when and where, from news text.
//!
//! Pure functions over text: no I/O, no global mutable state, the same natively and in wasm.
//!
//! The stages run in the order `pipeline.rs` lists, each in its own module: input (decoding,
//! zones), text (tokens), language, mentions and entities, the reference date and dates, the
//! shared clause context (facts), events, relations, output; then, over several documents, the
//! corpus links. Only the types and functions re-exported below are public.
//!
//! ```
//! use trame_engine::{analyze, Document};
//!
//! let doc = Document::new("note.txt", "La Chine et la Russie ont mené un exercice conjoint le 9 août 2021.");
//! let analysis = analyze(&doc);
//! assert!(analysis.entities.iter().any(|e| e.name == "Chine"));
//! ```

mod analysis;
mod calendar;
mod corpus;
/// The day arithmetic under its former path, kept only while the page still calls
/// `trame_engine::date::days_from_civil` and friends; use the crate root's names instead.
#[doc(hidden)]
pub mod date;
mod entity;
mod error;
mod event;
mod facts;
mod gazetteer;
mod input;
mod lang;
mod output;
mod pipeline;
mod reference;
mod relation;
mod text;

pub use analysis::{
    Analysis, DocumentAnalysis, Entity, EntityType, Event, EventType, Lang, Relation, RelationType, Span,
};
pub use calendar::{civil_from_days, days_from_civil, days_in_month};
pub use corpus::{
    analyze_corpus, corpus_links, link_bucket, link_counted, link_named, link_occurrences, BucketEvent,
    CorpusActor, CorpusEvent, CorpusLinks,
};
pub use input::Document;
pub use pipeline::{analyze, analyze_traced, analyze_with};
pub use reference::{ReferenceDate, ReferenceOrigin};

pub use error::{Error, ErrorKind};
pub use gazetteer::Gazetteer;
pub use input::decode::{decode, Decoded};

/// Parses a reference date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): [`ReferenceDate::parse`], under
/// the name the page calls.
pub fn parse_reference(s: &str) -> Option<ReferenceDate> {
    ReferenceDate::parse(s)
}

/// The key under which [`link_occurrences`] groups events by name (the name folded: lower case,
/// no accents, single spaces), so that linking done outside this crate (the Spark job of
/// `examples/spark`) groups exactly as the engine does.
pub fn name_key(name: &str) -> String {
    text::fold(name)
}
