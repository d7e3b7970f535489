#!/usr/bin/env bash
# Tests Trame's Python package and its Spark job: builds the wheel (pip install ./python, maturin
# from PyPI), then runs the package's tests and the Spark test (local[2]) with pytest, all against
# the command line's output on the same inputs.
#
# Installs what is missing first: a virtual environment in .tools/pyenv with maturin, pytest,
# pyarrow, pandas and pyspark from PyPI, and a headless Java 17 runtime (Debian's package) only
# when `java` is not on the PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
venv="$root/.tools/pyenv"
py="$venv/bin/python"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "python environment (.tools/pyenv)"
[ -x "$py" ] || python3 -m venv "$venv"
if ! "$py" -c "import maturin, pytest, pyarrow, pandas, pyspark" 2>/dev/null; then
    "$py" -m pip install -q --no-cache-dir --upgrade pip
    "$py" -m pip install -q --no-cache-dir maturin pytest pyarrow "pandas<3" pyspark
fi
if ! command -v java >/dev/null; then
    step "headless Java 17 runtime (for Spark)"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless
fi
java -version 2>&1 | head -1

step "format and lints (python/, its own cargo workspace)"
cargo fmt --manifest-path python/Cargo.toml --check
cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

step "the command line the tests compare with"
cargo build --release -q -p trame-cli
export TRAME_CLI="$root/target/release/trame"

step "wheel: pip install ./python"
"$py" -m pip install -q --no-cache-dir --force-reinstall --no-deps ./python

step "package and Spark tests"
tests=(python/tests)
[ -d examples/spark/tests ] && tests+=(examples/spark/tests)
"$py" -m pytest -q "${tests[@]}"
