//! Training (used by `src/bin/train.rs`, never at run time): averaged perceptrons for the tagger
//! and the parser, trained on gold sentences in a fixed order (a seeded shuffle per epoch), so a
//! rerun on the same files writes the same model.

pub(crate) mod perceptron;

use crate::conllu::Sentence;
use crate::eval::{score, Scores};
use crate::lexical::Lex;
use crate::model::Model;
use crate::tagger::{self, argmax, START, TAGS};
use perceptron::Perceptron;

/// A training sentence: its words' atoms and gold tags.
pub struct Item {
    lex: Vec<Lex>,
    tags: Vec<u8>,
}

/// The training items of `sentences` (already merged for French).
pub fn items(sentences: &[Sentence]) -> Vec<Item> {
    sentences
        .iter()
        .map(|s| Item {
            lex: s.words.iter().map(|w| Lex::of(&w.form)).collect(),
            tags: s.words.iter().map(|w| w.upos as u8).collect(),
        })
        .collect()
}

/// A small deterministic generator (SplitMix64) for shuffles.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Shuffles `v` (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// Settings of a training run.
#[derive(Debug, Clone)]
pub struct Config {
    /// log2 of the tagger table's rows.
    pub tagger_bits: u32,
    /// Tagger epochs (the best one on the development set is kept).
    pub tagger_epochs: usize,
    /// Quantile of the weight magnitudes that maps to 127.
    pub clip: f64,
    /// Weights under this many quantisation steps are dropped.
    pub min_weight: i32,
    /// Seed of the shuffles.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config { tagger_bits: 18, tagger_epochs: 12, clip: 1.0, min_weight: 1, seed: 7 }
    }
}

/// One epoch of the tagger over `items` in the order `order`.
fn tagger_epoch(p: &mut Perceptron, items: &[Item], order: &[usize]) {
    let mut f = [0u64; tagger::FEATURES];
    for &k in order {
        let it = &items[k];
        let (mut p1, mut p2) = (START, START);
        for i in 0..it.lex.len() {
            tagger::features(&it.lex, i, p1, p2, &mut f);
            let mut scores = [0i32; TAGS];
            p.add(&f, &mut scores);
            let guess = argmax(&scores);
            let gold = usize::from(it.tags[i]);
            p.tick();
            p.update(&f, gold, guess);
            (p2, p1) = (p1, guess);
        }
    }
}

use crate::weights::Scorer;

/// Trains the tagger on `train`, scoring each epoch's averaged and quantised model on `dev`
/// (`merge`: French), and returns the best model with the scores of every epoch.
pub fn train_tagger(
    train: &[Item],
    dev: &[Sentence],
    merge: bool,
    cfg: &Config,
    log: &mut dyn FnMut(&str),
) -> (Model, Vec<Scores>) {
    let mut p = Perceptron::new(cfg.tagger_bits, TAGS);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(usize, Model)> = None;
    let mut all = Vec::new();
    for epoch in 0..cfg.tagger_epochs {
        rng.shuffle(&mut order);
        tagger_epoch(&mut p, train, &order);
        let model = Model { tagger: p.quantised(cfg.clip, cfg.min_weight) };
        let s = score(&model, dev, merge);
        log(&format!("tagger epoch {}: dev UPOS {:.4}", epoch + 1, s.ratio(s.upos)));
        if best.as_ref().is_none_or(|(b, _)| s.upos > *b) {
            best = Some((s.upos, model));
        }
        all.push(s);
    }
    (best.map_or_else(Model::empty, |(_, m)| m), all)
}
