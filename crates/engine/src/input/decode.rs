//! Stage 1: bytes to text — encoding detection (UTF-8, UTF-16 with BOM, Windows-1252), binary
//! files refused, saved web pages reduced to their article text with a real HTML tokenizer.
//!
//! Reads a file's bytes and name; writes a [`Decoded`] text with the page's title and
//! publication date when it has them. It runs before the pipeline (the CLI and the page call it
//! on files), and it is the only fallible step: an empty or binary input is an [`Error`]. The
//! date it reads from the page's metadata is checked with [`ReferenceDate::parse`](crate::reference::ReferenceDate::parse), the one parser
//! of reference dates.

use html5gum::{Token, Tokenizer};

use crate::error::{Error, ErrorKind};

/// Text extracted from a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decoded {
    /// The article text that offsets refer to.
    pub text: String,
    /// The page title, for HTML input.
    pub title: Option<String>,
    /// The publication date of an HTML page (`YYYY-MM-DD`), from its metadata.
    pub date: Option<String>,
    /// Whether the input was an HTML page.
    pub html: bool,
}

/// Windows-1252 code points for bytes 0x80–0x9F (0 where undefined).
const CP1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
];

/// Magic numbers of common binary formats.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1F\x8B", "gzip archive"),
    (b"\x7FELF", "executable"),
    (b"\0asm", "WebAssembly module"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "media file"),
    (b"OggS", "media file"),
    (b"ID3", "MP3 audio"),
    (b"7z\xBC\xAF", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
];

/// Decodes UTF-16 (after its byte-order mark) in the given byte order, a lone surrogate becoming U+FFFD.
fn decode_utf16(bytes: &[u8], little: bool) -> String {
    let units = bytes.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect()
}

/// Decodes Windows-1252, the usual encoding of older French pages that are not UTF-8.
fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(u32::from(CP1252[(b - 0x80) as usize]))
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}'),
            _ => char::from(b),
        })
        .collect()
}

/// Bytes to text; refuses binary content.
fn to_text(bytes: &[u8]) -> Result<String, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(String::from_utf8_lossy(rest).into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_utf16(rest, true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_utf16(rest, false));
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(Error::new(ErrorKind::Binary, format!("looks like a binary file ({what}), not text")));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if sample.contains(&0) || controls * 20 > sample.len().max(1) {
        return Err(Error::new(ErrorKind::Binary, "looks like a binary file, not text"));
    }
    Ok(match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => decode_cp1252(bytes),
    })
}

/// Whether an input is an HTML page: by its extension, else by a doctype, `<html>`, `<head>` or
/// `<body>` tag in its first 512 characters.
fn looks_like_html(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".html", ".htm", ".xhtml", ".shtml"].iter().any(|e| lower.ends_with(e)) {
        return true;
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.contains("<head")
}

/// Decodes a file's bytes (UTF-8, UTF-16 with BOM, Windows-1252) and extracts the text of HTML
/// pages. Empty and binary inputs are refused with a clear message.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, Error> {
    let text = to_text(bytes)?;
    let decoded = if looks_like_html(name, &text) {
        extract_html(&text)
    } else {
        Decoded { text: text.replace("\r\n", "\n"), ..Decoded::default() }
    };
    if decoded.text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, "no text in file"));
    }
    Ok(decoded)
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "select", "head", "object", "canvas", "math",
];

/// Elements that end a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "figure",
    "ul",
    "ol",
    "table",
    "main",
    "dd",
    "dt",
    "pre",
    "hr",
    "address",
    "caption",
    "td",
    "th",
];

/// The value of attribute `key` of an HTML start tag (case-insensitive), trimmed.
fn attr(tag: &html5gum::StartTag<()>, key: &str) -> Option<String> {
    tag.attributes
        .iter()
        .find(|(k, _)| k.0.eq_ignore_ascii_case(key.as_bytes()))
        .map(|(_, v)| String::from_utf8_lossy(&v.value.0).trim().to_string())
}

/// A publication date from metadata, normalised to `YYYY-MM-DD`.
fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let day = s.get(..10)?;
    let b = day.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    ok.then(|| day.to_string()).filter(|d| crate::reference::ReferenceDate::parse(d).is_some())
}

/// The article text of an HTML page: `<article>` (or `<main>`) when present, else the body, without
/// scripts, navigation, headers, footers and forms; blocks become lines.
///
/// One function on purpose: a single pass over the HTML tokenizer's events keeps a small state
/// (inside `<article>`, inside a skipped element, the current block's text, the metadata seen);
/// splitting the pass would spread that state over several functions.
fn extract_html(html: &str) -> Decoded {
    // two buffers: everything, and the content of <article>/<main>
    let mut all = String::new();
    let mut article = String::new();
    let mut skip_depth: Vec<String> = Vec::new();
    let mut in_article = 0usize;
    let mut in_title = false;
    let mut title = String::new();
    let mut og_title = None;
    let mut h1: Option<String> = None;
    let mut in_h1 = false;
    let mut h1_text = String::new();
    let mut date = None;
    let push = |buf: &mut String, s: &str| buf.push_str(s);
    let newline = |buf: &mut String| {
        let trimmed = buf.trim_end_matches([' ', '\t']).len();
        buf.truncate(trimmed);
        if !buf.is_empty() && !buf.ends_with("\n\n") {
            buf.push('\n');
        }
    };
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name.0).to_ascii_lowercase();
                if name == "meta" {
                    let key = attr(&tag, "property")
                        .or_else(|| attr(&tag, "name"))
                        .or_else(|| attr(&tag, "itemprop"));
                    let content = attr(&tag, "content");
                    match (key.as_deref(), content) {
                        (Some("og:title"), Some(c)) => og_title = Some(c),
                        (
                            Some("article:published_time" | "date" | "datePublished" | "pubdate" | "dc.date"),
                            Some(c),
                        ) => date = date.or_else(|| iso_day(&c)),
                        _ => {}
                    }
                    continue;
                }
                if name == "time" && date.is_none() {
                    date = attr(&tag, "datetime").and_then(|d| iso_day(&d));
                }
                if name == "title" {
                    in_title = true;
                    continue;
                }
                if SKIP.contains(&name.as_str()) && !tag.self_closing {
                    skip_depth.push(name);
                    continue;
                }
                if !skip_depth.is_empty() {
                    continue;
                }
                if name == "article" || name == "main" {
                    in_article += 1;
                }
                if name == "h1" {
                    in_h1 = true;
                }
                if BLOCK.contains(&name.as_str()) {
                    newline(&mut all);
                    if in_article > 0 {
                        newline(&mut article);
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name.0).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                    continue;
                }
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                    continue;
                }
                if !skip_depth.is_empty() {
                    continue;
                }
                if name == "h1" && in_h1 {
                    in_h1 = false;
                    if h1.is_none() && !h1_text.trim().is_empty() {
                        h1 = Some(h1_text.split_whitespace().collect::<Vec<_>>().join(" "));
                    }
                }
                if BLOCK.contains(&name.as_str()) {
                    newline(&mut all);
                    if in_article > 0 {
                        newline(&mut article);
                    }
                }
                if (name == "article" || name == "main") && in_article > 0 {
                    in_article -= 1;
                    newline(&mut article);
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s.value.0).into_owned();
                if in_title {
                    title.push_str(&s);
                    continue;
                }
                if !skip_depth.is_empty() {
                    continue;
                }
                let collapsed = collapse(&s);
                if in_h1 {
                    h1_text.push_str(&collapsed);
                }
                push(&mut all, &collapsed);
                if in_article > 0 {
                    push(&mut article, &collapsed);
                }
            }
            _ => {}
        }
    }
    let body = if article.trim().chars().count() >= 200 { article } else { all };
    let text = tidy(&body);
    let title = og_title
        .or_else(|| {
            (!title.trim().is_empty()).then(|| title.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .or(h1);
    Decoded { text, title, date, html: true }
}

/// Collapses whitespace runs to one space (no-break spaces become spaces).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// Trims every line, keeps at most one blank line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in s.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_utf16_and_windows_1252() {
        assert_eq!(decode("Défense".as_bytes(), "a.txt").unwrap().text, "Défense");
        assert_eq!(decode(b"\xEF\xBB\xBFD\xC3\xA9fense", "a.txt").unwrap().text, "Défense");
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Pékin".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&le, "a.txt").unwrap().text, "Pékin");
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Pékin".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&be, "a.txt").unwrap().text, "Pékin");
        // Windows-1252: é = 0xE9, œ = 0x9C, ’ = 0x92
        assert_eq!(decode(b"man\x9Cuvres d\x92\xE9t\xE9", "a.txt").unwrap().text, "manœuvres d’été");
    }

    #[test]
    fn refuses_binary_and_empty_files() {
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0", "x.png").unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::Binary);
        assert!(e.to_string().contains("PNG image"));
        assert_eq!(decode(b"abc\0def", "x.bin").unwrap_err().kind(), &ErrorKind::Binary);
        assert_eq!(decode(b"  \n\t ", "x.txt").unwrap_err().kind(), &ErrorKind::Empty);
        assert_eq!(
            decode(b"<html><script>x()</script></html>", "x.html").unwrap_err().kind(),
            &ErrorKind::Empty
        );
    }

    #[test]
    fn extracts_article_text_from_html() {
        let html = r#"<!doctype html><html><head><title>Site | Titre</title>
            <meta property="og:title" content="Exercice conjoint">
            <meta property="article:published_time" content="2024-07-12T08:00:00Z">
            <script>var x = "<p>pas du texte</p>";</script><style>p{color:red}</style></head>
            <body><nav><a href="/">Accueil</a></nav>
            <article><h1>Exercice conjoint</h1><p>La Chine et le B&eacute;larus m&#232;nent un exercice&nbsp;conjoint.</p>
            <p>Les soldats   sont arrivés<br>à Brest.</p></article>
            <footer>© Journal</footer></body></html>"#;
        let d = decode(html.as_bytes(), "page.html").unwrap();
        assert_eq!(d.title.as_deref(), Some("Exercice conjoint"));
        assert_eq!(d.date.as_deref(), Some("2024-07-12"));
        assert!(d.html);
        assert!(d.text.contains("La Chine et le Bélarus mènent un exercice conjoint."), "{}", d.text);
        assert!(d.text.contains("Les soldats sont arrivés\nà Brest."), "{}", d.text);
        for absent in ["pas du texte", "color", "Accueil", "Journal"] {
            assert!(!d.text.contains(absent), "{absent} in {}", d.text);
        }
    }

    #[test]
    fn sniffs_html_without_extension() {
        let d = decode(b"<html><body><p>Un</p><p>Deux</p></body></html>", "stdin").unwrap();
        assert_eq!(d.text, "Un\n\nDeux");
        assert_eq!(decode(b"a < b and c > d", "note.txt").unwrap().text, "a < b and c > d");
    }
}
