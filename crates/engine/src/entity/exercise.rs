//! Exercises' names read as actors. A name the text gives an exercise somewhere names no person
//! and no body anywhere in that text. For example, after "a drill code-named Amber Falcon 2019",
//! the sentence "This year's Amber Falcon drew four navies" still speaks of the drill. Without
//! its year and its exercise word, the name looks like a person's or a body's.

use super::name::{named_by_exercise_word, names_exercise};
use super::{Context, Key, Mention};
use crate::lang::NAMING_WORDS;
use crate::text::fold;
use crate::text::TokenKind;
use std::collections::HashSet;

/// The longest run of capitalised words read as one exercise's name.
const LONGEST_NAME: usize = 5;

/// Removes the mentions of persons and of bodies found by shape or by the learned tagger whose
/// words are those of an exercise's name ([`exercise_names`]). Names from the gazetteer and
/// bodies named with a country stay: "the NATO drills" do not make NATO an exercise.
pub(super) fn drop_exercise_names(cx: &Context<'_>, out: &mut Vec<Mention>) {
    let names = exercise_names(cx);
    if names.is_empty() {
        return;
    }
    out.retain(|m| {
        let guessed = m.rule.starts_with("person") || m.rule.starts_with("learned");
        let kind = matches!(m.key, Key::Person(_) | Key::Org(_));
        !(guessed && kind && names.contains(&fold(&cx.text[m.start..m.end])))
    });
}

/// The folded names the text gives exercises, each a run of capitalised words marked as a name by
/// what stands around it: an exercise word before it ("the exercise Amber Falcon", "l'exercice
/// Lion du désert"), a naming word right before it after an exercise word or before a year ("a
/// drill code-named Amber Falcon", "baptisé Amber Falcon 2019") or a year joined by a hyphen or
/// followed by an exercise word ("Amber Falcon-2019", "the Amber Falcon 2019 drills"). An exercise word after the name
/// alone is not enough ("the Navy drills" name the Navy). One pass over the tokens.
fn exercise_names(cx: &Context<'_>) -> HashSet<String> {
    let t = cx.tokens;
    let word = |k: usize| t.get(k).is_some_and(|x| x.kind == TokenKind::Word && x.cap);
    let year = |k: usize| t.get(k).is_some_and(|x| x.kind == TokenKind::Number && x.key.len() == 4);
    let mut names = HashSet::new();
    let mut i = 0;
    while i < t.len() {
        // (a capitalised article opens no run and is no part of the name: "dubbed “The Amber
        // Falcon 2019”", "The Amber Falcon - 2019 drill")
        let article = |k: usize| t[k].is(&["the", "le", "la", "les"]);
        if !word(i)
            || article(i)
            || cx.boiler[i]
            || i > 0 && word(i - 1) && !article(i - 1) && !t[i].line_start
        {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end - i < LONGEST_NAME && word(end) && !t[end].line_start {
            end += 1;
        }
        let dated = year(end) || cx.is_punct(end, "-") && year(end + 1);
        // (a naming word names a person too, "a sailor named X": only with a year after the
        // name or an exercise word before it in the sentence)
        let naming = i > 0
            && t[i - 1].is(NAMING_WORDS.of(cx.lang))
            && (dated || (cx.sentence_start_of(i)..i).any(|k| cx.lex.is_exercise_word(cx.key(k))));
        let given = dated && cx.given_a_name(i);
        if naming || given || dated && names_exercise(cx, end) || named_by_exercise_word(cx, i) {
            names.insert(fold(&cx.text[t[i].start..t[end - 1].end]));
        }
        i = end;
    }
    names
}
