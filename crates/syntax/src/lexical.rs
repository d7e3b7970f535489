//! The lexical atoms of a word, computed once per word in one pass over its characters without
//! allocating: its normalised form, suffixes, first letter and shape, each as a hash.
//!
//! Normalising lowercases, writes every ASCII digit as `0`, straight quotes and apostrophes and
//! plain dashes, so "2024"/"1999", "l’"/"l'" and «»/"" are one form to the features.

use crate::hash::{small, CharHash};

/// Salts of the atom kinds (any distinct values).
const NORM: u64 = 1;
const SUFFIX: u64 = 2;
const PREFIX: u64 = 3;
const SHAPE: u64 = 4;
const FLAGS: u64 = 5;
const CASED: u64 = 6;

/// The hashed atoms of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lex {
    /// The normalised form.
    pub norm: u64,
    /// Its last two, three and four characters.
    pub suffix: [u64; 3],
    /// Its first character.
    pub prefix: u64,
    /// Its shape: character classes (`X`, `x`, `d`, others as themselves), runs collapsed.
    pub shape: u64,
    /// Length bucket and case: first letter upper, all upper.
    pub flags: u64,
    /// The form with its case (digits and quotes still folded).
    pub cased: u64,
    /// Its first three characters.
    pub prefix3: u64,
    /// Its last character.
    pub suffix1: u64,
    /// Whether it has letters and is written all in capitals (headlines, acronyms).
    pub all_upper: bool,
}

/// The character `c` as the features read it (ASCII digit, quote, apostrophe, dash folded).
#[inline]
fn normal(c: char) -> char {
    match c {
        '0'..='9' => '0',
        '’' | 'ʼ' | '‘' | '`' | '´' => '\'',
        '“' | '”' | '„' | '«' | '»' | '‟' | '″' => '"',
        '–' | '—' | '‒' | '―' | '‐' | '‑' => '-',
        _ => c,
    }
}

/// The class of `c` in a word's shape.
#[inline]
fn class(c: char) -> char {
    if c.is_ascii_digit() {
        'd'
    } else if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else {
        normal(c)
    }
}

impl Lex {
    /// The atoms of `word`.
    pub(crate) fn of(word: &str) -> Lex {
        let mut norm = CharHash::new(NORM);
        let mut cased = CharHash::new(CASED);
        let mut prefix3 = CharHash::new(PREFIX + 1);
        let mut shape = CharHash::new(SHAPE);
        let mut last = ['\0'; 4];
        let (mut count, mut letters, mut uppers) = (0usize, 0usize, 0usize);
        let mut first = None;
        let mut first_upper = false;
        let mut prev_class = '\0';
        for c in word.chars() {
            let k = class(c);
            if k != prev_class {
                shape.push(k);
                prev_class = k;
            }
            if c.is_alphabetic() {
                letters += 1;
                uppers += usize::from(c.is_uppercase());
            }
            if count == 0 {
                first_upper = c.is_uppercase();
            }
            cased.push(normal(c));
            for l in normal(c).to_lowercase() {
                norm.push(l);
                if count < 3 {
                    prefix3.push(l);
                }
                first.get_or_insert(l);
                last.rotate_left(1);
                last[3] = l;
                count += 1;
            }
        }
        let suffix = [2usize, 3, 4].map(|k| {
            let mut h = CharHash::new(SUFFIX + k as u64);
            for &c in &last[4 - k.min(count)..] {
                h.push(c);
            }
            h.finish()
        });
        let mut suffix1 = CharHash::new(SUFFIX + 1);
        suffix1.push(last[3]);
        let mut prefix = CharHash::new(PREFIX);
        prefix.push(first.unwrap_or('\0'));
        let all_upper = letters >= 2 && uppers == letters;
        let flags =
            small(FLAGS, (count.min(4) as u64) << 2 | u64::from(first_upper) << 1 | u64::from(all_upper));
        Lex {
            norm: norm.finish(),
            suffix,
            prefix: prefix.finish(),
            shape: shape.finish(),
            flags,
            cased: cased.finish(),
            prefix3: prefix3.finish(),
            suffix1: suffix1.finish(),
            all_upper,
        }
    }

    /// The atoms of a node that is no word: `n` tells which (the root, a position before the
    /// sentence, after it, an empty stack slot).
    pub(crate) const fn none(n: u64) -> Lex {
        let h = small(NORM, u64::MAX - n);
        Lex {
            norm: h,
            suffix: [h; 3],
            prefix: h,
            shape: h,
            flags: h,
            cased: h,
            prefix3: h,
            suffix1: h,
            all_upper: false,
        }
    }
}

/// The atoms standing for a position before the sentence and after it.
const BEFORE: Lex = Lex::none(1);
const AFTER: Lex = Lex::none(2);

/// Word `i` of `lex` and its neighbours, in the order the taggers read them: the word, one and
/// two to its left, one and two to its right (past either end, the atoms of no word).
#[inline]
pub(crate) fn window(lex: &[Lex], i: usize) -> [&Lex; 5] {
    let at = |d: isize| -> &Lex {
        let j = i as isize + d;
        if j < 0 {
            &BEFORE
        } else {
            lex.get(j as usize).unwrap_or(&AFTER)
        }
    };
    [at(0), at(-1), at(-2), at(1), at(2)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_digits_case_and_quotes() {
        assert_eq!(Lex::of("2024").norm, Lex::of("1999").norm);
        assert_eq!(Lex::of("L’").norm, Lex::of("l'").norm);
        assert_eq!(Lex::of("Paris").norm, Lex::of("paris").norm);
        assert_ne!(Lex::of("Paris").flags, Lex::of("paris").flags);
        assert_eq!(Lex::of("nation").suffix[2], Lex::of("station").suffix[2]);
        assert_eq!(Lex::of("Jean-Pierre").shape, Lex::of("Marie-Anne").shape);
        assert_ne!(Lex::of("").norm, Lex::of("a").norm);
    }
}
