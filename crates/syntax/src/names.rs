//! Names in English sentences: a greedy left-to-right tagger of BIO name labels (persons,
//! organizations, locations, other names) — an averaged perceptron over hashed features of the
//! word (cased and folded form, affixes, shape), its neighbours two each side and the two labels
//! already given to its left. Trained by `src/bin/train.rs names` on the CoNLL-2003 English
//! training file (see `model/README.md`); no word list is kept, only weights.
//!
//! The engine reads it as a second opinion beside its own rules: where the rules recognised
//! nothing, a name the model finds ("Harbour Logistics Corp said…") becomes a mention.
//!
//! ```
//! use trame_syntax::names::{find_names, NameKind, NameModel};
//!
//! let model = NameModel::english();
//! let words = ["Maria", "Okafor", "joined", "Bellweather", "Holdings", "Inc", "in", "Toronto", "."];
//! let names = find_names(&model, &words);
//! assert!(names.iter().any(|n| n.kind == NameKind::Person && (n.start, n.end) == (0, 2)));
//! ```

use crate::hash::{closed, feature, small};
use crate::lexical::{window, Lex};
use crate::weights::{Reader, Scorer, Table};
use crate::ModelError;

/// Number of label classes: outside, then begin and inside of each [`NameKind`].
pub(crate) const LABELS: usize = 9;
/// The "label" of a position before the sentence.
pub(crate) const START: usize = LABELS;
/// Number of features per word.
pub(crate) const FEATURES: usize = 30;

const MAGIC: &[u8; 4] = b"TRNE";
const VERSION: u8 = 1;
const LABEL: u64 = 11;

/// The kind of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// A person.
    Person,
    /// A company, party, ministry, agency, team, newspaper…
    Organization,
    /// A country, city, region, sea…
    Location,
    /// Another name (nationalities, events, products, titles of works).
    Misc,
}

impl NameKind {
    /// The kinds in label order.
    pub const ALL: [NameKind; 4] =
        [NameKind::Person, NameKind::Organization, NameKind::Location, NameKind::Misc];

    /// The kind of a CoNLL type (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn from_conll(s: &str) -> Option<NameKind> {
        Some(match s {
            "PER" => NameKind::Person,
            "ORG" => NameKind::Organization,
            "LOC" => NameKind::Location,
            "MISC" => NameKind::Misc,
            _ => return None,
        })
    }
}

/// The label of class `c`: `None` outside a name, else the kind and whether it begins the name.
pub(crate) fn label(c: usize) -> Option<(NameKind, bool)> {
    (1..LABELS).contains(&c).then(|| (NameKind::ALL[(c - 1) / 2], (c - 1).is_multiple_of(2)))
}

/// The class of a label (0: outside).
pub(crate) fn class(kind: Option<(NameKind, bool)>) -> usize {
    kind.map_or(0, |(k, begin)| {
        1 + 2 * NameKind::ALL.iter().position(|&x| x == k).unwrap_or(0) + usize::from(!begin)
    })
}

/// A name found: words `start..end` of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    /// Its first word.
    pub start: usize,
    /// One past its last word.
    pub end: usize,
    /// Its kind.
    pub kind: NameKind,
    /// How sure the tagger is: the least, over the name's words, of the chosen label's score
    /// minus the score of "outside" (in units of the largest weight, [`NameSpan::SURE`] = 1).
    pub margin: i32,
}

impl NameSpan {
    /// The margin of one largest weight.
    pub const SURE: i32 = TOP as i32;
}

/// Steps of a weight code per doubling of the weight (see [`code_values`]).
pub(crate) const STEPS_PER_OCTAVE: f64 = 12.0;
/// The value of the largest code.
const TOP: f64 = 32_767.0;

/// The weight each code byte stands for. A name tagger's weights span three orders of magnitude
/// (a label-to-label weight is learnt on every word, a rare word's on a few), which an `i8` on a
/// linear scale cannot keep, so codes are on a log scale: code `q` is `sign(q) · (2^(|q|/12) − 1)`
/// scaled so that 127 is [`TOP`] — about 6 % apart, from 1/1500 of the largest to the largest.
pub(crate) fn code_values() -> [i32; 256] {
    let mut v = [0i32; 256];
    let top = (127.0 / STEPS_PER_OCTAVE).exp2() - 1.0;
    for (b, x) in v.iter_mut().enumerate() {
        let q = f64::from(b as u8 as i8);
        let mag = ((q.abs() / STEPS_PER_OCTAVE).exp2() - 1.0) / top * TOP;
        *x = (mag.round() as i32) * if q < 0.0 { -1 } else { 1 };
    }
    v
}

/// The code of weight `w` given the largest magnitude `max` (the inverse of [`code_values`]).
pub(crate) fn code_of(w: f32, max: f32) -> i8 {
    if max <= 0.0 || w == 0.0 {
        return 0;
    }
    let top = (127.0 / STEPS_PER_OCTAVE).exp2() - 1.0;
    let unit = f64::from(max) / top;
    let q = (STEPS_PER_OCTAVE * (f64::from(w.abs()) / unit + 1.0).log2()).round().clamp(0.0, 127.0) as i8;
    if w < 0.0 {
        -q
    } else {
        q
    }
}

/// The name tagger's weights: a table of log-scale codes and the values they stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameModel {
    pub(crate) table: Table,
    values: [i32; 256],
}

/// A name model as the tagger reads it.
pub(crate) struct Mapped<'a>(pub(crate) &'a NameModel);

impl Scorer for Mapped<'_> {
    #[inline]
    fn add(&self, features: &[u64], scores: &mut [i32]) {
        self.0.table.add_mapped(features, &self.0.values, scores);
    }
}

/// The embedded model's table in its run-time layout, written by `build.rs`.
mod embedded {
    use crate::weights::Table;
    include!(concat!(env!("OUT_DIR"), "/names.rs"));
}

impl NameModel {
    /// The English model (trained on the CoNLL-2003 English training file); costs nothing to
    /// make: its table is laid out at build time.
    pub fn english() -> NameModel {
        NameModel::of(embedded::ENGLISH_NAMES.clone())
    }

    /// Reads a model written by [`NameModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<NameModel, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(4) != Some(MAGIC.as_slice()) {
            return Err(ModelError("not a name model file"));
        }
        if r.u8() != Some(VERSION) {
            return Err(ModelError("unknown version"));
        }
        let table = Table::decode(&mut r).ok_or(ModelError("bad name table"))?;
        if table.classes != LABELS || !r.done() {
            return Err(ModelError("bad name table"));
        }
        Ok(NameModel::of(table))
    }

    /// The model of a table of codes.
    pub(crate) fn of(table: Table) -> NameModel {
        NameModel { table, values: code_values() }
    }

    /// The model's file form: `TRNE`, a version byte and the table in its sparse form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(VERSION);
        self.table.encode(&mut out);
        out
    }

    /// Number of non-zero weights.
    pub fn weights(&self) -> usize {
        self.table.nonzero()
    }
}

/// The features of word `i` of `lex` given the labels `p1` (previous word) and `p2` (the one
/// before), [`START`] at the start of the sentence.
#[inline]
pub(crate) fn features(lex: &[Lex], i: usize, p1: usize, p2: usize, out: &mut [u64; FEATURES]) {
    let [w, l1, l2, r1, r2] = window(lex, i);
    let (t1, t2) = (small(LABEL, p1 as u64), small(LABEL, p2 as u64));
    *out = [
        closed(3, 0, &[]),
        feature(1, &[w.cased]),
        feature(2, &[w.norm]),
        feature(3, &[w.suffix[0]]),
        feature(4, &[w.suffix[1]]),
        feature(5, &[w.suffix[2]]),
        feature(6, &[w.prefix3]),
        feature(7, &[w.shape]),
        closed(3, 8, &[w.flags]),
        feature(9, &[l1.norm]),
        feature(10, &[r1.norm]),
        feature(11, &[l2.norm]),
        feature(12, &[r2.norm]),
        feature(13, &[l1.cased]),
        feature(14, &[r1.cased]),
        closed(3, 15, &[t1]),
        closed(3, 16, &[t2, t1]),
        feature(17, &[t1, w.norm]),
        feature(18, &[l1.norm, w.norm]),
        feature(19, &[w.norm, r1.norm]),
        feature(20, &[t1, w.shape]),
        feature(21, &[l1.shape, w.shape, r1.shape]),
        feature(22, &[u64::from(i == 0), w.cased]),
        feature(23, &[t1, r1.shape]),
        feature(24, &[t1, r1.cased]),
        feature(25, &[l1.norm, l2.norm]),
        feature(26, &[r1.norm, r2.norm]),
        closed(3, 27, &[w.flags, l1.flags, r1.flags]),
        feature(28, &[t1, l1.norm]),
        feature(29, &[w.suffix[1], r1.suffix[1]]),
    ];
}

/// Whether class `c` may follow class `prev`: an inside label only continues a name of its kind.
#[inline]
pub(crate) fn allowed(prev: usize, c: usize) -> bool {
    match label(c) {
        Some((k, false)) => label(prev).is_some_and(|(pk, _)| pk == k),
        _ => true,
    }
}

/// The best class allowed after `prev` (the first on ties).
#[inline]
pub(crate) fn best(scores: &[i32; LABELS], prev: usize) -> usize {
    let mut b = 0;
    for c in 1..LABELS {
        if allowed(prev, c) && scores[c] > scores[b] {
            b = c;
        }
    }
    b
}

/// The class of every word of `lex` into `out`.
pub(crate) fn label_all(model: &impl Scorer, lex: &[Lex], out: &mut Vec<u8>) {
    label_scored(model, lex, out, &mut Vec::new());
}

/// [`label_all`], with each word's margin (its class's score minus the score of "outside").
pub(crate) fn label_scored(model: &impl Scorer, lex: &[Lex], out: &mut Vec<u8>, margins: &mut Vec<i32>) {
    out.clear();
    margins.clear();
    let mut f = [0u64; FEATURES];
    let (mut p1, mut p2) = (START, START);
    for i in 0..lex.len() {
        features(lex, i, p1, p2, &mut f);
        let mut scores = [0i32; LABELS];
        model.add_fixed(&f, &mut scores);
        let c = best(&scores, p1);
        out.push(c as u8);
        margins.push(scores[c] - scores[0]);
        (p2, p1) = (p1, c);
    }
}

/// The names of a sentence given each word's class (and margin, when known).
pub(crate) fn spans_scored(classes: &[u8], margins: &[i32]) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::new();
    for (i, &c) in classes.iter().enumerate() {
        let margin = margins.get(i).copied().unwrap_or(0);
        match label(usize::from(c)) {
            Some((kind, true)) => out.push(NameSpan { start: i, end: i + 1, kind, margin }),
            Some((kind, false)) => match out.last_mut() {
                Some(s) if s.end == i && s.kind == kind => {
                    s.end = i + 1;
                    s.margin = s.margin.min(margin);
                }
                _ => out.push(NameSpan { start: i, end: i + 1, kind, margin }),
            },
            None => {}
        }
    }
    out
}

/// The names of a sentence given each word's class.
pub(crate) fn spans(classes: &[u8]) -> Vec<NameSpan> {
    spans_scored(classes, &[])
}

/// The names among `words` (one sentence, words as they are written), left to right. Linear in
/// the words and their length; never panics.
pub fn find_names(model: &NameModel, words: &[&str]) -> Vec<NameSpan> {
    let lex: Vec<Lex> = words.iter().map(|w| Lex::of(w)).collect();
    let (mut classes, mut margins) = (Vec::with_capacity(words.len()), Vec::with_capacity(words.len()));
    label_scored(&Mapped(model), &lex, &mut classes, &mut margins);
    spans_scored(&classes, &margins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_inside_follows_its_kind() {
        for c in 0..LABELS {
            assert_eq!(class(label(c)), c);
        }
        let b_org = class(Some((NameKind::Organization, true)));
        let i_org = class(Some((NameKind::Organization, false)));
        let i_per = class(Some((NameKind::Person, false)));
        assert!(allowed(b_org, i_org) && !allowed(b_org, i_per) && !allowed(0, i_org));
        assert!(!allowed(START, i_org));
        // an inside label with no begin before it still opens a name
        let s = spans(&[i_org as u8, i_org as u8, 0, b_org as u8]);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].start, s[0].end, s[1].start), (0, 2, 3));
    }

    #[test]
    fn codes_keep_three_orders_of_magnitude() {
        let v = code_values();
        assert_eq!(v[0], 0);
        assert_eq!(v[127], TOP as i32);
        assert_eq!(v[(-127i8) as u8 as usize], -(TOP as i32));
        for w in [1000.0f32, 40.0, 3.0, 0.9] {
            let back = f64::from(v[code_of(w, 1000.0) as u8 as usize]) / TOP * 1000.0;
            assert!((back / f64::from(w) - 1.0).abs() < 0.06, "{w} -> {back}");
        }
        assert_eq!(code_of(0.0001, 1000.0), 0);
        assert_eq!(code_of(-1000.0, 1000.0), -127);
    }

    #[test]
    fn embedded_model_decodes() {
        let bytes = include_bytes!("../model/en-names.bin");
        let m = NameModel::from_bytes(bytes).unwrap();
        assert!(m.weights() > 1000);
        assert!(m.to_bytes() == bytes.as_slice());
        assert!(m == NameModel::english(), "the embedded model differs from its file");
        assert!(NameModel::from_bytes(b"TRNE").is_err());
    }
}
