//! French halves of the function-word classes (`crate::lang::ARTICLES` and its neighbours in
//! `function_words.rs`): the small closed words the rules read around a name or a verb.

/// French half of [`crate::lang::ARTICLES`].
pub const ARTICLES: &[&str] = &["la", "le", "l'", "les"];

/// French half of [`crate::lang::OF_WORDS`]: "de" and its contractions.
pub const OF_WORDS: &[&str] = &["de", "du", "des", "d'"];

/// French half of [`crate::lang::BY_WORDS`].
pub const BY_WORDS: &[&str] = &["par"];

/// French half of [`crate::lang::BETWEEN_WORDS`].
pub const BETWEEN_WORDS: &[&str] = &["entre"];

/// French half of [`crate::lang::THAT_WORDS`].
pub const THAT_WORDS: &[&str] = &["que", "qu'"];

/// French half of [`crate::lang::VENUE_MARKS`].
pub const VENUE_MARKS: &[&str] = &["a", "au"];

/// French half of [`crate::lang::BEHIND_WORDS`].
pub const BEHIND_WORDS: &[&str] = &["derriere"];

/// French half of [`crate::lang::COPULAS`].
pub const COPULAS: &[&str] =
    &["est", "etait", "serait", "sont", "etaient", "seraient", "soit", "etre", "ete"];

/// French half of [`crate::lang::FROM_WORDS`].
pub const FROM_WORDS: &[&str] = &["de", "d'", "du", "des"];

/// French half of [`crate::lang::INSIDE_WORDS`].
pub const INSIDE_WORDS: &[&str] = &["au", "aux", "en"];

/// French half of [`crate::lang::MEANS_WORDS`] ("à travers", "par le biais de", "via").
pub const MEANS_WORDS: &[&str] = &["travers", "biais", "via"];

/// French half of [`crate::lang::OTHERS_WORDS`].
pub const OTHERS_WORDS: &[&str] = &["autres"];

/// French half of [`crate::lang::CLOSENESS_WORDS`].
pub const CLOSENESS_WORDS: &[&str] = &["etroitement"];
