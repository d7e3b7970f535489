//! An offline world map (Natural Earth 1:110m shapes embedded at build time, no tile server):
//! countries taking part in the corpus's events shaded, event places as markers.

use std::collections::HashSet;

use leptos::prelude::*;
use trame_engine::EntityType;

use crate::ctx::Ctx;
use crate::i18n::t;

/// `ISO3<TAB>SVG path` per country, in a 720 × 360 equirectangular projection.
const WORLD: &str = include_str!("../world.tsv");

/// A marker: where an event happens.
#[derive(Clone, PartialEq)]
struct Marker {
    x: f64,
    y: f64,
    label: String,
    doc: usize,
    event: usize,
}

/// The map view.
#[component]
pub fn Map() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let data = Memo::new(move |_| {
        ctx.analyses.with(|docs| {
            let mut shaded: HashSet<String> = HashSet::new();
            let mut markers = Vec::new();
            for (di, d) in docs.iter().enumerate() {
                let entity = |id: &str| d.entities.iter().find(|e| e.id == id);
                for (vi, v) in d.events.iter().enumerate() {
                    for p in &v.participants {
                        if let Some(e) = entity(p).filter(|e| e.kind == EntityType::Country) {
                            shaded.extend(e.key.clone());
                        }
                    }
                    if let Some([lat, lon]) = v.place.as_deref().and_then(entity).and_then(|e| e.coords) {
                        let place =
                            v.place.as_deref().and_then(entity).map(|e| e.name.clone()).unwrap_or_default();
                        let name = v
                            .name
                            .clone()
                            .unwrap_or_else(|| crate::i18n::event_type(ui(), v.kind).to_string());
                        markers.push(Marker {
                            x: (lon + 180.0) * 2.0,
                            y: (90.0 - lat) * 2.0,
                            label: format!(
                                "{name} — {place} {}",
                                v.start
                                    .as_deref()
                                    .map(|d| crate::i18n::date_text(ui(), d))
                                    .unwrap_or_default()
                            ),
                            doc: di,
                            event: vi,
                        });
                    }
                }
            }
            (shaded, markers)
        })
    });
    let select = move |doc: usize, event: usize| {
        let ev = ctx.analyses.with_untracked(|a| a[doc].events[event].evidence.clone());
        ctx.current.set(doc);
        ctx.evidence.set(ev);
    };
    view! {
        <p class="hint">{move || t(ui(), "map_hint")}</p>
        <div class="scroll" data-testid="map">
            {move || {
                let (shaded, markers) = data.get();
                let countries = WORLD
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(iso, d)| {
                        let class = if shaded.contains(iso) { "land active" } else { "land" };
                        view! { <path d=d.to_string() class=class><title>{iso.to_string()}</title></path> }
                    })
                    .collect_view();
                let markers = markers
                    .into_iter()
                    .map(|m| {
                        let (doc, event) = (m.doc, m.event);
                        view! {
                            <g class="marker" tabindex="0" role="button" aria-label=m.label.clone()
                                on:click=move |_| select(doc, event)
                                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    select(doc, event)
                                }>
                                <circle cx=m.x cy=m.y r="4" /><title>{m.label.clone()}</title>
                            </g>
                        }
                    })
                    .collect_view();
                view! {
                    <svg viewBox="0 0 720 360" width="100%" class="map" role="img" aria-label=move || t(ui(), "map")>
                        {countries}{markers}
                    </svg>
                }
            }}
        </div>
        <p class="hint" translate="no">"Natural Earth · world-atlas (ISC)"</p>
    }
}

#[cfg(test)]
mod tests {
    use super::WORLD;

    /// No shape jumps across the map (a ring crossing the antimeridian is drawn whole beyond the
    /// edge, with a copy from the other side), and each ring is one closed subpath.
    #[test]
    fn shapes_never_jump_across_the_map() {
        let mut rings = 0;
        for line in WORLD.lines().filter(|l| !l.starts_with('#')) {
            let (iso, d) = line.split_once('\t').expect("ISO<TAB>path");
            for ring in d.split('Z').filter(|r| !r.is_empty()) {
                rings += 1;
                assert_eq!(ring.matches('M').count(), 1, "{iso}: one subpath per ring");
                let xs: Vec<f64> = ring
                    .trim_start_matches('M')
                    .split('L')
                    .map(|p| p.split(',').next().and_then(|x| x.parse().ok()).expect("x,y"))
                    .collect();
                for w in xs.windows(2) {
                    assert!((w[1] - w[0]).abs() < 100.0, "{iso}: a segment from x={} to x={}", w[0], w[1]);
                }
            }
        }
        assert!(rings > 200);
        let russia = WORLD.lines().find(|l| l.starts_with("RUS")).unwrap();
        assert!(russia.contains("M-"), "Russia's far east is drawn again from the left edge");
    }
}
