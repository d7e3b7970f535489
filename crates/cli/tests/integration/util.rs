//! Helpers shared by the command line's integration tests.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The `trame` binary Cargo built for these tests.
pub const TRAME: &str = env!("CARGO_BIN_EXE_trame");

/// Writes `bytes` to a file `name` in this run's temporary directory; returns its path.
pub fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("trame-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `trame` with `args`.
pub fn trame(args: &[&str]) -> Output {
    Command::new(TRAME).args(args).output().unwrap()
}

/// The JSON `trame` printed.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}
