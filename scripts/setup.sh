#!/usr/bin/env bash
# Installs every tool the project needs, pinned, skipping whatever is already
# there at the right version. Safe to run again and again.
#
#   scripts/setup.sh            build tools: wasm32 target, wasm-bindgen-cli,
#                               Trunk, npm packages (wasm-opt, Playwright, axe)
#   scripts/setup.sh --browser  the same, plus Debian's Chromium + chromedriver
#
# Only package registries are used (crates.io, npm, Debian): nothing is
# downloaded from anywhere else, and Trunk runs offline.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Tested with this Debian build; the security archive replaces it over time,
# so a newer one is accepted with a warning rather than failing the set-up.
CHROMIUM_VERSION=156.0.8078.79-1~deb12u1
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }
# apt-get as root, or through sudo for a developer's own account.
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
apt_install() {
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # --locked once failed here when a locked dependency was not served.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# npm ci only when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-lock; then
  say "installing npm packages (binaryen, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.setup-lock
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's Chromium and chromedriver"
    if ! apt_install "chromium=$CHROMIUM_VERSION" "chromium-driver=$CHROMIUM_VERSION"; then
      say "WARNING: Chromium $CHROMIUM_VERSION is no longer served; installing the current Debian build"
      apt_install chromium chromium-driver
    fi
  fi
  # A Devanagari font, so that Hindi screens are drawn (and measured) with
  # real glyphs in the tests, as on visitors' devices.
  if ! dpkg -s fonts-lohit-deva >/dev/null 2>&1; then
    say "installing a Devanagari font for the Hindi screens"
    apt_install fonts-lohit-deva
  fi
fi
