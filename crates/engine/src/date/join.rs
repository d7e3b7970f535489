//! Two dates joined by a range word make one interval: "today to tomorrow", "Monday to Friday",
//! "8/10/2012 - 8/15/2012", "November 1, 2001 - March 31, 2002", "aujourd'hui à vendredi
//! prochain". Times beside either end are skipped ("01/21/2021 10:00 to 01/01/2023 07:00").
//!
//! Only two single dates of the same grain join (two days, two months), and only forwards: a
//! weekday that would end before the start is the one of the week after.

use super::{Found, Parser, PartialDate};

impl Parser<'_> {
    /// The end of an interval that starts with `from` (ending before token `n`): (next token, end).
    pub(super) fn joined_end(&self, n: usize, from: PartialDate) -> Option<(usize, PartialDate)> {
        let mut k = n;
        if self.key(k) == "," && self.skip_time(k + 1).is_some() {
            k += 1;
        }
        k = self.skip_time(k).unwrap_or(k);
        let word = self.key(k);
        let french_to = word == "a" && self.text_of(k) == "à";
        if !(matches!(word, "-" | "to" | "until" | "till" | "through" | "thru" | "au") || french_to) {
            return None;
        }
        let mut b = k + 1;
        if let Some(t) = self.skip_time(b) {
            b = t;
        }
        // a lowercase time zone after a time ("10:30 pst tomorrow")
        let found: Option<Found> = self.at(b).or_else(|| if b > k + 1 { self.at(b + 1) } else { None });
        let (m, mut end, to) = found?;
        if to.is_some() || m <= b {
            return None;
        }
        let grain = |d: &PartialDate| (d.year.is_some(), d.month.is_some(), d.day.is_some());
        if grain(&end) != grain(&from) || from.year.is_none() {
            return None;
        }
        if let (Some(a), Some(e)) = (from.days(), end.days()) {
            if e < a {
                // "Monday to Friday" read on a Sunday: the Friday after the Monday
                if self.weekday_at(b).is_none() && !self.is(b, &["next", "this"]) {
                    return None;
                }
                end = PartialDate::from_days(e + 7 * ((a - e + 6) / 7));
            }
        }
        // a time after the end is part of it
        let m = if self.key(m) == "," && self.skip_time(m + 1).is_some() { m + 1 } else { m };
        Some((self.skip_time(m).unwrap_or(m), end))
    }
}
