#!/usr/bin/env bash
# Builds dist/: the embeddable module, the self-contained offline page and the
# demo clinic page (see README, "Embed on your page"). Run through `make dist`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The lib as a cdylib (building the wasm from an rlib+cdylib lib loses LTO).
cargo rustc --release --lib --target wasm32-unknown-unknown --crate-type cdylib --quiet
mkdir -p target/embed
wasm-bindgen --target web --no-typescript --out-dir target/embed \
  target/wasm32-unknown-unknown/release/massage_advisor.wasm
wasm-opt -Oz \
  --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  target/embed/massage_advisor_bg.wasm -o target/embed/massage_advisor_bg.opt.wasm
# The first step, rendered natively from the app for the module to show at once.
cargo run --quiet --example prerender > target/embed/prerender.json
node scripts/bundle.mjs
