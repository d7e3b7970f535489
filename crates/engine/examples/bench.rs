//! Measures analysis speed: `cargo run --release -p trame-engine --example bench [FILE...]`.
//! Prints the time to build the gazetteer once, and microseconds per 100 words of each text.

use std::time::Instant;

use trame_engine::{analyze, Document};

fn main() {
    let t = Instant::now();
    let _ = analyze(&Document::new("warm-up", "La Chine."));
    println!("gazetteer built and first analysis: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let files: Vec<String> = std::env::args().skip(1).collect();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable file");
        let words = text.split_whitespace().count().max(1);
        let doc = Document::new(f.clone(), text);
        let runs = 20;
        let t = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(analyze(&doc));
        }
        let per = t.elapsed().as_secs_f64() / runs as f64;
        println!(
            "{f}: {words} words, {:.2} ms, {:.1} µs per 100 words",
            per * 1e3,
            per * 1e6 / words as f64 * 100.0
        );
    }
}
