//! Actors of the corpus as nodes and relations as edges (SVG), laid out by a force-directed
//! computation in Rust; edges coloured and dashed by type, weighted by evidence count.

use leptos::prelude::*;
use trame_engine::RelationType;

use crate::components::download::{download, download_svg};
use crate::ctx::Ctx;
use crate::i18n::{entity_type, relation_type, t, Msg};
use crate::view::export::graphml;
use crate::view::network::network;
use crate::view::segments::type_class;

const KINDS: [RelationType; 4] =
    [RelationType::Cooperation, RelationType::Opposition, RelationType::Support, RelationType::Affiliation];
const W: f64 = 860.0;
const H: f64 = 520.0;

/// The network view, with a filter per relation type.
#[component]
pub fn Network() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let shown = RwSignal::new(KINDS.to_vec());
    let graph = Memo::new(move |_| ctx.analyses.with(|a| network(a, &shown.get(), W, H)));
    // nodes dragged by the analyst keep their place
    let moved: RwSignal<std::collections::HashMap<String, (f64, f64)>> = RwSignal::new(Default::default());
    let dragging: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <div class="row" role="group" aria-label=move || t(ui(), "relations")>
            {KINDS.iter().map(|k| {
                let k = *k;
                view! {
                    <label class=format!("chk rel-{}", k.as_str())>
                        <input type="checkbox" prop:checked=move || shown.with(|s| s.contains(&k))
                            on:change=move |_| shown.update(|s| if s.contains(&k) { s.retain(|x| *x != k) } else { s.push(k) }) />
                        {move || relation_type(ui(), k)}
                    </label>
                }
            }).collect_view()}
        </div>
        <div class="row">
            <button data-testid="network-graphml" title=move || t(ui(), "export_graphml")
                on:click=move |_| { let (n, e) = graph.get_untracked(); download("trame-network.graphml", "application/graphml+xml", &graphml(&n, &e)); }>
                "GraphML"
            </button>
            <button data-testid="network-svg" title=move || t(ui(), "export_svg")
                on:click=move |_| download_svg("[data-testid=network] svg", "trame-network.svg")>"SVG"</button>
            <button data-testid="network-png" title=move || t(ui(), "export_png")
                on:click=move |_| download_svg("[data-testid=network] svg", "trame-network.png")>"PNG"</button>
        </div>
        <div class="scroll" data-testid="network">
            {move || {
                let (mut nodes, edges) = graph.get();
                moved.with(|m| for n in &mut nodes {
                    if let Some(&(x, y)) = m.get(&n.key) {
                        n.x = x;
                        n.y = y;
                    }
                });
                let ui = ui();
                let lines = edges.iter().map(|e| {
                    let (a, b) = (&nodes[e.source], &nodes[e.target]);
                    let w = 1.0 + (e.weight as f64).ln_1p() * 1.5;
                    let title = Msg::new("relation_title").arg("source", &a.name).arg("kind", relation_type(ui, e.kind))
                        .arg("target", &b.name).arg("n", e.weight).text(ui);
                    view! { <line x1=a.x y1=a.y x2=b.x y2=b.y stroke-width=w class=format!("edge rel-{}", e.kind.as_str())><title>{title}</title></line> }
                }).collect_view();
                let circles = nodes.iter().map(|n| view! {
                    <g class="node" tabindex="0" role="button" aria-label=format!("{} ({})", n.name, entity_type(ui, n.kind))
                        on:click={ let key = n.key.clone(); move |_| select_actor(ctx, &key) }
                        on:keydown={ let key = n.key.clone(); move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            select_actor(ctx, &key);
                        } }
                        on:pointerdown={ let key = n.key.clone(); move |ev: web_sys::PointerEvent| {
                        ev.prevent_default();
                        dragging.set(Some(key.clone()));
                    } }>
                        <circle cx=n.x cy=n.y r="9" class=type_class(n.kind)><title>{format!("{} ({})", n.name, entity_type(ui, n.kind))}</title></circle>
                        <text x=n.x + 12.0 y=n.y + 4.0>{n.name.clone()}</text>
                    </g>
                }).collect_view();
                view! {
                    <svg width=W height=H viewBox=format!("0 0 {W} {H}") class="network" role="img" aria-label=t(ui, "network")
                        on:pointermove=move |ev: web_sys::PointerEvent| {
                            if let Some(key) = dragging.get_untracked() {
                                let (x, y) = (f64::from(ev.offset_x()).clamp(10.0, W - 10.0), f64::from(ev.offset_y()).clamp(10.0, H - 10.0));
                                moved.update(|m| { m.insert(key, (x, y)); });
                            }
                        }
                        on:pointerup=move |_| dragging.set(None)
                        on:pointerleave=move |_| dragging.set(None)>
                        {lines}{circles}
                    </svg>
                }
            }}
        </div>
    }
}

/// Highlights the mentions of the actor `key`, in the document shown if it is named there, else in
/// the first document that names it.
fn select_actor(ctx: Ctx, key: &str) {
    let current = ctx.current.get_untracked();
    let found = ctx.analyses.with_untracked(|docs| {
        let in_doc = |i: usize| {
            docs.get(i).and_then(|d| {
                d.entities
                    .iter()
                    .find(|e| e.key.clone().unwrap_or_else(|| e.name.to_lowercase()) == key)
                    .map(|e| (i, e.mentions.clone()))
            })
        };
        in_doc(current).or_else(|| (0..docs.len()).find_map(in_doc))
    });
    if let Some((doc, mentions)) = found {
        ctx.current.set(doc);
        ctx.evidence.set(mentions);
    }
}
