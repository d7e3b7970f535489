//! Resolving against the reference: the reference date as the grammar sees it, month and week
//! shifts, and the intervals (a week, a month, days of a month) expressions name.
//!
//! Builds on the day arithmetic of `crate::calendar`; shared by every grammar module.

use super::PartialDate;
use crate::calendar::{days_from_civil, days_in_month, weekday_of};

/// The reference the expressions are resolved against.
#[derive(Clone, Copy)]
pub(super) struct Reference {
    pub(super) date: Option<PartialDate>,
}

impl Reference {
    /// The reference as a day count, when it is known to the day.
    pub(super) fn day(&self) -> Option<i64> {
        self.date.and_then(|d| d.days())
    }

    /// The year that puts month/day nearest to the reference.
    pub(super) fn year_for(&self, month: u32, day: Option<u32>) -> Option<i32> {
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

/// The month `by` months after (or before, when negative) month `m` of year `y`.
pub(super) fn shift_months(y: i32, m: u32, by: i64) -> (i32, u32) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + by;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

/// Start (Monday) of the week of day `t`.
pub(super) fn monday_of(t: i64) -> i64 {
    t - weekday_of(t)
}

/// The next day `wd` after `t` (or `t` itself when `today` allows it).
pub(super) fn next_weekday(t: i64, wd: i64, today: bool) -> i64 {
    let o = (wd - weekday_of(t)).rem_euclid(7);
    t + if o == 0 && !today { 7 } else { o }
}

/// The last day `wd` before `t` (or `t` itself when `today` allows it).
pub(super) fn last_weekday(t: i64, wd: i64, today: bool) -> i64 {
    let o = (weekday_of(t) - wd).rem_euclid(7);
    t - if o == 0 && !today { 7 } else { o }
}

/// The interval between two day counts.
pub(super) fn day_interval(a: i64, b: i64) -> (PartialDate, Option<PartialDate>) {
    (PartialDate::from_days(a), Some(PartialDate::from_days(b)))
}

/// The interval from one month to another, both whole.
pub(super) fn month_interval(y1: i32, m1: u32, y2: i32, m2: u32) -> (PartialDate, Option<PartialDate>) {
    (
        PartialDate { year: Some(y1), month: Some(m1), day: None },
        Some(PartialDate { year: Some(y2), month: Some(m2), day: None }),
    )
}

/// Days `a..=b` of a month (`b` capped to the month's length).
pub(super) fn days_of_month(y: i32, m: u32, a: u32, b: u32) -> (PartialDate, Option<PartialDate>) {
    let b = b.min(days_in_month(y, m));
    (PartialDate::ymd(y, m, a), Some(PartialDate::ymd(y, m, b)))
}
