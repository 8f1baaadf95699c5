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

echo
echo "== sizes (bytes)"
printf '%-36s %10s %10s %10s\n' file raw gzip-9 brotli
for f in target/site/*.wasm target/site/*.js target/site/*.css dist/massage-advisor.js dist/massage-advisor.html; do
  printf '%-36s %10s %10s %10s\n' "$(echo "$f" | sed 's/-[0-9a-f]\{16\}//')" \
    "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)" "$(brotli -c -q 11 "$f" 2>/dev/null | wc -c || echo -)"
done

echo
echo "== load: navigation to the first step rendered (headless Chromium, median of 7)"
node scripts/bench-load.mjs
