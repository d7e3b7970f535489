//! Language-specific word lists, one file per language, and language detection.

mod english;
mod french;

use crate::analysis::{EventType, Lang};
use crate::token::Token;

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
}

/// The lexicon of a language.
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &french::FRENCH,
        Lang::En => &english::ENGLISH,
    }
}

/// Detects French or English from stopword counts (French when undecided).
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
        for t in tokens.iter().take(200) {
            if ENGLISH_CALENDAR.contains(&t.key.as_str()) {
                en += 1;
            }
            if FRENCH_CALENDAR.contains(&t.key.as_str()) {
                fr += 1;
            }
        }
    }
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// Calendar words of one language only, to tell short texts apart.
const ENGLISH_CALENDAR: &[&str] = &[
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "next",
    "last",
    "ago",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "you",
    "see",
    "we",
    "meeting",
    "first",
    "third",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "upcoming",
    "coming",
    "from",
    "christmas",
    "weekend",
    "morning",
    "evening",
    "hence",
    "current",
    "past",
    "season",
    "summer",
    "winter",
    "spring",
    "fall",
    "autumn",
    "new",
    "eve",
];
const FRENCH_CALENDAR: &[&str] = &[
    "janvier",
    "fevrier",
    "avril",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "aujourd'hui",
    "demain",
    "hier",
    "prochain",
    "prochaine",
    "dernier",
    "derniere",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "mois",
    "an",
    "ans",
    "annee",
    "annees",
    "rendez",
    "reunion",
    "premier",
    "debut",
    "fin",
    "dans",
    "il",
    "y",
    "noel",
    "soir",
    "matin",
    "ete",
    "hiver",
    "printemps",
    "automne",
    "veille",
    "lendemain",
    "suivant",
    "suivante",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

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
}
