//! Stage 1: what comes in — a [`Document`], the bytes it was decoded from, and its zones.
//!
//! [`decode`] turns a file's bytes (UTF-8, UTF-16, Windows-1252, or a saved HTML page) into text
//! and the page's own metadata; [`wrap`] joins the lines a hard-wrapped text breaks inside its
//! sentences; [`zone`] cuts the text into sentences and marks the boilerplate (credits, comments,
//! related links) no later stage should take facts from.

pub mod decode;
pub mod wrap;
pub mod zone;

use crate::analysis::Lang;
use crate::reference::ReferenceDate;

/// A document to analyse: text plus what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// File name or title.
    pub source: String,
    /// The text (already decoded and extracted).
    pub text: String,
    /// Reference date as given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), used to resolve partial and
    /// relative dates; read once, through [`Document::reference`]. Echoed as given in the
    /// analysis's `date`.
    pub date: Option<String>,
    /// Language, detected when `None`.
    pub lang: Option<Lang>,
}

impl Document {
    /// A document with no reference date and a language to detect.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Document {
        Document { source: source.into(), text: text.into(), date: None, lang: None }
    }

    /// The same document with a reference date.
    pub fn with_date(mut self, date: ReferenceDate) -> Document {
        self.date = Some(date.to_string());
        self
    }

    /// The reference date given with the document, parsed; `None` when absent or malformed.
    pub fn reference(&self) -> Option<ReferenceDate> {
        self.date.as_deref().and_then(ReferenceDate::parse)
    }
}
