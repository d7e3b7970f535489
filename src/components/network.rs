//! Actors of the corpus as nodes and relations as edges (SVG), laid out by a force-directed
//! computation in Rust; edges coloured and dashed by type, weighted by evidence count.

use leptos::prelude::*;
use trame_engine::RelationType;

use crate::components::download;
use crate::graph::{graphml, network};
use crate::i18n::t;
use crate::view_model::type_class;
use crate::Ctx;

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
                        {k.as_str()}
                    </label>
                }
            }).collect_view()}
        </div>
        <div class="row">
            <button on:click=move |_| { let (n, e) = graph.get_untracked(); download("trame-network.graphml", "application/graphml+xml", &graphml(&n, &e)); }>
                "GraphML"
            </button>
            <button on:click=move |_| download_svg("[data-testid=network] svg", "trame-network.svg")>"SVG"</button>
            <button data-testid="network-png" on:click=move |_| download_svg("[data-testid=network] svg", "trame-network.png")>"PNG"</button>
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
                let lines = edges.iter().map(|e| {
                    let (a, b) = (&nodes[e.source], &nodes[e.target]);
                    let w = 1.0 + (e.weight as f64).ln_1p() * 1.5;
                    let title = format!("{} — {} → {} ({})", a.name, e.kind.as_str(), b.name, e.weight);
                    view! { <line x1=a.x y1=a.y x2=b.x y2=b.y stroke-width=w class=format!("edge rel-{}", e.kind.as_str())><title>{title}</title></line> }
                }).collect_view();
                let circles = nodes.iter().map(|n| view! {
                    <g class="node" tabindex="0" role="button" aria-label=format!("{} ({})", n.name, n.kind.as_str())
                        on:click={ let key = n.key.clone(); move |_| select_actor(ctx, &key) }
                        on:keydown={ let key = n.key.clone(); move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            select_actor(ctx, &key);
                        } }
                        on:pointerdown={ let key = n.key.clone(); move |ev: web_sys::PointerEvent| {
                        ev.prevent_default();
                        dragging.set(Some(key.clone()));
                    } }>
                        <circle cx=n.x cy=n.y r="9" class=type_class(n.kind)><title>{format!("{} ({})", n.name, n.kind.as_str())}</title></circle>
                        <text x=n.x + 12.0 y=n.y + 4.0>{n.name.clone()}</text>
                    </g>
                }).collect_view();
                view! {
                    <svg width=W height=H viewBox=format!("0 0 {W} {H}") class="network" role="img" aria-label=move || t(ui(), "network")
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

/// Downloads the SVG drawing matched by `selector`, with its styles inlined for use elsewhere.
pub fn download_svg(selector: &str, name: &str) {
    let Some(svg) = document().query_selector(selector).ok().flatten() else { return };
    let style = "<style>text{font:12px sans-serif}line.rel-cooperation{stroke:#2e9e5b}\
        line.rel-opposition{stroke:#c23b3b;stroke-dasharray:6 3}line.rel-support{stroke:#2b7bd9;stroke-dasharray:2 3}\
        line.rel-affiliation{stroke:#8a8f98;stroke-dasharray:8 2 2 2}circle{stroke:#222}circle.m-person{fill:#fde2c4}\
        circle.m-country{fill:#cfe3ff}circle.m-organization{fill:#dcf5d3}circle.m-place{fill:#f1d7f7}\
        rect{stroke:#222}rect.ev-exercise{fill:#d9822b}rect.ev-visit{fill:#2b7bd9}rect.ev-meeting{fill:#7b4fc9}\
        rect.ev-agreement{fill:#2e9e5b}rect.ev-deployment{fill:#c23b3b}rect.ev-patrol{fill:#6b7a8f}\
        .tl-tick,.tl-axis{stroke:#ccc}.tl-tick{stroke-dasharray:2 3}.tl-tick.major{stroke:#999;stroke-dasharray:none}\
        .tl-baseline{stroke:#888}.tl-tick-label{fill:#555;font-size:11px}.tl-label{font-size:11px}.tl-row{font-weight:600}\
        rect.tl-band{fill:none;stroke:none}.tl-lane:nth-of-type(even) rect.tl-band{fill:#f4f4f2}\
        .tl-item.coarse rect{fill-opacity:.45;stroke-dasharray:4 2}</style>";
    let body = svg.outer_html().replacen('>', &format!(" xmlns=\"http://www.w3.org/2000/svg\">{style}"), 1);
    if name.ends_with(".png") {
        svg_to_png(&body, name);
    } else {
        download(name, "image/svg+xml", &body);
    }
}

/// Draws the SVG onto a canvas (white background) and downloads it as PNG; all in the page.
fn svg_to_png(svg: &str, name: &str) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let name = name.to_string();
    let image = img.clone();
    let source = url.clone();
    let onload = Closure::once(move || {
        let (w, h) = (image.natural_width().max(1), image.natural_height().max(1));
        let canvas: Option<web_sys::HtmlCanvasElement> =
            document().create_element("canvas").ok().and_then(|c| c.dyn_into().ok());
        if let Some(canvas) = canvas {
            canvas.set_width(w * 2);
            canvas.set_height(h * 2);
            if let Some(cx) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            {
                let _ = cx.scale(2.0, 2.0);
                cx.set_fill_style_str("#ffffff");
                cx.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
                let _ = cx.draw_image_with_html_image_element(&image, 0.0, 0.0);
                if let Ok(data) = canvas.to_data_url_with_type("image/png") {
                    if let Ok(a) = document().create_element("a") {
                        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
                            a.set_href(&data);
                            a.set_download(&name);
                            a.click();
                        }
                    }
                }
            }
        }
        let _ = web_sys::Url::revoke_object_url(&source);
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
}
