//! The analysis of the document shown: legend, annotated text and tables.

use leptos::prelude::*;

use crate::components::{ActorTable, AnnotatedText, EventTable, RelationTable};
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
    view! {
        {move || match ctx.shown() {
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
        }}
    }
}
