//! Companies named with their legal form: "Halvard Marine Systems Inc.", "Orsel & Dunn Ltd",
//! "Vantor Frères SA". Defence firms supply and build what the news is about, and business pages
//! name many more; a legal-form word is the surest sign of a company whatever its other words
//! (a surname, a place, a common noun), so these names are read before persons and places.

use super::org_key::org_key;
use super::organization::known_org;
use super::{work, Context, Key, Lookup, Mention};
use crate::text::TokenKind;
use std::collections::{HashMap, HashSet};

/// The companies of the text, and each later or earlier lone use of a company's first word
/// ("Halvard said…" beside "Halvard Marine Systems Inc."), which is the same company.
///
/// A name is the run of capitalised words right before a legal-form word of the language
/// (`Lexicon::company_forms`), within its sentence, with "&" and "of" between capitalised words;
/// an abbreviated form takes its dot ("Corp."). A form word that is also a function word ("SA",
/// French "sa") counts only in capitals. A first word is a short form only if the text never
/// writes it in lowercase (a common word like "First" or "General" shortens nothing) and it is no
/// country or place of the gazetteer. Linear in the tokens: each run is walked once leftwards
/// from its form word, each token once for short forms.
pub(super) fn companies(cx: &Context<'_>, look: &Lookup) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut firsts: HashMap<String, Key> = HashMap::new();
    let lower = cx.lowercase;
    work(cx.tokens.len());
    for (i, t) in cx.tokens.iter().enumerate() {
        let Some(&(_, abbreviated)) = cx.lex.company_forms.iter().find(|(f, _)| *f == t.key) else {
            continue;
        };
        let surface = &cx.text[t.start..t.end];
        let function_word =
            cx.lex.stopwords.contains(&t.key.as_str()) || cx.lex.name_stops.contains(&t.key.as_str());
        if !t.cap || t.kind != TokenKind::Word || function_word && surface.chars().any(char::is_lowercase) {
            continue;
        }
        // "Bancorp Inc.": the last of two form words ends the name
        let next_form = cx
            .tokens
            .get(i + 1)
            .is_some_and(|x| x.cap && cx.lex.company_forms.iter().any(|(f, _)| *f == x.key));
        if next_form {
            continue;
        }
        let first = name_start(cx, look, lower, i);
        if first == i || out.last().is_some_and(|m| m.last > first) {
            continue;
        }
        let mut last = i + 1;
        // the dot of "Corp." is the name's, unless it also ends the sentence
        let ends_sentence = cx.sentence_end_of(last) == last + 1 || last + 1 >= cx.tokens.len();
        if abbreviated && cx.is_punct(last, ".") && cx.tokens[last].start == t.end && !ends_sentence {
            last += 1;
        }
        let (start, end) = (cx.tokens[first].start, cx.tokens[last - 1].end);
        let key = org_key(cx, look, first, i + 1, false, None);
        let mut m = Mention::new(start, end, Key::Org(key), first, last, "company");
        m.canonical = Some(cx.text[start..t.end].to_string());
        let m = known_org(cx, m);
        firsts.entry(cx.tokens[first].key.clone()).or_insert_with(|| m.key.clone());
        out.push(m);
    }
    if !out.is_empty() {
        out.extend(short_forms(cx, look, lower, &out, &firsts));
        out.sort_by_key(|m| m.start);
    }
    out
}

/// The first token of the company name ending right before the form word at `form`: capitalised
/// words, "&" between two of them and "of" before a country ("Gold Fields of Narvia Ltd"), back
/// to the sentence's start; a sentence's or a line's first word that the text also writes in
/// lowercase is no part of it ("Shares of…", "Lead Manager …"). `form` itself when no
/// capitalised word precedes it.
fn name_start(cx: &Context<'_>, look: &Lookup, lower: &HashSet<&str>, form: usize) -> usize {
    let sent = cx.sentence_start_of(form);
    let word = |k: usize| {
        let t = &cx.tokens[k];
        t.cap && t.kind == TokenKind::Word && !cx.lex.name_stops.contains(&t.key.as_str())
    };
    let mut first = form;
    let mut k = form;
    while k > sent {
        let p = k - 1;
        work(1);
        if word(p) {
            first = p;
            k = p;
            continue;
        }
        // "Orsel & Dunn", "Gold Fields of Narvia": a link between two capitalised words
        let of_country = cx.key(p) == "of" && look.country_at(cx, p + 1).is_some();
        let link = cx.is_punct(p, "&") || of_country && cx.tokens[p].kind == TokenKind::Word;
        if link && p > sent && word(p - 1) && first == p + 1 {
            k = p;
            continue;
        }
        break;
    }
    while first < form {
        let t = &cx.tokens[first];
        let opening = first == sent || t.line_start;
        if !(opening && lower.contains(t.key.as_str())) {
            break;
        }
        first += 1;
        if cx.is_punct(first, "&") || cx.key(first) == "of" {
            return form;
        }
    }
    first
}

/// The lone uses of the companies' first words elsewhere in the text: a capitalised word, not
/// followed by another, outside the names themselves.
fn short_forms(
    cx: &Context<'_>,
    look: &Lookup,
    lower: &HashSet<&str>,
    names: &[Mention],
    firsts: &HashMap<String, Key>,
) -> Vec<Mention> {
    let mut inside = vec![false; cx.tokens.len()];
    for m in names {
        inside[m.first..m.last].fill(true);
    }
    let mut out = Vec::new();
    work(cx.tokens.len());
    for (i, t) in cx.tokens.iter().enumerate() {
        let Some(key) = firsts.get(&t.key) else { continue };
        let alone = !cx.tokens.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word && x.cap);
        let placed = look.country_at(cx, i).is_some()
            || look.senses(cx, i).iter().any(|s| matches!(s, crate::gazetteer::Sense::Place(_)));
        if inside[i]
            || !alone
            || !t.cap
            || t.key.chars().count() < 3
            || lower.contains(t.key.as_str())
            || placed
        {
            continue;
        }
        if cx.boiler[i] {
            continue;
        }
        out.push(Mention::new(t.start, t.end, key.clone(), i, i + 1, "company"));
    }
    out
}

/// How many capitalised words a company named after its noun may hold ("Lockheed Martin",
/// "Harwick Naval Systems").
const FIRM_NAME_WORDS: usize = 4;

/// Companies named right after a noun of firms (`Lexicon::firm_nouns`): "drone maker Velkor",
/// "le constructeur naval estrien Brask Marine", "l'avionneur Halden". The noun says what the
/// name is, so a given name inside it ("…américain Lockheed Martin") makes no person. French
/// puts the nationality after the noun, with at most one more adjective before it; "groupe"
/// needs that nationality ("le groupe Wagner" is an armed group's, read by `group`). The name
/// is a run of capitalised words (with hyphens and "&"), no country, title or function word
/// opening it, outside `firms` (the names with a legal form). Linear in the tokens.
pub(super) fn companies_by_noun(cx: &Context<'_>, look: &Lookup, firms: &[Mention]) -> Vec<Mention> {
    let nouns = cx.lex.firm_nouns;
    let n = cx.tokens.len();
    let mut inside = vec![false; n];
    for m in firms {
        inside[m.first..m.last].fill(true);
    }
    let word = |k: usize| {
        k < n
            && cx.tokens[k].cap
            && cx.tokens[k].kind == TokenKind::Word
            && !inside[k]
            && !cx.headline[k]
            && look.country_at(cx, k).is_none()
            && look.title_at(cx, k).is_none()
    };
    let mut out = Vec::new();
    work(n);
    for (i, t) in cx.tokens.iter().enumerate() {
        if t.cap || !nouns.contains(&t.key.as_str()) {
            continue;
        }
        // French: the nationality, and one adjective before it, may stand between
        let demonym = |k: usize| {
            cx.tokens.get(k).is_some_and(|x| !x.cap)
                && look.country_at(cx, k).is_some_and(|(_, after)| after == k + 1)
        };
        let lower = |k: usize| cx.tokens.get(k).is_some_and(|x| !x.cap && x.kind == TokenKind::Word);
        let first = if demonym(i + 1) {
            i + 2
        } else if lower(i + 1) && demonym(i + 2) && cx.lang == crate::analysis::Lang::Fr {
            i + 3
        } else if t.key == "groupe" {
            continue;
        } else {
            i + 1
        };
        if !word(first)
            || cx.lex.name_stops.contains(&cx.key(first))
            || cx.lex.stopwords.contains(&cx.key(first))
        {
            continue;
        }
        let mut last = first + 1;
        while last - first < FIRM_NAME_WORDS + 1 {
            let joined = last + 1 < n && (cx.is_punct(last, "-") || cx.is_punct(last, "&")) && word(last + 1);
            if joined {
                last += 2;
            } else if word(last) && !cx.tokens[last].line_start {
                last += 1;
            } else {
                break;
            }
        }
        let (start, end) = (cx.tokens[first].start, cx.tokens[last - 1].end);
        let key = org_key(cx, look, first, last, false, None);
        let mut m = Mention::new(start, end, Key::Org(key), first, last, "company-noun");
        m.canonical = Some(cx.text[start..end].to_string());
        out.push(known_org(cx, m));
    }
    out
}
