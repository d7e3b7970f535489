//! Reference dates a user can trust: the date each document was read against and where it came
//! from, and warnings when the dates look wrong (a year guessed from a historical mention, events
//! decades before their article, a timeline spanning several decades).

use trame_engine::{DocumentAnalysis, ReferenceOrigin};

use crate::i18n::Msg;
use crate::storage::{DateFrom, StoredDoc};

/// More years than this between dates is "more than a few decades": worth a warning.
pub const FAR_YEARS: i32 = 30;

/// Where the reference date of a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Typed by the user.
    User,
    /// An uploaded page's publication metadata.
    Meta,
    /// An imported analysis.
    Import,
    /// Found by the engine at the top of the text (a dateline, an ISO date): to the day or month.
    Dateline,
    /// Guessed by the engine from a date deeper in the text or an exercise's name: a year only.
    Text,
    /// No reference date: dates without a year keep none.
    None,
}

impl Source {
    /// The code written in the page (`data-source`) and read by the tests.
    pub fn code(self) -> &'static str {
        match self {
            Source::User => "user",
            Source::Meta => "meta",
            Source::Import => "import",
            Source::Dateline => "dateline",
            Source::Text => "text",
            Source::None => "none",
        }
    }

    /// The interface text naming the source.
    pub fn key(self) -> &'static str {
        match self {
            Source::User => "src_user",
            Source::Meta => "src_meta",
            Source::Import => "src_import",
            Source::Dateline => "src_dateline",
            Source::Text => "src_text",
            Source::None => "src_none",
        }
    }
}

/// The reference date a document was analysed against, and its source: a stored date (when it
/// parses: one that does not was left out of the analysis, see [`StoredDoc::to_document`]), else
/// the one the engine found in the text (the analysis's date) and where it found it (`origin`).
pub fn reference(
    doc: &StoredDoc,
    analysis: Option<&DocumentAnalysis>,
    origin: Option<ReferenceOrigin>,
) -> (Option<String>, Source) {
    if let Some(d) = doc.date.as_deref().filter(|d| trame_engine::parse_reference(d).is_some()) {
        let source = match doc.date_from {
            Some(DateFrom::Meta) => Source::Meta,
            Some(DateFrom::Import) => Source::Import,
            Some(DateFrom::User) | None => Source::User,
        };
        return (Some(d.trim().to_string()), source);
    }
    let source = match origin {
        Some(ReferenceOrigin::Head) => Source::Dateline,
        Some(ReferenceOrigin::Text) => Source::Text,
        Some(ReferenceOrigin::Given) => Source::User,
        Some(ReferenceOrigin::None) | None => Source::None,
    };
    match analysis.and_then(|a| a.date.clone()) {
        Some(d) if source != Source::None => (Some(d), source),
        _ => (None, Source::None),
    }
}

/// The year of an ISO date (`2025-03-19`, `2025`, `2024-01-01/2024-02-01`); `None` for `XXXX-…`.
pub fn year(iso: &str) -> Option<i32> {
    let head = iso.get(..4)?;
    head.bytes().all(|b| b.is_ascii_digit()).then(|| head.parse().ok()).flatten()
}

/// The known years of a document's events (start and end).
fn event_years(a: &DocumentAnalysis) -> impl Iterator<Item = i32> + '_ {
    a.events.iter().flat_map(|v| [v.start.as_deref(), v.end.as_deref()]).flatten().filter_map(year)
}

/// When the events of the corpus span more than [`FAR_YEARS`]: the first and last year, and the
/// documents (by position) with an event that far before the last year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spread {
    /// Earliest year.
    pub from: i32,
    /// Latest year.
    pub to: i32,
    /// Documents with an event more than [`FAR_YEARS`] before `to`.
    pub docs: Vec<usize>,
}

/// The corpus's spread, when it is suspicious (see [`Spread`]). Linear in the events.
pub fn spread(analyses: &[DocumentAnalysis]) -> Option<Spread> {
    let years = || analyses.iter().flat_map(event_years);
    let (from, to) = (years().min()?, years().max()?);
    (to - from > FAR_YEARS).then(|| Spread {
        from,
        to,
        docs: (0..analyses.len())
            .filter(|&i| event_years(&analyses[i]).any(|y| y < to - FAR_YEARS))
            .collect(),
    })
}

/// What to tell about the dates of one document (position `i`): a year guessed from the text, an
/// event decades before the reference date, events decades before the rest of the corpus.
pub fn warnings(
    i: usize,
    analysis: &DocumentAnalysis,
    reference: (Option<&str>, Source),
    spread: Option<&Spread>,
) -> Vec<Msg> {
    let mut out = Vec::new();
    let ref_year = reference.0.and_then(year);
    if let (Source::Text, Some(y)) = (reference.1, ref_year) {
        out.push(Msg::new("warn_text_year").arg("year", y));
    }
    let earliest = event_years(analysis).min();
    if let (Some(r), Some(e)) = (ref_year, earliest) {
        if r - e > FAR_YEARS {
            out.push(Msg::new("warn_far").arg("year", e).arg("gap", r - e));
        }
    }
    if let (Some(s), Some(e)) = (spread, earliest) {
        if s.docs.contains(&i) && out.is_empty() {
            out.push(Msg::new("warn_corpus_far").arg("year", e).arg("to", s.to));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_engine::Document;

    fn stored(date: Option<&str>, from: Option<DateFrom>) -> StoredDoc {
        StoredDoc {
            id: 1,
            title: String::new(),
            text: String::new(),
            date: date.map(str::to_string),
            date_from: from,
            lang: None,
        }
    }

    fn traced(text: &str, date: Option<&str>) -> (DocumentAnalysis, ReferenceOrigin) {
        let mut d = Document::new("t", text);
        d.date = date.map(str::to_string);
        trame_engine::analyze_traced(&d, trame_engine::Gazetteer::global())
    }

    fn analysed(text: &str, date: Option<&str>) -> DocumentAnalysis {
        traced(text, date).0
    }

    #[test]
    fn the_source_of_each_reference_date() {
        let source =
            |doc: &StoredDoc, t: &(DocumentAnalysis, ReferenceOrigin)| reference(doc, Some(&t.0), Some(t.1));
        let a = traced("PARIS, le 3 mai 2024. La France et l'Inde ont signé un accord mardi.", None);
        assert_eq!(source(&stored(None, None), &a), (Some("2024-05-03".into()), Source::Dateline));
        let given = stored(Some("2025-01-02"), Some(DateFrom::Meta));
        assert_eq!(source(&given, &a).1, Source::Meta);
        assert_eq!(reference(&stored(Some("2025"), None), None, None).1, Source::User);
        // a date that does not parse was not used: the engine's own counts
        assert_eq!(source(&stored(Some("3/5"), Some(DateFrom::User)), &a).1, Source::Dateline);
        // the only year is historical, the day comes from the top: still a guess
        let old = traced(
            "La France et l'Inde ont signé un accord le 3 mai. Leur amitié remonte à mars 1953.",
            None,
        );
        assert_eq!(source(&stored(None, None), &old), (Some("1953-05-03".into()), Source::Text));
        let none = traced("La France et l'Inde ont parlé.", None);
        assert_eq!(source(&stored(None, None), &none), (None, Source::None));
    }

    #[test]
    fn warnings_for_guessed_years_and_far_events() {
        let old = analysed(
            "Le traité signé en mars 1953 reste en vigueur. La France et l'Inde ont parlé mardi.",
            None,
        );
        let w = warnings(0, &old, (Some("1953"), Source::Text), None);
        assert_eq!(w, [Msg::new("warn_text_year").arg("year", 1953)]);
        let far =
            analysed("La France et l'Inde ont organisé un exercice naval en mars 1990.", Some("2025-03-01"));
        let w = warnings(0, &far, (Some("2025-03-01"), Source::User), None);
        assert_eq!(w, [Msg::new("warn_far").arg("year", 1990).arg("gap", 35)], "{:?}", far.events);
        let recent =
            analysed("La France et l'Inde ont organisé un exercice naval le 3 mars.", Some("2025-03-05"));
        assert!(warnings(0, &recent, (Some("2025-03-05"), Source::User), None).is_empty());
        // a corpus from 1953 to 2025: the old document is named
        let guessed = analysed("L'Inde et la France ont organisé un exercice naval en mars 1953.", None);
        let s = spread(&[recent.clone(), guessed.clone()]).expect("a suspicious spread");
        assert_eq!((s.from, s.to, s.docs.clone()), (1953, 2025, vec![1]));
        assert!(spread(&[recent]).is_none());
        let w = warnings(1, &guessed, (None, Source::None), Some(&s));
        assert_eq!(w, [Msg::new("warn_corpus_far").arg("year", 1953).arg("to", 2025)]);
    }
}
