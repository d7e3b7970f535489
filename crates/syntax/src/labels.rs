//! The Universal Dependencies tag sets the models predict: the 17 UPOS tags and the dependency
//! relations (universal labels and the subtypes English-EWT, French-GSD and French-Sequoia use).
//!
//! A model stores its labels as indices into [`DEPRELS`], so a relation is a `&'static str` the
//! caller can compare with `==` and no string is allocated per parse.

/// A universal part-of-speech tag (UD UPOS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition (preposition); also a French contraction kept whole ("du", "au").
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Common noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other.
    X,
}

/// Every UPOS tag, in the order of its discriminant.
pub const UPOS: [Upos; 17] = [
    Upos::Adj,
    Upos::Adp,
    Upos::Adv,
    Upos::Aux,
    Upos::Cconj,
    Upos::Det,
    Upos::Intj,
    Upos::Noun,
    Upos::Num,
    Upos::Part,
    Upos::Pron,
    Upos::Propn,
    Upos::Punct,
    Upos::Sconj,
    Upos::Sym,
    Upos::Verb,
    Upos::X,
];

const UPOS_NAMES: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
    "SCONJ", "SYM", "VERB", "X",
];

impl Upos {
    /// The tag as UD writes it ("NOUN").
    pub fn as_str(self) -> &'static str {
        UPOS_NAMES[self as usize]
    }

    /// The tag UD writes as `s`, if any.
    pub fn parse(s: &str) -> Option<Upos> {
        UPOS_NAMES.iter().position(|&n| n == s).map(|i| UPOS[i])
    }

    /// The tag of index `i` (its discriminant); `X` when out of range.
    pub(crate) fn from_index(i: usize) -> Upos {
        UPOS.get(i).copied().unwrap_or(Upos::X)
    }
}

/// The dependency relations a model may predict: the universal labels, then the subtypes found in
/// the English and French treebanks the models are trained on. The order is part of the model
/// format (a model stores indices into this list): append, never reorder.
pub const DEPRELS: &[&str] = &[
    "root",
    "acl",
    "advcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "case",
    "cc",
    "ccomp",
    "clf",
    "compound",
    "conj",
    "cop",
    "csubj",
    "dep",
    "det",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nsubj",
    "nummod",
    "obj",
    "obl",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "vocative",
    "xcomp",
    "acl:relcl",
    "advcl:relcl",
    "advcl:cleft",
    "aux:pass",
    "aux:tense",
    "aux:caus",
    "cc:preconj",
    "compound:prt",
    "csubj:pass",
    "csubj:outer",
    "dep:comp",
    "det:predet",
    "expl:pv",
    "expl:subj",
    "expl:pass",
    "expl:comp",
    "flat:name",
    "flat:foreign",
    "iobj:agent",
    "nmod:poss",
    "nmod:unmarked",
    "nmod:desc",
    "nsubj:pass",
    "nsubj:outer",
    "nsubj:caus",
    "obj:agent",
    "obj:lvc",
    "obl:agent",
    "obl:arg",
    "obl:mod",
    "obl:unmarked",
    "parataxis:insert",
];

/// The index of relation `s` in [`DEPRELS`]; an unknown subtype falls back to its universal label,
/// an unknown label to `dep`.
pub fn deprel_index(s: &str) -> usize {
    if let Some(i) = DEPRELS.iter().position(|&d| d == s) {
        return i;
    }
    let base = s.split(':').next().unwrap_or(s);
    DEPRELS.iter().position(|&d| d == base).unwrap_or(DEPREL_DEP)
}

/// Index of `dep` in [`DEPRELS`].
pub const DEPREL_DEP: usize = 15;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_labels_round_trip() {
        for (i, u) in UPOS.iter().enumerate() {
            assert_eq!(*u as usize, i);
            assert_eq!(Upos::parse(u.as_str()), Some(*u));
        }
        assert_eq!(DEPRELS[0], "root");
        assert_eq!(DEPRELS[DEPREL_DEP], "dep");
        assert_eq!(DEPRELS[deprel_index("obl:tmod")], "obl");
        assert_eq!(DEPRELS[deprel_index("nsubj:pass")], "nsubj:pass");
        assert_eq!(DEPRELS[deprel_index("weird")], "dep");
        assert!(DEPRELS.len() < 256);
    }
}
