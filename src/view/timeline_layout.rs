//! Where the timeline's pieces go for a given width: the lanes (one per event type, split into
//! rows), each event's bar and label, and the axis graduations. Every label lies inside the
//! drawing and clear of the other labels and bars: a label that would pass the right edge hangs
//! left of its bar's end, or is shortened; a graduation whose label would touch the previous one
//! keeps its line and loses its label. Pure: the caller gives text widths (`measure`).

use trame_engine::EventType;

use crate::i18n::{event_type, Ui};
use crate::view::labels::{shorten, Anchor, Rect};
use crate::view::timeline::{axis_ticks, TimelineItem};

/// The lanes, top to bottom.
pub const TYPES: [EventType; 6] = [
    EventType::Exercise,
    EventType::Visit,
    EventType::Meeting,
    EventType::Agreement,
    EventType::Deployment,
    EventType::Patrol,
];
/// Height of a row of a lane.
pub const ROW: f64 = 44.0;
/// Height of the date axis above the lanes.
pub const AXIS: f64 = 40.0;
/// Room kept at the right end.
const RIGHT: f64 = 12.0;
/// Space between two labels of a row.
const GAP: f64 = 10.0;

/// A lane: an event type's band.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Its type.
    pub kind: EventType,
    /// Top edge.
    pub top: f64,
    /// Number of rows.
    pub rows: usize,
}

/// An event drawn on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The item (the first of those telling the same event).
    pub item: TimelineItem,
    /// Its type.
    pub kind: EventType,
    /// Bar's left and right ends.
    pub x0: f64,
    /// Bar's right end.
    pub x1: f64,
    /// Top of the row.
    pub y: f64,
    /// Label text (maybe shortened), anchor point and box.
    pub text: String,
    /// The label's full text (the tooltip when it is shortened).
    pub full: String,
    /// Label anchor `x`.
    pub lx: f64,
    /// How the label hangs from `lx`.
    pub anchor: Anchor,
    /// The label's box.
    pub rect: Rect,
}

/// A graduation: its position, and its label when there is room for it.
#[derive(Debug, Clone, PartialEq)]
pub struct TickMark {
    /// Position.
    pub x: f64,
    /// Label, `None` when it would touch its neighbour.
    pub label: Option<String>,
    /// Starts a year (or a month on a day axis).
    pub major: bool,
}

/// The whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Width of the lane names' column.
    pub left: f64,
    /// Drawing width.
    pub width: f64,
    /// Drawing height.
    pub height: f64,
    /// The lanes.
    pub lanes: Vec<Lane>,
    /// The events.
    pub marks: Vec<Mark>,
    /// The graduations.
    pub ticks: Vec<TickMark>,
}

/// Lays out the events with a known year in a drawing `width` wide, in `ui`'s words. `measure`
/// gives the width of a label (`bold` for lane names, `small` for graduations).
pub fn lay_out(items: &[TimelineItem], width: f64, ui: Ui, measure: &dyn Fn(&str, Font) -> f64) -> Layout {
    let left =
        TYPES.iter().map(|k| measure(event_type(ui, *k), Font::Bold)).fold(40.0, f64::max).ceil() + 16.0;
    let width = width.max(left + 120.0);
    let placed: Vec<&TimelineItem> = items.iter().filter(|i| i.span.is_some()).collect();
    let (mut lo, mut hi) = placed
        .iter()
        .filter_map(|i| i.span)
        .fold((i64::MAX, i64::MIN), |(a, b), (s, e)| (a.min(s), b.max(e)));
    if placed.is_empty() {
        (lo, hi) = (0, 1);
    }
    // a margin on both sides; at least a week shown
    let pad = ((hi - lo) / 20).max(1);
    lo -= pad;
    hi += pad + 1;
    if hi - lo < 8 {
        lo -= (8 - (hi - lo)) / 2;
        hi = lo + 8;
    }
    let px = width - left - RIGHT;
    let x = move |d: i64| left + (d - lo) as f64 / (hi - lo) as f64 * px;
    let mut lanes = Vec::new();
    let mut marks = Vec::new();
    let mut top = AXIS;
    for kind in TYPES {
        let mut mine: Vec<&TimelineItem> = placed.iter().copied().filter(|i| i.kind == kind).collect();
        mine.sort_by_cached_key(|i| (i.span, i.label(ui)));
        // the same event told by several documents is drawn once, with their number
        let mut same: Vec<(&TimelineItem, usize)> = Vec::new();
        for i in mine {
            match same.last_mut() {
                Some((j, n)) if j.span == i.span && j.label(ui) == i.label(ui) => *n += 1,
                _ => same.push((i, 1)),
            }
        }
        let mut ends: Vec<f64> = Vec::new();
        let first = marks.len();
        for (i, count) in same {
            let (s, e) = i.span.unwrap_or((lo, lo));
            let (x0, x1) = (x(s), x(e + 1).max(x(s) + 6.0));
            let times = if count > 1 { format!(" (×{count})") } else { String::new() };
            let full = format!("{} · {}{times}", i.label(ui), i.when(ui));
            let (text, lx, anchor, w) =
                fit_label(&full, x0, x1, (left, width - 2.0), &|s| measure(s, Font::Normal));
            let lbox = if anchor == Anchor::End { lx - w } else { lx };
            let (from, to) = (x0.min(lbox), x1.max(lbox + w) + GAP);
            let row = ends.iter().position(|&end| end <= from).unwrap_or(ends.len());
            if row == ends.len() {
                ends.push(to);
            } else {
                ends[row] = to;
            }
            let y = top + row as f64 * ROW;
            let rect = Rect { x: lbox, y: y + 23.0, w, h: 15.0 };
            marks.push(Mark { item: i.clone(), kind, x0, x1, y, text, full, lx, anchor, rect });
        }
        let rows = ends.len().max(1);
        lanes.push(Lane { kind, top, rows });
        debug_assert!(marks[first..].iter().all(|m| m.y < top + rows as f64 * ROW));
        top += rows as f64 * ROW + 8.0;
    }
    let ticks = ticks(lo, hi, px, ui, &x, width, measure);
    Layout { left, width, height: top + 4.0, lanes, marks, ticks }
}

/// The font a text is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    /// Event labels (12 px).
    Normal,
    /// Lane names (12 px, semi-bold).
    Bold,
    /// Graduations (11 px).
    Small,
}

/// A label beside a bar from `x0` to `x1`, within `lo..hi`: from the bar's start when it fits,
/// else ending at the bar's end, else shortened to the room there is. Returns the text, its anchor
/// point and anchor, and its width.
fn fit_label(
    full: &str,
    x0: f64,
    x1: f64,
    (lo, hi): (f64, f64),
    measure: &dyn Fn(&str) -> f64,
) -> (String, f64, Anchor, f64) {
    let w = measure(full).ceil();
    if x0 + w <= hi {
        return (full.to_string(), x0, Anchor::Start, w);
    }
    let end = x1.min(hi);
    if end - w >= lo {
        return (full.to_string(), end, Anchor::End, w);
    }
    // shorten until it fits between the lane names and the right edge
    let room = hi - lo;
    let mut n = full.chars().count();
    while n > 2 {
        n -= 1;
        let text = shorten(full, n);
        let w = measure(&text).ceil();
        if w <= room {
            return if x0 + w <= hi { (text, x0, Anchor::Start, w) } else { (text, hi, Anchor::End, w) };
        }
    }
    let text = shorten(full, 2);
    let w = measure(&text).ceil();
    (text, hi, Anchor::End, w)
}

/// The graduations of the axis, each label kept only when it stays clear of the previous one and
/// inside the drawing.
fn ticks(
    lo: i64,
    hi: i64,
    px: f64,
    ui: Ui,
    x: &dyn Fn(i64) -> f64,
    width: f64,
    measure: &dyn Fn(&str, Font) -> f64,
) -> Vec<TickMark> {
    let mut right = f64::MIN;
    axis_ticks(lo, hi, px, ui)
        .into_iter()
        .map(|t| {
            let tx = x(t.day);
            let w = measure(&t.label, Font::Small).ceil();
            let fits = tx + 3.0 >= right + 8.0 && tx + 3.0 + w <= width - 2.0;
            if fits {
                right = tx + 3.0 + w;
            }
            TickMark { x: tx, label: fits.then_some(t.label), major: t.major }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::timeline::days_from_civil;

    fn item(name: &str, kind: EventType, s: (i32, u32, u32), e: (i32, u32, u32)) -> TimelineItem {
        let iso = |(y, m, d): (i32, u32, u32)| format!("{y:04}-{m:02}-{d:02}");
        TimelineItem {
            doc: 0,
            event: 0,
            kind,
            name: Some(name.into()),
            sides: String::new(),
            span: Some((days_from_civil(s.0, s.1, s.2), days_from_civil(e.0, e.1, e.2))),
            dates: String::new(),
            coarse: false,
            start: Some(iso(s)),
            end: Some(iso(e)),
        }
    }

    #[test]
    fn labels_fit_and_never_overlap() {
        let measure = |s: &str, f: Font| s.chars().count() as f64 * if f == Font::Small { 6.0 } else { 7.0 };
        let mut items = Vec::new();
        for d in 1..=20u32 {
            let kind = if d % 3 == 0 { EventType::Visit } else { EventType::Exercise };
            items.push(item(
                &format!("A rather long exercise name number {d}"),
                kind,
                (2025, 3, d),
                (2025, 3, d + 2),
            ));
        }
        items.push(item("Last", EventType::Agreement, (2025, 4, 30), (2025, 4, 30)));
        for width in [360.0, 800.0, 1400.0] {
            let l = lay_out(&items, width, Ui::Fr, &measure);
            assert_eq!(l.marks.len(), items.len());
            for (i, a) in l.marks.iter().enumerate() {
                assert!(a.rect.x >= l.left - 0.5 && a.rect.x + a.rect.w <= width, "{width}: {a:?}");
                for b in &l.marks[i + 1..] {
                    assert!(!a.rect.overlaps(&b.rect), "{width}: {} / {}", a.text, b.text);
                    let bar = Rect { x: b.x0, y: b.y + 6.0, w: b.x1 - b.x0, h: 14.0 };
                    assert!(!a.rect.overlaps(&bar), "{width}: label {} on bar {}", a.text, b.text);
                }
            }
            let labelled: Vec<&TickMark> = l.ticks.iter().filter(|t| t.label.is_some()).collect();
            assert!(labelled.len() >= 2, "{width}: {labelled:?}");
            for w in labelled.windows(2) {
                let end = w[0].x + 3.0 + measure(w[0].label.as_deref().unwrap(), Font::Small);
                assert!(end + 8.0 <= w[1].x + 3.0, "{width}: tick labels touch: {w:?}");
            }
        }
        // at 360 px the long names are shortened, and the last event's label hangs left of its end
        let l = lay_out(&items, 360.0, Ui::Fr, &measure);
        assert!(l.marks.iter().any(|m| m.text.ends_with('…') && m.full.starts_with(&m.text[..5])));
        assert!(l.marks.iter().any(|m| m.anchor == Anchor::End));
    }
}
