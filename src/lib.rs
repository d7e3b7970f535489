//! Trame's web page: paste or drop articles, see actors, events and relations, export them.
//!
//! Everything runs in the browser: the engine is compiled into this wasm module, the corpus is
//! kept in localStorage, and the page makes no network request.

pub mod components;
pub mod corrections;
pub mod graph;
pub mod i18n;
pub mod state;
pub mod view_model;
pub mod worker;

use leptos::prelude::*;
use trame_engine::{DocumentAnalysis, Span};

use crate::i18n::Ui;
use crate::state::Stored;

/// The page's shared state, provided as context by [`App`].
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The persisted corpus and settings.
    pub stored: RwSignal<Stored>,
    /// The analysis of each document, in corpus order.
    pub analyses: RwSignal<Vec<DocumentAnalysis>>,
    /// Index of the document shown.
    pub current: RwSignal<usize>,
    /// Evidence spans highlighted in the text.
    pub evidence: RwSignal<Vec<Span>>,
    /// Analysis progress: (done, total) while running.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// Set to stop a running analysis.
    pub cancel: RwSignal<bool>,
    /// A message for the user (restore problems, bad input).
    pub notice: RwSignal<Option<String>>,
    /// Number of the current analysis job.
    pub job: RwSignal<u64>,
    /// Analyses received for the current job.
    pub pending: StoredValue<Vec<Option<DocumentAnalysis>>, LocalStorage>,
    /// The analysis worker, once started.
    pub worker: StoredValue<Option<gloo_worker::WorkerBridge<worker::AnalysisWorker>>, LocalStorage>,
    /// Whether the worker answers (else analysis runs on the main thread, one document per task).
    pub worker_ok: RwSignal<bool>,
    /// The analyses as the engine gave them, before corrections.
    pub raw: StoredValue<Vec<DocumentAnalysis>>,
}

impl Ctx {
    /// The interface language.
    pub fn ui(&self) -> Ui {
        Ui::from_code(&self.stored.with(|s| s.ui_lang.clone()))
    }

    /// The analysis of the document shown, if any.
    pub fn shown(&self) -> Option<DocumentAnalysis> {
        let i = self.current.get();
        self.analyses.with(|a| a.get(i).cloned())
    }
}

/// Analyses the whole corpus in the analysis worker (off the main thread), one answer per
/// document for progress; cancel keeps what is done. Where the worker cannot start (no worker
/// script, e.g. in component tests), documents are analysed on the main thread, one per task.
pub fn analyse_all(ctx: Ctx) {
    let docs = ctx.stored.with_untracked(|s| s.docs.clone());
    let total = docs.len();
    let id = ctx.job.get_untracked() + 1;
    ctx.job.set(id);
    ctx.cancel.set(false);
    if total == 0 {
        ctx.analyses.set(Vec::new());
        ctx.progress.set(None);
        return;
    }
    ctx.progress.set(Some((0, total)));
    ctx.pending.set_value(vec![None; total]);
    if !ctx.worker_ok.get_untracked() {
        main_thread(ctx, id, docs);
        return;
    }
    if ctx.worker.with_value(Option::is_none) {
        use gloo_worker::Spawnable;
        let bridge = worker::AnalysisWorker::spawner()
            .callback(move |answer| on_answer(ctx, answer))
            .encoding::<worker::Json>()
            .spawn("./worker.js");
        ctx.worker.set_value(Some(bridge));
    }
    ctx.worker.with_value(|w| {
        if let Some(w) = w {
            w.send(worker::Job { id, docs: docs.clone() })
        }
    });
    // a worker that does not answer (no worker script) is replaced by the main thread
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(4000).await;
        let silent = ctx.pending.with_value(|p| p.iter().all(Option::is_none));
        if ctx.job.get_untracked() == id && silent && ctx.progress.get_untracked().is_some() {
            ctx.worker_ok.set(false);
            ctx.worker.set_value(None);
            main_thread(ctx, id, docs);
        }
    });
}

fn on_answer(ctx: Ctx, answer: worker::Answer) {
    let worker::Answer::Done { id, index, analysis } = answer;
    if id != ctx.job.get_untracked() || ctx.cancel.get_untracked() {
        return;
    }
    record(ctx, index, *analysis);
}

/// Keeps one finished document; the corpus is shown when all are done.
fn record(ctx: Ctx, index: usize, analysis: DocumentAnalysis) {
    let (done, total) = ctx.pending.with_value(|p| (p.iter().filter(|x| x.is_some()).count() + 1, p.len()));
    ctx.pending.update_value(|p| {
        if let Some(slot) = p.get_mut(index) {
            *slot = Some(analysis);
        }
    });
    ctx.progress.set(Some((done, total)));
    if done >= total {
        finish(ctx);
    }
}

fn finish(ctx: Ctx) {
    let docs = ctx.stored.with_untracked(|s| s.docs.clone());
    let pending = ctx.pending.with_value(|p| p.clone());
    let documents = docs
        .iter()
        .zip(pending.into_iter().chain(std::iter::repeat(None)))
        .map(|(d, a)| {
            a.unwrap_or_else(|| DocumentAnalysis {
                source: d.title.clone(),
                text: d.text.clone(),
                ..Default::default()
            })
        })
        .collect();
    let mut corpus = trame_engine::Analysis { documents };
    trame_engine::link_occurrences(&mut corpus);
    let total = corpus.documents.len();
    ctx.raw.set_value(corpus.documents);
    refresh(ctx);
    ctx.progress.set(None);
    if ctx.current.get_untracked() >= total {
        ctx.current.set(total.saturating_sub(1));
    }
}

/// Shows the analyses with the analyst's corrections applied.
pub fn refresh(ctx: Ctx) {
    let mut docs = ctx.raw.get_value();
    ctx.stored.with_untracked(|s| corrections::apply(&mut docs, &s.corrections));
    ctx.analyses.set(docs);
}

/// Records a correction and shows its effect at once.
pub fn correct(ctx: Ctx, c: corrections::Correction) {
    ctx.stored.update(|s| s.corrections.push(c));
    ctx.evidence.set(Vec::new());
    refresh(ctx);
}

/// Stops the running analysis, keeping the documents already analysed.
pub fn cancel(ctx: Ctx) {
    ctx.cancel.set(true);
    // the busy worker is let go; the next analysis starts a fresh one
    ctx.worker.set_value(None);
    finish(ctx);
}

fn main_thread(ctx: Ctx, id: u64, docs: Vec<state::StoredDoc>) {
    leptos::task::spawn_local(async move {
        for (i, d) in docs.iter().enumerate() {
            gloo::timers::future::TimeoutFuture::new(0).await;
            if ctx.cancel.get_untracked() || ctx.job.get_untracked() != id {
                return;
            }
            record(ctx, i, trame_engine::analyze(&components::to_document(d)));
        }
    });
}

fn load_stored() -> (Stored, Option<String>) {
    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(state::KEY).ok().flatten());
    state::restore(raw.as_deref())
}

fn save_stored(s: &Stored) -> Result<(), String> {
    let storage =
        web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or("no localStorage")?;
    let json = serde_json::to_string(s).map_err(|e| e.to_string())?;
    storage
        .set_item(state::KEY, &json)
        .map_err(|_| "the browser refused to store the corpus (storage full?)".to_string())
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (stored, notice) = load_stored();
    let ctx = Ctx {
        stored: RwSignal::new(stored),
        analyses: RwSignal::new(Vec::new()),
        current: RwSignal::new(0),
        evidence: RwSignal::new(Vec::new()),
        progress: RwSignal::new(None),
        cancel: RwSignal::new(false),
        notice: RwSignal::new(notice),
        job: RwSignal::new(0),
        pending: StoredValue::new_local(Vec::new()),
        worker: StoredValue::new_local(None),
        // module workers cannot start from file:// pages (the offline copy, a local folder)
        worker_ok: RwSignal::new(window().location().protocol().map(|p| p != "file:").unwrap_or(true)),
        raw: StoredValue::new(Vec::new()),
    };
    provide_context(ctx);
    // persist every change
    Effect::new(move |_| {
        let s = ctx.stored.get();
        if let Err(e) = save_stored(&s) {
            ctx.notice.set(Some(e));
        }
    });
    // analyse what was restored
    if ctx.stored.with_untracked(|s| !s.docs.is_empty()) {
        analyse_all(ctx);
    }
    let ui = move || ctx.ui();
    let theme = move || ctx.stored.with(|s| s.theme.clone());
    view! {
        <div class="app" data-theme=theme data-analysis=move || if ctx.worker_ok.get() { "worker" } else { "main-thread" }>
            <header class="top">
                <h1>"Trame"</h1>
                <p class="tagline">{move || i18n::t(ui(), "tagline")}</p>
                <a class="button" href="trame-offline.html" download="trame.html" data-testid="download-app"
                    title=move || i18n::t(ui(), "offline_hint")>{move || i18n::t(ui(), "offline")}</a>
                <components::Settings />
            </header>
            {move || ctx.notice.get().map(|n| view! {
                <div class="notice" role="status" data-testid="notice">
                    {n}
                    <button class="link" on:click=move |_| ctx.notice.set(None) aria-label="×">"×"</button>
                </div>
            })}
            <main class="layout">
                <section class="left">
                    <components::InputPanel />
                    <components::DocumentList />
                </section>
                <section class="right">
                    <components::Results />
                </section>
            </main>
        </div>
    }
}
