//! Whole articles written for these tests (French and English), each with the facts the engine
//! must find in `corpus/NAME.expect`. A failure prints what was expected and what was found.

use std::path::Path;

use trame_engine::{analyze, Document, DocumentAnalysis};

use crate::util::find;

/// Checks one expectation line; returns a description of the miss.
fn check(a: &DocumentAnalysis, line: &str) -> Result<(), String> {
    let (what, rest) = line.split_once(' ').ok_or("malformed line")?;
    match what {
        "entity" => {
            let (kind, name) = rest.split_once(' ').ok_or("malformed entity line")?;
            let e = find(a, name).ok_or_else(|| format!("no entity named {name:?}"))?;
            (e.kind.as_str() == kind).then_some(()).ok_or_else(|| format!("{name:?} is {:?}", e.kind))
        }
        "event" => {
            let mut parts = rest.split(' ');
            let kind = parts.next().unwrap_or("");
            let attrs: Vec<(&str, String)> = rest
                .split(" name=")
                .nth(1)
                .map(|n| {
                    (
                        "name",
                        n.split(" start=").next().unwrap_or(n).split(" end=").next().unwrap_or(n).to_string(),
                    )
                })
                .into_iter()
                .chain(
                    parts
                        .filter_map(|p| p.split_once('='))
                        .filter(|(k, _)| *k != "name")
                        .map(|(k, v)| (k, v.to_string())),
                )
                .collect();
            let ok = a.events.iter().any(|v| {
                v.kind.as_str() == kind
                    && attrs.iter().all(|(k, val)| match *k {
                        "name" => v.name.as_deref() == Some(val.as_str()) || v.aliases.contains(val),
                        "start" => v.start.as_deref() == Some(val.as_str()),
                        "end" => v.end.as_deref() == Some(val.as_str()),
                        _ => true,
                    })
            });
            ok.then_some(()).ok_or_else(|| "no such event".to_string())
        }
        "relation" => {
            let (kind, pair) = rest.split_once(' ').ok_or("malformed relation line")?;
            // names may hold spaces: try every split point
            let words: Vec<&str> = pair.split(' ').collect();
            let found = (1..words.len()).any(|i| {
                let (s, t) = (words[..i].join(" "), words[i..].join(" "));
                let (Some(se), Some(te)) = (find(a, &s), find(a, &t)) else { return false };
                a.relations.iter().any(|r| {
                    r.kind.as_str() == kind
                        && (r.source == se.id && r.target == te.id
                            || kind == "cooperation" && r.source == te.id && r.target == se.id)
                })
            });
            found.then_some(()).ok_or_else(|| "no such relation".to_string())
        }
        "participant" => {
            let (kind, name) = rest.split_once(' ').ok_or("malformed participant line")?;
            let e = find(a, name).ok_or_else(|| format!("no entity named {name:?}"))?;
            let ok = a.events.iter().any(|v| v.kind.as_str() == kind && v.participants.contains(&e.id));
            ok.then_some(()).ok_or_else(|| format!("{name:?} takes part in no {kind} event"))
        }
        // what must not be found: "not entity person Griffin Lightning", "not participant exercise X"
        "not" => match check(a, rest) {
            Ok(()) => Err("found, but must not be".to_string()),
            Err(_) => Ok(()),
        },
        other => Err(format!("unknown expectation {other:?}")),
    }
}

fn run_case(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("article");
    let expect = std::fs::read_to_string(dir.join(format!("{name}.expect"))).expect("expectations");
    let date =
        expect.lines().find_map(|l| l.split("Reference date given to the test: ").nth(1)).map(str::to_string);
    let doc = Document { source: format!("{name}.txt"), text, date, lang: None };
    let a = analyze(&doc);
    let misses: Vec<String> = expect
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| check(&a, l).err().map(|e| format!("  {l}\n    -> {e}")))
        .collect();
    if !misses.is_empty() {
        let found: Vec<String> = a
            .entities
            .iter()
            .map(|e| {
                format!("{} {} {:?} {}", e.id, e.kind.as_str(), e.name, e.value.clone().unwrap_or_default())
            })
            .chain(
                a.events
                    .iter()
                    .map(|v| format!("{} {} {:?} {:?}..{:?}", v.id, v.kind.as_str(), v.name, v.start, v.end)),
            )
            .chain(a.relations.iter().map(|r| format!("{} {} -> {}", r.kind.as_str(), r.source, r.target)))
            .collect();
        panic!("{name}: {} missed:\n{}\nfound:\n  {}", misses.len(), misses.join("\n"), found.join("\n  "));
    }
}

#[test]
fn french_japan_india_exercise() {
    run_case("fr_japon_inde");
}

#[test]
fn english_russia_north_korea_visit() {
    run_case("en_russia_dprk");
}

#[test]
fn french_iran_russia_drill() {
    run_case("fr_iran_russie");
}

#[test]
fn english_nato_baltic_exercise() {
    run_case("en_nato_baltic");
}

#[test]
fn english_us_japan_talks() {
    run_case("en_us_japan");
}

#[test]
fn french_france_india_visit() {
    run_case("fr_france_inde");
}

#[test]
fn english_maritime_security_belt() {
    run_case("en_maritime_belt");
}

#[test]
fn english_zapad_dateline() {
    run_case("en_zapad");
}

#[test]
fn english_malabar_exercise_with_headline_and_byline() {
    run_case("en_malabar");
}

#[test]
fn english_freedom_shield_critics_are_not_participants() {
    run_case("en_freedom_shield");
}

#[test]
fn english_lithuania_brigade_visit() {
    run_case("en_lithuania_brigade");
}

#[test]
fn french_japan_philippines_agreement() {
    run_case("fr_japon_philippines");
}

#[test]
fn french_sino_russian_air_patrol() {
    run_case("fr_patrouille_sino_russe");
}

#[test]
fn english_two_named_exercises_stay_apart() {
    run_case("en_golden_dragon");
}

#[test]
fn english_global_times_style_exercise_with_related_headlines() {
    run_case("en_northern_interaction");
}

#[test]
fn french_visit_dated_by_its_event_not_its_report() {
    run_case("fr_choigou_pyongyang");
}

#[test]
fn english_acronyms_in_parentheses_and_countries_inside_names() {
    run_case("en_spy_agency");
}
