//! The analysis worker: documents are analysed off the main thread, one message per document so the
//! page can show progress. Messages are JSON (the analysis types skip empty fields, which a binary
//! codec could not read back).

use gloo_worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use trame_engine::{DocumentAnalysis, ReferenceOrigin};
use wasm_bindgen::JsValue;

use crate::storage::StoredDoc;

/// A request: analyse these documents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    /// Identifies the job, so that answers to a cancelled job are ignored.
    pub id: u64,
    /// Position of the first of these documents in the corpus (a large corpus is sent in parts).
    #[serde(default)]
    pub first: usize,
    /// The documents.
    pub docs: Vec<StoredDoc>,
    /// A benchmark (the end-to-end test `bench.test.mjs`): the documents are analysed and encoded
    /// as for a job, and only the time this took in the worker is answered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bench: bool,
}

/// An answer: one analysed document, or the end of the job.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Answer {
    /// Document `index` of job `id` is analysed.
    Done {
        /// Job.
        id: u64,
        /// Position in the job's documents.
        index: usize,
        /// Its analysis.
        analysis: Box<DocumentAnalysis>,
        /// Where the reference date it was read against came from.
        origin: ReferenceOrigin,
    },
    /// Benchmark job `id` is done: milliseconds spent, measured in the worker with
    /// `performance.now()`, in the engine (`analyze_traced`) and in encoding its answers to JSON.
    Bench {
        /// Job.
        id: u64,
        /// Time in the engine.
        analyse_ms: f64,
        /// Time encoding the answers as the page's messages (JSON).
        encode_ms: f64,
    },
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The page's or the worker's clock, in milliseconds (`performance.now()`).
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

/// The worker itself (it keeps no state between jobs).
pub struct AnalysisWorker;

impl Worker for AnalysisWorker {
    type Message = ();
    type Input = Job;
    type Output = Answer;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Self::Input, who: HandlerId) {
        if job.bench {
            scope.respond(who, bench(&job));
            return;
        }
        for (index, d) in job.docs.iter().enumerate() {
            let (analysis, origin) =
                trame_engine::analyze_traced(&d.to_document(), trame_engine::Gazetteer::global());
            let analysis = Box::new(analysis);
            scope.respond(who, Answer::Done { id: job.id, index: job.first + index, analysis, origin });
        }
    }
}

/// Runs a benchmark job: each document is analysed as for a job and its answer encoded as the
/// message the page would get (not posted); answers the time spent in each step.
fn bench(job: &Job) -> Answer {
    let (mut analyse_ms, mut encode_ms) = (0.0, 0.0);
    for (index, d) in job.docs.iter().enumerate() {
        let doc = d.to_document();
        let start = now();
        let (analysis, origin) = trame_engine::analyze_traced(&doc, trame_engine::Gazetteer::global());
        let analysed = now();
        let answer = Answer::Done { id: job.id, index, analysis: Box::new(analysis), origin };
        let message = Json::encode(&answer);
        encode_ms += now() - analysed;
        analyse_ms += analysed - start;
        drop(message);
    }
    Answer::Bench { id: job.id, analyse_ms, encode_ms }
}

/// JSON messages between the page and the worker.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).unwrap_or_default())
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_json::from_str(&input.as_string().unwrap_or_default()).expect("a message of this app")
    }
}
