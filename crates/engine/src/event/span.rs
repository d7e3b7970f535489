//! An event's last day from its length: "the manoeuvres began on 10 November and will last five
//! days", "a five-day exercise that opened on Monday", "des manœuvres de cinq jours" — a start
//! told to the day and a length in days give the end.
//!
//! Reads the merged events and the sentences that tell them; writes only the end of an event
//! whose start is a full date and whose end is not told (or is the start itself).

use super::Occurrence;
use crate::calendar::{civil_from_days, days_from_civil};
use crate::date::PartialDate;
use crate::facts::Facts;
use crate::lang::{number_word, unit_of, Unit};

/// The longest length in days read as an event's ("a 21-day exercise"); beyond, a season or a
/// deployment's tour is meant, not the event's days.
const MAX_DAYS: i64 = 31;

/// Sets the end of each event dated to the day from a length in days told in its sentences.
pub(super) fn ends_from_lengths(f: &Facts<'_>, merged: &mut [Occurrence]) {
    for o in merged.iter_mut() {
        let Some(from) = o.from else { continue };
        let (Some(y), Some(m), Some(d)) = (from.year, from.month, from.day) else { continue };
        if o.to.is_some_and(|to| to != from) {
            continue;
        }
        let Some(days) = o.sentences.iter().find_map(|&si| length_in(f, si)) else { continue };
        let (ey, em, ed) = civil_from_days(days_from_civil(y, m, d) + days - 1);
        o.to = Some(PartialDate { year: Some(ey), month: Some(em), day: Some(ed) });
    }
}

/// The one length in days sentence `si` tells ("cinq jours", "five days", "five-day", "10 jours"),
/// if exactly one is told (two lengths leave it open which is the event's).
fn length_in(f: &Facts<'_>, si: usize) -> Option<i64> {
    let s = f.sentences[si];
    let mut found = None;
    for k in s.first + 1..s.last {
        // (a count of days that dates something is no length: "deux jours après", "two days ago",
        // "in three days")
        if unit_of(&f.tokens[k].key) != Some(Unit::Day) || f.in_date(k) || relative_count(f, k) {
            continue;
        }
        // "five-day": the number before a hyphen
        let n = if f.tokens[k - 1].is(&["-"]) && k >= s.first + 2 { k - 2 } else { k - 1 };
        let t = &f.tokens[n];
        let count = t.key.parse::<i64>().ok().or_else(|| number_word(&t.key));
        if let Some(c) = count.filter(|c| (2..=MAX_DAYS).contains(c)) {
            if found.is_some_and(|x| x != c) {
                return None;
            }
            found = Some(c);
        }
    }
    found
}

/// Whether the days at `k` count from or to another time ("deux jours après", "two days later",
/// "il y a trois jours", "in two days", "dans deux jours"): a date told by a count, no length.
fn relative_count(f: &Facts<'_>, k: usize) -> bool {
    let word = |j: usize, w: &[&str]| f.tokens.get(j).is_some_and(|t| t.is(w));
    let after =
        word(k + 1, &["after", "later", "ago", "before", "earlier", "apres", "avant", "plus", "auparavant"]);
    // the count's first token: "two days" or "two-day"
    let n = if word(k.wrapping_sub(1), &["-"]) { k.saturating_sub(2) } else { k.saturating_sub(1) };
    let ago = n >= 2 && word(n - 1, &["a"]) && word(n - 2, &["y"]);
    let within = n >= 1 && word(n - 1, &["in", "within", "dans", "until"]);
    after || ago || within
}
