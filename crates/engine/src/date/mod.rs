//! Stage 7: dates in French and English, normalised to ISO values.
//!
//! A small grammar over tokens: absolute dates ("14 mars 2019", "March 14, 2019", "2021-08-09"),
//! day and month ("le 1er août", "Aug. 9", "the 15th of February"), months and years, ranges
//! ("du 3 au 11 avril", "28 février-2 mars", "from April 3 to 11"), weekdays ("mardi prochain",
//! "last Friday") and relative expressions ("hier", "la semaine prochaine", "three months ago",
//! "dans 3 jours"). Partial dates take their year from the reference date (the nearest fitting
//! year), else stay unknown (`XXXX`).
//!
//! Reads tokens (`crate::text`) and the calendar words of `crate::lang`; writes `DateMatch`es.
//! `Parser::at` tries the grammar families in a fixed order at each token and keeps the first
//! that matches, so a longer reading (a range, a part of a month) is tried before the plain date
//! inside it. The families live in their own modules:
//!
//! - `dateline`: the reference a text is read against, given or found in it;
//! - `resolve`: the reference as the grammar sees it, week and month shifts, intervals;
//! - `pieces`: a day, month, year or weekday read at one token;
//! - `absolute`: dates in figures and fixed holidays;
//! - `arith`: counts of units from another date, signed offsets, deadlines;
//! - `forms`: less common written forms (year first, glued, eras, ISO date-times);
//! - `join`: two dates joined by a range word as one interval;
//! - `ranges`: "from … to …" and runs of whole units;
//! - `relative`: counts of days, weeks, months from the reference;
//! - `weekdays`: named weekdays and day numbers placed in a month;
//! - `parts`: beginning, middle and end of a period, seasons;
//! - `tense`: the clause's tense, which picks the last or next occurrence.

mod absolute;
mod arith;
mod dateline;
mod forms;
mod join;
mod parts;
mod pieces;
mod ranges;
mod relative;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;
mod weekdays;

use crate::analysis::Lang;
/// The day arithmetic, under its old path: the page reads it here until it uses the crate root's.
pub use crate::calendar::{civil_from_days, days_from_civil, days_in_month};

use crate::text::{fold, tokenize, Token};
pub(crate) use dateline::{is_year, reference_for, year_in_name};
use resolve::Reference;
use tense::Tense;

/// A date known to some precision; `None` parts are unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct PartialDate {
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

    /// The date of a day count.
    pub(crate) fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate::ymd(y, m, d)
    }

    /// Whether year, month and day are all known.
    pub fn is_full(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    /// The day count of a date known to the day.
    pub(crate) fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year?, self.month?, self.day?))
    }
}

impl From<crate::reference::ReferenceDate> for PartialDate {
    fn from(r: crate::reference::ReferenceDate) -> PartialDate {
        PartialDate { year: Some(r.year()), month: r.month(), day: r.day() }
    }
}

/// ISO form of a partial date: `2024-07-08`, `2024-07`, `2024`, `XXXX-08-30`.
pub(crate) fn iso(d: &PartialDate) -> String {
    let y = d.year.map(|y| format!("{y:04}")).unwrap_or_else(|| "XXXX".to_string());
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{y}-{m:02}-{day:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y,
    }
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// Byte offset of the first byte of the expression.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// First day (or the only date).
    pub from: PartialDate,
    /// Last day of an interval.
    pub to: Option<PartialDate>,
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

impl<'a> Parser<'a> {
    /// A parser over `tokens` of `text`, resolving against `reference`, before any tense is read.
    fn new(tokens: &'a [Token], text: &'a str, lang: Lang, reference: Option<PartialDate>) -> Parser<'a> {
        Parser {
            t: tokens,
            lang,
            r: Reference { date: reference },
            text,
            here: std::cell::Cell::new((0, None)),
            narrative_past: false,
        }
    }
}

type Found = (usize, PartialDate, Option<PartialDate>);

/// Whether the clause around token `tok` speaks of the future ("will", "sera", "next", a French
/// future form): what the date stage reads to choose between a past and a coming day, offered to
/// the later stages that date an event from its telling.
pub(crate) fn told_in_future(tokens: &[Token], text: &str, lang: Lang, tok: usize) -> bool {
    tok < tokens.len() && Parser::new(tokens, text, lang, None).future_tense(tok)
}

/// Finds date expressions in `text`, resolved against the reference date when one is given.
pub(crate) fn find_dates(text: &str, lang: Lang, reference: Option<PartialDate>) -> Vec<DateMatch> {
    find_dates_in(&tokenize(text), text, lang, reference)
}

/// [`find_dates`] over the tokens of `text` already made.
pub(crate) fn find_dates_in(
    tokens: &[Token],
    text: &str,
    lang: Lang,
    reference: Option<PartialDate>,
) -> Vec<DateMatch> {
    let mut p = Parser::new(tokens, text, lang, reference);
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
                // "next Tuesday +10 days", "2023-12-29 -10days"
                let (n, from) = match p.signed_offset(n, from).filter(|_| to.is_none() && from.is_full()) {
                    Some((m, v)) => (m, v),
                    None => (n, from),
                };
                // "today to tomorrow", "Monday to Friday", "8/10/2012 - 8/15/2012"
                let (n, to) = match p.joined_end(n, from).filter(|_| to.is_none()) {
                    Some((m, end)) => (m, Some(end)),
                    None => (n, to),
                };
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

impl Parser<'_> {
    /// Tries every rule at token `i`; returns the match and the next token.
    ///
    /// The order is the grammar's priority: the longer readings first (parts of a period, the n-th
    /// weekday of a month, runs of units, named days), then ranges, then a single date with its
    /// weekday, a day and month, figures, a month, a year, and last the expressions relative to the
    /// reference. Some rules are decisive: once a day and month are read at `i`, no later rule is
    /// tried there even when the date is impossible ("31 avril" is not read as "avril" alone).
    fn at(&self, i: usize) -> Option<Found> {
        if i >= self.t.len() {
            return None;
        }
        self.here.set((i, None));
        let first = [
            Self::count_from_date,
            Self::arith,
            Self::part_expr,
            Self::nth_in_month,
            Self::day_of_month_ref,
            Self::units_interval,
            Self::season,
            Self::day_words,
            Self::holiday,
            Self::prefixed_range,
        ];
        if let Some(r) = first.iter().find_map(|rule| rule(self, i)) {
            return Some(r);
        }
        if let Some(r) = self.year_first(i) {
            return Some(r);
        }
        for decisive in [Self::weekday_date, Self::day_month_date] {
            if let Some(decided) = decisive(self, i) {
                return decided;
            }
        }
        let then = [
            Self::numeric,
            Self::month_part_word,
            Self::earlier_later_this,
            Self::last_next_month,
            Self::month_year,
            Self::year_alone,
            Self::relative,
            Self::bare_day,
        ];
        then.iter().find_map(|rule| rule(self, i))
    }
}

/// The dates of a document's body: every expression outside boilerplate, resolved against the
/// document's reference.
pub(crate) fn find_in_body(
    tokens: &[Token],
    text: &str,
    lang: Lang,
    reference: Option<PartialDate>,
    zones: &crate::input::zone::Zones,
) -> Vec<DateMatch> {
    let mut dates: Vec<DateMatch> = find_dates_in(tokens, text, lang, reference)
        .into_iter()
        .filter(|d| !zones.in_boilerplate(d.start))
        .collect();
    years_of_opening_phrases(text, &mut dates);
    dates
}

/// Gives the year a sentence states alone before them ("En 2017, X a envoyé de février à
/// décembre…", "In 2017, … from March to May") to the later dates of that sentence written with a
/// month and no year, which the reference's year resolved: the sentence dates them itself. One
/// pass over the dates in text order; a sentence ends at a full stop or a line break.
fn years_of_opening_phrases(text: &str, dates: &mut [DateMatch]) {
    let mut year: Option<(i32, usize)> = None; // the last year stated alone, and where it ends
    for d in dates.iter_mut() {
        let alone = d.from.month.is_none() && d.from.day.is_none() && d.to.is_none();
        if let (true, Some(y)) = (alone, d.from.year) {
            year = Some((y, d.end));
            continue;
        }
        let Some((y, after)) = year else { continue };
        let between = text.get(after..d.start).unwrap_or(".");
        if between.contains(['.', '\n', '!', '?']) {
            year = None;
            continue;
        }
        let written = &text[d.start..d.end];
        let stated = written.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
        let month_named =
            written.split(|c: char| !c.is_alphabetic()).any(|w| crate::lang::month_of(&fold(w)).is_some());
        if stated || !month_named || d.from.month.is_none() {
            continue;
        }
        let Some(shift) = d.from.year.map(|old| y - old) else { continue };
        d.from.year = Some(y);
        if let Some(to) = d.to.as_mut() {
            to.year = to.year.map(|t| t + shift);
        }
    }
}
