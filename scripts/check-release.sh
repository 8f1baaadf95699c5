#!/usr/bin/env bash
# Checks what `make release` wrote, as someone downloading it would: the
# checksums match, the npm tarball installs into an empty folder and
# imports, and the WordPress zip holds the plugin with the module inside.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
out="$PWD/target/release/massage-advisor-$version"
(cd "$out" && sha256sum --quiet -c SHA256SUMS)

empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
(
  cd "$empty"
  npm init -y >/dev/null
  npm install --offline --no-audit --no-fund --loglevel=error "$out/massage-advisor-$version.tgz" >/dev/null
  # Imported where there is no DOM it defines nothing and throws nothing;
  # its package.json says the version and where the module is.
  node --input-type=module -e "
    await import('massage-advisor');
    const { default: pkg } = await import('massage-advisor/package.json', { with: { type: 'json' } });
    if (pkg.version !== '$version') throw new Error('version ' + pkg.version);
    if (pkg.exports['.'] !== './massage-advisor.js') throw new Error('exports');
    const { readFileSync } = await import('node:fs');
    const main = readFileSync('node_modules/massage-advisor/massage-advisor.js', 'utf8');
    if (!main.includes('customElements.define')) throw new Error('not the module');
    if (!readFileSync('node_modules/massage-advisor/massage-advisor.wasm').subarray(0, 4).equals(Buffer.from([0, 97, 115, 109]))) throw new Error('no wasm beside the module');
    await import('massage-advisor/one-file');
  "
)
echo "npm package: installs into an empty folder and imports"

listing=$(unzip -Z1 "$out/massage-advisor.zip")
for file in massage-advisor/massage-advisor.php massage-advisor/assets/massage-advisor.js massage-advisor/assets/massage-advisor.wasm \
  massage-advisor/assets/massage-advisor.css massage-advisor/assets/first-step/en.html \
  massage-advisor/assets/first-step/hi.html massage-advisor/assets/first-step/wasm.sri \
  massage-advisor/assets/first-step/style.csp massage-advisor/includes/facts.php massage-advisor/block/block.json massage-advisor/block/index.js massage-advisor/readme.txt; do
  grep -qx "$file" <<<"$listing" || { echo "check-release: $file missing from the plugin zip" >&2; exit 1; }
done
unzip -p "$out/massage-advisor.zip" massage-advisor/massage-advisor.php | grep -q "Version:           $version"
cmp -s <(unzip -p "$out/massage-advisor.zip" massage-advisor/assets/massage-advisor.js) "$out/massage-advisor.js"
cmp -s <(unzip -p "$out/massage-advisor.zip" massage-advisor/assets/massage-advisor.wasm) "$out/massage-advisor.wasm"
echo "WordPress plugin zip: the plugin, version $version, with this release's module"
