# The two commands of the README:
#   make run    set up, build and serve the demo page on http://127.0.0.1:8080
#   make test   set up (with Chromium, and MariaDB, PHP and WordPress for the
#               plugin's test), then every check and test, on the release build
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run test test-wordpress dist bench setup setup-browser setup-test setup-wordpress release clean

run: setup
	@echo "massage-advisor: serving the demo page on http://127.0.0.1:8080"
	trunk serve

test: setup-test
	scripts/test.sh

# The WordPress plugin on a real WordPress (also part of `make test`).
test-wordpress: setup-wordpress release
	scripts/test-wordpress.sh

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

setup-wordpress:
	@scripts/setup.sh --wordpress

setup-test:
	@scripts/setup.sh --browser --wordpress

# dist/: the embeddable module, the offline single file and the demo page.
dist: setup
	scripts/dist.sh

# Speed and size: engine ns/op, download sizes, time to the first step.
bench: setup-browser
	scripts/bench.sh

# The files a clinic downloads: module, offline page, npm package, WordPress
# plugin and checksums, in target/release/massage-advisor-VERSION/.
release: setup
	scripts/release.sh

clean:
	cargo clean
	rm -rf dist
