//! Armed groups and movements named right after their group word: "le groupe rebelle X", "le
//! mouvement Y", "the militant group Z", "la milice W", "a militia known as V"; or after the
//! fighters they field and an article: "les rebelles du X", "the fighters of the Y". The words
//! before the name say what it is, whatever the name's shape (an acronym, a hyphenated compound, a name the gazetteer does
//! not know); a name the tables know, a country or a taken word is left to its own reading.

use super::name::is_name_word;
use super::{Context, Key, Lookup, Mention};
use crate::lang::{ALLIANCE_WORDS, FIGHTER_NOUNS, GROUP_ADJECTIVES, GROUP_NOUNS, NAMING_WORDS};
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
        // (figures go on with the name, and the group word after them closes it: "the March 23
        // movement")
        let figure = |k: usize| k < n && cx.tokens[k].kind == crate::text::TokenKind::Number;
        let mut figured = false;
        while last - first < NAME_WORDS {
            if last + 1 < n && cx.tokens[last].key == "-" && free(last + 1) {
                last += 2;
            } else if free(last) {
                last += 1;
            } else if figure(last) {
                last += 1;
                figured = true;
            } else {
                break;
            }
        }
        if figured && last < n && cx.tokens[last].is(GROUP_NOUNS.of(cx.lang)) {
            last += 1;
        }
        // (a month alone, or a month and its day, is a date: "les rebelles du 12 mars")
        let dated = (first..last).all(|k| figure(k) || crate::lang::month_of(cx.key(k)).is_some());
        if dated && (!figured || last - first <= 2) {
            continue;
        }
        let (s, e) = (cx.tokens[first].start, cx.tokens[last - 1].end);
        // (a known group's short form in parentheses right after names that group: "the March 23
        // movement (M23)")
        let known = (last + 1 < n && cx.is_punct(last, "("))
            .then(|| look.org_at(cx, last + 1))
            .flatten()
            .filter(|&(_, after)| cx.is_punct(after, ")"))
            .map(|(oi, _)| cx.gaz.orgs[oi as usize].key.clone());
        let key = Key::Org(known.unwrap_or_else(|| format!("org:{}", fold(&cx.text[s..e]))));
        let mut m = Mention::new(s, e, key, first, last, "group-noun");
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

/// "The Alliance", "the Allies", "les Alliés": the one alliance the document names by its own
/// name (its gazetteer kind "alliance": NATO, the CSTO) stands behind these words, capitalised
/// and outside any longer name. With no alliance named, or two, they name nothing; the singular
/// "Ally"/"Allié" is a member, not the alliance.
pub(super) fn alliance_stand_ins(cx: &Context<'_>, out: &mut Vec<Mention>) {
    // (the gazetteer's alliances, read once per document, not once per mention)
    let alliances: Vec<&str> =
        cx.gaz.orgs.iter().filter(|o| o.kind == "alliance").map(|o| o.key.as_str()).collect();
    let alliance = |m: &Mention| matches!(&m.key, Key::Org(k) if alliances.contains(&k.as_str()));
    let mut named = out.iter().filter(|m| alliance(m)).map(|m| m.key.clone());
    let Some(key) = named.next() else { return };
    if named.any(|k| k != key) {
        return;
    }
    let mut covered = vec![false; cx.tokens.len()];
    for m in out.iter() {
        covered[m.first..m.last.min(cx.tokens.len())].fill(true);
    }
    for (k, t) in cx.tokens.iter().enumerate() {
        let word = t.cap && t.is(ALLIANCE_WORDS.of(cx.lang));
        // (not the first word of a longer name: "Alliance for Peace", "Alliance des…")
        let name_goes_on =
            cx.tokens.get(k + 1).is_some_and(|x| x.cap && x.kind == crate::text::TokenKind::Word);
        if word && !covered[k] && !name_goes_on && !cx.headline[k] {
            out.push(Mention::new(t.start, t.end, key.clone(), k, k + 1, "alliance-stand-in"));
        }
    }
}
