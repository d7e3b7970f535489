// Starts the analysis worker (a module worker): loads wasm-bindgen's module and its wasm, both
// from this site, so the page's Content-Security-Policy needs no blob: URL for workers.
import init from './worker.js';
await init();
