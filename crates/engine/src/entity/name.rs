//! Name runs: where a capitalised name begins and ends, which of its words the gazetteer knows as
//! given names or surnames, and the spelling-independent key that lets transliterations of one
//! name meet. Persons (`person`), places and organizations all read names through these.

use super::{Context, Lookup};
use crate::analysis::Lang;
use crate::gazetteer::Sense;
use crate::lang::{MAGNITUDE_WORDS, POST_NOMINALS};
use crate::text::fold;
use crate::text::{Token, TokenKind};

/// Whether a token may belong to a name: a capitalised word.
pub(super) fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.cap
}

/// The origin (index into the gazetteer's origins) of the given name at `tok`, if it is one.
pub(super) fn given_name(look: &Lookup, cx: &Context<'_>, tok: usize) -> Option<u8> {
    look.senses(cx, tok).iter().find_map(|s| match s {
        Sense::GivenName(o) => Some(*o),
        _ => None,
    })
}

/// The origin of the surname at `tok`, for names written family name first ("Li Wei").
pub(super) fn surname_first(look: &Lookup, cx: &Context<'_>, tok: usize) -> Option<u8> {
    look.senses(cx, tok).iter().find_map(|s| match s {
        Sense::Surname(o) => Some(*o),
        _ => None,
    })
}

/// Whether a person's name starts at `tok`: a known given name or surname followed by another
/// capitalised word.
pub(super) fn is_person_start(cx: &Context<'_>, look: &Lookup, tok: usize) -> bool {
    let cap = |k: usize| cx.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.cap);
    // (over one particle or two, and a hyphen after one: "Anna von der Brück", "Omar al-Nasri")
    let mut next = tok + 1;
    let particle = |k: usize| NAME_PARTICLES.contains(&cx.key(k));
    while next < tok + 4 && (particle(next) || next > tok + 1 && cx.key(next) == "-" && particle(next - 1)) {
        next += 1;
    }
    // (a compound given name, "Jean-Yves Le Drian": its second half and the surname after it)
    if next == tok + 1 && cx.key(next) == "-" && cap(next + 1) && given_name(look, cx, next + 1).is_some() {
        next += 2;
    }
    cap(next) && (given_name(look, cx, tok).is_some() || surname_first(look, cx, tok).is_some())
}

/// How many tokens a name run may hold, hyphens and particles counted ("Mohammad al-Mubarak
/// al-Sabah" holds seven, a title's word before it eight).
const NAME_TOKENS: usize = 9;

/// The capitalised name starting at `tok`: 1–4 name words, hyphens and particles inside.
pub(super) fn name_span(cx: &Context<'_>, look: &Lookup, taken: &[bool], tok: usize) -> usize {
    let n = cx.tokens.len();
    let mut j = tok;
    // (the word after a particle belongs to the name even where the gazetteer knows it as a town:
    // "Ahmed bin Salem")
    let mut bound = false;
    while j < n && j - tok < NAME_TOKENS {
        let t = &cx.tokens[j];
        let forced = std::mem::take(&mut bound) && is_name_word(t) && look.country_at(cx, j).is_none();
        // "Bah N'Daw", "Jean-Yves Le Drian": a capitalised particle inside a name
        if j > tok && !forced && inner_particle(cx, look, taken, j) {
            // (glued to a lowercase word, the two close the name: "M'tumuke")
            if !is_name_word(&cx.tokens[j + 1]) {
                j += 2;
                break;
            }
            j += 1;
            continue;
        }
        // "Nguyen Chi Vinh": a one-word town closing a name of two words or more, or of one word
        // after a title ("Commodore Tarik Salem"), the name's last word (a town would follow a
        // preposition)
        let town_in_name = !forced
            && taken[j]
            && (j >= tok + 2 || j == tok + 1 && super::person::title_ends_at(cx, look, tok))
            && is_name_word(t)
            && look.is_town_or_name(cx, j)
            && !t.line_start
            && !t.upper
            && cx.tokens.get(j + 1).is_none_or(|x| !is_name_word(x));
        if town_in_name {
            j += 1;
            break;
        }
        // "Atanasio Salvador M'tumuke": a one-word country or town between two words of a name is
        // a middle name (a country is named apart from a person, not inside the run)
        let middle = taken[j]
            && j > tok
            && is_name_word(t)
            && !t.upper
            && look.one_token(j)
            && (look.country_at(cx, j).is_some() || look.is_single_place(cx, j))
            && cx.tokens.get(j + 1).is_some_and(|x| is_name_word(x) && !taken[j + 1] && !x.line_start)
            && cx.tokens.get(j + 2).is_none_or(|x| !is_name_word(x));
        if middle {
            j += 1;
            continue;
        }
        if !forced && (taken[j] || !is_name_word(t) || cx.lex.name_stops.contains(&t.key.as_str()) && j > tok)
        {
            break;
        }
        // "the Hon Ana Rivera MP": letters of an office or an honour after a name close it
        if j > tok && t.upper && POST_NOMINALS.contains(&t.key) {
            break;
        }
        // "Andrew M. Rohling": one letter and a dot after a name word is a middle initial, even
        // the letter of a title ("M." for Monsieur never follows a name)
        let initial = j > tok
            && t.key.chars().count() == 1
            && cx.is_punct(j + 1, ".")
            && cx.tokens.get(j + 2).is_some_and(|x| is_name_word(x) && !taken[j + 2]);
        // (a public figure the reviewed table knows keeps a word that is also a country's name:
        // "François Hollande")
        let figure =
            || cx.gaz.person_country(&crate::text::fold(&cx.text[cx.tokens[tok].start..t.end])).is_some();
        if j > tok
            && !initial
            && !forced
            && (look.country_at(cx, j).is_some() || look.title_at(cx, j).is_some())
            && !figure()
        {
            break;
        }
        j += 1;
        // a middle initial: "Harsh V. Pant"
        if j > tok + 1
            && t.key.chars().count() == 1
            && cx.is_punct(j, ".")
            && cx.tokens.get(j + 1).is_some_and(|x| is_name_word(x) && !taken[j + 1])
        {
            j += 1;
            continue;
        }
        // "Jean-Yves", and the glued lowercase syllable of Korean names ("Shin Won-sik")
        let glued = |k: usize| cx.tokens[k].start == cx.tokens[k - 1].end;
        let hyphen = cx.is_punct(j, "-")
            && j + 1 < n
            && !taken[j + 1]
            && (is_name_word(&cx.tokens[j + 1])
                || cx.tokens[j + 1].kind == TokenKind::Word
                    && glued(j)
                    && glued(j + 1)
                    && cx.tokens[j + 1].key.len() <= 6);
        // one particle or two ("von der") before a name word
        let particle = |k: usize| NAME_PARTICLES.contains(&cx.key(k));
        let name_at = |k: usize| k < n && is_name_word(&cx.tokens[k]);
        // "al-Hayali", "el-Sisi": a particle glued to the name by a hyphen
        let glued_particle =
            j + 2 < n && particle(j) && cx.is_punct(j + 1, "-") && glued(j + 1) && glued(j + 2);
        // "Jean de MONICAULT": a French "de" before a family name in capitals, as formal texts
        // write it (no known acronym)
        let capital_family = |k: usize| {
            k < n
                && cx.tokens[k].upper
                && cx.tokens[k].key.chars().count() >= 4
                && look.senses(cx, k).is_empty()
        };
        // "Hervé Denys de Bonnaventure": a French "de" after two name words, before a last name
        // word the gazetteer does not know
        let free_last = |k: usize| {
            name_at(k)
                && !taken[k]
                && look.senses(cx, k).is_empty()
                && cx.tokens.get(k + 1).is_none_or(|x| !is_name_word(x))
        };
        // (after two name words in any language, or in an English text after a known given name,
        // over "la"/"los" too: "Ramón Ibáñez de Lora", "Tomás de la Vega"; in French "X de
        // Y" after one word may name a thing: "Lion de Sable")
        let de = matches!(cx.key(j), "de" | "d'");
        let after_given = j > tok && cx.lang == Lang::En && given_name(look, cx, tok).is_some();
        let noble = de && (j >= tok + 2 || after_given) && free_last(j + 1);
        let noble_article = de
            && after_given
            && cx.tokens.get(j + 1).is_some_and(|t| t.is(&["la", "los", "las"]))
            && free_last(j + 2);
        let particles = if particle(j) && name_at(j + 1)
            || matches!(cx.key(j), "de" | "du") && capital_family(j + 1)
            || noble
        {
            1
        } else if (glued_particle || particle(j) && particle(j + 1)) && name_at(j + 2) || noble_article {
            2
        } else {
            0
        };
        if hyphen && !cx.tokens[j + 1].cap {
            j += 2; // the syllable itself, which the loop would refuse
                    // (and the glued syllables after it: "Chan-o-cha")
            while j + 1 < n
                && cx.is_punct(j, "-")
                && glued(j)
                && glued(j + 1)
                && cx.tokens[j + 1].kind == TokenKind::Word
                && !cx.tokens[j + 1].cap
                && cx.tokens[j + 1].key.len() <= 6
            {
                j += 2;
            }
        } else if hyphen {
            j += 1;
        } else {
            j += particles;
            bound = particles > 0;
        }
    }
    j
}

/// Lower-case particles between the words of one name, in any language ("Abdullah bin Zayed",
/// "Silva e Luna", "Santos dos Reis").
const NAME_PARTICLES: &[&str] = &[
    "bin", "ben", "bint", "ibn", "abu", "al", "el", "ould", "ag", "wa", "van", "von", "der", "den", "ter",
    "da", "di", "del", "della", "e", "dos", "das", "do",
];

/// Whether the token at `j` is a capitalised particle that continues the name before it: "Le" or
/// "La" before another name word ("Le Drian"), or an elided "N'"/"D'"/"O'" glued to one ("N'Daw").
fn inner_particle(cx: &Context<'_>, look: &Lookup, taken: &[bool], j: usize) -> bool {
    let t = &cx.tokens[j];
    let Some(next) = cx.tokens.get(j + 1) else { return false };
    let elided = t.key.chars().count() == 2 && t.key.ends_with('\'') && next.start == t.end;
    // (glued to a lowercase word too, inside a name: "Atanasio M'tumuke")
    let glued = elided && j > 0 && !cx.tokens[j].line_start && next.kind == TokenKind::Word;
    // (a lowercase "le"/"la" right after a given name too: "Jean-Yves le Drian")
    let lower_after_given =
        !t.cap && matches!(t.key.as_str(), "le" | "la") && j > 0 && given_name(look, cx, j - 1).is_some();
    if taken[j]
        || taken[j + 1]
        || !(t.cap || lower_after_given)
        || !(is_name_word(next) || glued)
        || next.line_start
    {
        return false;
    }
    if look.country_at(cx, j + 1).is_some() || look.title_at(cx, j + 1).is_some() {
        return false;
    }
    elided || matches!(t.key.as_str(), "le" | "la") && next.kind == TokenKind::Word
}

/// Whether a token of the run `i..end` has a country, place or organization sense and no name one
/// (a place right after a given name is a surname: "Cesar Santiago"; so is a town closing a name of
/// three words: "Nguyen Chi Vinh").
pub(super) fn known_word(cx: &Context<'_>, look: &Lookup, i: usize, end: usize) -> bool {
    let given = |k: usize| look.senses(cx, k).iter().any(|s| matches!(s, Sense::GivenName(_)));
    let last_town = |k: usize| k + 1 == end && k >= i + 2 && look.is_single_place(cx, k);
    // (a one-word country or town between two words of the run is a middle name, see `name_span`)
    let middle = |k: usize| k > i && k + 1 < end && look.one_token(k);
    (i..end).filter(|&k| !(last_town(k) || middle(k) || k > i && given(k - 1))).any(|k| {
        let senses = look.senses(cx, k);
        let name = senses.iter().any(|s| matches!(s, Sense::GivenName(_) | Sense::Surname(_)));
        !name && senses.iter().any(|s| matches!(s, Sense::Country(..) | Sense::Place(_) | Sense::Org(_)))
    })
}

/// Whether `w` links a title's words ("ministre des Finances"): a capitalised word after it
/// belongs to the title, not to a name.
pub(super) fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'" | "du" | "des" | "la" | "l'" | "of" | "the" | "en" | "in" | "a" | "au" | "aux" | "at"
    )
}

/// Whether the name run ending at `end` names an exercise: followed by an exercise word ("the
/// Coral Breeze exercise"), by a hyphen and a year ("Coral Breeze-2024") or by a year and an
/// exercise word ("the Coral Breeze 2024 drills").
pub(super) fn names_exercise(cx: &Context<'_>, end: usize) -> bool {
    let exercise_word = |k: usize| cx.lex.is_exercise_word(cx.key(k));
    let year = |k: usize| cx.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() == 4);
    exercise_word(end)
        || exercise_word(end + 1) && cx.tokens.get(end).is_some_and(|t| !t.cap && t.kind == TokenKind::Word)
        // (over the edition's year: "the Coral Tide 2015 drills")
        || year(end) && exercise_word(end + 1)
        || cx.is_punct(end, "-")
            && cx.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() == 4)
}

/// Whether the name run starting at `i` follows an exercise word, over up to two lowercase words
/// and an opening quote ("l'exercice naval Coral Tide", "the exercise Coral Tide", "les manœuvres
/// « Lion du désert »", "les manœuvres du « Lion »"): the exercise's name, no person's.
pub(super) fn named_by_exercise_word(cx: &Context<'_>, i: usize) -> bool {
    let exercise_word = |k: usize| cx.lex.is_exercise_word(cx.key(k));
    let quote = |k: usize| matches!(cx.key(k), "«" | "\"" | "“" | "'");
    let i = if i > 0 && quote(i - 1) { i - 1 } else { i };
    let lowercase = |k: usize| !cx.tokens[k].cap && cx.tokens[k].kind == TokenKind::Word;
    (1..=3).any(|back| i >= back && exercise_word(i - back) && (i - back + 1..i).all(lowercase))
}

/// A spelling-independent key for transliterated names: "Choïgou" and "Shoigu" both give "shoigu".
pub fn skeleton(name: &str) -> String {
    let f = fold(name).replace(['-', '\'', '.'], " ");
    let mut words = Vec::new();
    for w in f.split_whitespace() {
        let mut s = w.to_string();
        for (from, to) in [
            ("tch", "ch"),
            ("ch", "sh"),
            ("ou", "u"),
            ("kh", "h"),
            ("gue", "ge"),
            ("gui", "gi"),
            ("y", "i"),
            ("j", "zh"),
        ] {
            s = s.replace(from, to);
        }
        if s.len() > 4 && s.ends_with('e') {
            s.pop();
        }
        // doubled letters
        let mut d = String::with_capacity(s.len());
        for c in s.chars() {
            if !d.ends_with(c) {
                d.push(c);
            }
        }
        words.push(d);
    }
    words.join(" ")
}

/// Whether the word at `k` is a sum of money written with its currency's letters and digits
/// ("K17.5 million", "Rs223"): digits in the word, then a decimal glued to it or a word of
/// magnitude.
pub(super) fn amount(cx: &Context<'_>, k: usize) -> bool {
    let glued = |j: usize| cx.tokens.get(j).is_some_and(|t| t.start == cx.tokens[j - 1].end);
    let decimal = cx.is_punct(k + 1, ".")
        && glued(k + 1)
        && glued(k + 2)
        && cx.tokens.get(k + 2).is_some_and(|t| t.kind == TokenKind::Number);
    let magnitude = cx.tokens.get(k + 1).is_some_and(|t| t.is(MAGNITUDE_WORDS.of(cx.lang)));
    cx.key(k).chars().any(|c| c.is_ascii_digit()) && (decimal || magnitude)
}

/// Whether the folded word `w` is a body's head word, or its plural in "-ies" ("ministry",
/// "Ministries", "Agencies"): no word of a person's name. (Other plurals are surnames too:
/// "Banks", "Chambers".)
pub(super) fn body_head_word(cx: &Context<'_>, w: &str) -> bool {
    let heads = cx.lex.org_heads;
    let singular = w.strip_suffix("ies").map(|s| format!("{s}y"));
    heads.contains(&w) || singular.is_some_and(|s| heads.contains(&s.as_str()))
}
