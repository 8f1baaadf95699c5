#!/usr/bin/env bash
# Installs every tool the project needs, pinned, skipping whatever is already
# there at the right version. Safe to run again and again.
#
#   scripts/setup.sh            build tools: wasm32 target, wasm-bindgen-cli,
#                               Trunk, npm packages (wasm-opt, Playwright, axe)
#   scripts/setup.sh --browser  the same, plus Debian's Chromium + chromedriver
#   scripts/setup.sh --wordpress   the same, plus what `make test-wordpress`
#                               needs: MariaDB, PHP, PHP_CodeSniffer with the
#                               WordPress Coding Standards, and WordPress
#   (the options combine: --browser --wordpress)
#
# Only package registries are used (crates.io, npm, Debian): nothing is
# downloaded from anywhere else, and Trunk runs offline.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Tested with this Debian build; the security archive replaces it over time,
# so a newer one is accepted with a warning rather than failing the set-up.
CHROMIUM_VERSION=156.0.8078.79-1~deb12u1
# Debian bookworm's WordPress and its default theme, unpacked (not installed:
# the package depends on a web server, which would install and start Apache;
# the test serves it with PHP's built-in server).
WORDPRESS_VERSION=6.1.9+dfsg1-0+deb12u1
# And Debian trixie's WordPress 6.8 with its default theme, the newest the
# plugin is tested on: the .debs from the same Debian mirror, checked against
# these hashes and unpacked beside 6.1 (never added to apt's sources).
WORDPRESS_NEXT_VERSION=6.8.7+dfsg1-0+deb13u1
WORDPRESS_NEXT_POOL=http://deb.debian.org/debian/pool/main/w/wordpress
WORDPRESS_NEXT_DEBS=(
  "wordpress_${WORDPRESS_NEXT_VERSION}_all.deb b6716bf40142516c0120cebb63c4cb323354277dbf90aa0e9a5d9bae3fca2d38"
  "wordpress-theme-twentytwentyfive_${WORDPRESS_NEXT_VERSION}_all.deb 7af11e32a8499e27ac38c35b0d2b5319e499eebe63cf80b4f7610fb375dfb708"
)
# The rest of what WordPress and its test need, from Debian, pinned the same way.
MARIADB_VERSION=1:10.11.19-0+deb12u1
PHP_VERSION=2:8.2+93
PHPCS_VERSION=3.7.1-2
# The WordPress Coding Standards (not packaged by Debian or any registry we
# use): tools/wpcs-2.3.0.tar.gz, a pinned copy of the upstream 2.3.0 tag
# without its tests, checked against this hash.
WPCS_SHA256=77be2870029877679c79200a3552432de74ced87cc15d75270fd91c5dd5af923

browser=false
wordpress=false
for option in "$@"; do
  case "$option" in
    --browser) browser=true ;;
    --wordpress) wordpress=true ;;
    *) echo "setup: unknown option $option" >&2; exit 2 ;;
  esac
done
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

if $browser; then
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

if $wordpress; then
  # apt_pinned PACKAGE=VERSION...: installs those not yet at that version;
  # a version Debian no longer serves falls back to the current one.
  apt_pinned() {
    local wanted=() spec
    for spec in "$@"; do
      if [ "$(dpkg-query -W -f='${Version}' "${spec%%=*}" 2>/dev/null)" != "${spec#*=}" ]; then
        wanted+=("$spec")
      fi
    done
    [ ${#wanted[@]} -eq 0 ] && return 0
    say "installing ${wanted[*]}"
    if ! apt_install "${wanted[@]}"; then
      say "WARNING: a pinned version is no longer served; installing the current Debian build"
      apt_install "${wanted[@]%%=*}"
    fi
  }
  apt_pinned "mariadb-server=$MARIADB_VERSION" "php-cli=$PHP_VERSION" "php-mysql=$PHP_VERSION" \
    "php-xml=$PHP_VERSION" "php-zip=$PHP_VERSION" "php-codesniffer=$PHPCS_VERSION"
  # WordPress's own dependencies (what its packages link to), without a web server.
  for package in curl php-getid3 libjs-underscore libjs-cropper libjs-lodash; do
    dpkg -s "$package" >/dev/null 2>&1 || apt_install "$package"
  done

  # target/wordpress/<major.minor>/: one unpacked WordPress per tested release.
  wp=target/wordpress/6.1
  if [ "$(cat "$wp/.version" 2>/dev/null)" != "$WORDPRESS_VERSION" ]; then
    say "unpacking Debian's WordPress $WORDPRESS_VERSION"
    rm -rf target/wordpress/debs "$wp"
    mkdir -p target/wordpress/debs "$wp"
    (cd target/wordpress/debs \
      && apt-get download "wordpress=$WORDPRESS_VERSION" "wordpress-theme-twentytwentythree=$WORDPRESS_VERSION" 2>/dev/null \
      || { $SUDO apt-get update -qq && apt-get download "wordpress=$WORDPRESS_VERSION" "wordpress-theme-twentytwentythree=$WORDPRESS_VERSION"; })
    for deb in target/wordpress/debs/*.deb; do dpkg-deb -x "$deb" "$wp"; done
    echo "$WORDPRESS_VERSION" > "$wp/.version"
  fi

  wp=target/wordpress/6.8
  if [ "$(cat "$wp/.pin" 2>/dev/null)" != "$WORDPRESS_NEXT_VERSION" ]; then
    say "unpacking Debian trixie's WordPress $WORDPRESS_NEXT_VERSION"
    rm -rf target/wordpress/debs-next "$wp"
    mkdir -p target/wordpress/debs-next "$wp"
    version=$WORDPRESS_NEXT_VERSION
    for entry in "${WORDPRESS_NEXT_DEBS[@]}"; do
      deb=${entry% *}
      sum=${entry#* }
      if ! curl -fsSL --retry 3 -o "target/wordpress/debs-next/$deb" "$WORDPRESS_NEXT_POOL/$deb"; then
        # A point release replaced it: the build trixie serves now, checked
        # against the hash in trixie's package index, with a warning (as
        # for the other pinned Debian packages).
        package=${deb%%_*}
        say "WARNING: $deb is no longer served; taking trixie's current $package"
        found=$(curl -fsSL --retry 3 http://deb.debian.org/debian/dists/trixie/main/binary-all/Packages.gz | gzip -dc \
          | awk -v p="$package" '$1 == "Package:" { hit = ($2 == p) } hit && $1 == "Version:" { v = $2 }
              hit && $1 == "Filename:" { f = $2 } hit && $1 == "SHA256:" && !done { print v, f, $2; done = 1 }')
        [ -n "$found" ] || { echo "setup: $package is not in trixie" >&2; exit 1; }
        read -r version file sum <<<"$found"
        deb=${file##*/}
        curl -fsSL --retry 3 -o "target/wordpress/debs-next/$deb" "http://deb.debian.org/debian/$file"
      fi
      echo "$sum  target/wordpress/debs-next/$deb" | sha256sum -c --quiet
      dpkg-deb -x "target/wordpress/debs-next/$deb" "$wp"
    done
    echo "$version" > "$wp/.version"
    echo "$WORDPRESS_NEXT_VERSION" > "$wp/.pin"
  fi
  rm -rf target/wordpress/dist

  if [ "$(cat target/tools/wpcs/.sha256 2>/dev/null)" != "$WPCS_SHA256" ]; then
    say "unpacking the WordPress Coding Standards 2.3.0"
    echo "$WPCS_SHA256  tools/wpcs-2.3.0.tar.gz" | sha256sum -c --quiet
    rm -rf target/tools/wpcs
    mkdir -p target/tools
    tar xzf tools/wpcs-2.3.0.tar.gz -C target/tools
    echo "$WPCS_SHA256" > target/tools/wpcs/.sha256
  fi
fi
