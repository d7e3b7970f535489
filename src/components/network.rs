//! Actors of the corpus as nodes and relations as edges (SVG), laid out by a force-directed
//! computation in Rust; edges coloured and dashed by type, weighted by evidence count.

use leptos::prelude::*;
use trame_engine::RelationType;

use crate::graph::network;
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
        <div class="scroll" data-testid="network">
            {move || {
                let (nodes, edges) = graph.get();
                let lines = edges.iter().map(|e| {
                    let (a, b) = (&nodes[e.source], &nodes[e.target]);
                    let w = 1.0 + (e.weight as f64).ln_1p() * 1.5;
                    let title = format!("{} — {} → {} ({})", a.name, e.kind.as_str(), b.name, e.weight);
                    view! { <line x1=a.x y1=a.y x2=b.x y2=b.y stroke-width=w class=format!("edge rel-{}", e.kind.as_str())><title>{title}</title></line> }
                }).collect_view();
                let circles = nodes.iter().map(|n| view! {
                    <g class="node">
                        <circle cx=n.x cy=n.y r="9" class=type_class(n.kind)><title>{format!("{} ({})", n.name, n.kind.as_str())}</title></circle>
                        <text x=n.x + 12.0 y=n.y + 4.0>{n.name.clone()}</text>
                    </g>
                }).collect_view();
                view! {
                    <svg width=W height=H viewBox=format!("0 0 {W} {H}") class="network" role="img" aria-label=move || t(ui(), "network")>
                        {lines}{circles}
                    </svg>
                }
            }}
        </div>
    }
}
