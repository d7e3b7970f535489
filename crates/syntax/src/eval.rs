//! Scores against a gold treebank with gold tokenisation: UPOS accuracy, UAS, and LAS (on the
//! universal part of the relation, as the CoNLL 2018 evaluation counts it, and on the full label),
//! over every word, punctuation included.

use crate::conllu::{expand, Predicted, Sentence};
use crate::labels::DEPRELS;
use crate::Model;

/// Counts of correct words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Right tag.
    pub upos: usize,
    /// Right head.
    pub uas: usize,
    /// Right head and universal relation.
    pub las: usize,
    /// Right head and full relation (subtype included).
    pub las_full: usize,
}

impl Scores {
    /// `n` over the words scored.
    pub fn ratio(&self, n: usize) -> f64 {
        n as f64 / self.words.max(1) as f64
    }
}

/// The universal part of a relation index.
fn base(rel: usize) -> &'static str {
    DEPRELS.get(rel).map_or("", |d| d.split(':').next().unwrap_or(d))
}

/// Scores `model` on `gold`; with `merge`, the model reads each multiword token as one word
/// ([`Sentence::merged`], the French model) and its prediction is expanded back to UD's words.
pub fn score(model: &Model, gold: &[Sentence], merge: bool) -> Scores {
    let mut s = Scores::default();
    for g in gold {
        let input = if merge { g.merged() } else { g.clone() };
        let words: Vec<&str> = input.words.iter().map(|w| w.form.as_str()).collect();
        let mut pred: Vec<Predicted> = crate::predict(model, &words);
        if merge {
            pred = expand(g, &pred);
        }
        for (w, &(upos, head, rel)) in g.words.iter().zip(&pred) {
            s.words += 1;
            s.upos += usize::from(w.upos == upos);
            if w.head == head {
                s.uas += 1;
                s.las += usize::from(base(w.deprel) == base(rel));
                s.las_full += usize::from(w.deprel == rel);
            }
        }
    }
    s
}
