//! The analysis of the document shown: legend, annotated text and tables.

use leptos::prelude::*;

use crate::components::{ActorTable, AnnotatedText, EventTable, Map, Network, RelationTable, Timeline};
use crate::ctx::Ctx;
use crate::i18n::{entity_type, t};
use trame_engine::EntityType;

/// Everything found in the current document, or a one-sentence explanation when there is nothing.
#[component]
pub fn Results() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let legend = move || {
        [
            EntityType::Person,
            EntityType::Country,
            EntityType::Organization,
            EntityType::Place,
            EntityType::Date,
        ]
        .into_iter()
        .map(|k| {
            let class = format!("m {}", crate::view::segments::type_class(k));
            view! { <li><mark class=class>{move || entity_type(ui(), k)}</mark></li> }
        })
        .collect_view()
    };
    let tab = RwSignal::new(0u8);
    let tabs: [&'static str; 4] = ["tables", "timeline", "network", "map"];
    let n = tabs.len() as u8;
    let focus_tab = move |k: u8| {
        if let Some(el) = document().get_element_by_id(&format!("tab-{k}")) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    };
    // a WAI-ARIA tablist: one tab in the Tab order (the selected one), arrows and Home/End move the
    // focus between tabs, Enter or Space (the button's own activation) selects
    let tab_button = move |k: u8, key: &'static str| {
        view! {
            <button role="tab" id=format!("tab-{k}") aria-controls="tabpanel" data-testid=format!("tab-{k}")
                aria-selected=move || (tab.get() == k).to_string()
                tabindex=move || if tab.get() == k { "0" } else { "-1" }
                class:active=move || tab.get() == k on:click=move |_| tab.set(k)
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    let to = match ev.key().as_str() {
                        "ArrowRight" | "ArrowDown" => (k + 1) % n,
                        "ArrowLeft" | "ArrowUp" => (k + n - 1) % n,
                        "Home" => 0,
                        "End" => n - 1,
                        _ => return,
                    };
                    ev.prevent_default();
                    focus_tab(to);
                }>{move || t(ui(), key)}</button>
        }
    };
    let has = move || ctx.analyses.with(|a| !a.is_empty());
    view! {
        <Show when=has>
            <div class="tabs" role="tablist" aria-label=move || t(ui(), "views")>
                {tabs.iter().enumerate().map(|(k, key)| tab_button(k as u8, key)).collect_view()}
            </div>
        </Show>
        <div id="tabpanel" role=move || if has() { "tabpanel" } else { "region" }
            aria-labelledby=move || format!("tab-{}", tab.get())>
        <Show when=move || tab.get() == 1 && has()><Timeline /><EvidencePanel tab /></Show>
        <Show when=move || tab.get() == 2 && has()><Network /><EvidencePanel tab /></Show>
        <Show when=move || tab.get() == 3 && has()><Map /><EvidencePanel tab /></Show>
        // drawn again when the interface language changes (type names in the text's tooltips)
        {move || if tab.get() != 0 { ().into_any() } else { let _ = ui(); match ctx.shown() {
            None => view! { <p class="empty" data-testid="empty">{move || t(ui(), "empty")}</p> }.into_any(),
            Some(doc) => view! {
                <div class="results">
                    <h2>{move || t(ui(), "text")}</h2>
                    <ul class="legend" aria-label=move || t(ui(), "legend")>{legend}</ul>
                    <AnnotatedText doc=doc.clone() />
                    <p class="hint">{move || t(ui(), "click_hint")}</p>
                    <h2>{move || t(ui(), "actors")}</h2>
                    <ActorTable doc=doc.clone() />
                    <h2>{move || t(ui(), "events")}</h2>
                    {doc.events.is_empty().then(|| view! { <p class="hint">{move || t(ui(), "no_events")}</p> })}
                    <EventTable doc=doc.clone() />
                    <h2>{move || t(ui(), "relations")}</h2>
                    {doc.relations.is_empty().then(|| view! { <p class="hint">{move || t(ui(), "no_relations")}</p> })}
                    <RelationTable doc=doc />
                </div>
            }.into_any(),
        }}}
        </div>
    }
}

/// Under the timeline, the network and the map: the evidence of what was selected there, as
/// text, with a way to see it in the annotated article.
#[component]
fn EvidencePanel(
    /// The selected view.
    tab: RwSignal<u8>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let quotes = move || {
        let spans = ctx.evidence.get();
        let i = ctx.current.get();
        ctx.analyses.with(|a| {
            let Some(d) = a.get(i) else { return (String::new(), Vec::new()) };
            let chars: Vec<char> = d.text.chars().collect();
            let mut spans = spans;
            spans.sort_by_key(|s| s.start);
            spans.dedup();
            // each piece of evidence with some words around it
            let quotes = spans
                .iter()
                .take(8)
                .map(|s| {
                    let (a, b) = (s.start.min(chars.len()), s.end.min(chars.len()));
                    let from = if a > 60 {
                        (a - 60..a).find(|&i| chars[i].is_whitespace()).map_or(a - 60, |i| i + 1)
                    } else {
                        0
                    };
                    let to = if chars.len() - b > 60 {
                        (b..b + 60).rev().find(|&i| chars[i].is_whitespace()).unwrap_or(b + 60)
                    } else {
                        chars.len()
                    };
                    let text =
                        |r: std::ops::Range<usize>| chars[r].iter().collect::<String>().replace('\n', " ");
                    let before = format!("{}{}", if from > 0 { "…" } else { "" }, text(from..a));
                    let after = format!("{}{}", text(b..to), if to < chars.len() { "…" } else { "" });
                    (before, text(a..b), after)
                })
                .collect::<Vec<_>>();
            (d.source.clone(), quotes)
        })
    };
    view! {
        <Show when=move || !ctx.evidence.with(Vec::is_empty)>
            <section class="evidence-panel" data-testid="evidence-panel" aria-live="polite"
                aria-label=move || t(ui(), "evidence")>
                <h3>{move || t(ui(), "evidence")} " — " <span translate="no">{move || quotes().0}</span></h3>
                <ul translate="no">{move || quotes().1.into_iter().map(|(before, q, after)| view! {
                    <li>{before}<mark class="ev">{q}</mark>{after}</li>
                }).collect_view()}</ul>
                <button class="link" on:click=move |_| tab.set(0)>{move || t(ui(), "see_in_text")}</button>
            </section>
        </Show>
    }
}
