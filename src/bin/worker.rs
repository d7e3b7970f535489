//! Entry point of the analysis web worker (built by trunk as a second wasm module).

use gloo_worker::Registrable;

fn main() {
    console_error_panic_hook::set_once();
    trame_web::worker::AnalysisWorker::registrar().encoding::<trame_web::worker::Json>().register();
}
