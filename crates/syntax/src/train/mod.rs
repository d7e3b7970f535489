//! Training (used by `src/bin/train.rs`, never at run time): averaged perceptrons for the tagger
//! and the parser, trained on gold sentences in a fixed order (a seeded shuffle per epoch), so a
//! rerun on the same files writes the same model.

pub mod names;
mod parse;
pub(crate) mod perceptron;

use crate::conllu::Sentence;
use crate::eval::{score, Scores};
use crate::labels::DEPRELS;
use crate::lexical::Lex;
use crate::model::Model;
use crate::parser::{self, State, MOVES};
use crate::tagger::{self, argmax, START, TAGS};
use crate::weights::{Scorer, Table};
use parse::{projectivise, ParserTrainer};
use perceptron::Perceptron;

/// A training sentence: its words' atoms, gold tags, tags predicted by a tagger that did not see
/// it, projectivised gold heads and relation classes (both 1-based, index 0 unused).
pub struct Item {
    lex: Vec<Lex>,
    tags: Vec<u8>,
    predicted: Vec<u8>,
    heads: Vec<u32>,
    labels: Vec<u8>,
}

/// The relation classes of a training set: the [`DEPRELS`] indices it uses, in that order.
pub fn label_set(sentences: &[Sentence]) -> Vec<u8> {
    let mut used = vec![false; DEPRELS.len()];
    used[0] = true;
    for w in sentences.iter().flat_map(|s| &s.words) {
        used[w.deprel.min(DEPRELS.len() - 1)] = true;
    }
    (0..DEPRELS.len()).filter(|&i| used[i]).map(|i| i as u8).collect()
}

/// The training items of `sentences` (already merged for French) with relation classes `labels`.
pub fn items(sentences: &[Sentence], labels: &[u8]) -> Vec<Item> {
    let class = |d: usize| labels.iter().position(|&l| usize::from(l) == d).unwrap_or(0) as u8;
    sentences
        .iter()
        .map(|s| {
            let n = s.words.len();
            let mut heads: Vec<u32> = std::iter::once(0)
                .chain(s.words.iter().map(|w| if w.head <= n { w.head as u32 } else { 0 }))
                .collect();
            projectivise(&mut heads);
            Item {
                lex: s.words.iter().map(|w| Lex::of(&w.form)).collect(),
                tags: s.words.iter().map(|w| w.upos as u8).collect(),
                predicted: Vec::new(),
                heads,
                labels: std::iter::once(0).chain(s.words.iter().map(|w| class(w.deprel))).collect(),
            }
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
    /// Folds of the jackknife that gives the parser predicted tags.
    pub folds: usize,
    /// Tagger epochs in each fold.
    pub fold_epochs: usize,
    /// log2 of the move table's rows.
    pub move_bits: u32,
    /// log2 of the relation table's rows.
    pub label_bits: u32,
    /// Parser epochs (the best one on the development set is kept).
    pub parser_epochs: usize,
    /// Probability (in 1/1000) of following a wrong move after the first epoch.
    pub explore: u64,
    /// Pruning of the written model, see [`pruned`].
    pub prune: [(u8, u8); 3],
}

impl Default for Config {
    fn default() -> Config {
        Config {
            tagger_bits: 17,
            tagger_epochs: 12,
            clip: 1.0,
            min_weight: 1,
            seed: 7,
            folds: 5,
            fold_epochs: 10,
            move_bits: 19,
            label_bits: 14,
            parser_epochs: 15,
            explore: 900,
            prune: [(3, 2), (6, 3), (6, 3)],
        }
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
        let model = Model::new(
            p.quantised(cfg.clip, cfg.min_weight),
            Table::zeros(1, MOVES),
            Table::zeros(1, 2),
            vec![0, 1],
        );
        let s = score(&model, dev, merge);
        log(&format!("tagger epoch {}: dev UPOS {:.4}", epoch + 1, s.ratio(s.upos)));
        if best.as_ref().is_none_or(|(b, _)| s.upos > *b) {
            best = Some((s.upos, model));
        }
        all.push(s);
    }
    (best.map_or_else(Model::empty, |(_, m)| m), all)
}

/// Gives every item the tags of a tagger trained on the other folds (`cfg.folds` folds by
/// position), so the parser trains on tags as wrong as the ones it will read.
pub fn jackknife(items: &mut [Item], cfg: &Config) {
    let k = cfg.folds.max(2);
    let mut rng = Rng::new(cfg.seed ^ 0x5eed);
    for fold in 0..k {
        let mut p = Perceptron::new(cfg.tagger_bits, TAGS);
        let mut order: Vec<usize> = (0..items.len()).filter(|i| i % k != fold).collect();
        for _ in 0..cfg.fold_epochs {
            rng.shuffle(&mut order);
            tagger_epoch(&mut p, items, &order);
        }
        let table = p.quantised(cfg.clip, cfg.min_weight);
        for it in items.iter_mut().skip(fold).step_by(k) {
            tagger::tag(&table, &it.lex, &mut it.predicted);
        }
    }
}

/// Trains the parser on `train` (jackknifed tags) beside the trained `tagger`, scoring each
/// epoch's model on `dev`, and returns the best model with the scores of every epoch.
pub fn train_parser(
    train: &[Item],
    tagger: &Model,
    labels: &[u8],
    dev: &[Sentence],
    merge: bool,
    cfg: &Config,
    log: &mut dyn FnMut(&str),
) -> (Model, Vec<Scores>) {
    let root_class = labels.iter().position(|&l| l == 0).unwrap_or(0);
    let mut t = ParserTrainer {
        moves: Perceptron::new(cfg.move_bits, MOVES),
        labeler: Perceptron::new(cfg.label_bits, labels.len()),
        root_class,
        explore: 0,
    };
    let mut rng = Rng::new(cfg.seed ^ 0xa5);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let (mut st, mut nodes, mut scores) = (State::default(), Vec::new(), vec![0i32; labels.len()]);
    let mut best: Option<(usize, Model)> = None;
    let mut all = Vec::new();
    for epoch in 0..cfg.parser_epochs {
        rng.shuffle(&mut order);
        t.explore = if epoch == 0 { 0 } else { cfg.explore };
        for &k in &order {
            let it = &train[k];
            parser::atoms(&it.lex, &it.predicted, &mut nodes);
            t.sentence(it, &nodes, &mut st, &mut rng, &mut scores);
        }
        let model = Model::new(
            tagger.tagger.clone(),
            t.moves.quantised(cfg.clip, cfg.min_weight),
            t.labeler.quantised(cfg.clip, cfg.min_weight),
            labels.to_vec(),
        );
        let model = pruned(&model, cfg.prune);
        let s = score(&model, dev, merge);
        log(&format!("parser epoch {}: dev UAS {:.4} LAS {:.4}", epoch + 1, s.ratio(s.uas), s.ratio(s.las)));
        if best.as_ref().is_none_or(|(b, _)| s.las > *b) {
            best = Some((s.las, model));
        }
        all.push(s);
    }
    (best.map_or_else(Model::empty, |(_, m)| m), all)
}

/// `model` without its small weights: per table (tagger, moves, relations), `(row, weight)`:
/// rows whose largest weight is under `row` in magnitude are dropped whole (the feature is
/// forgotten, which is what saves memory traffic at run time), then single weights under
/// `weight`.
pub fn pruned(model: &Model, min: [(u8, u8); 3]) -> Model {
    let cut = |t: &Table, (row, weight): (u8, u8)| {
        let mut w = t.dense();
        for r in w.chunks_mut(t.classes) {
            if r.iter().all(|x| x.unsigned_abs() < row) {
                r.iter_mut().for_each(|x| *x = 0);
            }
            r.iter_mut().filter(|x| x.unsigned_abs() < weight).for_each(|x| *x = 0);
        }
        Table::with(t.bits, t.classes, w)
    };
    Model::new(
        cut(&model.tagger, min[0]),
        cut(&model.moves, min[1]),
        cut(&model.labeler, min[2]),
        model.labels.clone(),
    )
}
