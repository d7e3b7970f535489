//! Interface language and theme, remembered with the corpus.

use leptos::prelude::*;

use crate::ctx::Ctx;
use crate::i18n::{t, Ui};

/// Language and theme switches.
#[component]
pub fn Settings() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    view! {
        <div class="settings">
            <button class="link" data-testid="ui-lang" on:click=move |_| ctx.stored.update(|s| {
                s.ui_lang = if s.ui_lang == "en" { Ui::Fr.code().into() } else { Ui::En.code().into() };
            })>{move || if ui() == Ui::En { "Français" } else { "English" }}</button>
            <label>{move || t(ui(), "theme")}
                <select on:change=move |ev| { let v = event_target_value(&ev); ctx.stored.update(|s| s.theme = v); }
                    prop:value=move || ctx.stored.with(|s| s.theme.clone())>
                    <option value="auto">"auto"</option>
                    <option value="light">"☀"</option>
                    <option value="dark">"☾"</option>
                </select>
            </label>
        </div>
    }
}
