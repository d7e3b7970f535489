//! The page's components, one per file.

mod annotated_text;
mod doc_item;
mod document_list;
pub mod download;
mod input_panel;
mod map;
pub mod measure;
mod network;
mod results;
mod settings;
mod tables;
mod timeline;

pub use annotated_text::AnnotatedText;
pub use document_list::DocumentList;
pub use input_panel::InputPanel;
pub use map::Map;
pub use network::Network;
pub use results::Results;
pub use settings::Settings;
pub use tables::{ActorTable, EventTable, RelationTable};
pub use timeline::Timeline;
