//! Interface language and theme, remembered with the corpus.

use leptos::prelude::*;

use crate::ctx::Ctx;
use crate::i18n::t;

/// Language and theme switches. The language switch names the other language in that language
/// (marked with its `lang`), as language pickers do.
#[component]
pub fn Settings() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    view! {
        <div class="settings">
            <button class="link" data-testid="ui-lang" lang=move || ui().other().code()
                title=move || t(ui(), "switch_lang")
                on:click=move |_| ctx.stored.update(|s| s.ui_lang = crate::i18n::Ui::from_code(&s.ui_lang).other().code().into())>
                {move || ui().other().endonym()}
            </button>
            <label>{move || t(ui(), "theme")}
                <select data-testid="theme" on:change=move |ev| { let v = event_target_value(&ev); ctx.stored.update(|s| s.theme = v); }
                    prop:value=move || ctx.stored.with(|s| s.theme.clone())>
                    <option value="auto">{move || t(ui(), "theme_auto")}</option>
                    <option value="light">{move || t(ui(), "theme_light")}</option>
                    <option value="dark">{move || t(ui(), "theme_dark")}</option>
                </select>
            </label>
        </div>
    }
}
