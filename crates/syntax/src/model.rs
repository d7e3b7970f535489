//! A language's model: the tagger's weight table (and, once trained, the parser's), read from the
//! bytes embedded in the library or from a file the training program wrote.
//!
//! Format (version 1): `TRSY`, a version byte, then the tagger's [`Table`] in its sparse form.

use crate::weights::{Reader, Table};
use std::fmt;

const MAGIC: &[u8; 4] = b"TRSY";
const VERSION: u8 = 1;

static ENGLISH: &[u8] = include_bytes!("../model/en.bin");
static FRENCH: &[u8] = include_bytes!("../model/fr.bin");

/// A model file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(&'static str);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid syntax model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// The tagger and parser of one language. Decoding one takes a few milliseconds and some
/// megabytes: build it once ([`Model::english`], [`Model::french`]) and keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub(crate) tagger: Table,
}

impl Model {
    /// The English model (trained on UD English-EWT).
    pub fn english() -> Model {
        // the embedded bytes are checked by this crate's tests
        Model::from_bytes(ENGLISH).unwrap_or_else(|_| Model::empty())
    }

    /// The French model (trained on UD French-Sequoia and French-GSD's development part).
    pub fn french() -> Model {
        Model::from_bytes(FRENCH).unwrap_or_else(|_| Model::empty())
    }

    /// A model with no weights (tags everything `ADJ`): what a caller gets if an embedded model
    /// could not be read, which this crate's tests rule out.
    pub(crate) fn empty() -> Model {
        Model { tagger: Table::zeros(1, crate::tagger::TAGS) }
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
        let tagger = Table::decode(&mut r).ok_or(ModelError("bad tagger table"))?;
        if tagger.classes != crate::tagger::TAGS {
            return Err(ModelError("bad tagger classes"));
        }
        if !r.done() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(Model { tagger })
    }

    /// The model's file form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(VERSION);
        self.tagger.encode(&mut out);
        out
    }

    /// Number of non-zero weights.
    pub fn weights(&self) -> usize {
        self.tagger.nonzero()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_models_decode() {
        for bytes in [ENGLISH, FRENCH] {
            let m = Model::from_bytes(bytes).unwrap();
            assert!(m.weights() > 1000);
            let back = m.to_bytes();
            assert!(back == bytes, "{} bytes re-encoded as {}", bytes.len(), back.len());
        }
        assert!(Model::from_bytes(b"TRSY").is_err());
        assert!(Model::from_bytes(&ENGLISH[..ENGLISH.len() - 1]).is_err());
    }
}
