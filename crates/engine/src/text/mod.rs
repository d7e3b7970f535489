//! Stage 2: the text as the rules read it — folded words (lowercase, no accents) and tokens with
//! their byte offsets.
//!
//! Reads the document's text; writes [`Token`]s. Every later stage reads words through their folded
//! `key`, so "Défense", "defense" and "DÉFENSE" are one word to every rule, while offsets always
//! point into the original text. The syntactic layer ([`syntax`], over `crates/syntax`) reads the
//! same tokens and adds parts of speech, heads and relations to them.

mod clause;
mod fold;
pub mod syntax;
mod token;
pub mod tree;

pub use clause::{clause_of, clauses, role, same_scope, scope_of, Clause, ClauseKind, Role};
pub use fold::{fold, CharIndex, Folded};
pub use token::{tokenize, Token, TokenKind};
