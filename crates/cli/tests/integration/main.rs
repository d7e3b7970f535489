//! The command line's integration tests, one binary (as ripgrep's `tests/tests.rs`):
//!
//! - `cli`: output, errors and exit codes of `trame analyze`;
//! - `stream`: `trame analyze --jsonl` and `trame link`;
//! - `dev_score`: the score guard on the dev set and on our own set (fails when data is missing).

mod cli;
mod dev_score;
mod stream;
mod util;
