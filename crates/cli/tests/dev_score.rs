//! Guards the dev-set scores: runs `trame analyze` on ../shared/eval/dev/text, scores the output with
//! ../shared/eval/score.py and fails when a score drops below the floor in dev_floors.json.

use std::path::Path;
use std::process::Command;

#[test]
fn dev_scores_stay_above_their_floors() {
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if !eval.join("score.py").exists() {
        eprintln!("note: {} not found, dev-set guard skipped", eval.display());
        return;
    }
    let mut texts: Vec<_> = std::fs::read_dir(eval.join("dev/text"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let out = Command::new(env!("CARGO_BIN_EXE_trame")).arg("analyze").args(&texts).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = std::env::temp_dir().join(format!("trame-dev-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (analysis, scores) = (dir.join("analysis.json"), dir.join("scores.json"));
    std::fs::write(&analysis, &out.stdout).unwrap();
    let run = Command::new("python3")
        .arg(eval.join("score.py"))
        .arg(eval.join("dev/gold"))
        .arg(&analysis)
        .arg("--json")
        .arg(&scores)
        .output()
        .expect("python3 runs the scorer");
    println!("{}", String::from_utf8_lossy(&run.stdout));
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let got: serde_json::Value = serde_json::from_slice(&std::fs::read(&scores).unwrap()).unwrap();
    let floors: serde_json::Value =
        serde_json::from_str(include_str!("dev_floors.json")).expect("dev_floors.json is JSON");
    for (key, floor) in floors.as_object().unwrap() {
        let value = if key.contains(' ') && !key.starts_with("entities") {
            got[key].as_f64().unwrap_or(0.0) // attribute ratios: "start date"
        } else {
            got[key]["f1"].as_f64().unwrap_or(0.0)
        };
        let floor = floor.as_f64().unwrap();
        assert!(value + 1e-9 >= floor, "{key}: {value:.3} fell below the floor {floor:.3}");
    }
}
