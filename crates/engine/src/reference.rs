//! The reference date: the day an article was written, against which "on Tuesday", "9 August"
//! (without a year) and "three weeks ago" are resolved.
//!
//! It comes from outside the text (the CLI's `--date`, the page's date field, an HTML page's
//! publication metadata) or, failing that, from the text itself (a dateline, found by the date
//! stage). Whatever its source, it is parsed here and only here, into a [`ReferenceDate`] that
//! travels typed: no later stage reads a date string again.

use std::fmt;
use std::str::FromStr;

use crate::calendar::days_in_month;
use crate::error::{Error, ErrorKind};

/// Where the reference date a text was read against came from (the page shows it beside each
/// document, so a user can tell a date they gave from one the engine guessed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceOrigin {
    /// Given from outside the text (the CLI's `--date`, the page's date field, page metadata).
    Given,
    /// Found at the top of the text: a dateline or an ISO date, to the day or the month.
    Head,
    /// Guessed from the text: the year of its first date with a month, or of an exercise's name
    /// (sharpened to a day when a dateline without a year stands at the top).
    Text,
    /// None: dates without a year keep none.
    None,
}

/// A reference date known to the year, the month or the day (`2024`, `2024-07`, `2024-07-08`).
///
/// Built only by [`ReferenceDate::parse`] (or [`str::parse`]), so a value always names a real
/// day, month or year: the month is 1–12, the day exists in its month.
///
/// ```
/// use trame_engine::ReferenceDate;
///
/// let d: ReferenceDate = "2024-02-29".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2024, Some(2), Some(29)));
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert!(ReferenceDate::parse("2023-02-29").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReferenceDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl ReferenceDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding spaces allowed; a one-digit month or
    /// day is accepted). `None` when the form is wrong or the month or day does not exist.
    pub fn parse(s: &str) -> Option<ReferenceDate> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
            return None;
        }
        let num = |p: &str, lo: u32, hi: u32| {
            (p.len() <= 2 && !p.is_empty())
                .then(|| p.parse::<u32>().ok())
                .flatten()
                .filter(|v| (lo..=hi).contains(v))
        };
        let year = parts[0].parse::<i32>().ok()?;
        let month = match parts.get(1) {
            Some(m) => Some(num(m, 1, 12)?),
            None => None,
        };
        let day = match parts.get(2) {
            Some(d) => {
                let d = num(d, 1, 31)?;
                (d <= days_in_month(year, month?)).then_some(d)?;
                Some(d)
            }
            None => None,
        };
        Some(ReferenceDate { year, month, day })
    }

    /// A reference known to the year only.
    pub fn year_only(year: i32) -> ReferenceDate {
        ReferenceDate { year, month: None, day: None }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), when known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, when known (never without a month).
    pub fn day(&self) -> Option<u32> {
        self.day
    }
}

impl FromStr for ReferenceDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<ReferenceDate, Error> {
        ReferenceDate::parse(s).ok_or_else(|| {
            Error::new(ErrorKind::BadDate, format!("bad date {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"))
        })
    }
}

/// The ISO form: `2024`, `2024-07` or `2024-07-08`.
impl fmt::Display for ReferenceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_reference_dates() {
        assert_eq!(ReferenceDate::parse("2024"), Some(ReferenceDate::year_only(2024)));
        assert_eq!(ReferenceDate::parse(" 2024-7-8 ").map(|d| d.to_string()), Some("2024-07-08".into()));
        assert_eq!(ReferenceDate::parse("2023-02-29"), None);
        assert_eq!(ReferenceDate::parse("2024-13"), None);
        assert_eq!(ReferenceDate::parse("24-07"), None);
        assert_eq!(ReferenceDate::parse("2024--1"), None);
        assert!("2024-04-31".parse::<ReferenceDate>().is_err());
    }
}
