//! The engine's error type: a struct over a `#[non_exhaustive]` [`ErrorKind`], with a lowercase
//! message. Only decoding and parsing a reference date can fail; analysing text never does.

use std::fmt;

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no text.
    Empty,
    /// The input looks like a binary file (image, archive, executable…).
    Binary,
    /// A reference date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate,
}

/// An error of the engine, with a lowercase message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// Builds an error.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into() }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
