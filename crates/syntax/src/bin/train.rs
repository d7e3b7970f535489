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
use trame_syntax::train::names::NameConfig;
use trame_syntax::train::{items, jackknife, label_set, train_parser, train_tagger, Config};

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
    let labels = label_set(&train);
    let mut data = items(&train, &labels);
    let (tagger, _) = train_tagger(&data, &dev, merge, cfg, &mut |m| eprintln!("{lang}: {m}"));
    jackknife(&mut data, cfg);
    let (model, _) =
        train_parser(&data, &tagger, &labels, &dev, merge, cfg, &mut |m| eprintln!("{lang}: {m}"));
    let bytes = model.to_bytes();
    let path = out.join(format!("{lang}.bin"));
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{lang}: {} bytes, {:?} weights -> {}", bytes.len(), model.weights(), path.display());
    println!("{}", line("dev", &score(&model, &dev, merge)));
    for (name, t) in &tests {
        println!("{}", line(name, &score(&model, t, merge)));
    }
    Ok(())
}

/// Scores `model` pruned in several ways on `dev` and writes each to `out` (to weigh them).
fn sweep(lang: &str, ud: &Path, out: &Path) -> Result<(), String> {
    let (dev, merge) = match lang {
        "en" => (load(ud, "en_ewt-dev.conllu")?, false),
        _ => (load(ud, "fr_sequoia-dev.conllu")?, true),
    };
    let bytes = std::fs::read(out.join(format!("{lang}.bin"))).map_err(|e| e.to_string())?;
    let model = trame_syntax::Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let grid: [[(u8, u8); 3]; 8] = [
        [(1, 1), (1, 1), (1, 1)],
        [(3, 2), (6, 3), (6, 3)],
        [(3, 2), (8, 3), (8, 3)],
        [(3, 2), (10, 3), (10, 3)],
        [(3, 2), (12, 4), (12, 4)],
        [(4, 3), (14, 4), (14, 4)],
        [(3, 2), (8, 4), (12, 4)],
        [(3, 2), (12, 4), (8, 4)],
    ];
    for min in grid {
        let m = trame_syntax::train::pruned(&model, min);
        let b = m.to_bytes();
        let name = format!(
            "{lang}-{}.{}-{}.{}-{}.{}.bin",
            min[0].0, min[0].1, min[1].0, min[1].1, min[2].0, min[2].1
        );
        std::fs::write(out.join(&name), &b).map_err(|e| e.to_string())?;
        println!("{}", line(&format!("{name} {}", b.len()), &score(&m, &dev, merge)));
    }
    Ok(())
}

/// Seconds of processor time this thread has run (Linux's schedstat; wall time elsewhere), so a
/// machine shared with other work still gives a fair rate.
fn cpu_seconds(wall: std::time::Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
}

/// Times tagging and parsing the test sentences with the model in `out` (one thread).
fn bench(lang: &str, ud: &Path, out: &Path) -> Result<(), String> {
    let file = if lang == "en" { "en_ewt-test.conllu" } else { "fr_gsd-test.conllu" };
    let sents: Vec<Sentence> = load(ud, file)?.iter().map(Sentence::merged).collect();
    let bytes = std::fs::read(out.join(format!("{lang}.bin"))).map_err(|e| e.to_string())?;
    let t0 = std::time::Instant::now();
    let model = trame_syntax::Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let load = t0.elapsed();
    let mut words: Vec<Vec<&str>> =
        sents.iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    // BENCH_JOIN=k reads every k sentences as one (to see that long sentences cost no more)
    if let Some(k) = std::env::var("BENCH_JOIN").ok().and_then(|v| v.parse::<usize>().ok()).filter(|&k| k > 1)
    {
        words = words.chunks(k).map(|c| c.concat()).collect();
    }
    let n: usize = words.iter().map(Vec::len).sum();
    let (mut ws, mut nodes) = (trame_syntax::Workspace::default(), Vec::new());
    let mut tags = 0usize;
    let wall = std::time::Instant::now();
    let rounds: usize = std::env::var("BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let t = cpu_seconds(wall);
    for _ in 0..rounds {
        for w in &words {
            tags += trame_syntax::tag(&model, w).len();
        }
    }
    let tag_rate = (rounds * n) as f64 / (cpu_seconds(wall) - t);
    let t = cpu_seconds(wall);
    for _ in 0..rounds {
        for w in &words {
            trame_syntax::parse_into(&model, w, &mut ws, &mut nodes);
        }
    }
    let rate = (rounds * n) as f64 / (cpu_seconds(wall) - t);
    println!("{lang}: tables in memory {:?} bytes", model.memory());
    println!("{lang}: load {load:.1?}; tagger alone {tag_rate:.0} words/s; tag and parse {rate:.0} words/s ({tags} tags)");
    Ok(())
}

/// Prints the commonest errors of the model in `out` on the development set: tag confusions and
/// the gold relations whose words most often get a wrong head.
fn errors(lang: &str, ud: &Path, out: &Path) -> Result<(), String> {
    use std::collections::BTreeMap;
    let (dev, merge) = match lang {
        "en" => (load(ud, "en_ewt-dev.conllu")?, false),
        _ => (load(ud, "fr_sequoia-dev.conllu")?, true),
    };
    let bytes = std::fs::read(out.join(format!("{lang}.bin"))).map_err(|e| e.to_string())?;
    let model = trame_syntax::Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let (mut tags, mut rels) = (BTreeMap::new(), BTreeMap::new());
    for g in &dev {
        let input = if merge { g.merged() } else { g.clone() };
        let words: Vec<&str> = input.words.iter().map(|w| w.form.as_str()).collect();
        let nodes = trame_syntax::tag_and_parse(&model, &words);
        for (w, n) in input.words.iter().zip(&nodes) {
            if w.upos != n.upos {
                *tags.entry((w.upos.as_str(), n.upos.as_str())).or_insert(0) += 1;
            }
            let e = rels.entry(trame_syntax::DEPRELS[w.deprel]).or_insert((0, 0, 0));
            e.0 += 1;
            if n.head.map_or(0, |h| h + 1) != w.head {
                e.1 += 1;
            } else if n.deprel != trame_syntax::DEPRELS[w.deprel] {
                e.2 += 1;
            }
        }
    }
    let mut t: Vec<_> = tags.into_iter().collect();
    t.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    println!("tag confusions (gold -> predicted): {:?}", &t[..t.len().min(15)]);
    let mut r: Vec<_> = rels.into_iter().collect();
    r.sort_by_key(|&(_, (_, h, l))| std::cmp::Reverse(h + l));
    for (rel, (n, h, l)) in r.iter().take(20) {
        println!(
            "{rel:<14} {n:>5} words, wrong head {h:>4} ({:.2}), right head wrong label {l:>4}",
            *h as f64 / *n as f64
        );
    }
    Ok(())
}

/// Trains the English name tagger on the CoNLL-2003 training file of `dir` (`train.txt`),
/// keeping the epoch best on its development file (`valid.txt`), and writes
/// `model/en-names.bin`. The test file is never read.
fn names(dir: &Path, out: &Path, cfg: &NameConfig) -> Result<(), String> {
    use trame_syntax::train::names::{name_items, read_conll, train_names};
    let load = |f: &str| -> Result<_, String> {
        let path = dir.join(f);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        read_conll(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let (train, dev) = (name_items(&load("train.txt")?), name_items(&load("valid.txt")?));
    eprintln!("names: {} training sentences, {} development sentences", train.len(), dev.len());
    let (model, _) = train_names(&train, &dev, cfg, &mut |m| eprintln!("{m}"));
    let bytes = model.to_bytes();
    let path = out.join("en-names.bin");
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("names: {} bytes, {} rows -> {}", bytes.len(), model.rows(), path.display());
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
            "--tagger-bits" => cfg.tagger_bits = args.next().and_then(|v| v.parse().ok()).unwrap_or(17),
            "--clip" => cfg.clip = args.next().and_then(|v| v.parse().ok()).unwrap_or(1.0),
            "--parser-epochs" => cfg.parser_epochs = args.next().and_then(|v| v.parse().ok()).unwrap_or(15),
            "--explore" => cfg.explore = args.next().and_then(|v| v.parse().ok()).unwrap_or(900),
            "--move-bits" => cfg.move_bits = args.next().and_then(|v| v.parse().ok()).unwrap_or(19),
            "--label-bits" => cfg.label_bits = args.next().and_then(|v| v.parse().ok()).unwrap_or(14),
            "--min-weight" => cfg.min_weight = args.next().and_then(|v| v.parse().ok()).unwrap_or(1),
            "en" | "fr" => langs = vec![a],
            "--bench" => {
                for lang in &langs {
                    if let Err(e) = bench(lang, &ud, &out) {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                return ExitCode::SUCCESS;
            }
            "--errors" => {
                for lang in &langs {
                    if let Err(e) = errors(lang, &ud, &out) {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                return ExitCode::SUCCESS;
            }
            "--sweep" => {
                for lang in &langs {
                    if let Err(e) = sweep(lang, &ud, &out) {
                        eprintln!("error: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                return ExitCode::SUCCESS;
            }
            "names" => {
                let dir = args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("conll2003"));
                return match names(&dir, &out, &NameConfig::default()) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("error: {e}");
                        ExitCode::FAILURE
                    }
                };
            }
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
