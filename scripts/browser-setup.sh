#!/usr/bin/env bash
# Sourced by scripts/browser-test.sh and scripts/screenshot.sh: makes sure Debian's Chromium is
# installed (apt, as root) and installs the browser test's npm packages from its lock file
# (playwright-core drives the system Chromium and never downloads a browser of its own), then
# builds the debug binary. Sets CMSLINT to that binary.

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: /usr/bin/chromium is missing; install Debian's chromium package (apt-get install chromium)" >&2
    exit 1
  fi
  echo "installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
cargo build --locked --quiet
CMSLINT="${CARGO_TARGET_DIR:-target}/debug/cmslint"
