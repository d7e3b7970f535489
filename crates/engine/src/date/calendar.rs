//! Calendar arithmetic: civil dates to day counts and back, weekdays, month lengths, and the
//! reference date expressions are resolved against.
//!
//! Pure integer functions (proleptic Gregorian, day 0 = 1970-01-01), shared by every grammar module.

use super::PartialDate;

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
pub(super) fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The reference the expressions are resolved against.
#[derive(Clone, Copy)]
pub(super) struct Reference {
    pub(super) date: Option<PartialDate>,
}

impl Reference {
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

pub(super) fn day_interval(a: i64, b: i64) -> (PartialDate, Option<PartialDate>) {
    (PartialDate::from_days(a), Some(PartialDate::from_days(b)))
}

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
