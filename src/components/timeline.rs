//! Events of the whole corpus on a time axis (SVG): a date axis graduated in days, months or years
//! as the span and the zoom allow, one lane per event type (split into rows so labels never overlap),
//! each event labelled with its dates; month-only dates are spans, unknown years are listed apart
//! (flagged) rather than placed at year 0. The drawing is as wide as its container (times the
//! zoom) and follows it; labels are placed by `view::timeline_layout` so they stay inside.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::measure::{follow_width, text_width, FONT_BOLD};
use crate::ctx::Ctx;
use crate::i18n::{event_type, t, Ui};
use crate::view::timeline::{timeline, TimelineItem};
use crate::view::timeline_layout::{lay_out, Font, Layout, AXIS, ROW};

/// The font of event labels and graduations (11 px, as `style/main.css` sets it).
const FONT_SMALL: &str = "11px system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

fn select(ctx: Ctx, item: &TimelineItem) {
    let ev = ctx.analyses.with_untracked(|a| a[item.doc].events[item.event].evidence.clone());
    ctx.current.set(item.doc);
    ctx.evidence.set(ev);
}

fn measure(s: &str, f: Font) -> f64 {
    text_width(
        match f {
            Font::Normal => FONT_SMALL,
            Font::Bold => FONT_BOLD,
            Font::Small => FONT_SMALL,
        },
        s,
    )
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = move || ctx.ui();
    let zoom = RwSignal::new(1.0f64);
    let items = Memo::new(move |_| ctx.analyses.with(|a| timeline(a)));
    let width = RwSignal::new(0.0f64);
    let container = NodeRef::<Div>::new();
    follow_width(container, width);
    let svg = move || {
        let (w, ui) = (width.get(), ui());
        (w > 0.0).then(|| items.with(|all| draw(ctx, &lay_out(all, w * zoom.get(), ui, &measure), ui)))
    };
    let unknown = move || {
        let ui = ui();
        let unknown: Vec<TimelineItem> =
            items.with(|all| all.iter().filter(|i| i.span.is_none()).cloned().collect());
        (!unknown.is_empty()).then(|| view! {
            <div class="unknown" data-testid="timeline-unknown">
                <p class="hint">"⚠ " {t(ui, "unknown_year")}</p>
                <ul>
                    {unknown.into_iter().map(|i| {
                        let text = format!("{} — {} ({})", i.label(ui), i.when(ui), event_type(ui, i.kind));
                        view! { <li><button class="link" on:click=move |_| select(ctx, &i)>{text}</button></li> }
                    }).collect_view()}
                </ul>
            </div>
        })
    };
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
        <div class="scroll drawing" data-testid="timeline" node_ref=container>{svg}</div>
        {unknown}
    }
}

/// The drawing of a laid-out timeline.
fn draw(ctx: Ctx, l: &Layout, ui: Ui) -> impl IntoView {
    let (width, height, left) = (l.width, l.height, l.left);
    let lanes = l
        .lanes
        .iter()
        .map(|lane| {
            let band = lane.rows as f64 * ROW;
            let top = lane.top;
            view! {
                <g class="tl-lane">
                    <rect x="0" y=top width=width height=band class="tl-band" />
                    <text x="4" y=top + 18.0 class="tl-row">{event_type(ui, lane.kind)}</text>
                    {(0..lane.rows).map(|r| {
                        let y = top + r as f64 * ROW + 13.0;
                        view! { <line x1=left x2=width y1=y y2=y class="tl-axis" /> }
                    }).collect_view()}
                </g>
            }
        })
        .collect_view();
    let marks = l
        .marks
        .iter()
        .map(|m| {
            let title = format!("{} — {} ({})", m.item.label(ui), m.item.when(ui), event_type(ui, m.kind));
            let class = if m.item.coarse { "tl-item coarse" } else { "tl-item" };
            let (item, keyed, aria) = (m.item.clone(), m.item.clone(), title.clone());
            view! {
                <g class=class tabindex="0" role="button" aria-label=aria data-date=m.item.dates.clone()
                    on:click=move |_| select(ctx, &item)
                    on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        select(ctx, &keyed)
                    }>
                    <title>{title}</title>
                    <rect x=m.x0 y=m.y + 6.0 width=m.x1 - m.x0 height=14 rx="3" class=format!("ev-{}", m.kind.as_str()) />
                    <text x=m.lx y=m.y + 34.0 text-anchor=m.anchor.svg() class="tl-label"
                        data-shortened=(m.text != m.full).to_string()>{m.text.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let ticks = l
        .ticks
        .iter()
        .map(|tick| {
            let tx = tick.x;
            view! {
                <g class="tl-tick-g">
                    <line x1=tx x2=tx y1=AXIS - 8.0 y2=height class=if tick.major { "tl-tick major" } else { "tl-tick" } />
                    {tick.label.clone().map(|label| view! { <text x=tx + 3.0 y=AXIS - 12.0 class="tl-tick-label">{label}</text> })}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg width=width height=height viewBox=format!("0 0 {width} {height}") class="timeline" role="img"
            aria-label=t(ui, "timeline")>
            <g class="tl-axis-g" data-testid="timeline-axis">
                <line x1=left x2=width y1=AXIS - 8.0 y2=AXIS - 8.0 class="tl-baseline" />
                {ticks}
            </g>
            {lanes}
            {marks}
        </svg>
    }
}
