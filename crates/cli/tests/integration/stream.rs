//! `trame analyze --jsonl` and `trame link`: order, errors by line, equality with `analyze`.

use crate::util::{json, temp, trame};

/// A few documents in our own words, one of them repeated under another id so linking has an
/// occurrence to find.
fn texts() -> Vec<(String, String)> {
    let base = [
        "La Chine et la Russie ont mené l'exercice naval conjoint Mer commune du 3 au 9 juillet 2024 près de Vladivostok.",
        "The United States and the Philippines held joint patrols in the South China Sea on 12 March 2024.",
        "Le ministre indien de la Défense a rencontré son homologue japonais à Tokyo le 4 mai 2024.",
    ];
    let mut out: Vec<(String, String)> =
        (0..12).map(|i| (format!("doc{i}"), base[i % base.len()].to_string())).collect();
    out.push(("again".into(), base[0].into()));
    out
}

fn jsonl(docs: &[(String, String)], bad_at: Option<usize>) -> String {
    let mut s = String::new();
    for (i, (id, text)) in docs.iter().enumerate() {
        if bad_at == Some(i) {
            s.push_str("{\"id\": not json\n");
        }
        let line = serde_json::json!({ "id": id, "text": text, "date": "2024-07-01", "lang": null });
        s.push_str(&format!("{line}\n"));
    }
    s
}

#[test]
fn jsonl_writes_each_document_as_analyze_does_in_input_order() {
    let docs = texts();
    let input = temp("docs.jsonl", jsonl(&docs, None).as_bytes());
    for jobs in ["1", "3"] {
        let out = trame(&["analyze", "--jsonl", "--jobs", jobs, input.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), docs.len());
        for ((id, text), got) in docs.iter().zip(&lines) {
            let file = temp(id, text.as_bytes());
            let one = json(&trame(&["analyze", "--date", "2024-07-01", file.to_str().unwrap()]));
            assert_eq!(&one["documents"][0], got, "{id}");
        }
    }
}

#[test]
fn a_bad_line_is_named_and_the_others_go_on() {
    let docs = texts();
    let input = temp("bad.jsonl", jsonl(&docs, Some(2)).as_bytes());
    let out = trame(&["analyze", "--jsonl", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), docs.len());
}

#[test]
fn link_merges_actors_and_events_across_documents() {
    let docs = texts();
    let input = temp("link.jsonl", jsonl(&docs, None).as_bytes());
    let out = trame(&["analyze", "--jsonl", input.to_str().unwrap()]);
    let analyses = temp("analyses.jsonl", &out.stdout);
    let linked = trame(&["link", analyses.to_str().unwrap()]);
    assert!(linked.status.success(), "{}", String::from_utf8_lossy(&linked.stderr));
    let v = json(&linked);
    let china = v["actors"].as_array().unwrap().iter().find(|a| a["key"] == "CHN").expect("China");
    assert_eq!(china["documents"].as_array().unwrap().len(), 5);
    let shared = v["events"].as_array().unwrap().iter().filter(|e| e["occurrence"].is_string()).count();
    assert!(shared >= 1, "{v}");
    // the analysis JSON of `trame analyze` links the same way
    let files: Vec<_> = docs.iter().map(|(id, t)| temp(&format!("{id}.txt"), t.as_bytes())).collect();
    let mut args = vec!["analyze", "--date", "2024-07-01"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let whole = temp("whole.json", &trame(&args).stdout);
    let again = json(&trame(&["link", whole.to_str().unwrap()]));
    assert_eq!(again["events"].as_array().unwrap().len(), v["events"].as_array().unwrap().len());
}
