#!/usr/bin/env bash
# `make release`: the files a clinic downloads, in
# target/release/massage-advisor-VERSION/ (VERSION from Cargo.toml):
#   massage-advisor.js            the module a page loads (host it, or use the npm package)
#   massage-advisor.wasm          ...and the file it fetches from beside itself
#   massage-advisor-one-file.js   the same in one file, for hosts that want one
#   massage-advisor.html          the offline page (open from file://)
#   massage-advisor-VERSION.tgz   the npm package (npm pack)
#   massage-advisor.zip           the WordPress plugin (Plugins > Add New > Upload)
#   snippet.html                  the two lines to paste, with the SRI hash
#   SHA256SUMS                    checksums of all of the above
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/dist.sh >/dev/null
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
out=target/release/massage-advisor-$version
rm -rf "$out"
mkdir -p "$out"
cp dist/massage-advisor.js dist/massage-advisor.wasm dist/massage-advisor-one-file.js dist/massage-advisor.html "$out/"
node scripts/release.mjs "$out" >/dev/null

# Same sources, same archives: fixed timestamps and no extra attributes.
find "$out/npm" "$out/wordpress" -exec touch -h -d '2000-01-01T00:00:00Z' {} +
(cd "$out/npm" && npm pack --pack-destination .. --silent >/dev/null)
(cd "$out/wordpress" && find massage-advisor -print | LC_ALL=C sort | zip -qX -D ../massage-advisor.zip -@)
rm -rf "$out/npm" "$out/wordpress"

(cd "$out" && sha256sum massage-advisor.js massage-advisor.wasm massage-advisor-one-file.js massage-advisor.html "massage-advisor-$version.tgz" massage-advisor.zip snippet.html > SHA256SUMS)
echo "release: $out"
ls -l "$out" | awk 'NR > 1 { printf "  %-32s %8d bytes\n", $9, $5 }'
