//! Armed groups and movements named right after their group word: "le groupe rebelle X", "le
//! mouvement Y", "the militant group Z", "la milice W". The word before the name says what it
//! is, whatever the name's shape (an acronym, a hyphenated compound, a name the gazetteer does
//! not know); a name the tables know, a country or a taken word is left to its own reading.

use super::name::is_name_word;
use super::{Context, Key, Lookup, Mention};
use crate::lang::{GROUP_ADJECTIVES, GROUP_NOUNS};
use crate::text::fold;

/// How many capitalised words (hyphenated parts counted apart) a group's name may hold.
const NAME_WORDS: usize = 4;

/// The groups named after a group word and at most one lowercase adjective of armed groups
/// ("groupe armé", "groupe rebelle"), on untaken tokens, one name each.
pub(super) fn groups_by_noun(cx: &Context<'_>, look: &Lookup, taken: &[bool]) -> Vec<Mention> {
    let n = cx.tokens.len();
    let mut out = Vec::new();
    for i in 0..n {
        let t = &cx.tokens[i];
        if t.cap || !t.is(GROUP_NOUNS.of(cx.lang)) {
            continue;
        }
        let mut first = i + 1;
        if cx.tokens.get(first).is_some_and(|x| !x.cap && x.is(GROUP_ADJECTIVES.of(cx.lang))) {
            first += 1;
        }
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
