//! Function-word classes read in both languages: the articles, prepositions and conjunctions
//! the rules look for around a name or a verb. Each class is a [`Words`] whose halves live in
//! `french/function.rs` and `english/function.rs` (the classes "and", "with" and "since" are in
//! `words.rs`). Rules test a token with [`crate::text::Token::is_in`], so a French article in an
//! English quote still reads as one.

use super::{english, french, Words};

/// Definite articles ("the", "la", "le", "l'", "les").
pub const ARTICLES: Words = Words { fr: french::ARTICLES, en: english::ARTICLES };

/// The genitive preposition and its French contractions ("of", "de", "du", "des", "d'").
pub const OF_WORDS: Words = Words { fr: french::OF_WORDS, en: english::OF_WORDS };

/// The agent's preposition of a passive ("by", "par").
pub const BY_WORDS: Words = Words { fr: french::BY_WORDS, en: english::BY_WORDS };

/// "Between" and "entre", which pair the sides around them.
pub const BETWEEN_WORDS: Words = Words { fr: french::BETWEEN_WORDS, en: english::BETWEEN_WORDS };

/// Words opening a clause of content or a relative one ("that", "which", "que").
pub const THAT_WORDS: Words = Words { fr: french::THAT_WORDS, en: english::THAT_WORDS };

/// The locative before a named gathering that hosts a meeting ("met at X 2022", "à Y 2022").
pub const VENUE_MARKS: Words = Words { fr: french::VENUE_MARKS, en: english::VENUE_MARKS };

/// The preposition that makes its subject the hidden author of an act ("X was behind the
/// attack", "X serait derrière l'attaque").
pub const BEHIND_WORDS: Words = Words { fr: french::BEHIND_WORDS, en: english::BEHIND_WORDS };

/// Forms of "to be" ("was", "est", "serait").
pub const COPULAS: Words = Words { fr: french::COPULAS, en: english::COPULAS };

/// The preposition of an origin ("returned from X", "de retour de X").
pub const FROM_WORDS: Words = Words { fr: french::FROM_WORDS, en: english::FROM_WORDS };

/// Locatives placing something inside a country ("criticism in X", "des critiques au X").
pub const INSIDE_WORDS: Words = Words { fr: french::INSIDE_WORDS, en: english::INSIDE_WORDS };

/// Words of means before what ties are kept by ("through visits", "à travers des exercices").
pub const MEANS_WORDS: Words = Words { fr: french::MEANS_WORDS, en: english::MEANS_WORDS };

/// "Others", "autres": more of a list told before.
pub const OTHERS_WORDS: Words = Words { fr: french::OTHERS_WORDS, en: english::OTHERS_WORDS };

/// Adverbs of closeness ("closely", "étroitement"), cooperation only with a partner after them.
pub const CLOSENESS_WORDS: Words = Words { fr: french::CLOSENESS_WORDS, en: english::CLOSENESS_WORDS };
