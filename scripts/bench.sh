#!/usr/bin/env bash
# Speed and size, measured (never asserted by a timed test):
# the engine's speed natively, the size of what a visitor downloads, and the
# time from navigation to the first rendered step in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== engine speed (cargo bench, release)"
cargo bench --quiet --bench engine 2>/dev/null | grep "ns/op"

[ -f target/site/index.html ] || trunk build --release >/dev/null
[ -f dist/massage-advisor.js ] || scripts/dist.sh >/dev/null

brotli_size() {
  if command -v brotli >/dev/null; then brotli -c -q 11 "$1" | wc -c; else echo "-"; fi
}

echo
echo "== sizes (bytes)"
printf '%-36s %10s %10s %10s\n' file raw gzip-9 brotli
for f in target/site/*.wasm target/site/*.js target/site/*.css dist/massage-advisor.js dist/massage-advisor.html; do
  printf '%-36s %10s %10s %10s\n' "$(echo "$f" | sed 's/-[0-9a-f]\{16\}//')" \
    "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)" "$(brotli_size "$f")"
done

echo
echo "== load: navigation to the first step rendered (headless Chromium, median of 7)"
node scripts/bench-load.mjs
