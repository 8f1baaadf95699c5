#!/usr/bin/env bash
# `make test-wordpress` (also run by `make test`): the WordPress plugin on a
# real WordPress, each release it is tested on (Debian bookworm's 6.1 and
# trixie's 6.8, or only WP_RELEASES="6.8"). For each: starts a throwaway
# MariaDB and that WordPress under PHP's built-in server on 127.0.0.1,
# installs a site with its default theme, and lets Playwright install the
# plugin zip through the admin screens and use it on the site's pages and in
# the block editor. Checks the plugin's PHP against the WordPress Coding
# Standards first. Everything it started is stopped and removed at the end,
# pass or fail. Needs `scripts/setup.sh --wordpress` and `make release` (the
# plugin zip) first.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
zip="$PWD/target/release/massage-advisor-$version/massage-advisor.zip"
[ -f "$zip" ] || { echo "test-wordpress: $zip is missing: run make release" >&2; exit 1; }
if [ "${1:-}" = --site ]; then
  release=$2
else
  releases=${WP_RELEASES:-6.1 6.8}
  for release in $releases; do
    [ -f "target/wordpress/$release/usr/share/wordpress/wp-load.php" ] \
      || { echo "test-wordpress: WordPress $release is missing: run scripts/setup.sh --wordpress" >&2; exit 1; }
  done

  echo "==> PHP_CodeSniffer, WordPress Coding Standards"
  (cd packaging/wordpress && phpcs -q --runtime-set installed_paths "$OLDPWD/target/tools/wpcs" --standard=phpcs.xml)
  for file in $(find packaging/wordpress tests/wordpress -name '*.php'); do php -l "$file" >/dev/null; done
  echo "==> The plugin's heading-level rule on the shared fixture"
  php tests/wordpress/facts-test.php

  # Each release on a fresh site, in a process of its own (set -e holds there).
  failed=()
  for release in $releases; do
    "$0" --site "$release" || failed+=("$release")
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "test-wordpress: failed on WordPress ${failed[*]}" >&2
    exit 1
  fi
  exit 0
fi

# One release (--site RELEASE): its own site, database and server.
wordpress="$PWD/target/wordpress/$release/usr/share/wordpress"
# A short path: a MariaDB socket path may not exceed 107 characters.
run=$(mktemp -d /tmp/massage-advisor-wp.XXXXXX)
port=${WP_PORT:-8097}
url="http://127.0.0.1:$port"
if curl -s -o /dev/null "$url/"; then
  echo "test-wordpress: something already listens on $url (set WP_PORT to another port)" >&2
  exit 1
fi
# Each server runs in its own process group (setsid), so that stopping it
# stops its workers too.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$run"
}
trap cleanup EXIT

echo "==> MariaDB (throwaway, socket only)"
mariadb-install-db --no-defaults --datadir="$run/db" --auth-root-authentication-method=normal \
  --skip-test-db --user="$(id -un)" >"$run/install-db.log" 2>&1
setsid mariadbd --no-defaults --datadir="$run/db" --socket="$run/db.sock" --skip-networking \
  --pid-file="$run/db.pid" --user="$(id -un)" --log-error="$run/db.err" 2>>"$run/db.err" &
pids+=($!)
for _ in $(seq 100); do
  mariadb-admin --no-defaults --socket="$run/db.sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --no-defaults --socket="$run/db.sock" -uroot -e 'CREATE DATABASE wordpress'

echo "==> WordPress $(cat "target/wordpress/$release/.version") on $url"
cp -a "$wordpress" "$run/site"
rm -f "$run/site/.htaccess"
# Debian's WordPress links some files to other packages (underscore, lodash,
# getID3...) relatively, from /usr/share/wordpress: the same links, absolute.
(cd "$wordpress" && find . -type l) | while read -r link; do
  target=$(readlink "$wordpress/$link")
  case $target in
    /*) ;;
    *) ln -sfn "$(realpath -m "/usr/share/wordpress/$(dirname "$link")/$target")" "$run/site/$link" ;;
  esac
done
cat > "$run/site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$run/db.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(head -c 32 /dev/urandom | base64)' );
define( 'SECURE_AUTH_KEY', '$(head -c 32 /dev/urandom | base64)' );
define( 'LOGGED_IN_KEY', '$(head -c 32 /dev/urandom | base64)' );
define( 'NONCE_KEY', '$(head -c 32 /dev/urandom | base64)' );
define( 'AUTH_SALT', '$(head -c 32 /dev/urandom | base64)' );
define( 'SECURE_AUTH_SALT', '$(head -c 32 /dev/urandom | base64)' );
define( 'LOGGED_IN_SALT', '$(head -c 32 /dev/urandom | base64)' );
define( 'NONCE_SALT', '$(head -c 32 /dev/urandom | base64)' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'FS_METHOD', 'direct' );
// No internet here: no update checks, feeds or cron loopbacks.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
php -d display_errors=stderr tests/wordpress/install.php "$run/site" "$url" 2> >(grep -v -e 'Deprecated' -e '^$' >&2)
PHP_CLI_SERVER_WORKERS=4 setsid php -d display_errors=0 -d log_errors=1 -d error_log="$run/php.log" \
  -d upload_max_filesize=16M -d post_max_size=16M \
  -S "127.0.0.1:$port" -t "$run/site" tests/wordpress/router.php >"$run/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  curl -fsS -o /dev/null "$url/wp-login.php" 2>/dev/null && break
  sleep 0.2
done

echo "==> Playwright on the WordPress $release site"
status=0
WP_URL="$url" WP_PLUGIN_ZIP="$zip" WP_RELEASE="$release" \
  playwright test --config tests/wordpress/playwright.config.mjs --output "target/wordpress-results/$release" || status=$?
if [ $status -ne 0 ]; then
  echo "--- PHP errors"; tail -n 40 "$run/php.log" 2>/dev/null || true
fi
exit $status
