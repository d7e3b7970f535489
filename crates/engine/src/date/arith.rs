//! Date arithmetic: a count of units before or after another date ("2 weeks after yesterday",
//! "three days before March 3"), signed compact offsets ("+2 months, 5 days", "-3y", "next
//! Tuesday +10 days"), deadlines ("within 10 days"), and a few glued or short relative words
//! ("lastmonth", "next day", "after a year", "next weekday").
//!
//! The value has the grain of the smallest unit counted: "2 months before 02/02" is a month,
//! "in 5 days" a day.

use super::resolve::shift_months;
use super::{Found, Parser, PartialDate};
use crate::calendar::{days_in_month, weekday_of};
use crate::lang::{number_word, unit_abbreviation, unit_of, Unit};
use crate::text::TokenKind;

/// A date moved by a count of units, kept to the grain of the unit.
pub(super) fn moved(d: PartialDate, unit: Unit, count: i64) -> Option<PartialDate> {
    match unit {
        Unit::Day | Unit::Week | Unit::Fortnight => {
            let step = match unit {
                Unit::Week => 7,
                Unit::Fortnight => 14,
                _ => 1,
            };
            Some(PartialDate::from_days(d.days()? + step * count))
        }
        Unit::Month => {
            let (y, m) = shift_months(d.year?, d.month?, count);
            let day = d.day.map(|x| x.min(days_in_month(y, m)));
            Some(PartialDate { year: Some(y), month: Some(m), day })
        }
        Unit::Year => Some(PartialDate { year: Some(d.year? + count as i32), ..d }),
    }
}

/// A date cut to the grain of a unit: a month for months, a year for years.
pub(super) fn grain(d: PartialDate, unit: Unit) -> PartialDate {
    match unit {
        Unit::Month => PartialDate { day: None, ..d },
        Unit::Year => PartialDate { day: None, month: None, ..d },
        _ => d,
    }
}

fn finer(a: Unit, b: Unit) -> Unit {
    let rank = |u: Unit| match u {
        Unit::Day => 0,
        Unit::Week | Unit::Fortnight => 1,
        Unit::Month => 2,
        Unit::Year => 3,
    };
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

impl Parser<'_> {
    /// A count and its unit at `i`: "2 weeks", "a week", "one Year", "1 mon", or glued "3w",
    /// "3mo", "10days": (count, unit, next).
    pub(super) fn count_units(&self, i: usize) -> Option<(i64, Unit, usize)> {
        let t = self.t.get(i)?;
        if t.kind == TokenKind::Word {
            let k = t.key.as_str();
            let n = k.bytes().take_while(u8::is_ascii_digit).count();
            if n > 0 && n <= 3 {
                let unit = unit_of(&k[n..]).or_else(|| unit_abbreviation(&k[n..]))?;
                let c: i64 = k[..n].parse().ok()?;
                return (c > 0).then_some((c, unit, i + 1));
            }
        }
        let count = self.number(i).map(i64::from).or_else(|| number_word(self.key(i)))?;
        let w = self.key(i + 1);
        // a spaced abbreviation only when it cannot be a letter ("1 mon", not "3 d")
        let unit = unit_of(w).or_else(|| unit_abbreviation(w).filter(|_| w.len() > 1))?;
        (count > 0 && count < 1000).then_some((count, unit, i + 2))
    }

    /// "2 weeks after yesterday", "a week before tomorrow", "2 months before 02/02", "2 days
    /// after next Friday": a count of units from another date expression.
    pub(super) fn count_from_date(&self, i: usize) -> Option<Found> {
        let (count, unit, n) = self.count_units(i)?;
        let sign = match self.key(n) {
            "after" | "apres" => 1,
            "before" | "avant" => -1,
            _ => return None,
        };
        // one step only: "2 days after 3 days after …" is not chained (keeps the work linear)
        if self.count_units(n + 1).is_some_and(|(_, _, k)| self.is(k, &["after", "apres", "before", "avant"]))
        {
            return None;
        }
        let (m, anchor, to) = self.at(n + 1)?;
        self.here.set((i, None));
        if to.is_some() || !anchor.is_full() {
            return None;
        }
        let v = moved(anchor, unit, sign * count)?;
        Some((m, grain(v, unit), None))
    }

    /// Signed compact offsets: "+2 months, 5 days", "-3y", "-5d": each part moves the reference.
    pub(super) fn signed_offset(&self, i: usize, from: PartialDate) -> Option<(usize, PartialDate)> {
        let sign = match self.key(i) {
            "+" => 1,
            "-" => -1,
            _ => return None,
        };
        // the sign touches its count and stands apart from what comes before ("-3y", not "5-3")
        if !self.glued(i) || (i > 0 && self.t[i - 1].end == self.t[i].start) {
            return None;
        }
        let (mut v, mut unit) = (from, Unit::Year);
        let mut j = i + 1;
        let mut parts = 0;
        while let Some((c, u, n)) = self.count_units(j) {
            v = moved(v, u, sign * c)?;
            unit = finer(unit, u);
            parts += 1;
            j = n;
            if self.key(j) == "," && self.count_units(j + 1).is_some() {
                j += 1;
            } else {
                break;
            }
        }
        (parts > 0).then(|| (j, grain(v, unit)))
    }

    /// Relative words of one piece or with a count: "-3y", "3w later", "within 10 days", "within
    /// a month", "after a year", "after this year", "lastmonth", "next day", "last weekday".
    pub(super) fn arith(&self, i: usize) -> Option<Found> {
        let r = self.r.date?;
        let k = self.key(i);
        if let Some((n, v)) = self.signed_offset(i, r).filter(|_| r.is_full()) {
            return Some((n, v, None));
        }
        // "3w later", "3mo later": a glued count only (spelled counts are told by `day_words`)
        if self.t[i].kind == TokenKind::Word && self.key(i + 1) == "later" {
            let (c, u, _) = self.count_units(i)?;
            return Some((i + 2, grain(moved(r, u, c)?, u), None));
        }
        // "within 10 days", "within a month", "after a year" (not "after a year of talks")
        if k == "within" || (k == "after" && self.key(i + 3) != "of") {
            if let Some((c, u, n)) = self.count_units(i + 1) {
                if k == "within" || matches!(self.key(i + 1), "a" | "an" | "one") {
                    return Some((n, grain(moved(r, u, c)?, u), None));
                }
            }
            if k == "after" && self.key(i + 1) == "this" && self.key(i + 2) == "year" {
                return Some((i + 3, PartialDate { year: Some(r.year? + 1), month: None, day: None }, None));
            }
        }
        // "lastmonth", "nextyear", "lastweek" written as one word
        for (word, dir) in [("last", -1), ("next", 1)] {
            if let Some(u) = k.strip_prefix(word).and_then(unit_of).filter(|u| *u != Unit::Day) {
                return Some(self.period(i + 1, u, dir, false));
            }
        }
        // "next day", "last day" (not "the next day", "the last day of"), "next weekday"
        let lead = i > 0 && self.is(i - 1, &["the", "that", "a", "this", "every", "each"]);
        let dir = match k {
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        if lead || self.key(i + 2) == "of" {
            return None;
        }
        let t = r.days()?;
        match self.key(i + 1) {
            "day" => Some((i + 2, PartialDate::from_days(t + dir), None)),
            "weekday" => {
                let mut d = t + dir;
                while weekday_of(d) >= 5 {
                    d += dir;
                }
                Some((i + 2, PartialDate::from_days(d), None))
            }
            _ => None,
        }
    }
}
