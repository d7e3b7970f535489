//! Hard-wrapped text: wire copy and plain-text pages often break lines inside sentences
//! ("…the two armies agreed on Wednesday to\nconduct joint patrols…"). Such breaks are joined
//! before tokens are made, so that sentences and names run on over them; every other line break
//! (a paragraph, a headline, a list) stays.

use std::borrow::Cow;

/// How long a line must be to be read as wrapped: shorter ones are headlines, bylines, list items.
const MIN_WRAPPED_LINE: usize = 40;

/// How many breaks before a lowercase word make a text hard-wrapped, so that breaks before a
/// capitalised word inside a sentence ("…with the\nUnited States") are joined too.
const WRAPPED_TEXT: usize = 3;

/// The text with each line break that continues a sentence turned into a space (one byte for one
/// byte, so every offset stays), or the text itself when it has none. A break continues a
/// sentence when the line before is long and ends on no closing punctuation, and the next line
/// goes on with a lowercase word, or, in a hard-wrapped text, with any word after a line ending
/// on a lowercase letter or a comma. Linear in the text.
pub fn unwrap_lines(text: &str) -> Cow<'_, str> {
    let breaks = breaks(text);
    let lowercase = breaks.iter().filter(|b| b.next_lower).count();
    let join: Vec<usize> = breaks
        .iter()
        .filter(|b| b.open && (b.next_lower || lowercase >= WRAPPED_TEXT && b.soft_end && b.next_word))
        .map(|b| b.at)
        .collect();
    if join.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for at in join {
        bytes[at] = b' ';
        if at > 0 && bytes[at - 1] == b'\r' {
            bytes[at - 1] = b' ';
        }
    }
    // only ASCII newlines and carriage returns were replaced by ASCII spaces
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// A line break and what stands around it.
struct Break {
    /// Byte offset of the `\n`.
    at: usize,
    /// The line before is long and ends on no closing punctuation.
    open: bool,
    /// The line before ends on a lowercase letter or a comma.
    soft_end: bool,
    /// The next line starts with a lowercase letter.
    next_lower: bool,
    /// The next line starts with a letter.
    next_word: bool,
}

/// Every single line break of `text` (a blank line after it is a paragraph, never joined).
fn breaks(text: &str) -> Vec<Break> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (at, _) in text.match_indices('\n') {
        let line = text[line_start..at].trim_end();
        line_start = at + 1;
        let next = text[at + 1..].split('\n').next().unwrap_or("");
        let Some(first) = next.chars().next() else { continue };
        let Some(last) = line.chars().next_back() else { continue };
        let closing = matches!(last, '.' | '!' | '?' | ':' | ';' | '»' | '"' | '”' | ')' | '|');
        out.push(Break {
            at,
            open: line.chars().count() >= MIN_WRAPPED_LINE && !closing,
            soft_end: last.is_lowercase() || last == ',',
            next_lower: first.is_lowercase(),
            next_word: first.is_alphabetic(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unwrap_lines;

    #[test]
    fn wrapped_sentences_are_joined_and_paragraphs_stay() {
        let text = "Togo and Benin agreed on Tuesday to hold joint river patrols\nalong their border, the two ministries said in a statement.\n\nNew paragraph.";
        let out = unwrap_lines(text);
        assert_eq!(out.len(), text.len());
        assert!(out.contains("patrols along"), "{out}");
        assert!(out.contains(".\n\nNew"), "{out}");
    }

    #[test]
    fn headlines_and_short_lines_stay() {
        let text = "Joint patrols on the river\nTogo and Benin agreed to hold patrols.\nshort line\nnext";
        assert_eq!(unwrap_lines(text), text);
    }

    #[test]
    fn a_hard_wrapped_text_joins_before_capitals_too() {
        let text = "The armies of the two countries agreed on Monday to hold\njoint patrols with their partners from the\nUnited States along the frontier, officials of both sides\nsaid on Tuesday after three days of talks in the\ncapital, adding that the patrols would begin soon.";
        let out = unwrap_lines(text);
        assert!(!out.contains('\n'), "{out}");
    }
}
