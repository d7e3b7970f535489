//! Tables of actors (sortable, filterable), events and relations; a click highlights the evidence.

use leptos::prelude::*;
use trame_engine::{DocumentAnalysis, EntityType, Span};

use crate::corrections::{key_of, Correction};
use crate::ctx::Ctx;
use crate::i18n::{date_text, entity_type, event_type, relation_type, t};
use crate::view::segments::type_class;

/// Enter or Space on the row itself (not on a control inside it): the keyboard's click.
fn activates(ev: &web_sys::KeyboardEvent) -> bool {
    let on_row = match (ev.target(), ev.current_target()) {
        (Some(t), Some(c)) => t == c,
        _ => false,
    };
    if on_row && (ev.key() == "Enter" || ev.key() == " ") {
        ev.prevent_default();
        true
    } else {
        false
    }
}

/// The `<option>`s of a type menu, named in the interface language (values stay FORMAT.md codes).
fn type_options(
    ui: impl Fn() -> crate::i18n::Ui + Copy + Send + Sync + 'static,
    kinds: &[EntityType],
) -> impl IntoView {
    kinds
        .iter()
        .map(|&k| view! { <option value=k.as_str()>{move || entity_type(ui(), k)}</option> })
        .collect_view()
}

fn name_of(d: &DocumentAnalysis, id: &str) -> String {
    d.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default()
}

/// Actors: name, type, aliases, mentions, role; click to highlight mentions.
#[component]
pub fn ActorTable(
    /// The analysed document.
    doc: DocumentAnalysis,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let filter = RwSignal::new(String::new());
    let new_name = RwSignal::new(String::new());
    let new_kind = RwSignal::new(EntityType::Organization);
    let sort = RwSignal::new(0u8); // 0 by appearance, 1 name, 2 type, 3 mentions
    let doc = StoredValue::new(doc);
    let rows = move || {
        let f = filter.get().to_lowercase();
        let mut rows: Vec<_> = doc.with_value(|d| {
            d.entities
                .iter()
                .filter(|e| e.kind != EntityType::Date)
                .filter(|e| {
                    f.is_empty()
                        || e.name.to_lowercase().contains(&f)
                        || e.aliases.iter().any(|a| a.to_lowercase().contains(&f))
                        || entity_type(ui(), e.kind).contains(&f)
                })
                .cloned()
                .collect()
        });
        match sort.get() {
            1 => rows.sort_by(|a, b| a.name.cmp(&b.name)),
            2 => rows.sort_by_key(|e| e.kind),
            3 => rows.sort_by_key(|e| std::cmp::Reverse(e.mentions.len())),
            _ => {}
        }
        rows
    };
    let header = move |key: &'static str, k: u8| {
        view! {
            <th scope="col" aria-sort=move || if sort.get() == k { "descending" } else { "none" }>
                <button class="link" on:click=move |_| sort.set(k)>{move || t(ui(), key)}</button>
            </th>
        }
    };
    view! {
        <div class="table-tools row">
            <input type="search" data-testid="actor-filter" placeholder=move || t(ui(), "filter")
                aria-label=move || t(ui(), "filter") on:input=move |ev| filter.set(event_target_value(&ev)) />
            <form class="row" on:submit=move |ev| {
                ev.prevent_default();
                let name = new_name.get_untracked().trim().to_string();
                if !name.is_empty() {
                    ctx.correct(Correction::Add { name, kind: new_kind.get_untracked() });
                    new_name.set(String::new());
                }
            }>
                <input type="text" data-testid="new-actor" placeholder=move || t(ui(), "new_actor") aria-label=move || t(ui(), "new_actor")
                    prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
                <select aria-label=move || t(ui(), "type") on:change=move |ev| new_kind.set(match event_target_value(&ev).as_str() {
                    "person" => EntityType::Person, "country" => EntityType::Country, "place" => EntityType::Place, _ => EntityType::Organization,
                })>
                    {type_options(ui, &[EntityType::Organization, EntityType::Person, EntityType::Country, EntityType::Place])}
                </select>
                <button type="submit">{move || t(ui(), "add")}</button>
            </form>
        </div>
        <div class="table-wrap"><table class="actors" data-testid="actors">
            <thead><tr>{header("name", 1)}{header("type", 2)}<th scope="col">{move || t(ui(), "aliases")}</th>{header("mentions", 3)}<th scope="col">{move || t(ui(), "correct")}</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|e| {
                    let spans: Vec<Span> = e.mentions.clone();
                    let key = key_of(&e);
                    let others: Vec<(String, String)> = doc.with_value(|d| d.entities.iter()
                        .filter(|o| o.kind != EntityType::Date && key_of(o) != key)
                        .map(|o| (key_of(o), o.name.clone())).collect());
                    let (k1, k2, k3, k4) = (key.clone(), key.clone(), key.clone(), key.clone());
                    let (k5, k6) = (key.clone(), key.clone());
                    let aliases = e.aliases.clone();
                    let current_name = e.name.clone();
                    let role = e.role.clone().map(|r| format!(" ({r})")).unwrap_or_default();
                    let keyed = spans.clone();
                    view! {
                        <tr tabindex="0" on:click=move |_| ctx.evidence.set(spans.clone())
                            on:keydown=move |ev: web_sys::KeyboardEvent| if activates(&ev) { ctx.evidence.set(keyed.clone()) }>
                            <td translate="no"><span class=format!("swatch {}", type_class(e.kind))></span>{e.name.clone()}<small>{role}</small></td>
                            <td>{move || entity_type(ui(), e.kind)}</td>
                            <td translate="no">{e.aliases.join(", ")}</td>
                            <td class="num">{e.mentions.len()}</td>
                            <td class="actions" on:click=|ev| ev.stop_propagation()>
                                <button class="link" aria-label=move || t(ui(), "rename") title=move || t(ui(), "rename") on:click=move |_| {
                                    let name = window().prompt_with_message_and_default(t(ctx.ui(), "rename"), &current_name).ok().flatten();
                                    if let Some(name) = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()) {
                                        ctx.correct(Correction::Rename { key: k1.clone(), name });
                                    }
                                }>"✎"</button>
                                <select aria-label=move || t(ui(), "type") on:change=move |ev| {
                                    let kind = match event_target_value(&ev).as_str() {
                                        "person" => EntityType::Person, "country" => EntityType::Country,
                                        "organization" => EntityType::Organization, "place" => EntityType::Place, _ => return,
                                    };
                                    ctx.correct(Correction::Retype { key: k2.clone(), kind });
                                }>
                                    <option value="">{move || t(ui(), "type")}</option>
                                    {type_options(ui, &[EntityType::Person, EntityType::Country, EntityType::Organization, EntityType::Place])}
                                </select>
                                <select aria-label=move || t(ui(), "merge") on:change=move |ev| {
                                    let into = event_target_value(&ev);
                                    if !into.is_empty() {
                                        ctx.correct(Correction::Merge { from: k3.clone(), into });
                                    }
                                }>
                                    <option value="">{move || t(ui(), "merge")}</option>
                                    {others.into_iter().map(|(k, n)| view! { <option value=k translate="no">{n}</option> }).collect_view()}
                                </select>
                                <button class="link" aria-label=move || t(ui(), "add_alias") title=move || t(ui(), "add_alias") on:click=move |_| {
                                    let alias = window().prompt_with_message(t(ctx.ui(), "add_alias")).ok().flatten();
                                    if let Some(alias) = alias.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()) {
                                        ctx.correct(Correction::Alias { key: k5.clone(), alias });
                                    }
                                }>"+"</button>
                                <Show when={ let n = aliases.len(); move || n > 0 }>
                                    <select aria-label=move || t(ui(), "split") on:change={
                                        let k6 = k6.clone();
                                        move |ev| {
                                            let alias = event_target_value(&ev);
                                            if !alias.is_empty() {
                                                ctx.correct(Correction::Split { key: k6.clone(), alias });
                                            }
                                        }
                                    }>
                                        <option value="">{move || t(ui(), "split")}</option>
                                        {aliases.iter().map(|a| view! { <option value=a.clone() translate="no">{a.clone()}</option> }).collect_view()}
                                    </select>
                                </Show>
                                <button class="link danger" aria-label=move || t(ui(), "delete") title=move || t(ui(), "delete")
                                    on:click=move |_| ctx.correct(Correction::Delete { key: k4.clone() })>"✕"</button>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// Events: type, name, dates, place, participants; click to highlight the sentences that prove it.
#[component]
pub fn EventTable(
    /// The analysed document.
    doc: DocumentAnalysis,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let rows: Vec<_> = doc
        .events
        .iter()
        .map(|v| {
            let place = v.place.as_deref().map(|p| name_of(&doc, p)).unwrap_or_default();
            let parts: Vec<String> = v.participants.iter().map(|p| name_of(&doc, p)).collect();
            (v.clone(), place, parts.join(", "))
        })
        .collect();
    view! {
        <div class="table-wrap"><table class="events" data-testid="events">
            <thead><tr>
                <th scope="col">{move || t(ui(), "type")}</th><th scope="col">{move || t(ui(), "name")}</th>
                <th scope="col">{move || t(ui(), "start")}</th><th scope="col">{move || t(ui(), "end")}</th>
                <th scope="col">{move || t(ui(), "place")}</th><th scope="col">{move || t(ui(), "participants")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(v, place, parts)| {
                    let spans = v.evidence.clone();
                    let published = v.dated_by_publication;
                    view! {
                        <tr tabindex="0" on:click=move |_| ctx.evidence.set(spans.clone())
                            on:keydown={
                                let spans = v.evidence.clone();
                                move |ev: web_sys::KeyboardEvent| if activates(&ev) { ctx.evidence.set(spans.clone()) }
                            }>
                            <td><span class=format!("tag ev-{}", v.kind.as_str())>{move || event_type(ui(), v.kind)}</span></td>
                            <td translate="no">{v.name.clone().unwrap_or_default()}</td>
                            <td data-date=v.start.clone() title=move || published.then(|| t(ui(), "dated_by_publication"))>{
                                let d = v.start.clone();
                                // (a date the text does not give, the date of publication, shows as such)
                                move || d.as_deref().map(|d| format!("{}{}", if published { "≈ " } else { "" }, date_text(ui(), d)))
                            }</td>
                            <td data-date=v.end.clone()>{let d = v.end.clone(); move || d.as_deref().map(|d| date_text(ui(), d))}</td>
                            <td translate="no">{place}</td>
                            <td translate="no">{parts}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// Relations: source, type, target; click to highlight the evidence.
#[component]
pub fn RelationTable(
    /// The analysed document.
    doc: DocumentAnalysis,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let rows: Vec<_> = doc
        .relations
        .iter()
        .map(|r| (r.evidence.clone(), name_of(&doc, &r.source), r.kind, name_of(&doc, &r.target)))
        .collect();
    view! {
        <div class="table-wrap"><table class="relations" data-testid="relations">
            <thead><tr>
                <th scope="col">{move || t(ui(), "source")}</th><th scope="col">{move || t(ui(), "type")}</th>
                <th scope="col">{move || t(ui(), "target")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(spans, s, k, tg)| {
                    let keyed = spans.clone();
                    view! {
                        <tr tabindex="0" on:click=move |_| ctx.evidence.set(spans.clone())
                            on:keydown=move |ev: web_sys::KeyboardEvent| if activates(&ev) { ctx.evidence.set(keyed.clone()) }>
                            <td translate="no">{s}</td>
                            <td><span class=format!("tag rel-{}", k.as_str())>{move || relation_type(ui(), k)}</span></td>
                            <td translate="no">{tg}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
