//! A batch of records → the analyses as Arrow buffers, for `trame.arrow` and the Spark job.
//!
//! The engine's analyses are written straight into Arrow's memory layout (UTF-8 strings as
//! offsets + bytes, 32-bit integers, 64-bit floats, validity bitmaps, list offsets), one set of
//! flat columns per level: documents, then their entities, events and relations, then the lists
//! inside those (aliases, mentions, evidence…). `trame/arrow.py` wraps these buffers into one
//! nested `pyarrow.RecordBatch` without touching a single value from Python, so the cost per
//! document in Python is nil and Spark's Arrow exchange carries the analyses as they are.
//!
//! Column names are paths: a list at `events` has its offsets under `events`, the fields of its
//! structs under `events.name`…, and a list of strings at `events.aliases` its values under
//! `events.aliases.item`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use trame_engine::{DocumentAnalysis, Span};

use crate::record::{opt_id, opt_str, text_bytes, FieldError, Record};

/// Offsets into an Arrow buffer are 32-bit: a batch of more text than that is refused.
fn off(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// A column of nullable UTF-8 strings.
#[derive(Default)]
struct Str {
    offsets: Vec<i32>,
    data: Vec<u8>,
    valid: Vec<bool>,
}

impl Str {
    fn push(&mut self, s: Option<&str>) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        if let Some(s) = s {
            self.data.extend_from_slice(s.as_bytes());
        }
        self.offsets.push(off(self.data.len()));
        self.valid.push(s.is_some());
    }
}

/// A column of nullable 64-bit floats.
#[derive(Default)]
struct F64 {
    values: Vec<f64>,
    valid: Vec<bool>,
}

/// A list of spans: offsets, then starts and ends.
#[derive(Default)]
struct Spans {
    offsets: Vec<i32>,
    start: Vec<i32>,
    end: Vec<i32>,
}

impl Spans {
    fn push(&mut self, spans: &[Span]) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        for s in spans {
            self.start.push(off(s.start));
            self.end.push(off(s.end));
        }
        self.offsets.push(off(self.start.len()));
    }
}

/// A list of nullable strings: offsets, then the items.
#[derive(Default)]
struct Strs {
    offsets: Vec<i32>,
    items: Str,
}

impl Strs {
    fn push<'a>(&mut self, items: impl IntoIterator<Item = Option<&'a str>>) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        for s in items {
            self.items.push(s);
        }
        self.offsets.push(off(self.items.valid.len()));
    }
}

/// List offsets of a level (documents → entities, for instance).
#[derive(Default)]
struct Offsets(Vec<i32>);

impl Offsets {
    fn push(&mut self, len: usize) {
        if self.0.is_empty() {
            self.0.push(0);
        }
        self.0.push(off(len));
    }
}

#[derive(Default)]
struct Entities {
    id: Str,
    name: Str,
    kind: Str,
    aliases: Strs,
    mentions: Spans,
    value: Str,
    key: Str,
    role: Str,
    country: Str,
    lat: F64,
    lon: F64,
    rule: Str,
}

#[derive(Default)]
struct Events {
    id: Str,
    kind: Str,
    code: Str,
    name: Str,
    name_key: Str,
    aliases: Strs,
    start: Str,
    end: Str,
    place: Str,
    place_key: Str,
    participants: Strs,
    participant_keys: Strs,
    evidence: Spans,
    triggers: Spans,
}

#[derive(Default)]
struct Relations {
    kind: Str,
    source: Str,
    target: Str,
    source_key: Str,
    target_key: Str,
    evidence: Spans,
    event: Str,
}

/// Every column of a batch.
#[derive(Default)]
struct Batch {
    id: Str,
    error: Str,
    lang: Str,
    date: Str,
    text: Str,
    boilerplate: Spans,
    entities: Offsets,
    events: Offsets,
    relations: Offsets,
    e: Entities,
    v: Events,
    r: Relations,
}

/// One analysed record: its analysis and whether decoding changed its text (HTML), or an error.
type Analysed = Result<(DocumentAnalysis, bool), String>;

impl Batch {
    /// Appends one document's row (and its entities, events and relations).
    fn push(&mut self, id: Option<&str>, analysed: &Analysed) {
        self.id.push(id);
        let (d, changed) = match analysed {
            Ok((d, changed)) => (d, *changed),
            Err(e) => {
                self.error.push(Some(e));
                for c in [&mut self.lang, &mut self.date, &mut self.text] {
                    c.push(None);
                }
                self.boilerplate.push(&[]);
                self.entities.push(self.e.id.valid.len());
                self.events.push(self.v.id.valid.len());
                self.relations.push(self.r.kind.valid.len());
                return;
            }
        };
        self.error.push(None);
        self.lang.push(Some(d.lang.code()));
        self.date.push(d.date.as_deref());
        self.text.push(changed.then_some(d.text.as_str()));
        self.boilerplate.push(&d.boilerplate);
        let keys: HashMap<&str, &str> =
            d.entities.iter().filter_map(|e| Some((e.id.as_str(), e.key.as_deref()?))).collect();
        let key_of = |id: &str| keys.get(id).copied();
        self.push_entities(d);
        self.push_events(d, &key_of);
        for r in &d.relations {
            let rc = &mut self.r;
            rc.kind.push(Some(r.kind.as_str()));
            rc.source.push(Some(&r.source));
            rc.target.push(Some(&r.target));
            rc.source_key.push(key_of(&r.source));
            rc.target_key.push(key_of(&r.target));
            rc.evidence.push(&r.evidence);
            rc.event.push(r.event.as_deref());
        }
        self.relations.push(self.r.kind.valid.len());
    }

    fn push_entities(&mut self, d: &DocumentAnalysis) {
        let ec = &mut self.e;
        for e in &d.entities {
            ec.id.push(Some(&e.id));
            ec.name.push(Some(&e.name));
            ec.kind.push(Some(e.kind.as_str()));
            ec.aliases.push(e.aliases.iter().map(|a| Some(a.as_str())));
            ec.mentions.push(&e.mentions);
            ec.value.push(e.value.as_deref());
            ec.key.push(e.key.as_deref());
            ec.role.push(e.role.as_deref());
            ec.country.push(e.country.as_deref());
            for (col, v) in [(&mut ec.lat, e.coords.map(|c| c[0])), (&mut ec.lon, e.coords.map(|c| c[1]))] {
                col.values.push(v.unwrap_or(0.0));
                col.valid.push(v.is_some());
            }
            ec.rule.push((!e.rule.is_empty()).then_some(e.rule.as_str()));
        }
        self.entities.push(ec.id.valid.len());
    }

    fn push_events<'d>(&mut self, d: &'d DocumentAnalysis, key_of: &dyn Fn(&str) -> Option<&'d str>) {
        let vc = &mut self.v;
        for v in &d.events {
            vc.id.push(Some(&v.id));
            vc.kind.push(Some(v.kind.as_str()));
            vc.code.push(Some(&v.code));
            vc.name.push(v.name.as_deref());
            vc.name_key.push(v.name.as_deref().map(trame_engine::name_key).as_deref());
            vc.aliases.push(v.aliases.iter().map(|a| Some(a.as_str())));
            vc.start.push(v.start.as_deref());
            vc.end.push(v.end.as_deref());
            vc.place.push(v.place.as_deref());
            vc.place_key.push(v.place.as_deref().and_then(key_of));
            vc.participants.push(v.participants.iter().map(|p| Some(p.as_str())));
            vc.participant_keys.push(v.participants.iter().map(|p| key_of(p)));
            vc.evidence.push(&v.evidence);
            vc.triggers.push(&v.triggers);
        }
        self.events.push(vc.id.valid.len());
    }
}

/// Packs booleans into an Arrow validity bitmap (least significant bit first); `None` when all
/// are valid. Returns the bitmap and the null count.
fn bitmap(valid: &[bool]) -> (Option<Vec<u8>>, usize) {
    let nulls = valid.iter().filter(|v| !**v).count();
    if nulls == 0 {
        return (None, 0);
    }
    let mut bits = vec![0u8; valid.len().div_ceil(8)];
    for (i, _) in valid.iter().enumerate().filter(|(_, v)| **v) {
        bits[i / 8] |= 1 << (i % 8);
    }
    (Some(bits), nulls)
}

/// Writes the columns into a dict of `path → (kind, length, null count, validity, buffers…)`.
struct Out<'py> {
    py: Python<'py>,
    dict: Bound<'py, PyDict>,
}

impl<'py> Out<'py> {
    fn bytes<T: Copy>(&self, v: &[T]) -> Bound<'py, PyBytes> {
        // SAFETY: i32 and f64 slices are plain old data; their bytes are read as they lie in memory,
        // which is Arrow's little-endian layout on every target this package is built for.
        let raw = unsafe { std::slice::from_raw_parts(v.as_ptr().cast::<u8>(), std::mem::size_of_val(v)) };
        PyBytes::new(self.py, raw)
    }

    fn str(&self, path: &str, c: &Str) -> PyResult<()> {
        if c.offsets.last().copied() == Some(i32::MAX) {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "batch: column {path} holds over 2 GB of text; use smaller batches"
            )));
        }
        let (validity, nulls) = bitmap(&c.valid);
        let offsets = if c.offsets.is_empty() { vec![0] } else { c.offsets.clone() };
        let validity = validity.map(|b| PyBytes::new(self.py, &b));
        let t = ("str", c.valid.len(), nulls, validity, self.bytes(&offsets), PyBytes::new(self.py, &c.data));
        self.dict.set_item(path, t)
    }

    fn ints(&self, path: &str, kind: &str, v: &[i32]) -> PyResult<()> {
        let len = if kind == "offsets" { v.len().saturating_sub(1) } else { v.len() };
        let v: &[i32] = if v.is_empty() && kind == "offsets" { &[0] } else { v };
        self.dict.set_item(path, (kind, len, 0, self.py.None(), self.bytes(v)))
    }

    fn f64(&self, path: &str, c: &F64) -> PyResult<()> {
        let (validity, nulls) = bitmap(&c.valid);
        let validity = validity.map(|b| PyBytes::new(self.py, &b));
        self.dict.set_item(path, ("f64", c.values.len(), nulls, validity, self.bytes(&c.values)))
    }

    fn spans(&self, path: &str, s: &Spans) -> PyResult<()> {
        self.ints(path, "offsets", &s.offsets)?;
        self.ints(&format!("{path}.start"), "i32", &s.start)?;
        self.ints(&format!("{path}.end"), "i32", &s.end)
    }

    fn strs(&self, path: &str, s: &Strs) -> PyResult<()> {
        self.ints(path, "offsets", &s.offsets)?;
        self.str(&format!("{path}.item"), &s.items)
    }
}

impl Batch {
    /// Every column, by path.
    fn write(&self, out: &Out<'_>) -> PyResult<()> {
        for (p, c) in [("id", &self.id), ("error", &self.error), ("lang", &self.lang), ("date", &self.date)] {
            out.str(p, c)?;
        }
        out.str("text", &self.text)?;
        out.spans("boilerplate", &self.boilerplate)?;
        out.ints("entities", "offsets", &self.entities.0)?;
        out.ints("events", "offsets", &self.events.0)?;
        out.ints("relations", "offsets", &self.relations.0)?;
        let e = &self.e;
        for (p, c) in [
            ("entities.id", &e.id),
            ("entities.name", &e.name),
            ("entities.type", &e.kind),
            ("entities.value", &e.value),
            ("entities.key", &e.key),
            ("entities.role", &e.role),
            ("entities.country", &e.country),
            ("entities.rule", &e.rule),
        ] {
            out.str(p, c)?;
        }
        out.strs("entities.aliases", &e.aliases)?;
        out.spans("entities.mentions", &e.mentions)?;
        out.f64("entities.lat", &e.lat)?;
        out.f64("entities.lon", &e.lon)?;
        let v = &self.v;
        for (p, c) in [
            ("events.id", &v.id),
            ("events.type", &v.kind),
            ("events.code", &v.code),
            ("events.name", &v.name),
            ("events.name_key", &v.name_key),
            ("events.start", &v.start),
            ("events.end", &v.end),
            ("events.place", &v.place),
            ("events.place_key", &v.place_key),
        ] {
            out.str(p, c)?;
        }
        out.strs("events.aliases", &v.aliases)?;
        out.strs("events.participants", &v.participants)?;
        out.strs("events.participant_keys", &v.participant_keys)?;
        out.spans("events.evidence", &v.evidence)?;
        out.spans("events.triggers", &v.triggers)?;
        let r = &self.r;
        for (p, c) in [
            ("relations.type", &r.kind),
            ("relations.source", &r.source),
            ("relations.target", &r.target),
            ("relations.source_key", &r.source_key),
            ("relations.target_key", &r.target_key),
            ("relations.event", &r.event),
        ] {
            out.str(p, c)?;
        }
        out.spans("relations.evidence", &r.evidence)
    }
}

/// Reads row `i` of the input lists into a record (its id, or what is wrong with it).
fn read_row<'py>(i: usize, cols: [&Bound<'py, PyList>; 4]) -> (Option<String>, Result<Record, FieldError>) {
    let get = |c: &Bound<'py, PyList>| c.get_item(i).ok();
    let id = match opt_id(get(cols[0]).as_ref()) {
        Ok(Some(id)) => id,
        Ok(None) => return (None, Err(FieldError::new("id", "missing"))),
        Err(e) => return (None, Err(e)),
    };
    let read = || -> Result<Record, FieldError> {
        Ok(Record {
            name: id.clone(),
            text: Some(text_bytes(get(cols[1]).as_ref())?),
            date: opt_str(get(cols[2]).as_ref(), "date")?,
            lang: opt_str(get(cols[3]).as_ref(), "lang")?,
        })
    };
    let r = read();
    (Some(id), r)
}

/// Analyses one record: its analysis and whether decoding changed the text, or the error.
fn analyse(record: &Result<Record, FieldError>) -> Analysed {
    let record = record.as_ref().map_err(|e| e.to_string())?;
    let doc = record.document().map_err(|e| e.to_string())?;
    let changed = Some(doc.text.as_bytes()) != record.text.as_deref();
    Ok((trame_engine::analyze(&doc), changed))
}

/// Analyses a batch of records given as four lists of equal length (`ids`, `texts`, `dates`,
/// `langs`: str or None) on `jobs` threads, without the GIL; returns the Arrow buffers of the
/// nested per-document analyses (see the module doc), one row per record, in order. A bad record
/// gets its `error` ("date: bad date …") and empty lists.
#[pyfunction]
#[pyo3(signature = (ids, texts, dates, langs, jobs=1))]
pub fn analyze_columns<'py>(
    py: Python<'py>,
    ids: &Bound<'py, PyList>,
    texts: &Bound<'py, PyList>,
    dates: &Bound<'py, PyList>,
    langs: &Bound<'py, PyList>,
    jobs: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let n = ids.len();
    if [texts.len(), dates.len(), langs.len()].iter().any(|&l| l != n) {
        return Err(pyo3::exceptions::PyValueError::new_err("ids, texts, dates, langs: lengths differ"));
    }
    let rows: Vec<_> = (0..n).map(|i| read_row(i, [ids, texts, dates, langs])).collect();
    let batch = py.allow_threads(|| {
        let results = analyse_all(&rows, jobs.clamp(1, 256));
        let mut batch = Batch::default();
        for ((id, _), analysed) in rows.iter().zip(&results) {
            batch.push(id.as_deref(), analysed);
        }
        batch
    });
    let out = Out { py, dict: PyDict::new(py) };
    batch.write(&out)?;
    Ok(out.dict)
}

/// Analyses the rows on `jobs` threads, each taking the next row as it is free; results in order.
fn analyse_all(rows: &[(Option<String>, Result<Record, FieldError>)], jobs: usize) -> Vec<Analysed> {
    if jobs == 1 || rows.len() < 2 {
        return rows.iter().map(|(_, r)| analyse(r)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, Analysed)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((_, r)) = rows.get(i) else { return mine };
                        mine.push((i, analyse(r)));
                    }
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut out: Vec<Option<Analysed>> = (0..rows.len()).map(|_| None).collect();
    for (i, a) in parts.iter_mut().flat_map(std::mem::take) {
        out[i] = Some(a);
    }
    out.into_iter().map(|a| a.unwrap_or_else(|| Err("record: not analysed".to_string()))).collect()
}
