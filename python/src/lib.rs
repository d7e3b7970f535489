//! `trame._native`: Trame's engine for Python (PyO3), wrapped by the `trame` package.
//!
//! - [`analyze`]: one text → the FORMAT.md analysis `trame analyze FILE` prints;
//! - [`many::AnalyzeMany`]: an iterable of records → document analyses in input order, the lines
//!   `trame analyze --jsonl` prints, analysed by worker threads that never hold the GIL;
//! - [`link`]: document analyses → what `trame link` prints;
//! - [`link_buckets`]: the engine's linking rules on rows sorted by bucket (the Spark job's
//!   linking);
//! - [`columns::analyze_columns`]: a batch of records → Arrow buffers (per document, nested), for
//!   `trame.arrow` and the Spark job.
//!
//! Analyses cross into Python as the JSON the command line prints, parsed by Python's `json`
//! module: the serialisation runs in the worker threads, and the result is by construction equal
//! to the command line's output. Bad input raises `ValueError` naming the field; nothing panics.

use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::PyString;
use trame_engine::{corpus_links, link_occurrences, Analysis, DocumentAnalysis};

mod columns;
mod many;
mod record;

pub use record::{FieldError, Record};

/// Python's `json.loads`, imported once.
static LOADS: GILOnceCell<Py<PyAny>> = GILOnceCell::new();
/// Python's `json.dumps`, imported once.
static DUMPS: GILOnceCell<Py<PyAny>> = GILOnceCell::new();

/// Parses JSON the engine wrote into Python objects (`json.loads`, C-accelerated).
pub(crate) fn json_loads(py: Python<'_>, json: &str) -> PyResult<PyObject> {
    let loads =
        LOADS.get_or_try_init(py, || -> PyResult<_> { Ok(py.import("json")?.getattr("loads")?.unbind()) })?;
    Ok(loads.bind(py).call1((json,))?.unbind())
}

/// Writes a Python value as JSON (`json.dumps`), to read it back into engine types.
fn json_dumps(py: Python<'_>, v: &Bound<'_, PyAny>) -> PyResult<String> {
    let dumps =
        DUMPS.get_or_try_init(py, || -> PyResult<_> { Ok(py.import("json")?.getattr("dumps")?.unbind()) })?;
    dumps.bind(py).call1((v,))?.extract()
}

/// Analyses one text: returns the FORMAT.md analysis (`{"documents": [...]}`) that
/// `trame analyze [--date DATE] [--lang LANG] NAME` prints for a file `NAME` holding `text`.
#[pyfunction]
#[pyo3(signature = (text, date=None, lang=None, name=None))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    name: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyObject> {
    let record = Record {
        name: record::opt_str(name, "name")?.unwrap_or_else(|| "text".to_string()),
        text: Some(record::text_bytes(Some(text))?),
        date: record::opt_str(date, "date")?,
        lang: record::opt_str(lang, "lang")?,
    };
    let json = py.allow_threads(|| -> Result<String, FieldError> {
        let doc = record.document()?;
        let mut analysis = Analysis { documents: vec![trame_engine::analyze(&doc)] };
        link_occurrences(&mut analysis);
        serde_json::to_string(&analysis).map_err(|e| FieldError::new("text", e.to_string()))
    })?;
    json_loads(py, &json)
}

/// Links analyses across documents: returns what `trame link` prints (`{"actors", "events"}`).
///
/// Each item is a document analysis (a dict as `analyze_many` yields), a whole analysis (a dict
/// with `documents`, as `analyze` returns) or either as a JSON string.
#[pyfunction]
fn link(py: Python<'_>, analyses: &Bound<'_, PyAny>) -> PyResult<PyObject> {
    let mut corpus = Analysis::default();
    let bad = |i: usize, m: String| pyo3::exceptions::PyValueError::new_err(format!("analyses[{i}]: {m}"));
    for (i, item) in analyses.try_iter()?.enumerate() {
        let item = item?;
        let json = match item.downcast::<PyString>() {
            Ok(s) => s.to_cow()?.into_owned(),
            Err(_) => json_dumps(py, &item).map_err(|e| bad(i, format!("not JSON-serialisable: {e}")))?,
        };
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| bad(i, format!("bad JSON: {e}")))?;
        if value.get("documents").is_some() {
            let a: Analysis =
                serde_json::from_value(value).map_err(|e| bad(i, format!("not an analysis: {e}")))?;
            corpus.documents.extend(a.documents);
        } else {
            let d: DocumentAnalysis =
                serde_json::from_value(value).map_err(|e| bad(i, format!("not a document analysis: {e}")))?;
            corpus.documents.push(d);
        }
    }
    let json = py.allow_threads(|| serde_json::to_string(&corpus_links(&mut corpus)));
    json_loads(py, &json.map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?)
}

/// The key under which the engine links events by name (folded: lower case, no accents).
#[pyfunction]
fn name_key(name: &str) -> String {
    trame_engine::name_key(name)
}

/// Links the buckets of rows sorted by bucket, for the Spark job's linking: a run of rows with
/// the same `(kind, key_a, key_b)` is one bucket; `kind == name_kind` marks the events of one
/// folded name (the engine's name rule), any other kind a (type, participant key pair) bucket of
/// dated events (the engine's date rule, [`trame_engine::link_bucket`]). `docs` tells the rows'
/// documents apart. Returns the row indices `(a, b)` of the links: their connected components
/// are the occurrences, exactly as `trame link` finds them. Rows of one bucket that are not
/// consecutive are two buckets (the caller sorts).
#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn link_buckets(
    py: Python<'_>,
    kinds: Vec<Option<String>>,
    key_a: Vec<Option<String>>,
    key_b: Vec<Option<String>>,
    docs: Vec<i64>,
    starts: Vec<Option<String>>,
    ends: Vec<Option<String>>,
    name_kind: &str,
) -> PyResult<(Vec<usize>, Vec<usize>)> {
    let n = kinds.len();
    if [key_a.len(), key_b.len(), docs.len(), starts.len(), ends.len()].iter().any(|&l| l != n) {
        return Err(pyo3::exceptions::PyValueError::new_err("link_buckets: columns of different lengths"));
    }
    Ok(py.allow_threads(|| {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let mut first = 0;
        while first < n {
            let key = (&kinds[first], &key_a[first], &key_b[first]);
            let end = (first..n).find(|&i| (&kinds[i], &key_a[i], &key_b[i]) != key).unwrap_or(n);
            let mut link = |i: usize, j: usize| {
                a.push(first + i);
                b.push(first + j);
            };
            let run_docs: Vec<usize> = docs[first..end].iter().map(|&d| d as usize).collect();
            if kinds[first].as_deref() == Some(name_kind) {
                trame_engine::link_named(&run_docs, &mut link);
            } else {
                let events: Vec<trame_engine::BucketEvent> = (first..end)
                    .map(|i| trame_engine::BucketEvent {
                        doc: run_docs[i - first],
                        start: starts[i].as_deref().unwrap_or(""),
                        end: ends[i].as_deref(),
                    })
                    .collect();
                trame_engine::link_bucket(&events, &mut link);
            }
            first = end;
        }
        (a, b)
    }))
}

/// The module: functions and the `AnalyzeMany` iterator.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(link, m)?)?;
    m.add_function(wrap_pyfunction!(name_key, m)?)?;
    m.add_function(wrap_pyfunction!(link_buckets, m)?)?;
    m.add_function(wrap_pyfunction!(columns::analyze_columns, m)?)?;
    m.add_class::<many::AnalyzeMany>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
