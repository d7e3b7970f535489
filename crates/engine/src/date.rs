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
        "an" | "ans" | "annee" | "annees" | "year" | "years" | "yr" | "yrs" => Unit::Year,
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

/// The tense of the clause around an expression, which decides between the past and the next
/// occurrence of a weekday or of a day without its year.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tense {
    Past,
    Future,
    Neutral,
}

struct Parser<'a> {
    t: &'a [Token],
    lang: Lang,
    r: Reference,
    text: &'a str,
    /// The tense around the token being tried.
    /// The token `at` is looking at, and its clause's tense once asked for (computed lazily: most
    /// tokens start no date).
    here: std::cell::Cell<(usize, Option<Tense>)>,
    /// The text tells of the past: past-tense clauses clearly outnumber future ones.
    narrative_past: bool,
}

type Found = (usize, PartialDate, Option<PartialDate>);

impl Parser<'_> {
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
        let year = y.or_else(|| self.year_by_tense(m, Some(d)));
        let max = days_in_month(year.unwrap_or(2000), m);
        (d <= max).then_some(PartialDate { year, month: Some(m), day: Some(d) })
    }

    fn month_only(&self, m: u32, y: Option<i32>) -> PartialDate {
        PartialDate { year: y.or_else(|| self.year_by_tense(m, None)), month: Some(m), day: None }
    }

    /// "9 août 2021", "le 1er août", "9 August 2021", "15th of February": (day, month, year?, next).
    fn day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        let (d, mut j) = self.day_word(i)?;
        if self.is(j, &["of", "de", "d'"]) {
            j += 1;
        }
        let (m, j) = self.month(j)?;
        let (mut y, mut j) = self.opt_year(j);
        // "31 octobre 74", "14th April 15": a two-digit year ending the phrase
        if y.is_none()
            && self.number(j).is_some()
            && self.t[j].key.len() == 2
            && matches!(self.key(j + 1), "" | "." | "," | ";")
        {
            let v = self.number(j).unwrap_or(0) as i32;
            y = Some(if v < 50 { 2000 + v } else { 1900 + v });
            j += 1;
        }
        Some((d, m, y, j))
    }

    /// "August 9, 2021", "Aug. 9", "July 8": (day, month, year?, next).
    fn month_day(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        let (m, mut j) = self.month(i)?;
        if self.key(j) == "the" {
            j += 1;
        }
        let (d, j) = self.day_word(j)?;
        // "July 2024" is not a day: a day is at most two digits, checked by day()
        let (y, j) = self.opt_year(j);
        Some((d, m, y, j))
    }

    fn any_day_month(&self, i: usize) -> Option<(u32, u32, Option<i32>, usize)> {
        self.day_month(i).or_else(|| self.month_day(i))
    }

    fn range_word(&self, i: usize) -> bool {
        self.is(i, &["au", "a", "-", "to", "until", "till", "through", "thru", "and", "et", "jusqu'au"])
            || (self.key(i) == "jusqu'" && self.key(i + 1) == "au")
    }

    /// The token after a range word (and its article or weekday).
    fn after_range_word(&self, j: usize) -> usize {
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

    /// Tries every rule at token `i`; returns the match and the next token.
    fn at(&self, i: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
        self.here.set((i, None));
        let first = [
            Self::part_expr,
            Self::nth_in_month,
            Self::day_of_month_ref,
            Self::units_interval,
            Self::season,
            Self::day_words,
            Self::holiday,
        ];
        for rule in first {
            if let Some(r) = rule(self, i) {
                return Some(r);
            }
        }
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
        // weekday + date: "lundi 9 août 2021", "Monday, August 9", "Fri, Jul 18"
        if let Some((wd, mut j)) = self.weekday_at(i) {
            if self.key(j) == "," {
                j += 1;
            }
            if self.key(j) == "the" {
                j += 1;
            }
            if let Some((d, m, y, n)) = self.any_day_month(j) {
                if y.is_none() {
                    return self.year_with_weekday(wd, d, m).map(|p| (n, p, None));
                }
                return self.dm(d, m, y).map(|p| (n, p, None));
            }
            if let Some(r) = self.weekday_day(i) {
                return Some(r);
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
            let full = self.t[i].key.len() > 3 && n == i + 1;
            let may_ok = self.t[i].key != "may"
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
            if (prev_ok || verb_after) && !glued && !name_year {
                return Some((n, PartialDate { year: Some(y), month: None, day: None }, None));
            }
        }
        self.relative(i).or_else(|| self.bare_day(i))
    }

    fn range(&self, s: usize) -> Option<(usize, PartialDate, Option<PartialDate>)> {
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
                        *d2 > d1 && self.month(*n).is_none() && !self.is(*n, &["de", "of", "d'"])
                    }) {
                        let r = self.r.date?;
                        let (y, m, rd) = (r.year?, r.month?, r.day.unwrap_or(1));
                        let past = self.tense_here() == Tense::Past;
                        let (y, m) = if (past && d1 > rd) || (!past && d2 < rd) {
                            shift_months(y, m, if past { -1 } else { 1 })
                        } else {
                            (y, m)
                        };
                        if d2 <= days_in_month(y, m) {
                            return Some((n, PartialDate::ymd(y, m, d1), Some(PartialDate::ymd(y, m, d2))));
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
                && !self.t[k].cap // "Ankara", "Sierra"
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
        if let Some(r) = self.weekday_expr(i) {
            return Some(r);
        }
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
            // "three months ago" is a day when the reference has one (the same day of the month,
            // clamped to the month's length), "two years ago" a month: one step finer than the unit
            Unit::Month => match (r.year, r.month) {
                (Some(y), Some(m)) => {
                    let (y, m) = shift_months(y, m, count);
                    let day = r.day.map(|d| d.min(days_in_month(y, m)));
                    PartialDate { year: Some(y), month: Some(m), day }
                }
                _ => PartialDate::default(),
            },
            Unit::Year => PartialDate { year: r.year.map(|y| y + count as i32), month: r.month, day: None },
        };
        (n, value, None)
    }

    /// "the upcoming two months" names the whole unit: a month or a year, not a day within it.
    fn whole(unit: Unit, (n, v, to): (usize, PartialDate, Option<PartialDate>)) -> Found {
        let v = match unit {
            Unit::Month => PartialDate { day: None, ..v },
            Unit::Year => PartialDate { day: None, month: None, ..v },
            _ => v,
        };
        (n, v, to)
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

fn next_number(p: &Parser<'_>, k: usize) -> bool {
    p.t.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.key.len() <= 4)
}

/// Ordinal words for days and ranks ("first", "3rd", "premier", "deuxième", "15e").
fn ordinal_word(w: &str) -> Option<i64> {
    Some(match w {
        "first" | "premier" | "premiere" | "1er" | "1st" | "1ere" => 1,
        "second" | "seconde" | "deuxieme" | "2nd" | "2e" | "2eme" | "2nd." => 2,
        "third" | "troisieme" | "3rd" | "3e" | "3eme" => 3,
        "fourth" | "quatrieme" | "4th" | "4e" | "4eme" => 4,
        "fifth" | "cinquieme" | "5th" | "5e" | "5eme" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// Abbreviated weekday names, recognised only before a dot or a comma or with a capital.
fn weekday_abbreviation(w: &str) -> Option<i64> {
    Some(match w {
        "lun" | "mon" => 0,
        "tue" | "tues" => 1,
        "mer" | "wed" => 2,
        "jeu" | "thu" | "thur" | "thurs" => 3,
        "ven" | "fri" => 4,
        "sam" | "sat" => 5,
        "dim" | "sun" => 6,
        _ => return None,
    })
}

/// Start (Monday) of the week of day `t`.
fn monday_of(t: i64) -> i64 {
    t - weekday_of(t)
}

/// The next day `wd` after `t` (or `t` itself when `today` allows it).
fn next_weekday(t: i64, wd: i64, today: bool) -> i64 {
    let o = (wd - weekday_of(t)).rem_euclid(7);
    t + if o == 0 && !today { 7 } else { o }
}

/// The last day `wd` before `t` (or `t` itself when `today` allows it).
fn last_weekday(t: i64, wd: i64, today: bool) -> i64 {
    let o = (weekday_of(t) - wd).rem_euclid(7);
    t - if o == 0 && !today { 7 } else { o }
}

fn day_interval(a: i64, b: i64) -> (PartialDate, Option<PartialDate>) {
    (PartialDate::from_days(a), Some(PartialDate::from_days(b)))
}

fn month_interval(y1: i32, m1: u32, y2: i32, m2: u32) -> (PartialDate, Option<PartialDate>) {
    (
        PartialDate { year: Some(y1), month: Some(m1), day: None },
        Some(PartialDate { year: Some(y2), month: Some(m2), day: None }),
    )
}

/// Days `a..=b` of a month (`b` capped to the month's length).
fn days_of_month(y: i32, m: u32, a: u32, b: u32) -> (PartialDate, Option<PartialDate>) {
    let b = b.min(days_in_month(y, m));
    (PartialDate::ymd(y, m, a), Some(PartialDate::ymd(y, m, b)))
}

impl Parser<'_> {
    fn text_of(&self, i: usize) -> &str {
        self.t.get(i).map(|t| &self.text[t.start..t.end]).unwrap_or("")
    }

    fn past_tense(&self, i: usize) -> bool {
        let lo = self.clause_start(i);
        let hi = self.clause_end(i);
        (lo..hi).any(|k| {
            let w = self.key(k);
            match self.lang {
                Lang::Fr => {
                    let aux = matches!(
                        w,
                        "a" | "ont" | "avait" | "avaient" | "eut" | "est" | "sont" | "etait" | "etaient"
                    ) && self.text_of(k) != "à";
                    let aux = aux && (k + 1..(k + 3).min(hi)).any(|p| self.participle(p));
                    aux || matches!(w, "hier" | "fut" | "furent")
                        || (w == "il" && self.key(k + 1) == "y" && self.key(k + 2) == "a")
                }
                Lang::En => {
                    matches!(
                        w,
                        "said"
                            | "was"
                            | "were"
                            | "had"
                            | "did"
                            | "told"
                            | "met"
                            | "spoke"
                            | "left"
                            | "went"
                            | "came"
                            | "held"
                            | "took"
                            | "made"
                            | "gave"
                            | "began"
                            | "saw"
                            | "sent"
                            | "won"
                            | "lost"
                            | "ago"
                            | "yesterday"
                            | "earlier"
                            | "wrote"
                            | "flew"
                            | "fought"
                    ) || (w.len() >= 5
                        && w.ends_with("ed")
                        && !self.t[k].cap
                        && !matches!(
                            w,
                            "scheduled"
                                | "expected"
                                | "planned"
                                | "proposed"
                                | "united"
                                | "armed"
                                | "limited"
                                | "based"
                                | "related"
                                | "detailed"
                                | "advanced"
                                | "supposed"
                                | "intended"
                                | "needed"
                                | "required"
                                | "invited"
                                | "allied"
                                | "red"
                                | "sacred"
                                | "hundred"
                        )
                        && !self
                            .is(k.wrapping_sub(1), &["be", "is", "are", "will", "to", "being", "the", "a"]))
                }
            }
        })
    }

    fn participle(&self, p: usize) -> bool {
        let orig = self.text_of(p);
        let w = self.key(p);
        orig.ends_with('é')
            || orig.ends_with("ée")
            || orig.ends_with("és")
            || orig.ends_with("ées")
            || matches!(
                w,
                "dit"
                    | "fait"
                    | "pris"
                    | "mis"
                    | "ecrit"
                    | "fini"
                    | "choisi"
                    | "reuni"
                    | "suivi"
                    | "parti"
                    | "sorti"
                    | "permis"
                    | "promis"
                    | "conduit"
                    | "construit"
                    | "produit"
                    | "acquis"
                    | "admis"
                    | "compris"
                    | "soumis"
                    | "transmis"
                    | "eu"
                    | "vu"
                    | "pu"
                    | "su"
                    | "du"
                    | "lu"
                    | "recu"
                    | "voulu"
                    | "obtenu"
                    | "tenu"
                    | "venu"
                    | "connu"
                    | "paru"
                    | "perdu"
                    | "vendu"
                    | "rendu"
                    | "attendu"
                    | "entendu"
                    | "repondu"
                    | "convaincu"
                    | "battu"
                    | "mort"
                    | "ouvert"
                    | "offert"
                    | "rejoint"
                    | "atteint"
                    | "venus"
                    | "venue"
                    | "partis"
                    | "partie"
            )
            // the -tenu, -venu, -rendu families: "entretenu", "intervenu", "convenu", "maintenu"
            || ["tenu", "venu", "endu", "ondu", "battu"]
                .iter()
                .any(|e| w.len() > e.len() + 1 && (w.ends_with(e) || w.strip_suffix(['e', 's']).is_some_and(|x| x.ends_with(e))))
    }

    fn clause_start(&self, i: usize) -> usize {
        let lo = i.saturating_sub(10);
        (lo..i)
            .rev()
            .find(|&k| matches!(self.key(k), "." | "!" | "?" | ";") && k + 1 < i)
            .map_or(lo, |k| k + 1)
    }

    fn clause_end(&self, i: usize) -> usize {
        let hi = (i + 10).min(self.t.len());
        (i + 1..hi)
            .find(|&k| matches!(self.key(k), "!" | "?" | ";") || (self.key(k) == "." && k > i + 1))
            .unwrap_or(hi)
    }

    /// The tense of the clause around the token being read.
    fn tense_here(&self) -> Tense {
        let (i, known) = self.here.get();
        known.unwrap_or_else(|| {
            let t = self.tense(i);
            self.here.set((i, Some(t)));
            t
        })
    }

    fn tense(&self, i: usize) -> Tense {
        if self.future_tense(i) {
            Tense::Future
        } else if self.past_tense(i) || self.narrative_past {
            // a clause without tense in a story told in the past ("lit-on mardi dans un
            // communiqué") is read in the past too
            Tense::Past
        } else {
            Tense::Neutral
        }
    }

    /// The year of a day-month (or month) without one, by tense: the nearest year in the past
    /// tense, else the next occurrence (a neutral clause keeps a date of the past few weeks).
    fn year_by_tense(&self, month: u32, day: Option<u32>) -> Option<i32> {
        let r = self.r.date?;
        let y = r.year?;
        let (Some(rm), Some(rd)) = (r.month, r.day) else { return self.r.year_for(month, day) };
        let tense = self.tense_here();
        if tense == Tense::Past {
            return self.r.year_for(month, day);
        }
        Some(match day {
            Some(d) => {
                let here = days_from_civil(y, rm, rd);
                let at = |y: i32| days_from_civil(y, month, d.min(days_in_month(y, month)));
                if tense == Tense::Neutral && (y - 1..=y).any(|c| at(c) < here && here - at(c) <= 40) {
                    if at(y) < here {
                        y
                    } else {
                        y - 1
                    }
                } else if at(y) >= here {
                    y
                } else {
                    y + 1
                }
            }
            None if month >= rm => y,
            None => y + 1,
        })
    }

    /// A weekday name (or abbreviation) at `i`: (weekday, next token).
    fn weekday_at(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.t.get(i)?;
        if let Some(wd) = weekday_name(&t.key) {
            if self.key(i + 1) == "s" && self.text_of(i + 1) == "s" {
                return None;
            }
            return Some((wd, i + 1));
        }
        let wd = weekday_abbreviation(&t.key)?;
        if self.lang == Lang::Fr && matches!(t.key.as_str(), "mon" | "sun" | "sat" | "wed" | "fri" | "thu") {
            return None;
        }
        if self.lang == Lang::En && matches!(t.key.as_str(), "lun" | "mer" | "jeu" | "ven" | "sam" | "dim") {
            return None;
        }
        // words as well as abbreviations ("la mer", "she sat") need a capital or a cue
        let ambiguous =
            matches!(t.key.as_str(), "mer" | "jeu" | "sam" | "dim" | "sat" | "sun" | "mon" | "wed");
        let cue = i > 0 && self.is(i - 1, &["on", "next", "last", "this", "le", "ce", "by", "until"]);
        if ambiguous && !t.cap && !cue && self.day_word(i + 1 + usize::from(self.key(i + 1) == ".")).is_none()
        {
            return None;
        }
        if self.key(i + 1) == "." && self.t[i + 1].start == t.end {
            return Some((wd, i + 2));
        }
        if self.key(i + 1) == "," || (t.cap && self.day_word(i + 1).is_some()) {
            return Some((wd, i + 1));
        }
        None
    }

    /// A day of the month at `i`, in figures or words ("9", "1er", "15th", "first", "quinze").
    fn day_word(&self, i: usize) -> Option<(u32, usize)> {
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
}

impl Parser<'_> {
    /// Weekday expressions: "mardi", "ce lundi", "next Tuesday", "mercredi suivant", "lundi en huit",
    /// "Wednesday of next week", "last week's Sunday", "3 Fridays from now", "Friday after next".
    fn weekday_expr(&self, i: usize) -> Option<Found> {
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
            _ => match tense {
                Tense::Past => Box::new(move |t| last_weekday(t, wd, true)),
                _ => Box::new(move |t| next_weekday(t, wd, false)),
            },
        };
        at(n, &*f)
    }

    /// A month named by its relation to the reference: "next month", "le mois prochain",
    /// "this month", "ce mois", "du mois dernier", or a month name with an optional year.
    fn month_ref(&self, i: usize) -> Option<(i32, u32, usize)> {
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

    /// A lowercase English month in a date-like place ("march 3", "in may", "first of march").
    fn month_lower(&self, i: usize) -> Option<(u32, usize)> {
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

    /// "the first Tuesday of October", "last Monday of March", "le premier mercredi du mois
    /// prochain", "the third day of October", "le dernier jour d'octobre 2015", "fifth last day of May".
    fn nth_in_month(&self, i: usize) -> Option<Found> {
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

    /// "the 20th of next month", "20 of this month", "20th day of the previous month".
    fn day_of_month_ref(&self, i: usize) -> Option<Found> {
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

impl Parser<'_> {
    /// Parts of a period, with Duckling's conventions: "early/mid/late March" (1–10, 11–20,
    /// 21–end), "début/mi-/fin mars" (1–5, 10–19, 21–end), "the end of the month" (21–end),
    /// "the beginning of the year" (January–March; French "début d'année": January–February),
    /// "the end of the year" (September–December; French: November–December), "en début de
    /// semaine" (Monday–Tuesday), "at the end of next week" (Friday–Sunday).
    fn part_expr(&self, i: usize) -> Option<Found> {
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

    /// "the next 3 days", "last two months", "past 2 years", "les 3 prochains jours",
    /// "2 dernières années", "3 mois suivants": whole units next to the current one.
    fn units_interval(&self, i: usize) -> Option<Found> {
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

    /// French and English words for days around the reference: "ce jour", "la veille", "le
    /// lendemain", "le jour d'après", "deux jours plus tard", "le lendemain du 13 février".
    fn day_words(&self, i: usize) -> Option<Found> {
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
        // "deux jours plus tard", "deux jours après", "un jour après", "three days later"
        if let Some((count, unit, n)) = self.count_unit(i) {
            if unit == Unit::Day || unit == Unit::Week {
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
                let (m, mut v, to) = self.offset(m, unit, count);
                if unit == Unit::Year && self.key(n + 1) == "today" {
                    v.day = self.r.date.and_then(|r| r.day);
                }
                return Some((m, v, to));
            }
        }
        None
    }

    /// A day alone, on the next (or, in the past tense, the last) month that has it: "le 16",
    /// "the 24th", "on the first".
    fn bare_day(&self, i: usize) -> Option<Found> {
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
        let x = self.month_with_day(d, 13, |_| true)?;
        Some((n, PartialDate::from_days(x), None))
    }

    /// The day `d` of the nearest month, searched from the reference's towards the past or the
    /// future as the tense says (the reference's own month only on the right side of its day), for
    /// which `fits` holds on that day's number; at most `months` months away.
    fn month_with_day(&self, d: u32, months: usize, fits: impl Fn(i64) -> bool) -> Option<i64> {
        let r = self.r.date?;
        let (y, m, rd) = (r.year?, r.month?, r.day?);
        let past = self.tense_here() == Tense::Past;
        let mut ym = (y, m);
        for _ in 0..months {
            let this_month = (ym.0, ym.1) == (y, m);
            let side = !this_month || if past { d <= rd } else { d >= rd };
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
    fn weekday_day(&self, i: usize) -> Option<Found> {
        let (wd, mut j) = self.weekday_at(i)?;
        if self.key(j) == "," {
            j += 1;
        }
        if self.key(j) == "the" {
            j += 1;
        }
        let (d, n) = self.day_word(j)?;
        if self.month(n).is_some() || self.month_lower(n).is_some() || self.is(n, &["of", "de"]) {
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
    fn year_with_weekday(&self, wd: i64, d: u32, m: u32) -> Option<PartialDate> {
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

    /// Fixed-date holidays: "Noël", "la Toussaint", "Christmas", "New Year's Eve", "Halloween".
    fn holiday(&self, i: usize) -> Option<Found> {
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

    /// Seasons: "cet été", "this summer", "cet hiver", "next winter" (astronomical, northern).
    fn season(&self, i: usize) -> Option<Found> {
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

/// Finds date expressions in `text`, resolved against the reference date when one is given.
pub fn find_dates(text: &str, lang: Lang, reference: Option<PartialDate>) -> Vec<DateMatch> {
    find_dates_in(&tokenize(text), text, lang, reference)
}

/// [`find_dates`] over the tokens of `text` already made.
pub fn find_dates_in(
    tokens: &[Token],
    text: &str,
    lang: Lang,
    reference: Option<PartialDate>,
) -> Vec<DateMatch> {
    let mut p = Parser {
        t: tokens,
        lang,
        r: Reference { date: reference },
        text,
        here: std::cell::Cell::new((0, None)),
        narrative_past: false,
    };
    // the tense of the whole text, from one look at each clause
    let (mut past, mut future) = (0usize, 0usize);
    let mut k = 0;
    while k < p.t.len() {
        let end = p.clause_end(k).max(k + 1);
        let mid = (k + end) / 2;
        if p.past_tense(mid) {
            past += 1;
        } else if p.future_tense(mid) {
            future += 1;
        }
        k = end;
    }
    p.narrative_past = past >= 3 && past > 2 * future;
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
        ("The drills will last five days.", Lang::En, "2013-02-12", ""),
        ("They met on Sunday, the first such meeting.", Lang::En, "2024-04-07", "2024-04-07"),
        ("Il avait été signé le 8 février à Ankara.", Lang::Fr, "2024-07-20", "2024-02-08"),
        ("Il s'était entretenu le 12 mars avec son homologue.", Lang::Fr, "2025-04-28", "2025-03-12"),
        ("Ils sont convenus le 2 avril d'un accord.", Lang::Fr, "2025-04-28", "2025-04-02"),
        ("Talks expected to last two weeks began.", Lang::En, "2013-02-12", ""),
        // months and years
        ("Les manœuvres de juillet 2024.", Lang::Fr, "", "2024-07"),
        ("Prévu en juillet.", Lang::Fr, "2024-03", "2024-07"),
        ("Prévu en juillet.", Lang::Fr, "", "XXXX-07"),
        ("Planned for July 2024.", Lang::En, "", "2024-07"),
        ("Il a été nommé en 2021.", Lang::Fr, "", "2021"),
        ("He was appointed in 2021.", Lang::En, "", "2021"),
        ("L'exercice Vostok-2022 et 2 000 soldats.", Lang::Fr, "", ""),
        ("About 2024 soldiers took part.", Lang::En, "", ""),
        ("Début juillet, les troupes.", Lang::Fr, "2024-06-01", "2024-07-01/2024-07-05"),
        ("Mi-juillet, les troupes.", Lang::Fr, "2024-06-01", "2024-07-10/2024-07-19"),
        ("Fin juillet 2023, les troupes.", Lang::Fr, "", "2023-07-21/2023-07-31"),
        ("In early July the troops left.", Lang::En, "2024-06-01", "2024-07-01/2024-07-10"),
        ("By mid-July the troops left.", Lang::En, "2024-06-01", "2024-07-11/2024-07-20"),
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
        ("Three months ago, a summit.", Lang::En, "2013-02-12", "2012-11-12"),
        ("Il y a deux ans, un sommet.", Lang::Fr, "2013-02-12", "2011-02"),
        ("Dans deux mois, un sommet.", Lang::Fr, "2013-11-12", "2014-01-12"),
        ("Le week-end dernier, un sommet.", Lang::Fr, "2013-02-12", "2013-02-09/2013-02-10"),
        ("Last weekend, a summit.", Lang::En, "2013-02-12", "2013-02-09/2013-02-10"),
        ("À la fin du mois, un sommet.", Lang::Fr, "2013-02-12", "2013-02-21/2013-02-28"),
        ("At the end of the month, a summit.", Lang::En, "2013-02-12", "2013-02-21/2013-02-28"),
        ("Earlier this month, a summit.", Lang::En, "2013-02-12", "2013-02"),
        ("Later this year, a summit.", Lang::En, "2013-02-12", "2013"),
        ("Last March, a summit.", Lang::En, "2013-02-12", "2012-03"),
        ("Next March, a summit.", Lang::En, "2013-02-12", "2013-03"),
        ("En mars dernier, un sommet.", Lang::Fr, "2013-02-12", "2012-03"),
        ("En janvier dernier, un sommet.", Lang::Fr, "2013-02-12", "2013-01"),
        ("En mars prochain, un sommet.", Lang::Fr, "2013-02-12", "2013-03"),
        ("Début 2013, un sommet.", Lang::Fr, "2013-02-12", "2013-01/2013-02"),
        ("In early 2012, a summit.", Lang::En, "2013-02-12", "2012-01/2012-03"),
        ("Ce week-end, un sommet.", Lang::Fr, "2013-02-12", "2013-02-16/2013-02-17"),
        ("This weekend, a summit.", Lang::En, "2013-02-12", "2013-02-16/2013-02-17"),
        ("Next weekend, a summit.", Lang::En, "2013-02-12", "2013-02-23/2013-02-24"),
        ("Les 12 et 13 février, un sommet.", Lang::Fr, "2013-02-12", "2013-02-12/2013-02-13"),
        ("Le 12 février dernier, un sommet.", Lang::Fr, "2013-03-12", "2013-02-12"),
        ("Feb 12, 2013 and 12 Feb 2013.", Lang::En, "", "2013-02-12 2013-02-12"),
        ("A week ago, a summit.", Lang::En, "2013-02-12", "2013-02-05"),
        ("A year ago, a summit.", Lang::En, "2013-02-12", "2012-02"),
        ("Yesterday's summit.", Lang::En, "2013-02-12", "2013-02-11"),
        ("On 2/12/2013 a summit.", Lang::En, "", "2013-02-12"),
        ("Le 12.02.2013, un sommet.", Lang::Fr, "", "2013-02-12"),
        ("February was cold.", Lang::En, "2013-02-12", "2013-02"),
        ("They met in October.", Lang::En, "2013-02-12", "2012-10"),
        ("May I ask?", Lang::En, "2013-02-12", ""),
        ("2012 was a turning point.", Lang::En, "2013-02-12", "2012"),
        ("D'ici la fin de l'année, un sommet.", Lang::Fr, "2013-02-12", "2013-11/2013-12"),
        ("By the end of the year, a summit.", Lang::En, "2013-02-12", "2013-09/2013-12"),
        ("A fortnight ago, a summit.", Lang::En, "2013-02-12", "2013-01-29"),
        ("Tomorrow morning, a summit.", Lang::En, "2013-02-12", "2013-02-13"),
        ("Il y a un mois, un sommet.", Lang::Fr, "2013-02-12", "2013-01-12"),
        ("One month ago, on March 31.", Lang::En, "2013-03-31", "2013-02-28 2013-03-31"),
        ("In two years, a summit.", Lang::En, "2013-02-12", "2015-02"),
        ("Three years from today, a summit.", Lang::En, "2013-02-12", "2016-02-12"),
        ("In the upcoming two months, a summit.", Lang::En, "2013-02-12", "2013-04"),
        ("L'an prochain, un sommet.", Lang::Fr, "2013-02-12", "2014"),
        // tense decides the side of a bare weekday or day-month (2013-02-12 is a Tuesday)
        ("Rendez-vous jeudi.", Lang::Fr, "2013-02-12", "2013-02-14"),
        ("Rendez-vous mardi.", Lang::Fr, "2013-02-12", "2013-02-19"),
        ("Le comité a voté jeudi.", Lang::Fr, "2013-02-12", "2013-02-07"),
        ("Ce lundi, réunion du bureau.", Lang::Fr, "2013-02-12", "2013-02-18"),
        ("Il a parlé ce lundi à Paris.", Lang::Fr, "2013-02-12", "2013-02-11"),
        ("The vote is on Friday.", Lang::En, "2013-02-12", "2013-02-15"),
        ("The committee voted on friday.", Lang::En, "2013-02-12", "2013-02-08"),
        ("See you sunday.", Lang::En, "2013-02-12", "2013-02-17"),
        ("Sommet le 20 décembre.", Lang::Fr, "2013-02-12", "2013-12-20"),
        ("Sommet le 10 janvier.", Lang::Fr, "2013-02-12", "2013-01-10"),
        ("Le sommet s'est tenu le 5 janvier.", Lang::Fr, "2013-02-12", "2013-01-05"),
        ("The summit is on 31 October.", Lang::En, "2013-02-12", "2013-10-31"),
        ("The summit was held on 31 October.", Lang::En, "2013-02-12", "2012-10-31"),
        ("Summit on December 28.", Lang::En, "2014-01-05", "2013-12-28"),
        // weekdays relative to weeks
        ("Rendez-vous mercredi suivant.", Lang::Fr, "2013-02-12", "2013-02-20"),
        ("Rendez-vous jeudi de la semaine prochaine.", Lang::Fr, "2013-02-12", "2013-02-21"),
        ("Rendez-vous vendredi cette semaine.", Lang::Fr, "2013-02-12", "2013-02-15"),
        ("Rendez-vous lundi en huit.", Lang::Fr, "2013-02-12", "2013-02-25"),
        ("Rendez-vous jeudi en quinze.", Lang::Fr, "2013-02-12", "2013-02-28"),
        ("The vote is next Wednesday.", Lang::En, "2013-02-12", "2013-02-20"),
        ("The vote is Thursday of next week.", Lang::En, "2013-02-12", "2013-02-21"),
        ("It was last week's Monday.", Lang::En, "2013-02-12", "2013-02-04"),
        ("The vote is Saturday after next.", Lang::En, "2013-02-12", "2013-02-23"),
        ("The vote is 2 Mondays from now.", Lang::En, "2013-02-12", "2013-02-25"),
        ("It was 3 Fridays ago.", Lang::En, "2013-02-12", "2013-01-25"),
        ("Réunion ven. à Paris.", Lang::Fr, "2013-02-12", "2013-02-15"),
        ("The vote is Sat. in Rome.", Lang::En, "2013-02-12", "2013-02-16"),
        // weekday with a day, a day alone
        ("Rendez-vous jeudi 14.", Lang::Fr, "2013-02-12", "2013-02-14"),
        ("Rendez-vous samedi 20.", Lang::Fr, "2013-02-12", "2013-04-20"),
        ("The vote is Friday the 22nd.", Lang::En, "2013-02-12", "2013-02-22"),
        ("The vote is Friday the 1st.", Lang::En, "2013-02-12", "2013-03-01"),
        ("The vote is Sat, Mar 2.", Lang::En, "2013-02-12", "2013-03-02"),
        ("Réunion le 20.", Lang::Fr, "2013-02-12", "2013-02-20"),
        ("Réunion le 5.", Lang::Fr, "2013-02-12", "2013-03-05"),
        ("The vote is on the 3rd.", Lang::En, "2013-02-12", "2013-03-03"),
        ("The vote is on the twentieth.", Lang::En, "2013-02-12", "2013-02-20"),
        // lowercase English names, words for days
        ("The vote is on march 3rd.", Lang::En, "2013-02-12", "2013-03-03"),
        ("The vote is the second of july.", Lang::En, "2013-02-12", "2013-07-02"),
        ("The vote is july twenty-first.", Lang::En, "2013-02-12", "2013-07-21"),
        ("Rendez-vous le premier avril.", Lang::Fr, "2013-02-12", "2013-04-01"),
        ("Rendez-vous le vingt-deux mai.", Lang::Fr, "2013-02-12", "2013-05-22"),
        ("Rendez-vous le 3eme jour de mai.", Lang::Fr, "2013-02-12", "2013-05-03"),
        ("Rendez-vous le 4 mai 15.", Lang::Fr, "2013-02-12", "2015-05-04"),
        // figures
        ("Réunion le 17/03.", Lang::Fr, "2013-02-12", "2013-03-17"),
        ("Meeting on 3/17.", Lang::En, "2013-02-12", "2013-03-17"),
        ("Réunion le 05/06/14.", Lang::Fr, "", "2014-06-05"),
        ("Meeting on 06/05/99.", Lang::En, "", "1999-06-05"),
        ("Réunion le 21 03 2015.", Lang::Fr, "", "2015-03-21"),
        ("Report of 2015-06.", Lang::En, "", "2015-06"),
        ("Report of 6/2015.", Lang::En, "", "2015-06"),
        ("Born 12-Mar-1961.", Lang::En, "", "1961-03-12"),
        ("Tel. 01 45 67 89 10.", Lang::Fr, "2013-02-12", ""),
        ("Score 3/4 and 1/2/3/4.", Lang::En, "2013-02-12", ""),
        // ranges
        ("Du 3 jusqu'au 7 mars.", Lang::Fr, "2013-02-12", "2013-03-03/2013-03-07"),
        ("Du mardi 5 au jeudi 7 mars.", Lang::Fr, "2013-02-12", "2013-03-05/2013-03-07"),
        ("Du 14 au 16, un sommet.", Lang::Fr, "2013-02-12", "2013-02-14/2013-02-16"),
        ("Du 2 au 4, un sommet.", Lang::Fr, "2013-02-12", "2013-03-02/2013-03-04"),
        ("Entre le cinq et le sept avril.", Lang::Fr, "2013-02-12", "2013-04-05/2013-04-07"),
        ("The talks ran 1998 - 2003.", Lang::En, "", "1998/2003"),
        ("De 2010 à 2014, des essais.", Lang::Fr, "", "2010/2014"),
        // parts of periods
        ("Rendez-vous fin avril.", Lang::Fr, "2013-02-12", "2013-04-21/2013-04-30"),
        ("Rendez-vous mi-mars.", Lang::Fr, "2013-02-12", "2013-03-10/2013-03-19"),
        ("Rendez-vous fin février 2016.", Lang::Fr, "", "2016-02-21/2016-02-29"),
        ("Rendez-vous en début de semaine.", Lang::Fr, "2013-02-12", "2013-02-11/2013-02-12"),
        ("Rendez-vous en fin de semaine prochaine.", Lang::Fr, "2013-02-12", "2013-02-21/2013-02-24"),
        ("Rendez-vous en fin d'année.", Lang::Fr, "2013-02-12", "2013-11/2013-12"),
        ("The vote is in late February.", Lang::En, "2012-02-01", "2012-02-21/2012-02-29"),
        ("The vote is at the beginning of next week.", Lang::En, "2013-02-12", "2013-02-18/2013-02-20"),
        ("The vote is at the end of this week.", Lang::En, "2013-02-12", "2013-02-15/2013-02-17"),
        ("The vote is at the end of 2014.", Lang::En, "", "2014-09/2014-12"),
        ("The vote is EOM.", Lang::En, "2013-12-12", "2013-12-21/2013-12-31"),
        ("The vote is early December.", Lang::En, "2013-02-12", "2013-12-01/2013-12-10"),
        // nth weekday or day of a month, day of a relative month
        ("The vote is the first Monday of March.", Lang::En, "2013-02-12", "2013-03-04"),
        ("The vote is the last Friday of May 2014.", Lang::En, "", "2014-05-30"),
        ("The vote is the last day of February 2012.", Lang::En, "", "2012-02-29"),
        ("Rendez-vous le deuxième mardi de juin.", Lang::Fr, "2013-02-12", "2013-06-11"),
        ("Rendez-vous le dernier jour de décembre.", Lang::Fr, "2013-02-12", "2013-12-31"),
        ("Rendez-vous le premier lundi du mois prochain.", Lang::Fr, "2013-12-12", "2014-01-06"),
        ("The vote is the 15th of next month.", Lang::En, "2013-12-12", "2014-01-15"),
        ("The vote is on the 5th of this month.", Lang::En, "2013-02-12", "2013-02-05"),
        // spans of units
        ("Dans les 3 prochains jours, un sommet.", Lang::Fr, "2013-02-27", "2013-02-28/2013-03-02"),
        ("Les 2 derniers mois, rien.", Lang::Fr, "2013-01-12", "2012-11/2012-12"),
        ("Over the past two years, nothing.", Lang::En, "2013-02-12", "2011/2012"),
        ("In the next 3 months, a summit.", Lang::En, "2013-11-12", "2013-12/2014-02"),
        ("The vote is in the upcoming two days.", Lang::En, "2013-02-12", "2013-02-14"),
        // days around the reference, seasons, holidays
        ("Rendez-vous le lendemain.", Lang::Fr, "2013-02-28", "2013-03-01"),
        ("La veille, un sommet.", Lang::Fr, "2013-03-01", "2013-02-28"),
        ("Rendez-vous le lendemain du 31 décembre.", Lang::Fr, "2013-02-12", "2014-01-01"),
        ("Deux jours plus tard, un sommet.", Lang::Fr, "2013-02-12", "2013-02-14"),
        ("The vote is two weeks from now.", Lang::En, "2013-02-12", "2013-02-26"),
        ("Rendez-vous cet été.", Lang::Fr, "2013-02-12", "2013-06-21/2013-09-23"),
        ("The vote is this winter.", Lang::En, "2013-11-02", "2013-12-21/2014-03-20"),
        ("Rendez-vous à Noël.", Lang::Fr, "2013-02-12", "2013-12-25"),
        ("Rendez-vous à la Toussaint.", Lang::Fr, "2013-02-12", "2013-11-01"),
        ("The vote is on New Year's Eve.", Lang::En, "2013-02-12", "2013-12-31"),
        ("The vote is on Christmas Day 2015.", Lang::En, "", "2015-12-25"),
        // standalone months and languages of short texts
        ("Rendez-vous mars.", Lang::Fr, "2013-02-12", "2013-03"),
        ("Vote in January.", Lang::En, "2013-02-12", "2014-01"),
        ("See you in May.", Lang::En, "2013-02-12", "2013-05"),
        ("May we come in?", Lang::En, "2013-02-12", ""),
        ("She sat down.", Lang::En, "2013-02-12", ""),
        ("Le jeu et la mer.", Lang::Fr, "2013-02-12", ""),
        ("Demain à 15h, un sommet.", Lang::Fr, "2013-02-12", "2013-02-13"),
        ("Tomorrow at 3pm, a summit.", Lang::En, "2013-02-12", "2013-02-13"),
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
