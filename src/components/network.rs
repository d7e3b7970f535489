//! Actors of the corpus as nodes and relations as edges (SVG), laid out by a force-directed
//! computation in Rust; edges coloured and dashed by type, weighted by evidence count. The drawing
//! is as wide as its container and follows it; every label lies inside the drawing, clear of the
//! nodes and of the other labels (shortened, or left to the tooltip, when there is no room).

use leptos::html::Div;
use leptos::prelude::*;
use trame_engine::RelationType;

use crate::components::download::{download, download_svg};
use crate::components::measure::{follow_width, text_width, FONT};
use crate::ctx::Ctx;
use crate::i18n::{entity_type, relation_type, t, Msg};
use crate::view::export::graphml;
use crate::view::labels::place_round;
use crate::view::network::{network, Node, RADIUS};
use crate::view::segments::type_class;

const KINDS: [RelationType; 4] =
    [RelationType::Cooperation, RelationType::Opposition, RelationType::Support, RelationType::Affiliation];
/// Names longer than this are shortened on the drawing (the tooltip keeps them whole).
const LABEL_CHARS: usize = 24;

/// The drawing's size for a container `width` pixels wide.
fn size(width: f64) -> (f64, f64) {
    let w = width.max(280.0).floor();
    (w, (w * 0.6).clamp(300.0, 560.0).floor())
}

/// The network view, with a filter per relation type.
#[component]
pub fn Network() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let shown = RwSignal::new(KINDS.to_vec());
    let width = RwSignal::new(0.0f64);
    let container = NodeRef::<Div>::new();
    follow_width(container, width);
    let graph = Memo::new(move |_| {
        let (w, h) = size(width.get());
        ctx.analyses.with(|a| network(a, &shown.get(), w, h))
    });
    // nodes dragged by the analyst keep their place (as a fraction of the drawing: it may resize)
    let moved: RwSignal<std::collections::HashMap<String, (f64, f64)>> = RwSignal::new(Default::default());
    let dragging: RwSignal<Option<String>> = RwSignal::new(None);
    let drawing = move || {
        let (w, h) = size(width.get());
        let ui = ui();
        let (mut nodes, edges) = graph.get();
        moved.with(|m| {
            for n in &mut nodes {
                if let Some(&(fx, fy)) = m.get(&n.key) {
                    (n.x, n.y) = (fx * w, fy * h);
                }
            }
        });
        let lines = edges
            .iter()
            .map(|e| {
                let (a, b) = (&nodes[e.source], &nodes[e.target]);
                let sw = 1.0 + (e.weight as f64).ln_1p() * 1.5;
                let title = Msg::new("relation_title")
                    .arg("source", &a.name)
                    .arg("kind", relation_type(ui, e.kind))
                    .arg("target", &b.name)
                    .arg("n", e.weight)
                    .text(ui);
                view! { <line x1=a.x y1=a.y x2=b.x y2=b.y stroke-width=sw class=format!("edge rel-{}", e.kind.as_str())><title>{title}</title></line> }
            })
            .collect_view();
        let circles = node_views(ctx, &nodes, &edges, (w, h), dragging);
        view! {
            <svg width=w height=h viewBox=format!("0 0 {w} {h}") class="network" role="img" aria-label=t(ui, "network")
                on:pointermove=move |ev: web_sys::PointerEvent| {
                    if let Some(key) = dragging.get_untracked() {
                        let x = f64::from(ev.offset_x()).clamp(10.0, w - 10.0) / w;
                        let y = f64::from(ev.offset_y()).clamp(10.0, h - 10.0) / h;
                        moved.update(|m| { m.insert(key, (x, y)); });
                    }
                }
                on:pointerup=move |_| dragging.set(None)
                on:pointerleave=move |_| dragging.set(None)>
                <g class="edges">{lines}</g>
                {circles}
            </svg>
        }
    };
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
        <div class="scroll drawing" data-testid="network" node_ref=container>
            {move || (width.get() > 0.0).then(drawing)}
        </div>
    }
}

/// The nodes with their labels: the most connected nodes are labelled first, so they keep their
/// names whole when space runs short.
fn node_views(
    ctx: Ctx,
    nodes: &[Node],
    edges: &[crate::view::network::Edge],
    (w, h): (f64, f64),
    dragging: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = ctx.ui();
    let mut degree = vec![0usize; nodes.len()];
    for e in edges {
        degree[e.source] += e.weight;
        degree[e.target] += e.weight;
    }
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(degree[i]));
    let points: Vec<(f64, f64)> = order.iter().map(|&i| (nodes[i].x, nodes[i].y)).collect();
    let names: Vec<String> = order.iter().map(|&i| nodes[i].name.clone()).collect();
    let placed = place_round(&points, &names, RADIUS, (w, h), LABEL_CHARS, &|s| text_width(FONT, s));
    let mut labels = vec![None; nodes.len()];
    for (&i, l) in order.iter().zip(placed) {
        labels[i] = l;
    }
    nodes
        .iter()
        .zip(labels)
        .map(|(n, label)| {
            let full = format!("{} ({})", n.name, entity_type(ui, n.kind));
            let (k1, k2, k3) = (n.key.clone(), n.key.clone(), n.key.clone());
            let aria = full.clone();
            view! {
                <g class="node" tabindex="0" role="button" aria-label=aria data-name=n.name.clone()
                    on:click=move |_| select_actor(ctx, &k1)
                    on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        select_actor(ctx, &k2);
                    }
                    on:pointerdown=move |ev: web_sys::PointerEvent| {
                        ev.prevent_default();
                        dragging.set(Some(k3.clone()));
                    }>
                    <title>{full}</title>
                    <circle cx=n.x cy=n.y r=RADIUS class=type_class(n.kind) />
                    {label.map(|l| view! {
                        <text x=l.x y=l.y text-anchor=l.anchor.svg() class="node-label" data-shortened=l.shortened.to_string()>{l.text}</text>
                    })}
                </g>
            }
        })
        .collect_view()
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
