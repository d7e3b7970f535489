//! Trame's web page: paste or drop articles, see actors, events and relations, export them.
//!
//! Everything runs in the browser: the engine is compiled into this wasm module, the corpus is
//! kept in localStorage, and the page makes no network request.

pub mod components;
pub mod graph;
pub mod i18n;
pub mod state;
pub mod view_model;

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

/// Analyses the whole corpus one document at a time, yielding to the browser between documents
/// so the page stays responsive, with progress and cancel.
pub fn analyse_all(ctx: Ctx) {
    ctx.cancel.set(false);
    let docs = ctx.stored.with_untracked(|s| s.docs.clone());
    let total = docs.len();
    leptos::task::spawn_local(async move {
        let mut out = Vec::with_capacity(total);
        for (i, d) in docs.iter().enumerate() {
            if ctx.cancel.get_untracked() {
                break;
            }
            ctx.progress.set(Some((i, total)));
            gloo::timers::future::TimeoutFuture::new(0).await;
            out.push(trame_engine::analyze(&components::to_document(d)));
        }
        let mut corpus = trame_engine::Analysis { documents: out };
        trame_engine::link_occurrences(&mut corpus);
        ctx.analyses.set(corpus.documents);
        ctx.progress.set(None);
        if ctx.current.get_untracked() >= total {
            ctx.current.set(total.saturating_sub(1));
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
        <div class="app" data-theme=theme>
            <header class="top">
                <h1>"Trame"</h1>
                <p class="tagline">{move || i18n::t(ui(), "tagline")}</p>
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
