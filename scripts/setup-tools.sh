#!/usr/bin/env bash
# Installs what building and testing Trame needs, skipping what is already there.
# Works on a machine that reaches only package registries (crates.io, npm, PyPI, Debian).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
mkdir -p "$tools"
TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock.
BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$root/Cargo.toml" | head -n1)
BINARYEN_VERSION=132.0.0

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown
fi

if [ "${TRAME_SKIP_BROWSER:-0}" != 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  fi
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "building trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$BINDGEN_VERSION"; then
  say "building wasm-bindgen-cli $BINDGEN_VERSION (once)"
  # its own lockfile pins a crate the registry lacks: build without --locked
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

if [ ! -x "$tools/node_modules/.bin/wasm-opt" ]; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  npm install --silent --no-audit --no-fund --prefix "$tools" "binaryen@$BINARYEN_VERSION"
fi

if [ "${TRAME_SKIP_BROWSER:-0}" != 1 ] && [ -f "$root/tests/e2e/package.json" ] \
   && [ ! -d "$root/tests/e2e/node_modules/playwright-core" ]; then
  say "installing playwright-core for end-to-end tests (no browser download: Debian chromium is used)"
  (cd "$root/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund)
fi
say "tools ready"
