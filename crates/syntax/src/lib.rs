//! Trame's syntactic layer: parts of speech and a Universal Dependencies tree for French and
//! English sentences, from compact learned models in pure Rust (no I/O, deterministic, the same
//! natively and in wasm).
//!
//! ```
//! use trame_syntax::{tag_and_parse, Model, Upos};
//!
//! let model = Model::english(); // decode once, keep it
//! let nodes = tag_and_parse(&model, &["The", "navy", "sent", "two", "ships", "."]);
//! assert_eq!(nodes.len(), 6);
//! assert_eq!(nodes[5].upos, Upos::Punct);
//! assert_eq!(nodes.iter().filter(|n| n.head.is_none()).count(), 1); // one root
//! ```
//!
//! The tagger (greedy, left to right) and the parser (arc-hybrid transitions, greedy) are
//! averaged perceptrons over hashed features: no word list is kept, only weights. They are
//! trained by `src/bin/train.rs` on Universal Dependencies treebanks; `model/README.md` names
//! them, their licences, how words are cut and the measured scores.

pub mod conllu;
pub mod eval;
mod hash;
mod labels;
mod lexical;
mod model;
pub mod names;
mod parser;
mod tagger;
pub mod train;
mod weights;

pub use labels::{Upos, DEPRELS, UPOS};
pub use model::{Model, ModelError};

use lexical::Lex;

/// A word's analysis: its tag, its head and the relation to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    /// Part of speech.
    pub upos: Upos,
    /// The head's index among the sentence's words; `None` for the sentence's root.
    pub head: Option<usize>,
    /// The UD relation to the head, subtype included ("nsubj:pass", "obl:agent", "acl:relcl";
    /// "root" for the root).
    pub deprel: &'static str,
}

impl Node {
    /// The universal part of the relation ("obl" for "obl:agent").
    pub fn rel(&self) -> &'static str {
        self.deprel.split(':').next().unwrap_or(self.deprel)
    }
}

/// Buffers reused from sentence to sentence, so parsing many sentences allocates nothing once
/// they have grown to the longest one.
#[derive(Debug, Default)]
pub struct Workspace {
    lex: Vec<Lex>,
    tags: Vec<u8>,
    atoms: Vec<parser::Atoms>,
    state: parser::State,
    scores: Vec<i32>,
    slots: Vec<parser::SlotScores>,
}

/// The tag, head and relation of each of `words` (UD syntactic words: see `model/README.md` for
/// how French contractions and English clitics are cut). Exactly one word is the root; linear in
/// the number of words and their length; never panics.
pub fn tag_and_parse(model: &Model, words: &[&str]) -> Vec<Node> {
    let mut out = Vec::with_capacity(words.len());
    parse_into(model, words, &mut Workspace::default(), &mut out);
    out
}

/// [`tag_and_parse`] into `out` (cleared first), with buffers from `ws`.
pub fn parse_into(model: &Model, words: &[&str], ws: &mut Workspace, out: &mut Vec<Node>) {
    out.clear();
    ws.lex.clear();
    ws.lex.extend(words.iter().map(|w| Lex::of(w)));
    tagger::tag(&model.tagger, &ws.lex, &mut ws.tags);
    parser::atoms(&ws.lex, &ws.tags, &mut ws.atoms);
    ws.scores.clear();
    ws.scores.resize(model.labels.len(), 0);
    parser::parse(
        &model.moves,
        &model.labeler,
        model.root_class,
        &ws.atoms,
        &mut ws.state,
        &mut ws.scores,
        &mut ws.slots,
    );
    let st = &ws.state;
    for (i, &t) in ws.tags.iter().enumerate() {
        let h = st.heads.get(i + 1).copied().unwrap_or(0);
        let head = if h == 0 || h == parser::NONE { None } else { Some(h as usize - 1) };
        let rel = st.labels.get(i + 1).map_or(labels::DEPREL_DEP, |&c| model.deprel(c));
        let deprel = if head.is_none() { "root" } else { DEPRELS.get(rel).copied().unwrap_or("dep") };
        out.push(Node { upos: Upos::from_index(usize::from(t)), head, deprel });
    }
}

/// The UPOS tag of each of `words` (the tagger alone).
pub fn tag(model: &Model, words: &[&str]) -> Vec<Upos> {
    let lex: Vec<Lex> = words.iter().map(|w| Lex::of(w)).collect();
    let mut tags = Vec::with_capacity(words.len());
    tagger::tag(&model.tagger, &lex, &mut tags);
    tags.into_iter().map(|t| Upos::from_index(usize::from(t))).collect()
}

/// Tag, head (0 the root) and relation index of each word, as [`eval`] scores them.
pub(crate) fn predict(model: &Model, words: &[&str]) -> Vec<conllu::Predicted> {
    tag_and_parse(model, words)
        .into_iter()
        .map(|n| {
            let rel = DEPRELS.iter().position(|&d| d == n.deprel).unwrap_or(labels::DEPREL_DEP);
            (n.upos, n.head.map_or(0, |h| h + 1), rel)
        })
        .collect()
}
