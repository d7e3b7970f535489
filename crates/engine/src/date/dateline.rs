//! The reference the dates of a text are resolved against: the one given from outside, else the
//! one the text gives itself (an ISO date or a full date near the top, a year carried by the name
//! of an exercise, a dateline's day once the year is known).
//!
//! Reads the given [`ReferenceDate`] and the tokens; writes the [`PartialDate`] every grammar
//! module then resolves against. Runs once per document, before the dates are read.

use super::{find_dates, find_dates_in, PartialDate};
use crate::analysis::Lang;
use crate::reference::{ReferenceDate, ReferenceOrigin};
use crate::text::Token;

/// How far into the text a dateline may sit, in characters.
const HEAD_CHARS: usize = 300;

/// The reference for a text: `given` when there is one, else the text's own.
///
/// A reference found only to the year ("2024", from a full date deep in the text or an
/// exercise's name) is sharpened by a dateline without a year near the top ("PARIS, 3 May"):
/// that day, in that year, is when the text was written.
/// Also says where the reference came from ([`ReferenceOrigin`]).
pub(crate) fn reference_for(
    given: Option<ReferenceDate>,
    tokens: &[Token],
    text: &str,
    lang: Lang,
) -> (Option<PartialDate>, ReferenceOrigin) {
    let mut reference =
        given.map(PartialDate::from).or_else(|| from_text(tokens, text, lang)).or_else(|| named_year(tokens));
    let origin = match (given, reference) {
        (Some(_), _) => ReferenceOrigin::Given,
        (None, Some(r)) if r.month.is_some() => ReferenceOrigin::Head,
        (None, Some(_)) => ReferenceOrigin::Text,
        (None, None) => ReferenceOrigin::None,
    };
    if given.is_none() && reference.is_some_and(|r| r.month.is_none()) {
        let head = text.char_indices().nth(HEAD_CHARS).map(|(b, _)| b).unwrap_or(text.len());
        if let Some(d) = find_dates(&text[..head], lang, reference)
            .into_iter()
            .find(|d| d.from.is_full() && d.to.is_none())
        {
            reference = Some(d.from);
        }
    }
    (reference, origin)
}

/// A reference date found in the text itself: an ISO date near the top, a full date near the top
/// (the dateline: the publication day), or the year and month of the first date that has them.
fn from_text(tokens: &[Token], text: &str, lang: Lang) -> Option<PartialDate> {
    // an ISO date near the top ("posted 2024-07", "2024-07-12")
    let head: String = text.chars().take(HEAD_CHARS).collect();
    for (i, _) in head.char_indices() {
        let rest = &head[i..];
        if rest.len() >= 7
            && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && rest.as_bytes()[4] == b'-'
        {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(rest.len());
            let before_ok = i == 0 || !head[..i].ends_with(|c: char| c.is_alphanumeric());
            if before_ok {
                if let Some(d) = ReferenceDate::parse(&rest[..end]) {
                    if d.month().is_some() {
                        return Some(d.into());
                    }
                }
            }
        }
    }
    let found = find_dates_in(tokens, text, lang, None);
    // a full date in the first lines is the dateline: the publication day
    let head_bytes = head.len();
    if let Some(d) = found.iter().find(|d| d.start < head_bytes && d.from.is_full() && d.to.is_none()) {
        return Some(d.from);
    }
    if let Some(d) = found.iter().find(|d| d.from.year.is_some() && d.from.month.is_some()) {
        return Some(PartialDate { year: d.from.year, month: None, day: None });
    }
    None
}

/// The year carried by the name of an exercise glued to a hyphen ("Northern Shield-2023").
fn named_year(tokens: &[Token]) -> Option<PartialDate> {
    tokens
        .windows(2)
        .find(|w| w[0].key == "-" && w[1].key.len() == 4 && year_in_name(&format!("-{}", w[1].key)).is_some())
        .and_then(|w| w[1].key.parse().ok())
        .map(|y| PartialDate { year: Some(y), month: None, day: None })
}

/// Whether a four-digit number reads as a year of the period the news is about (1945–2100).
pub(crate) fn is_year(s: &str) -> bool {
    s.parse::<i32>().is_ok_and(|y| (1945..=2100).contains(&y))
}

/// The year a name carries ("Northern Shield-2023" → 2023), for exercises named by their year;
/// two digits after a closing hyphen are the year's last two ("Steppe Eagle-22" → 2022).
pub(crate) fn year_in_name(name: &str) -> Option<i32> {
    let full = name
        .rsplit(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4 && is_year(w))
        .and_then(|w| w.parse().ok());
    full.or_else(|| {
        let (head, tail) = name.rsplit_once('-')?;
        let short = tail.len() == 2 && tail.chars().all(|c| c.is_ascii_digit());
        let named = head.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        (short && named).then(|| tail.parse::<i32>().ok().map(|y| 2000 + y)).flatten()
    })
}
