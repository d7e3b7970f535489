//! What the page remembers across reloads: the documents, their reference dates and the interface
//! settings, stored as versioned JSON in the browser's localStorage.

use serde::{Deserialize, Serialize};

/// The storage key.
pub const KEY: &str = "trame.state";
/// The current version of the stored format.
pub const VERSION: u32 = 1;

/// A document of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDoc {
    /// Identifier, unique in the corpus.
    pub id: u32,
    /// File name, or the first line of pasted text.
    pub title: String,
    /// The text analysed (already extracted from HTML).
    pub text: String,
    /// Reference date (`YYYY[-MM[-DD]]`).
    #[serde(default)]
    pub date: Option<String>,
    /// Language (`fr`/`en`), detected when absent.
    #[serde(default)]
    pub lang: Option<String>,
}

/// Everything persisted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// Format version.
    pub version: u32,
    /// The corpus.
    pub docs: Vec<StoredDoc>,
    /// Interface language (`fr`/`en`).
    pub ui_lang: String,
    /// `light`, `dark` or `auto`.
    pub theme: String,
    /// The analyst's corrections, applied after every analysis.
    #[serde(default)]
    pub corrections: Vec<crate::corrections::Correction>,
}

impl Default for Stored {
    fn default() -> Stored {
        Stored {
            version: VERSION,
            docs: Vec::new(),
            ui_lang: "fr".into(),
            theme: "auto".into(),
            corrections: Vec::new(),
        }
    }
}

/// Restores the state from stored JSON. Never fails: what cannot be read is dropped and named in
/// the returned notice, the rest is kept.
pub fn restore(raw: Option<&str>) -> (Stored, Option<String>) {
    let Some(raw) = raw else { return (Stored::default(), None) };
    if let Ok(s) = serde_json::from_str::<Stored>(raw) {
        if s.version == VERSION {
            return (s, None);
        }
    }
    // salvage document by document
    let mut out = Stored::default();
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
        return (out, Some("stored data was unreadable and has been reset".into()));
    };
    let mut lost = 0;
    if let Some(docs) = value.get("docs").and_then(|d| d.as_array()) {
        for d in docs {
            match serde_json::from_value::<StoredDoc>(d.clone()) {
                Ok(doc) => out.docs.push(doc),
                Err(_) => lost += 1,
            }
        }
    }
    if let Some(l) = value.get("ui_lang").and_then(|l| l.as_str()) {
        out.ui_lang = l.to_string();
    }
    if let Some(t) = value.get("theme").and_then(|t| t.as_str()) {
        out.theme = t.to_string();
    }
    if let Some(c) = value.get("corrections").and_then(|c| serde_json::from_value(c.clone()).ok()) {
        out.corrections = c;
    }
    let notice = if lost > 0 {
        format!("{lost} stored document(s) could not be restored; {} kept", out.docs.len())
    } else {
        format!("stored data from an older version was converted ({} document(s) kept)", out.docs.len())
    };
    (out, Some(notice))
}

/// The storage key of part `i` (from 1) of the documents: a large corpus is kept in several
/// entries of about [`PART_BYTES`], each written in its own task (one 5 MB write blocks the page).
pub fn part_key(i: usize) -> String {
    format!("{KEY}.{i}")
}

/// Text bytes per stored part.
pub const PART_BYTES: usize = 400_000;

/// The documents cut into consecutive parts of about `bytes` of text each.
pub fn part_ranges(docs: &[StoredDoc], bytes: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, d) in docs.iter().enumerate() {
        size += d.text.len() + d.title.len();
        if size >= bytes {
            out.push(start..i + 1);
            start = i + 1;
            size = 0;
        }
    }
    if start < docs.len() {
        out.push(start..docs.len());
    }
    out
}

/// The main entry: settings, corrections and the number of parts holding the documents.
pub fn head_json(s: &Stored, parts: usize) -> String {
    let head = Stored {
        version: s.version,
        docs: Vec::new(),
        ui_lang: s.ui_lang.clone(),
        theme: s.theme.clone(),
        corrections: s.corrections.clone(),
    };
    let mut v = serde_json::to_value(&head).unwrap_or_default();
    v["parts"] = parts.into();
    v.to_string()
}

/// Restores the state from the main entry and its parts (`part(i)` reads part `i`); documents
/// stored in the main entry itself (earlier pages) are read too. Never fails, like [`restore`].
pub fn restore_with_parts(
    raw: Option<&str>,
    part: impl Fn(usize) -> Option<String>,
) -> (Stored, Option<String>) {
    let (mut s, mut notice) = restore(raw);
    let parts = raw
        .and_then(|r| serde_json::from_str::<serde_json::Value>(r).ok())
        .and_then(|v| v.get("parts")?.as_u64())
        .unwrap_or(0) as usize;
    let mut lost = 0;
    for i in 1..=parts {
        match part(i).and_then(|p| serde_json::from_str::<Vec<StoredDoc>>(&p).ok()) {
            Some(docs) => s.docs.extend(docs),
            None => lost += 1,
        }
    }
    if lost > 0 {
        notice = Some(format!(
            "{lost} of {parts} parts of the stored corpus could not be restored; {} document(s) kept",
            s.docs.len()
        ));
    }
    (s, notice)
}

/// A document title: the first non-empty line, shortened.
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let mut t: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        t.push('…');
    }
    if t.is_empty() {
        "(sans titre)".into()
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_salvages() {
        let mut s = Stored::default();
        s.docs.push(StoredDoc { id: 1, title: "a".into(), text: "x".into(), date: None, lang: None });
        let raw = serde_json::to_string(&s).unwrap();
        assert_eq!(restore(Some(&raw)), (s, None));
        let (r, notice) =
            restore(Some(r#"{"version":0,"docs":[{"id":1,"title":"t","text":"x"},{"bad":1}]}"#));
        assert_eq!(r.docs.len(), 1);
        assert!(notice.unwrap().contains("1 stored document(s) could not be restored"));
        let (r, notice) = restore(Some("not json"));
        assert!(r.docs.is_empty() && notice.is_some());
        assert_eq!(restore(None).1, None);
    }

    #[test]
    fn a_corpus_stored_in_parts_comes_back_whole() {
        let mut s = Stored::default();
        for id in 0..10 {
            s.docs.push(StoredDoc {
                id,
                title: format!("t{id}"),
                text: "x".repeat(300),
                date: None,
                lang: None,
            });
        }
        let ranges = part_ranges(&s.docs, 1000);
        assert_eq!(ranges, [0..4, 4..8, 8..10]);
        assert_eq!(ranges.iter().map(|r| r.len()).sum::<usize>(), 10);
        let parts: Vec<String> =
            ranges.iter().map(|r| serde_json::to_string(&s.docs[r.clone()]).unwrap()).collect();
        let head = head_json(&s, parts.len());
        assert!(head.len() < 200, "{head}");
        let (back, notice) = restore_with_parts(Some(&head), |i| parts.get(i - 1).cloned());
        assert_eq!((back, notice), (s.clone(), None));
        // a lost part: the rest is kept and the notice says so
        let (back, notice) = restore_with_parts(Some(&head), |i| (i != 2).then(|| parts[i - 1].clone()));
        assert_eq!(back.docs.len(), 10 - ranges[1].len());
        assert!(notice.unwrap().contains("1 of 3 parts"));
        // the earlier format, documents in the main entry
        let old = serde_json::to_string(&s).unwrap();
        assert_eq!(restore_with_parts(Some(&old), |_| None).0, s);
    }

    #[test]
    fn titles_from_first_line() {
        assert_eq!(title_of("\n  Titre  \nCorps"), "Titre");
        assert_eq!(title_of(""), "(sans titre)");
    }
}
