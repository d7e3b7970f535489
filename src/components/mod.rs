//! The page's components, one per file.

mod annotated_text;
mod document_list;
mod input_panel;
mod map;
pub mod network;
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

use trame_engine::{Document, Lang};
use wasm_bindgen::JsCast;

use crate::state::StoredDoc;

/// The engine's input for a stored document.
pub fn to_document(d: &StoredDoc) -> Document {
    Document {
        source: d.title.clone(),
        text: d.text.clone(),
        date: d.date.clone().filter(|s| trame_engine::parse_reference(s).is_some()),
        lang: d.lang.as_deref().and_then(Lang::parse),
    }
}

/// Offers `content` as a file download (through a Blob URL: nothing leaves the machine).
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
