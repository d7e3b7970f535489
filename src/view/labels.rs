//! Labels that fit: each label is given a box beside its mark, inside the drawing, covering no mark
//! and no other label; a label with no free place is shortened, and dropped as a last resort (its
//! full text stays in the mark's tooltip). Pure functions over boxes, with the text width given by
//! the caller (the page measures it with the browser's font, the tests with a fixed width).

/// An axis-aligned box: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Whether the two boxes share some area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// Whether the box lies within `0..width` × `0..height`.
    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.w <= width && self.y + self.h <= height
    }
}

/// How a label's text is anchored at its `x` (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `x` is the left end.
    Start,
    /// `x` is the middle.
    Middle,
    /// `x` is the right end.
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A placed label.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The text drawn (maybe shortened with `…`).
    pub text: String,
    /// Whether `text` is shorter than the full name.
    pub shortened: bool,
    /// Anchor point: `x` as the anchor says, `y` the baseline.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// How the text hangs from `x`.
    pub anchor: Anchor,
    /// The box the text covers.
    pub rect: Rect,
}

/// Height of a label's box (12 px text) and where its baseline lies from the box's top.
pub const LINE: f64 = 15.0;
const BASELINE: f64 = 11.5;

/// `name` cut to at most `max` characters, the last one `…`; the name itself when short enough.
pub fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let mut s: String = name.chars().take(max.saturating_sub(1)).collect();
    s = s.trim_end().to_string();
    s.push('…');
    s
}

/// A uniform grid of boxes, so that a box meets only its neighbours' boxes (placing n labels is
/// then about linear in n rather than quadratic).
pub struct Grid {
    cell: f64,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<usize>>,
    rects: Vec<Rect>,
}

impl Grid {
    /// An empty grid over `width` × `height`.
    pub fn new(width: f64, height: f64, cell: f64) -> Grid {
        let cols = (width / cell).ceil().max(1.0) as usize;
        let rows = (height / cell).ceil().max(1.0) as usize;
        Grid { cell, cols, rows, cells: vec![Vec::new(); cols * rows], rects: Vec::new() }
    }

    fn span(&self, r: &Rect) -> (std::ops::RangeInclusive<usize>, std::ops::RangeInclusive<usize>) {
        let c = |v: f64, n: usize| ((v / self.cell).floor().max(0.0) as usize).min(n - 1);
        (c(r.x, self.cols)..=c(r.x + r.w, self.cols), c(r.y, self.rows)..=c(r.y + r.h, self.rows))
    }

    /// Adds a box.
    pub fn insert(&mut self, r: Rect) {
        let id = self.rects.len();
        self.rects.push(r);
        let (xs, ys) = self.span(&r);
        for y in ys {
            for x in xs.clone() {
                self.cells[y * self.cols + x].push(id);
            }
        }
    }

    /// Whether `r` overlaps a box of the grid.
    pub fn hits(&self, r: &Rect) -> bool {
        let (xs, ys) = self.span(r);
        ys.into_iter().any(|y| {
            xs.clone().any(|x| self.cells[y * self.cols + x].iter().any(|&i| self.rects[i].overlaps(r)))
        })
    }
}

/// The places tried for the label of a round mark at (`cx`, `cy`) of radius `r`, best first:
/// right, left, above, below, then the four corners.
fn candidates(cx: f64, cy: f64, r: f64, w: f64) -> [(f64, f64, Anchor, Rect); 8] {
    let gap = 3.0;
    let side = |x: f64, anchor: Anchor, left: f64| {
        (x, cy - LINE / 2.0 + BASELINE, anchor, Rect { x: left, y: cy - LINE / 2.0, w, h: LINE })
    };
    let level = |top: f64, x: f64, anchor: Anchor, left: f64| {
        (x, top + BASELINE, anchor, Rect { x: left, y: top, w, h: LINE })
    };
    let (above, below) = (cy - r - gap - LINE, cy + r + gap);
    let d = r + 1.0;
    [
        side(cx + r + gap, Anchor::Start, cx + r + gap),
        side(cx - r - gap, Anchor::End, cx - r - gap - w),
        level(above, cx, Anchor::Middle, cx - w / 2.0),
        level(below, cx, Anchor::Middle, cx - w / 2.0),
        level(cy - d - LINE, cx + d, Anchor::Start, cx + d),
        level(cy + d, cx + d, Anchor::Start, cx + d),
        level(cy - d - LINE, cx - d, Anchor::End, cx - d - w),
        level(cy + d, cx - d, Anchor::End, cx - d - w),
    ]
}

/// Labels for round marks of radius `r` at `points`, named `names`, in a `width` × `height`
/// drawing: each label takes the first free place of [`candidates`] inside the drawing, covering
/// no mark and no label placed before it (marks listed first are labelled first); names longer
/// than `max` characters are shortened, then to 12 characters when no place is free; a label that
/// still finds no place is `None`. `measure` gives a text's width in pixels.
pub fn place_round(
    points: &[(f64, f64)],
    names: &[String],
    r: f64,
    (width, height): (f64, f64),
    max: usize,
    measure: &dyn Fn(&str) -> f64,
) -> Vec<Option<Label>> {
    let mut grid = Grid::new(width, height, 48.0);
    for &(x, y) in points {
        grid.insert(Rect { x: x - r - 1.0, y: y - r - 1.0, w: 2.0 * r + 2.0, h: 2.0 * r + 2.0 });
    }
    let mut out = Vec::with_capacity(points.len());
    for (&(cx, cy), name) in points.iter().zip(names) {
        let mut found = None;
        for limit in [max, 12] {
            let text = shorten(name, limit);
            let w = measure(&text).ceil() + 1.0;
            let free = candidates(cx, cy, r, w)
                .into_iter()
                .find(|(.., rect)| rect.inside(width, height) && !grid.hits(rect));
            if let Some((x, y, anchor, rect)) = free {
                found = Some(Label { shortened: text != *name, text, x, y, anchor, rect });
                break;
            }
            if name.chars().count() <= 12 {
                break;
            }
        }
        if let Some(l) = &found {
            grid.insert(l.rect);
        }
        out.push(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width(s: &str) -> f64 {
        7.0 * s.chars().count() as f64
    }

    #[test]
    fn shortening_keeps_short_names() {
        assert_eq!(shorten("Inde", 10), "Inde");
        assert_eq!(shorten("Organisation du traité", 10), "Organisat…");
        assert_eq!(shorten("ab cd", 4), "ab…");
    }

    #[test]
    fn labels_stay_inside_and_apart() {
        // marks at the edges and a spread of marks: every one keeps its label
        let mut points = vec![(5.0, 5.0), (795.0, 150.0), (200.0, 395.0)];
        for i in 0..24 {
            points.push((40.0 + (i % 6) as f64 * 130.0, 40.0 + (i / 6) as f64 * 90.0));
        }
        let names: Vec<String> = (0..points.len()).map(|i| format!("Actor {i}")).collect();
        let labels = place_round(&points, &names, 9.0, (800.0, 400.0), 24, &width);
        assert!(labels.iter().all(Option::is_some), "{:?}", labels.iter().position(Option::is_none));
        check(&labels, &points, (800.0, 400.0));
        // the mark at the right edge is labelled on its left
        assert_eq!(labels[1].as_ref().map(|l| l.anchor), Some(Anchor::End));
        // a crowd with long names: shortened or dropped, never overlapping
        let crowd: Vec<(f64, f64)> =
            (0..60).map(|i| (20.0 + (i % 10) as f64 * 40.0, 20.0 + (i / 10) as f64 * 45.0)).collect();
        let names: Vec<String> =
            (0..60).map(|i| format!("Actor number {i} with a rather long name")).collect();
        let labels = place_round(&crowd, &names, 9.0, (400.0, 300.0), 24, &width);
        assert!(labels.iter().flatten().count() >= 10, "{}", labels.iter().flatten().count());
        assert!(labels.iter().flatten().all(|l| l.shortened && l.text.chars().count() <= 24));
        check(&labels, &crowd, (400.0, 300.0));
    }

    fn check(labels: &[Option<Label>], points: &[(f64, f64)], (w, h): (f64, f64)) {
        let placed: Vec<&Label> = labels.iter().flatten().collect();
        for (i, a) in placed.iter().enumerate() {
            assert!(a.rect.inside(w, h), "{a:?}");
            for b in &placed[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{a:?} {b:?}");
            }
            for &(x, y) in points {
                let mark = Rect { x: x - 9.0, y: y - 9.0, w: 18.0, h: 18.0 };
                assert!(!a.rect.overlaps(&mark), "{a:?} covers the mark at {x},{y}");
            }
        }
    }
}
