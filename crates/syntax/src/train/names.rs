//! Training the name tagger ([`crate::names`]) on a CoNLL-2003-style file: one word per line,
//! its name label in the last column (IOB1 or IOB2), sentences separated by blank lines,
//! documents by `-DOCSTART-` lines.

use super::perceptron::Perceptron;
use super::Rng;
use crate::lexical::Lex;
use crate::names::{self, best, class, code_of, label_all, spans, Mapped, NameKind, NameModel, NameSpan};
use crate::names::{LABELS, START};
use crate::weights::{Scorer, Table};

/// A training sentence: its words' atoms and gold classes.
pub struct NameItem {
    lex: Vec<Lex>,
    gold: Vec<u8>,
}

/// A sentence's words and their gold classes.
pub type Labelled = (Vec<String>, Vec<u8>);

/// Settings of a training run of the name tagger.
#[derive(Debug, Clone)]
pub struct NameConfig {
    /// Epochs (the best one on the development set is kept).
    pub epochs: usize,
    /// log2 of the table's rows.
    pub bits: u32,
    /// Quantile of the weight magnitudes that is the top code.
    pub clip: f64,
    /// Rows whose 16-bit weights are all under this are dropped.
    pub min_weight: i16,
    /// Seed of the shuffles.
    pub seed: u64,
}

impl Default for NameConfig {
    fn default() -> NameConfig {
        NameConfig { epochs: 12, bits: 18, clip: 1.0, min_weight: 20, seed: 7 }
    }
}

/// The sentences of a CoNLL-2003-style text as (words, gold classes). Labels in IOB1 ("I-ORG"
/// opening a name) are read as IOB2. An error names the first line whose label is unknown.
pub fn read_conll(text: &str) -> Result<Vec<Labelled>, String> {
    let mut out = Vec::new();
    let (mut words, mut classes): (Vec<String>, Vec<u8>) = (Vec::new(), Vec::new());
    let mut prev: Option<NameKind> = None;
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            if !words.is_empty() {
                out.push((std::mem::take(&mut words), std::mem::take(&mut classes)));
            }
            prev = None;
            continue;
        }
        let tag = cols[cols.len() - 1];
        let lab = if tag == "O" {
            None
        } else {
            let (bi, ty) = tag.split_once('-').ok_or(format!("line {}: label {tag:?}", n + 1))?;
            let kind = NameKind::from_conll(ty).ok_or(format!("line {}: label {tag:?}", n + 1))?;
            let begin = bi == "B" || prev != Some(kind);
            Some((kind, begin))
        };
        prev = lab.map(|(k, _)| k);
        words.push(cols[0].to_string());
        classes.push(class(lab) as u8);
    }
    if !words.is_empty() {
        out.push((words, classes));
    }
    Ok(out)
}

/// The training items of `sentences`.
pub fn name_items(sentences: &[Labelled]) -> Vec<NameItem> {
    sentences
        .iter()
        .map(|(w, g)| NameItem { lex: w.iter().map(|w| Lex::of(w)).collect(), gold: g.clone() })
        .collect()
}

/// Counts of exact-span matches per kind (in [`NameKind::ALL`] order): true positives, false
/// positives, false negatives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameScores {
    /// Per kind: (tp, fp, fn).
    pub counts: [(usize, usize, usize); 4],
}

impl NameScores {
    /// F1 over the kinds in `kinds`.
    pub fn f1(&self, kinds: &[NameKind]) -> f64 {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (k, c) in NameKind::ALL.iter().zip(&self.counts) {
            if kinds.contains(k) {
                tp += c.0;
                fp += c.1;
                fn_ += c.2;
            }
        }
        if tp == 0 {
            0.0
        } else {
            2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
        }
    }
}

fn kind_index(k: NameKind) -> usize {
    NameKind::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

/// Scores the classes given by `model` to `items` against their gold.
pub fn score_names(model: &NameModel, items: &[NameItem]) -> NameScores {
    score_with(&Mapped(model), items)
}

fn score_with(model: &impl Scorer, items: &[NameItem]) -> NameScores {
    let mut s = NameScores::default();
    let mut out = Vec::new();
    for it in items {
        label_all(model, &it.lex, &mut out);
        let (got, gold) = (spans(&out), spans(&it.gold));
        let key = |n: &NameSpan| (n.start, n.end, kind_index(n.kind));
        for n in &got {
            let c = &mut s.counts[kind_index(n.kind)];
            if gold.iter().any(|g| key(g) == key(n)) {
                c.0 += 1;
            } else {
                c.1 += 1;
            }
        }
        for g in &gold {
            if !got.iter().any(|n| key(g) == key(n)) {
                s.counts[kind_index(g.kind)].2 += 1;
            }
        }
    }
    s
}

/// Trains the name tagger on `train` (settings `cfg`: averaged weights coded on a log scale
/// whose top is the `clip` quantile of their magnitudes, rows whose codes are all under
/// `min_weight` dropped),
/// scoring each epoch's averaged and quantised model on `dev`; returns the best one on the F1 of
/// persons, organizations and locations, with every epoch's scores.
pub fn train_names(
    train: &[NameItem],
    dev: &[NameItem],
    cfg: &NameConfig,
    log: &mut dyn FnMut(&str),
) -> (NameModel, Vec<NameScores>) {
    let mut p = Perceptron::new(cfg.bits, LABELS);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut f = [0u64; names::FEATURES];
    let mut best_model: Option<(f64, NameModel)> = None;
    let mut all = Vec::new();
    let scored = [NameKind::Person, NameKind::Organization, NameKind::Location];
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let it = &train[k];
            let (mut p1, mut p2) = (START, START);
            let caps = names::headline(&it.lex);
            for i in 0..it.lex.len() {
                names::features(&it.lex, i, p1, p2, caps, &mut f);
                let mut scores = [0i32; LABELS];
                p.add(&f, &mut scores);
                let guess = best(&scores, p1);
                p.tick();
                p.update(&f, usize::from(it.gold[i]), guess);
                (p2, p1) = (p1, guess);
            }
        }
        let avg = p.averaged();
        let model = NameModel::of(coded(cfg.bits, &avg, cfg.clip, cfg.min_weight));
        let s = score_names(&model, dev);
        log(&format!(
            "names epoch {}: dev F1 PER/ORG/LOC {:.4} (all {:.4}, {} rows)",
            epoch + 1,
            s.f1(&scored),
            s.f1(&NameKind::ALL),
            model.rows()
        ));
        let f1 = s.f1(&scored);
        if best_model.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best_model = Some((f1, model));
        }
        all.push(s);
    }
    let empty = || NameModel::of(Table::zeros(1, 2 * LABELS));
    (best_model.map_or_else(empty, |(_, m)| m), all)
}

/// The table of the averaged weights `avg` (`2^bits` rows of [`LABELS`]) as 16-bit weights
/// stored two bytes per label (see [`crate::weights::Table::add_wide`]): the `clip` quantile of
/// the non-zero magnitudes is the top weight; rows whose weights are all under `min` are dropped
/// (the feature is forgotten, which keeps the model small).
fn coded(bits: u32, avg: &[f32], clip: f64, min: i16) -> Table {
    let mut mags: Vec<f32> = avg.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
    let max = if mags.is_empty() {
        1.0
    } else {
        let k = ((mags.len() - 1) as f64 * clip) as usize;
        *mags.select_nth_unstable_by(k, f32::total_cmp).1
    };
    let mut w: Vec<i8> = Vec::with_capacity(2 * avg.len());
    for r in avg.chunks(LABELS) {
        let q: Vec<i16> = r.iter().map(|&x| code_of(x, max)).collect();
        let kept = q.iter().any(|x| x.unsigned_abs() >= min.unsigned_abs());
        let byte = |x: &i16, k: usize| if kept { x.to_le_bytes()[k] as i8 } else { 0 };
        w.extend(q.iter().map(|x| byte(x, 0)));
        w.extend(q.iter().map(|x| byte(x, 1)));
    }
    Table::with(bits, 2 * LABELS, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2() {
        let text = "-DOCSTART- -X- O O\n\nAnna NNP I-PER\nLind NNP I-PER\nvisited VBD O\nOslo NNP B-LOC\n\n";
        let s = read_conll(text).unwrap();
        assert_eq!(s.len(), 1);
        let got = spans(&s[0].1);
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].start, got[0].end, got[0].kind), (0, 2, NameKind::Person));
        assert_eq!(got[1].kind, NameKind::Location);
        assert!(read_conll("Anna NNP I-XYZ\n").is_err());
    }

    #[test]
    fn learns_a_toy_pattern() {
        // capitalised words after "of" and before "Corp" are organizations
        let mut sents = Vec::new();
        for name in ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel"] {
            let text = format!("shares NNS O\nof IN O\n{name} NNP B-ORG\nCorp NNP I-ORG\nrose VBD O\n");
            sents.extend(read_conll(&text).unwrap());
        }
        let items = name_items(&sents);
        let (m, scores) = train_names(
            &items,
            &items,
            &NameConfig { epochs: 5, bits: 10, min_weight: 1, ..NameConfig::default() },
            &mut |_| {},
        );
        assert_eq!(scores.len(), 5);
        let got = crate::names::find_names(&m, &["shares", "of", "Maple", "Corp", "rose"]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].start, got[0].end, got[0].kind), (2, 4, NameKind::Organization));
    }
}
