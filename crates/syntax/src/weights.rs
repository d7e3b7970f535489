//! Weight tables: a row of class weights per hashed feature, the row picked by the hash's top
//! bits (so no feature string is kept). At run time weights are `i8` (quantised when the model is
//! written: only each classifier's argmax matters, so no scale is kept); in a model file only the
//! rows with a non-zero weight are stored, each as a row delta, a bit mask of its non-zero classes
//! and those weights.

use std::borrow::Cow;

/// What scores a set of hashed features: a run-time table or a weight table in training.
pub(crate) trait Scorer {
    /// Adds the weights of `features` to `scores` (one per class).
    fn add(&self, features: &[u64], scores: &mut [i32]);

    /// [`Scorer::add`] for a number of classes known at compile time (the tagger's, the moves').
    #[inline]
    fn add_fixed<const N: usize>(&self, features: &[u64], scores: &mut [i32; N]) {
        self.add(features, scores);
    }
}

/// The row of hash `h` in a table of `2^bits` rows.
#[inline]
pub(crate) fn row(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

/// A run-time table with a bit per row telling whether the row holds a non-zero weight: the bits
/// stay in the processor's cache, so a feature the model has no weight for (most rare ones, once
/// small weights are pruned) costs no trip to memory. A table whose rows are mostly empty stores
/// only its other rows, one after the other, found through the count of set bits before each
/// block of 64 rows (a rank index): a fraction of the memory, so more of it stays in cache, for
/// a few more instructions per feature; a fuller one stores every row (`rank` is then empty).
///
/// The embedded models' tables are borrowed from arrays the build script wrote in this layout
/// (`build.rs`), so a program starts without decoding anything; a table decoded from a file or
/// made by training owns its arrays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    /// log2 of the number of rows (1..=28).
    pub bits: u32,
    /// Number of classes (1..=255).
    pub classes: usize,
    /// The stored rows' weights, `classes` per row, in row order: `i8` values kept as their
    /// bytes (so an embedded table is a byte string).
    pub(crate) w: Cow<'static, [u8]>,
    /// One bit per row: set when the row holds a non-zero weight.
    pub(crate) used: Cow<'static, [u64]>,
    /// For each block of 64 rows, the number of stored rows before it; empty when every row is
    /// stored.
    pub(crate) rank: Cow<'static, [u32]>,
}

impl Scorer for Table {
    #[inline]
    fn add(&self, features: &[u64], scores: &mut [i32]) {
        let view = self.view();
        let c = self.classes;
        // sums of at most 64 weights of magnitude 127 fit in 16 bits, which halves the work
        let mut acc = [0i16; WIDE];
        let narrow = c <= WIDE && features.len() <= 64;
        for &f in features {
            let Some(ws) = view.row_of(row(f, self.bits)) else { continue };
            if narrow {
                for (a, &w) in acc.iter_mut().zip(ws) {
                    *a += i16::from(w as i8);
                }
            } else {
                for (s, &w) in scores.iter_mut().zip(ws) {
                    *s += i32::from(w as i8);
                }
            }
        }
        if narrow {
            for (s, &a) in scores.iter_mut().zip(&acc) {
                *s += i32::from(a);
            }
        }
    }

    #[inline]
    fn add_fixed<const N: usize>(&self, features: &[u64], scores: &mut [i32; N]) {
        if self.classes != N {
            return self.add(features, scores);
        }
        let view = self.view();
        let mut acc = [0i16; N];
        for &f in features.iter().take(64) {
            let Some(ws) = view.row_of(row(f, self.bits)) else { continue };
            let ws: &[u8; N] = ws.try_into().unwrap_or(&[0; N]);
            for i in 0..N {
                acc[i] += i16::from(ws[i] as i8);
            }
        }
        for i in 0..N {
            scores[i] += i32::from(acc[i]);
        }
    }
}

/// A table's arrays as plain slices, taken once per scoring so that the lookups of its features
/// do not each ask whether the arrays are borrowed or owned.
struct View<'a> {
    classes: usize,
    w: &'a [u8],
    used: &'a [u64],
    rank: &'a [u32],
}

impl<'a> View<'a> {
    /// The weights of row `r`, if it holds any.
    #[inline]
    fn row_of(&self, r: usize) -> Option<&'a [u8]> {
        let (block, bit) = (r / 64, 1u64 << (r % 64));
        let word = *self.used.get(block)?;
        if word & bit == 0 {
            return None;
        }
        let at = if self.rank.is_empty() {
            r
        } else {
            *self.rank.get(block)? as usize + (word & (bit - 1)).count_ones() as usize
        };
        self.w.get(at * self.classes..(at + 1) * self.classes)
    }
}

impl Table {
    /// The arrays as slices.
    #[inline]
    fn view(&self) -> View<'_> {
        View { classes: self.classes, w: &self.w, used: &self.used, rank: &self.rank }
    }

    /// The weights of row `r`, if it holds any.
    fn row_of(&self, r: usize) -> Option<&[u8]> {
        self.view().row_of(r)
    }

    /// Builds a table from its used-row bits and its stored rows (`w`, in row order), dropping
    /// the empty rows when fewer than half of the rows hold weights.
    fn build(bits: u32, classes: usize, used: Vec<u64>, w: Vec<u8>) -> Table {
        let stored = w.len() / classes.max(1);
        let mut rank = Vec::new();
        let mut before = 0u32;
        for u in &used {
            rank.push(before);
            before += u.count_ones();
        }
        if stored * 2 >= 1 << bits || before as usize != stored {
            // dense: every row, in place
            let mut dense = vec![0u8; classes << bits];
            let mut k = 0;
            for r in 0..1usize << bits {
                if used[r / 64] & (1 << (r % 64)) != 0 {
                    if let (Some(to), Some(from)) =
                        (dense.get_mut(r * classes..(r + 1) * classes), w.get(k * classes..(k + 1) * classes))
                    {
                        to.copy_from_slice(from);
                    }
                    k += 1;
                }
            }
            return Table { bits, classes, w: dense.into(), used: used.into(), rank: Cow::Borrowed(&[]) };
        }
        Table { bits, classes, w: w.into(), used: used.into(), rank: rank.into() }
    }

    /// A table borrowing arrays in the run-time layout (written by the build script from a model
    /// file's table, so they are consistent: `used` has a bit per row, `rank` is empty or has an
    /// entry per block, `w` holds `classes` bytes per stored row).
    pub(crate) const fn borrowed(
        bits: u32,
        classes: usize,
        w: &'static [u8],
        used: &'static [u64],
        rank: &'static [u32],
    ) -> Table {
        Table { bits, classes, w: Cow::Borrowed(w), used: Cow::Borrowed(used), rank: Cow::Borrowed(rank) }
    }

    /// The table of a dense table's weights (`2^bits × classes`, row-major).
    pub(crate) fn with(bits: u32, classes: usize, dense: Vec<i8>) -> Table {
        let c = classes.max(1);
        let rows = 1usize << bits;
        let mut used = vec![0u64; rows.div_ceil(64)];
        let mut w = Vec::new();
        for (r, ws) in dense.chunks(c).take(rows).enumerate() {
            if ws.iter().any(|&x| x != 0) {
                used[r / 64] |= 1 << (r % 64);
                w.extend(ws.iter().map(|&x| x as u8));
            }
        }
        Table::build(bits, c, used, w)
    }

    /// Bytes this table takes in memory.
    pub(crate) fn memory(&self) -> usize {
        self.w.len() + 8 * self.used.len() + 4 * self.rank.len()
    }

    /// Adds to `scores` (one per class) the 16-bit weights of `features`, for a table whose rows
    /// hold two bytes per class: the low bytes of the classes' weights, then their high bytes (the
    /// name tagger's, whose weights span more than an `i8` keeps). Rows of any other width add
    /// nothing.
    #[inline]
    pub(crate) fn add_wide(&self, features: &[u64], scores: &mut [i32]) {
        let view = self.view();
        let n = scores.len();
        for &f in features {
            let Some(ws) = view.row_of(row(f, self.bits)) else { continue };
            if ws.len() != 2 * n {
                continue;
            }
            let (lo, hi) = ws.split_at(n);
            for ((s, &l), &h) in scores.iter_mut().zip(lo).zip(hi) {
                *s += i32::from(i16::from_le_bytes([l, h]));
            }
        }
    }

    /// The weights as a dense table (for training and pruning).
    pub(crate) fn dense(&self) -> Vec<i8> {
        let c = self.classes;
        let mut out = vec![0i8; c << self.bits];
        for (r, ws) in out.chunks_mut(c).enumerate() {
            if let Some(row) = self.row_of(r) {
                for (to, &from) in ws.iter_mut().zip(row) {
                    *to = from as i8;
                }
            }
        }
        out
    }

    /// The stored rows, with their numbers, in order.
    fn rows(&self) -> impl Iterator<Item = (usize, &[u8])> + '_ {
        (0..1usize << self.bits).filter_map(|r| self.row_of(r).map(|w| (r, w)))
    }
}

/// Most classes summed in 16 bits.
const WIDE: usize = 72;

/// Appends `v` as a LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A cursor over a model file's bytes; every read checks bounds.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    /// The next byte.
    pub(crate) fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }

    /// The next varint.
    pub(crate) fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    /// Whether every byte was read.
    pub(crate) fn done(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

impl Table {
    /// A table of zeros.
    pub(crate) fn zeros(bits: u32, classes: usize) -> Table {
        Table::with(bits, classes, vec![0; classes << bits])
    }

    /// Number of non-zero weights.
    pub(crate) fn nonzero(&self) -> usize {
        // (an empty row stored in a dense table counts nothing)
        self.w.iter().filter(|&&w| w != 0).count()
    }

    /// Appends the sparse form of the table to `out`.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        let c = self.classes;
        out.push(self.bits as u8);
        out.push(c as u8);
        put_varint(out, self.rows().count() as u64);
        let mut prev = 0;
        for (r, ws) in self.rows() {
            put_varint(out, (r - prev) as u64);
            prev = r;
            let mut mask = vec![0u8; c.div_ceil(8)];
            for (i, &w) in ws.iter().enumerate() {
                if w != 0 {
                    mask[i / 8] |= 1 << (i % 8);
                }
            }
            out.extend_from_slice(&mask);
            out.extend(ws.iter().filter(|&&w| w != 0));
        }
    }

    /// Reads a table written by [`Table::encode`]; `None` when the bytes are not one.
    pub(crate) fn decode(r: &mut Reader) -> Option<Table> {
        let bits = u32::from(r.u8()?);
        let c = usize::from(r.u8()?);
        if !(1..=28).contains(&bits) || c == 0 {
            return None;
        }
        let rows = 1usize << bits;
        let mut used = vec![0u64; rows.div_ceil(64)];
        let n = usize::try_from(r.varint()?).ok()?;
        let mut w = Vec::with_capacity(n.min(rows) * c);
        let mut row = 0usize;
        for k in 0..n {
            let delta = usize::try_from(r.varint()?).ok()?;
            // rows come in strictly increasing order
            if k > 0 && delta == 0 {
                return None;
            }
            row = row.checked_add(delta).filter(|&x| x < rows)?;
            used[row / 64] |= 1 << (row % 64);
            let mask = r.take(c.div_ceil(8))?;
            for i in 0..c {
                w.push(if mask[i / 8] & (1 << (i % 8)) != 0 { r.u8()? } else { 0 });
            }
        }
        Some(Table::build(bits, c, used, w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        let mut w = vec![0; 48];
        w[0] = 5;
        w[7] = -3;
        w[47] = 127;
        let t = Table::with(4, 3, w);
        let mut bytes = Vec::new();
        t.encode(&mut bytes);
        let back = Table::decode(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back, t);
        assert_eq!(t.nonzero(), 3);
        // truncated or garbage input is refused, never a panic
        for n in 0..bytes.len() {
            assert!(Table::decode(&mut Reader::new(&bytes[..n])).is_none());
        }
        let mut scores = [0; 3];
        t.add(&[0, u64::MAX], &mut scores);
        assert_eq!(scores, [5, 0, 127]);
    }
}
