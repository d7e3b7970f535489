//! Feature hashing: every feature is a 64-bit hash of a template number and a few atoms (hashed
//! word forms, suffixes, tags, labels), and its weights live in the row of a fixed-size table
//! picked by the hash's top bits. The models so keep no string, only weights, and the same code
//! computes the same rows natively and in wasm.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const K1: u64 = 0x9e37_79b9_7f4a_7c15;
const K2: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// Murmur3's 64-bit finaliser: spreads every input bit over the output.
#[inline]
pub(crate) const fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// An incremental FNV-1a hash over a stream of characters.
#[derive(Clone, Copy)]
pub(crate) struct CharHash(u64);

impl CharHash {
    /// A hash of nothing yet, salted by `salt` so streams of different kinds differ.
    #[inline]
    pub(crate) fn new(salt: u64) -> CharHash {
        CharHash(FNV_OFFSET ^ salt.wrapping_mul(K1))
    }

    /// Adds one character.
    #[inline]
    pub(crate) fn push(&mut self, c: char) {
        self.0 = (self.0 ^ c as u64).wrapping_mul(FNV_PRIME);
    }

    /// The finished hash.
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        fmix(self.0)
    }
}

/// The hash of feature template `t` over `atoms`. The atoms are already well-mixed hashes, so
/// one multiplication per atom is enough for the top bits (the row) to depend on all of them.
#[inline]
pub(crate) fn feature(t: u32, atoms: &[u64]) -> u64 {
    let mut h = fmix(t as u64 + 1);
    for &a in atoms {
        h = (h ^ a).wrapping_mul(K2);
    }
    h
}

/// The hash of feature template `t` over `atoms` that take few values (tags, labels, distances):
/// its top `k` bits are cleared, so these features share the first `1/2^k` of a table's rows,
/// a block small enough to stay in the processor's cache while the rows of word features,
/// spread over the whole table, are read from memory.
#[inline]
pub(crate) fn closed(k: u32, t: u32, atoms: &[u64]) -> u64 {
    feature(t, atoms) >> k
}

/// The atom of a small number (a tag, a label, a distance bucket), salted by `kind`.
#[inline]
pub(crate) const fn small(kind: u64, n: u64) -> u64 {
    fmix(kind.wrapping_mul(K2) ^ n.wrapping_add(1).wrapping_mul(K1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_distinct() {
        assert_eq!(feature(3, &[1, 2]), feature(3, &[1, 2]));
        assert_ne!(feature(3, &[1, 2]), feature(3, &[2, 1]));
        assert_ne!(feature(3, &[1, 2]), feature(4, &[1, 2]));
        // the value is part of the model format: it must not change between builds or targets
        assert_eq!(feature(0, &[]), fmix(1));
        let mut h = CharHash::new(0);
        h.push('a');
        assert_ne!(h.finish(), CharHash::new(0).finish());
    }
}
