#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:8080.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
TRAME_SKIP_BROWSER="${TRAME_SKIP_BROWSER:-1}" bash scripts/setup-tools.sh
export PATH="$root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
echo "Trame is served on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
