//! Named exercises (a capitalised name with an exercise word or a year), and the year a name
//! carries.
//!
//! Reads tokens, mentions and dates; writes (name, token) pairs. A name is found by its shape, not
//! by a list: this is how exercises nobody listed are still named.

use crate::analysis::EntityType;
use crate::date::is_year;
use crate::facts::Facts;
use crate::lang::{
    EDITION_WORDS, EXERCISE_MODIFIERS, EXERCISE_THINGS, GATHERING_WORDS, HOLDING_VERBS, NAMING_WORDS,
    OPERATION_NOUNS, PLAN_WORDS, POLICY_WORDS, ROLE_NOUNS, TITLE_COMMON_WORDS, VENUE_MARKS,
};
use crate::text::TokenKind;

/// Named exercises by shape: capitalised words (or capitals with `/`) followed by a year
/// ("Northern Shield-2023", "NORD/SHIELD-2021", "Steppe 2022"), a capitalised name before an
/// exercise word ("the Coral Breeze drills"), a quoted or capitalised name after an exercise word
/// ("exercices « Steppe »") or after a naming word ("baptisé", "dubbed", "known as"). Each name comes with the
/// token it starts at; a name is listed once per sentence.
pub(super) fn exercise_names(f: &Facts<'_>) -> Vec<(String, usize)> {
    let t = f.tokens;
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if f.boiler[i] {
            i += 1;
            continue;
        }
        if let Some((name, end)) = year_named(f, i) {
            out.push((name, i));
            i = end;
            continue;
        }
        let exercise_word = f.lex.is_exercise_word(&t[i].key);
        if exercise_word {
            name_before_exercise_word(f, i, &mut out);
            // "the naval drill held among the members of X “Y 17”": a quoted name further on in
            // the exercise word's sentence, before any other exercise word, is its name
            if let Some(q) = quote_after(f, i) {
                if name_after_word(f, q - 1, true, &mut out).is_some() {
                    i += 1;
                    continue;
                }
            }
        }
        // "the ninth edition of 'X-24'", "la dixième édition de « Y »": the quoted name of an
        // edition is an exercise's when its sentence has an exercise word
        let edition =
            t[i].is(EDITION_WORDS.of(f.lang)) && t.get(i + 1).is_some_and(|x| x.is(&["of", "de", "du"])) && {
                let s = f.sentences[f.sentence_of(i)];
                (s.first..s.last).any(|k| f.lex.is_exercise_word(&t[k].key))
            };
        if edition {
            if let Some(e) = name_after_word(f, i + 1, true, &mut out) {
                i = e;
                continue;
            }
        }
        // "drills known by the code name Operation Blue Shark": a capitalised operation
        // word after an exercise word of its sentence names that exercise
        let operation = t[i].cap && OPERATION_NOUNS.contains(&t[i].key) && {
            let sent = f.sentences[f.sentence_of(i)].first;
            (sent..i).any(|k| f.lex.is_exercise_word(&t[k].key))
        };
        if let Some(e) = name_after_word(f, i, exercise_word || operation, &mut out) {
            i = e;
            continue;
        }
        i += 1;
    }
    // "Kavkaz-2020 (Caucase-2020 en français)", "« Teranga » – « Hospitalité » en wolof": a name
    // opening a parenthesis or following a dash right after another name is its translation, the
    // same exercise
    let glossed = |k: usize| {
        let mut j = k;
        while j > 0 && t[j - 1].kind != TokenKind::Word && !t[j - 1].is(&["(", "-", "–", "—"]) {
            j -= 1;
        }
        j > 0 && t[j - 1].is(&["(", "-", "–", "—"])
    };
    let mut by_place: Vec<(String, usize)> = out.clone();
    by_place.sort_by_key(|&(_, tok)| tok);
    let translations: Vec<usize> = by_place
        .windows(2)
        .filter(|w| w[1].1 >= 1 && glossed(w[1].1) && w[1].1 <= w[0].1 + 6)
        .map(|w| w[1].1)
        .collect();
    out.retain(|(_, tok)| !translations.contains(tok));
    // a name that is only an exercise word ("… a Field Training Exercise (FTX)" read as "Exercise")
    // names a kind of drill, not one
    out.retain(|(name, _)| !name.split_whitespace().all(|w| f.lex.is_exercise_word(&crate::text::fold(w))));
    repeated_names(f, &mut out);
    out
}

/// The names found, again wherever they are written later without an exercise word ("…the
/// countries taking part in this year's edition of Unitas: …"): each such sentence tells of the
/// named exercise too. At most [`MAX_REPEATED_NAMES`] names are looked for, each in one pass over
/// the tokens, so the work stays linear in the text.
fn repeated_names(f: &Facts<'_>, out: &mut Vec<(String, usize)>) {
    let t = f.tokens;
    let found: Vec<(String, usize)> = out.iter().take(MAX_REPEATED_NAMES).cloned().collect();
    for (name, at) in found {
        let first = &f.text[t[at].start..t[at].end];
        // (written without its year too: "this year's Amber Falcon" after "Amber Falcon 2019")
        let stem = undated(&name);
        for (k, tok) in t.iter().enumerate().skip(at + 1) {
            if f.boiler[k] || &f.text[tok.start..tok.end] != first {
                continue;
            }
            let written = |form: &str| {
                f.text.get(tok.start..tok.start + form.len()) == Some(form)
                    && f.text
                        .get(tok.start + form.len()..)
                        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            };
            let same =
                written(&name) || stem.is_some_and(|s| written(s) && !capitalised_after(f, s, tok.start));
            let si = f.sentence_of(k);
            if same && !out.iter().any(|(n, a)| *n == name && f.sentence_of(*a) == si) {
                out.push((name.clone(), k));
            }
        }
    }
}

/// The name without the year that closes it ("Amber Falcon" of "Amber Falcon 2019" or
/// "Amber Falcon-2019"), if one closes it and a word stands before it.
fn undated(name: &str) -> Option<&str> {
    let stem = name.get(..name.len().checked_sub(4)?)?;
    let year = &name[stem.len()..];
    (year.chars().all(|c| c.is_ascii_digit()) && is_year(year))
        .then(|| stem.trim_end_matches([' ', '-']))
        .filter(|s| s.len() < stem.len() && s.chars().any(char::is_alphabetic))
}

/// Whether a capitalised word follows `form` written at byte `at`: then `form` is part of a
/// longer name ("Amber Falcon Group"), not the exercise's.
fn capitalised_after(f: &Facts<'_>, form: &str, at: usize) -> bool {
    let rest = f.text.get(at + form.len()..).unwrap_or_default();
    let rest = rest.strip_prefix(' ').unwrap_or("");
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// How far before a name a word of meeting makes it the meeting's venue ("met with the X
/// minister at Y 2022").
const MEETING_BEFORE_VENUE: usize = 8;

/// How many exercise names are looked for again through the text.
const MAX_REPEATED_NAMES: usize = 16;

/// A run of capitalised words, slashes and hyphens starting at `i` and ending in "-YYYY" or
/// " YYYY" ("Northern Shield-2023"), unless it holds a country or names a policy: the name and
/// the token after it.
fn year_named(f: &Facts<'_>, i: usize) -> Option<(String, usize)> {
    let t = f.tokens;
    let n = t.len();
    // "Exercise SLINEX-2023" is the exercise "SLINEX-2023": the name starts after the word
    let exercise_word = f.lex.is_exercise_word(&t[i].key);
    // (a naming word opening the sentence is no word of the name: "Baptisées X 2025, ces
    // manœuvres…"; nor does a name start inside a run of capitals that began before it, unless
    // after an exercise or a naming word: "the Coastal Star 2025 drills" is not "Star 2025"; a
    // capitalised article opens no run: "dubbed “The Amber Falcon 2019”")
    let naming = |k: usize| t[k].is(NAMING_WORDS.of(f.lang));
    let inside_run = i > 0
        && !t[i].line_start
        && t[i - 1].kind == TokenKind::Word
        && t[i - 1].cap
        && !f.lex.is_exercise_word(&t[i - 1].key)
        && !naming(i - 1)
        && !t[i - 1].is(&["the", "le", "la", "les"])
        && i - 1 != f.sentences[f.sentence_of(i)].first;
    if t[i].kind == TokenKind::Word
        && t[i].cap
        && !exercise_word
        && !naming(i)
        && !inside_run
        && !f.lex.name_stops.contains(&t[i].key.as_str())
    {
        let mut j = i;
        while j < n && j - i < 6 && (j == i || !t[j].line_start) {
            let ok = t[j].kind == TokenKind::Word && t[j].cap
                || (t[j].is(&["/", "-"]) || inner_connector(f, j)) && j > i;
            if !ok {
                break;
            }
            j += 1;
        }
        // (over a gloss in parentheses between the name and its year: "Kanzhar (Dagger) 2023")
        if j > i && t.get(j).is_some_and(|x| x.is(&["("])) {
            if let Some(c) = (j + 1..(j + GLOSS_REACH).min(n)).find(|&c| t[c].is(&[")"])) {
                let words = (j + 1..c).all(|x| t[x].kind == TokenKind::Word);
                if words && c > j + 1 && t.get(c + 1).is_some_and(|x| x.kind == TokenKind::Number) {
                    j = c + 1;
                }
            }
        }
        // j: first token after the run; accept "-2024" or "2024"
        let mut k = j;
        if k > i && t[k - 1].is(&["-"]) {
            k -= 1;
        }
        let (yj, end) =
            if t.get(k).is_some_and(|x| x.is(&["-", "–"])) { (k + 1, k + 2) } else { (k, k + 1) };
        let year = t.get(yj).filter(|x| x.kind == TokenKind::Number && x.key.len() == 4 && is_year(&x.key));
        // ("Amber Falcon - 2024 exercise": a spaced dash before the year, with an exercise word
        // right after, is the name's own)
        let spaced = year.is_some()
            && t[yj - 1].is(&["-", "–"])
            && (end..(end + 3).min(n)).any(|x| f.lex.is_exercise_word(&t[x].key));
        let glued = year.is_some() && (t[yj].start == t[yj - 1].end || spaced);
        let in_date = |tok: usize| f.dates.iter().any(|d| d.start <= t[tok].start && t[tok].start < d.end);
        if year.is_some()
            && k > i
            && (glued || t[yj - 1].kind == TokenKind::Word || t[yj - 1].is(&[")"]))
            && !in_date(i)
            && !in_date(yj)
        {
            let mentions_country = f.mentions_in(i, k).any(|m| f.actors[m.actor].kind() != EntityType::Place);
            let first_ok = !mentions_country || k - i >= 2 && f.mentions_in(i, k).count() < k - i;
            // "la feuille de route « Horizon 2047 »", "the Vision 2030 plan": a policy, not a drill
            let policy = (i.saturating_sub(3)..i)
                .chain(end..(end + 2).min(n))
                .any(|x| POLICY_WORDS.contains(&t[x].key));
            // "SAHA Expo 2024", "Defence Exhibition 2024", "Forum 2025": a gathering, not a drill
            // (or the acronym of one in parentheses: "the X Exhibition and Conference (XEC
            // 2022)"; or the venue of a meeting: "met with Y at XEC 2022")
            let glossed = i > 0
                && t[i - 1].is(&["("])
                && (i.saturating_sub(GLOSS_REACH)..i).any(|x| GATHERING_WORDS.contains(&t[x].key));
            let s = f.sentences[f.sentence_of(i)];
            let venue = i > s.first
                && t[i - 1].is(VENUE_MARKS.of(f.lang))
                && (i.saturating_sub(MEETING_BEFORE_VENUE).max(s.first)..i)
                    .any(|x| f.lex.trigger(&t[x].key) == Some(crate::analysis::EventType::Meeting));
            let gathering = (i..k).any(|x| GATHERING_WORDS.contains(&t[x].key)) || glossed || venue;
            // "six Mirage 2000", "two F-16 Block 70": aircraft counted, a model, not a drill
            let counted = i > 0
                && (t[i - 1].kind == TokenKind::Number || crate::lang::number_word(&t[i - 1].key).is_some());
            // ("des Mirage 2000 français": a plural article before, or a nationality after, tells
            // aircraft of a country, not a drill)
            let plural = i > 0 && t[i - 1].is(&["des"]) && !t[i - 1].cap;
            let owned = f.mentions_in(end, (end + 1).min(n)).any(|m| m.first == end && !t[end].cap);
            if first_ok && !mentions_country && !policy && !gathering && !counted && !plural && !owned {
                // ("Joint Exercise Coral Breeze 2017" in a headline: the name follows the
                // capitalised exercise word inside the run)
                let from = (i..k).rev().find(|&x| f.lex.is_exercise_word(&t[x].key)).map_or(i, |x| x + 1);
                let from = if from < k { from } else { i };
                return Some((f.text[t[from].start..t[end - 1].end].to_string(), end));
            }
        }
    }
    None
}

/// Whether a quoted name opens at `s` with a lowercase particle hyphened to a capitalised word
/// ("‘al-Samsam 8’", "« el-Nasr »").
fn particle_opens(f: &Facts<'_>, s: usize) -> bool {
    let t = f.tokens;
    t[s].kind == TokenKind::Word
        && t[s].key.chars().count() <= 3
        && t.get(s + 1).is_some_and(|x| x.is(&["-"]) && x.start == t[s].end)
        && t.get(s + 2).is_some_and(|x| x.cap && x.start == t[s + 1].end)
}

/// Whether token `k` links two capitalised words of one name ("Lion de Sable", "Shield of
/// Peace"): a connector followed by a capitalised word that names no known actor ("l'exercice
/// Flintlock du Niger" is Flintlock, held in Niger).
fn inner_connector(f: &Facts<'_>, k: usize) -> bool {
    let t = f.tokens;
    t[k].is(&["de", "du", "des", "of"])
        && t.get(k + 1).is_some_and(|x| x.kind == TokenKind::Word && x.cap && !x.line_start)
        && !f.mentions.iter().any(|m| m.first <= k + 1 && k + 1 < m.last)
}

/// How many tokens a gloss in parentheses inside a drill's name may span, parentheses included.
const GLOSS_REACH: usize = 5;

/// How far after an exercise word a quoted name of it may open.
const QUOTED_NAME_REACH: usize = 12;

/// The opening double quote of a name after the exercise word at `i`, past its first three words
/// (nearer, [`name_after_word`] reads it itself) and within [`QUOTED_NAME_REACH`] tokens of its
/// sentence, with no other exercise word between.
fn quote_after(f: &Facts<'_>, i: usize) -> Option<usize> {
    let t = f.tokens;
    let end = f.sentences[f.sentence_of(i)].last.min(i + 1 + QUOTED_NAME_REACH);
    (i + 4..end).take_while(|&k| !f.lex.is_exercise_word(&t[k].key)).find(|&k| t[k].is(&["«", "\"", "“"]))
}

/// A capitalised name right before the exercise word at `i`, through up to two modifiers ("the
/// Coral Breeze exercise", "the Coral naval drills"; not "the X training ground"): added to `out`.
fn name_before_exercise_word(f: &Facts<'_>, i: usize, out: &mut Vec<(String, usize)>) {
    let t = f.tokens;
    let mut h = i;
    while h > 0 && i - h < 2 && EXERCISE_MODIFIERS.contains(&t[h - 1].key) {
        h -= 1;
    }
    // a quoted name right before: the "Desert Lion" exercises
    if h >= 3 && t[h - 1].is(&["\"", "”", "»"]) {
        let open = (h.saturating_sub(7)..h - 1).rev().find(|&k| t[k].is(&["\"", "“", "«"]));
        if let Some(o) =
            open.filter(|&o| o + 1 < h - 1 && (o + 1..h - 1).all(|k| t[k].cap || t[k].is(&["-"])))
        {
            let name = f.text[t[o + 1].start..t[h - 2].end].to_string();
            if !out.iter().any(|(n2, at)| *n2 == name && f.sentence_of(*at) == f.sentence_of(o + 1)) {
                out.push((name, o + 1));
            }
            return;
        }
    }
    if !t[i].is(&["training", "entrainement"])
        && f.lex.stopwords.contains(&"the")
        && h > 0
        && t[h - 1].cap
        && t[h - 1].kind == TokenKind::Word
        && !t[h].line_start
    {
        let i = h;
        let mut s = i - 1;
        while s > 0 && i - s < 3 && t[s - 1].cap && t[s - 1].kind == TokenKind::Word {
            s -= 1;
        }
        let sentence_start = f.sentences.iter().any(|c| c.first == s);
        let known = f.mentions.iter().any(|m| m.first < i && s < m.last);
        let in_date = f.dates.iter().any(|d| d.start <= t[s].start && t[s].start < d.end);
        // a headline in title case capitalises its function words: "…Come Together For Naval
        // Exercise" names nothing before the exercise word
        let stop =
            (s..i).any(|k| f.lex.name_stops.contains(&t[k].key.as_str()) || t[k].is(&["for", "to", "with"]));
        // "« Such drills…»": a function word opening a quote names nothing
        let opens_quote =
            s > 0 && t[s - 1].is(&["«", "\"", "“", "("]) || f.lex.stopwords.contains(&t[s].key.as_str());
        // "…will Stage Joint Exercise": a verb of holding capitalised in a headline names nothing
        let verb = (s..i).any(|k| HOLDING_VERBS.contains(&t[k].key));
        if !sentence_start && !known && !in_date && !stop && !opens_quote && !f.headline[s] && !verb {
            let name = f.text[t[s].start..t[i - 1].end].to_string();
            if !out.iter().any(|(n2, at)| *n2 == name && f.sentence_of(*at) == f.sentence_of(s)) {
                out.push((name, s));
            }
        }
    }
}

/// How far after a name given by a word opening its sentence the exercise word may stand
/// ("Dénommées « Orage du nord 2024 », ces manœuvres…").
const OPENING_NAME_REACH: usize = 5;

/// A quoted or capitalised name after the exercise word or naming word ("baptisé", "dubbed") at
/// `i`, through up to two lowercase adjectives: added to `out` when new in its sentence. Returns
/// the token after the name when one was read there.
fn name_after_word(
    f: &Facts<'_>,
    i: usize,
    exercise_word: bool,
    out: &mut Vec<(String, usize)>,
) -> Option<usize> {
    let t = f.tokens;
    let n = t.len();
    // a naming word gives an exercise's name only after an exercise word in its sentence ("the
    // drill, known as X"; "islands known as Y" name no exercise)
    let sent = f.sentences[f.sentence_of(i)].first;
    let after_exercise = || (sent..i).any(|k| f.lex.is_exercise_word(&t[k].key));
    // (or opening the sentence before one: "Dénommées « X », ces manœuvres…")
    // (a facility's word names no exercise: "le terrain d'entraînement de X" is a place)
    if exercise_word && super::extract::names_a_facility(f, i) {
        return None;
    }
    // (nor a thing's: "the Physical Training Instructors Course" is a course)
    if exercise_word && t.get(i + 1).is_some_and(|x| EXERCISE_THINGS.contains(&x.key)) {
        return None;
    }
    // (a capitalised exercise word right after a name's word goes on with that name: the words
    // after it in "the Kekar Tide Exercise Series 12/2023" are no second name; "Joint Exercise X"
    // opens one)
    let inside_a_name = exercise_word
        && t[i].cap
        && i > sent
        && t[i - 1].cap
        && t[i - 1].kind == TokenKind::Word
        && !EXERCISE_MODIFIERS.contains(&t[i - 1].key)
        && !TITLE_COMMON_WORDS.contains(&t[i - 1].key)
        && !f.lex.name_stops.contains(&t[i - 1].key.as_str())
        && !f.headline.get(i).copied().unwrap_or(false);
    if inside_a_name {
        return None;
    }
    let opening = !exercise_word && i <= sent + 1 && t[i].is(NAMING_WORDS.of(f.lang)) && !after_exercise();
    if exercise_word || t[i].is(NAMING_WORDS.of(f.lang)) && (after_exercise() || opening) {
        let mut j = i + 1;
        while j < n
            && j - i <= 2
            && t[j].kind == TokenKind::Word
            && !t[j].cap
            && (!f.lex.name_stops.contains(&t[j].key.as_str()) || t[j].key == "as" && t[i].key == "known")
            && !f.lex.locatives.contains(&t[j].key.as_str())
        {
            j += 1; // adjectives: "annuels", "militaires"; "as" of "known as"
        }
        // (single quotes too, opened after a space: "the ninth edition of 'Andes-24'")
        let single = t.get(j).is_some_and(|x| x.is(&["'", "‘"])) && j > 0 && t[j].start > t[j - 1].end;
        let quoted = single || t.get(j).is_some_and(|x| x.is(&["«", "\"", "“"]));
        let closing: &[&str] = if single { &["'", "’"] } else { &["»", "\"", "”"] };
        // a headline in title case ("Un Grand Exercice Naval pour les Marines d'Afrique") capitalises
        // common words: an adjective or a verb after the exercise word is no name there
        let common = |k: usize| {
            t.get(k)
                .is_some_and(|x| TITLE_COMMON_WORDS.contains(&x.key) || EXERCISE_MODIFIERS.contains(&x.key))
        };
        if !quoted && common(j) && f.headline.get(i).copied().unwrap_or(false) {
            return None;
        }
        let s = if quoted { j + 1 } else { j };
        // a name never starts on the next line ("…drills\nComments")
        if t.get(s).is_some_and(|x| x.line_start) || f.boiler.get(s).copied().unwrap_or(true) {
            return None;
        }
        let mut e = s;
        if quoted {
            // everything up to the closing quote: « Bouclier des mers »
            while e < n && e - s < 8 && !t[e].is(closing) && t[e].kind != TokenKind::Punct
                || t.get(e).is_some_and(|x| x.is(&["-", "'"]) && !x.is(closing))
            {
                e += 1;
            }
            // (a sentence's full stop or a comma may close the name inside the quotes: "titled
            // ‘X 3.’", "Called ‘Y 8,’ the drill…")
            let stop_inside =
                t.get(e).is_some_and(|x| x.is(&[".", ","])) && t.get(e + 1).is_some_and(|x| x.is(closing));
            if !t.get(e).is_some_and(|x| x.is(closing)) && !stop_inside {
                e = s;
            }
        } else {
            while e < n
                && e - s < 5
                && (e == s || !t[e].line_start)
                && (t[e].kind == TokenKind::Word && t[e].cap
                    || t[e].is(&["-", "/"])
                    || t[e].kind == TokenKind::Number && t[e].key.len() == 4
                    || e > s && inner_connector(f, e))
            {
                e += 1;
            }
        }
        let in_date = |k: usize| f.dates.iter().any(|d| d.start <= t[k].start && t[k].start < d.end);
        // (a quoted name is a name whatever words of it the gazetteer knows: « Tabuk 4 »)
        let known = s < e && !quoted && (f.mentions.iter().any(|m| m.first <= s && s < m.last) || in_date(s));
        // "appelé « Traité de Valmont »": a name of a pact, not of a drill
        let pact = t[s].is(&[
            "traite",
            "accord",
            "pacte",
            "treaty",
            "agreement",
            "pact",
            "memorandum",
            "charte",
            "charter",
        ]);
        // "la 8e édition du Forum de Kaolack": a gathering's name, not a drill's; "the Exercise
        // Director", "the Exercise Deputy Officer": a role in the drill
        let role = |k: usize| ROLE_NOUNS.contains(&t[k].key);
        let gathering = GATHERING_WORDS.contains(&t[s].key) || !quoted && e > s && (role(s) || role(e - 1));
        // "the so-called Orsha plan": a name whose head follows it and is no exercise's
        // (past the closing quote of a quoted name: "the so-called “Orsha” plan")
        let head = if t.get(e).is_some_and(|x| x.is(&["»", "”", "\""])) { e + 1 } else { e };
        let other_head = t.get(head).is_some_and(|x| PLAN_WORDS.contains(&x.key));
        // (a name opening the sentence is an exercise's only when the exercise word names what it
        // names, right after it: "Dénommées « X », ces manœuvres…")
        let named_next = (e..(e + OPENING_NAME_REACH).min(n)).any(|k| f.lex.is_exercise_word(&t[k].key));
        if opening && !named_next {
            return None;
        }
        if e > s
            && !known
            && !pact
            && !gathering
            && !other_head
            && (t[s].cap || quoted && particle_opens(f, s))
            && !f.lex.name_stops.contains(&t[s].key.as_str())
        {
            let name = f.text[t[s].start..t[e - 1].end].trim_end_matches(['-', '/']).to_string();
            if name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !out.iter().any(|(n2, at)| *n2 == name && f.sentence_of(*at) == f.sentence_of(s))
            {
                out.push((name, s));
            }
            return Some(e);
        }
    }
    None
}
