//! The pieces a date is built from, read at one token: a day number, a month name, a year, a
//! weekday, and their usual combinations (day-month, month-day).
//!
//! Every grammar module builds on these readers; none of them decides alone that a date starts here.

use super::{Parser, PartialDate};
use crate::analysis::Lang;
use crate::calendar::days_in_month;
use crate::lang::{month_of, number_word, ordinal_word, weekday_abbreviation, weekday_name};
use crate::text::TokenKind;

/// Whether token `k` is a number of at most four digits (a day, a month or a year).
pub(super) fn next_number(p: &Parser<'_>, k: usize) -> bool {
    p.t.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() <= 4)
}

impl Parser<'_> {
    /// The folded word at `i`, or `""` past the end: rules look ahead without bounds checks.
    pub(super) fn key(&self, i: usize) -> &str {
        self.t.get(i).map(|t| t.key.as_str()).unwrap_or("")
    }

    /// Whether the folded word at `i` is one of `words`.
    pub(super) fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.key(i))
    }

    /// The value of a number token of at most four digits at `i`.
    pub(super) fn number(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        (t.kind == TokenKind::Number && t.key.len() <= 4).then(|| t.key.parse().ok()).flatten()
    }

    /// A day number at `i` ("9", "1er", "15th", "3rd"): (day, next token).
    pub(super) fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        let k = t.key.as_str();
        let digits: String = k.chars().take_while(|c| c.is_ascii_digit()).collect();
        let suffix = &k[digits.len()..];
        if digits.is_empty()
            || digits.len() > 2
            || !matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th" | "e")
        {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        ((1..=31).contains(&d)).then_some((d, i + 1))
    }

    /// A month name at `i` (with an optional abbreviation dot): (month, next token).
    pub(super) fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        let m = month_of(&t.key)?;
        // English "may" and "march" are verbs unless capitalised; "mars" the planet is rare
        if self.lang == Lang::En && !t.cap {
            self.month_lower(i)?;
        }
        if t.key == "sept"
            && self.lang == Lang::Fr
            && self.t.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        {
            return None; // "sept soldats"
        }
        let abbreviation = matches!(
            t.key.as_str(),
            "janv"
                | "fevr"
                | "fev"
                | "avr"
                | "juil"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
        );
        let next = if self.key(i + 1) == "." && abbreviation { i + 2 } else { i + 1 };
        Some((m, next))
    }

    /// A four-digit year at `i`.
    pub(super) fn year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Number || t.key.len() != 4 {
            return None;
        }
        let y: i32 = t.key.parse().ok()?;
        (1900..=2100).contains(&y).then_some((y, i + 1))
    }

    /// An optional year after a day-month (", 2021" in English).
    pub(super) fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        if let Some((y, n)) = self.explicit_year(i) {
            return (Some(y), n);
        }
        if self.key(i) == "," {
            if let Some((y, n)) = self.explicit_year(i + 1) {
                return (Some(y), n);
            }
        }
        (None, i)
    }

    /// A day and month, with the year given or chosen by the clause's tense; `None` when the day
    /// does not exist in that month ("31 avril").
    pub(super) fn dm(&self, d: u32, m: u32, y: Option<i32>) -> Option<PartialDate> {
        let year = y.or_else(|| self.year_by_tense(m, Some(d)));
        let max = days_in_month(year.unwrap_or(2000), m);
        (d <= max).then_some(PartialDate { year, month: Some(m), day: Some(d) })
    }

    /// A month with the year given or chosen by the clause's tense.
    pub(super) fn month_only(&self, m: u32, y: Option<i32>) -> PartialDate {
        PartialDate { year: y.or_else(|| self.year_by_tense(m, None)), month: Some(m), day: None }
    }

    /// "14 mars 2019", "le 1er mars", "14 March 2019", "15th of February": (day, month, year?, next).
    pub(super) fn day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        // "15Sep", "15juin": a day glued to its month
        let (d, m, j) = match self.glued_day_month(i) {
            Some(x) => x,
            None => {
                let (d, mut j) = self.day_word(i)?;
                // "15th of February", "10-August 2012", "10/August 2012"
                if self.is(j, &["of", "de", "d'"])
                    || (self.joiner(j) && self.month(j + 1).is_some() && !self.joiner(j + 2))
                {
                    j += 1;
                }
                let (m, j) = self.month(j)?;
                (d, m, j)
            }
        };
        let (y, j) = self.opt_year(j);
        if y.is_some() {
            return Some((d, m, y, j));
        }
        // "31 octobre 74", "14th April 15": a two-digit year ending the phrase
        match self.short_year(j) {
            Some((y, n)) => Some((d, m, Some(y), n)),
            None => Some((d, m, None, j)),
        }
    }

    /// "August 9, 2021", "Aug. 9", "July 8": (day, month, year?, next).
    pub(super) fn month_day(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        let (m, mut j) = self.month(i)?;
        // "August-10, 2012", "August/10/2012"; "March, 6th 2016" (then only with its year)
        let joined = self.joiner(j);
        let comma = !joined && self.key(j) == ",";
        if joined || comma {
            j += 1;
        }
        if self.key(j) == "the" {
            j += 1;
        }
        let (d, j) = self.day_word(j)?;
        if joined && self.joiner(j) {
            if let Some((y, n)) = self.explicit_year(j + 1) {
                return Some((d, m, Some(y), n));
            }
        }
        // "July 2024" is not a day: a day is at most two digits, checked by day()
        let (y, k) = self.opt_year(j);
        if y.is_some() {
            return Some((d, m, y, k));
        }
        if comma {
            return None;
        }
        // a time between the day and the year ("Oct 26 11:00:09 2023"), a two-digit year ("Aug 9, 96")
        let t = if self.key(j) == "," { j + 1 } else { j };
        if let Some((y, n)) =
            self.skip_time(t).and_then(|n| self.explicit_year(n)).or_else(|| self.short_year(t))
        {
            return Some((d, m, Some(y), n));
        }
        Some((d, m, None, j))
    }

    /// A day and month in either order: day first (French and British) or month first (American).
    pub(super) fn any_day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        self.day_month(i).or_else(|| self.month_day(i))
    }

    /// Whether a word joining the two ends of a range stands at `i` ("au", "-", "to", "jusqu'au").
    pub(super) fn range_word(&self, i: usize) -> bool {
        self.is(i, &["au", "a", "-", "to", "until", "till", "through", "thru", "and", "et", "jusqu'au"])
            || (self.key(i) == "jusqu'" && self.key(i + 1) == "au")
    }

    /// The token after a range word (and its article or weekday).
    pub(super) fn after_range_word(&self, j: usize) -> usize {
        let mut k = if self.key(j) == "jusqu'" { j + 2 } else { j + 1 };
        if self.is(k, &["le", "the"]) {
            k += 1;
        }
        if let Some((_, n)) = self.weekday_at(k) {
            if self.day_word(n).is_some() {
                k = n;
            }
        }
        k
    }

    /// The original (unfolded) text of token `i`, for rules that need accents or case.
    pub(super) fn text_of(&self, i: usize) -> &str {
        self.t.get(i).map(|t| &self.text[t.start..t.end]).unwrap_or("")
    }

    /// A weekday name (or abbreviation) at `i`: (weekday, next token).
    pub(super) fn weekday_at(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.t.get(i)?;
        if let Some(wd) = weekday_name(&t.key) {
            if self.key(i + 1) == "s" && self.text_of(i + 1) == "s" {
                return None;
            }
            return Some((wd, i + 1));
        }
        let wd = weekday_abbreviation(&t.key)?;
        if self.lang == Lang::Fr
            && matches!(
                t.key.as_str(),
                "mon" | "sun" | "sat" | "wed" | "fri" | "thu" | "tue" | "tues" | "thur" | "thurs"
            )
        {
            return None;
        }
        if self.lang == Lang::En && matches!(t.key.as_str(), "lun" | "mer" | "jeu" | "ven" | "sam" | "dim") {
            return None;
        }
        // words as well as abbreviations ("la mer", "she sat") need a capital or a cue
        let ambiguous =
            matches!(t.key.as_str(), "mer" | "jeu" | "sam" | "dim" | "sat" | "sun" | "mon" | "wed");
        let cue = i > 0 && self.is(i - 1, &["on", "next", "last", "this", "le", "ce", "by", "until"]);
        let day_next = |k: usize| self.day_word(k).is_some() || self.glued_day_month(k).is_some();
        // an abbreviation alone on its line ("sam") is a calendar entry
        let alone = t.line_start && self.t.get(i + 1).is_none_or(|n| n.line_start);
        if ambiguous && !t.cap && !cue && !alone && !day_next(i + 1 + usize::from(self.key(i + 1) == ".")) {
            return None;
        }
        if self.key(i + 1) == "." && self.t[i + 1].start == t.end {
            return Some((wd, i + 2));
        }
        if self.key(i + 1) == "," || (t.cap && day_next(i + 1)) || alone {
            return Some((wd, i + 1));
        }
        None
    }

    /// A day of the month at `i`, in figures or words ("9", "1er", "15th", "first", "quinze").
    pub(super) fn day_word(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(r) = self.day(i) {
            return Some(r);
        }
        let k = self.key(i);
        if let Some(d) = k.strip_suffix("eme").and_then(|d| d.parse::<u32>().ok()) {
            return (1..=31).contains(&d).then_some((d, i + 1));
        }
        if self.lang == Lang::En {
            // "twenty-first", "twenty first", "thirty-first"
            let tens = match k {
                "twenty" => 20,
                "thirty" => 30,
                _ => 0,
            };
            if tens > 0 {
                let j = if self.key(i + 1) == "-" { i + 2 } else { i + 1 };
                if let Some(u) = ordinal_word(self.key(j)).filter(|u| *u < 10) {
                    return Some(((tens + u) as u32, j + 1));
                }
            }
            return ordinal_word(k).filter(|d| *d <= 31).map(|d| (d as u32, i + 1));
        }
        if matches!(k, "premier" | "1er") {
            return Some((1, i + 1));
        }
        // French cardinal words: "deux", "quinze", "dix-huit", "vingt-deux", "trente et un"
        let n = number_word(k).filter(|_| !matches!(k, "un" | "une" | "couple" | "a" | "an" | "one"))?;
        let mut j = i + 1;
        let mut d = n;
        if matches!(n, 10 | 20 | 30) {
            if self.key(j) == "-" {
                if let Some(u) = number_word(self.key(j + 1)).filter(|u| *u < 10) {
                    d += u;
                    j += 2;
                } else if self.key(j + 1) == "un" {
                    d += 1;
                    j += 2;
                }
            } else if self.key(j) == "et" && self.key(j + 1) == "un" && n > 10 {
                d += 1;
                j += 2;
            }
        }
        (1..=31).contains(&d).then_some((d as u32, j))
    }

    /// A lowercase English month in a date-like place ("march 3", "in may", "first of march").
    pub(super) fn month_lower(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        if self.lang != Lang::En || t.cap {
            return None;
        }
        let m = month_of(&t.key)?;
        if t.key.len() < 5 && !matches!(t.key.as_str(), "may" | "june" | "july") {
            // abbreviations only next to a number
            let num = self.day(i + 1).is_some() || self.day(i.wrapping_sub(1)).is_some();
            if !num {
                return None;
            }
        }
        let prev = self.key(i.wrapping_sub(1));
        let next_day = self.day_word(i + 1).is_some() || self.year(i + 1).is_some();
        let ok = !matches!(t.key.as_str(), "may" | "march")
            || next_day
            || matches!(
                prev,
                "in" | "of"
                    | "next"
                    | "last"
                    | "this"
                    | "early"
                    | "mid"
                    | "late"
                    | "-"
                    | "since"
                    | "until"
                    | "by"
                    | "during"
            )
            || self.day(i.wrapping_sub(1)).is_some();
        ok.then_some((m, i + 1))
    }
}
