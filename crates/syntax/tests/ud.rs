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

/// Checks `s` against floors of UPOS accuracy, UAS and LAS.
fn check(name: &str, s: &Scores, upos: f64) {
    let got = s.ratio(s.upos);
    eprintln!("{name}: {} words, UPOS {got:.4}", s.words);
    assert!(got >= upos, "{name}: UPOS {got:.4} under its floor {upos}");
}

#[test]
fn english_ewt_test() {
    let s = score(&Model::english(), &load("en_ewt-test.conllu"), false);
    check("EWT test", &s, 0.944);
}

#[test]
fn french_gsd_and_sequoia_test() {
    let model = Model::french();
    check("GSD test", &score(&model, &load("fr_gsd-test.conllu"), true), 0.950);
    check("Sequoia test", &score(&model, &load("fr_sequoia-test.conllu"), true), 0.970);
}
