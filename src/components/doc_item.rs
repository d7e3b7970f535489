//! One document of the list: its title, language and counts, its reference date (editable before
//! or after the analysis, which then reruns), the date used and where it came from, and warnings
//! when its dates look wrong.

use leptos::prelude::*;

use crate::ctx::Ctx;
use crate::i18n::{date_text, t, Msg};
use crate::jobs::analyse_all;
use crate::storage::{DateFrom, StoredDoc};
use crate::view::dates::{reference, warnings, Spread};

/// Document `i` of the corpus (`doc` holds no text: the list needs none).
#[component]
pub fn DocItem(
    /// Position in the corpus.
    i: usize,
    /// The stored document, without its text.
    doc: StoredDoc,
    /// The corpus's suspicious spread of years, if any.
    spread: Memo<Option<Spread>>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let id = doc.id;
    // each read in its own closure: a new analysis updates this line, not the whole list
    // (actors: dates are entities of the analysis but not actors, as in the actors' table)
    let counts = move || {
        ctx.analyses.with(|a| {
            a.get(i).map(|a| {
                let actors = a.entities.iter().filter(|e| e.kind != trame_engine::EntityType::Date).count();
                (a.lang, actors, a.events.len())
            })
        })
    };
    let used = {
        let doc = doc.clone();
        Memo::new(move |_| {
            let origin = ctx.origins.with(|o| o.get(i).copied());
            ctx.analyses.with(|a| reference(&doc, a.get(i), origin))
        })
    };
    let warned = move || {
        let (date, source) = used.get();
        ctx.analyses.with(|a| {
            a.get(i)
                .map(|a| spread.with(|s| warnings(i, a, (date.as_deref(), source), s.as_ref())))
                .unwrap_or_default()
        })
    };
    let typed = RwSignal::new(doc.date.clone().unwrap_or_default());
    let valid =
        move || typed.with(|d| d.trim().is_empty() || trame_engine::parse_reference(d.trim()).is_some());
    let on_change = move |ev: web_sys::Event| {
        let v = event_target_value(&ev).trim().to_string();
        typed.set(v.clone());
        if !valid() {
            return;
        }
        ctx.stored.update(|s| {
            if let Some(d) = s.docs.iter_mut().find(|x| x.id == id) {
                d.date_from = (!v.is_empty()).then_some(DateFrom::User);
                d.date = (!v.is_empty()).then_some(v);
            }
        });
        analyse_all(ctx);
    };
    let title = doc.title.clone();
    view! {
        <li class:selected=move || ctx.current.get() == i data-testid="doc">
            // a title is the article's words (not translated); an empty one is "untitled"
            <button class="link doc-title" translate=if title.is_empty() { "yes" } else { "no" }
                on:click=move |_| { ctx.current.set(i); ctx.evidence.set(Vec::new()); }>
                {let title = title.clone(); move || if title.is_empty() { t(ui(), "untitled").to_string() } else { title.clone() }}
            </button>
            <span class="meta" data-testid="doc-counts">
                {move || counts().map(|(l, a, v)| format!("{} · {}",
                    t(ui(), if l == trame_engine::Lang::En { "lang_en" } else { "lang_fr" }),
                    Msg::new("doc_counts").arg("actors", a).arg("events", v).text(ui())))}
            </span>
            <input type="text" size="10" data-testid="doc-date" placeholder=move || t(ui(), "date_ph")
                aria-label=move || t(ui(), "date") title=move || t(ui(), "date")
                aria-invalid=move || (!valid()).to_string() prop:value=move || typed.get() on:change=on_change />
            <button class="link" on:click=move |_| {
                ctx.stored.update(|s| s.docs.retain(|x| x.id != id));
                analyse_all(ctx);
            }>{move || t(ui(), "remove")}</button>
            <p class="meta date-used" data-testid="date-used" data-source=move || used.get().1.code()
                data-date=move || used.get().0>
                {move || match used.get() {
                    (Some(d), source) => Msg::new("date_used").arg("date", date_text(ui(), &d))
                        .arg("source", t(ui(), source.key())).text(ui()),
                    (None, _) => t(ui(), "no_date_used").to_string(),
                }}
            </p>
            <Show when=move || !valid()>
                <p class="error" role="alert">{move || t(ui(), "bad_date")}</p>
            </Show>
            {move || warned().into_iter().map(|w| view! {
                <p class="warning" data-testid="date-warning" role="status">"⚠ " {w.text(ui())}</p>
            }).collect_view()}
        </li>
    }
}
