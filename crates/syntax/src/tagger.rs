//! The UPOS tagger: greedy, left to right, an averaged perceptron over hashed features of the
//! word (form, suffixes, first letter, shape, case and length), its neighbours (two each side,
//! their forms and suffixes) and the two tags already given to its left.

use crate::hash::{closed, feature, small};
use crate::lexical::{window, Lex};
use crate::weights::Scorer;

/// Number of UPOS classes.
pub(crate) const TAGS: usize = 17;
/// The "tag" of a position before the sentence.
pub(crate) const START: usize = TAGS;
/// Number of features per word.
pub(crate) const FEATURES: usize = 30;

const TAG: u64 = 10;

/// The features of word `i` of `lex` given the tags `p1` (previous word) and `p2` (the one
/// before), [`START`] at the start of the sentence.
#[inline]
pub(crate) fn features(lex: &[Lex], i: usize, p1: usize, p2: usize, out: &mut [u64; FEATURES]) {
    let [w, l1, l2, r1, r2] = window(lex, i);
    let (t1, t2) = (small(TAG, p1 as u64), small(TAG, p2 as u64));
    *out = [
        closed(3, 0, &[]),
        feature(1, &[w.norm]),
        feature(2, &[w.suffix[0]]),
        feature(3, &[w.suffix[1]]),
        feature(4, &[w.suffix[2]]),
        feature(5, &[w.prefix]),
        feature(6, &[w.shape]),
        closed(3, 7, &[w.flags]),
        feature(8, &[l1.norm]),
        feature(9, &[r1.norm]),
        feature(10, &[l2.norm]),
        feature(11, &[r2.norm]),
        feature(12, &[l1.suffix[1]]),
        feature(13, &[r1.suffix[1]]),
        closed(3, 14, &[t1]),
        closed(3, 15, &[t2, t1]),
        feature(16, &[t1, w.norm]),
        feature(17, &[l1.norm, w.norm]),
        feature(18, &[w.norm, r1.norm]),
        feature(19, &[t1, w.suffix[1]]),
        closed(3, 20, &[r1.shape, w.flags]),
        feature(21, &[u64::from(i == 0), w.shape]),
        feature(22, &[w.cased]),
        feature(23, &[w.prefix3]),
        feature(24, &[w.suffix1]),
        feature(25, &[t1, r1.norm]),
        feature(26, &[r1.suffix[0]]),
        feature(27, &[l1.suffix[0], w.suffix[1]]),
        closed(3, 28, &[r1.flags, r2.flags]),
        closed(3, 29, &[l1.flags, w.flags]),
    ];
}

/// The index of the best score (the first on ties).
#[inline]
pub(crate) fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// Tags every word of `lex` into `tags` (tag indices, see [`crate::UPOS`]).
pub(crate) fn tag(model: &impl Scorer, lex: &[Lex], tags: &mut Vec<u8>) {
    tags.clear();
    let mut f = [0u64; FEATURES];
    let (mut p1, mut p2) = (START, START);
    for i in 0..lex.len() {
        features(lex, i, p1, p2, &mut f);
        let mut scores = [0i32; TAGS];
        model.add_fixed(&f, &mut scores);
        let t = argmax(&scores);
        tags.push(t as u8);
        (p2, p1) = (p1, t);
    }
}
