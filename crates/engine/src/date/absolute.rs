//! Absolute dates: written in figures (ISO, day/month/year) and fixed-date holidays.

use super::pieces::next_number;
use super::{Found, Parser, PartialDate};
use crate::analysis::Lang;
use crate::calendar::days_in_month;
use crate::lang::month_of;
use crate::text::TokenKind;

impl Parser<'_> {
    pub(super) fn numeric(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let a = self.number(i)?;
        // not inside a longer run of numbers ("1/2/3/4", "12 34 56 78")
        if i > 0
            && (self.t[i - 1].kind == TokenKind::Number
                || (matches!(self.key(i - 1), "/" | "-" | ".")
                    && i > 1
                    && self.t[i - 2].kind == TokenKind::Number
                    && self.t[i - 2].end == self.t[i - 1].start))
        {
            return None;
        }
        let len = |k: usize| self.t[k].key.len();
        let glued = |k: usize| self.t.get(k + 1).is_some_and(|n| n.start == self.t[k].end);
        let year_of = |k: usize| -> Option<i32> {
            let v = self.number(k)? as i32;
            match len(k) {
                4 => Some(v),
                2 => Some(if v < 50 { 2000 + v } else { 1900 + v }),
                _ => None,
            }
        };
        let ok = |y: i32, m: u32, d: u32| {
            (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1900..=2100).contains(&y)
        };
        let sep = self.key(i + 1);
        if matches!(sep, "-" | "/" | ".") {
            // "31/Oct/1974", "31-Oct-74"
            if let Some(m) = month_of(self.key(i + 2)).filter(|_| sep != "." && self.key(i + 3) == sep) {
                let y = year_of(i + 4)?;
                return (a >= 1 && a <= days_in_month(y, m) && glued(i) && glued(i + 3)).then_some((
                    i + 5,
                    PartialDate::ymd(y, m, a),
                    None,
                ));
            }
            let b = self.number(i + 2)?;
            let next_is_number = |k: usize| self.t.get(k).is_some_and(|t| t.kind == TokenKind::Number);
            if self.key(i + 3) == sep && next_is_number(i + 4) {
                if !(glued(i) && glued(i + 1) && glued(i + 2) && glued(i + 3)) {
                    return None;
                }
                let c = self.number(i + 4)?;
                if next_is_number(i + 6) && matches!(self.key(i + 5), "-" | "/" | ".") {
                    return None;
                }
                if len(i) == 4 {
                    let y = a as i32;
                    return ok(y, b, c).then_some((i + 5, PartialDate::ymd(y, b, c), None));
                }
                let y = year_of(i + 4)?;
                let (m, d) = match self.lang {
                    Lang::En if sep != "-" || len(i + 4) == 2 || a <= 12 => (a, b),
                    _ => (b, a),
                };
                if ok(y, m, d) {
                    return Some((i + 5, PartialDate::ymd(y, m, d), None));
                }
                return ok(y, d, m).then_some((i + 5, PartialDate::ymd(y, d, m), None));
            }
            if next_is_number(i + 4) || (matches!(self.key(i + 3), "/" | "-" | ".") && next_is_number(i + 4))
            {
                return None;
            }
            // "2014-10", "2014/10": a month
            if len(i) == 4 && len(i + 2) == 2 && glued(i) && glued(i + 1) && sep != "." {
                let y = a as i32;
                return ((1..=12).contains(&b) && (1900..=2100).contains(&y)).then_some((
                    i + 3,
                    PartialDate { year: Some(y), month: Some(b), day: None },
                    None,
                ));
            }
            // "2/2013"
            if len(i) <= 2 && len(i + 2) == 4 && sep == "/" && glued(i) && glued(i + 1) {
                let y = b as i32;
                return ((1..=12).contains(&a) && (1900..=2100).contains(&y)).then_some((
                    i + 3,
                    PartialDate { year: Some(y), month: Some(a), day: None },
                    None,
                ));
            }
            // "17/02", "2/15": a day and a month
            if sep == "/" && len(i) <= 2 && len(i + 2) <= 2 {
                let (m, d) = if self.lang == Lang::En { (a, b) } else { (b, a) };
                let (m, d) = if (1..=12).contains(&m) { (m, d) } else { (d, m) };
                if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2000, m) {
                    return None;
                }
                return self.dm(d, m, None).map(|p| (i + 3, p, None));
            }
            return None;
        }
        // French figures with spaces: "20 02 2014", "20 2 14", "le 17 02"
        if self.lang == Lang::Fr && len(i) <= 2 && next_number(self, i + 1) {
            let b = self.number(i + 1)?;
            if !(1..=12).contains(&b) || a == 0 || a > 31 || len(i + 1) > 2 {
                return None;
            }
            if next_number(self, i + 2) {
                let y = year_of(i + 2)?;
                if next_number(self, i + 3) || !ok(y, b, a) {
                    return None;
                }
                return Some((i + 3, PartialDate::ymd(y, b, a), None));
            }
            let le = i > 0 && self.key(i - 1) == "le";
            if (len(i + 1) == 2 || le) && a <= days_in_month(2000, b) {
                return self.dm(a, b, None).map(|p| (i + 2, p, None));
            }
        }
        None
    }

    /// Fixed-date holidays: "Noël", "la Toussaint", "Christmas", "New Year's Eve", "Halloween".
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, &["le", "la", "the"]) {
            j += 1;
        }
        if self.is(j, &["jour", "journee", "fete"]) && self.is(j + 1, &["de", "du", "des"]) {
            j += 2;
            if self.is(j, &["la", "l'"]) {
                j += 1;
            }
        }
        let w = self.key(j);
        let (m, d, n) = match w {
            "noel" | "christmas" | "xmas" => {
                let n = if self.is(j + 1, &["day", "eve"]) { j + 2 } else { j + 1 };
                if self.key(j + 1) == "eve" {
                    (12, 24, n)
                } else {
                    (12, 25, n)
                }
            }
            "toussaint" => (11, 1, j + 1),
            "travail" if j > i && self.key(j - 1) == "du" => (5, 1, j + 1),
            "an" if self.key(j - 1) == "l'" && j > i => (1, 1, j + 1),
            "nouvel" if self.key(j + 1) == "an" => (1, 1, j + 2),
            "halloween" => (10, 31, j + 1),
            "new" if self.key(j + 1).starts_with("year") => {
                let mut n = j + 2;
                if self.key(n) == "'" && self.key(n + 1) == "s" {
                    n += 2;
                }
                match self.key(n) {
                    "eve" => (12, 31, n + 1),
                    "day" => (1, 1, n + 1),
                    _ => return None,
                }
            }
            "valentine" if self.key(j + 1) == "'" && self.key(j + 2) == "s" && self.key(j + 3) == "day" => {
                (2, 14, j + 4)
            }
            _ => return None,
        };
        let (y, n) = self.opt_year(n);
        self.dm(d, m, y).map(|p| (n, p, None))
    }
}
