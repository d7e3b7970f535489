//! What the page remembers across reloads: the documents, their reference dates and the interface
//! settings, stored as versioned JSON in the browser's localStorage (a large corpus in several
//! entries, written one per task so saving never blocks the page).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{Msg, Ui};

/// The storage key.
pub const KEY: &str = "trame.state";
/// The current version of the stored format.
pub const VERSION: u32 = 1;

/// Where a document's stored reference date came from (shown beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateFrom {
    /// Typed by the user (in the form or in the document list).
    User,
    /// The publication date of an uploaded HTML page (its metadata).
    Meta,
    /// The date of an imported analysis.
    Import,
}

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
    /// Where `date` came from (absent with a date: stored by an earlier version, the user's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_from: Option<DateFrom>,
    /// Language (`fr`/`en`), detected when absent.
    #[serde(default)]
    pub lang: Option<String>,
}

impl StoredDoc {
    /// The document without its text (the document list needs none: a large corpus is megabytes
    /// of it).
    pub fn without_text(&self) -> StoredDoc {
        StoredDoc {
            id: self.id,
            title: self.title.clone(),
            text: String::new(),
            date: self.date.clone(),
            date_from: self.date_from,
            lang: self.lang.clone(),
        }
    }

    /// The engine's input for this document (a reference date that does not parse is left out).
    pub fn to_document(&self) -> trame_engine::Document {
        trame_engine::Document {
            source: self.title.clone(),
            text: self.text.clone(),
            date: self.date.clone().filter(|s| trame_engine::parse_reference(s).is_some()),
            lang: self.lang.as_deref().and_then(trame_engine::Lang::parse),
        }
    }
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
    /// The id of the document shown, so a reload shows it again.
    #[serde(default)]
    pub selected: Option<u32>,
}

impl Stored {
    /// The position of the document to show: the one selected when the page was left, else the
    /// first.
    pub fn selected_index(&self) -> usize {
        self.selected.and_then(|id| self.docs.iter().position(|d| d.id == id)).unwrap_or(0)
    }
}

impl Default for Stored {
    fn default() -> Stored {
        Stored {
            version: VERSION,
            docs: Vec::new(),
            ui_lang: "fr".into(),
            theme: "auto".into(),
            corrections: Vec::new(),
            selected: None,
        }
    }
}

/// Restores the state from stored JSON. Never fails: what cannot be read is dropped and named in
/// the returned notice, the rest is kept.
pub fn restore(raw: Option<&str>) -> (Stored, Option<Msg>) {
    let Some(raw) = raw else { return (Stored::default(), None) };
    if let Ok(s) = serde_json::from_str::<Stored>(raw) {
        if s.version == VERSION {
            return (s, None);
        }
    }
    let mut out = Stored::default();
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
        return (out, Some(Msg::new("store_unreadable")));
    };
    // only an object with an earlier version number is ours to convert; anything else (another
    // program's data, a later version of Trame, a broken structure) is said to be so, not
    // "converted"
    let version = value.get("version").and_then(|v| v.as_u64());
    let docs = value.get("docs");
    let ours = version.is_some_and(|v| v <= u64::from(VERSION)) && docs.is_none_or(|d| d.is_array());
    if !ours {
        return (out, Some(Msg::new("store_wrong_shape")));
    }
    // salvage document by document
    let mut lost = 0;
    for d in docs.and_then(|d| d.as_array()).into_iter().flatten() {
        match serde_json::from_value::<StoredDoc>(d.clone()) {
            Ok(doc) => out.docs.push(doc),
            Err(_) => lost += 1,
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
    out.selected = value.get("selected").and_then(|v| v.as_u64()).and_then(|v| u32::try_from(v).ok());
    let notice = if lost > 0 {
        Msg::new("store_lost_docs").arg("lost", lost).arg("kept", out.docs.len())
    } else if version == Some(u64::from(VERSION)) {
        // this version's data with a part of the wrong type (settings, corrections)
        Msg::new("store_repaired").arg("kept", out.docs.len())
    } else {
        Msg::new("store_converted").arg("kept", out.docs.len())
    };
    (out, Some(notice))
}

/// The key under which stored data the page could not read is kept, untouched, before the page
/// writes over it: nothing is lost silently.
pub const BACKUP_KEY: &str = "trame.unreadable";

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
        selected: s.selected,
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
) -> (Stored, Option<Msg>) {
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
        notice = Some(
            Msg::new("store_lost_parts").arg("lost", lost).arg("parts", parts).arg("kept", s.docs.len()),
        );
    }
    (s, notice)
}

/// A document title: the first non-empty line, shortened (empty for a text with no line: the
/// list then shows "untitled" in the interface language).
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let mut t: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        t.push('…');
    }
    t
}

// ---- the browser side: localStorage ----

/// How long the page waits after a change before saving the corpus.
const SAVE_DELAY_MS: u32 = 250;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The stored state; on a first visit (nothing stored) or when what was stored cannot be read, the
/// interface language the browser asks for.
pub fn load() -> (Stored, Option<Msg>) {
    let storage = storage();
    let get = |k: &str| storage.as_ref().and_then(|s| s.get_item(k).ok().flatten());
    let raw = get(KEY);
    let (mut stored, notice) = restore_with_parts(raw.as_deref(), |i| get(&part_key(i)));
    // unreadable data is kept aside before the page saves over it
    if let (Some(raw), Some(s)) = (raw.as_deref(), storage.as_ref()) {
        if notice.as_ref().is_some_and(|n| matches!(n.key, "store_unreadable" | "store_wrong_shape")) {
            let _ = s.set_item(BACKUP_KEY, raw);
        }
    }
    let settings_lost =
        notice.as_ref().is_some_and(|n| matches!(n.key, "store_unreadable" | "store_wrong_shape"));
    if raw.is_none() || settings_lost {
        // navigator.languages, read through Reflect (no web-sys feature for one property)
        let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
        let langs: Vec<String> = get(&window().into(), "navigator")
            .and_then(|n| get(&n, "languages"))
            .map(|l| js_sys::Array::from(&l).iter().filter_map(|l| l.as_string()).collect())
            .unwrap_or_default();
        stored.ui_lang = Ui::preferred(&langs).code().to_string();
    }
    (stored, notice)
}

/// Saves the corpus at once (the page is going away).
fn save_now(s: &Stored) -> Result<(), Msg> {
    let storage = storage().ok_or(Msg::new("store_refused"))?;
    let mut written = 0;
    for r in part_ranges(&s.docs, PART_BYTES) {
        let json = serde_json::to_string(&s.docs[r]).map_err(|_| Msg::new("store_refused"))?;
        if storage.set_item(&part_key(written + 1), &json).is_err() {
            break;
        }
        written += 1;
    }
    finish_save(&storage, s, written)
}

/// Writes the main entry naming `written` parts and removes older parts beyond them.
fn finish_save(storage: &web_sys::Storage, s: &Stored, written: usize) -> Result<(), Msg> {
    let mut i = written + 1;
    while storage.get_item(&part_key(i)).ok().flatten().is_some() {
        let _ = storage.remove_item(&part_key(i));
        i += 1;
    }
    storage.set_item(KEY, &head_json(s, written)).map_err(|_| Msg::new("store_refused"))
}

/// Saves the corpus without blocking the page: the documents are written in parts of a few
/// hundred kilobytes, one per task; a newer change (`generation` no longer `mine`) abandons this
/// save for its own. Documents beyond what the browser can keep are left out, and the notice says so.
async fn save_in_parts(stored: RwSignal<Stored>, generation: StoredValue<u64>, mine: u64) -> Result<(), Msg> {
    let storage = storage().ok_or(Msg::new("store_refused"))?;
    let Some(ranges) = stored.try_with_untracked(|s| part_ranges(&s.docs, PART_BYTES)) else {
        return Ok(());
    };
    let parts = ranges.len();
    let mut written = 0;
    for r in ranges {
        let Some(json) = stored.try_with_untracked(|s| serde_json::to_string(&s.docs[r])) else {
            return Ok(());
        };
        let json = json.map_err(|_| Msg::new("store_refused"))?;
        if storage.set_item(&part_key(written + 1), &json).is_err() {
            break;
        }
        written += 1;
        gloo::timers::future::TimeoutFuture::new(0).await;
        if generation.try_get_value() != Some(mine) {
            return Ok(());
        }
    }
    stored.try_with_untracked(|s| finish_save(&storage, s, written)).unwrap_or(Ok(()))?;
    if written < parts {
        let (kept, total) = stored.with_untracked(|s| {
            let ranges = part_ranges(&s.docs, PART_BYTES);
            (ranges.iter().take(written).map(|r| r.len()).sum::<usize>(), s.docs.len())
        });
        return Err(Msg::new("store_too_large").arg("kept", kept).arg("total", total));
    }
    Ok(())
}

/// Persists every change of `stored`: changes in quick succession are saved once, after them, in
/// parts (see [`save_in_parts`]); a change not saved yet is saved at once when the page goes away.
/// Problems are told through `notice`.
pub fn persist(stored: RwSignal<Stored>, notice: RwSignal<Vec<Msg>>) {
    let generation = StoredValue::new(0u64);
    let dirty = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        stored.track();
        if first.is_none() {
            return;
        }
        generation.update_value(|g| *g += 1);
        dirty.set_value(true);
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            gloo::timers::future::TimeoutFuture::new(SAVE_DELAY_MS).await;
            if generation.try_get_value() == Some(mine) {
                dirty.set_value(false);
                if let Err(e) = save_in_parts(stored, generation, mine).await {
                    notice.set(vec![e]);
                }
            }
        });
    });
    let flush = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if dirty.try_get_value() == Some(true) {
            dirty.set_value(false);
            let _ = stored.try_with_untracked(save_now);
        }
    });
    let _ = window()
        .add_event_listener_with_callback("pagehide", wasm_bindgen::JsCast::unchecked_ref(flush.as_ref()));
    flush.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_salvages() {
        let mut s = Stored::default();
        s.docs.push(StoredDoc {
            id: 1,
            title: "a".into(),
            text: "x".into(),
            date: None,
            date_from: None,
            lang: None,
        });
        let raw = serde_json::to_string(&s).unwrap();
        assert_eq!(restore(Some(&raw)), (s, None));
        let (r, notice) =
            restore(Some(r#"{"version":0,"docs":[{"id":1,"title":"t","text":"x"},{"bad":1}]}"#));
        assert_eq!(r.docs.len(), 1);
        assert_eq!(notice.unwrap(), Msg::new("store_lost_docs").arg("lost", 1).arg("kept", 1));
        let (r, notice) = restore(Some("not json"));
        assert!(r.docs.is_empty() && notice.is_some());
        assert_eq!(restore(None).1, None);
    }

    #[test]
    fn data_of_another_shape_is_not_called_converted() {
        let key = |raw: &str| restore(Some(raw)).1.map(|n| n.key);
        // JSON, but not ours: an array, no version, a later version, documents that are no list
        assert_eq!(key("[1,2]"), Some("store_wrong_shape"));
        assert_eq!(key(r#"{"docs":[]}"#), Some("store_wrong_shape"));
        assert_eq!(key(r#"{"version":99,"docs":[]}"#), Some("store_wrong_shape"));
        assert_eq!(key(r#"{"version":1,"docs":"x"}"#), Some("store_wrong_shape"));
        // an earlier version is converted; this version with a broken setting is repaired
        assert_eq!(key(r#"{"version":0,"docs":[{"id":1,"title":"t","text":"x"}]}"#), Some("store_converted"));
        assert_eq!(
            key(r#"{"version":1,"docs":[],"ui_lang":"fr","theme":"auto","corrections":7}"#),
            Some("store_repaired")
        );
    }

    #[test]
    fn the_selected_document_comes_back_by_id() {
        let doc = |id| StoredDoc {
            id,
            title: "t".into(),
            text: "x".into(),
            date: None,
            date_from: None,
            lang: None,
        };
        let s = Stored { docs: vec![doc(4), doc(9), doc(2)], selected: Some(9), ..Stored::default() };
        let raw = head_json(&s, 0);
        let (back, _) = restore_with_parts(Some(&raw), |_| None);
        assert_eq!(back.selected, Some(9));
        assert_eq!(s.selected_index(), 1);
        // a document removed since: the first
        let gone = Stored { selected: Some(5), ..s };
        assert_eq!(gone.selected_index(), 0);
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
                date_from: None,
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
        assert_eq!(notice.unwrap().text(Ui::En), "1 of 3 parts of the saved corpus could not be read; 6 documents kept. Add the missing articles again.");
        // the earlier format, documents in the main entry
        let old = serde_json::to_string(&s).unwrap();
        assert_eq!(restore_with_parts(Some(&old), |_| None).0, s);
    }

    #[test]
    fn titles_from_first_line() {
        assert_eq!(title_of("\n  Titre  \nCorps"), "Titre");
        assert_eq!(title_of(""), "");
    }
}
