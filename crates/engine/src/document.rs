//! The input document and the pipeline that analyses it.

use crate::analysis::{Analysis, DocumentAnalysis, Lang};

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
        Document {
            source: source.into(),
            text: text.into(),
            date: None,
            lang: None,
        }
    }
}

/// Analyses one document. Never fails: any text yields an analysis, maybe empty.
pub fn analyze(doc: &Document) -> DocumentAnalysis {
    DocumentAnalysis {
        source: doc.source.clone(),
        lang: doc.lang.unwrap_or_default(),
        date: doc.date.clone(),
        text: doc.text.clone(),
        ..DocumentAnalysis::default()
    }
}

/// Analyses several documents.
pub fn analyze_corpus(docs: &[Document]) -> Analysis {
    Analysis {
        documents: docs.iter().map(analyze).collect(),
    }
}
