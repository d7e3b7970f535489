//! Weekday expressions: a named weekday resolved to the nearest fitting day, the n-th weekday of
//! a month, and a day number placed in the month where it fits.

use super::resolve::{last_weekday, monday_of, next_weekday, shift_months};
use super::tense::Tense;
use super::{Found, Parser, PartialDate};
use crate::analysis::Lang;
use crate::calendar::{days_from_civil, days_in_month, weekday_of};
use crate::lang::{number_word, ordinal_word, weekday_name};
use crate::text::TokenKind;

impl Parser<'_> {
    /// Weekday expressions: "mardi", "ce lundi", "next Tuesday", "mercredi suivant", "lundi en huit",
    /// "Wednesday of next week", "last week's Sunday", "3 Fridays from now", "Friday after next".
    ///
    /// One function on purpose: every form starts from the same weekday read at `i` (with its
    /// optional article or demonstrative) and differs only in the words around it, which decide the
    /// week (this, next, last, "en huit", "of next week"); splitting it would re-read the weekday in
    /// each piece. The forms are tried in order, longest first.
    pub(super) fn weekday_expr(&self, i: usize) -> Option<Found> {
        let unknown = PartialDate::default();
        let today = self.r.day();
        let at = |n: usize, f: &dyn Fn(i64) -> i64| {
            Some((n, today.map(|t| PartialDate::from_days(f(t))).unwrap_or(unknown), None))
        };
        // "3 Fridays from now", "2 Thursdays ago"
        if let Some(count) = self.number(i).map(i64::from).or_else(|| number_word(self.key(i))) {
            if let Some(wd) = self.key(i + 1).strip_suffix('s').and_then(weekday_name) {
                let c = count.clamp(1, 100);
                if self.key(i + 2) == "from" && self.is(i + 3, &["now", "today"]) {
                    return at(i + 4, &|t| next_weekday(t, wd, false) + 7 * (c - 1));
                }
                if self.is(i + 2, &["ago", "back"]) {
                    return at(i + 3, &|t| last_weekday(t, wd, false) - 7 * (c - 1));
                }
            }
            return None;
        }
        // "last week's Sunday"
        if self.is(i, &["last", "next", "this"])
            && self.key(i + 1) == "week"
            && self.key(i + 2) == "'"
            && self.key(i + 3) == "s"
        {
            if let Some((wd, n)) = self.weekday_at(i + 4) {
                let w = match self.key(i) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return at(n, &|t| monday_of(t) + 7 * w + wd);
            }
        }
        let before = self.key(i);
        let (wd_at, before) = match before {
            "next" | "last" | "this" | "ce" | "coming" | "past" | "upcoming" | "current" => {
                (i + 1, Some(before))
            }
            _ => (i, None),
        };
        let (wd, mut n) = self.weekday_at(wd_at)?;
        if self.lang == Lang::En
            && !self.t[wd_at].cap
            && before.is_none()
            && self.t[wd_at].key.len() <= 4
            && self.key(n - 1) != "."
        {
            return None;
        }
        let tense = self.tense_here();
        // week given after: "mardi de la semaine prochaine", "Wednesday of next week", "lundi cette semaine"
        let mut j = n;
        if self.is(j, &["de", "of", "from"]) {
            j += 1;
        }
        if self.is(j, &["la", "the"]) {
            j += 1;
        }
        let week_dir = match (self.key(j), self.key(j + 1)) {
            ("semaine", "prochaine" | "suivante") => Some((1, j + 2)),
            ("semaine", "derniere" | "passee" | "precedente") => Some((-1, j + 2)),
            ("semaine", "d'") if self.key(j + 2) == "apres" => Some((1, j + 3)),
            ("cette", "semaine") => Some((0, j + 2)),
            ("next" | "following" | "coming", "week") => Some((1, j + 2)),
            ("last" | "previous" | "past", "week") => Some((-1, j + 2)),
            ("this" | "current", "week") => Some((0, j + 2)),
            _ => None,
        };
        if before.is_none() {
            if let Some((w, m)) = week_dir {
                return at(m, &|t| monday_of(t) + 7 * w + wd);
            }
        }
        let after = self.key(n);
        // "mardi suivant", "mardi d'après": the weekday of next week
        if before.is_none() && (after == "suivant" || (after == "d'" && self.key(n + 1) == "apres")) {
            let m = if after == "d'" { n + 2 } else { n + 1 };
            return at(m, &|t| monday_of(t) + 7 + wd);
        }
        // "lundi en huit", "mardi en quinze"
        if before.is_none() && after == "en" {
            let w = match self.key(n + 1) {
                "huit" | "8" => Some(7),
                "quinze" | "15" => Some(14),
                _ => None,
            };
            if let Some(w) = w {
                return at(n + 2, &|t| next_weekday(t, wd, true) + w);
            }
        }
        // "Friday after next"
        if self.key(n) == "after" && self.key(n + 1) == "next" {
            return at(n + 2, &|t| next_weekday(t, wd, false) + 7);
        }
        let dir_after = match after {
            "prochain" | "prochaine" | "next" | "coming" => Some(1),
            "dernier" | "derniere" | "passe" | "last" => Some(-1),
            _ => None,
        };
        if dir_after.is_some() && before.is_none() {
            n += 1;
        }
        let f: Box<dyn Fn(i64) -> i64> = match (before, dir_after) {
            (Some("next"), _) if self.lang == Lang::En => Box::new(move |t| monday_of(t) + 7 + wd),
            (Some("next" | "coming" | "upcoming"), _) | (None, Some(1)) => {
                Box::new(move |t| next_weekday(t, wd, false))
            }
            (Some("last" | "past"), _) | (None, Some(-1)) => Box::new(move |t| last_weekday(t, wd, false)),
            (Some("this" | "ce" | "current"), _) => match tense {
                Tense::Past => Box::new(move |t| last_weekday(t, wd, true)),
                _ => Box::new(move |t| next_weekday(t, wd, true)),
            },
            // no tense or the future: the day itself when it is the reference's weekday, on a line
            // holding only the date the nearest such day, else the next one
            _ => match tense {
                Tense::Past => Box::new(move |t| last_weekday(t, wd, true)),
                Tense::Neutral if self.date_line(wd_at) => Box::new(move |t| {
                    let ahead = next_weekday(t, wd, true);
                    if ahead - t <= 3 {
                        ahead
                    } else {
                        ahead - 7
                    }
                }),
                // an appointment ("rendez-vous mardi", "see you Tuesday") on that weekday is the
                // next week's; an announced event ("will begin on Thursday") on a page of a
                // Thursday is that day (a story of the day, written before it starts)
                _ => {
                    let today = !self.appointment_near(wd_at);
                    Box::new(move |t| next_weekday(t, wd, today))
                }
            },
        };
        at(n, &*f)
    }

    /// "the first Tuesday of October", "last Monday of March", "le premier mercredi du mois
    /// prochain", "the third day of October", "le dernier jour d'octobre 2015", "fifth last day of May".
    pub(super) fn nth_in_month(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, &["the", "le", "la"]) {
            j += 1;
        }
        let rank = match self.key(j) {
            "last" | "dernier" | "derniere" => -1,
            k => ordinal_word(k).filter(|r| *r <= 5)?,
        };
        j += 1;
        let mut from_end = false;
        if rank > 0 && self.key(j) == "last" {
            from_end = true;
            j += 1;
        }
        let wd = if let Some((wd, n)) = self.weekday_at(j) {
            j = n;
            Some(wd)
        } else if self.is(j, &["day", "jour"]) {
            j += 1;
            None
        } else {
            return None;
        };
        if !self.is(j, &["of", "in", "de", "d'", "du"]) {
            return None;
        }
        let (y, m, n) = self.month_ref(j + 1).or_else(|| self.month_ref(j))?;
        let len = i64::from(days_in_month(y, m));
        let first = days_from_civil(y, m, 1);
        let day = match (wd, rank, from_end) {
            (None, -1, _) => first + len - 1,
            (None, r, false) => first + r - 1,
            (None, r, true) => first + len - r,
            (Some(wd), -1, _) => last_weekday(first + len - 1, wd, true),
            (Some(wd), r, _) => next_weekday(first, wd, true) + 7 * (r - 1),
        };
        (day >= first && day < first + len).then(|| (n, PartialDate::from_days(day), None))
    }

    /// A day alone, on the next (or, in the past tense, the last) month that has it: "le 16",
    /// "the 24th", "on the first".
    pub(super) fn bare_day(&self, i: usize) -> Option<Found> {
        let prev_ok = self.is(i, &["le", "the", "on"]);
        if !prev_ok {
            return None;
        }
        let mut j = i + 1;
        if self.key(i) == "on" && self.key(j) == "the" {
            j += 1;
        }
        let t = self.t.get(j)?;
        let (d, n) = self.day_word(j)?;
        let suffixed = t.kind == TokenKind::Word;
        if self.lang == Lang::En && !suffixed && self.key(i) != "the" {
            return None;
        }
        // the day must end the phrase
        let next = self.key(n);
        if !(next.is_empty()
            || matches!(next, "." | "," | ";" | ":" | "!" | "?" | ")" | "a" | "at" | "vers" | "et" | "and"))
        {
            return None;
        }
        if self.key(n) == "," && self.day(n + 1).is_some() {
            return None;
        }
        // "le 11 et 12": two days, which the range reads
        if self.is(n, &["et", "and"]) && self.day_word(n + 1).is_some() {
            return None;
        }
        let x = self.month_with_day(d, 13, |_| true)?;
        Some((n, PartialDate::from_days(x), None))
    }

    /// The day `d` of the nearest month, searched from the reference's towards the past or the
    /// future as the tense says (the reference's own month only on the right side of its day, or
    /// first when the reference names no day), for which `fits` holds on that day's number; at
    /// most `months` months away.
    pub(super) fn month_with_day(&self, d: u32, months: usize, fits: impl Fn(i64) -> bool) -> Option<i64> {
        let r = self.r.date?;
        let (y, m) = (r.year?, r.month?);
        let past = self.tense_here() == Tense::Past;
        let mut ym = (y, m);
        for _ in 0..months {
            let this_month = (ym.0, ym.1) == (y, m);
            let side = !this_month || r.day.is_none_or(|rd| if past { d <= rd } else { d >= rd });
            if side && d <= days_in_month(ym.0, ym.1) {
                let x = days_from_civil(ym.0, ym.1, d);
                if fits(x) {
                    return Some(x);
                }
            }
            ym = shift_months(ym.0, ym.1, if past { -1 } else { 1 });
        }
        None
    }

    /// A weekday with a day and no month: "mercredi 13", "Tuesday the 19th", "Thu 15th": the next
    /// (or last) month whose day falls on that weekday.
    pub(super) fn weekday_day(&self, i: usize) -> Option<Found> {
        let (wd, mut j) = self.weekday_at(i)?;
        if self.key(j) == "," {
            j += 1;
        }
        if self.key(j) == "the" {
            j += 1;
        }
        let (d, n) = self.day_word(j)?;
        if self.month(n).is_some()
            || self.month_lower(n).is_some()
            || self.is(n, &["of", "de", "am", "pm", "h", ":"])
        {
            return None;
        }
        // "on Sunday, the first such patrol": a spelled ordinal followed by a word is no day
        let spelled = !self.key(j).chars().any(|c| c.is_ascii_digit());
        if spelled && self.t.get(n).is_some_and(|t| t.kind == TokenKind::Word) {
            return None;
        }
        let x = self.month_with_day(d, 60, |x| weekday_of(x) == wd)?;
        Some((n, PartialDate::from_days(x), None))
    }

    /// The year of a day-month named with its weekday ("Fri, Jul 18"): the first year, from the
    /// one the tense gives, where the day falls on that weekday.
    pub(super) fn year_with_weekday(&self, wd: i64, d: u32, m: u32) -> Option<PartialDate> {
        let p = self.dm(d, m, None)?;
        let y0 = p.year?;
        let past = self.tense_here() == Tense::Past;
        // the nearest year with that weekday, the tense's side first
        for k in 0..12 {
            let ahead = if past { -k } else { k };
            for y in [y0 + ahead, y0 - ahead] {
                if d <= days_in_month(y, m) && weekday_of(days_from_civil(y, m, d)) == wd {
                    return Some(PartialDate::ymd(y, m, d));
                }
            }
        }
        Some(p)
    }
}
