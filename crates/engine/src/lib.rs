//! Trame's extraction engine: who did what, with whom, when and where, from news text.
//!
//! Pure functions over text: no I/O, no global mutable state, the same natively and in wasm.
//!
//! ```
//! use trame_engine::{analyze, Document};
//!
//! let doc = Document::new("note.txt", "La Chine et la Russie ont mené un exercice conjoint le 9 août 2021.");
//! let analysis = analyze(&doc);
//! assert!(analysis.entities.iter().any(|e| e.name == "Chine"));
//! ```

mod analysis;
pub mod date;
mod decode;
mod document;
mod entity;
mod error;
mod event;
mod facts;
pub mod gazetteer;
mod lang;
mod relation;
mod text;
mod token;
mod zone;

pub use analysis::{
    Analysis, DocumentAnalysis, Entity, EntityType, Event, EventType, Lang, Relation, RelationType, Span,
};
pub use decode::{decode, Decoded};
pub use document::{analyze, analyze_corpus, analyze_with, iso, link_occurrences, parse_reference, Document};
pub use error::{Error, ErrorKind};
