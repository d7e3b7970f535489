//! The article with every mention highlighted by type; evidence of the selected row marked.

use leptos::prelude::*;
use trame_engine::DocumentAnalysis;

use crate::view_model::{segments, type_class};
use crate::Ctx;

/// The annotated text of one analysed document. Article content is only ever inserted as text.
#[component]
pub fn AnnotatedText(
    /// The analysed document.
    doc: DocumentAnalysis,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let doc = StoredValue::new(doc);
    // bring the first highlighted evidence into view after each selection
    Effect::new(move |_| {
        if !ctx.evidence.get().is_empty() {
            request_animation_frame(|| {
                if let Some(el) = document().query_selector(".annotated .ev").ok().flatten() {
                    el.scroll_into_view();
                }
            });
        }
    });
    view! {
        <div class="annotated" data-testid="annotated" tabindex="0">
            {move || {
                let evidence = ctx.evidence.get();
                doc.with_value(|d| {
                    segments(d, &evidence)
                        .into_iter()
                        .map(|s| match s.entity {
                            Some(i) => {
                                let e = &d.entities[i];
                                let class = format!("m {}{}", type_class(e.kind), if s.evidence { " ev" } else { "" });
                                let label = match &e.value {
                                    Some(v) => format!("{} — {} {v}", e.name, e.kind.as_str()),
                                    None => format!("{} — {}", e.name, e.kind.as_str()),
                                };
                                view! { <mark class=class title=label.clone() aria-label=label data-type=e.kind.as_str()>{s.text}</mark> }.into_any()
                            }
                            None if s.evidence => view! { <span class="ev">{s.text}</span> }.into_any(),
                            None => s.text.into_any(),
                        })
                        .collect_view()
                })
            }}
        </div>
    }
}
