//! Guards the scores: runs `trame analyze` on a set of articles, scores the output with
//! ../shared/eval/score.py and fails when a score drops below its floor. Two sets: the shared dev
//! set (../shared/eval/dev, floors in dev_floors.json) and our own ten articles, written and
//! annotated for Trame by the guidelines without looking at its output (own_set/, floors in
//! own_floors.json).

use std::path::{Path, PathBuf};
use std::process::Command;

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval")
}

/// Scores the articles of `text` against `gold` and checks each floor.
fn check_floors(name: &str, text: &Path, gold: &Path, floors: &str) {
    let eval = eval_dir();
    if !eval.join("score.py").exists() {
        eprintln!("note: {} not found, {name} guard skipped", eval.display());
        return;
    }
    let mut texts: Vec<_> = std::fs::read_dir(text)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let out = Command::new(env!("CARGO_BIN_EXE_trame")).arg("analyze").args(&texts).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = std::env::temp_dir().join(format!("trame-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (analysis, scores) = (dir.join("analysis.json"), dir.join("scores.json"));
    std::fs::write(&analysis, &out.stdout).unwrap();
    let run = Command::new("python3")
        .arg(eval.join("score.py"))
        .arg(gold)
        .arg(&analysis)
        .arg("--json")
        .arg(&scores)
        .output()
        .expect("python3 runs the scorer");
    println!("{}", String::from_utf8_lossy(&run.stdout));
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let got: serde_json::Value = serde_json::from_slice(&std::fs::read(&scores).unwrap()).unwrap();
    let floors: serde_json::Value = serde_json::from_str(floors).expect("floors are JSON");
    for (key, floor) in floors.as_object().unwrap() {
        let value = if key.contains(' ') && !key.starts_with("entities") {
            got[key].as_f64().unwrap_or(0.0) // attribute ratios: "start date"
        } else {
            got[key]["f1"].as_f64().unwrap_or(0.0)
        };
        let floor = floor.as_f64().unwrap();
        assert!(value + 1e-9 >= floor, "{name}: {key}: {value:.3} fell below the floor {floor:.3}");
    }
}

#[test]
fn dev_scores_stay_above_their_floors() {
    let eval = eval_dir();
    check_floors("dev", &eval.join("dev/text"), &eval.join("dev/gold"), include_str!("dev_floors.json"));
}

#[test]
fn own_set_scores_stay_above_their_floors() {
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/own_set");
    check_floors("own", &own.join("text"), &own.join("gold"), include_str!("own_floors.json"));
}
