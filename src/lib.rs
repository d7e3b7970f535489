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
    // the document shown is remembered (by id) across reloads
    Effect::new(move |_| {
        let i = ctx.current.get();
        let id = ctx.stored.with_untracked(|s| s.docs.get(i).map(|d| d.id));
        if id.is_some() && ctx.stored.with_untracked(|s| s.selected != id) {
            ctx.stored.update(|s| s.selected = id);
        }
    });
    // analyse what was restored
    if ctx.stored.with_untracked(|s| !s.docs.is_empty()) {
        jobs::analyse_all(ctx);
    }
    let ui = move || ctx.ui();
    // the document's language and title follow the interface's
    Effect::new(move |_| {
        let ui = ui();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", ui.code());
        }
        document().set_title(i18n::t(ui, "page_title"));
    });
    let theme = move || ctx.stored.with(|s| s.theme.clone());
    view! {
        <div class="app" data-theme=theme data-analysis=move || if ctx.worker_ok.get() { "worker" } else { "main-thread" }>
            <header class="top">
                <h1 translate="no">"Trame"</h1>
                <p class="tagline">{move || i18n::t(ui(), "tagline")}</p>
                <components::download::OfflineButton />
                <components::Settings />
            </header>
            <Show when=move || ctx.notice.with(|n| !n.is_empty())>
                <div class="notice" role="status" data-testid="notice">
                    <div>{move || ctx.notice.get().into_iter().map(|n| view! { <p>{n.text(ui())}</p> }).collect_view()}</div>
                    <button class="link" on:click=move |_| ctx.notice.set(Vec::new())
                        aria-label=move || i18n::t(ui(), "close") title=move || i18n::t(ui(), "close")>"×"</button>
                </div>
            </Show>
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
