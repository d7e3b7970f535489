//! The dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011), greedy, scored by two
//! averaged perceptrons over hashed features: one picks the move (shift, left arc, right arc),
//! the other the relation of each arc as it is made, so later moves read the labels already
//! given. The root is at the bottom of the stack and takes its one dependent only once the
//! buffer is empty, so the result is always a single-rooted tree; a sentence of `n` words takes
//! exactly `2n` moves.

use crate::hash::{closed, feature, small};
use crate::lexical::Lex;
use crate::tagger::argmax;
use crate::weights::Scorer;

/// Push the buffer's first word.
pub(crate) const SHIFT: usize = 0;
/// The buffer's first word becomes the head of the stack's top, which is popped.
pub(crate) const LEFT: usize = 1;
/// The word under the stack's top becomes its head; the top is popped.
pub(crate) const RIGHT: usize = 2;
/// Number of moves.
pub(crate) const MOVES: usize = 3;
/// Features per move.
pub(crate) const FEATURES: usize = 49;
/// Positions whose word's own features (form, tag, both) are summed once per word: the stack's
/// top, the buffer's first three words, the stack's second and third nodes.
pub(crate) const SLOTS: usize = 6;
/// Features of all slots together.
pub(crate) const SLOT_FEATURES: usize = 15;
/// A node's move scores in each slot.
pub(crate) type SlotScores = [[i32; MOVES]; SLOTS];
/// Features per relation.
pub(crate) const LABEL_FEATURES: usize = 24;

/// No node.
pub(crate) const NONE: u32 = u32::MAX;
/// No label yet.
const NO_LABEL: u8 = u8::MAX;

const TAG: u64 = 20;
const LAB: u64 = 21;
const MISC: u64 = 22;

/// The atoms of one node: form, tag, and suffix of three letters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Atoms {
    n: u64,
    t: u64,
    s: u64,
    punct: bool,
}

/// The atoms of the root (index 0) and of each word of `lex` tagged `tags`.
pub(crate) fn atoms(lex: &[Lex], tags: &[u8], out: &mut Vec<Atoms>) {
    out.clear();
    let root = Lex::none(3);
    out.push(Atoms { n: root.norm, t: small(TAG, 99), s: root.suffix[1], punct: false });
    for (l, &t) in lex.iter().zip(tags) {
        let punct = t == crate::labels::Upos::Punct as u8;
        out.push(Atoms { n: l.norm, t: small(TAG, u64::from(t)), s: l.suffix[1], punct });
    }
}

const ABSENT: Atoms = Atoms { n: small(MISC, 1), t: small(MISC, 2), s: small(MISC, 3), punct: false };

/// A parser configuration. Nodes are numbered from 0 (the root); words from 1.
#[derive(Debug, Default)]
pub(crate) struct State {
    n: usize,
    /// The stack, the root at the bottom.
    pub stack: Vec<u32>,
    /// The buffer's first word (`n + 1` when it is empty); the buffer is always `b..=n`.
    pub b: usize,
    /// Head of each node (`NONE` until attached).
    pub heads: Vec<u32>,
    /// Relation class of each node.
    pub labels: Vec<u8>,
    left1: Vec<u32>,
    left2: Vec<u32>,
    right1: Vec<u32>,
    right2: Vec<u32>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
}

impl State {
    /// The initial configuration for `n` words, reusing the vectors' memory.
    pub(crate) fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [&mut self.heads, &mut self.left1, &mut self.left2, &mut self.right1, &mut self.right2] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, NO_LABEL);
        for v in [&mut self.nleft, &mut self.nright] {
            v.clear();
            v.resize(n + 1, 0);
        }
    }

    /// Whether the parse is complete.
    pub(crate) fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    /// The stack's `i`-th node from the top.
    #[inline]
    pub(crate) fn s(&self, i: usize) -> u32 {
        if i < self.stack.len() {
            self.stack[self.stack.len() - 1 - i]
        } else {
            NONE
        }
    }

    /// The buffer's `i`-th word.
    #[inline]
    pub(crate) fn buf(&self, i: usize) -> u32 {
        if self.b + i <= self.n {
            (self.b + i) as u32
        } else {
            NONE
        }
    }

    /// Which moves are allowed: shift while the buffer has words, left arc from a word to the
    /// buffer's first, right arc onto a word, or onto the root once the buffer is empty.
    pub(crate) fn valid(&self) -> [bool; MOVES] {
        let buffer = self.b <= self.n;
        let words = self.stack.len() >= 2;
        [buffer, buffer && words, words && (self.stack.len() >= 3 || !buffer)]
    }

    /// The head and dependent of the arc `mv` makes (`LEFT` or `RIGHT`).
    pub(crate) fn arc(&self, mv: usize) -> (u32, u32) {
        let h = if mv == LEFT { self.b as u32 } else { self.s(1) };
        (h, self.s(0))
    }

    /// Applies move `mv` (which must be valid), giving an arc the relation class `label`.
    pub(crate) fn apply(&mut self, mv: usize, label: u8) {
        if mv == SHIFT {
            self.stack.push(self.b as u32);
            self.b += 1;
            return;
        }
        let (h, d) = self.arc(mv);
        self.stack.pop();
        let (hi, di) = (h as usize, d as usize);
        self.heads[di] = h;
        self.labels[di] = label;
        if d < h {
            // left dependents arrive nearest first
            self.left2[hi] = self.left1[hi];
            self.left1[hi] = d;
            self.nleft[hi] = self.nleft[hi].saturating_add(1);
        } else {
            self.right2[hi] = self.right1[hi];
            self.right1[hi] = d;
            self.nright[hi] = self.nright[hi].saturating_add(1);
        }
    }

    /// The atoms of node `i`.
    #[inline]
    pub(crate) fn at<'a>(&self, nodes: &'a [Atoms], i: u32) -> &'a Atoms {
        nodes.get(i as usize).unwrap_or(&ABSENT)
    }

    /// The label atom of node `i`.
    #[inline]
    fn lab(&self, i: u32) -> u64 {
        small(LAB, self.labels.get(i as usize).map_or(u64::from(NO_LABEL) + 1, |&l| u64::from(l)))
    }

    /// An atom telling whether a comma or other punctuation lies between nodes `a < b`
    /// (only the word right after `a` and the one right before `b` are looked at, so it costs
    /// nothing).
    #[inline]
    fn punct_between(&self, nodes: &[Atoms], a: u32, b: u32) -> u64 {
        if a == NONE || b == NONE || b <= a + 1 {
            return small(MISC + 4, 0);
        }
        let p = |i: u32| nodes.get(i as usize).is_some_and(|x| x.punct);
        small(MISC + 4, 1 + u64::from(p(a + 1)) + 2 * u64::from(p(b - 1)))
    }

    /// A child of `i` (from `v`), or `NONE`.
    #[inline]
    fn child(v: &[u32], i: u32) -> u32 {
        v.get(i as usize).copied().unwrap_or(NONE)
    }

    /// The valency atom of `i` in `v`.
    #[inline]
    fn val(v: &[u8], i: u32) -> u64 {
        small(MISC + 1, v.get(i as usize).map_or(99, |&c| u64::from(c.min(4))))
    }
}

/// A distance bucket atom.
#[inline]
fn dist(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return small(MISC + 2, 99);
    }
    let d = a.abs_diff(b);
    small(
        MISC + 2,
        u64::from(match d {
            0..=4 => d,
            5..=6 => 5,
            7..=9 => 6,
            _ => 7,
        }),
    )
}

/// The features of the word of node `a` in slot `slot` (see [`SLOTS`]) into `out`; how many.
#[inline]
pub(crate) fn slot_features(a: &Atoms, slot: usize, out: &mut [u64; 3]) -> usize {
    let (base, n) = [(0, 3), (3, 3), (6, 3), (9, 2), (11, 3), (14, 1)][slot.min(SLOTS - 1)];
    let all = [feature(base, &[a.n]), closed(2, base + 1, &[a.t]), feature(base + 2, &[a.n, a.t])];
    *out = match n {
        3 => all,
        2 => [all[0], all[1], 0],
        _ => [closed(2, base, &[a.t]), 0, 0],
    };
    n
}

/// The nodes in each slot of `st` (`NONE` when empty).
#[inline]
pub(crate) fn slot_nodes(st: &State) -> [u32; SLOTS] {
    [st.s(0), st.buf(0), st.buf(1), st.buf(2), st.s(1), st.s(2)]
}

/// The slot features of `st`, all together (what training updates).
pub(crate) fn all_slot_features(st: &State, nodes: &[Atoms], out: &mut [u64; SLOT_FEATURES]) {
    let mut k = 0;
    for (slot, node) in slot_nodes(st).into_iter().enumerate() {
        let mut f = [0u64; 3];
        let n = slot_features(st.at(nodes, node), slot, &mut f);
        out[k..k + n].copy_from_slice(&f[..n]);
        k += n;
    }
}

/// The move features of `st` over `nodes` (see [`atoms`]) besides the slot features: pairs and
/// triples of the forms and tags of the stack's top three nodes and the buffer's first three words, the nearest and
/// second-nearest dependents of the top two nodes and of the buffer's first word with their
/// relations, distances, valencies, the tags beside the stack's top and whether punctuation
/// follows it. One flat table of templates, longer than most functions here so that every
/// template and its number stay in one place (the numbers are part of the model).
pub(crate) fn features(st: &State, nodes: &[Atoms], out: &mut [u64; FEATURES]) {
    let (s0, s1, s2, b0, b1, b2) = (st.s(0), st.s(1), st.s(2), st.buf(0), st.buf(1), st.buf(2));
    let a = |i: u32| st.at(nodes, i);
    let (s0a, s1a, b0a, b1a, b2a) = (a(s0), a(s1), a(b0), a(b1), a(b2));
    let s2t = a(s2).t;
    let s0l1 = State::child(&st.left1, s0);
    let s0l2 = State::child(&st.left2, s0);
    let s0r1 = State::child(&st.right1, s0);
    let s0r2 = State::child(&st.right2, s0);
    let s1l1 = State::child(&st.left1, s1);
    let s1r1 = State::child(&st.right1, s1);
    let b0l1 = State::child(&st.left1, b0);
    let b0l2 = State::child(&st.left2, b0);
    let (d01, d10) = (dist(s0, b0), dist(s1, s0));
    let l = |i: u32| st.lab(i);
    *out = [
        feature(15, &[s0a.n, s0a.t, b0a.n, b0a.t]),
        feature(16, &[s0a.n, s0a.t, b0a.n]),
        feature(17, &[s0a.n, b0a.n, b0a.t]),
        feature(18, &[s0a.n, s0a.t, b0a.t]),
        feature(19, &[s0a.t, b0a.n, b0a.t]),
        feature(20, &[s0a.n, b0a.n]),
        closed(2, 21, &[s0a.t, b0a.t]),
        closed(2, 22, &[b0a.t, b1a.t]),
        closed(2, 23, &[b0a.t, b1a.t, b2a.t]),
        closed(2, 24, &[s0a.t, b0a.t, b1a.t]),
        closed(2, 25, &[s1a.t, s0a.t, b0a.t]),
        closed(2, 26, &[s1a.t, s0a.t, a(s0l1).t]),
        feature(27, &[s1a.n, s0a.n]),
        closed(2, 28, &[s1a.t, s0a.t]),
        feature(29, &[s1a.n, s0a.t]),
        feature(30, &[s1a.t, s0a.n]),
        closed(2, 31, &[s2t, s1a.t, s0a.t]),
        feature(32, &[s0a.n, d01]),
        closed(2, 33, &[s0a.t, b0a.t, d01]),
        closed(2, 34, &[s1a.t, s0a.t, d10]),
        feature(35, &[s0a.n, State::val(&st.nright, s0)]),
        closed(2, 36, &[s0a.t, State::val(&st.nright, s0)]),
        feature(37, &[s0a.n, State::val(&st.nleft, s0)]),
        closed(2, 38, &[s0a.t, State::val(&st.nleft, s0)]),
        feature(39, &[b0a.n, State::val(&st.nleft, b0)]),
        closed(2, 40, &[b0a.t, State::val(&st.nleft, b0)]),
        closed(2, 41, &[a(s0l1).t]),
        closed(2, 42, &[l(s0l1)]),
        closed(2, 43, &[a(s0r1).t]),
        closed(2, 44, &[l(s0r1)]),
        closed(2, 45, &[a(b0l1).t]),
        closed(2, 46, &[l(b0l1)]),
        closed(2, 47, &[s1a.t, l(s1r1)]),
        closed(2, 48, &[s1a.t, l(s1l1)]),
        closed(2, 49, &[s0a.t, l(s0l1), l(s0l2)]),
        closed(2, 50, &[s0a.t, l(s0r1), l(s0r2)]),
        closed(2, 51, &[b0a.t, l(b0l1), l(b0l2)]),
        closed(2, 52, &[s0a.t, a(s0l1).t, a(s0l2).t]),
        closed(2, 53, &[b0a.t, a(b0l1).t, a(b0l2).t]),
        closed(2, 54, &[s0a.t, a(s0r1).t, a(s0r2).t]),
        closed(2, 55, &[s1a.t, a(s1r1).t, s0a.t]),
        closed(2, 56, &[s0a.t, a(s0.wrapping_sub(1)).t, a(s0 + 1).t]),
        closed(2, 57, &[b0a.t, a(b0.wrapping_sub(1)).t]),
        feature(58, &[s0a.s, b0a.t]),
        feature(59, &[b0a.s, s0a.t]),
        feature(60, &[a(b0l1).n, b0a.t]),
        feature(61, &[a(s0r1).n, s0a.t]),
        closed(2, 62, &[s0a.t, b0a.t, st.punct_between(nodes, s0, b0)]),
        closed(2, 63, &[s1a.t, s0a.t, b0a.t, a(b0l1).t]),
    ];
}

/// The relation features of the arc move `mv` makes in `st`.
pub(crate) fn label_features(st: &State, nodes: &[Atoms], mv: usize, out: &mut [u64; LABEL_FEATURES]) {
    let (h, d) = st.arc(mv);
    let a = |i: u32| st.at(nodes, i);
    let (ha, da) = (a(h), a(d));
    let dir = small(MISC + 3, mv as u64);
    let dd = dist(h, d);
    let dl1 = State::child(&st.left1, d);
    let dl2 = State::child(&st.left2, d);
    let dr1 = State::child(&st.right1, d);
    // the head's dependent nearest on the side of this arc
    let hc = if mv == LEFT { State::child(&st.left1, h) } else { State::child(&st.right1, h) };
    let hr = if mv == LEFT { State::child(&st.right1, h) } else { State::child(&st.left1, h) };
    let l = |i: u32| st.lab(i);
    *out = [
        feature(100, &[da.n]),
        closed(2, 101, &[da.t]),
        feature(102, &[da.n, da.t]),
        feature(103, &[ha.n, dir]),
        closed(2, 104, &[ha.t, dir]),
        feature(105, &[ha.n, ha.t, dir]),
        closed(2, 106, &[da.t, ha.t, dir]),
        feature(107, &[da.n, ha.t, dir]),
        feature(108, &[da.t, ha.n, dir]),
        feature(109, &[da.n, ha.n, dir]),
        closed(2, 110, &[dir, dd]),
        closed(2, 111, &[da.t, ha.t, dd, dir]),
        feature(112, &[da.s, da.t]),
        closed(2, 113, &[da.t, l(dl1)]),
        closed(2, 114, &[da.t, l(dr1)]),
        feature(115, &[a(dl1).n, da.t]),
        feature(116, &[a(dl1).n, ha.t, dir]),
        closed(2, 117, &[ha.t, l(hc), dir]),
        feature(118, &[ha.t, a(hc).n, dir]),
        closed(2, 119, &[da.t, a(dl1).t, a(dl2).t]),
        feature(120, &[a(dr1).n, da.t]),
        closed(2, 121, &[da.t, dir]),
        closed(2, 122, &[ha.t, l(hr), dir, da.t]),
        feature(123, &[da.t, ha.t, a(dl1).n, dir]),
    ];
}

/// The best valid move, if any is valid.
#[inline]
pub(crate) fn best_valid(scores: &[i32; MOVES], valid: &[bool; MOVES]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for m in 0..MOVES {
        if valid[m] && best.is_none_or(|b| scores[m] > scores[b]) {
            best = Some(m);
        }
    }
    best
}

/// The best relation class for an arc (never `root` unless the head is the root).
#[inline]
pub(crate) fn best_label(scores: &mut [i32], root_class: usize, to_root: bool) -> u8 {
    if to_root {
        return root_class as u8;
    }
    if let Some(s) = scores.get_mut(root_class) {
        *s = i32::MIN;
    }
    argmax(scores) as u8
}

/// Each node's slot scores (the last entry: an empty slot), computed once per sentence.
fn slot_scores(moves: &impl Scorer, nodes: &[Atoms], cache: &mut Vec<SlotScores>) {
    cache.clear();
    for a in nodes.iter().chain([&ABSENT]) {
        let mut node = [[0i32; MOVES]; SLOTS];
        for (slot, scores) in node.iter_mut().enumerate() {
            let mut f = [0u64; 3];
            let n = slot_features(a, slot, &mut f);
            moves.add_fixed(&f[..n], scores);
        }
        cache.push(node);
    }
}

/// Parses the words of `nodes` (see [`atoms`]) into `st`: greedy, `2n` moves; `cache` holds the
/// slot scores.
pub(crate) fn parse(
    moves: &impl Scorer,
    labeler: &impl Scorer,
    root_class: usize,
    nodes: &[Atoms],
    st: &mut State,
    scores: &mut [i32],
    cache: &mut Vec<SlotScores>,
) {
    st.reset(nodes.len().saturating_sub(1));
    slot_scores(moves, nodes, cache);
    let absent = cache.len() - 1;
    let mut f = [0u64; FEATURES];
    let mut lf = [0u64; LABEL_FEATURES];
    while !st.terminal() {
        features(st, nodes, &mut f);
        let mut ms = [0i32; MOVES];
        for (slot, node) in slot_nodes(st).into_iter().enumerate() {
            let c = &cache[(node as usize).min(absent)][slot];
            for m in 0..MOVES {
                ms[m] += c[m];
            }
        }
        moves.add_fixed(&f, &mut ms);
        let Some(mv) = best_valid(&ms, &st.valid()) else { break };
        let mut label = 0;
        if mv != SHIFT {
            label_features(st, nodes, mv, &mut lf);
            scores.iter_mut().for_each(|s| *s = 0);
            labeler.add(&lf, scores);
            label = best_label(scores, root_class, st.arc(mv).0 == 0);
        }
        st.apply(mv, label);
    }
}
