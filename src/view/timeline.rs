//! The corpus on a time axis: events placed in time, axis graduations, and the calendar arithmetic
//! they need (the page keeps its own: the engine's date module is internal to the engine). Pure
//! functions, drawn by `components::timeline`.

use trame_engine::{DocumentAnalysis, EntityType, EventType};

use crate::i18n::{date_text, event_type, month_short, Ui};

/// Day count since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date (year, month, day) of a day count since 1970-01-01; the inverse of [`days_from_civil`].
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

/// Days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn days(year: i32, month: u32, day: u32) -> i64 {
    days_from_civil(year, month, day)
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// Document index.
    pub doc: usize,
    /// Event index in the document.
    pub event: usize,
    /// Kind.
    pub kind: EventType,
    /// The event's name, when the text gives one.
    pub name: Option<String>,
    /// The countries taking part, joined with dashes (the label of an unnamed event).
    pub sides: String,
    /// First and last day (inclusive) as day counts; `None` when the year is unknown.
    pub span: Option<(i64, i64)>,
    /// The dates as written in the analysis.
    pub dates: String,
    /// The date is only a month or a year (drawn as a span).
    pub coarse: bool,
    /// Start as in the analysis (`YYYY[-MM[-DD]]`, `XXXX` for an unknown year).
    pub start: Option<String>,
    /// End as in the analysis.
    pub end: Option<String>,
}

impl TimelineItem {
    /// The label: the event's name, or its type (in `ui`) and the countries taking part.
    pub fn label(&self, ui: Ui) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None if self.sides.is_empty() => event_type(ui, self.kind).to_string(),
            None => format!("{} {}", event_type(ui, self.kind), self.sides),
        }
    }

    /// The dates as a reader writes them: `19–22 mars 2025`, `mars 2025`, `2024 – 2025`, `?`.
    pub fn when(&self, ui: Ui) -> String {
        match (self.start.as_deref(), self.end.as_deref()) {
            (Some(s), Some(e)) if s != e => {
                let (a, b) = (s.split('-').collect::<Vec<_>>(), e.split('-').collect::<Vec<_>>());
                if a.len() == 3 && b.len() == 3 && a[..2] == b[..2] {
                    format!("{}–{}", a[2].trim_start_matches('0'), date_text(ui, e))
                } else {
                    format!("{} – {}", date_text(ui, s), date_text(ui, e))
                }
            }
            (Some(s), _) => date_text(ui, s),
            _ => "?".to_string(),
        }
    }
}

/// A graduation of the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Day count.
    pub day: i64,
    /// Label (`2025`, `mars 2025`, `avr.`, `19 mars`).
    pub label: String,
    /// Starts a year (or a month on a day axis): drawn stronger.
    pub major: bool,
}

/// Ticks from day `lo` to day `hi` on an axis `px` pixels wide, in days, months or years, the finest
/// unit that keeps labels about 70 px apart. The year is written on the first tick and wherever it
/// changes; the month likewise on a day axis.
pub fn axis_ticks(lo: i64, hi: i64, px: f64, ui: Ui) -> Vec<Tick> {
    const GAP: f64 = 70.0;
    let per_day = px / (hi - lo).max(1) as f64;
    let mut out = Vec::new();
    // days: every 1, 2, 5 or 10 days (restarting each month)
    if let Some(&step) = [1u32, 2, 5, 10].iter().find(|&&s| f64::from(s) * per_day >= GAP) {
        let mut last = None;
        for day in lo..=hi {
            let (y, m, d) = civil_from_days(day);
            if (d - 1) % step != 0 || (step > 1 && d > 28) {
                continue;
            }
            let label = match last {
                Some((ly, _)) if ly != y => format!("{d} {} {y}", month_short(ui, m)),
                Some((_, lm)) if lm == m => format!("{d}"),
                None => format!("{d} {} {y}", month_short(ui, m)),
                _ => format!("{d} {}", month_short(ui, m)),
            };
            out.push(Tick { day, label, major: d == 1 });
            last = Some((y, m));
        }
        return out;
    }
    // months: every 1, 2, 3 or 6 months
    if let Some(&step) = [1u32, 2, 3, 6].iter().find(|&&s| f64::from(s) * 30.4 * per_day >= GAP) {
        let (mut y, mut m, _) = civil_from_days(lo);
        let mut first = true;
        loop {
            let day = days_from_civil(y, m, 1);
            if day > hi {
                break;
            }
            if day >= lo && (m - 1) % step == 0 {
                let label = if first || m == 1 {
                    format!("{} {y}", month_short(ui, m))
                } else {
                    month_short(ui, m).to_string()
                };
                out.push(Tick { day, label, major: m == 1 });
                first = false;
            }
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        return out;
    }
    // years: every 1, 2, 5, 10… years
    let step = [1i32, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        .into_iter()
        .find(|&s| f64::from(s) * 365.25 * per_day >= GAP)
        .unwrap_or(1000);
    let (y0, _, _) = civil_from_days(lo);
    let mut y = y0.div_euclid(step) * step;
    loop {
        let day = days_from_civil(y, 1, 1);
        if day > hi {
            break;
        }
        if day >= lo {
            out.push(Tick { day, label: y.to_string(), major: true });
        }
        y += step;
    }
    out
}

/// Parses `2024-07-08`, `2024-07`, `2024`; returns the first and last day it covers.
pub fn day_range(iso: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = iso.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((days(y, 1, 1), days(y, 12, 31))),
        2 => {
            let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
            Some((days(y, m, 1), days(y, m, days_in_month(y, m))))
        }
        3 => {
            let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
            let d: u32 = parts[2].parse().ok().filter(|d| (1..=31).contains(d))?;
            Some((days(y, m, d), days(y, m, d)))
        }
        _ => None,
    }
}

/// Every event of the corpus with its place in time.
pub fn timeline(docs: &[DocumentAnalysis]) -> Vec<TimelineItem> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let name =
            |id: &str| d.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        for (vi, v) in d.events.iter().enumerate() {
            let start = v.start.as_deref().and_then(day_range);
            let end = v.end.as_deref().or(v.start.as_deref()).and_then(day_range);
            let span = match (start, end) {
                (Some((a, _)), Some((_, b))) if b >= a => Some((a, b)),
                (Some(s), _) => Some(s),
                _ => None,
            };
            let coarse = v.start.as_deref().is_some_and(|s| s.len() < 10);
            let sides: Vec<String> = v
                .participants
                .iter()
                .filter(|p| d.entities.iter().any(|e| &e.id == *p && e.kind == EntityType::Country))
                .map(|p| name(p))
                .collect();
            let dates = match (&v.start, &v.end) {
                (Some(s), Some(e)) if s != e => format!("{s} → {e}"),
                (Some(s), _) => s.clone(),
                _ => "?".to_string(),
            };
            out.push(TimelineItem {
                doc: di,
                event: vi,
                kind: v.kind,
                name: v.name.clone(),
                sides: sides.join("–"),
                span,
                dates,
                coarse,
                start: v.start.clone(),
                end: v.end.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ranges() {
        let (a, b) = day_range("2024-07").unwrap();
        assert_eq!(b - a, 30);
        assert_eq!(day_range("2024-07-08"), Some((days(2024, 7, 8), days(2024, 7, 8))));
        assert_eq!(day_range("XXXX-08-30"), None);
        assert_eq!(day_range("2024-13"), None);
    }

    #[test]
    fn axis_ticks_follow_the_span_and_the_language() {
        let (lo, hi) = (days(2025, 3, 17), days(2025, 3, 24));
        let t = axis_ticks(lo, hi, 800.0, Ui::Fr);
        assert_eq!(t.len(), 8, "one tick a day over a week");
        assert_eq!(t[0].label, "17 mars 2025");
        assert_eq!(t[1].label, "18");
        let t = axis_ticks(days(2025, 3, 25), days(2025, 4, 10), 800.0, Ui::En);
        assert!(t.iter().any(|t| t.label == "1 Apr"), "{t:?}");
        // months over a year and a half, the year written at its start
        let t = axis_ticks(days(2024, 11, 5), days(2026, 2, 1), 900.0, Ui::Fr);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels[0], "janv. 2025", "every other month, the year written on the first: {labels:?}");
        assert!(labels.contains(&"mars") && labels.contains(&"janv. 2026"), "{labels:?}");
        // years over decades
        let t = axis_ticks(days(1990, 6, 1), days(2025, 1, 1), 900.0, Ui::En);
        assert!(t.iter().all(|t| t.label.parse::<i32>().is_ok()));
        assert!(t.len() >= 3 && t.len() <= 14, "{t:?}");
        let px =
            |d: i64| (d - days(1990, 6, 1)) as f64 * 900.0 / (days(2025, 1, 1) - days(1990, 6, 1)) as f64;
        assert!(t.windows(2).all(|w| px(w[1].day) - px(w[0].day) >= 70.0));
    }

    #[test]
    fn dates_of_an_item_for_readers() {
        let item = |s: &str, e: &str| TimelineItem {
            doc: 0,
            event: 0,
            kind: EventType::Exercise,
            name: None,
            sides: String::new(),
            span: None,
            dates: String::new(),
            coarse: false,
            start: Some(s.into()),
            end: Some(e.into()),
        };
        assert_eq!(item("2025-03-19", "2025-03-22").when(Ui::Fr), "19–22 mars 2025");
        assert_eq!(item("2025-03-30", "2025-04-02").when(Ui::En), "30 Mar 2025 – 2 Apr 2025");
        assert_eq!(item("2024-07", "2024-07").when(Ui::Fr), "juil. 2024");
    }
}
