//! The corpus: each document's title, language, reference date (editable) and counts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::doc_item::DocItem;
use crate::components::download::download;
use crate::ctx::Ctx;
use crate::i18n::{t, Msg};
use crate::jobs::analyse_all;

/// The list of documents, with export and clear actions.
#[component]
pub fn DocumentList() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let export_json = move |_| {
        let corpus = trame_engine::Analysis { documents: ctx.analyses.get_untracked() };
        if let Ok(json) = serde_json::to_string_pretty(&corpus) {
            download("trame-analysis.json", "application/json", &json);
        }
    };
    let export_csv = move |_| {
        for (name, body) in crate::view::export::csv_exports(&ctx.analyses.get_untracked()) {
            download(&name, "text/csv;charset=utf-8", &body);
        }
    };
    // a previously exported analysis: its documents (text, reference date, language) come back
    let import_json = move |ev: web_sys::Event| {
        read_json::<trame_engine::Analysis>(ctx, ev, "json_analysis_shape", move |a, file| {
            if a.documents.iter().all(|d| d.text.trim().is_empty()) {
                ctx.tell(Msg::new("import_empty").arg("file", file));
                return;
            }
            ctx.stored.update(|s| {
                for d in a.documents.into_iter().filter(|d| !d.text.trim().is_empty()) {
                    let id = s.docs.iter().map(|x| x.id).max().unwrap_or(0) + 1;
                    s.docs.push(crate::storage::StoredDoc {
                        id,
                        title: d.source,
                        text: d.text,
                        date_from: d.date.is_some().then_some(crate::storage::DateFrom::Import),
                        date: d.date,
                        lang: Some(d.lang.code().to_string()),
                    });
                }
            });
            analyse_all(ctx);
        })
    };
    let export_corrections = move |_| {
        let cs = ctx.stored.with_untracked(|s| s.corrections.clone());
        if let Ok(json) = serde_json::to_string_pretty(&cs) {
            download("trame-corrections.json", "application/json", &json);
        }
    };
    let import_corrections = move |ev: web_sys::Event| {
        read_json::<Vec<crate::corrections::Correction>>(ctx, ev, "json_corrections_shape", move |cs, _| {
            ctx.stored.update(|s| s.corrections.extend(cs));
            ctx.refresh();
        })
    };
    let clear = move |_| {
        let ok = web_sys::window()
            .and_then(|w| w.confirm_with_message(t(ctx.ui(), "confirm_clear")).ok())
            .unwrap_or(false);
        if ok {
            ctx.stored.update(|s| s.docs.clear());
            ctx.analyses.set(Vec::new());
            ctx.current.set(0);
            ctx.evidence.set(Vec::new());
        }
    };
    let spread = Memo::new(move |_| ctx.analyses.with(|a| crate::view::dates::spread(a)));
    view! {
        <section class="documents" aria-label=move || t(ui(), "documents")>
            <Show when=move || ctx.stored.with(|s| !s.docs.is_empty())>
                <h2>{move || t(ui(), "documents")}</h2>
                <ul data-testid="documents">
                    {move || ctx.stored.with(|s| s.docs.iter().map(crate::storage::StoredDoc::without_text).collect::<Vec<_>>())
                        .into_iter().enumerate().map(|(i, doc)| view! { <DocItem i doc spread /> }).collect_view()}
                </ul>
            </Show>
                <div class="row">
                    <Show when=move || ctx.stored.with(|s| !s.docs.is_empty())>
                    <button data-testid="export-json" on:click=export_json>{move || t(ui(), "export_json")}</button>
                    <button data-testid="export-csv" on:click=export_csv>{move || t(ui(), "export_csv")}</button>
                    <button class="danger" on:click=clear>{move || t(ui(), "clear")}</button>
                    </Show>
                    <Show when=move || ctx.stored.with(|s| !s.corrections.is_empty())>
                        <button on:click=export_corrections>{move || t(ui(), "export_corrections")}</button>
                    </Show>
                    <label class="file button">{move || t(ui(), "import_corrections")}
                        <input type="file" accept=".json,application/json" on:change=import_corrections />
                    </label>
                    <label class="file button">{move || t(ui(), "import_json")}
                        <input type="file" accept=".json,application/json" data-testid="import-json" on:change=import_json />
                    </label>
                </div>
        </section>
    }
}

/// Reads the JSON file chosen in a file input and hands it (and the file's name) to `done`;
/// errors become a notice saying what is wrong with the file: not JSON at all (with the line), or
/// JSON of another shape (`shape_key`), never the parser's own words.
fn read_json<T: serde::de::DeserializeOwned + 'static>(
    ctx: Ctx,
    ev: web_sys::Event,
    shape_key: &'static str,
    done: impl FnOnce(T, String) + 'static,
) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    leptos::task::spawn_local(async move {
        let name = file.name();
        let Ok(text) = gloo::file::futures::read_as_text(&gloo::file::File::from(file)).await else {
            ctx.tell(Msg::new("file_unreadable").arg("file", name));
            return;
        };
        // JSON first (a syntax error names its line), then the shape
        match serde_json::from_str::<serde_json::Value>(&text) {
            Err(e) => ctx.tell(Msg::new("json_syntax").arg("file", name).arg("line", e.line())),
            Ok(value) => match serde_json::from_value::<T>(value) {
                Ok(value) => done(value, name),
                Err(_) => ctx.tell(Msg::new(shape_key).arg("file", name)),
            },
        }
    });
}
