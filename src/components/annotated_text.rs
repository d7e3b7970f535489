//! The article with every mention highlighted by type; evidence of the selected row marked.
//!
//! A long article is cut into chunks of a few thousand characters: the first ones are drawn at once,
//! the rest a few per task (the page stays responsive with a 100 kB article), and selecting a row
//! redraws only the chunks whose evidence changes.

use leptos::prelude::*;
use trame_engine::DocumentAnalysis;

use crate::ctx::Ctx;
use crate::view::segments::{chunks, segments, type_class, with_evidence, Segment};

/// Characters per chunk.
const CHUNK: usize = 1500;
/// Chunks drawn at once, then per task.
const FIRST: usize = 3;
const STEP: usize = 1;

/// The annotated text of one analysed document. Article content is only ever inserted as text.
#[component]
pub fn AnnotatedText(
    /// The analysed document.
    doc: DocumentAnalysis,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let ui = ctx.ui();
    let parts = chunks(segments(&doc, &[]), CHUNK);
    let total = parts.len();
    let doc = StoredValue::new(doc);
    let parts = StoredValue::new(parts);
    let shown = RwSignal::new(total.min(FIRST));
    // the rest of the text, a few chunks per task
    if total > FIRST {
        leptos::task::spawn_local(async move {
            loop {
                gloo::timers::future::TimeoutFuture::new(0).await;
                let Some(n) = shown.try_get_untracked() else { return };
                if n >= total {
                    return;
                }
                shown.set((n + STEP).min(total));
            }
        });
    }
    // bring the first highlighted evidence into view after each selection (drawn first if need be)
    Effect::new(move |_| {
        if let Some(first) = ctx.evidence.with(|ev| ev.iter().map(|s| s.start).min()) {
            let at = parts.with_value(|p| p.iter().take_while(|(o, _)| *o <= first).count());
            if shown.get_untracked() < at {
                shown.set(at);
            }
            request_animation_frame(|| {
                if let Some(el) = document().query_selector(".annotated .ev").ok().flatten() {
                    el.scroll_into_view();
                }
            });
        }
    });
    let chunk = move |i: usize| {
        let (offset, len): (usize, usize) =
            parts.with_value(|p| (p[i].0, p[i].1.iter().map(|s| s.text.chars().count()).sum()));
        // the evidence within this chunk: unchanged evidence does not redraw it
        let spans = Memo::new(move |_| {
            ctx.evidence.with(|ev| {
                let mut v: Vec<(usize, usize)> = ev
                    .iter()
                    .filter(|s| s.start < offset + len && s.end > offset)
                    .map(|s| (s.start, s.end))
                    .collect();
                v.sort_unstable();
                v
            })
        });
        view! {
            <span class="chunk">
                {move || {
                    let segs = parts.with_value(|p| with_evidence(&p[i].1, offset, &spans.get()));
                    doc.with_value(|d| segs.into_iter().map(|s| segment(d, s, ui)).collect_view())
                }}
            </span>
        }
    };
    view! {
        <div class="annotated" data-testid="annotated" tabindex="0" translate="no" data-chunks=total
            data-complete=move || (shown.get() >= total).to_string()>
            <For each=move || 0..shown.get() key=|i| *i children=chunk />
        </div>
    }
}

fn segment(d: &DocumentAnalysis, s: Segment, ui: crate::i18n::Ui) -> AnyView {
    match s.entity {
        Some(i) => {
            let e = &d.entities[i];
            let class = format!("m {}{}", type_class(e.kind), if s.evidence { " ev" } else { "" });
            let kind = crate::i18n::entity_type(ui, e.kind);
            let label = match &e.value {
                Some(v) => format!("{} — {kind} {v}", e.name),
                None => format!("{} — {kind}", e.name),
            };
            view! { <mark class=class title=label.clone() aria-label=label data-type=e.kind.as_str()>{s.text}</mark> }
                .into_any()
        }
        None if s.evidence => view! { <span class="ev">{s.text}</span> }.into_any(),
        None => s.text.into_any(),
    }
}
