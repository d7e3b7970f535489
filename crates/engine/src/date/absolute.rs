//! Absolute dates: written in figures (ISO, day/month/year) and fixed-date holidays.

use super::pieces::next_number;
use super::{Found, Parser, PartialDate};
use crate::analysis::Lang;
use crate::calendar::days_in_month;
use crate::lang::{month_of, unit_of, weekday_abbreviation, weekday_name, Unit};
use crate::text::TokenKind;

impl Parser<'_> {
    /// Dates written in figures: ISO (`2021-08-09`, `2021-08`), day/month/year with `/`, `.` or
    /// `-` (`09/08/2021`, `9.8.21`), month/day in English texts when the day cannot be a month,
    /// and French day/month without a year (`12/07`).
    ///
    /// One function on purpose: it reads the run of numbers and separators once and then decides
    /// the field order from the separator, the lengths and the language; the branches are the
    /// cases of that one decision.
    pub(super) fn numeric(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let a = self.number(i)?;
        // not inside a longer run of numbers ("1/2/3/4", "12 34 56 78")
        // (a time before the date is no run: "14:15 05/31/2024")
        let after_time = i > 1 && self.key(i - 2) == ":" && self.t[i - 1].end < self.t[i].start;
        if i > 0
            && ((self.t[i - 1].kind == TokenKind::Number && !after_time)
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
            // year first with a month name: "2012/Aug/10"
            if let Some(m) = month_of(self.key(i + 2)).filter(|_| len(i) == 4 && self.key(i + 3) == sep) {
                let (y, d) = (a as i32, self.number(i + 4)?);
                return (ok(y, m, d) && glued(i) && glued(i + 1) && glued(i + 2) && glued(i + 3))
                    .then_some((i + 5, PartialDate::ymd(y, m, d), None));
            }
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
            // ISO date-time: "1994-11-05T08:15:30Z", "2016-05-07T23:45:00.487+01:00"
            if len(i) == 4
                && sep == "-"
                && self.key(i + 3) == "-"
                && glued(i)
                && glued(i + 1)
                && glued(i + 2)
                && glued(i + 3)
            {
                if let Some((d, n)) = self.iso_day_time(i + 4) {
                    let y = a as i32;
                    return ok(y, b, d).then_some((n, PartialDate::ymd(y, b, d), None));
                }
            }
            if self.key(i + 3) == sep && next_is_number(i + 4) {
                if !(glued(i) && glued(i + 1) && glued(i + 2) && glued(i + 3)) {
                    return None;
                }
                let c = self.number(i + 4)?;
                // a longer run of numbers, unless a time follows ("05/31/2024-14:15")
                if next_is_number(i + 6)
                    && matches!(self.key(i + 5), "-" | "/" | ".")
                    && glued(i + 4)
                    && self.key(i + 7) != ":"
                {
                    return None;
                }
                if len(i) == 4 {
                    // year first; a month out of range is the day ("2024/13/1")
                    let y = a as i32;
                    let (m, d) = if b > 12 { (c, b) } else { (b, c) };
                    return ok(y, m, d).then_some((i + 5, PartialDate::ymd(y, m, d), None));
                }
                // a version number is no date: dotted figures need a four-digit year ("1.10.30")
                if sep == "." && len(i + 4) != 4 {
                    return None;
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
                if self.inside_name(i) {
                    return None;
                }
                let (m, d) = if self.lang == Lang::En { (a, b) } else { (b, a) };
                let (m, d) = if (1..=12).contains(&m) { (m, d) } else { (d, m) };
                if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2000, m) {
                    return None;
                }
                return self.dm(d, m, None).map(|p| (i + 3, p, None));
            }
            return None;
        }
        // year first with spaces: "2014 12 28"
        if len(i) == 4 && next_number(self, i + 1) && next_number(self, i + 2) && !next_number(self, i + 3) {
            let (y, m, d) = (a as i32, self.number(i + 1)?, self.number(i + 2)?);
            let same_line = !self.t[i + 1].line_start && !self.t[i + 2].line_start;
            if same_line && len(i + 1) <= 2 && len(i + 2) <= 2 && ok(y, m, d) {
                return Some((i + 3, PartialDate::ymd(y, m, d), None));
            }
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

    /// Whether the figures at `i` stand inside a name, after a capitalised word that neither opens
    /// its sentence nor names a day or a month: "Exercise Harrier 14/09" numbers an edition, while
    /// "Tuesday 14/09" and "On 14/09" give a date.
    fn inside_name(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|k| &self.t[k]) else { return false };
        let opens = i < 2 || self.t[i - 2].kind != TokenKind::Word || prev.line_start;
        prev.kind == TokenKind::Word
            && prev.cap
            && !opens
            && weekday_name(&prev.key).is_none()
            && weekday_abbreviation(&prev.key).is_none()
            && month_of(&prev.key).is_none()
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
            "an" if j > i && self.key(j - 1) == "l'" => (1, 1, j + 1),
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

    /// A weekday with a date: "lundi 14 mars 2019", "Monday, March 14", "Fri, Jul 18". Decisive:
    /// `Some(None)` when a day and month follow the weekday but make no date.
    pub(super) fn weekday_date(&self, i: usize) -> Option<Option<Found>> {
        if let Some((wd, mut j)) = self.weekday_at(i) {
            if self.key(j) == "," {
                j += 1;
            }
            if self.key(j) == "the" {
                j += 1;
            }
            if let Some((d, m, y, n)) = self.any_day_month(j) {
                if y.is_none() {
                    return Some(self.year_with_weekday(wd, d, m).map(|p| (n, p, None)));
                }
                return Some(self.dm(d, m, y).map(|p| (n, p, None)));
            }
            // the date in figures wins over the weekday: "Friday 12-30-16", "lundi 8/2/2016"
            if let Some(r) = self.numeric(j) {
                return Some(Some(r));
            }
            if let Some(r) = self.weekday_day(i) {
                return Some(Some(r));
            }
        }
        None
    }

    /// A day and month, with an optional year: "14 mars", "March 14, 2019". Decisive, like
    /// [`Parser::weekday_date`].
    pub(super) fn day_month_date(&self, i: usize) -> Option<Option<Found>> {
        if let Some((d, m, y, n)) = self.any_day_month(i) {
            if y.is_none() {
                // "le 10 mars dernier", "March 10 last year": the year its side of the reference
                if let Some((y, n)) = self.year_of_side(n, m, Some(d)) {
                    return Some(self.dm(d, m, Some(y)).map(|p| (n, p, None)));
                }
            }
            return Some(self.dm(d, m, y).map(|p| (n, p, None)));
        }
        None
    }

    /// The year a month (and day) takes from the words right after it, at token `n`: "dernier",
    /// "last" put it before the reference, "prochain", "next" after it; "this year", "cette
    /// année", "last year", "l'année dernière", "l'an passé", "next year" name the year. Returns
    /// the year and the token after the words.
    pub(super) fn year_of_side(&self, n: usize, month: u32, day: Option<u32>) -> Option<(i32, usize)> {
        let r = self.r.date?;
        let ry = r.year?;
        // "this year", "last year", "next year"; "de cette année", "de l'année dernière", "de l'an passé"
        let at = if self.is(n, &["de", "d'", "of"]) { n + 1 } else { n };
        let offset = |w: &str| match w {
            "this" | "cette" | "cet" => Some(0),
            "last" | "derniere" | "dernier" | "passee" | "passe" | "precedente" => Some(-1),
            "next" | "prochaine" | "prochain" | "suivante" => Some(1),
            _ => None,
        };
        if self.is(at + 1, &["year", "annee", "an"]) {
            if let Some(o) = offset(self.key(at)).filter(|_| !self.is(at, &["l'"])) {
                return Some((ry + o, at + 2));
            }
        }
        if self.is(at, &["l'"]) && self.is(at + 1, &["annee", "an"]) {
            if let Some(o) = offset(self.key(at + 2)).filter(|&o| o != 0) {
                return Some((ry + o, at + 3));
            }
        }
        // "le 10 mars dernier", "le 3 juin prochain": the nearest such day on that side
        let dir = match self.key(n) {
            "dernier" | "derniere" => -1,
            "prochain" | "prochaine" => 1,
            _ => return None,
        };
        let (rm, rd) = (r.month?, r.day.unwrap_or(1));
        let before = (month, day.unwrap_or(1)) < (rm, rd);
        let y = match (dir, before) {
            (-1, true) | (1, false) => ry,
            (-1, false) => ry - 1,
            _ => ry + 1,
        };
        Some((y, n + 1))
    }

    /// A part of a month or year named by a word before it: "début avril", "mi-avril", "fin avril
    /// 2024", "early April", "mid-2012", "late 2024".
    pub(super) fn month_part_word(&self, i: usize) -> Option<Found> {
        // "début juillet", "mi-juillet", "fin juillet 2024", "early July", "mid-July", "late July"
        if self.is(i, &["debut", "mi", "fin", "early", "mid", "late", "courant"]) {
            let j = if self.key(i + 1) == "-" { i + 2 } else { i + 1 };
            if let Some((m, n)) = self.month(j) {
                let (y, n) = self.opt_year(n);
                return Some((n, self.month_only(m, y), None));
            }
            // "début 2013", "mi-2012", "late 2024"
            if let Some((y, n)) = self.year(j) {
                return Some((n, PartialDate { year: Some(y), month: None, day: None }, None));
            }
        }
        None
    }

    /// "earlier this month", "later this year": the whole period.
    pub(super) fn earlier_later_this(&self, i: usize) -> Option<Found> {
        // "earlier this month", "later this year", "plus tôt ce mois-ci"
        if self.is(i, &["earlier", "later"]) && self.is(i + 1, &["this"]) {
            if let Some(u) =
                unit_of(self.key(i + 2)).filter(|u| matches!(u, Unit::Month | Unit::Year | Unit::Week))
            {
                return Some(self.period(i + 3, u, 0, false));
            }
        }
        None
    }

    /// A month named by its side of the reference: "last March", "next March", "mars dernier",
    /// "mars prochain".
    pub(super) fn last_next_month(&self, i: usize) -> Option<Found> {
        // "last March", "next March", "mars dernier", "mars prochain"
        let (month_at, before) =
            if self.is(i, &["last", "next"]) { (i + 1, Some(self.key(i))) } else { (i, None) };
        if let Some((m, n)) = self.month(month_at) {
            let after = self.key(n);
            let dir = match (before, after) {
                (Some("next"), _) | (_, "prochain") => 1,
                (Some("last"), _) | (_, "dernier") => -1,
                _ => 0,
            };
            if dir != 0 {
                if let Some(r) = self.r.date.filter(|r| r.year.is_some() && r.month.is_some()) {
                    let (ry, rm) = (r.year.unwrap_or(0), r.month.unwrap_or(1));
                    let y = match dir {
                        1 if m > rm => ry,
                        1 => ry + 1,
                        _ if m < rm => ry,
                        _ => ry - 1,
                    };
                    let n = if before.is_some() { n } else { n + 1 };
                    return Some((n, PartialDate { year: Some(y), month: Some(m), day: None }, None));
                }
            }
        }
        None
    }

    /// A month with its year ("avril 2024", "April 2024"), or alone where a month is expected
    /// ("en avril", "since April", a capitalised English month).
    pub(super) fn month_year(&self, i: usize) -> Option<Found> {
        // month + year: "juillet 2024", "July 2024"
        if let Some((m, n)) = self.month(i) {
            // "Sep-2012", "June of 2022", "Aug 96"
            let y_at = if self.joiner(n) || self.key(n) == "of" { n + 1 } else { n };
            let short = self.short_year(n).filter(|(y, _)| y % 100 > 31);
            if let Some((y, n)) = self.explicit_year(y_at).or(short) {
                return Some((n, PartialDate { year: Some(y), month: Some(m), day: None }, None));
            }
            // "July this year", "juillet de l'année dernière"
            if let Some((y, n)) =
                self.year_of_side(n, m, None).filter(|_| !self.is(n, &["dernier", "prochain"]))
            {
                return Some((n, PartialDate { year: Some(y), month: Some(m), day: None }, None));
            }
            // month alone after "en", "in", "depuis", "since", "d'ici", "le mois de"
            let prev = i.checked_sub(1).map(|p| self.key(p)).unwrap_or("");
            if matches!(
                prev,
                "en" | "in" | "depuis" | "since" | "de" | "d'" | "until" | "by" | "during" | "pendant"
            ) && (self.lang == Lang::Fr || self.t[i].cap)
            {
                return Some((n, self.month_only(m, None), None));
            }
            // English capitalised month names stand alone ("February was cold"), but for "May"
            let full = (self.t[i].key.len() > 3 || self.date_line(i)) && n == i + 1;
            let may_ok = self.t[i].key != "may"
                || self.date_line(i)
                || (i > 0
                    && !matches!(self.key(i - 1), "." | "!" | "?" | "")
                    && !self.t[i].line_start
                    && !self.is(i + 1, &["i", "we", "you", "he", "she", "they", "it", "be", "not", "have"]));
            let english_alone = self.lang == Lang::En && self.t[i].cap && full && may_ok;
            // French month names stand alone too ("Rendez-vous mars")
            let french_alone = self.lang == Lang::Fr && full && self.t[i].key != "sept";
            if english_alone || french_alone {
                return Some((n, self.month_only(m, None), None));
            }
        }
        None
    }

    /// A year alone where a year is expected: "en 2021", "in 2021", "l'année 2021", "since 2019",
    /// or opening a sentence before a verb ("2012 was a turning point").
    pub(super) fn year_alone(&self, i: usize) -> Option<Found> {
        // years: "en 2021", "in 2021", "l'année 2021", "since 2019"
        if let Some((y, n)) = self.year(i) {
            let prev = i.checked_sub(1).map(|p| self.key(p)).unwrap_or("");
            let prev_ok = matches!(
                prev,
                "en" | "in"
                    | "depuis"
                    | "since"
                    | "annee"
                    | "year"
                    | "jusqu'en"
                    | "until"
                    | "by"
                    | "during"
                    | "pendant"
                    | "avant"
                    | "apres"
                    | "before"
                    | "after"
                    | "of"
                    | "de"
                    | "fin"
                    | "debut"
                    | "early"
                    | "earlier"
                    | "late"
                    | "mid"
                    | "d'ici"
            );
            let next = self.t.get(n);
            let glued = next.is_some_and(|x| {
                x.start == self.t[i].end
                    && (x.kind != TokenKind::Punct || matches!(x.key.as_str(), "-" | "/" | "'"))
            });
            let name_year = i > 0 && self.key(i - 1) == "-" && self.t[i - 1].end == self.t[i].start;
            // "2012 was a turning point", "2012 a été"
            let verb_after = next.is_some_and(|x| {
                matches!(
                    x.key.as_str(),
                    "was"
                        | "is"
                        | "will"
                        | "had"
                        | "has"
                        | "saw"
                        | "a"
                        | "sera"
                        | "etait"
                        | "fut"
                        | "avait"
                        | ","
                )
            }) && (i == 0 || self.t[i].line_start || self.key(i - 1) == ".");
            // "the 2008 ceasefire deal", "a 1973 treaty": a year before an event's word (over one
            // modifier) dates that event
            let lex = crate::lang::lexicon(self.lang);
            let event_word = |k: usize| {
                self.t
                    .get(k)
                    .is_some_and(|x| x.kind == TokenKind::Word && !x.cap && lex.trigger(&x.key).is_some())
            };
            // (not a count of forces before their verb: "the 2000 troops arrived")
            let modifier = self.t.get(n).is_some_and(|x| !lex.troop_words.contains(&x.key.as_str()));
            let noun_after = self.t.get(n + 1).is_some_and(|x| !x.key.ends_with("ed"));
            let before_event = matches!(prev, "the" | "a" | "an")
                && (event_word(n) || modifier && noun_after && event_word(n + 1));
            if (prev_ok || verb_after || before_event) && !glued && !name_year {
                return Some((n, PartialDate { year: Some(y), month: None, day: None }, None));
            }
        }
        None
    }
}
