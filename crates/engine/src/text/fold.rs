//! Text utilities shared by the stages: folding for matching, and byte ↔ code-point offsets.
//!
//! Folding maps each character to exactly one character (lowercase, no accent, straight
//! apostrophe), so a folded text keeps a one-to-one map to the original and a match found in it
//! points back to the original bytes. The gazetteer's build script compiles this file too, so it
//! depends on nothing but `std`.

/// Folds one character for matching: lowercase, no accent, straight apostrophe, plain hyphen.
///
/// Always yields exactly one character, so folded text keeps a 1:1 character map to the original.
pub fn fold_char(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' | '′' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => ' ',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'Ā'
        | 'Ă' | 'Ą' => 'a',
        'Ç' | 'ç' | 'ć' | 'č' | 'Ć' | 'Č' => 'c',
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
            'e'
        }
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'İ' | 'Ī' => 'i',
        'Ñ' | 'ñ' | 'ń' | 'ň' | 'Ń' | 'Ň' => 'n',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ō' | 'Ő' => {
            'o'
        }
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ū' | 'Ů' | 'Ű' => {
            'u'
        }
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => 'y',
        'Ś' | 'Š' | 'ś' | 'š' | 'ş' | 'Ş' | 'ș' | 'Ș' => 's',
        'Ź' | 'Ż' | 'Ž' | 'ź' | 'ż' | 'ž' => 'z',
        'Ł' | 'ł' => 'l',
        'Ř' | 'ř' => 'r',
        'Ť' | 'ť' | 'ţ' | 'ț' => 't',
        'Ď' | 'ď' | 'đ' | 'Đ' => 'd',
        'Ğ' | 'ğ' => 'g',
        // Vietnamese letters with two marks ("Việt Nam", "Đà Nẵng"): the block of Latin Extended
        // Additional runs through them base letter by base letter
        '\u{1EA0}'..='\u{1EB7}' => 'a',
        '\u{1EB8}'..='\u{1EC7}' => 'e',
        '\u{1EC8}'..='\u{1ECB}' => 'i',
        '\u{1ECC}'..='\u{1EE3}' | 'Ơ' | 'ơ' => 'o',
        '\u{1EE4}'..='\u{1EF1}' | 'Ư' | 'ư' => 'u',
        '\u{1EF2}'..='\u{1EF9}' => 'y',
        // superscript letters of ordinals and abbreviations ("1ᵉʳ", "2ᵉ", "4ᵗʰ", "Mᵐᵉ"): their
        // letters, so "1ᵉʳ octobre" reads as "1er octobre"
        'ᵃ' => 'a',
        'ᵈ' => 'd',
        'ᵉ' => 'e',
        'ʰ' => 'h',
        'ˡ' => 'l',
        'ᵐ' => 'm',
        'ⁿ' => 'n',
        'ᵒ' => 'o',
        'ʳ' => 'r',
        'ˢ' => 's',
        'ᵗ' => 't',
        'Œ' | 'œ' => 'œ',
        'Æ' | 'æ' => 'æ',
        _ if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        _ => c,
    }
}

/// Folds a string with [`fold_char`], collapsing inner whitespace to single spaces and trimming.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The text folded for matching, with a map from folded byte offsets back to original byte offsets.
pub struct Folded {
    /// Folded text: one character per original character.
    pub text: String,
    /// `map[b]` is the original byte offset of the character starting at folded byte `b` (len + 1 entries).
    map: Vec<u32>,
}

impl Folded {
    /// Folds `text` character by character (whitespace kept as is, apart from no-break spaces).
    pub fn new(text: &str) -> Folded {
        let mut folded = String::with_capacity(text.len() + 8);
        let mut map = Vec::with_capacity(text.len() + 9);
        for (b, c) in text.char_indices() {
            let f = fold_char(c);
            for _ in 0..f.len_utf8() {
                map.push(b as u32);
            }
            folded.push(f);
        }
        map.push(text.len() as u32);
        Folded { text: folded, map }
    }

    /// Original byte offset of a folded byte offset (on a char boundary).
    pub fn original(&self, b: usize) -> usize {
        self.map[b.min(self.map.len() - 1)] as usize
    }
}

/// Converts byte offsets to code-point offsets for one text.
pub struct CharIndex {
    /// For each character longer than one byte: its byte offset, code-point index and byte length.
    wide: Vec<(u32, u32, u8)>,
    len_bytes: usize,
}

impl CharIndex {
    /// Indexes `text` in one pass.
    pub fn new(text: &str) -> CharIndex {
        let wide = text
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| c.len_utf8() > 1)
            .map(|(i, (b, c))| (b as u32, i as u32, c.len_utf8() as u8))
            .collect();
        CharIndex { wide, len_bytes: text.len() }
    }

    /// Code-point offset of byte offset `b` (a char boundary or the end of the text).
    pub fn char_of(&self, b: usize) -> usize {
        let b = b.min(self.len_bytes);
        let n = self.wide.partition_point(|&(wb, _, _)| (wb as usize) < b);
        if n == 0 {
            return b;
        }
        let (wb, wi, wl) = self.wide[n - 1];
        let after = wb as usize + wl as usize;
        wi as usize + 1 + b.saturating_sub(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_apostrophes_and_case() {
        assert_eq!(fold("L’Armée  Populaire"), "l'armee populaire");
        assert_eq!(fold("Biélorussie"), "bielorussie");
        assert_eq!(fold("nord‑coréen"), "nord-coreen");
        // Vietnamese letters with two marks, and the horned vowels
        assert_eq!(fold("Việt Nam, Đà Nẵng, Thượng Ước"), "viet nam, da nang, thuong uoc");
    }

    #[test]
    fn folded_text_maps_back() {
        let t = "Pékin, l’OTAN";
        let f = Folded::new(t);
        let at = f.text.find("otan").unwrap();
        assert_eq!(&t[f.original(at)..], "OTAN");
        assert_eq!(f.original(f.text.len()), t.len());
    }

    #[test]
    fn char_index_counts_code_points() {
        let t = "é😀a bc";
        let idx = CharIndex::new(t);
        for (ci, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(idx.char_of(b), ci);
        }
        assert_eq!(idx.char_of(t.len()), t.chars().count());
        assert_eq!(CharIndex::new("abc").char_of(2), 2);
    }
}
