//! The averaged perceptron in training: integer weights updated by ±1, their running sums kept
//! lazily (each weight remembers when it last changed), averaged and quantised to an `i8`
//! [`Table`] at the end.

use crate::weights::{row, Scorer, Table};

/// A weight table being trained.
pub(crate) struct Perceptron {
    bits: u32,
    classes: usize,
    w: Vec<i32>,
    total: Vec<i64>,
    stamp: Vec<u32>,
    now: u32,
}

impl Scorer for Perceptron {
    #[inline]
    fn add(&self, features: &[u64], scores: &mut [i32]) {
        let c = self.classes;
        for &f in features {
            let r = row(f, self.bits) * c;
            for (s, &w) in scores.iter_mut().zip(&self.w[r..r + c]) {
                *s += w;
            }
        }
    }
}

impl Perceptron {
    /// A table of `2^bits` rows of `classes` zero weights.
    pub(crate) fn new(bits: u32, classes: usize) -> Perceptron {
        let n = classes << bits;
        Perceptron { bits, classes, w: vec![0; n], total: vec![0; n], stamp: vec![0; n], now: 0 }
    }

    /// Counts one more training instance (the unit of averaging).
    #[inline]
    pub(crate) fn tick(&mut self) {
        self.now += 1;
    }

    /// One perceptron update: `truth` up and `guess` down on every feature.
    pub(crate) fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in features {
            let r = row(f, self.bits) * self.classes;
            self.bump(r + truth, 1);
            self.bump(r + guess, -1);
        }
    }

    #[inline]
    fn bump(&mut self, i: usize, v: i32) {
        self.total[i] += i64::from(self.now - self.stamp[i]) * i64::from(self.w[i]);
        self.stamp[i] = self.now;
        self.w[i] += v;
    }

    /// The averaged weights.
    pub(crate) fn averaged(&self) -> Vec<f32> {
        let now = f64::from(self.now.max(1));
        (0..self.w.len())
            .map(|i| {
                let t = self.total[i] + i64::from(self.now - self.stamp[i]) * i64::from(self.w[i]);
                (t as f64 / now) as f32
            })
            .collect()
    }

    /// The averaged weights quantised to `i8`: one step per table, such that the `clip` quantile
    /// of the non-zero magnitudes maps to 127 (larger ones are clipped); weights under `min`
    /// steps are dropped, which is what keeps the model small.
    pub(crate) fn quantised(&self, clip: f64, min: i32) -> Table {
        let avg = self.averaged();
        let mut mags: Vec<f32> = avg.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
        let step = if mags.is_empty() {
            1.0
        } else {
            let k = ((mags.len() - 1) as f64 * clip) as usize;
            let (_, q, _) = mags.select_nth_unstable_by(k, f32::total_cmp);
            (*q / 127.0).max(f32::MIN_POSITIVE)
        };
        let w = avg
            .iter()
            .map(|&w| {
                let q = (w / step).round().clamp(-127.0, 127.0) as i32;
                if q.abs() < min {
                    0
                } else {
                    q as i8
                }
            })
            .collect();
        Table::with(self.bits, self.classes, w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_over_time() {
        let mut p = Perceptron::new(2, 2);
        p.tick();
        p.update(&[0], 0, 1); // w = [1, -1] from t = 1
        p.tick();
        p.tick(); // now = 3: two steps at [1, -1]
        let avg = p.averaged();
        assert!((avg[0] - 2.0 / 3.0).abs() < 1e-6 && (avg[1] + 2.0 / 3.0).abs() < 1e-6);
        let t = p.quantised(1.0, 1);
        assert_eq!(&t.dense()[..2], &[127, -127]);
    }
}
