//! Parts of a period (the beginning, middle or end of a month, year or week) and seasons.

use super::resolve::{day_interval, days_of_month, monday_of, month_interval};
use super::{Found, Parser, PartialDate};
use crate::analysis::Lang;
use crate::calendar::{days_from_civil, days_in_month};

impl Parser<'_> {
    /// Parts of a period, with Duckling's conventions: "early/mid/late March" (1–10, 11–20,
    /// 21–end), "début/mi-/fin mars" (1–5, 10–19, 21–end), "the end of the month" (21–end),
    /// "the beginning of the year" (January–March; French "début d'année": January–February),
    /// "the end of the year" (September–December; French: November–December), "en début de
    /// semaine" (Monday–Tuesday), "at the end of next week" (Friday–Sunday).
    ///
    /// One function on purpose: the part word ("début", "mid", "the end of") is read once and
    /// then applied to whichever period follows (a month name, a year, "the month", "next week");
    /// the branches share that reading and the conventions table above, and they must be tried in
    /// this order (a month name before a bare unit), which one `match`-like sequence shows best.
    pub(super) fn part_expr(&self, i: usize) -> Option<Found> {
        let fr = self.lang == Lang::Fr;
        let mut j = i;
        // leading prepositions: "at the", "en", "au", "à la", "d'ici la"
        let mut lead = false;
        while self.is(j, &["at", "the", "en", "au", "a", "la", "by"]) && j < i + 3 {
            j += 1;
            lead = true;
        }
        let part = match self.key(j) {
            "early" | "beginning" | "start" | "debut" | "bom" | "boy" => 0,
            "mid" | "mi" | "middle" | "milieu" => 1,
            "late" | "end" | "fin" | "eom" | "eoy" => 2,
            _ => return None,
        };
        let word = self.key(j);
        // EOM, BOM, EOY, BOY
        if self.t[j].upper || matches!(word, "eom" | "bom" | "eoy" | "boy") {
            if !self.t[j].upper {
                return None;
            }
            let r = self.r.date?;
            let (y, m) = (r.year?, r.month?);
            let v = match word {
                "bom" => days_of_month(y, m, 1, 10),
                "eom" => days_of_month(y, m, 21, 31),
                "boy" => month_interval(y, 1, y, 3),
                _ => month_interval(y, 9, y, 12),
            };
            return Some((j + 1, v.0, v.1));
        }
        let mut k = j + 1;
        if self.key(k) == "-" {
            k += 1;
        }
        if self.is(k, &["of", "de", "du", "d'", "in"]) {
            k += 1;
        }
        let mut unit_the = false;
        if self.is(k, &["the", "la", "l'", "le"]) {
            k += 1;
            unit_the = true;
        }
        // "fin du mois de mars", "début du mois d'avril"
        if self.key(k) == "mois" && self.is(k + 1, &["de", "d'"]) && self.month(k + 2).is_some() {
            k += 2;
        }
        // a named month
        if let Some((m, n)) = self.month(k).or_else(|| self.month_lower(k)) {
            let (y, n) = self.opt_year(n);
            let y = y.or_else(|| self.year_by_tense(m, None));
            let (a, b) = match (fr, part) {
                (true, 0) => (1, 5),
                (true, 1) => (10, 19),
                (false, 0) => (1, 10),
                (false, 1) => (11, 20),
                _ => (21, 31),
            };
            let v = match y {
                Some(y) => days_of_month(y, m, a, b),
                None => (
                    PartialDate { year: None, month: Some(m), day: Some(a) },
                    Some(PartialDate {
                        year: None,
                        month: Some(m),
                        day: Some(if b == 31 { days_in_month(2001, m) } else { b }),
                    }),
                ),
            };
            return Some((n, v.0, v.1));
        }
        // a year: "end of 2012", "début 2013"
        if let Some((y, n)) = self.year(k) {
            if part == 1 {
                return Some((n, PartialDate { year: Some(y), month: None, day: None }, None));
            }
            let v = match (fr, part) {
                (true, 0) => month_interval(y, 1, y, 2),
                (true, _) => month_interval(y, 11, y, 12),
                (false, 0) => month_interval(y, 1, y, 3),
                _ => month_interval(y, 9, y, 12),
            };
            return Some((n, v.0, v.1));
        }
        let r = self.r.date?;
        let (ry, rm) = (r.year?, r.month?);
        // the month, the year
        let unit = self.key(k);
        if matches!(unit, "month" | "mois") && (unit_the || fr || lead) {
            let v = match part {
                0 => days_of_month(ry, rm, 1, 10),
                1 => days_of_month(ry, rm, 11, 20),
                _ => days_of_month(ry, rm, 21, 31),
            };
            return Some((k + 1, v.0, v.1));
        }
        if matches!(unit, "year" | "annee" | "an") && part != 1 {
            let v = match (fr, part) {
                (true, 0) => month_interval(ry, 1, ry, 2),
                (true, _) => month_interval(ry, 11, ry, 12),
                (false, 0) => month_interval(ry, 1, ry, 3),
                _ => month_interval(ry, 9, ry, 12),
            };
            return Some((k + 1, v.0, v.1));
        }
        // weeks
        let t = self.r.day()?;
        let (w, n) = match (unit, self.key(k + 1)) {
            ("semaine", "prochaine" | "suivante") => (1, k + 2),
            ("semaine", "derniere" | "passee" | "precedente") => (-1, k + 2),
            ("semaine", _) => (0, k + 1),
            ("this" | "current", "week") => (0, k + 2),
            ("next" | "coming" | "following", "week") => (1, k + 2),
            ("last" | "past" | "previous", "week") => (-1, k + 2),
            ("around", "next") if self.key(k + 2) == "week" => (1, k + 3),
            ("week", _) if unit_the => (0, k + 1),
            _ => return None,
        };
        let mon = monday_of(t) + 7 * w;
        let (a, b) = match (fr, part) {
            (true, 0) => (0, 1),
            (true, 1) => (2, 3),
            (true, _) => (3, 6),
            (false, 0) => (0, 2),
            (false, 1) => (2, 3),
            _ => (4, 6),
        };
        let v = day_interval(mon + a, mon + b);
        Some((n, v.0, v.1))
    }

    /// Seasons: "cet été", "this summer", "cet hiver", "next winter" (astronomical, northern).
    pub(super) fn season(&self, i: usize) -> Option<Found> {
        let dir = match self.key(i) {
            "cet" | "cette" | "ce" | "this" | "current" => 0,
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        let s = match self.key(i + 1) {
            "printemps" | "spring" => 0,
            "ete" | "summer" => 1,
            "automne" | "fall" | "autumn" => 2,
            "hiver" | "winter" => 3,
            _ => return None,
        };
        let r = self.r.date?;
        let (y, m, d) = (r.year?, r.month?, r.day.unwrap_or(15));
        let bounds = |y: i32, s: i32| -> (i64, i64) {
            match s {
                0 => (days_from_civil(y, 3, 20), days_from_civil(y, 6, 20)),
                1 => (days_from_civil(y, 6, 21), days_from_civil(y, 9, 23)),
                2 => (days_from_civil(y, 9, 24), days_from_civil(y, 12, 20)),
                _ => (days_from_civil(y, 12, 21), days_from_civil(y + 1, 3, 20)),
            }
        };
        let t = days_from_civil(y, m, d);
        // the season of that name this cycle: the one that has not ended yet
        let mut sy = if s == 3 && t < days_from_civil(y, 3, 21) { y - 1 } else { y };
        if bounds(sy, s).1 < t {
            sy += 1;
        }
        sy += dir;
        let (a, b) = bounds(sy, s);
        let v = day_interval(a, b);
        Some((i + 2, v.0, v.1))
    }
}
