//! Stage 7: dates in French and English, normalised to ISO values.
//!
//! A small grammar over tokens: absolute dates ("9 août 2021", "August 9, 2021", "2021-08-09"),
//! day and month ("le 1er août", "Aug. 9", "the 15th of February"), months and years, ranges
//! ("du 8 au 19 juillet", "30 août-5 septembre", "from July 8 to 19"), weekdays ("mardi prochain",
//! "last Friday") and relative expressions ("hier", "la semaine prochaine", "three months ago",
//! "dans 3 jours"). Partial dates take their year from the reference date (the nearest fitting
//! year), else stay unknown (`XXXX`).

use crate::analysis::Lang;
use crate::token::{tokenize, Token, TokenKind};

/// A date known to some precision; `None` parts are unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialDate {
    /// Year, if known.
    pub year: Option<i32>,
    /// Month 1–12, if known.
    pub month: Option<u32>,
    /// Day 1–31, if known.
    pub day: Option<u32>,
}

impl PartialDate {
    fn ymd(y: i32, m: u32, d: u32) -> PartialDate {
        PartialDate { year: Some(y), month: Some(m), day: Some(d) }
    }

    fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate::ymd(y, m, d)
    }

    /// Whether year, month and day are all known.
    pub fn is_full(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year?, self.month?, self.day?))
    }
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// First day (or the only date).
    pub from: PartialDate,
    /// Last day of an interval.
    pub to: Option<PartialDate>,
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// Number of days in a month.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Day of the week, 0 = Monday.
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn month_of(w: &str) -> Option<u32> {
    Some(match w {
        "janvier" | "janv" | "january" | "jan" => 1,
        "fevrier" | "fevr" | "fev" | "february" | "feb" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "avr" | "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "juil" | "july" | "jul" => 7,
        "aout" | "august" | "aug" => 8,
        "septembre" | "sept" | "september" | "sep" => 9,
        "octobre" | "oct" | "october" => 10,
        "novembre" | "nov" | "november" => 11,
        "decembre" | "dec" | "december" => 12,
        _ => return None,
    })
}

fn weekday_name(w: &str) -> Option<i64> {
    Some(match w {
        "lundi" | "monday" => 0,
        "mardi" | "tuesday" => 1,
        "mercredi" | "wednesday" => 2,
        "jeudi" | "thursday" => 3,
        "vendredi" | "friday" => 4,
        "samedi" | "saturday" => 5,
        "dimanche" | "sunday" => 6,
        _ => return None,
    })
}

fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "un" | "une" | "one" | "a" | "an" => 1,
        "deux" | "two" | "couple" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        "dix" | "ten" => 10,
        "onze" | "eleven" => 11,
        "douze" | "twelve" => 12,
        "treize" | "thirteen" => 13,
        "quatorze" | "fourteen" => 14,
        "quinze" | "fifteen" => 15,
        "seize" | "sixteen" => 16,
        "vingt" | "twenty" => 20,
        "trente" | "thirty" => 30,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Fortnight,
    Week,
    Month,
    Year,
}

fn unit_of(w: &str) -> Option<Unit> {
    Some(match w {
        "jour" | "jours" | "journee" | "day" | "days" => Unit::Day,
        "semaine" | "semaines" | "week" | "weeks" => Unit::Week,
        "mois" | "month" | "months" => Unit::Month,
        "an" | "ans" | "annee" | "annees" | "year" | "years" => Unit::Year,
        "quinzaine" | "fortnight" | "fortnights" => Unit::Fortnight,
        _ => return None,
    })
}

/// The reference the expressions are resolved against.
#[derive(Clone, Copy)]
struct Reference {
    date: Option<PartialDate>,
}

impl Reference {
    fn day(&self) -> Option<i64> {
        self.date.and_then(|d| d.days())
    }

    /// The year that puts month/day nearest to the reference.
    fn year_for(&self, month: u32, day: Option<u32>) -> Option<i32> {
        let r = self.date?;
        let y = r.year?;
        let Some(rm) = r.month else { return Some(y) };
        let target = days_from_civil(y, month, day.unwrap_or(15).min(days_in_month(y, month)));
        let here = days_from_civil(y, rm, r.day.unwrap_or(15));
        let diff = target - here;
        Some(if diff > 183 {
            y - 1
        } else if diff < -183 {
            y + 1
        } else {
            y
        })
    }
}

fn shift_months(y: i32, m: u32, by: i64) -> (i32, u32) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + by;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

struct Parser {
    t: Vec<Token>,
    lang: Lang,
    r: Reference,
}

impl Parser {
    fn key(&self, i: usize) -> &str {
        self.t.get(i).map(|t| t.key.as_str()).unwrap_or("")
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.key(i))
    }

    fn number(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        (t.kind == TokenKind::Number && t.key.len() <= 4).then(|| t.key.parse().ok()).flatten()
    }

    /// A day number at `i` ("9", "1er", "15th", "3rd"): (day, next token).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
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
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        let m = month_of(&t.key)?;
        // English "may" and "march" are verbs unless capitalised; "mars" the planet is rare
        if self.lang == Lang::En
            && matches!(t.key.as_str(), "may" | "march" | "mar" | "jan" | "sep" | "dec")
            && !t.cap
        {
            return None;
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
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Number || t.key.len() != 4 {
            return None;
        }
        let y: i32 = t.key.parse().ok()?;
        (1900..=2100).contains(&y).then_some((y, i + 1))
    }

    /// An optional year after a day-month (", 2021" in English).
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        if let Some((y, n)) = self.year(i) {
            return (Some(y), n);
        }
        if self.key(i) == "," {
            if let Some((y, n)) = self.year(i + 1) {
                return (Some(y), n);
            }
        }
        (None, i)
    }

    fn dm(&self, d: u32, m: u32, y: Option<i32>) -> Option<PartialDate> {
        let year = y.or_else(|| self.r.year_for(m, Some(d)));
        let max = days_in_month(year.unwrap_or(2000), m);
        (d <= max).then_some(PartialDate { year, month: Some(m), day: Some(d) })
    }

    fn month_only(&self, m: u32, y: Option<i32>) -> PartialDate {
        PartialDate { year: y.or_else(|| self.r.year_for(m, None)), month: Some(m), day: None }
    }

    /// "9 août 2021", "le 1er août", "9 August 2021", "15th of February": (day, month, year?, next).
    fn day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        let (d, mut j) = self.day(i)?;
        if self.is(j, &["of", "de"]) {
            j += 1;
        }
        let (m, j) = self.month(j)?;
        let (y, j) = self.opt_year(j);
        Some((d, m, y, j))
    }

    /// "August 9, 2021", "Aug. 9", "July 8": (day, month, year?, next).
    fn month_day(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        let (m, j) = self.month(i)?;
        if !self.t.get(i)?.cap && self.lang == Lang::En {
            return None;
        }
        let (d, j) = self.day(j)?;
        // "July 2024" is not a day: a day is at most two digits, checked by day()
        let (y, j) = self.opt_year(j);
        Some((d, m, y, j))
    }

    fn any_day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        self.day_month(i).or_else(|| self.month_day(i))
    }

    fn range_word(&self, i: usize) -> bool {
        self.is(i, &["au", "a", "-", "to", "until", "till", "through", "thru", "and", "et", "jusqu'au"])
    }

    /// Tries every rule at token `i`; returns the match and the next token.
    fn at(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let k = self.key(i);
        // ranges: "du 8 au 19 juillet", "from July 8 to 19", "between 3 and 5 May", "30 août-5 septembre"
        let mut s = i;
        if self.is(s, &["du", "from", "entre", "between"]) {
            s += 1;
            if self.is(s, &["le", "the"]) {
                s += 1;
            }
        }
        if let Some(r) = self.range(s) {
            return Some(r);
        }
        // weekday + date: "lundi 9 août 2021", "Monday, August 9"
        if weekday_name(k).is_some() {
            let mut j = i + 1;
            if self.key(j) == "," {
                j += 1;
            }
            if let Some((d, m, y, n)) = self.any_day_month(j) {
                return self.dm(d, m, y).map(|p| (n, p, None));
            }
        }
        if let Some((d, m, y, n)) = self.any_day_month(i) {
            return self.dm(d, m, y).map(|p| (n, p, None));
        }
        // numeric: 2021-08-09, 09/08/2021, 9.8.2021
        if let Some(r) = self.numeric(i) {
            return Some(r);
        }
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
        // "earlier this month", "later this year", "plus tôt ce mois-ci"
        if self.is(i, &["earlier", "later"]) && self.is(i + 1, &["this"]) {
            if let Some(u) =
                unit_of(self.key(i + 2)).filter(|u| matches!(u, Unit::Month | Unit::Year | Unit::Week))
            {
                return Some(self.period(i + 3, u, 0, false));
            }
        }
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
        // month + year: "juillet 2024", "July 2024"
        if let Some((m, n)) = self.month(i) {
            if let Some((y, n)) = self.year(n) {
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
            let english_alone =
                self.lang == Lang::En && self.t[i].cap && self.t[i].key != "may" && self.t[i].key.len() > 3;
            if english_alone && self.key(n) != "." {
                return Some((n, self.month_only(m, None), None));
            }
        }
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
                    | "late"
                    | "mid"
                    | "d'ici"
            );
            let next = self.t.get(n);
            let glued = next.is_some_and(|x| x.start == self.t[i].end && x.key != "." && x.key != ",");
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
            if (prev_ok || verb_after) && !glued && !name_year {
                return Some((n, PartialDate { year: Some(y), month: None, day: None }, None));
            }
        }
        self.relative(i)
    }

    fn range(&self, s: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        // D [M [Y]] - D M [Y]
        if let Some((d1, j)) = self.day(s) {
            let (m1, y1, j) = match self.month(j) {
                Some((m, n)) => {
                    let (y, n) = self.opt_year(n);
                    (Some(m), y, n)
                }
                None => (None, None, j),
            };
            if self.range_word(j) {
                let mut k = j + 1;
                if self.is(k, &["le", "the"]) {
                    k += 1;
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
            if let Some((d1, j)) = self.day(j) {
                if self.range_word(j) {
                    let k = j + 1;
                    let (m2, k) = match self.month(k) {
                        Some((m, n)) => (m, n),
                        None => (m1, k),
                    };
                    if let Some((d2, n)) = self.day(k) {
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
                        let y2 = y2.or(y1).or_else(|| self.r.year_for(m2, None));
                        let y1 = y1.or(y2.map(|y| if m1 > m2 { y - 1 } else { y }));
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

    fn numeric(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let a = self.number(i)?;
        let sep = self.key(i + 1);
        if !matches!(sep, "-" | "/" | ".") || self.key(i + 3) != sep {
            return None;
        }
        let b = self.number(i + 2)?;
        let c = self.number(i + 4)?;
        // glued: no spaces inside
        if self.t[i + 4].start != self.t[i + 3].end || self.t[i + 2].start != self.t[i + 1].end {
            return None;
        }
        let (y, m, d) = if self.t[i].key.len() == 4 {
            (a as i32, b, c)
        } else if self.t[i + 4].key.len() == 4 {
            match (self.lang, sep) {
                (Lang::En, "/") => (c as i32, a, b),
                _ => (c as i32, b, a),
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1900..=2100).contains(&y) {
            return None;
        }
        Some((i + 5, PartialDate::ymd(y, m, d), None))
    }

    fn future_tense(&self, i: usize) -> bool {
        let lo = i.saturating_sub(10);
        let hi = (i + 10).min(self.t.len());
        (lo..hi).any(|k| {
            let w = self.key(k);
            matches!(
                w,
                "va" | "vont"
                    | "aura"
                    | "auront"
                    | "sera"
                    | "seront"
                    | "devrait"
                    | "devraient"
                    | "will"
                    | "shall"
                    | "'ll"
                    | "upcoming"
                    | "scheduled"
                    | "due"
                    | "set"
                    | "prochain"
                    | "prochaine"
                    | "next"
            ) || (self.lang == Lang::Fr
                && w.len() > 5
                && (w.ends_with("ra") || w.ends_with("ront"))
                && k != i)
        })
    }

    /// Relative expressions: hier, demain, la semaine prochaine, mardi dernier, three months ago…
    fn relative(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        let k = self.key(i);
        let today = self.r.day();
        let unknown = PartialDate::default();
        let day_at = |offset: i64| today.map(|t| PartialDate::from_days(t + offset)).unwrap_or(unknown);
        // single words
        let simple = match k {
            "aujourd'hui" | "today" => Some((i + 1, 0)),
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
        if matches!(k, "ce" | "this")
            && self.is(i + 1, &["matin", "morning", "soir", "evening", "afternoon", "apres-midi"])
        {
            return Some((i + 2, day_at(0), None));
        }
        if k == "last" && self.key(i + 1) == "night" {
            return Some((i + 2, day_at(-1), None));
        }
        // weekdays: "mardi", "mardi prochain", "ce mardi", "next Tuesday", "last Friday", "on Monday"
        let (wd_at, dir_before) = match k {
            "next" | "last" | "this" | "ce" | "coming" | "past" => (i + 1, Some(k)),
            _ => (i, None),
        };
        if let Some(wd) = weekday_name(self.key(wd_at)) {
            if self.lang == Lang::En && !self.t[wd_at].cap {
                return None;
            }
            let after = self.key(wd_at + 1);
            let dir_after = matches!(after, "prochain" | "dernier" | "passe" | "next" | "last");
            let n = if dir_after { wd_at + 2 } else { wd_at + 1 };
            let dir = match (dir_before, after) {
                (Some("next" | "coming"), _) | (_, "prochain" | "next") => 1,
                (Some("last" | "past"), _) | (_, "dernier" | "passe" | "last") => -1,
                _ if self.future_tense(i) => 1,
                _ => -1,
            };
            let value = match today {
                Some(t) if matches!(dir_before, Some("this" | "ce")) => {
                    // the weekday of the current week
                    PartialDate::from_days(t - weekday_of(t) + wd)
                }
                Some(t) => {
                    let w = weekday_of(t);
                    let off = if dir > 0 {
                        let o = (wd - w).rem_euclid(7);
                        if o == 0 && (dir_before.is_some() || dir_after) {
                            7
                        } else {
                            o
                        }
                    } else {
                        let o = (w - wd).rem_euclid(7);
                        -(if o == 0 && (dir_before.is_some() || dir_after) { 7 } else { o })
                    };
                    PartialDate::from_days(t + off)
                }
                None => unknown,
            };
            return Some((n, value, None));
        }
        // "la semaine prochaine", "le mois dernier", "l'année prochaine", "next week", "this month"
        let (unit_at, which) = match k {
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
                    _ => return None,
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
                return Some(self.period(n, unit, dir, weekend));
            }
        }
        // "dans 3 jours", "in three days", "il y a deux semaines", "two weeks ago"
        if matches!(k, "dans" | "in") {
            if let Some((count, unit, n)) = self.count_unit(i + 1) {
                return Some(self.offset(n, unit, count));
            }
        }
        if k == "il" && self.key(i + 1) == "y" && self.key(i + 2) == "a" {
            if let Some((count, unit, n)) = self.count_unit(i + 3) {
                return Some(self.offset(n, unit, -count));
            }
        }
        if let Some((count, unit, n)) = self.count_unit(i) {
            if self.key(n) == "ago" {
                return Some(self.offset(n + 1, unit, -count));
            }
        }
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
        // "à la fin du mois", "at the end of the month"
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

    fn count_unit(&self, i: usize) -> Option<(i64, Unit, usize)> {
        let count = self.number(i).map(i64::from).or_else(|| number_word(self.key(i)))?;
        let unit = unit_of(self.key(i + 1))?;
        (count > 0 && count < 1000).then_some((count, unit, i + 2))
    }

    fn offset(&self, n: usize, unit: Unit, count: i64) -> (usize, PartialDate, Option<PartialDate>) {
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

    /// A whole week (Monday–Sunday, or the weekend), month or year around the reference.
    fn period(
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
}

/// Finds date expressions in `text`, resolved against the reference date when one is given.
pub fn find_dates(text: &str, lang: Lang, reference: Option<PartialDate>) -> Vec<DateMatch> {
    let p = Parser { t: tokenize(text), lang, r: Reference { date: reference } };
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.t.len() {
        match p.at(i) {
            Some((n, from, to)) if n > i => {
                let end_tok = &p.t[(n - 1).min(p.t.len() - 1)];
                let mut start = p.t[i].start;
                // keep "le"/"du"/"on" out of the match, but include a leading weekday
                if p.is(i, &["du", "from", "entre", "between", "le", "the", "on"]) && n > i + 1 {
                    start = p.t[i + 1].start;
                    if p.is(i + 1, &["le", "the"]) && n > i + 2 {
                        start = p.t[i + 2].start;
                    }
                }
                out.push(DateMatch { start, end: end_tok.end, from, to });
                i = n;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{iso, parse_reference};

    fn value(text: &str, lang: Lang, reference: &str) -> String {
        let r = parse_reference(reference);
        let found = find_dates(text, lang, r);
        found
            .iter()
            .map(|d| match &d.to {
                Some(to) => format!("{}/{}", iso(&d.from), iso(to)),
                None => iso(&d.from),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(weekday_of(days_from_civil(2013, 2, 12)), 1); // a Tuesday
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
    }

    /// (sentence, language, reference date, expected values)
    const CASES: &[(&str, Lang, &str, &str)] = &[
        // absolute, French
        ("L'exercice a commencé le 9 août 2021.", Lang::Fr, "2023", "2021-08-09"),
        ("Le lundi 9 août 2021, les troupes sont arrivées.", Lang::Fr, "2023", "2021-08-09"),
        ("Il est arrivé le 1er août.", Lang::Fr, "2024-07", "2024-08-01"),
        ("Publié le 12 juillet.", Lang::Fr, "", "XXXX-07-12"),
        ("Le 3 janv. 2020, rien.", Lang::Fr, "", "2020-01-03"),
        ("Le 28 décembre, un accord.", Lang::Fr, "2014-01-05", "2013-12-28"),
        ("Le 2 janvier, un accord.", Lang::Fr, "2013-12-20", "2014-01-02"),
        ("Le 29 février 2024.", Lang::Fr, "", "2024-02-29"),
        ("Le 31 avril 2024.", Lang::Fr, "", "2024-04"),
        ("Le 12/07/2024 à Paris.", Lang::Fr, "", "2024-07-12"),
        ("Le 2024-07-08 à Paris.", Lang::Fr, "", "2024-07-08"),
        ("Le 9.8.2021 à Paris.", Lang::Fr, "", "2021-08-09"),
        // absolute, English
        ("It began on August 9, 2021.", Lang::En, "2023", "2021-08-09"),
        ("It began on 9 August 2021.", Lang::En, "", "2021-08-09"),
        ("They met on Aug. 9.", Lang::En, "2021-08-20", "2021-08-09"),
        ("Signed on Sept. 30 in Delhi.", Lang::En, "2022-10-01", "2022-09-30"),
        ("On the 15th of February they left.", Lang::En, "2013-02-12", "2013-02-15"),
        ("On February 15th they left.", Lang::En, "2013-02-12", "2013-02-15"),
        ("On Monday, August 9, 2021, troops arrived.", Lang::En, "", "2021-08-09"),
        ("The deal of 07/12/2024 holds.", Lang::En, "", "2024-07-12"),
        ("It may rain in May 2024.", Lang::En, "", "2024-05"),
        ("They will march on.", Lang::En, "2013-02-12", ""),
        // months and years
        ("Les manœuvres de juillet 2024.", Lang::Fr, "", "2024-07"),
        ("Prévu en juillet.", Lang::Fr, "2024-03", "2024-07"),
        ("Prévu en juillet.", Lang::Fr, "", "XXXX-07"),
        ("Planned for July 2024.", Lang::En, "", "2024-07"),
        ("Il a été nommé en 2021.", Lang::Fr, "", "2021"),
        ("He was appointed in 2021.", Lang::En, "", "2021"),
        ("L'exercice Vostok-2022 et 2 000 soldats.", Lang::Fr, "", ""),
        ("About 2024 soldiers took part.", Lang::En, "", ""),
        ("Début juillet, les troupes.", Lang::Fr, "2024-06-01", "2024-07"),
        ("Mi-juillet, les troupes.", Lang::Fr, "2024-06-01", "2024-07"),
        ("Fin juillet 2023, les troupes.", Lang::Fr, "", "2023-07"),
        ("In early July the troops left.", Lang::En, "2024-06-01", "2024-07"),
        ("By mid-July the troops left.", Lang::En, "2024-06-01", "2024-07"),
        // ranges
        ("L'exercice aura lieu du 8 au 19 juillet.", Lang::Fr, "2024", "2024-07-08/2024-07-19"),
        ("Du 8 au 19 juillet 2024.", Lang::Fr, "", "2024-07-08/2024-07-19"),
        ("Prévus du 30 août au 5 septembre.", Lang::Fr, "", "XXXX-08-30/XXXX-09-05"),
        ("Prévus 30 août-5 septembre.", Lang::Fr, "2022-08", "2022-08-30/2022-09-05"),
        ("Du 28 décembre au 3 janvier 2024.", Lang::Fr, "", "2023-12-28/2024-01-03"),
        ("Entre le 3 et le 5 mai.", Lang::Fr, "2023-04-01", "2023-05-03/2023-05-05"),
        ("Du 11 au 13 juillet, une délégation.", Lang::Fr, "2024-07", "2024-07-11/2024-07-13"),
        ("The drills run from July 8 to 19.", Lang::En, "2024-06-01", "2024-07-08/2024-07-19"),
        ("The drills run July 8-19, 2024.", Lang::En, "", "2024-07-08/2024-07-19"),
        ("Between 3 and 5 May they met.", Lang::En, "2023-04-01", "2023-05-03/2023-05-05"),
        ("From 13th to 15th of July they met.", Lang::En, "2013-02-12", "2013-07-13/2013-07-15"),
        ("From 8 to 19 July 2024 they met.", Lang::En, "", "2024-07-08/2024-07-19"),
        ("From July 30 to August 2, 2024.", Lang::En, "", "2024-07-30/2024-08-02"),
        ("De juillet à septembre 2024.", Lang::Fr, "", "2024-07/2024-09"),
        ("From March to May 2023, talks.", Lang::En, "", "2023-03/2023-05"),
        // weekdays (2013-02-12 is a Tuesday)
        ("Le ministre a déclaré mardi que…", Lang::Fr, "2013-02-12", "2013-02-12"),
        ("Le ministre a déclaré lundi que…", Lang::Fr, "2013-02-12", "2013-02-11"),
        ("Il se rendra jeudi à Pékin.", Lang::Fr, "2013-02-12", "2013-02-14"),
        ("Il arrivera mardi prochain.", Lang::Fr, "2013-02-12", "2013-02-19"),
        ("Il est arrivé vendredi dernier.", Lang::Fr, "2013-02-12", "2013-02-08"),
        ("Ce mercredi, il parle.", Lang::Fr, "2013-02-12", "2013-02-13"),
        ("He said on Monday that…", Lang::En, "2013-02-12", "2013-02-11"),
        ("He will arrive on Thursday.", Lang::En, "2013-02-12", "2013-02-14"),
        ("They met last Friday.", Lang::En, "2013-02-12", "2013-02-08"),
        ("They meet next Tuesday.", Lang::En, "2013-02-12", "2013-02-19"),
        ("Le ministre a déclaré mardi que…", Lang::Fr, "2013-02", "XXXX"),
        // relative
        ("Il est arrivé hier.", Lang::Fr, "2013-02-12", "2013-02-11"),
        ("Il est arrivé avant-hier.", Lang::Fr, "2013-02-12", "2013-02-10"),
        ("Il arrive aujourd'hui.", Lang::Fr, "2013-02-12", "2013-02-12"),
        ("Il arrive demain.", Lang::Fr, "2013-03-31", "2013-04-01"),
        ("Il arrive après-demain.", Lang::Fr, "2013-12-31", "2014-01-02"),
        ("He arrived yesterday.", Lang::En, "2013-01-01", "2012-12-31"),
        ("He arrives tomorrow.", Lang::En, "2013-02-12", "2013-02-13"),
        ("He arrived the day before yesterday.", Lang::En, "2013-02-12", "2013-02-10"),
        ("Ce matin, il a parlé.", Lang::Fr, "2013-02-12", "2013-02-12"),
        ("Hier soir, il a parlé.", Lang::Fr, "2013-02-12", "2013-02-11"),
        ("Last night he spoke.", Lang::En, "2013-02-12", "2013-02-11"),
        ("La semaine prochaine, ils se verront.", Lang::Fr, "2013-02-12", "2013-02-18/2013-02-24"),
        ("La semaine dernière, ils se sont vus.", Lang::Fr, "2013-02-12", "2013-02-04/2013-02-10"),
        ("Cette semaine, ils se voient.", Lang::Fr, "2013-02-12", "2013-02-11/2013-02-17"),
        ("Next week they meet.", Lang::En, "2013-02-12", "2013-02-18/2013-02-24"),
        ("Last week they met.", Lang::En, "2013-02-12", "2013-02-04/2013-02-10"),
        ("Le mois prochain, ils se verront.", Lang::Fr, "2013-12-12", "2014-01"),
        ("Le mois dernier, ils se sont vus.", Lang::Fr, "2013-01-12", "2012-12"),
        ("Ce mois-ci, rien.", Lang::Fr, "2013-02-12", "2013-02"),
        ("Next month they meet.", Lang::En, "2013-02-12", "2013-03"),
        ("Last month they met.", Lang::En, "2013-02-12", "2013-01"),
        ("L'année prochaine, un sommet.", Lang::Fr, "2013-02-12", "2014"),
        ("L'année dernière, un sommet.", Lang::Fr, "2013-02-12", "2012"),
        ("Cette année, un sommet.", Lang::Fr, "2013-02-12", "2013"),
        ("Next year, a summit.", Lang::En, "2013-02-12", "2014"),
        ("Last year, a summit.", Lang::En, "2013-02-12", "2012"),
        ("This year, a summit.", Lang::En, "2013-02-12", "2013"),
        ("Dans 3 jours, un sommet.", Lang::Fr, "2013-02-12", "2013-02-15"),
        ("Dans trois jours, un sommet.", Lang::Fr, "2013-02-27", "2013-03-02"),
        ("In three days, a summit.", Lang::En, "2013-02-12", "2013-02-15"),
        ("Il y a deux semaines, un sommet.", Lang::Fr, "2013-02-12", "2013-01-29"),
        ("Two weeks ago, a summit.", Lang::En, "2013-02-12", "2013-01-29"),
        ("Three months ago, a summit.", Lang::En, "2013-02-12", "2012-11"),
        ("Il y a deux ans, un sommet.", Lang::Fr, "2013-02-12", "2011"),
        ("Dans deux mois, un sommet.", Lang::Fr, "2013-11-12", "2014-01"),
        ("Le week-end dernier, un sommet.", Lang::Fr, "2013-02-12", "2013-02-09/2013-02-10"),
        ("Last weekend, a summit.", Lang::En, "2013-02-12", "2013-02-09/2013-02-10"),
        ("À la fin du mois, un sommet.", Lang::Fr, "2013-02-12", "2013-02"),
        ("At the end of the month, a summit.", Lang::En, "2013-02-12", "2013-02"),
        ("Earlier this month, a summit.", Lang::En, "2013-02-12", "2013-02"),
        ("Later this year, a summit.", Lang::En, "2013-02-12", "2013"),
        ("Last March, a summit.", Lang::En, "2013-02-12", "2012-03"),
        ("Next March, a summit.", Lang::En, "2013-02-12", "2013-03"),
        ("En mars dernier, un sommet.", Lang::Fr, "2013-02-12", "2012-03"),
        ("En janvier dernier, un sommet.", Lang::Fr, "2013-02-12", "2013-01"),
        ("En mars prochain, un sommet.", Lang::Fr, "2013-02-12", "2013-03"),
        ("Début 2013, un sommet.", Lang::Fr, "2013-02-12", "2013"),
        ("In early 2012, a summit.", Lang::En, "2013-02-12", "2012"),
        ("Ce week-end, un sommet.", Lang::Fr, "2013-02-12", "2013-02-16/2013-02-17"),
        ("This weekend, a summit.", Lang::En, "2013-02-12", "2013-02-16/2013-02-17"),
        ("Next weekend, a summit.", Lang::En, "2013-02-12", "2013-02-23/2013-02-24"),
        ("Les 12 et 13 février, un sommet.", Lang::Fr, "2013-02-12", "2013-02-12/2013-02-13"),
        ("Le 12 février dernier, un sommet.", Lang::Fr, "2013-03-12", "2013-02-12"),
        ("Feb 12, 2013 and 12 Feb 2013.", Lang::En, "", "2013-02-12 2013-02-12"),
        ("A week ago, a summit.", Lang::En, "2013-02-12", "2013-02-05"),
        ("A year ago, a summit.", Lang::En, "2013-02-12", "2012"),
        ("Yesterday's summit.", Lang::En, "2013-02-12", "2013-02-11"),
        ("On 2/12/2013 a summit.", Lang::En, "", "2013-02-12"),
        ("Le 12.02.2013, un sommet.", Lang::Fr, "", "2013-02-12"),
        ("February was cold.", Lang::En, "2013-02-12", "2013-02"),
        ("They met in October.", Lang::En, "2013-02-12", "2012-10"),
        ("May I ask?", Lang::En, "2013-02-12", ""),
        ("2012 was a turning point.", Lang::En, "2013-02-12", "2012"),
        ("D'ici la fin de l'année, un sommet.", Lang::Fr, "2013-02-12", "2013"),
        ("By the end of the year, a summit.", Lang::En, "2013-02-12", "2013"),
        ("A fortnight ago, a summit.", Lang::En, "2013-02-12", "2013-01-29"),
        ("Tomorrow morning, a summit.", Lang::En, "2013-02-12", "2013-02-13"),
        ("Il y a un mois, un sommet.", Lang::Fr, "2013-02-12", "2013-01"),
        ("L'an prochain, un sommet.", Lang::Fr, "2013-02-12", "2014"),
        // not dates
        ("Les 19 pays et 2 000 soldats, F-16 et Article 5.", Lang::Fr, "2013-02-12", ""),
        ("Sept soldats sont morts.", Lang::Fr, "2013-02-12", ""),
        ("The Su-35 and 12 ships.", Lang::En, "2013-02-12", ""),
    ];

    #[test]
    fn date_table_in_both_languages() {
        let mut failures = Vec::new();
        for (text, lang, reference, expected) in CASES {
            let got = value(text, *lang, reference);
            if got != *expected {
                failures.push(format!("{text:?} ({reference}): got {got:?}, expected {expected:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn spans_cover_the_expression() {
        let t = "L'exercice aura lieu du 8 au 19 juillet, puis le 3 août.";
        let found = find_dates(t, Lang::Fr, None);
        let spans: Vec<&str> = found.iter().map(|d| &t[d.start..d.end]).collect();
        assert_eq!(spans, ["8 au 19 juillet", "3 août"]);
    }

    #[test]
    fn odd_input_never_panics() {
        for t in [
            "",
            "9",
            "31/31/31",
            "99999999999999999999",
            "😀 12 😀 août",
            "du 45 au 99 juillet",
            "le 0 mai 0000",
            "-",
            "il y a",
        ] {
            for lang in [Lang::Fr, Lang::En] {
                for d in find_dates(t, lang, parse_reference("2013-02-12")) {
                    assert!(t.is_char_boundary(d.start) && t.is_char_boundary(d.end) && d.start < d.end);
                }
            }
        }
    }
}
