# The two commands of the README:
#   make run    set up, build and serve the demo page on http://127.0.0.1:8080
#   make test   set up (with Chromium), then every check and test, release build
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run test dist bench setup setup-browser release clean

run: setup
	@echo "massage-advisor: serving the demo page on http://127.0.0.1:8080"
	trunk serve

test: setup-browser
	scripts/test.sh

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

# dist/: the embeddable module, the offline single file and the demo page.
dist: setup
	scripts/dist.sh

# Speed and size: engine ns/op, download sizes, time to the first step.
bench: setup-browser
	scripts/bench.sh

# The release build of the demo page, optimised by wasm-opt (into target/site).
release: setup
	trunk build --release

clean:
	cargo clean
	rm -rf dist
