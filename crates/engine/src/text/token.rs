//! Stage 2: words with byte offsets and a folded key.
//!
//! Reads the text; writes [`Token`]s: words, numbers and punctuation, each with its byte range,
//! its folded key, whether it is capitalised or all capitals, and whether it opens a line. French
//! elisions (`l'`, `d'`, `qu'`) are tokens of their own so "l'exercice" is read as "exercice".
//! Every rule after this reads tokens, never raw characters.

use super::fold::fold;
use crate::lang::Words;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits inside a word).
    Word,
    /// Digits only.
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// A token of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Folded form (lowercase, no accents, straight apostrophes).
    pub key: String,
    /// Kind.
    pub kind: TokenKind,
    /// First letter is uppercase.
    pub cap: bool,
    /// Two or more letters, all uppercase.
    pub upper: bool,
    /// A line break separates this token from the previous one.
    pub line_start: bool,
}

impl Token {
    /// Whether this token's key is one of `words`.
    pub fn is(&self, words: &[&str]) -> bool {
        words.contains(&self.key.as_str())
    }

    /// Whether this token's key is in either half of `words` (a function-word class such as
    /// [`crate::lang::ARTICLES`]).
    pub fn is_in(&self, words: Words) -> bool {
        words.contains(&self.key)
    }
}

const ELISIONS: &[&str] =
    &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu"];

/// Whether `c` is an apostrophe, straight or typographic (or a grave or acute accent typed for
/// one: "Cyprus` Ambassador", "l´armée").
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

/// Splits `text` into tokens; French elisions (`l'`, `d'`, `qu'`) become their own tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut newline = true;
    while let Some((b, c)) = chars.next() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                newline = true;
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = b + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(nb, nc)) = chars.peek() {
                if nc.is_alphanumeric() || nc == '\u{300}' || ('\u{301}'..='\u{36f}').contains(&nc) {
                    all_digits &= nc.is_ascii_digit();
                    end = nb + nc.len_utf8();
                    chars.next();
                } else if is_apostrophe(nc) {
                    // elision: split after the apostrophe; otherwise keep the word whole (aujourd'hui)
                    let word = fold(&text[b..end]);
                    if ELISIONS.contains(&word.as_str()) {
                        end = nb + nc.len_utf8();
                        chars.next();
                        break;
                    }
                    let mut look = chars.clone();
                    look.next();
                    let after = look.next().map(|(_, c)| c);
                    let possessive = matches!(after, Some('s' | 'S'))
                        && !look.peek().is_some_and(|&(_, c)| c.is_alphanumeric());
                    match after {
                        Some(after) if after.is_alphabetic() && !possessive => {
                            end = nb + nc.len_utf8();
                            chars.next();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            tokens.push(make(
                text,
                b,
                end,
                if all_digits { TokenKind::Number } else { TokenKind::Word },
                newline,
            ));
        } else {
            tokens.push(make(text, b, b + c.len_utf8(), TokenKind::Punct, newline));
        }
        newline = false;
    }
    tokens
}

/// A token of `text[start..end]`, with its folded key and its case flags.
fn make(text: &str, start: usize, end: usize, kind: TokenKind, line_start: bool) -> Token {
    let s = &text[start..end];
    let letters = s.chars().filter(|c| c.is_alphabetic());
    let cap = s.chars().next().is_some_and(|c| c.is_uppercase());
    let upper = letters.clone().count() >= 2 && letters.clone().all(|c| c.is_uppercase());
    Token { start, end, key: fold(s), kind, cap, upper, line_start }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn splits_elisions_and_keeps_words() {
        assert_eq!(keys("l’OTAN d'Asie aujourd'hui"), ["l'", "otan", "d'", "asie", "aujourd'hui"]);
        assert_eq!(keys("sino-russes, 2024."), ["sino", "-", "russes", ",", "2024", "."]);
        assert_eq!(keys("Beijing's army, O'Brien"), ["beijing", "'", "s", "army", ",", "o'brien"]);
    }

    #[test]
    fn marks_case_and_lines() {
        let t = tokenize("La OTAN\nfoo");
        assert!(t[0].cap && !t[0].upper && t[0].line_start);
        assert!(t[1].upper);
        assert!(t[2].line_start && !t[2].cap);
    }
}
