#!/usr/bin/env bash
# Every check and test, in order, stopping at the first red. Run through
# `make test`, which installs the tools first. Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=target/test-logs
mkdir -p "$logs"

step() { printf '\n==> %s\n' "$*"; }
# Sums the "N passed; M failed" of every cargo / wasm-bindgen-test result line.
cargo_counts() {
  awk '/test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed/) p += $(i - 1); if ($i ~ /^failed/) f += $(i - 1) } }
       END { print p + 0, f + 0 }' "$1"
}

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy -D warnings (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "native tests (domain, locale, storage format)"
cargo test 2>&1 | tee "$logs/native.txt"
read -r native_passed native_failed < <(cargo_counts "$logs/native.txt")

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test components 2>&1 | tee "$logs/component.txt"
read -r component_passed component_failed < <(cargo_counts "$logs/component.txt")

step "release build with wasm-opt (Trunk)"
echo "using $(wasm-opt --version) from $(command -v wasm-opt)"
trunk build --release
wasm=$(ls target/site/*.wasm)
printf 'release wasm: %s bytes (%s gzip)\n' "$(stat -c %s "$wasm")" "$(gzip -9c "$wasm" | wc -c)"

step "release files: module, offline page, npm package, WordPress plugin (make release)"
scripts/release.sh
scripts/check-release.sh

step "end-to-end tests (Playwright, Debian's Chromium, axe-core)"
playwright test --config tests/e2e/playwright.config.mjs 2>&1 | tee "$logs/e2e.txt"
e2e_passed=$(grep -oE '^ +[0-9]+ passed' "$logs/e2e.txt" | grep -oE '[0-9]+' | tail -n 1)
e2e_failed=$(grep -oE '^ +[0-9]+ failed' "$logs/e2e.txt" | grep -oE '[0-9]+' | tail -n 1 || true)

step "WordPress: the plugin on a real WordPress (make test-wordpress)"
scripts/test-wordpress.sh 2>&1 | tee "$logs/wordpress.txt"
wp_passed=$(grep -oE '^ +[0-9]+ passed' "$logs/wordpress.txt" | grep -oE '[0-9]+' | tail -n 1)

passed=$((native_passed + component_passed + ${e2e_passed:-0} + ${wp_passed:-0}))
failed=$((native_failed + component_failed + ${e2e_failed:-0}))
printf '\nran: fmt, clippy, %s native tests, %s component tests in Chromium, %s end-to-end tests on the release build, %s on WordPress\n' \
  "$native_passed" "$component_passed" "${e2e_passed:-0}" "${wp_passed:-0}"
echo "summary: $passed passed, $failed failed"
