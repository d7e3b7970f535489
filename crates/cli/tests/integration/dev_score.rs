//! Guards the scores: runs `trame analyze` on a set of articles, scores the output with
//! ../shared/eval/score.py and fails when a score drops below its floor. Two sets: the shared dev
//! set (../shared/eval/dev, floors in dev_floors.json) and our own ten articles, written and
//! annotated for Trame by the guidelines without looking at its output (own_set/, floors in
//! own_floors.json).
//!
//! Each article is analysed on its own with the reference date its set's `index.tsv` gives (as
//! `../shared/eval/run_set.py` does), so the scores here are the ones the evaluation reports.
//! Missing data is a failure, never a silent pass: a guard that cannot run guards nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval")
}

/// Reads `index.tsv` (file, lang, date, url; a header line first) into file → reference date.
/// A set without an index has no dates: every article then carries its own.
fn reference_dates(set: &Path) -> HashMap<String, String> {
    let Ok(index) = std::fs::read_to_string(set.join("index.tsv")) else { return HashMap::new() };
    index
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let date = cols.get(2).filter(|d| !d.trim().is_empty())?;
            Some((cols[0].to_string(), date.trim().to_string()))
        })
        .collect()
}

/// Analyses every article of `set/text` with its date, gathers the documents into one analysis
/// and returns score.py's JSON scores against `set/gold`.
fn score_set(name: &str, set: &Path) -> serde_json::Value {
    let eval = eval_dir();
    assert!(
        eval.join("score.py").exists(),
        "{name}: the scorer {} is missing; the score guard cannot run without ../shared/eval",
        eval.join("score.py").display()
    );
    let mut texts: Vec<_> = std::fs::read_dir(set.join("text"))
        .unwrap_or_else(|e| panic!("{name}: cannot read {}: {e}", set.join("text").display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    assert!(!texts.is_empty(), "{name}: no articles in {}", set.join("text").display());
    let dates = reference_dates(set);
    let mut documents = Vec::new();
    for text in &texts {
        let file = text.file_name().unwrap().to_string_lossy().to_string();
        let mut cmd = Command::new(crate::util::TRAME);
        cmd.arg("analyze");
        if let Some(date) = dates.get(&file) {
            cmd.args(["--date", date]);
        }
        let out = cmd.arg(text).output().unwrap();
        assert!(out.status.success(), "{name}: {file}: {}", String::from_utf8_lossy(&out.stderr));
        let analysis: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for mut doc in analysis["documents"].as_array().cloned().unwrap_or_default() {
            doc["source"] = file.clone().into();
            documents.push(doc);
        }
    }
    let dir = std::env::temp_dir().join(format!("trame-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (analysis, scores) = (dir.join("analysis.json"), dir.join("scores.json"));
    std::fs::write(&analysis, serde_json::json!({ "documents": documents }).to_string()).unwrap();
    let run = Command::new("python3")
        .arg(eval.join("score.py"))
        .arg(set.join("gold"))
        .arg(&analysis)
        .arg("--json")
        .arg(&scores)
        .output()
        .expect("python3 runs the scorer");
    println!("{}", String::from_utf8_lossy(&run.stdout));
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    serde_json::from_slice(&std::fs::read(&scores).unwrap()).unwrap()
}

/// Checks each floor of `floors` (JSON: score name → minimum) against `got`.
fn check_floors(name: &str, got: &serde_json::Value, floors: &str) {
    let floors: serde_json::Value = serde_json::from_str(floors).expect("floors are JSON");
    for (key, floor) in floors.as_object().unwrap() {
        let value = if key.contains(' ') && !key.starts_with("entities") {
            got[key].as_f64() // attribute ratios: "start date"
        } else {
            got[key]["f1"].as_f64()
        };
        let value = value.unwrap_or_else(|| panic!("{name}: the scorer gave no {key:?}"));
        let floor = floor.as_f64().unwrap();
        assert!(value + 1e-9 >= floor, "{name}: {key}: {value:.3} fell below the floor {floor:.3}");
    }
}

#[test]
fn dev_scores_stay_above_their_floors() {
    let dev = eval_dir().join("dev");
    let got = score_set("dev", &dev);
    check_floors("dev", &got, include_str!("../dev_floors.json"));
}

#[test]
fn own_set_scores_stay_above_their_floors() {
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/own_set");
    let got = score_set("own", &own);
    check_floors("own", &got, include_str!("../own_floors.json"));
}
