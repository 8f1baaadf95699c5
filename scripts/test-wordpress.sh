#!/usr/bin/env bash
# `make test-wordpress` (also run by `make test`): the WordPress plugin on a
# real WordPress. Starts a throwaway MariaDB and Debian's WordPress under
# PHP's built-in server on 127.0.0.1, installs a site with its default theme,
# and lets Playwright install the plugin zip through the admin screens and
# use it on the site's pages. Checks the plugin's PHP against the WordPress
# Coding Standards first. Everything it started is stopped and removed at
# the end, pass or fail. Needs `scripts/setup.sh --wordpress` and
# `make release` (the plugin zip) first.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
zip="$PWD/target/release/massage-advisor-$version/massage-advisor.zip"
[ -f "$zip" ] || { echo "test-wordpress: $zip is missing: run make release" >&2; exit 1; }
wordpress="$PWD/target/wordpress/dist/usr/share/wordpress"
[ -f "$wordpress/wp-load.php" ] || { echo "test-wordpress: run scripts/setup.sh --wordpress" >&2; exit 1; }

echo "==> PHP_CodeSniffer, WordPress Coding Standards"
(cd packaging/wordpress && phpcs -q --runtime-set installed_paths "$OLDPWD/target/tools/wpcs" --standard=phpcs.xml)
for file in $(find packaging/wordpress tests/wordpress -name '*.php'); do php -l "$file" >/dev/null; done
echo "==> The plugin's heading-level rule on the shared fixture"
php tests/wordpress/facts-test.php

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

echo "==> WordPress $(cat target/wordpress/dist/.version) on $url"
cp -a "$wordpress" "$run/site"
rm -f "$run/site/.htaccess"
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

echo "==> Playwright on the WordPress site"
status=0
WP_URL="$url" WP_PLUGIN_ZIP="$zip" playwright test --config tests/wordpress/playwright.config.mjs || status=$?
if [ $status -ne 0 ]; then
  echo "--- PHP errors"; tail -n 40 "$run/php.log" 2>/dev/null || true
fi
exit $status
