//! Written forms beyond the common ones: a day glued to its month ("15Sep"), a month and a day
//! joined by a dash or a slash ("August-10"), years written first ("2024 August", "2018 March
//! 18", "2012/Aug/10"), explicit years outside the usual span ("Jan 1 3000", "10 August 88 AD"),
//! two-digit years ending a date ("Aug 9, 96"), and the times a date may carry between its parts
//! ("Oct 26 11:00:09 2023").
//!
//! Each reader looks at one place and says what it found; the grammar in `mod.rs` and `pieces`
//! decides where a date starts.

use super::{Found, Parser, PartialDate};
use crate::calendar::days_in_month;
use crate::lang::{
    date_line_word, era_len, month_of, number_word, ordinal_word, weekday_abbreviation, weekday_name,
};
use crate::text::TokenKind;

impl Parser<'_> {
    /// Whether token `k` touches the next one (no space between them).
    pub(super) fn glued(&self, k: usize) -> bool {
        self.t.get(k + 1).is_some_and(|n| n.start == self.t[k].end)
    }

    /// A "-" or "/" at `k` glued to the tokens on both sides ("August-10", "2024/August").
    pub(super) fn joiner(&self, k: usize) -> bool {
        k > 0 && k < self.t.len() && self.is(k, &["-", "/"]) && self.glued(k - 1) && self.glued(k)
    }

    /// A day glued to a month name in one token ("15sep", "15SEPT", "15juin"): (day, month, next).
    pub(super) fn glued_day_month(&self, i: usize) -> Option<(u32, u32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let k = t.key.as_str();
        let n = k.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 2 {
            return None;
        }
        let m = month_of(&k[n..])?;
        let d: u32 = k[..n].parse().ok()?;
        (1..=31).contains(&d).then_some((d, m, i + 1))
    }

    /// An era marker at `i` ("AD", "CE", "p. Chr. n."): the token after it. One-word markers must
    /// be in capitals ("ce" is a French word).
    pub(super) fn era_at(&self, i: usize) -> Option<usize> {
        let keys: Vec<&str> = (i..(i + 6).min(self.t.len())).map(|k| self.key(k)).collect();
        let n = era_len(&keys)?;
        if n == 1 && !self.t[i].upper {
            return None;
        }
        Some(i + n)
    }

    /// A year written where a date's year goes: four figures from 1000 on, or up to four with an
    /// era ("88 AD"); a year outside 1900–2100 must end the phrase ("Jan 1 3000, 9:30" but not
    /// "August 9, 3000 troops").
    pub(super) fn explicit_year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Number || t.key.len() > 4 {
            return None;
        }
        let y: i32 = t.key.parse().ok()?;
        if let Some(n) = self.era_at(i + 1) {
            return (y >= 1).then_some((y, n));
        }
        if t.key.len() != 4 || y < 1000 {
            return None;
        }
        let ends = self.t.get(i + 1).is_none_or(|n| {
            n.line_start || matches!(n.key.as_str(), "," | "." | ";" | ")" | ":" | "!" | "?")
        });
        ((1900..=2100).contains(&y) || ends).then_some((y, i + 1))
    }

    /// A two-digit year ending the phrase ("Aug 9, 96", "31 octobre 74"): 1950–2049.
    pub(super) fn short_year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Number || t.key.len() != 2 {
            return None;
        }
        if !matches!(self.key(i + 1), "" | "." | "," | ";")
            && !self.t.get(i + 1).is_some_and(|n| n.line_start)
        {
            return None;
        }
        let v: i32 = t.key.parse().ok()?;
        Some((if v < 50 { 2000 + v } else { 1900 + v }, i + 1))
    }

    /// A time at `i` ("11:00", "11:00:09", "9:30 pm", "10:00 - 11:00:09", then maybe a zone in
    /// capitals, "EDT"): the token after it.
    pub(super) fn skip_time(&self, i: usize) -> Option<usize> {
        let one = |k: usize| -> Option<usize> {
            self.number(k).filter(|h| *h <= 24 && self.t[k].key.len() <= 2)?;
            if self.key(k + 1) != ":" {
                return None;
            }
            self.number(k + 2)?;
            let mut n = k + 3;
            if self.key(n) == ":" && self.number(n + 1).is_some() {
                n += 2;
            }
            if self.is(n, &["am", "pm"]) {
                n += 1;
            }
            Some(n)
        };
        let mut n = one(i)?;
        if self.key(n) == "-" {
            if let Some(m) = one(n + 1) {
                n = m;
            }
        }
        if self
            .t
            .get(n)
            .is_some_and(|t| t.upper && (2..=4).contains(&t.key.len()) && month_of(&t.key).is_none())
        {
            n += 1;
        }
        Some(n)
    }

    /// The rest of an ISO date-time glued to its day ("T08:15:30Z", "T23:45:00.487+01:00") when the
    /// day token is "05t08": the day and the token after the time.
    pub(super) fn iso_day_time(&self, k: usize) -> Option<(u32, usize)> {
        let key = self.key(k);
        let b = key.as_bytes();
        if b.len() < 4 || !b[..2].iter().all(u8::is_ascii_digit) || b[2] != b't' || !b[3].is_ascii_digit() {
            return None;
        }
        let d: u32 = key[..2].parse().ok()?;
        let mut n = k;
        while self.glued(n)
            && self.t.get(n + 1).is_some_and(|t| {
                matches!(t.key.as_str(), ":" | "." | "+" | "-")
                    || t.kind == TokenKind::Number
                    || t.key.starts_with(|c: char| c.is_ascii_digit())
            })
        {
            n += 1;
        }
        Some((d, n + 1))
    }

    /// Dates written year first: "2024 August", "2024-August", "2024 AD August", "2023 Sept",
    /// "2018 March 18", "2012/Aug/10".
    pub(super) fn year_first(&self, i: usize) -> Option<Found> {
        if i > 0 && self.key(i - 1) == "-" && self.t[i - 1].end == self.t[i].start {
            return None; // a name's year ("Vostok-2022")
        }
        let (y, mut j) = self.year(i)?;
        if let Some(n) = self.era_at(j) {
            j = n;
        }
        let joined = self.joiner(j);
        if joined {
            j += 1;
        }
        let (m, n) = self.month(j)?;
        let dj = if joined && self.joiner(n) { n + 1 } else { n };
        if let Some((d, k)) = self.day(dj) {
            if d <= days_in_month(y, m) && self.number(k).is_none() {
                return Some((k, PartialDate::ymd(y, m, d), None));
            }
        }
        Some((n, PartialDate { year: Some(y), month: Some(m), day: None }, None))
    }

    /// Whether the line around token `i` holds nothing but a date: calendar words, figures, times
    /// and a few small words ("5 May 12:00", "8:23 AM, Jul 9", "Twenty-fourth of May"). Such a
    /// line labels something (a heading, a timestamp, a list entry) and its date is the nearest
    /// occurrence to the reference, before or after it.
    pub(super) fn date_line(&self, i: usize) -> bool {
        let mut a = i.min(self.t.len().saturating_sub(1));
        while a > 0 && !self.t[a].line_start && i - a < 30 {
            a -= 1;
        }
        if a > 0 && !self.t[a].line_start {
            return false;
        }
        let mut b = i + 1;
        while b < self.t.len() && !self.t[b].line_start {
            if b - a > 30 {
                return false;
            }
            b += 1;
        }
        (a..b.min(self.t.len())).all(|k| {
            let t = &self.t[k];
            let w = t.key.as_str();
            t.kind != TokenKind::Word
                || t.upper
                || w.starts_with(|c: char| c.is_ascii_digit())
                || month_of(w).is_some()
                || weekday_name(w).is_some()
                || weekday_abbreviation(w).is_some()
                || ordinal_word(w).is_some()
                || number_word(w).is_some()
                || date_line_word(w)
        })
    }
}
