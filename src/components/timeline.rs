//! Events of the whole corpus on a time axis (SVG), one row per event type; month-only dates are
//! spans, unknown years are listed apart rather than placed at year 0. Zoom with the buttons,
//! pan by scrolling.

use leptos::prelude::*;
use trame_engine::EventType;

use crate::graph::{timeline, TimelineItem};
use crate::i18n::t;
use crate::Ctx;

const TYPES: [EventType; 6] = [
    EventType::Exercise,
    EventType::Visit,
    EventType::Meeting,
    EventType::Agreement,
    EventType::Deployment,
    EventType::Patrol,
];
const ROW: f64 = 44.0;
const LEFT: f64 = 100.0;

fn select(ctx: Ctx, item: &TimelineItem) {
    let ev = ctx.analyses.with_untracked(|a| a[item.doc].events[item.event].evidence.clone());
    ctx.current.set(item.doc);
    ctx.evidence.set(ev);
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let zoom = RwSignal::new(1.0f64);
    let items = Memo::new(move |_| ctx.analyses.with(|a| timeline(a)));
    view! {
        <div class="row">
            <button on:click=move |_| zoom.update(|z| *z = (*z * 1.5).min(20.0)) aria-label="zoom +">"+"</button>
            <button on:click=move |_| zoom.update(|z| *z = (*z / 1.5).max(1.0)) aria-label="zoom −">"−"</button>
            <button on:click=move |_| crate::components::network::download_svg("[data-testid=timeline] svg", "trame-timeline.svg")>"SVG"</button>
            <button on:click=move |_| crate::components::network::download_svg("[data-testid=timeline] svg", "trame-timeline.png")>"PNG"</button>
            <span class="hint">{move || t(ui(), "timeline_hint")}</span>
        </div>
        <div class="scroll" data-testid="timeline">
            {move || {
                let all = items.get();
                let placed: Vec<&TimelineItem> = all.iter().filter(|i| i.span.is_some()).collect();
                let width = 900.0 * zoom.get();
                let height = ROW * TYPES.len() as f64 + 40.0;
                let (mut lo, mut hi) = placed.iter().filter_map(|i| i.span).fold((i64::MAX, i64::MIN), |(a, b), (s, e)| (a.min(s), b.max(e)));
                if placed.is_empty() {
                    lo = 0;
                    hi = 1;
                }
                if hi - lo < 30 {
                    lo -= 15;
                    hi += 15;
                }
                let x = move |d: i64| LEFT + (d - lo) as f64 / (hi - lo) as f64 * (width - LEFT - 20.0);
                // month or year ticks
                let (y0, m0, _) = trame_engine::date::civil_from_days(lo);
                let (y1, m1, _) = trame_engine::date::civil_from_days(hi);
                let months = (y1 - y0) * 12 + m1 as i32 - m0 as i32;
                let step = if months > 36 { 12 } else if months > 12 { 3 } else { 1 };
                let mut ticks = Vec::new();
                let (mut y, mut m) = (y0, m0);
                while (y, m) <= (y1, m1) {
                    if (m - 1) % step == 0 {
                        let d = trame_engine::date::days_from_civil(y, m, 1);
                        if d >= lo {
                            ticks.push((x(d), if m == 1 || step == 12 { format!("{y}") } else { format!("{y}-{m:02}") }));
                        }
                    }
                    m += 1;
                    if m > 12 {
                        m = 1;
                        y += 1;
                    }
                }
                let rows = TYPES.iter().enumerate().map(|(r, kind)| {
                    let ytop = 30.0 + r as f64 * ROW;
                    let marks = placed.iter().filter(|i| i.kind == *kind).map(|i| {
                        let (s, e) = i.span.unwrap_or((lo, lo));
                        let item = (*i).clone();
                        let title = format!("{} — {}", i.label, i.dates);
                        let (x0, x1) = (x(s), x(e + 1).max(x(s) + 6.0));
                        let class = if i.coarse { "tl-item coarse" } else { "tl-item" };
                        view! {
                            <g class=class tabindex="0" role="button" aria-label=title.clone()
                                on:click={ let item = item.clone(); move |_| select(ctx, &item) }
                                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" { select(ctx, &item) }>
                                <title>{title.clone()}</title>
                                <rect x=x0 y=ytop + 6.0 width=x1 - x0 height=14 rx="3" class=format!("ev-{}", kind.as_str()) />
                                <text x=x0 y=ytop + 34.0 class="tl-label">{i.label.clone()}</text>
                            </g>
                        }
                    }).collect_view();
                    view! {
                        <g>
                            <text x="4" y=ytop + 18.0 class="tl-row">{kind.as_str()}</text>
                            <line x1=LEFT x2=width y1=ytop + 13.0 y2=ytop + 13.0 class="tl-axis" />
                            {marks}
                        </g>
                    }
                }).collect_view();
                let ticks = ticks.into_iter().map(|(tx, label)| view! {
                    <g><line x1=tx x2=tx y1="22" y2=height class="tl-tick" /><text x=tx + 2.0 y="16" class="tl-tick-label">{label}</text></g>
                }).collect_view();
                let unknown: Vec<TimelineItem> = all.iter().filter(|i| i.span.is_none()).cloned().collect();
                view! {
                    <svg width=width height=height viewBox=format!("0 0 {width} {height}") class="timeline" role="img"
                        aria-label=move || t(ui(), "timeline")>
                        {ticks}{rows}
                    </svg>
                    <Show when={ let n = unknown.len(); move || n > 0 }>
                        <p class="hint">{move || t(ui(), "unknown_year")}</p>
                    </Show>
                    <ul class="unknown">
                        {unknown.into_iter().map(|i| {
                            let item = i.clone();
                            view! { <li><button class="link" on:click=move |_| select(ctx, &item)>
                                {format!("⚠ {} — {} ({})", i.label, i.dates, i.kind.as_str())}
                            </button></li> }
                        }).collect_view()}
                    </ul>
                }
            }}
        </div>
    }
}
