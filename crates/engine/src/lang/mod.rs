//! Stage 3: language detection, and every word list of each language, one file per language
//! (`french.rs`, `english/`).
//!
//! Reads tokens; writes the document's [`Lang`] and hands the stages its [`Lexicon`] (the words
//! the rules of that language need) and the [`Calendar`] and [`Words`] lists that are read in both
//! languages, because news in one language quotes dates, titles and names in the other. Rules
//! never spell a language's words inline when a list here can hold them; a word list's halves
//! never give a word two meanings, so the order they are read in changes nothing.

mod english;
mod event_words;
mod french;
mod function_words;
mod name_words;
mod relation_words;
mod verbs;
mod words;

pub use event_words::*;
pub use function_words::*;
pub use name_words::*;
pub use relation_words::*;
pub use verbs::*;
pub use words::*;

use crate::analysis::{EventType, Lang};
use crate::text::Token;

/// The words the rules of one language need, all folded (lowercase, no accents).
pub struct Lexicon {
    /// Frequent function words, for language detection.
    pub stopwords: &'static [&'static str],
    /// Words that open an organization's name when capitalised (`Conseil`, `Council`).
    pub org_heads: &'static [&'static str],
    /// Words that open a ministry's name, even in lowercase (`ministère`).
    pub ministry_heads: &'static [&'static str],
    /// Words that may continue an organization's name in lowercase (`populaire`, `central`).
    pub org_inner: &'static [&'static str],
    /// Words that stop a name (determiners, prepositions that are never part of a name, verbs).
    pub name_stops: &'static [&'static str],
    /// Words linking parts of a name (`de`, `du`, `of`, `the`).
    pub connectors: &'static [&'static str],
    /// Words that introduce a place name (`ville de`, `province of`).
    pub place_heads: &'static [&'static str],
    /// Prepositions that introduce where something happens.
    pub locatives: &'static [&'static str],
    /// Words that, right after a capital city, show it acts as a government.
    pub government_verbs: &'static [&'static str],
    /// Words that, right before a capital city, show it acts as a government.
    pub government_before: &'static [&'static str],
    /// Event triggers: folded word and the event it announces.
    pub triggers: &'static [(&'static str, EventType)],
    /// Words that make a following trigger a topic, not an occurrence (`accent sur les exercices`).
    pub topic_cues: &'static [&'static str],
    /// Words that make a deployment trigger real only with troops (`envoyer`, `send`).
    pub troop_words: &'static [&'static str],
    /// Opposition cues.
    pub opposition: &'static [&'static str],
    /// Support cues.
    pub support: &'static [&'static str],
    /// Cooperation cues.
    pub cooperation: &'static [&'static str],
    /// Words that make a sentence negated or hypothetical for events.
    pub negations: &'static [&'static str],
    /// Words standing for "both sides" (`les deux parties`, `both sides`).
    pub both_sides: &'static [&'static str],
    /// Compass words that, before a country ("dans l'ouest de la France", "in northern Syria"), make
    /// it only where a place lies.
    pub compass: &'static [&'static str],
    /// Legal-form words that end a company's name ("Inc", "Ltd", "SA"), with whether the form is
    /// an abbreviation whose dot belongs to the name ("Corp.").
    pub company_forms: &'static [(&'static str, bool)],
    /// Nouns of firms that name the company right after them, over a demonym ("le constructeur
    /// turc X", "drone maker Y"): whatever the name's words, it is a company's.
    pub firm_nouns: &'static [&'static str],
}

impl Lexicon {
    /// The event the trigger word `w` (folded) announces, if it is one.
    pub fn trigger(&self, w: &str) -> Option<EventType> {
        self.triggers.iter().find(|(t, _)| *t == w).map(|&(_, kind)| kind)
    }

    /// Whether `w` (folded) is a trigger word of an exercise ("drills", "manœuvres").
    pub fn is_exercise_word(&self, w: &str) -> bool {
        self.triggers.iter().any(|&(t, kind)| kind == EventType::Exercise && t == w)
    }
}

/// The lexicon of a language.
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &french::FRENCH,
        Lang::En => &english::ENGLISH,
    }
}

/// Detects French or English from stopword counts (French when undecided, English when nothing
/// at all tells).
pub fn detect(tokens: &[Token]) -> Lang {
    let (mut fr, mut en) = (0usize, 0usize);
    for t in tokens.iter().take(5000) {
        if french::FRENCH.stopwords.contains(&t.key.as_str()) {
            fr += 1;
        }
        if english::ENGLISH.stopwords.contains(&t.key.as_str()) {
            en += 1;
        }
    }
    if en == fr {
        // short texts ("See you tomorrow."): calendar words decide
        // (a day glued to its month counts by the month: "15sept")
        for t in tokens.iter().take(200) {
            let w = t.key.trim_start_matches(|c: char| c.is_ascii_digit());
            if english::ENGLISH_CALENDAR.only_here.contains(&w) {
                en += 1;
            }
            if french::FRENCH_CALENDAR.only_here.contains(&w) {
                fr += 1;
            }
        }
    }
    // a text of figures alone ("8/10/2012") reads the English way; an empty one stays French
    if en > fr || (en == 0 && fr == 0 && !tokens.is_empty()) {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// A span of calendar time a count can measure ("three weeks", "deux mois").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    /// A day.
    Day,
    /// Two weeks ("fortnight", "quinzaine").
    Fortnight,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// The calendar words of one language, all folded (lowercase, no accents): what the date grammar
/// reads. The grammar looks words up in both languages (French first), since articles quote dates
/// in the other language and abbreviations cross over; none of the words below means different
/// things in the two languages, so the order never changes a value.
pub struct Calendar {
    /// Month names and abbreviations, with the month's number (1–12).
    pub months: &'static [(&'static str, u32)],
    /// Weekday names, with the weekday's number (0 = Monday).
    pub weekdays: &'static [(&'static str, i64)],
    /// Weekday abbreviations, trusted only before a dot or a comma or with a capital.
    pub weekday_abbreviations: &'static [(&'static str, i64)],
    /// Cardinal numbers written in words.
    pub numbers: &'static [(&'static str, i64)],
    /// Ordinals for days and ranks, in words and in figures with a suffix.
    pub ordinals: &'static [(&'static str, i64)],
    /// Units of time.
    pub units: &'static [(&'static str, Unit)],
    /// Calendar words of this language only, to tell short texts apart.
    pub only_here: &'static [&'static str],
    /// Era markers after a year, as token keys ("AD", "p. Chr. n."): they make any number a year.
    pub eras: &'static [&'static [&'static str]],
    /// Short units glued to a count in compact offsets ("3w", "-5d", "2mo").
    pub unit_abbreviations: &'static [(&'static str, Unit)],
    /// Words that may stand beside a date on a line that holds nothing else (times, articles).
    pub date_line_words: &'static [&'static str],
}

/// The value of `w` in the table `pick` selects, French first, then English.
fn calendar_word<T: Copy>(w: &str, pick: fn(&'static Calendar) -> &'static [(&'static str, T)]) -> Option<T> {
    [&french::FRENCH_CALENDAR, &english::ENGLISH_CALENDAR]
        .into_iter()
        .find_map(|c| pick(c).iter().find(|(k, _)| *k == w).map(|&(_, v)| v))
}

/// The number (1–12) of a month name or abbreviation.
pub fn month_of(w: &str) -> Option<u32> {
    calendar_word(w, |c| c.months)
}

/// The number (0 = Monday) of a weekday name.
pub fn weekday_name(w: &str) -> Option<i64> {
    calendar_word(w, |c| c.weekdays)
}

/// The number (0 = Monday) of a weekday abbreviation.
pub fn weekday_abbreviation(w: &str) -> Option<i64> {
    calendar_word(w, |c| c.weekday_abbreviations)
}

/// The value of a number written in words.
pub fn number_word(w: &str) -> Option<i64> {
    calendar_word(w, |c| c.numbers)
}

/// The value of an ordinal ("third", "3rd", "troisième", "3e").
pub fn ordinal_word(w: &str) -> Option<i64> {
    calendar_word(w, |c| c.ordinals)
}

/// The unit of time a word names.
pub fn unit_of(w: &str) -> Option<Unit> {
    calendar_word(w, |c| c.units)
}

/// The unit of a short unit glued to a count ("w" in "3w", "mo" in "2mo").
pub fn unit_abbreviation(w: &str) -> Option<Unit> {
    calendar_word(w, |c| c.unit_abbreviations)
}

/// The number of tokens of an era marker starting at `keys[0]` ("AD", "p. Chr. n."), if any.
pub fn era_len(keys: &[&str]) -> Option<usize> {
    [&french::FRENCH_CALENDAR, &english::ENGLISH_CALENDAR]
        .into_iter()
        .flat_map(|c| c.eras.iter())
        .filter(|e| keys.len() >= e.len() && keys[..e.len()] == e[..])
        .map(|e| e.len())
        .max()
}

/// Whether `w` may stand beside a date on a line that holds nothing else.
pub fn date_line_word(w: &str) -> bool {
    [&french::FRENCH_CALENDAR, &english::ENGLISH_CALENDAR].into_iter().any(|c| c.date_line_words.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn detects_french_and_english() {
        assert_eq!(detect(&tokenize("Les deux pays ont signé un accord de coopération.")), Lang::Fr);
        assert_eq!(detect(&tokenize("The two countries signed a cooperation agreement.")), Lang::En);
        assert_eq!(detect(&tokenize("")), Lang::Fr);
    }

    #[test]
    fn lexicons_are_folded() {
        for lex in [&french::FRENCH, &english::ENGLISH] {
            for (w, _) in lex.triggers {
                assert_eq!(*w, crate::text::fold(w), "trigger {w} must be folded");
            }
            for w in lex.org_heads.iter().chain(lex.government_verbs).chain(lex.opposition).chain(lex.support)
            {
                assert_eq!(*w, crate::text::fold(w), "{w} must be folded");
            }
        }
    }

    #[test]
    fn shared_word_lists_are_folded() {
        let lists = [
            POLICY_WORDS,
            SAYING_VERBS,
            EXPERT_WORDS,
            EXERCISE_MODIFIERS,
            WATER_HEADS,
            MEDIA_WORDS,
            INITIAL_SKIP,
            SHIP_WORDS,
            WORK_HEADS,
            OWN_WORDS,
            HOLDING_VERBS,
            EVENT_ANAPHORS,
            NAMING_WORDS,
            CAPITAL_WORDS,
            COUNTRY_PLURALS,
            PHONE_WORDS,
            PHONE_TALK_NOUNS,
            ANCHOR_VERBS,
            ANCHOR_NOUNS,
            LANDING_VERBS,
            TOPIC_WORDS,
            SITE_NOUNS,
            RECIPROCAL_WORDS,
            DISTRIBUTIVE_WORDS,
            LABEL_VERBS,
            TOUR_LINKS,
            DIRECTION_WORDS,
            ROLE_PLURALS,
            WHERE_WORDS,
            BACKGROUND_OPENERS,
            VERDICT_VERBS,
            VERDICT_NOUNS,
            FACILITY_WORDS,
            ROLE_NOUNS,
            CONFLICT_NOUNS,
            PHRASE_LINKS,
            AROUND_WORDS,
            RECALL_ADVERBS,
            SHORE_WORDS,
            RIVALRY_NOUNS,
            HOSTILE_NOUNS,
            HOSTILE_ACTS,
            KILLING_VERBS,
            STANDING_WORDS,
            CEASE_VERBS,
            STRAIN_WORDS,
            STRAIN_OPENERS,
            HOME_MARKS,
            DEFINITE_TROOP_MARKS,
            INFORMATION_WORDS,
            AGENCY_WORDS,
            ACT_POSSESSIVES,
            BACKING_NOUNS,
            THANK_VERBS,
            BACKED_BY,
            SERVICE_HEADS,
            SERVICE_WORDS,
            SUPPLY_VERBS,
            PURCHASE_WORDS,
            SELLER_MARKS,
            MEMBER_WORDS,
            LIST_LINKS,
            STATUS_WORDS,
            BODY_LINKS,
            UNIT_HEADS,
            FORCE_HEADS,
            FRAMEWORK_WORDS,
            ENDING_VERBS,
            TIME_CONJUNCTIONS,
            HAPPENING_VERBS,
            WITH_WORDS,
            TIE_NOUNS,
            AIM_WORDS,
            OPERATION_NOUNS,
            INCLUDE_VERBS,
            RECEIVING_VERBS,
            EVENT_PRONOUNS,
            DEMONSTRATIVES,
            HAPPENING_MARKS,
            HAPPENING_NOUNS,
            HAPPENING_LIGHT_VERBS,
            ATTACK_NOUNS,
            SOURCE_WORDS,
            REPORT_MARKS,
            SPOKESPERSON_WORDS,
            SUMMIT_WORDS,
            REACTION_WORDS,
            COMMENT_VERBS,
            PATROL_CRAFT,
            CAUSE_WORDS,
            GATHERING_WORDS,
            SUBJECT_PRONOUNS,
            END_MARKS,
            WITHDRAWAL_WORDS,
        ];
        for words in lists {
            for w in words.fr.iter().chain(words.en) {
                assert_eq!(*w, crate::text::fold(w), "{w} must be folded");
                assert!(words.contains(w));
            }
        }
    }
}
