//! The analysis of the document shown: legend, annotated text and tables.

use leptos::prelude::*;

use crate::components::{ActorTable, AnnotatedText, EventTable, Map, Network, RelationTable, Timeline};
use crate::i18n::t;
use crate::Ctx;

/// Everything found in the current document, or a one-sentence explanation when there is nothing.
#[component]
pub fn Results() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let legend = move || {
        [
            ("m-person", "person"),
            ("m-country", "country"),
            ("m-organization", "organization"),
            ("m-place", "place_t"),
            ("m-date", "date_t"),
        ]
        .into_iter()
        .map(|(c, k)| view! { <li><mark class=format!("m {c}")>{move || t(ui(), k)}</mark></li> })
        .collect_view()
    };
    let tab = RwSignal::new(0u8);
    let tab_button = move |k: u8, key: &'static str| {
        view! {
            <button role="tab" aria-selected=move || (tab.get() == k).to_string() data-testid=format!("tab-{k}")
                class:active=move || tab.get() == k on:click=move |_| tab.set(k)>{move || t(ui(), key)}</button>
        }
    };
    view! {
        <Show when=move || ctx.analyses.with(|a| !a.is_empty())>
            <div class="tabs" role="tablist">{tab_button(0, "tables")}{tab_button(1, "timeline")}{tab_button(2, "network")}{tab_button(3, "map")}</div>
        </Show>
        <Show when=move || tab.get() == 1 && ctx.analyses.with(|a| !a.is_empty())><Timeline /></Show>
        <Show when=move || tab.get() == 2 && ctx.analyses.with(|a| !a.is_empty())><Network /></Show>
        <Show when=move || tab.get() == 3 && ctx.analyses.with(|a| !a.is_empty())><Map /></Show>
        {move || if tab.get() != 0 { ().into_any() } else { match ctx.shown() {
            None => view! { <p class="empty" data-testid="empty">{move || t(ui(), "empty")}</p> }.into_any(),
            Some(doc) => view! {
                <div class="results">
                    <h2>{move || t(ui(), "text")}</h2>
                    <ul class="legend" aria-label="legend">{legend}</ul>
                    <AnnotatedText doc=doc.clone() />
                    <p class="hint">{move || t(ui(), "click_hint")}</p>
                    <h2>{move || t(ui(), "actors")}</h2>
                    <ActorTable doc=doc.clone() />
                    <h2>{move || t(ui(), "events")}</h2>
                    <EventTable doc=doc.clone() />
                    <h2>{move || t(ui(), "relations")}</h2>
                    <RelationTable doc=doc />
                </div>
            }.into_any(),
        }}}
    }
}
