//! A language's model: the tagger's weight table and the parser's two (moves and relations), read
//! from the bytes embedded in the library or from a file the training program wrote.
//!
//! Format (version 2): `TRSY`, a version byte, the number of relation classes and, for each, its
//! index in [`DEPRELS`], then the tagger's, the moves' and the relations' [`Table`]s in their
//! sparse form. The embedded models are laid out ready to use at build time (`build.rs`), so
//! [`Model::english`] and [`Model::french`] decode nothing.

use crate::labels::{DEPRELS, DEPREL_DEP};
use crate::parser::MOVES;
use crate::tagger::TAGS;
use crate::weights::{Reader, Table};
use std::fmt;

const MAGIC: &[u8; 4] = b"TRSY";
const VERSION: u8 = 2;

/// The embedded models' tables in their run-time layout, written by `build.rs`.
mod embedded {
    use crate::weights::Table;
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

/// A model file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub(crate) &'static str);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid syntax model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// The tagger and parser of one language. The embedded ones ([`Model::english`],
/// [`Model::french`]) borrow tables laid out at build time and cost nothing to make; one read
/// from a file ([`Model::from_bytes`]) takes milliseconds and some megabytes to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub(crate) tagger: Table,
    pub(crate) moves: Table,
    pub(crate) labeler: Table,
    /// The [`DEPRELS`] index of each relation class.
    pub(crate) labels: Vec<u8>,
    /// The class of `root`.
    pub(crate) root_class: usize,
}

impl Model {
    /// The English model (trained on UD English-EWT).
    pub fn english() -> Model {
        use embedded::*;
        Model::new(
            ENGLISH_TAGGER.clone(),
            ENGLISH_MOVES.clone(),
            ENGLISH_LABELER.clone(),
            ENGLISH_LABELS.to_vec(),
        )
    }

    /// The French model (trained on UD French-Sequoia and French-GSD's development part).
    pub fn french() -> Model {
        use embedded::*;
        Model::new(
            FRENCH_TAGGER.clone(),
            FRENCH_MOVES.clone(),
            FRENCH_LABELER.clone(),
            FRENCH_LABELS.to_vec(),
        )
    }

    /// A model with no weights (tags everything `ADJ`): what training returns when it ran no
    /// epoch.
    pub(crate) fn empty() -> Model {
        Model::new(
            Table::zeros(1, TAGS),
            Table::zeros(1, MOVES),
            Table::zeros(1, 2),
            vec![0, DEPREL_DEP as u8],
        )
    }

    /// A model of these tables and relation classes (`labels`: indices into [`DEPRELS`], one of
    /// them `root`'s).
    pub(crate) fn new(tagger: Table, moves: Table, labeler: Table, labels: Vec<u8>) -> Model {
        let root_class = labels.iter().position(|&l| l == 0).unwrap_or(0);
        Model { tagger, moves, labeler, labels, root_class }
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(4) != Some(MAGIC.as_slice()) {
            return Err(ModelError("not a model file"));
        }
        if r.u8() != Some(VERSION) {
            return Err(ModelError("unknown version"));
        }
        let n = usize::from(r.u8().ok_or(ModelError("no relations"))?);
        let labels = r.take(n).ok_or(ModelError("no relations"))?.to_vec();
        if n < 2 || labels.iter().any(|&l| usize::from(l) >= DEPRELS.len()) || !labels.contains(&0) {
            return Err(ModelError("bad relations"));
        }
        let tagger = Table::decode(&mut r).ok_or(ModelError("bad tagger table"))?;
        let moves = Table::decode(&mut r).ok_or(ModelError("bad move table"))?;
        let labeler = Table::decode(&mut r).ok_or(ModelError("bad relation table"))?;
        if tagger.classes != TAGS || moves.classes != MOVES || labeler.classes != n {
            return Err(ModelError("bad table classes"));
        }
        if !r.done() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(Model::new(tagger, moves, labeler, labels))
    }

    /// The model's file form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(VERSION);
        out.push(self.labels.len() as u8);
        out.extend_from_slice(&self.labels);
        for t in [&self.tagger, &self.moves, &self.labeler] {
            t.encode(&mut out);
        }
        out
    }

    /// Number of non-zero weights (tagger, moves, relations).
    pub fn weights(&self) -> [usize; 3] {
        [self.tagger.nonzero(), self.moves.nonzero(), self.labeler.nonzero()]
    }

    /// Bytes the model's tables take in memory once decoded (tagger, moves, relations).
    pub fn memory(&self) -> [usize; 3] {
        [self.tagger.memory(), self.moves.memory(), self.labeler.memory()]
    }

    /// The relation of class `c`.
    pub(crate) fn deprel(&self, c: u8) -> usize {
        self.labels.get(usize::from(c)).map_or(DEPREL_DEP, |&l| usize::from(l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static ENGLISH: &[u8] = include_bytes!("../model/en.bin");
    static FRENCH: &[u8] = include_bytes!("../model/fr.bin");

    #[test]
    fn embedded_models_decode() {
        for (bytes, embedded) in [(ENGLISH, Model::english()), (FRENCH, Model::french())] {
            let m = Model::from_bytes(bytes).unwrap();
            assert!(m.weights().iter().all(|&w| w > 1000));
            let back = m.to_bytes();
            assert!(back == bytes, "{} bytes re-encoded as {}", bytes.len(), back.len());
            // the tables laid out by build.rs are the file's, decoded
            assert!(embedded == m, "the embedded model differs from its file");
        }
        assert!(Model::from_bytes(b"TRSY").is_err());
        assert!(Model::from_bytes(&ENGLISH[..ENGLISH.len() - 1]).is_err());
    }
}
