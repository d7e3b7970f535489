//! `trame._native`: Trame's engine for Python (PyO3), wrapped by the `trame` package.
//!
//! - [`analyze`]: one text → the FORMAT.md analysis `trame analyze FILE` prints;
//! - [`many::AnalyzeMany`]: an iterable of records → document analyses in input order, the lines
//!   `trame analyze --jsonl` prints, analysed by worker threads that never hold the GIL;
//! - [`link`]: document analyses → what `trame link` prints;
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

/// The module: functions and the `AnalyzeMany` iterator.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(link, m)?)?;
    m.add_function(wrap_pyfunction!(name_key, m)?)?;
    m.add_function(wrap_pyfunction!(columns::analyze_columns, m)?)?;
    m.add_class::<many::AnalyzeMany>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
