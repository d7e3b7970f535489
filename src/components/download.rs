//! Files offered for download, made in the page (Blob and data URLs: nothing leaves the machine):
//! text exports, and the drawings as SVG (styles inlined) or PNG.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `content` as a file download (through a Blob URL: nothing leaves the machine).
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Downloads the SVG drawing matched by `selector`, with its styles inlined for use elsewhere.
pub fn download_svg(selector: &str, name: &str) {
    let Some(svg) = document().query_selector(selector).ok().flatten() else { return };
    let style = "<style>text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}\
        .node text,.tl-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}line.rel-cooperation{stroke:#2e9e5b}\
        line.rel-opposition{stroke:#c23b3b;stroke-dasharray:6 3}line.rel-support{stroke:#2b7bd9;stroke-dasharray:2 3}\
        line.rel-affiliation{stroke:#8a8f98;stroke-dasharray:8 2 2 2}circle{stroke:#222}circle.m-person{fill:#fde2c4}\
        circle.m-country{fill:#cfe3ff}circle.m-organization{fill:#dcf5d3}circle.m-place{fill:#f1d7f7}\
        rect{stroke:#222}rect.ev-exercise{fill:#d9822b}rect.ev-visit{fill:#2b7bd9}rect.ev-meeting{fill:#7b4fc9}\
        rect.ev-agreement{fill:#2e9e5b}rect.ev-deployment{fill:#c23b3b}rect.ev-patrol{fill:#6b7a8f}\
        .tl-tick,.tl-axis{stroke:#ccc}.tl-tick{stroke-dasharray:2 3}.tl-tick.major{stroke:#999;stroke-dasharray:none}\
        .tl-baseline{stroke:#888}.tl-tick-label{fill:#555;font-size:11px}.tl-label{font-size:11px}.tl-row{font-weight:600}\
        rect.tl-band{fill:none;stroke:none}.tl-lane:nth-of-type(even) rect.tl-band{fill:#f4f4f2}\
        .tl-item.coarse rect{fill-opacity:.45;stroke-dasharray:4 2}</style>";
    // a name holding a control character would make the file unreadable XML
    let body = crate::view::export::xml_chars(&svg.outer_html());
    let body = body.replacen('>', &format!(" xmlns=\"http://www.w3.org/2000/svg\">{style}"), 1);
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

/// "Download Trame": the offline copy, one HTML file that works with no network. On the hosted
/// site it is a link to `trame-offline.html`; in the offline copy itself (no such file next to
/// it) the copy saves its own markup, kept by its loader before the page started.
#[component]
pub fn OfflineButton() -> impl IntoView {
    let ctx = expect_context::<crate::ctx::Ctx>();
    let ui = move || ctx.ui();
    let on_click = move |ev: web_sys::MouseEvent| {
        let own = js_sys::Reflect::get(&window(), &"trameSelf".into()).ok().and_then(|v| v.as_string());
        if let Some(html) = own {
            ev.prevent_default();
            download("trame.html", "text/html;charset=utf-8", &html);
            ctx.tell(crate::i18n::Msg::new("offline_self"));
        }
    };
    view! {
        <a class="button" href="trame-offline.html" download="trame.html" data-testid="download-app"
            title=move || crate::i18n::t(ui(), "offline_hint") on:click=on_click>
            {move || crate::i18n::t(ui(), "offline")}
        </a>
    }
}
