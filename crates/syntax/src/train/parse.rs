//! Training the parser: a dynamic oracle for arc-hybrid (Goldberg & Nivre 2013) on projectivised
//! gold trees, with exploration (after the first epoch, a wrong move is followed nine times in
//! ten, so the model learns to recover from its own errors), on tags predicted by taggers trained
//! on the other folds (jackknifing), as the parser will see them at run time.

use super::perceptron::Perceptron;
use super::{Item, Rng};
use crate::parser::{self, best_label, best_valid, Atoms, State, LEFT, MOVES, NONE, SHIFT};
use crate::weights::Scorer;

/// What the oracle tracks besides the state: which nodes are on the stack, how many stack nodes
/// and buffer words have each node as gold head.
struct Oracle<'a> {
    gold: &'a [u32],
    on_stack: Vec<bool>,
    stack_deps: Vec<u32>,
    buffer_deps: Vec<u32>,
}

impl<'a> Oracle<'a> {
    fn new(gold: &'a [u32]) -> Oracle<'a> {
        let n = gold.len() - 1;
        let mut buffer_deps = vec![0; n + 1];
        for &h in &gold[1..] {
            buffer_deps[h as usize] += 1;
        }
        let mut on_stack = vec![false; n + 1];
        on_stack[0] = true;
        Oracle { gold, on_stack, stack_deps: vec![0; n + 1], buffer_deps }
    }

    /// The number of gold arcs each valid move makes unreachable.
    fn costs(&self, st: &State, valid: &[bool; MOVES]) -> [u32; MOVES] {
        let g = self.gold;
        let (s0, s1, b) = (st.s(0), st.s(1), st.b as u32);
        let mut c = [u32::MAX; MOVES];
        if valid[SHIFT] {
            let h = g[b as usize];
            c[SHIFT] = self.stack_deps[b as usize] + u32::from(self.on_stack[h as usize] && h != s0);
        }
        if valid[LEFT] {
            let h = g[s0 as usize];
            c[LEFT] = self.buffer_deps[s0 as usize] + u32::from(h != b && (h == s1 || h > b));
        }
        if valid[parser::RIGHT] {
            let h = g[s0 as usize];
            c[parser::RIGHT] = self.buffer_deps[s0 as usize] + u32::from(h != s1 && h >= b);
        }
        c
    }

    /// Follows move `mv` about to be applied to `st`.
    fn apply(&mut self, st: &State, mv: usize) {
        if mv == SHIFT {
            let b = st.b;
            let h = self.gold[b] as usize;
            self.buffer_deps[h] -= 1;
            self.on_stack[b] = true;
            self.stack_deps[h] += 1;
        } else {
            let s0 = st.s(0) as usize;
            self.on_stack[s0] = false;
            self.stack_deps[self.gold[s0] as usize] -= 1;
        }
    }
}

/// Makes `heads` (1-based, index 0 unused) projective by lifting: while an arc crosses another,
/// the shortest such arc's dependent is attached to its head's head (never to the root).
pub(crate) fn projectivise(heads: &mut [u32]) {
    let n = heads.len() - 1;
    let dominated = |heads: &[u32], h: u32, k: usize| {
        let mut x = k as u32;
        for _ in 0..=n {
            if x == h {
                return true;
            }
            if x == 0 {
                return false;
            }
            x = heads[x as usize];
        }
        false
    };
    loop {
        let mut worst: Option<(usize, usize)> = None;
        for d in 1..=n {
            let h = heads[d] as usize;
            if h == 0 {
                continue;
            }
            let (a, b) = (h.min(d), h.max(d));
            let crossing = (a + 1..b).any(|k| !dominated(heads, h as u32, k));
            if crossing && worst.is_none_or(|(_, len)| b - a < len) {
                worst = Some((d, b - a));
            }
        }
        let Some((d, _)) = worst else { return };
        let h = heads[d] as usize;
        if heads[h] == 0 {
            return;
        }
        heads[d] = heads[h];
    }
}

/// The parser's tables in training.
pub(crate) struct ParserTrainer {
    pub moves: Perceptron,
    pub labeler: Perceptron,
    pub root_class: usize,
    /// Probability (in 1/1000) of following a wrong move.
    pub explore: u64,
}

impl ParserTrainer {
    /// One sentence: parse it with the current weights, update on every move that loses an arc
    /// and on every relation of a right arc.
    pub(crate) fn sentence(
        &mut self,
        it: &Item,
        nodes: &[Atoms],
        st: &mut State,
        rng: &mut Rng,
        scores: &mut [i32],
    ) {
        let n = it.lex.len();
        st.reset(n);
        let mut oracle = Oracle::new(&it.heads);
        let mut f = [0u64; parser::FEATURES];
        let mut sf = [0u64; parser::SLOT_FEATURES];
        let mut lf = [0u64; parser::LABEL_FEATURES];
        while !st.terminal() {
            parser::features(st, nodes, &mut f);
            parser::all_slot_features(st, nodes, &mut sf);
            let mut ms = [0i32; MOVES];
            self.moves.add(&f, &mut ms);
            self.moves.add(&sf, &mut ms);
            let valid = st.valid();
            let Some(pred) = best_valid(&ms, &valid) else { break };
            let costs = oracle.costs(st, &valid);
            let min = costs.iter().copied().min().unwrap_or(0);
            let zero: [bool; MOVES] = std::array::from_fn(|m| valid[m] && costs[m] == min);
            let gold = best_valid(&ms, &zero).unwrap_or(pred);
            self.moves.tick();
            self.moves.update(&f, gold, pred);
            self.moves.update(&sf, gold, pred);
            let follow =
                if costs[pred] == min || (self.explore > 0 && rng.below(1000) < self.explore as usize) {
                    pred
                } else {
                    gold
                };
            let mut label = 0;
            if follow != SHIFT {
                let (h, d) = st.arc(follow);
                parser::label_features(st, nodes, follow, &mut lf);
                scores.iter_mut().for_each(|s| *s = 0);
                self.labeler.add(&lf, scores);
                label = best_label(scores, self.root_class, h == 0);
                if h != 0 && h != NONE && it.heads[d as usize] == h {
                    self.labeler.tick();
                    self.labeler.update(&lf, usize::from(it.labels[d as usize]), usize::from(label));
                }
            }
            oracle.apply(st, follow);
            st.apply(follow, label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifts_crossing_arcs() {
        // 2 -> 4 passes over the root 3, which 2 does not dominate: 4 is lifted to 2's head, 3
        let mut heads = vec![0, 3, 3, 0, 2];
        projectivise(&mut heads);
        assert_eq!(heads, vec![0, 3, 3, 0, 3]);
    }

    #[test]
    fn oracle_follows_a_projective_tree_at_no_cost() {
        // "a b c d": b is the root, a <- b, b -> d, c <- d
        let gold = vec![0, 2, 0, 4, 2];
        let mut st = State::default();
        st.reset(4);
        let mut oracle = Oracle::new(&gold);
        while !st.terminal() {
            let valid = st.valid();
            let costs = oracle.costs(&st, &valid);
            let mv = (0..MOVES).find(|&m| valid[m] && costs[m] == 0).unwrap();
            oracle.apply(&st, mv);
            st.apply(mv, 0);
        }
        assert_eq!(st.heads[1..], gold[1..]);
    }
}
