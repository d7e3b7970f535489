//! Ranges: two days or months joined by a range word, and runs of whole units next to the
//! reference ("the next three days").

use super::resolve::{day_interval, monday_of, month_interval, shift_months};
use super::tense::Tense;
use super::{Found, Parser, PartialDate};
use crate::calendar::days_in_month;
use crate::lang::{number_word, unit_of, Unit};

impl Parser<'_> {
    /// Two dates joined by a range word or a dash, read from token `s`: "3 au 11 avril", "3-11
    /// April", "April 3 to 11", "28 février-2 mars", "between 3 and 5 May", "from Monday to
    /// Wednesday"; the first date borrows the month and year the second gives.
    ///
    /// One function on purpose: the first half is read once (a day, a day and month, a weekday and
    /// day), and each branch completes it with a different second half; the borrowing of month and
    /// year between the halves is shared by all of them.
    pub(super) fn range(&self, s: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let prefixed = s > 0 && self.is(s - 1, &["du", "from", "entre", "between", "le", "the"]);
        // a weekday before the first day: "du samedi 13 au dimanche 15 juillet"
        let s = match self.weekday_at(s) {
            Some((_, n)) if self.day_word(n).is_some() => n,
            _ => s,
        };
        // years: "1960 - 1961", "de 2010 à 2014"
        if let Some((y1, j)) = self.year(s) {
            if self.range_word(j) && !self.is(j, &["et", "and"]) {
                if let Some((y2, n)) = self.year(self.after_range_word(j)) {
                    let named = s > 0 && self.key(s - 1) == "-";
                    if y1 < y2 && y2 - y1 <= 50 && !named {
                        let y = |y| PartialDate { year: Some(y), month: None, day: None };
                        return Some((n, y(y1), Some(y(y2))));
                    }
                }
            }
        }
        // D [M [Y]] - D M [Y]
        if let Some((d1, j)) = self.day_word(s) {
            let (m1, y1, j) = match self.month(j) {
                Some((m, n)) => {
                    let (y, n) = self.opt_year(n);
                    (Some(m), y, n)
                }
                None => (None, None, j),
            };
            if self.range_word(j) {
                let k = self.after_range_word(j);
                // "du 13 au 18": days of the reference's month (or the next one)
                if m1.is_none() && prefixed && self.key(j) != "-" {
                    if let Some((d2, n)) = self.day_word(k).filter(|(d2, n)| {
                        *d2 > d1 && self.month(*n).is_none() && !self.is(*n, &["de", "of", "d'", "du"])
                    }) {
                        let r = self.r.date?;
                        // (a reference known to the month only leaves the days in it)
                        let (y, m) = (r.year?, r.month?);
                        let past = self.tense_here() == Tense::Past;
                        let beyond = r.day.is_some_and(|rd| (past && d1 > rd) || (!past && d2 < rd));
                        let (y, m) =
                            if beyond { shift_months(y, m, if past { -1 } else { 1 }) } else { (y, m) };
                        if d2 <= days_in_month(y, m) {
                            return Some((n, PartialDate::ymd(y, m, d1), Some(PartialDate::ymd(y, m, d2))));
                        }
                    }
                }
                // "from the 9th to 12th of this month", "du 3 au 6 du mois prochain": the
                // second day names its month by the reference, the first shares it
                if let Some((n, to, _)) = self.day_of_month_ref(k).filter(|_| m1.is_none()) {
                    if let (Some(y), Some(m), Some(d2)) = (to.year, to.month, to.day) {
                        if d1 < d2 {
                            return Some((n, PartialDate::ymd(y, m, d1), Some(to)));
                        }
                    }
                }
                if let Some((d2, m2, y2, n)) = self.day_month(k) {
                    let y2 = y2.or(y1);
                    let m1 = m1.unwrap_or(m2);
                    let y1 = y1.or_else(|| y2.map(|y| if m1 > m2 { y - 1 } else { y }));
                    let to = self.dm(d2, m2, y2)?;
                    let y1 = y1.or_else(|| to.year.map(|y| if m1 > m2 { y - 1 } else { y }));
                    let from = PartialDate { year: y1, month: Some(m1), day: Some(d1) };
                    return (d1 <= days_in_month(y1.unwrap_or(2000), m1)).then_some((n, from, Some(to)));
                }
            }
        }
        // M D - D [Y] / M D - M D [Y]: "July 8-19", "from July 8 to August 2, 2024"
        if let Some((m1, j)) = self.month(s) {
            if let Some((d1, j)) = self.day_word(j) {
                if self.range_word(j) {
                    let k = j + 1;
                    let (m2, k) = match self.month(k) {
                        Some((m, n)) => (m, n),
                        None => (m1, k),
                    };
                    if let Some((d2, n)) = self.day_word(k) {
                        let (y, n) = self.opt_year(n);
                        let to = self.dm(d2, m2, y)?;
                        let y1 = to.year.map(|y| if m1 > m2 { y - 1 } else { y });
                        return Some((n, PartialDate { year: y1, month: Some(m1), day: Some(d1) }, Some(to)));
                    }
                }
            }
            // month to month: "de juillet à septembre 2024", "from March to May"
            let (y1, j) = self.opt_year(s + 1);
            let j = if y1.is_none() { self.month(s).map(|(_, n)| n).unwrap_or(s + 1) } else { j };
            if self.range_word(j) && self.key(j) != "-" || self.key(j) == "-" {
                if let Some((m2, n)) = self.month(j + 1) {
                    let (y2, n) = self.opt_year(n);
                    let prev = s.checked_sub(1).map(|p| self.key(p)).unwrap_or("");
                    if y2.is_some()
                        || y1.is_some()
                        || matches!(prev, "de" | "from" | "between" | "entre" | "d'")
                    {
                        // no year at all: the start as a month alone, the end after it
                        let (y1, y2) = match (y1, y2) {
                            (None, None) => {
                                let y1 = self.month_only(m1, None).year;
                                (y1, y1.map(|y| if m2 < m1 { y + 1 } else { y }))
                            }
                            (y1, y2) => {
                                let y2 = y2.or(y1);
                                (y1.or(y2.map(|y| if m1 > m2 { y - 1 } else { y })), y2)
                            }
                        };
                        return Some((
                            n,
                            PartialDate { year: y1, month: Some(m1), day: None },
                            Some(PartialDate { year: y2, month: Some(m2), day: None }),
                        ));
                    }
                }
            }
        }
        None
    }

    /// "the next 3 days", "last two months", "past 2 years", "les 3 prochains jours",
    /// "2 dernières années", "3 mois suivants": whole units next to the current one.
    ///
    /// One function on purpose: the count and the unit are read once, in French or English order,
    /// and the branches only differ in the direction word and whether the current unit counts.
    pub(super) fn units_interval(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, &["the", "les", "ces"]) {
            j += 1;
        }
        // "upcoming two days", "two upcoming days": the day (month, year) that far ahead
        if self.key(j) == "upcoming" {
            if let Some((count, unit, n)) = self.count_unit(j + 1) {
                return Some(Self::whole(unit, self.offset(n, unit, count)));
            }
        }
        if let Some(count) = self.number(j).map(i64::from).or_else(|| number_word(self.key(j))) {
            if self.key(j + 1) == "upcoming" {
                if let Some(unit) = unit_of(self.key(j + 2)) {
                    return Some(Self::whole(unit, self.offset(j + 3, unit, count.clamp(1, 1000))));
                }
            }
        }
        let mut dir = match self.key(j) {
            "next" | "coming" | "upcoming" => 1,
            "last" | "past" | "previous" => -1,
            _ => 0,
        };
        // "the drills will last five days", "expected to last two weeks": a duration, not a date
        let verb = j == i
            && self.key(j) == "last"
            && i > 0
            && self.is(
                i - 1,
                &["will", "would", "to", "which", "could", "should", "may", "might", "can", "shall"],
            );
        if verb {
            return None;
        }
        if dir != 0 {
            j += 1;
        }
        let count = if self.key(j) == "few" {
            Some(3)
        } else {
            self.number(j).map(i64::from).or_else(|| number_word(self.key(j)))
        };
        let count =
            count.filter(|c| (1..=100).contains(c) && !matches!(self.key(j), "a" | "an" | "un" | "une"))?;
        j += 1;
        if dir == 0 {
            dir = match self.key(j) {
                "prochains" | "prochaines" | "prochain" | "prochaine" => 1,
                "derniers" | "dernieres" | "dernier" | "derniere" => -1,
                _ => 0,
            };
            if dir != 0 {
                j += 1;
            }
        }
        let unit = unit_of(self.key(j)).or_else(|| matches!(self.key(j), "jour").then_some(Unit::Day))?;
        j += 1;
        if dir == 0 {
            dir = match self.key(j) {
                "suivant" | "suivants" | "suivantes" | "prochains" | "prochaines" => 1,
                "passes" | "passees" | "derniers" | "dernieres" | "precedents" | "precedentes" => -1,
                _ => return None,
            };
            j += 1;
        }
        let r = self.r.date?;
        let v = match unit {
            Unit::Day | Unit::Week | Unit::Fortnight => {
                let t = self.r.day()?;
                let (step, base) = match unit {
                    Unit::Day => (1, t),
                    Unit::Week => (7, monday_of(t)),
                    _ => (14, monday_of(t)),
                };
                if dir > 0 {
                    day_interval(base + step, base + step * (count + 1) - 1)
                } else {
                    day_interval(base - step * count, base - 1)
                }
            }
            Unit::Month => {
                let (y, m) = (r.year?, r.month?);
                let (a, b) = if dir > 0 { (1, count) } else { (-count, -1) };
                let (y1, m1) = shift_months(y, m, a);
                let (y2, m2) = shift_months(y, m, b);
                month_interval(y1, m1, y2, m2)
            }
            Unit::Year => {
                let y = r.year?;
                let (a, b) = if dir > 0 { (y + 1, y + count as i32) } else { (y - count as i32, y - 1) };
                (
                    PartialDate { year: Some(a), month: None, day: None },
                    Some(PartialDate { year: Some(b), month: None, day: None }),
                )
            }
        };
        Some((j, v.0, v.1))
    }

    /// A range, after an optional opening word and article: "du 3 au 11 avril", "from April 3 to
    /// 11", "between 3 and 5 May", "28 février-2 mars".
    pub(super) fn prefixed_range(&self, i: usize) -> Option<Found> {
        let mut s = i;
        if self.is(s, &["du", "from", "entre", "between"]) {
            s += 1;
            if self.is(s, &["le", "the"]) {
                s += 1;
            }
        }
        self.range(s)
    }
}
