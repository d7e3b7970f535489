//! Browser tests of the page's components and of the engine under wasm, run by
//! wasm-bindgen-test-runner in headless Chromium (`cargo test -p trame-web --target wasm32-unknown-unknown`).
#![cfg(target_family = "wasm")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

#[wasm_bindgen_test]
fn engine_runs_in_wasm_with_code_point_offsets() {
    let text = "😀 Le ministre russe de la Défense Sergueï Choïgou a reçu à Moscou son homologue chinois.";
    let a = trame_engine::analyze(&trame_engine::Document::new("t", text));
    let chars: Vec<char> = text.chars().collect();
    let russia = a.entities.iter().find(|e| e.name == "Russie").expect("Russia found");
    let m = russia.mentions[0];
    assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "russe");
    assert!(a.entities.iter().any(|e| e.name == "Sergueï Choïgou"));
}

#[wasm_bindgen_test]
async fn pasting_and_analysing_highlights_mentions_as_text() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), trame_web::App);
    let area: web_sys::HtmlTextAreaElement =
        root.query_selector("[data-testid=article]").unwrap().unwrap().unchecked_into();
    area.set_value("La Chine et la Russie ont signé un accord <b>militaire</b>.");
    area.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    let button: web_sys::HtmlElement =
        root.query_selector("[data-testid=analyse]").unwrap().unwrap().unchecked_into();
    button.click();
    // the worker script is not served to component tests: after 4 s the page analyses on the main thread
    for _ in 0..200 {
        gloo::timers::future::TimeoutFuture::new(50).await;
        leptos::task::tick().await;
        if root.query_selector("[data-testid=annotated] mark").unwrap().is_some() {
            break;
        }
    }
    let annotated = root.query_selector("[data-testid=annotated]").unwrap().expect("annotated text shown");
    let marks = annotated.query_selector_all("mark").unwrap();
    let texts: Vec<String> =
        (0..marks.length()).filter_map(|i| marks.item(i)).filter_map(|n| n.text_content()).collect();
    assert!(texts.contains(&"Chine".to_string()) && texts.contains(&"Russie".to_string()), "{texts:?}");
    assert!(annotated.query_selector("b").unwrap().is_none(), "article HTML is never injected");
    assert!(annotated.text_content().unwrap().contains("<b>militaire</b>"));
}
