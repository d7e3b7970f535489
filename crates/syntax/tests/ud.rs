//! The models' scores on the UD test splits (gold tokenisation), kept above floors a little under
//! the figures measured when the models were trained (`model/README.md`). The treebanks are read
//! from `../shared/ud` beside the repository; the test fails, loudly, when they are missing.

use std::path::PathBuf;
use trame_syntax::conllu::{read, Sentence};
use trame_syntax::eval::{score, Scores};
use trame_syntax::Model;

/// The sentences of one test file.
fn load(name: &str) -> Vec<Sentence> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ud");
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e} (the UD treebanks must be in ../shared/ud beside the repository)", path.display())
    });
    let sentences = read(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(sentences.len() > 300, "{}: too few sentences", path.display());
    sentences
}

/// Checks `s` against floors of UPOS accuracy, UAS and LAS (universal relations).
fn check(name: &str, s: &Scores, [upos, uas, las]: [f64; 3]) {
    let got = [s.ratio(s.upos), s.ratio(s.uas), s.ratio(s.las)];
    eprintln!("{name}: {} words, UPOS {:.4}, UAS {:.4}, LAS {:.4}", s.words, got[0], got[1], got[2]);
    for (what, g, floor) in [("UPOS", got[0], upos), ("UAS", got[1], uas), ("LAS", got[2], las)] {
        assert!(g >= floor, "{name}: {what} {g:.4} under its floor {floor}");
    }
}

#[test]
fn english_ewt_test() {
    let s = score(&Model::english(), &load("en_ewt-test.conllu"), false);
    check("EWT test", &s, [0.944, 0.825, 0.790]);
}

#[test]
fn french_gsd_and_sequoia_test() {
    let model = Model::french();
    check("GSD test", &score(&model, &load("fr_gsd-test.conllu"), true), [0.948, 0.822, 0.778]);
    check("Sequoia test", &score(&model, &load("fr_sequoia-test.conllu"), true), [0.972, 0.869, 0.840]);
}
