//! English halves of the function-word classes (`crate::lang::ARTICLES` and its neighbours in
//! `function_words.rs`).

/// English half of [`crate::lang::ARTICLES`].
pub const ARTICLES: &[&str] = &["the"];

/// English half of [`crate::lang::OF_WORDS`].
pub const OF_WORDS: &[&str] = &["of"];

/// English half of [`crate::lang::BY_WORDS`].
pub const BY_WORDS: &[&str] = &["by"];

/// English half of [`crate::lang::BETWEEN_WORDS`].
pub const BETWEEN_WORDS: &[&str] = &["between"];

/// English half of [`crate::lang::THAT_WORDS`]: the words opening a clause of content or a
/// relative one.
pub const THAT_WORDS: &[&str] = &["that", "which"];

/// English half of [`crate::lang::VENUE_MARKS`].
pub const VENUE_MARKS: &[&str] = &["at"];

/// English half of [`crate::lang::BEHIND_WORDS`].
pub const BEHIND_WORDS: &[&str] = &["behind"];

/// English half of [`crate::lang::COPULAS`].
pub const COPULAS: &[&str] = &["is", "was", "were", "are", "be", "been", "being"];

/// English half of [`crate::lang::FROM_WORDS`].
pub const FROM_WORDS: &[&str] = &["from"];

/// English half of [`crate::lang::INSIDE_WORDS`].
pub const INSIDE_WORDS: &[&str] = &["in", "within"];

/// English half of [`crate::lang::MEANS_WORDS`].
pub const MEANS_WORDS: &[&str] = &["through", "via"];

/// English half of [`crate::lang::OTHERS_WORDS`].
pub const OTHERS_WORDS: &[&str] = &["others"];

/// English half of [`crate::lang::CLOSENESS_WORDS`].
pub const CLOSENESS_WORDS: &[&str] = &["closely"];
