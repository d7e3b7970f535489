//! Events of the whole corpus on a time axis (SVG): a date axis graduated in days, months or years
//! as the span and the zoom allow, one lane per event type (split into rows so labels never overlap),
//! each event labelled with its dates; month-only dates are spans, unknown years are listed apart
//! (flagged) rather than placed at year 0. Zoom with the buttons, pan by scrolling.

use leptos::prelude::*;
use trame_engine::EventType;

use crate::ctx::Ctx;
use crate::i18n::{event_type, t};
use crate::view::timeline::{axis_ticks, timeline, TimelineItem};

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
/// Height of the date axis above the lanes.
const AXIS: f64 = 40.0;

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
            <button on:click=move |_| zoom.update(|z| *z = (*z * 1.5).min(20.0))
                aria-label=move || t(ui(), "zoom_in") title=move || t(ui(), "zoom_in")>"+"</button>
            <button on:click=move |_| zoom.update(|z| *z = (*z / 1.5).max(1.0))
                aria-label=move || t(ui(), "zoom_out") title=move || t(ui(), "zoom_out")>"−"</button>
            <button data-testid="timeline-svg" title=move || t(ui(), "export_svg") on:click=move |_| crate::components::download::download_svg("[data-testid=timeline] svg", "trame-timeline.svg")>"SVG"</button>
            <button data-testid="timeline-png" title=move || t(ui(), "export_png") on:click=move |_| crate::components::download::download_svg("[data-testid=timeline] svg", "trame-timeline.png")>"PNG"</button>
            <span class="hint">{move || t(ui(), "timeline_hint")}</span>
        </div>
        // events decades apart: a reference date is likely wrong (a year guessed from a historical mention)
        {move || ctx.analyses.with(|a| crate::view::dates::spread(a)).map(|s| view! {
            <p class="warning" role="status" data-testid="span-warning">"⚠ " {move || crate::i18n::Msg::new("span_warning")
                .arg("years", s.to - s.from).arg("from", s.from).arg("to", s.to).arg("docs", s.docs.len()).text(ui())}</p>
        })}
        <div class="scroll" data-testid="timeline">
            {move || {
                let ui = ui();
                let all = items.get();
                let placed: Vec<&TimelineItem> = all.iter().filter(|i| i.span.is_some()).collect();
                let width = 900.0 * zoom.get();
                let (mut lo, mut hi) = placed.iter().filter_map(|i| i.span).fold((i64::MAX, i64::MIN), |(a, b), (s, e)| (a.min(s), b.max(e)));
                if placed.is_empty() {
                    lo = 0;
                    hi = 1;
                }
                // a margin on both sides; at least a week shown
                let pad = ((hi - lo) / 20).max(1);
                lo -= pad;
                hi += pad + 1;
                if hi - lo < 8 {
                    lo -= (8 - (hi - lo)) / 2;
                    hi = lo + 8;
                }
                let x = move |d: i64| LEFT + (d - lo) as f64 / (hi - lo) as f64 * (width - LEFT - 20.0);
                // each type's lane is split into as many rows as needed so that labels do not overlap
                let mut lanes = Vec::new();
                let mut ytop = AXIS;
                for kind in TYPES {
                    let mut mine: Vec<&TimelineItem> = placed.iter().copied().filter(|i| i.kind == kind).collect();
                    mine.sort_by_cached_key(|i| (i.span, i.label(ui)));
                    // the same event told by several documents is drawn once, with their number
                    let mut same: Vec<(&TimelineItem, usize)> = Vec::new();
                    for i in mine {
                        match same.last_mut() {
                            Some((j, n)) if j.span == i.span && j.label(ui) == i.label(ui) => *n += 1,
                            _ => same.push((i, 1)),
                        }
                    }
                    let mut ends: Vec<f64> = Vec::new();
                    let mut marks = Vec::new();
                    for (i, count) in same {
                        let (s, e) = i.span.unwrap_or((lo, lo));
                        let (x0, x1) = (x(s), x(e + 1).max(x(s) + 6.0));
                        let times = if count > 1 { format!(" (×{count})") } else { String::new() };
                        let text = format!("{} · {}{times}", i.label(ui), i.when(ui));
                        let right = x1.max(x0 + 6.5 * text.chars().count() as f64) + 8.0;
                        let row = ends.iter().position(|&end| end <= x0).unwrap_or(ends.len());
                        if row == ends.len() {
                            ends.push(right);
                        } else {
                            ends[row] = right;
                        }
                        marks.push((i.clone(), row, x0, x1, text));
                    }
                    let rows = ends.len().max(1);
                    lanes.push((kind, ytop, rows, marks));
                    ytop += rows as f64 * ROW + 8.0;
                }
                let height = ytop + 4.0;
                let rows = lanes.into_iter().map(|(kind, ytop, n, marks)| {
                    let marks = marks.into_iter().map(|(item, row, x0, x1, text)| {
                        let y = ytop + row as f64 * ROW;
                        let title = format!("{} — {} ({})", item.label(ui), item.when(ui), event_type(ui, item.kind));
                        let class = if item.coarse { "tl-item coarse" } else { "tl-item" };
                        let keyed = item.clone();
                        let label = title.clone();
                        view! {
                            <g class=class tabindex="0" role="button" aria-label=label data-date=item.dates.clone()
                                on:click=move |_| select(ctx, &item)
                                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    select(ctx, &keyed)
                                }>
                                <title>{title}</title>
                                <rect x=x0 y=y + 6.0 width=x1 - x0 height=14 rx="3" class=format!("ev-{}", kind.as_str()) />
                                <text x=x0 y=y + 34.0 class="tl-label">{text}</text>
                            </g>
                        }
                    }).collect_view();
                    let band = n as f64 * ROW;
                    view! {
                        <g class="tl-lane">
                            <rect x="0" y=ytop width=width height=band class="tl-band" />
                            <text x="4" y=ytop + 18.0 class="tl-row">{event_type(ui, kind)}</text>
                            {(0..n).map(|r| view! {
                                <line x1=LEFT x2=width y1=ytop + r as f64 * ROW + 13.0 y2=ytop + r as f64 * ROW + 13.0 class="tl-axis" />
                            }).collect_view()}
                            {marks}
                        </g>
                    }
                }).collect_view();
                let ticks = axis_ticks(lo, hi, width - LEFT - 20.0, ui).into_iter().map(|tick| {
                    let tx = x(tick.day);
                    view! {
                        <g class="tl-tick-g">
                            <line x1=tx x2=tx y1=AXIS - 8.0 y2=height class=if tick.major { "tl-tick major" } else { "tl-tick" } />
                            <text x=tx + 3.0 y=AXIS - 12.0 class="tl-tick-label">{tick.label}</text>
                        </g>
                    }
                }).collect_view();
                let unknown: Vec<TimelineItem> = all.iter().filter(|i| i.span.is_none()).cloned().collect();
                view! {
                    <svg width=width height=height viewBox=format!("0 0 {width} {height}") class="timeline" role="img"
                        aria-label=move || t(ui, "timeline")>
                        <g class="tl-axis-g" data-testid="timeline-axis">
                            <line x1=LEFT x2=width y1=AXIS - 8.0 y2=AXIS - 8.0 class="tl-baseline" />
                            {ticks}
                        </g>
                        {rows}
                    </svg>
                    <Show when={ let n = unknown.len(); move || n > 0 }>
                        <div class="unknown" data-testid="timeline-unknown">
                            <p class="hint">"⚠ " {move || t(ui, "unknown_year")}</p>
                            <ul>
                                {unknown.iter().map(|i| {
                                    let item = i.clone();
                                    view! { <li><button class="link" on:click=move |_| select(ctx, &item)>
                                        {format!("{} — {} ({})", i.label(ui), i.when(ui), event_type(ui, i.kind))}
                                    </button></li> }
                                }).collect_view()}
                            </ul>
                        </div>
                    </Show>
                }
            }}
        </div>
    }
}
