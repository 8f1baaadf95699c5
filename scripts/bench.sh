#!/usr/bin/env bash
# `make bench`: speed and size, measured (never asserted by a timed test).
#   1. the engine natively: suggest() over 10,000 random answer sets;
#   2. where the wasm's bytes go (twiggy, pinned, from crates.io);
#   3. in Debian's Chromium, one interleaved run: the snippet page, the
#      plugin's page, the offline file and the one-file module beside a plain
#      HTML form and SurveyJS, at 1x and 4x CPU (scripts/bench-load.mjs).
# Writes the measured part of BENCHMARKS.md and docs/benchmarks.json, and
# prints whether each budget holds. BENCH_ROUNDS=n changes the load count.
set -euo pipefail
cd "$(dirname "$0")/.."

TWIGGY_VERSION=0.7.0
mkdir -p target/bench

echo "==> release build (dist/, as a clinic gets it)"
scripts/dist.sh >/dev/null

echo "==> the engine, natively (cargo bench)"
cargo bench --quiet --bench engine 2>/dev/null | grep "ns/op" | tee target/bench/engine.txt

echo "==> where the wasm's bytes go (twiggy ${TWIGGY_VERSION})"
if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy ${TWIGGY_VERSION}" ]; then
  cargo install --quiet --locked twiggy --version "${TWIGGY_VERSION}"
fi
# Before wasm-opt, which strips the names twiggy needs (and which twiggy
# ${TWIGGY_VERSION} cannot parse after it).
twiggy top -n 1000000 -f csv target/embed/massage_advisor_bg.wasm | node scripts/bench-size.mjs | tee target/bench/twiggy.txt
printf 'after wasm-opt -Oz: %s bytes (%s gzip)\n' \
  "$(stat -c %s target/embed/massage_advisor_bg.opt.wasm)" \
  "$(gzip -9c target/embed/massage_advisor_bg.opt.wasm | wc -c)" | tee -a target/bench/twiggy.txt

echo "==> load, ready, saved and memory in Chromium (${BENCH_ROUNDS:-10} rounds)"
node scripts/bench-load.mjs
