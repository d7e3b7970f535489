//! `trame analyze FILE...`: prints the analysis JSON.
use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::SUCCESS
}
