#!/usr/bin/env bash
# Builds the release site, serves it on a free localhost port, runs the browser end-to-end tests
# (tests/e2e, node's test runner + playwright-core + Debian chromium), then stops the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# TRAME_SKIP_BUILD=1 reuses dist/ (and target/release/trame, which bench.test.mjs runs) as they are
if [ -z "${TRAME_SKIP_BUILD:-}" ]; then
  trunk build --release
  cargo build --release -q -p trame-cli
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" >/dev/null && break
  sleep 0.1
done
cd tests/e2e
TRAME_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 "$@" ${TRAME_TESTS:-*.test.mjs}
