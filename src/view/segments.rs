//! The article as segments: the text cut at every mention and evidence boundary, grouped in
//! chunks for drawing. Pure functions (no DOM), tested natively.

use trame_engine::{DocumentAnalysis, EntityType, Span};

/// A piece of the article text and how it is marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The text (inserted as a text node, never as HTML).
    pub text: String,
    /// The mention covering it: entity index in `DocumentAnalysis::entities`.
    pub entity: Option<usize>,
    /// Whether it lies in the selected evidence.
    pub evidence: bool,
}

/// Splits the text at every mention and evidence boundary. Nested mentions (a country inside an
/// organization's name) yield to the outer one. Offsets are code points, as in the analysis.
pub fn segments(doc: &DocumentAnalysis, evidence: &[Span]) -> Vec<Segment> {
    let chars: Vec<char> = doc.text.chars().collect();
    let n = chars.len();
    // the entity of each code point (outermost mention wins: longer spans first)
    let mut spans: Vec<(usize, usize, usize)> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
        .filter(|&(s, e, _)| s < e && e <= n)
        .collect();
    spans.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    let mut owner: Vec<Option<usize>> = vec![None; n];
    let mut start_of: Vec<bool> = vec![false; n + 1];
    for (s, e, i) in spans {
        if owner[s..e].iter().all(Option::is_none) {
            owner[s..e].iter_mut().for_each(|o| *o = Some(i));
            start_of[s] = true;
            start_of[e] = true;
        }
    }
    let mut in_evidence = vec![false; n];
    for sp in evidence {
        let (s, e) = (sp.start.min(n), sp.end.min(n));
        in_evidence[s..e].iter_mut().for_each(|x| *x = true);
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut cur = String::new();
    let mut key = (None, false);
    for (k, &c) in chars.iter().enumerate() {
        let here = (owner[k], in_evidence[k]);
        if (here != key || start_of[k]) && !cur.is_empty() {
            out.push(Segment { text: std::mem::take(&mut cur), entity: key.0, evidence: key.1 });
        }
        key = here;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(Segment { text: cur, entity: key.0, evidence: key.1 });
    }
    out
}

/// Consecutive segments grouped into chunks of about `size` characters (never splitting a
/// segment), each with the code-point offset where it starts: long articles are drawn chunk by
/// chunk, and a new selection redraws only the chunks it touches.
pub fn chunks(segments: Vec<Segment>, size: usize) -> Vec<(usize, Vec<Segment>)> {
    let mut out: Vec<(usize, Vec<Segment>)> = Vec::new();
    let (mut start, mut len) = (0, 0);
    let mut cur = Vec::new();
    for mut s in segments {
        let n = s.text.chars().count();
        // break after a line end once the chunk is big enough (inside plain text, never in a
        // mention), or anywhere when no line ends for far too long
        if s.entity.is_none() && len + n >= size {
            if let Some(cut) = s.text.rfind('\n').map(|i| i + 1) {
                let rest = s.text.split_off(cut);
                len += s.text.chars().count();
                cur.push(s);
                out.push((start, std::mem::take(&mut cur)));
                start += len;
                len = 0;
                if rest.is_empty() {
                    continue;
                }
                s = Segment { text: rest, entity: None, evidence: false };
            }
        }
        len += s.text.chars().count();
        cur.push(s);
        if len >= size * 4 {
            out.push((start, std::mem::take(&mut cur)));
            start += len;
            len = 0;
        }
    }
    if !cur.is_empty() || out.is_empty() {
        out.push((start, cur));
    }
    out
}

/// The segments of one chunk (starting at code point `offset`) with the evidence `spans` (whole-text
/// offsets) marked: segments are split where the evidence starts or ends.
pub fn with_evidence(base: &[Segment], offset: usize, spans: &[(usize, usize)]) -> Vec<Segment> {
    if spans.is_empty() {
        return base.to_vec();
    }
    let mut out = Vec::new();
    let mut at = offset;
    for seg in base {
        let mut cur = String::new();
        let mut flag = None;
        for c in seg.text.chars() {
            let ev = spans.iter().any(|&(s, e)| s <= at && at < e);
            if flag.is_some_and(|f| f != ev) {
                out.push(Segment { text: std::mem::take(&mut cur), entity: seg.entity, evidence: !ev });
            }
            flag = Some(ev);
            cur.push(c);
            at += 1;
        }
        if let Some(ev) = flag {
            out.push(Segment { text: cur, entity: seg.entity, evidence: ev });
        }
    }
    out
}

/// The CSS class and the legend label of an entity type.
pub fn type_class(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "m-person",
        EntityType::Country => "m-country",
        EntityType::Organization => "m-organization",
        EntityType::Place => "m-place",
        EntityType::Date => "m-date",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_engine::{analyze, Document};

    #[test]
    fn segments_cover_the_text_and_mark_mentions() {
        let doc = analyze(&Document::new("t", "😀 La Chine et la Russie <b>coopèrent</b>."));
        let segs = segments(&doc, &[]);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, doc.text);
        let marked: Vec<&str> = segs.iter().filter(|s| s.entity.is_some()).map(|s| s.text.as_str()).collect();
        assert_eq!(marked, ["Chine", "Russie"]);
    }

    #[test]
    fn evidence_splits_segments() {
        let doc = analyze(&Document::new("t", "abc Chine def"));
        let segs = segments(&doc, &[Span { start: 0, end: 2 }]);
        assert_eq!(segs[0], Segment { text: "ab".into(), entity: None, evidence: true });
    }

    #[test]
    fn chunks_mark_their_own_evidence_like_the_whole_text() {
        let text = "La Chine et la Russie.\n".repeat(40);
        let doc = analyze(&Document::new("t", &text));
        let evidence = [Span { start: 3, end: 30 }, Span { start: 400, end: 410 }];
        let chunked = chunks(segments(&doc, &[]), 100);
        assert!(chunked.len() > 5, "{}", chunked.len());
        // chunks end at line ends
        for (_, segs) in &chunked[..chunked.len() - 1] {
            assert!(segs.last().unwrap().text.ends_with('\n'));
        }
        let mut at = 0;
        let mut joined = Vec::new();
        for (offset, segs) in &chunked {
            assert_eq!(*offset, at, "chunks follow each other");
            at += segs.iter().map(|s| s.text.chars().count()).sum::<usize>();
            let spans: Vec<(usize, usize)> = evidence.iter().map(|s| (s.start, s.end)).collect();
            joined.extend(with_evidence(segs, *offset, &spans));
        }
        assert_eq!(at, text.chars().count());
        let flat = |segs: &[Segment]| -> Vec<(char, Option<usize>, bool)> {
            segs.iter().flat_map(|s| s.text.chars().map(move |c| (c, s.entity, s.evidence))).collect()
        };
        assert_eq!(flat(&joined), flat(&segments(&doc, &evidence)));
    }
}
