//! More word lists of the names stage read in both languages ([`Words`]), beside those of
//! `words.rs`: each has a French half in `french/names.rs` and an English half in
//! `english/names.rs`.

use super::words::Words;
use super::{english, french};

/// Letters of an office or an honour written after a person's name ("Ana Rivera MP"): they close
/// the name and are no part of it.
pub const POST_NOMINALS: Words = Words { fr: french::POST_NOMINALS, en: english::POST_NOMINALS };

/// Words of a faith or a creed, nouns and adjectives ("Orthodox", "chiite"): a run of them names
/// a community, never a person.
pub const CREED_WORDS: Words = Words { fr: french::CREED_WORDS, en: english::CREED_WORDS };

/// Nouns of one power's hold over others ("the Moscow grip", "l'emprise de Pékin"): a capital
/// holding it stands for its government.
pub const POWER_NOUNS: Words = Words { fr: french::POWER_NOUNS, en: english::POWER_NOUNS };

/// Verbs of giving by a state's act ("offre à Rabat un accès", "offers Rabat access"): a capital
/// given something stands for its government.
pub const GIVING_VERBS: Words = Words { fr: french::GIVING_VERBS, en: english::GIVING_VERBS };

/// Words of address or rank written before a name without being part of it ("Sheikh", "Emir",
/// "Prince"): no unknown first name.
pub const ADDRESS_WORDS: Words = Words { fr: french::ADDRESS_WORDS, en: english::ADDRESS_WORDS };
