//! Trains the English and French models on the UD treebanks and writes them to `model/`.
//!
//! `cargo run --release -p trame-syntax --bin train -- [en|fr|all] [--ud DIR] [--out DIR]`
//!
//! English: EWT train, tuned on EWT dev. French: Sequoia train plus GSD dev without
//! `fr-ud-dev_00498` (its text is also in GSD test), contractions merged, tuned on Sequoia dev.
//! Prints the development and test scores; the same files give the same model.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use trame_syntax::conllu::{read, Sentence};
use trame_syntax::eval::{score, Scores};
use trame_syntax::train::{items, train_tagger, Config};

/// Reads one CoNLL-U file of the UD directory.
fn load(ud: &Path, name: &str) -> Result<Vec<Sentence>, String> {
    let path = ud.join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    read(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One line of scores.
fn line(name: &str, s: &Scores) -> String {
    format!(
        "{name:<16} words {:>6}  UPOS {:.4}  UAS {:.4}  LAS {:.4}  LAS(full labels) {:.4}",
        s.words,
        s.ratio(s.upos),
        s.ratio(s.uas),
        s.ratio(s.las),
        s.ratio(s.las_full)
    )
}

/// Trains one language's model and writes it.
fn run(lang: &str, ud: &Path, out: &Path, cfg: &Config) -> Result<(), String> {
    let (train, dev, tests, merge) = match lang {
        "en" => (
            load(ud, "en_ewt-train.conllu")?,
            load(ud, "en_ewt-dev.conllu")?,
            vec![("EWT test", load(ud, "en_ewt-test.conllu")?)],
            false,
        ),
        "fr" => {
            let mut train = load(ud, "fr_sequoia-train.conllu")?;
            train.extend(load(ud, "fr_gsd-dev.conllu")?.into_iter().filter(|s| s.id != "fr-ud-dev_00498"));
            let tests = vec![
                ("GSD test", load(ud, "fr_gsd-test.conllu")?),
                ("Sequoia test", load(ud, "fr_sequoia-test.conllu")?),
            ];
            (train, load(ud, "fr_sequoia-dev.conllu")?, tests, true)
        }
        _ => return Err(format!("unknown language {lang}")),
    };
    let train: Vec<Sentence> = if merge { train.iter().map(Sentence::merged).collect() } else { train };
    eprintln!("{lang}: {} training sentences", train.len());
    let data = items(&train);
    let (model, _) = train_tagger(&data, &dev, merge, cfg, &mut |m| eprintln!("{lang}: {m}"));
    let bytes = model.to_bytes();
    let path = out.join(format!("{lang}.bin"));
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{lang}: {} bytes, {} weights -> {}", bytes.len(), model.weights(), path.display());
    println!("{}", line("dev", &score(&model, &dev, merge)));
    for (name, t) in &tests {
        println!("{}", line(name, &score(&model, t, merge)));
    }
    Ok(())
}

fn main() -> ExitCode {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut ud = here.join("../../../shared/ud");
    let mut out = here.join("model");
    let mut langs = vec!["en".to_string(), "fr".to_string()];
    let mut cfg = Config::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--ud" => ud = args.next().map(PathBuf::from).unwrap_or(ud),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            "--tagger-epochs" => cfg.tagger_epochs = args.next().and_then(|v| v.parse().ok()).unwrap_or(12),
            "--tagger-bits" => cfg.tagger_bits = args.next().and_then(|v| v.parse().ok()).unwrap_or(18),
            "--clip" => cfg.clip = args.next().and_then(|v| v.parse().ok()).unwrap_or(1.0),
            "--min-weight" => cfg.min_weight = args.next().and_then(|v| v.parse().ok()).unwrap_or(1),
            "en" | "fr" => langs = vec![a],
            "all" => {}
            _ => {
                eprintln!("usage: train [en|fr|all] [--ud DIR] [--out DIR] [--tagger-epochs N]");
                return ExitCode::from(2);
            }
        }
    }
    for lang in &langs {
        if let Err(e) = run(lang, &ud, &out, &cfg) {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
