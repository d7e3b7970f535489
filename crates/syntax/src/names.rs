//! Names in English sentences: a greedy left-to-right tagger of BIO name labels (persons,
//! organizations, locations, other names) — an averaged perceptron over hashed features of the
//! word (cased and folded form, affixes, shape), its neighbours two each side, the two labels
//! already given to its left and whether the sentence is a headline in capitals. Trained by
//! `src/bin/train.rs names` on the CoNLL-2003 English training file (see `model/README.md`); no
//! word list is kept, only weights.
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
pub(crate) const FEATURES: usize = 36;

const MAGIC: &[u8; 4] = b"TRNE";
const VERSION: u8 = 2;
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

/// The value of the largest weight.
pub(crate) const TOP: f32 = 32_767.0;

/// The 16-bit weight standing for `w` when the largest magnitude is `max`: a linear scale whose
/// top is [`TOP`]. A name tagger's weights span four orders of magnitude (a label-to-label
/// weight is learnt on every word, a rare word's on a few): neither an `i8` on a linear scale
/// (30 points of F1 lost) nor one on a log scale (1.2 to 1.7 points lost, the large weights
/// rounded by 3 %) keeps them.
pub(crate) fn code_of(w: f32, max: f32) -> i16 {
    if max <= 0.0 {
        return 0;
    }
    (w / max * TOP).round().clamp(-TOP, TOP) as i16
}

/// The name tagger's weights: a table of 16-bit weights, stored as two bytes per label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameModel {
    /// Two bytes per label and row (see [`Table::add_wide`]).
    pub(crate) table: Table,
}

/// A name model as the tagger reads it.
pub(crate) struct Mapped<'a>(pub(crate) &'a NameModel);

impl Scorer for Mapped<'_> {
    #[inline]
    fn add(&self, features: &[u64], scores: &mut [i32]) {
        self.0.table.add_wide(features, scores);
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
        if table.classes != 2 * LABELS || !r.done() {
            return Err(ModelError("bad name table"));
        }
        Ok(NameModel::of(table))
    }

    /// The model of a table of codes.
    pub(crate) fn of(table: Table) -> NameModel {
        NameModel { table }
    }

    /// The model's file form: `TRNE`, a version byte and the table in its sparse form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(VERSION);
        self.table.encode(&mut out);
        out
    }

    /// Number of stored rows of weights (one per feature value the model kept).
    pub fn rows(&self) -> usize {
        self.table.w.len() / self.table.classes.max(1)
    }
}

/// The features of word `i` of `lex` given the labels `p1` (previous word) and `p2` (the one
/// before), [`START`] at the start of the sentence.
#[inline]
pub(crate) fn features(lex: &[Lex], i: usize, p1: usize, p2: usize, caps: bool, out: &mut [u64; FEATURES]) {
    let [w, l1, l2, r1, r2] = window(lex, i);
    let caps = u64::from(caps);
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
        feature(30, &[caps, w.norm]),
        feature(31, &[caps, t1, w.shape]),
        feature(32, &[l2.shape, l1.shape, w.shape]),
        feature(33, &[w.shape, r1.shape, r2.shape]),
        feature(34, &[l1.norm, w.shape]),
        feature(35, &[w.shape, r1.norm]),
    ];
}

/// Whether a sentence is written in capitals, as headlines are: most of its words with two
/// letters or more are all capitals (a name's case then tells nothing).
pub(crate) fn headline(lex: &[Lex]) -> bool {
    let upper = lex.iter().filter(|l| l.all_upper).count();
    upper >= 2 && upper * 2 > lex.len()
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
    let caps = headline(lex);
    for i in 0..lex.len() {
        features(lex, i, p1, p2, caps, &mut f);
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
    fn wide_weights_keep_four_orders_of_magnitude() {
        assert_eq!(code_of(1000.0, 1000.0), 32_767);
        assert_eq!(code_of(-2000.0, 1000.0), -32_767);
        assert_eq!(code_of(0.0, 1000.0), 0);
        // within 1 % down to 1/300 of the largest, and still kept at 1/30,000
        for w in [1000.0f32, 40.0, 3.0] {
            let back = f32::from(code_of(w, 1000.0)) / TOP * 1000.0;
            assert!((back / w - 1.0).abs() < 0.01, "{w} -> {back}");
        }
        assert_eq!(code_of(0.033, 1000.0), 1);
        // a row of two labels: low bytes, then high bytes
        let mut row = Vec::new();
        let ws = [code_of(300.0, 1000.0), code_of(-7.0, 1000.0)];
        row.extend(ws.iter().map(|w| w.to_le_bytes()[0] as i8));
        row.extend(ws.iter().map(|w| w.to_le_bytes()[1] as i8));
        let t = Table::with(1, 4, [row.clone(), row].concat());
        let mut scores = [0i32; 2];
        t.add_wide(&[0], &mut scores);
        assert_eq!(scores, [i32::from(ws[0]), i32::from(ws[1])]);
    }

    #[test]
    fn embedded_model_decodes() {
        let bytes = include_bytes!("../model/en-names.bin");
        let m = NameModel::from_bytes(bytes).unwrap();
        assert!(m.rows() > 1000);
        assert!(m.to_bytes() == bytes.as_slice());
        assert!(m == NameModel::english(), "the embedded model differs from its file");
        assert!(NameModel::from_bytes(b"TRNE").is_err());
    }
}
