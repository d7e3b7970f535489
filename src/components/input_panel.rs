//! Paste an article, or add .txt/.html files; Analyse (or Ctrl+Enter).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ctx::Ctx;
use crate::i18n::{t, Msg};
use crate::jobs::analyse_all;
use crate::storage::{title_of, DateFrom, StoredDoc};

/// The sample article in French (written for Trame).
const SAMPLE_FR: &str = "Le Japon et les Philippines lancent l'exercice naval Kamandag-2025\n\n\
Les forces navales japonaises et philippines ont entamé mardi 15 avril l'exercice conjoint \
Kamandag-2025 au large de l'île de Luçon, a annoncé le ministère philippin de la Défense. \
Les manœuvres se dérouleront du 15 au 25 avril et réunissent environ 1 500 soldats.\n\n\
Le ministre japonais de la Défense Gen Nakatani s'est rendu à Manille pour des entretiens avec son \
homologue Gilberto Teodoro. Les deux pays ont signé un accord de coopération logistique.\n\n\
Pékin a dénoncé ces manœuvres, tandis que Washington a salué le renforcement de l'alliance.";

/// The sample article in English (written for Trame), offered when the interface is in English.
const SAMPLE_EN: &str = "Japan and the Philippines open the Kamandag-2025 naval exercise\n\n\
Japanese and Philippine naval forces began the joint exercise Kamandag-2025 off the island of Luzon \
on Tuesday 15 April, the Philippine defence ministry said. The drills will run from 15 to 25 April \
and bring together some 1,500 troops.\n\n\
Japanese defence minister Gen Nakatani travelled to Manila for talks with his counterpart Gilberto \
Teodoro. The two countries signed a logistics cooperation agreement.\n\n\
Beijing condemned the drills, while Washington welcomed the stronger alliance.";

/// A new document of the corpus (its id is given when it is added).
fn new_doc(
    title: String,
    text: String,
    date: Option<String>,
    date_from: DateFrom,
    lang: Option<String>,
) -> StoredDoc {
    let date_from = date.is_some().then_some(date_from);
    StoredDoc { id: 0, title, text, date, date_from, lang }
}

/// Adds documents to the corpus and shows the last one: each gets the next id, and a document with
/// no title is titled by its headline (its first line).
fn add_docs(ctx: Ctx, docs: Vec<StoredDoc>) {
    if docs.is_empty() {
        return;
    }
    ctx.stored.update(|s| {
        for mut d in docs {
            d.id = s.docs.iter().map(|d| d.id).max().unwrap_or(0) + 1;
            d.title = if d.title.trim().is_empty() { title_of(&d.text) } else { d.title.trim().to_string() };
            s.docs.push(d);
        }
    });
    ctx.current.set(ctx.stored.with_untracked(|s| s.docs.len() - 1));
}

/// Reads uploaded or dropped files, decodes them and adds them to the corpus. `date` (typed in the
/// form) is every file's reference date; without it, a page's publication metadata is. A file is
/// titled by its page's title, else its headline, else its name.
fn add_files(ctx: Ctx, files: web_sys::FileList, date: Option<String>) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let mut errors = Vec::new();
        let mut docs = Vec::new();
        for f in files {
            let name = f.name();
            let file = gloo::file::File::from(f);
            match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => match trame_engine::decode(&bytes, &name) {
                    Ok(d) => {
                        let title =
                            d.title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| title_of(&d.text));
                        let title = if title.is_empty() { name } else { title };
                        docs.push(match &date {
                            Some(given) => new_doc(title, d.text, Some(given.clone()), DateFrom::User, None),
                            None => new_doc(title, d.text, d.date, DateFrom::Meta, None),
                        });
                    }
                    Err(e) => errors.push(decode_error(&e, &name)),
                },
                Err(_) => errors.push(Msg::new("file_unreadable").arg("file", &name)),
            }
        }
        // all files at once: one change of the corpus (one save, one redraw), however many files
        add_docs(ctx, docs);
        if !errors.is_empty() {
            ctx.notice.set(errors);
        }
        analyse_all(ctx);
    });
}

/// What went wrong with a file, in the user's words.
fn decode_error(e: &trame_engine::Error, name: &str) -> Msg {
    match e.kind() {
        trame_engine::ErrorKind::Binary => Msg::new("file_binary"),
        trame_engine::ErrorKind::Empty => Msg::new("file_empty"),
        _ => Msg::new("file_unreadable"),
    }
    .arg("file", name)
}

/// The input form.
#[component]
pub fn InputPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let text = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let lang = RwSignal::new(String::new());
    // the date applies to the next article (or files) only, unless the user keeps it
    let keep = RwSignal::new(false);
    let date_ok = move || {
        let d = date.get();
        d.trim().is_empty() || trame_engine::parse_reference(d.trim()).is_some()
    };
    // the form's date for what is being added (cleared with the text unless kept)
    let take_date = move || {
        let d = date.get_untracked().trim().to_string();
        if !keep.get_untracked() {
            date.set(String::new());
        }
        (!d.is_empty()).then_some(d)
    };
    let submit = move || {
        let body = text.get_untracked();
        if body.trim().is_empty() || !date_ok() {
            return;
        }
        let l = lang.get_untracked();
        let doc =
            new_doc(title.get_untracked(), body, take_date(), DateFrom::User, (!l.is_empty()).then_some(l));
        add_docs(ctx, vec![doc]);
        text.set(String::new());
        title.set(String::new());
        analyse_all(ctx);
    };
    let on_files = move |ev: web_sys::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            if let Some(files) = input.files() {
                if date_ok() {
                    add_files(ctx, files, take_date());
                }
            }
            input.set_value("");
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            if date_ok() {
                add_files(ctx, files, take_date());
            }
        }
    };
    view! {
        <form class="input" on:submit=move |ev| { ev.prevent_default(); submit(); }
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <label for="article">{move || t(ui(), "paste")}</label>
            <textarea id="article" data-testid="article" rows="10" prop:value=move || text.get()
                placeholder=move || t(ui(), "empty")
                on:input=move |ev| text.set(event_target_value(&ev))
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        submit();
                    }
                }></textarea>
            <div class="row">
                <label>{move || t(ui(), "title")}
                    <input type="text" data-testid="title" prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev)) />
                </label>
                <label>{move || t(ui(), "date")}
                    <input type="text" data-testid="date" placeholder=move || t(ui(), "date_ph") size="10" prop:value=move || date.get()
                        title=move || t(ui(), "date_field_hint")
                        aria-invalid=move || (!date_ok()).to_string()
                        on:input=move |ev| date.set(event_target_value(&ev)) />
                </label>
                <label>{move || t(ui(), "lang")}
                    <select on:change=move |ev| lang.set(event_target_value(&ev))>
                        <option value="">{move || t(ui(), "auto")}</option>
                        <option value="fr">{move || t(ui(), "lang_fr")}</option>
                        <option value="en">{move || t(ui(), "lang_en")}</option>
                    </select>
                </label>
            </div>
            <label class="check">
                <input type="checkbox" data-testid="keep-date" prop:checked=move || keep.get()
                    on:change=move |_| keep.update(|k| *k = !*k) />
                {move || t(ui(), "keep_date")}
            </label>
            <Show when=move || !date_ok()>
                <p class="error" role="alert">{move || t(ui(), "bad_date")}</p>
            </Show>
            <div class="row">
                <button type="submit" class="primary" data-testid="analyse" title=move || t(ui(), "analyse_key")>{move || t(ui(), "analyse")}</button>
                <label class="file button">{move || t(ui(), "files")}
                    <input type="file" multiple accept=".txt,.html,.htm,.xhtml,text/plain,text/html" on:change=on_files />
                </label>
                <span class="hint">{move || t(ui(), "drop")}</span>
                <Show when=move || ctx.stored.with(|s| s.docs.is_empty())>
                    <button type="button" class="link" data-testid="sample" on:click=move |_| text.set(match ui() { crate::i18n::Ui::Fr => SAMPLE_FR, crate::i18n::Ui::En => SAMPLE_EN }.to_string())>
                        {move || t(ui(), "sample")}
                    </button>
                </Show>
            </div>
            {move || ctx.progress.get().map(|(done, total)| view! {
                <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax=total aria-valuenow=done>
                    <span>{move || t(ui(), "analysing")} " " {done} " / " {total}</span>
                    <progress max=total value=done></progress>
                    <button type="button" on:click=move |_| crate::jobs::cancel(ctx)>{move || t(ui(), "cancel")}</button>
                </div>
            })}
        </form>
    }
}
