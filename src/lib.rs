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
    // the corpus goes to the worker in parts of about a megabyte, one part per task: encoding and
    // posting a 10 MB message at once would block the page. (Sent before the fallback below, which
    // takes over if the worker never answers.)
    leptos::task::spawn_local({
        let docs = docs.clone();
        async move {
            let mut first = 0;
            while first < docs.len() {
                let mut size = 0;
                let end = (first..docs.len())
                    .find(|&i| {
                        size += docs[i].text.len();
                        size >= PART_BYTES
                    })
                    .map_or(docs.len(), |i| i + 1);
                if ctx.job.get_untracked() != id || ctx.cancel.get_untracked() {
                    return;
                }
                let part = worker::Job { id, first, docs: docs[first..end].to_vec() };
                ctx.worker.with_value(|w| {
                    if let Some(w) = w {
                        w.send(part)
                    }
                });
                // the next part once the worker works on this one: a worker still loading would
                // have queued every part, to encode them all in one task when ready
                let started = first;
                first = end;
                while first < docs.len() {
                    gloo::timers::future::TimeoutFuture::new(20).await;
                    if ctx.job.get_untracked() != id || ctx.cancel.get_untracked() {
                        return;
                    }
                    if ctx.pending.with_value(|p| p.get(started).is_some_and(Option::is_some)) {
                        break;
                    }
                }
            }
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
    let pending = ctx.pending.try_update_value(std::mem::take).unwrap_or_default();
    let documents = ctx.stored.with_untracked(|s| {
        s.docs
            .iter()
            .zip(pending.into_iter().chain(std::iter::repeat(None)))
            .map(|(d, a)| {
                a.unwrap_or_else(|| DocumentAnalysis {
                    source: d.title.clone(),
                    text: d.text.clone(),
                    ..Default::default()
                })
            })
            .collect()
    });
    let mut corpus = trame_engine::Analysis { documents };
    trame_engine::link_occurrences(&mut corpus);
    let total = corpus.documents.len();
    ctx.raw.set_value(corpus.documents);
    let job = ctx.job.get_untracked();
    // the page redraws in the next task
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(0).await;
        if ctx.job.get_untracked() != job {
            return;
        }
        if ctx.current.get_untracked() >= total {
            ctx.current.set(total.saturating_sub(1));
        }
        refresh(ctx);
        ctx.progress.set(None);
    });
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

/// How long the page waits after a change before saving the corpus.
const SAVE_DELAY_MS: u32 = 250;

/// Size of the parts of the corpus sent to the worker.
const PART_BYTES: usize = 1 << 20;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load_stored() -> (Stored, Option<String>) {
    let storage = storage();
    let get = |k: &str| storage.as_ref().and_then(|s| s.get_item(k).ok().flatten());
    state::restore_with_parts(get(state::KEY).as_deref(), |i| get(&state::part_key(i)))
}

/// Saves the corpus at once (the page is going away).
fn save_stored(s: &Stored) -> Result<(), String> {
    let storage = storage().ok_or("no localStorage")?;
    let mut written = 0;
    for r in state::part_ranges(&s.docs, state::PART_BYTES) {
        let json = serde_json::to_string(&s.docs[r]).map_err(|e| e.to_string())?;
        if storage.set_item(&state::part_key(written + 1), &json).is_err() {
            break;
        }
        written += 1;
    }
    finish_save(&storage, s, written)
}

/// Writes the main entry naming `written` parts and removes older parts beyond them.
fn finish_save(storage: &web_sys::Storage, s: &Stored, written: usize) -> Result<(), String> {
    let mut i = written + 1;
    while storage.get_item(&state::part_key(i)).ok().flatten().is_some() {
        let _ = storage.remove_item(&state::part_key(i));
        i += 1;
    }
    storage
        .set_item(state::KEY, &state::head_json(s, written))
        .map_err(|_| "the browser refused to store the corpus (storage full?)".to_string())
}

/// Saves the corpus without blocking the page: the documents are written in parts of a few
/// hundred kilobytes, one per task; a newer change (`generation` no longer `mine`) abandons this
/// save for its own. Documents beyond what the browser can keep are left out, and the notice says so.
async fn save_in_parts(ctx: Ctx, generation: StoredValue<u64>, mine: u64) -> Result<(), String> {
    let storage = storage().ok_or("no localStorage")?;
    let Some(ranges) = ctx.stored.try_with_untracked(|s| state::part_ranges(&s.docs, state::PART_BYTES))
    else {
        return Ok(());
    };
    let parts = ranges.len();
    let mut written = 0;
    for r in ranges {
        let Some(json) = ctx.stored.try_with_untracked(|s| serde_json::to_string(&s.docs[r])) else {
            return Ok(());
        };
        let json = json.map_err(|e| e.to_string())?;
        if storage.set_item(&state::part_key(written + 1), &json).is_err() {
            break;
        }
        written += 1;
        gloo::timers::future::TimeoutFuture::new(0).await;
        if generation.try_get_value() != Some(mine) {
            return Ok(());
        }
    }
    ctx.stored.try_with_untracked(|s| finish_save(&storage, s, written)).unwrap_or(Ok(()))?;
    if written < parts {
        let (kept, total) = ctx.stored.with_untracked(|s| {
            let ranges = state::part_ranges(&s.docs, state::PART_BYTES);
            (ranges.iter().take(written).map(|r| r.len()).sum::<usize>(), s.docs.len())
        });
        return Err(format!(
            "the corpus is too large for the browser to remember: the first {kept} of {total} documents will be \
             restored after a reload (all stay until the page is closed)"
        ));
    }
    Ok(())
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
    // persist every change; changes in quick succession are saved once, after them
    let generation = StoredValue::new(0u64);
    let dirty = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        ctx.stored.track();
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
                if let Err(e) = save_in_parts(ctx, generation, mine).await {
                    ctx.notice.set(Some(e));
                }
            }
        });
    });
    // a change not saved yet is saved before the page goes away
    let flush = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if dirty.try_get_value() == Some(true) {
            dirty.set_value(false);
            let _ = ctx.stored.try_with_untracked(save_stored);
        }
    });
    let _ = window()
        .add_event_listener_with_callback("pagehide", wasm_bindgen::JsCast::unchecked_ref(flush.as_ref()));
    flush.forget();
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
