//! Trame's syntactic layer: parts of speech for French and English words, from a compact learned
//! model in pure Rust (no I/O, deterministic, the same natively and in wasm).
//!
//! ```
//! use trame_syntax::{tag, Model, Upos};
//!
//! let model = Model::english(); // decode once, keep it
//! let tags = tag(&model, &["The", "ships", "left", "the", "port", "."]);
//! assert_eq!(tags.len(), 6);
//! assert_eq!(tags[5], Upos::Punct);
//! ```
//!
//! The tagger is an averaged perceptron over hashed features (no word list is kept, only
//! weights), trained by `src/bin/train.rs` on Universal Dependencies treebanks; `model/README.md`
//! names them, their licences and the measured scores.

pub mod conllu;
pub mod eval;
mod hash;
mod labels;
mod lexical;
mod model;
mod tagger;
pub mod train;
mod weights;

pub use labels::{Upos, DEPRELS, UPOS};
pub use model::{Model, ModelError};

use lexical::Lex;

/// The UPOS tag of each of `words` (UD syntactic words: see `model/README.md` for how French
/// contractions and English clitics are cut). Linear in the number of words and their length;
/// never panics.
pub fn tag(model: &Model, words: &[&str]) -> Vec<Upos> {
    let lex: Vec<Lex> = words.iter().map(|w| Lex::of(w)).collect();
    let mut tags = Vec::with_capacity(words.len());
    tagger::tag(&model.tagger, &lex, &mut tags);
    tags.into_iter().map(|t| Upos::from_index(usize::from(t))).collect()
}

/// Tag, head (0 the root) and relation index of each word, as [`eval`] scores them.
pub(crate) fn predict(model: &Model, words: &[&str]) -> Vec<conllu::Predicted> {
    tag(model, words).into_iter().map(|t| (t, 0, DEPRELS.len())).collect()
}
