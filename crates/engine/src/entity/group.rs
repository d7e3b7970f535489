//! Armed groups and movements named right after their group word: "le groupe rebelle X", "le
//! mouvement Y", "the militant group Z", "la milice W", "an armed group called V"; or after the
//! fighters they field and an article: "les rebelles du X", "the fighters of the Y". The words
//! before the name say what it is, whatever the name's shape (an acronym, a hyphenated compound, a name the gazetteer does
//! not know); a name the tables know, a country or a taken word is left to its own reading.

use super::name::is_name_word;
use super::{Context, Key, Lookup, Mention};
use crate::lang::{FIGHTER_NOUNS, GROUP_ADJECTIVES, GROUP_NOUNS, NAMING_WORDS};
use crate::text::fold;

/// How many capitalised words (hyphenated parts counted apart) a group's name may hold.
const NAME_WORDS: usize = 4;

/// The groups named after a group word and at most one lowercase adjective of armed groups
/// ("groupe armé", "groupe rebelle"), on untaken tokens, one name each.
pub(super) fn groups_by_noun(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Vec<Mention> {
    let n = cx.tokens.len();
    let mut out = Vec::new();
    for i in 0..n {
        let Some(first) = name_start(cx, i) else {
            continue;
        };
        let free = |k: usize| {
            k < n
                && is_name_word(&cx.tokens[k])
                && !taken[k]
                && !cx.headline[k]
                && look.country_at(cx, k).is_none()
        };
        if !free(first) {
            continue;
        }
        let mut last = first + 1;
        while last - first < NAME_WORDS {
            if last + 1 < n && cx.tokens[last].key == "-" && free(last + 1) {
                last += 2;
            } else if free(last) {
                last += 1;
            } else {
                break;
            }
        }
        let (s, e) = (cx.tokens[first].start, cx.tokens[last - 1].end);
        let mut m =
            Mention::new(s, e, Key::Org(format!("org:{}", fold(&cx.text[s..e]))), first, last, "group-noun");
        m.canonical = Some(cx.text[s..e].to_string());
        out.push(m);
    }
    out
}

/// Where a group's name would start after the word at `i`: after a group word, its adjective and
/// a naming word ("groupe armé dénommé X", "group known as Y"), or after a plural of fighters and
/// an article ("rebelles du X", "rebelles de la Y", "fighters of the Z"; a bare "de" is a place's:
/// "les rebelles de Kidal").
fn name_start(cx: &Context<'_>, i: usize) -> Option<usize> {
    let t = &cx.tokens[i];
    let word = |k: usize, w: &[&str]| cx.tokens.get(k).is_some_and(|x| !x.cap && x.is(w));
    if t.cap {
        return None;
    }
    if t.is(FIGHTER_NOUNS.of(cx.lang)) {
        return if word(i + 1, &["du", "des"]) {
            Some(i + 2)
        } else if word(i + 1, &["de", "of"]) && word(i + 2, &["la", "l'", "the"]) {
            Some(i + 3)
        } else {
            None
        };
    }
    if !t.is(GROUP_NOUNS.of(cx.lang)) {
        return None;
    }
    let mut first = i + 1;
    if word(first, GROUP_ADJECTIVES.of(cx.lang)) {
        first += 1;
    }
    if word(first, NAMING_WORDS.of(cx.lang)) {
        first += if cx.key(first) == "known" { 2 } else { 1 };
        if cx.key(first - 1) != "as" && cx.key(first - 2) == "known" {
            return None;
        }
    }
    Some(first)
}
