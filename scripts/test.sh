#!/usr/bin/env bash
# Runs every test of Trame: formatting, lints, native unit and integration tests (with the dev-set
# score guard), wasm tests in headless Chromium, the browser end-to-end tests, and the Python
# package with its Spark job (scripts/test-python.sh).
# Installs what is missing first (scripts/setup-tools.sh skips what is already there).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-tools.sh
export PATH="$root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# A one-shot CI build gains nothing from incremental artifacts, and they take gigabytes of disk.
if [ "${CI:-}" = "true" ]; then
    export CARGO_INCREMENTAL=0
fi

step "format"
cargo fmt --all --check

step "lints (native)"
cargo clippy --workspace --all-targets -- -D warnings

step "lints (wasm)"
cargo clippy -p trame-web -p trame-engine --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native unit and integration tests"
cargo test --workspace

step "wasm tests in headless Chromium"
cargo test -p trame-web --target wasm32-unknown-unknown

step "end-to-end tests in headless Chromium"
bash scripts/e2e.sh

step "Python package and Spark job"
bash scripts/test-python.sh

step "all tests passed"
