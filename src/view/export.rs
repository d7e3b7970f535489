//! Exports of the corpus in other tools' formats: CSV tables (actors, events, relations) and the
//! network as GraphML. Pure functions returning text; the components offer them as downloads.

use trame_engine::{DocumentAnalysis, RelationType};

use crate::view::network::{Edge, Node};

/// One CSV field, quoted when needed (RFC 4180); formulas are neutralised for spreadsheets.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(rows: Vec<Vec<String>>) -> String {
    // a byte-order mark so spreadsheets read UTF-8
    let mut out = String::from("\u{feff}");
    for r in rows {
        out.push_str(&r.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Actors, events and relations of several documents as three CSV files.
pub fn csv_exports(docs: &[DocumentAnalysis]) -> [(String, String); 3] {
    let mut actors = vec![["document", "id", "name", "type", "aliases", "mentions", "role", "country"]
        .map(String::from)
        .to_vec()];
    let mut events = vec![["document", "id", "type", "name", "start", "end", "place", "participants"]
        .map(String::from)
        .to_vec()];
    let mut relations = vec![["document", "type", "source", "target", "evidence"].map(String::from).to_vec()];
    for d in docs {
        let name =
            |id: &str| d.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        for e in &d.entities {
            actors.push(vec![
                d.source.clone(),
                e.id.clone(),
                e.name.clone(),
                e.kind.as_str().to_string(),
                e.aliases.join(" | "),
                e.mentions.len().to_string(),
                e.role.clone().or_else(|| e.value.clone()).unwrap_or_default(),
                e.country.as_deref().map(name).unwrap_or_default(),
            ]);
        }
        for v in &d.events {
            events.push(vec![
                d.source.clone(),
                v.id.clone(),
                v.kind.as_str().to_string(),
                v.name.clone().unwrap_or_default(),
                v.start.clone().unwrap_or_default(),
                v.end.clone().unwrap_or_default(),
                v.place.as_deref().map(name).unwrap_or_default(),
                v.participants.iter().map(|p| name(p)).collect::<Vec<_>>().join(" | "),
            ]);
        }
        let chars: Vec<char> = d.text.chars().collect();
        for r in &d.relations {
            let ev = r
                .evidence
                .first()
                .map(|s| chars[s.start.min(chars.len())..s.end.min(chars.len())].iter().collect())
                .unwrap_or_default();
            relations.push(vec![
                d.source.clone(),
                r.kind.as_str().to_string(),
                name(&r.source),
                name(&r.target),
                ev,
            ]);
        }
    }
    [
        ("trame-actors.csv".to_string(), csv(actors)),
        ("trame-events.csv".to_string(), csv(events)),
        ("trame-relations.csv".to_string(), csv(relations)),
    ]
}

/// `s` without the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return; U+FFFE and U+FFFF): a name read from a pasted text may hold one ("\u{1}"), and a
/// single one makes a whole GraphML or SVG file unreadable. Every XML the page writes goes
/// through it.
pub fn xml_chars(s: &str) -> String {
    s.chars().filter(|&c| xml_allowed(c)).collect()
}

/// Whether XML 1.0 allows the character `c` in a document.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'
}

/// `s` escaped for XML text and attribute values, forbidden characters dropped ([`xml_chars`]).
fn xml_escape(s: &str) -> String {
    xml_chars(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The network as GraphML (opens in Gephi, yEd, Cytoscape): node name, type and position, edge type
/// and weight.
pub fn graphml(nodes: &[Node], edges: &[Edge]) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n",
        "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n",
        "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n",
        "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n",
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
        "  <graph id=\"trame\" edgedefault=\"directed\">\n",
    ));
    for (i, n) in nodes.iter().enumerate() {
        out.push_str(&format!(
            "    <node id=\"n{i}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"x\">{:.1}</data><data key=\"y\">{:.1}</data></node>\n",
            xml_escape(&n.name),
            n.kind.as_str(),
            n.x,
            n.y
        ));
    }
    for (i, e) in edges.iter().enumerate() {
        let directed = if e.kind == RelationType::Cooperation { " directed=\"false\"" } else { "" };
        out.push_str(&format!(
            "    <edge id=\"r{i}\" source=\"n{}\" target=\"n{}\"{directed}><data key=\"relation\">{}</data><data key=\"weight\">{}</data></edge>\n",
            e.source,
            e.target,
            e.kind.as_str(),
            e.weight
        ));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use trame_engine::{analyze, Document};

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        let [(name, body), ..] = csv_exports(&[analyze(&Document::new("t", "La Chine."))]);
        assert_eq!(name, "trame-actors.csv");
        assert!(body.starts_with("\u{feff}document,id,name"));
        assert!(body.contains("Chine,country"));
    }

    #[test]
    fn xml_outputs_drop_forbidden_characters() {
        for c in (0u32..0x20).filter_map(char::from_u32) {
            let kept = xml_chars(&format!("a{c}b"));
            assert_eq!(kept.chars().count(), if matches!(c, '\t' | '\n' | '\r') { 3 } else { 2 }, "{c:?}");
        }
        assert_eq!(xml_chars("x\u{FFFE}y\u{FFFF}z é 😀"), "xyz é 😀");
        assert_eq!(xml_escape("A\u{1}&B"), "A&amp;B");
    }
}
