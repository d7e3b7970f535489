//! Trame's web page: paste or drop articles, see actors, events and relations, export them.
//!
//! Everything runs in the browser: the engine is compiled into this wasm module, the corpus is
//! kept in localStorage, and the page makes no network request.
//!
//! Modules call one way: `App` (here) → `components` → `jobs` → `ctx` → `storage`, `worker`,
//! `corrections`, `i18n`; `view` holds the pure computations the components draw.

pub mod components;
pub mod corrections;
pub mod ctx;
pub mod i18n;
pub mod jobs;
pub mod storage;
pub mod view;
pub mod worker;

use leptos::prelude::*;

use crate::ctx::Ctx;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (stored, notice) = storage::load();
    let ctx = Ctx::new(stored, notice);
    provide_context(ctx);
    storage::persist(ctx.stored, ctx.notice);
    // analyse what was restored
    if ctx.stored.with_untracked(|s| !s.docs.is_empty()) {
        jobs::analyse_all(ctx);
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
