//! What the drawings need from the browser: text widths in the page's font (so labels are placed
//! where they really fit) and the width of a drawing's container, followed as it changes.

use std::cell::RefCell;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// The font of the drawings' labels (the page's font at 12 px, as `style/main.css` sets it).
pub const FONT: &str = "12px system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";
/// The font of the timeline's lane names (the same, semi-bold).
pub const FONT_BOLD: &str = "600 12px system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

thread_local! {
    static CANVAS: RefCell<Option<web_sys::CanvasRenderingContext2d>> = const { RefCell::new(None) };
}

/// The width of `text` drawn in `font`, in CSS pixels (measured on a canvas that is never shown;
/// 7 px a character where no canvas is available).
pub fn text_width(font: &str, text: &str) -> f64 {
    CANVAS.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = document()
                .create_element("canvas")
                .ok()
                .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
                .and_then(|e| e.get_context("2d").ok().flatten())
                .and_then(|cx| cx.dyn_into().ok());
        }
        let measured = c.as_ref().and_then(|cx| {
            cx.set_font(font);
            let measure =
                js_sys::Reflect::get(cx, &"measureText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            let metrics = measure.call1(cx, &text.into()).ok()?;
            js_sys::Reflect::get(&metrics, &"width".into()).ok()?.as_f64()
        });
        measured.unwrap_or(7.0 * text.chars().count() as f64)
    })
}

/// Keeps `width` equal to the content width of the element `el` (a ResizeObserver: the drawing
/// follows its container when the window or the layout changes). Stops when the component goes.
pub fn follow_width(el: NodeRef<Div>, width: RwSignal<f64>) {
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(div) = el.get() else { return };
        width.set(f64::from(div.client_width()));
        let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>().ok();
            if let Some(w) = entry.map(|e| e.content_rect().width()) {
                if width.try_get_untracked().is_some_and(|old| (old - w).abs() >= 1.0) {
                    width.set(w);
                }
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            ro.observe(&div);
            observer.set_value(Some((ro, on_resize)));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|o| {
            if let Some((ro, _)) = o {
                ro.disconnect();
            }
        });
    });
}
