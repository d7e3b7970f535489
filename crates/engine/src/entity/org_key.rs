//! The keys that merge the forms of one organization, and the words they are made of: a
//! ministry by its domain and country ("ministère de la Défense nationale" and "Defense Ministry"
//! are one key), other bodies by their content words; read back by the relation stage.

use super::{Context, Lookup};
use crate::text::TokenKind;

/// "34th", "1st", "2nd", "3rd", "13e", "2eme": a number with an ordinal ending.
pub(super) fn is_ordinal_number(k: &str) -> bool {
    let digits = k.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&k[digits..], "st" | "nd" | "rd" | "th" | "e" | "eme" | "er")
}

/// Whether a word names a ministry's domain ("defense", "affaires", "interior"): it continues an
/// organization's name and never opens a person's.
pub(super) fn is_domain(k: &str) -> bool {
    matches!(k, "defense" | "defence" | "foreign" | "affaires" | "interieur" | "interior" | "state" | "home")
}

/// A word of a body's name as its key spells it: one spelling of "defence", one word for a
/// ministry.
pub(crate) fn key_word(w: &str) -> &str {
    match w {
        "defence" => "defense",
        "ministry" | "ministere" | "department" | "departement" => "ministry",
        other => other,
    }
}

/// The domain words of a ministry's key ("defense" of "ministry:defense:DOM"), read back by the
/// relation stage; `None` for any other key.
pub(crate) fn ministry_domain(key: &str) -> Option<&str> {
    let mut parts = key.split(':');
    (parts.next() == Some("ministry")).then(|| parts.next()).flatten().filter(|d| !d.is_empty())
}

/// The head words of a body's key made from its head and country ("embassy" of
/// "org:embassy:USA"), read back by the relation stage; `None` for any other key.
pub(crate) fn org_head(key: &str) -> Option<&str> {
    let mut parts = key.split(':');
    (parts.next() == Some("org")).then(|| parts.next()).flatten().filter(|h| !h.is_empty())
}

/// A key that merges the forms of one organization: ministries by domain and country, others by
/// their content words without the country (a ministry's key is read back by [`ministry_domain`]).
pub(super) fn org_key(
    cx: &Context<'_>,
    look: &Lookup,
    first: usize,
    end: usize,
    ministry: bool,
    country: Option<u16>,
) -> String {
    let iso = country.map(|c| cx.gaz.countries[c as usize].iso3.as_str()).unwrap_or("?");
    let mut words = Vec::new();
    let mut k = first;
    while k < end {
        if let Some((_, after)) = look.country_at(cx, k) {
            k = after;
            continue;
        }
        let w = cx.key(k);
        if cx.tokens[k].kind == TokenKind::Word
            && !matches!(
                w,
                "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "of" | "the" | "for" | "and" | "s" | "'s"
            )
        {
            words.push(key_word(w));
        }
        k += 1;
    }
    if ministry {
        // "ministère de la Défense nationale" = "Defense Ministry": the domain is what matters
        let domain: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "ministry" | "nationale" | "national" | "federale" | "federal"))
            .collect();
        // "Foreign Ministry" = "Ministry of Foreign Affairs": "affairs" after "foreign" adds nothing
        let foreign = domain.contains(&"foreign");
        let domain: Vec<&str> = domain.into_iter().filter(|w| !(foreign && *w == "affairs")).collect();
        return format!("ministry:{}:{}", domain.join(" "), iso);
    }
    format!("org:{}:{}", words.join(" "), iso)
}
