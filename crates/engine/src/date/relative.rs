//! Relative expressions: days, weeks, months and years counted from the reference date
//! (yesterday, next month, three weeks ago, the day after).

use super::resolve::shift_months;
use super::{Found, Parser, PartialDate};
use crate::calendar::{days_in_month, weekday_of};
use crate::lang::{number_word, unit_of, Unit, RECORD_WORDS};

impl Parser<'_> {
    /// Relative expressions: a day named from today ("hier", "tomorrow night"), a weekday ("mardi
    /// dernier"), a whole period next to the reference ("la semaine prochaine", "this month"), a
    /// count of units away ("dans 3 jours", "two weeks ago"), or an edge of the year or month ("fin
    /// de l'année", "the end of the month"). The period rule is decisive: a unit after "la", "le"
    /// or "this" without a direction is no date at all.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        if let Some(r) = self.day_from_today(i).or_else(|| self.weekday_expr(i)) {
            return Some(r);
        }
        if let Some(decided) = self.period_next_to_reference(i) {
            return decided;
        }
        self.counted_offset(i).or_else(|| self.edge_of_period(i))
    }

    /// A day named from today: "aujourd'hui", "hier soir", "demain", "après-demain", "the day
    /// before yesterday", "ce matin", "last night".
    fn day_from_today(&self, i: usize) -> Option<Found> {
        let k = self.key(i);
        let today = self.r.day();
        let unknown = PartialDate::default();
        let day_at = |offset: i64| today.map(|t| PartialDate::from_days(t + offset)).unwrap_or(unknown);
        // single words
        let simple = match k {
            "aujourd'hui" | "today" | "ajd" => Some((i + 1, 0)),
            "hier" | "yesterday" => Some((i + 1, -1)),
            "demain" | "tomorrow" => Some((i + 1, 1)),
            "tonight" => Some((i + 1, 0)),
            _ => None,
        };
        if let Some((n, off)) = simple {
            let n = if matches!(
                self.key(n),
                "soir" | "matin" | "apres-midi" | "morning" | "afternoon" | "evening" | "night"
            ) {
                n + 1
            } else {
                n
            };
            return Some((n, day_at(off), None));
        }
        // "avant-hier", "après-demain"
        if (k == "avant" || k == "apres") && self.key(i + 1) == "-" && self.is(i + 2, &["hier", "demain"]) {
            return Some((i + 3, day_at(if k == "avant" { -2 } else { 2 }), None));
        }
        if k == "the"
            && self.key(i + 1) == "day"
            && self.is(i + 2, &["before", "after"])
            && self.is(i + 3, &["yesterday", "tomorrow"])
        {
            return Some((i + 4, day_at(if self.key(i + 2) == "before" { -2 } else { 2 }), None));
        }
        if matches!(k, "ce" | "cet" | "cette" | "this")
            && self.is(i + 1, &["matin", "morning", "soir", "evening", "afternoon", "aprem", "nuit"])
        {
            return Some((i + 2, day_at(0), None));
        }
        // "cet après-midi"
        if k == "cet" && self.key(i + 1) == "apres" && self.key(i + 2) == "-" && self.key(i + 3) == "midi" {
            return Some((i + 4, day_at(0), None));
        }
        if k == "last" && self.key(i + 1) == "night" {
            return Some((i + 2, day_at(-1), None));
        }
        None
    }

    /// A whole week, month or year next to the reference: "la semaine prochaine", "le mois
    /// dernier", "next week", "this month", "ce week-end". `Some(None)` when a unit follows but
    /// no direction does: the rule then decides there is no date.
    fn period_next_to_reference(&self, i: usize) -> Option<Option<Found>> {
        let k = self.key(i);
        // "la semaine prochaine", "le mois dernier", "l'année prochaine", "next week", "this month"
        let (unit_at, which) = match k {
            "current" => (i + 1, Some("this")),
            "next" | "last" | "this" | "cette" | "ce" | "coming" | "past" => (i + 1, Some(k)),
            "la" | "le" | "l'" => (i + 1, None),
            _ => (usize::MAX, None),
        };
        if unit_at != usize::MAX {
            let w = self.key(unit_at);
            let (unit, weekend) = match w {
                "week-end" | "weekend" => (Some(Unit::Week), true),
                "week" if self.key(unit_at + 1) == "-" && self.key(unit_at + 2) == "end" => {
                    (Some(Unit::Week), true)
                }
                _ => (unit_of(w).filter(|u| *u != Unit::Day), false),
            };
            if let Some(unit) = unit {
                let mut n = if weekend && w == "week" { unit_at + 3 } else { unit_at + 1 };
                let after = self.key(n);
                let dir = match (which, after) {
                    (Some("next" | "coming"), _) | (_, "prochain" | "prochaine" | "suivante" | "suivant") => {
                        1
                    }
                    (Some("last" | "past"), _)
                    | (_, "dernier" | "derniere" | "passe" | "passee" | "precedente") => -1,
                    (Some("this" | "cette" | "ce"), _) => 0,
                    _ => return Some(None),
                };
                let word_after = matches!(
                    after,
                    "prochain"
                        | "prochaine"
                        | "dernier"
                        | "derniere"
                        | "passe"
                        | "passee"
                        | "suivante"
                        | "suivant"
                        | "precedente"
                );
                if (which.is_none() || word_after)
                    && (which.is_none() || !matches!(which, Some("next" | "last" | "coming" | "past")))
                {
                    n += 1;
                }
                if (which == Some("ce") || which == Some("cette"))
                    && self.key(n) == "-"
                    && self.key(n + 1) == "ci"
                {
                    n += 2;
                }
                return Some(Some(self.period(n, unit, dir, weekend)));
            }
        }
        None
    }

    /// A count of units away from the reference: "dans 3 jours", "in three days", "il y a deux
    /// semaines", "two weeks ago".
    fn counted_offset(&self, i: usize) -> Option<Found> {
        let k = self.key(i);
        // "dans 3 jours", "in three days", "il y a deux semaines", "two weeks ago"
        if matches!(k, "dans" | "in") {
            // "the first trip of a navy chief there in 9 years": a span looked back over, no
            // date ahead
            let record = (i.saturating_sub(RECORD_REACH)..i).any(|j| RECORD_WORDS.contains(self.key(j)));
            if let Some((count, unit, n)) = self.count_units(i + 1).filter(|_| !(k == "in" && record)) {
                return Some(self.offset(n, unit, count));
            }
        }
        if k == "il" && self.key(i + 1) == "y" && self.key(i + 2) == "a" {
            if let Some((count, unit, n)) = self.count_units(i + 3) {
                return Some(self.offset(n, unit, -count));
            }
        }
        if let Some((count, unit, n)) = self.count_units(i) {
            if self.key(n) == "ago" {
                return Some(self.offset(n + 1, unit, -count));
            }
        }
        None
    }

    /// An edge of the year or the month: "fin de l'année", "by the end of the year", "début de
    /// l'année", "fin du mois", "at the end of the month".
    fn edge_of_period(&self, i: usize) -> Option<Found> {
        let k = self.key(i);
        // "fin de l'année", "d'ici la fin de l'année", "by the end of the year", "début de l'année"
        let year_edge = (matches!(k, "fin" | "debut")
            && self.key(i + 1) == "de"
            && self.key(i + 2) == "l'"
            && self.is(i + 3, &["annee", "an"]))
        .then_some(i + 4)
        .or_else(|| {
            (matches!(k, "end" | "beginning" | "start")
                && self.key(i + 1) == "of"
                && self.key(i + 2) == "the"
                && self.key(i + 3) == "year")
                .then_some(i + 4)
        });
        if let Some(n) = year_edge {
            return Some(self.period(n, Unit::Year, 0, false));
        }
        // "fin du mois" (the month's last days), "at the end of the month"
        if (k == "fin" && self.key(i + 1) == "du" && self.key(i + 2) == "mois")
            || (k == "end"
                && self.key(i + 1) == "of"
                && self.key(i + 2) == "the"
                && self.key(i + 3) == "month")
        {
            let n = if k == "fin" { i + 3 } else { i + 4 };
            return Some(self.period(n, Unit::Month, 0, false));
        }
        None
    }

    /// A count and a unit at `i` ("3 jours", "two weeks"): (count, unit, next token). Counts stay
    /// below 1000 so a year is never read as a count.
    pub(super) fn count_unit(&self, i: usize) -> Option<(i64, Unit, usize)> {
        let count = self.number(i).map(i64::from).or_else(|| number_word(self.key(i)))?;
        let unit = unit_of(self.key(i + 1))?;
        (count > 0 && count < 1000).then_some((count, unit, i + 2))
    }

    /// The date `count` units away from the reference, ending at token `n`: a day for days, weeks
    /// and fortnights ("in 3 days"); one step finer than the unit for months and years ("three
    /// months ago" is a day when the reference has one, "two years ago" a month).
    pub(super) fn offset(
        &self,
        n: usize,
        unit: Unit,
        count: i64,
    ) -> (usize, PartialDate, Option<PartialDate>) {
        let r = self.r.date.unwrap_or_default();
        let value = match unit {
            Unit::Day | Unit::Week | Unit::Fortnight => {
                let days = match unit {
                    Unit::Week => count * 7,
                    Unit::Fortnight => count * 14,
                    _ => count,
                };
                self.r.day().map(|t| PartialDate::from_days(t + days)).unwrap_or_default()
            }
            // "three months ago" is a month, "two years ago" a year: the grain the expression
            // itself names (a day would claim a precision the text does not give)
            Unit::Month => match (r.year, r.month) {
                (Some(y), Some(m)) => {
                    let (y, m) = shift_months(y, m, count);
                    PartialDate { year: Some(y), month: Some(m), day: None }
                }
                _ => PartialDate::default(),
            },
            Unit::Year => PartialDate { year: r.year.map(|y| y + count as i32), month: None, day: None },
        };
        (n, value, None)
    }

    /// "the upcoming two months" names the whole unit: a month or a year, not a day within it.
    pub(super) fn whole(unit: Unit, (n, v, to): (usize, PartialDate, Option<PartialDate>)) -> Found {
        let v = match unit {
            Unit::Month => PartialDate { day: None, ..v },
            Unit::Year => PartialDate { day: None, month: None, ..v },
            _ => v,
        };
        (n, v, to)
    }

    /// A whole week (Monday–Sunday, or the weekend), month or year around the reference.
    pub(super) fn period(
        &self,
        n: usize,
        unit: Unit,
        dir: i64,
        weekend: bool,
    ) -> (usize, PartialDate, Option<PartialDate>) {
        let r = self.r.date.unwrap_or_default();
        match unit {
            Unit::Week => match self.r.day() {
                Some(t) => {
                    let monday = t - weekday_of(t) + 7 * dir;
                    let (a, b) = if weekend { (monday + 5, monday + 6) } else { (monday, monday + 6) };
                    (n, PartialDate::from_days(a), Some(PartialDate::from_days(b)))
                }
                None => (n, PartialDate::default(), None),
            },
            Unit::Month => match (r.year, r.month) {
                (Some(y), Some(m)) => {
                    let (y, m) = shift_months(y, m, dir);
                    (n, PartialDate { year: Some(y), month: Some(m), day: None }, None)
                }
                _ => (n, PartialDate::default(), None),
            },
            _ => (n, PartialDate { year: r.year.map(|y| y + dir as i32), month: None, day: None }, None),
        }
    }

    /// French and English words for days around the reference: "ce jour", "la veille", "le
    /// lendemain", "le jour d'après", "deux jours plus tard", "le lendemain du 13 février".
    pub(super) fn day_words(&self, i: usize) -> Option<Found> {
        let today = self.r.day();
        let day_at = |off: i64| today.map(|t| PartialDate::from_days(t + off)).unwrap_or_default();
        let k = self.key(i);
        let mut j = i;
        if self.is(j, &["le", "la", "the"]) {
            j += 1;
        }
        let w = self.key(j);
        // "le lendemain du 13 février", "la veille du 2 mars"
        if matches!(w, "lendemain" | "veille") && self.key(j + 1) == "du" {
            if let Some((d, m, y, n)) = self.day_month(j + 2) {
                let p = self.dm(d, m, y)?;
                let off = if w == "lendemain" { 1 } else { -1 };
                return Some((n, p.days().map(|x| PartialDate::from_days(x + off)).unwrap_or(p), None));
            }
        }
        if j > i && matches!(w, "lendemain" | "veille") {
            return Some((j + 1, day_at(if w == "lendemain" { 1 } else { -1 }), None));
        }
        if self.is(j, &["jour", "day"]) {
            let next = self.key(j + 1);
            let off = match next {
                "suivant" => Some((1, j + 2)),
                "precedent" => Some((-1, j + 2)),
                "d'" if self.key(j + 2) == "apres" => Some((1, j + 3)),
                "d'" if self.key(j + 2) == "avant" => Some((-1, j + 3)),
                _ => None,
            };
            if let Some((o, n)) = off {
                if j > i || next == "suivant" {
                    return Some((n, day_at(o), None));
                }
            }
        }
        if k == "ce" && self.key(i + 1) == "jour" && self.key(i.wrapping_sub(1)) != "a" {
            return Some((i + 2, day_at(0), None));
        }
        if k == "dans" && self.key(i + 1) == "la" && self.key(i + 2) == "journee" {
            return Some((i + 3, day_at(0), None));
        }
        // a count of units after a told day: "trois jours plus tard", "un jour après", "three days later"
        // (not one anchored to a named event after it: "trois jours après l'attaque du poste")
        if let Some((count, unit, n)) = self.count_unit(i) {
            let anchored = self.is(n, &["apres", "avant"])
                && self.is(
                    n + 1,
                    &[
                        "le", "la", "l'", "les", "du", "des", "son", "sa", "ses", "leur", "leurs", "cette",
                        "ce",
                    ],
                );
            if (unit == Unit::Day || unit == Unit::Week) && !anchored {
                let later = match (self.key(n), self.key(n + 1)) {
                    ("plus", "tard") => Some((1, n + 2)),
                    ("apres" | "later", _) => Some((1, n + 1)),
                    ("plus", "tot") => Some((-1, n + 2)),
                    ("avant" | "earlier", _) => Some((-1, n + 1)),
                    ("from", "now" | "today") | ("hence", _) => {
                        Some((1, if self.key(n) == "hence" { n + 1 } else { n + 2 }))
                    }
                    _ => None,
                };
                if let Some((s, m)) = later {
                    let days = if unit == Unit::Week { 7 * count } else { count };
                    return Some((m, day_at(s * days), None));
                }
            }
            if matches!(self.key(n), "hence") || (self.key(n) == "from" && self.is(n + 1, &["now", "today"]))
            {
                let m = if self.key(n) == "hence" { n + 1 } else { n + 2 };
                // "3 years from today" counts from the day itself: a day
                if self.key(n + 1) == "today" {
                    let v = self.r.date.and_then(|r| super::arith::moved(r, unit, count));
                    return Some((m, v.unwrap_or_default(), None));
                }
                return Some(self.offset(m, unit, count));
            }
        }
        None
    }

    /// A month named by its relation to the reference: "next month", "le mois prochain",
    /// "this month", "ce mois", "du mois dernier", or a month name with an optional year.
    pub(super) fn month_ref(&self, i: usize) -> Option<(i32, u32, usize)> {
        if let Some((m, n)) = self.month(i).or_else(|| self.month_lower(i)) {
            let (y, n) = self.opt_year(n);
            let y = y.or_else(|| self.year_by_tense(m, None))?;
            return Some((y, m, n));
        }
        let r = self.r.date?;
        let (ry, rm) = (r.year?, r.month?);
        let mut j = i;
        if self.is(j, &["the", "le", "ce"]) {
            j += 1;
        }
        let (dir, n) = match (self.key(j), self.key(j + 1)) {
            ("next" | "following" | "coming", "month") => (1, j + 2),
            ("last" | "previous" | "past", "month") => (-1, j + 2),
            ("this" | "current", "month") => (0, j + 2),
            ("mois", "prochain" | "suivant") => (1, j + 2),
            ("mois", "dernier" | "precedent" | "passe") => (-1, j + 2),
            ("mois", "-") if self.key(j + 2) == "ci" => (0, j + 3),
            ("mois", _) if self.key(i) == "ce" || self.key(i.wrapping_sub(1)) == "du" => (0, j + 1),
            ("month", _) if self.key(i) == "the" => (0, j + 1),
            _ => return None,
        };
        let (y, m) = shift_months(ry, rm, dir);
        Some((y, m, n))
    }

    /// "the 20th of next month", "20 of this month", "20th day of the previous month".
    pub(super) fn day_of_month_ref(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, &["the", "le"]) {
            j += 1;
        }
        let (d, mut j) = self.day_word(j)?;
        if self.is(j, &["day", "jour"]) {
            j += 1;
        }
        if !self.is(j, &["of", "du", "de"]) {
            return None;
        }
        if self.month(j + 1).is_some() || self.month_lower(j + 1).is_some() {
            return None;
        }
        let (y, m, n) = self.month_ref(j + 1).or_else(|| self.month_ref(j))?;
        (d <= days_in_month(y, m)).then(|| (n, PartialDate::ymd(y, m, d), None))
    }
}

/// How far before "in" a word of record may stand ("the largest drill held by the two navies in
/// ten years").
const RECORD_REACH: usize = 10;
