//! One input record (text, date, language, name) read from Python values into owned Rust data,
//! and turned into an engine [`Document`] the way the command line does.
//!
//! Reading happens with the GIL held and checks types; building the document (decoding, date and
//! language parsing) happens without it. Every failure is a [`FieldError`] naming the field, which
//! becomes a Python `ValueError` ("date: bad date …") or a row of the errors table.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use trame_engine::{decode, Document, ErrorKind, Lang, ReferenceDate};

/// A bad input: the field it is about and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// `text`, `date`, `lang`, `id`, `name` or `record`.
    pub field: &'static str,
    /// What is wrong, in lower case.
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> FieldError {
        FieldError { field, message: message.into() }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl From<FieldError> for PyErr {
    fn from(e: FieldError) -> PyErr {
        pyo3::exceptions::PyValueError::new_err(e.to_string())
    }
}

/// A record's values, owned, not yet checked beyond their Python types.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// The document's name (`source` in the analysis): its id, file name or title.
    pub name: String,
    /// The text as bytes (a Python `str` in UTF-8, or `bytes` as given), `None` when missing.
    pub text: Option<Vec<u8>>,
    /// The reference date as given (blank counts as none).
    pub date: Option<String>,
    /// The language as given (blank counts as none).
    pub lang: Option<String>,
}

/// The name of a Python value's type, for messages.
fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}

/// A `str` field (or `None`); `datetime.date` values are accepted for `date` (their ISO day).
pub fn opt_str(v: Option<&Bound<'_, PyAny>>, field: &'static str) -> Result<Option<String>, FieldError> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(None) };
    if let Ok(s) = v.downcast::<PyString>() {
        return s
            .to_cow()
            .map(|s| Some(s.into_owned()))
            .map_err(|_| FieldError::new(field, "not valid Unicode"));
    }
    if field == "date" && is_date(v) {
        let iso: String = v
            .call_method0("isoformat")
            .and_then(|s| s.extract())
            .map_err(|_| FieldError::new(field, "its isoformat() failed"))?;
        return Ok(Some(iso.chars().take(10).collect()));
    }
    Err(FieldError::new(field, format!("expected a str, got {}", type_name(v))))
}

/// Whether `v` is a `datetime.date` (or `datetime.datetime`).
fn is_date(v: &Bound<'_, PyAny>) -> bool {
    let py = v.py();
    py.import("datetime")
        .and_then(|m| m.getattr("date"))
        .and_then(|date| v.is_instance(&date))
        .unwrap_or(false)
}

/// The text field: a `str`, or `bytes` decoded as the command line decodes a file.
pub fn text_bytes(v: Option<&Bound<'_, PyAny>>) -> Result<Vec<u8>, FieldError> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Err(FieldError::new("text", "missing")) };
    if let Ok(s) = v.downcast::<PyString>() {
        return s
            .to_cow()
            .map(|s| s.into_owned().into_bytes())
            .map_err(|_| FieldError::new("text", "not valid Unicode (lone surrogates)"));
    }
    if let Ok(b) = v.downcast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    Err(FieldError::new("text", format!("expected a str or bytes, got {}", type_name(v))))
}

/// A record's id: a `str` or an `int` (written in decimal), or `None`.
pub fn opt_id(v: Option<&Bound<'_, PyAny>>) -> Result<Option<String>, FieldError> {
    match v.filter(|v| !v.is_none()) {
        Some(v) if v.downcast::<pyo3::types::PyInt>().is_ok() => Ok(Some(v.to_string())),
        other => opt_str(other, "id"),
    }
}

impl Record {
    /// The engine's document, as `trame analyze` builds it from a file (or `--jsonl` from a
    /// line): the text decoded (HTML pages reduced to their article), the given date winning over
    /// a page's own, the language detected when none is given.
    pub fn document(&self) -> Result<Document, FieldError> {
        let bytes = self.text.as_deref().ok_or_else(|| FieldError::new("text", "missing"))?;
        let decoded = decode(bytes, &self.name).map_err(|e| match e.kind() {
            ErrorKind::Empty => FieldError::new("text", "empty (no text to analyse)"),
            _ => FieldError::new("text", e.to_string()),
        })?;
        let lang = match self.lang.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(l) => Some(
                Lang::parse(l).ok_or_else(|| FieldError::new("lang", format!("{l:?} is not fr or en")))?,
            ),
            None => None,
        };
        let date = match self.date.as_deref().filter(|d| !d.trim().is_empty()) {
            Some(d) => Some(d.parse::<ReferenceDate>().map_err(|e| FieldError::new("date", e.to_string()))?),
            None => None,
        };
        let doc = Document { source: self.name.clone(), text: decoded.text, date: decoded.date, lang };
        Ok(match date {
            Some(d) => doc.with_date(d),
            None => doc,
        })
    }
}

/// Reads a record from a mapping (a `dict`, or anything with `.get`): `id`, `text`, `date`,
/// `lang`; `n` (1-based) names a record without an id (`record 3`).
pub fn from_mapping(v: &Bound<'_, PyAny>, n: usize) -> (Option<String>, Result<Record, FieldError>) {
    let get = |key: &str| -> Option<Bound<'_, PyAny>> {
        v.call_method1("get", (key,)).ok().filter(|x| !x.is_none())
    };
    if v.downcast::<PyString>().is_ok() || !v.hasattr("get").unwrap_or(false) {
        let msg = format!("expected a dict with 'text' (and 'id', 'date', 'lang'), got {}", type_name(v));
        return (None, Err(FieldError::new("record", msg)));
    }
    let id = match opt_id(get("id").as_ref()) {
        Ok(id) => id,
        Err(e) => return (None, Err(e)),
    };
    let read = || -> Result<Record, FieldError> {
        Ok(Record {
            name: id.clone().unwrap_or_else(|| format!("record {n}")),
            text: Some(text_bytes(get("text").as_ref())?),
            date: opt_str(get("date").as_ref(), "date")?,
            lang: opt_str(get("lang").as_ref(), "lang")?,
        })
    };
    let record = read();
    (id, record)
}
