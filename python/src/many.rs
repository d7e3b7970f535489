//! `AnalyzeMany`: the iterator behind `trame.analyze_many`.
//!
//! It pulls records from a Python iterable (with the GIL), hands their documents to `jobs` worker
//! threads (pure Rust: they never take the GIL, so Python threads run meanwhile) and yields the
//! analyses in input order. At most a window of `8 × jobs` records is in flight, so memory stays
//! flat however long the input; the workers serialise each analysis to JSON, and the consuming
//! thread only parses it (`json.loads`) while the workers go on with the next records.
//!
//! A bad record yields, at its turn, a `ValueError` naming the record and the field (or, with
//! `errors="report"`, a dict `{"id", "error"}`); the iteration can go on after it. An exception
//! raised by the input iterable itself comes out at its turn too, and ends the iteration.

use std::collections::BTreeMap;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use crate::record::{from_mapping, FieldError, Record};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// What comes out for one record.
enum Outcome {
    /// The document analysis, as JSON.
    Json(String),
    /// A bad record: its id (if it had one), its number (1-based), what is wrong.
    Bad(Option<String>, usize, FieldError),
    /// The input iterable raised: re-raised at this record's turn.
    Raised(PyErr),
}

/// A record for a worker: its rank in the input, its id, its values (decoded by the worker).
type Job = (usize, Option<String>, Record);

/// What to do with a bad record.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Raise,
    Report,
}

/// The iterator's state, behind a mutex so that the class is `Sync`.
struct State {
    input: Py<PyAny>,
    errors: Errors,
    /// Sends records to the workers; `None` once the input is exhausted.
    jobs: Option<Sender<Job>>,
    /// Receives (rank, outcome) from the workers.
    done: Mutex<Receiver<(usize, Outcome)>>,
    /// Outcomes that came back before their turn.
    pending: BTreeMap<usize, Outcome>,
    /// Records pulled so far; the next to yield.
    sent: usize,
    next: usize,
    window: usize,
}

/// Analyses an iterable of records with worker threads; yields the analyses in input order.
#[pyclass(module = "trame._native")]
pub struct AnalyzeMany {
    state: Mutex<State>,
}

/// A worker: analyses documents until the channel closes.
fn work(jobs: &Mutex<Receiver<Job>>, done: &Sender<(usize, Outcome)>) {
    loop {
        let next = jobs.lock().map(|r| r.recv());
        let Ok(Ok((rank, id, record))) = next else { return };
        let json = record.document().and_then(|doc| {
            serde_json::to_string(&trame_engine::analyze(&doc))
                .map_err(|e| FieldError::new("text", e.to_string()))
        });
        let outcome = match json {
            Ok(json) => Outcome::Json(json),
            Err(e) => Outcome::Bad(id, rank + 1, e),
        };
        if done.send((rank, outcome)).is_err() {
            return;
        }
    }
}

#[pymethods]
impl AnalyzeMany {
    #[new]
    #[pyo3(signature = (records, jobs=None, errors="raise"))]
    fn new(records: &Bound<'_, PyAny>, jobs: Option<i64>, errors: &str) -> PyResult<Self> {
        let errors = match errors {
            "raise" => Errors::Raise,
            "report" => Errors::Report,
            other => {
                return Err(PyValueError::new_err(format!("errors: {other:?} is not 'raise' or 'report'")))
            }
        };
        let jobs = match jobs {
            None => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            Some(n) if (1..=1024).contains(&n) => n as usize,
            Some(n) => return Err(PyValueError::new_err(format!("jobs: {n} is not between 1 and 1024"))),
        };
        let input = records
            .try_iter()
            .map_err(|_| PyValueError::new_err("records: expected an iterable of dicts"))?
            .into_any()
            .unbind();
        let (job_tx, job_rx) = channel::<Job>();
        let (done_tx, done_rx) = channel::<(usize, Outcome)>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        for _ in 0..jobs {
            let (rx, tx) = (Arc::clone(&job_rx), done_tx.clone());
            std::thread::Builder::new()
                .name("trame-worker".into())
                .spawn(move || work(&rx, &tx))
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start a worker thread: {e}")))?;
        }
        let state = State {
            input,
            errors,
            jobs: Some(job_tx),
            done: Mutex::new(done_rx),
            pending: BTreeMap::new(),
            sent: 0,
            next: 0,
            window: jobs * 8,
        };
        Ok(AnalyzeMany { state: Mutex::new(state) })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(slf: PyRef<'_, Self>, py: Python<'_>) -> PyResult<Option<PyObject>> {
        let mut st = slf
            .state
            .try_lock()
            .map_err(|_| PyRuntimeError::new_err("analyze_many: one iterator used by two threads at once"))?;
        st.fill(py);
        if st.next == st.sent {
            return Ok(None);
        }
        let rank = st.next;
        let outcome = loop {
            if let Some(o) = st.pending.remove(&rank) {
                break o;
            }
            let done = &st.done;
            let got =
                py.allow_threads(|| done.lock().map_err(|_| ()).and_then(|rx| rx.recv().map_err(|_| ())));
            match got {
                Ok((r, o)) => {
                    st.pending.insert(r, o);
                }
                Err(()) => return Err(PyRuntimeError::new_err("analyze_many: the worker threads stopped")),
            }
        };
        st.next += 1;
        match outcome {
            Outcome::Json(json) => crate::json_loads(py, &json).map(Some),
            Outcome::Raised(e) => Err(e),
            Outcome::Bad(id, n, e) if st.errors == Errors::Raise => {
                let which = match id {
                    Some(id) => format!("record {n} (id {id:?})"),
                    None => format!("record {n}"),
                };
                Err(PyValueError::new_err(format!("{which}: {e}")))
            }
            Outcome::Bad(id, _, e) => {
                let d = PyDict::new(py);
                d.set_item("id", id)?;
                d.set_item("error", e.to_string())?;
                Ok(Some(d.into_any().unbind()))
            }
        }
    }
}

impl State {
    /// Pulls records until the window is full or the input ends; a bad record's outcome is
    /// decided here, a good one goes to the workers.
    fn fill(&mut self, py: Python<'_>) {
        while self.jobs.is_some() && self.sent - self.next < self.window {
            let rank = self.sent;
            let item = match self.input.bind(py).call_method0("__next__") {
                Ok(item) => item,
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) => {
                    self.jobs = None;
                    return;
                }
                Err(e) => {
                    self.pending.insert(rank, Outcome::Raised(e));
                    self.sent += 1;
                    self.jobs = None;
                    return;
                }
            };
            self.sent += 1;
            let (id, record) = from_mapping(&item, rank + 1);
            match (record, &self.jobs) {
                (Ok(record), Some(tx)) => {
                    if tx.send((rank, id.clone(), record)).is_err() {
                        let e = FieldError::new("record", "the worker threads stopped");
                        self.pending.insert(rank, Outcome::Bad(id, rank + 1, e));
                    }
                }
                (Ok(_), None) => {}
                (Err(e), _) => {
                    self.pending.insert(rank, Outcome::Bad(id, rank + 1, e));
                }
            }
        }
    }
}
