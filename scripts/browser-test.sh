#!/usr/bin/env bash
# The HTML report in a real browser (headless Chromium): writes the contoso example's HTML and
# JSON reports and the hostile-names report, then runs tests/browser/report.js on them: the
# findings of the JSON report are in the DOM, the page fetches nothing, a screenshot is not
# blank, print to PDF works and nothing is wider than A4, axe-core finds no serious or critical
# violation, and hostile names stay text. `.ci/run` calls it; `cargo test` never starts a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/browser-setup.sh
source scripts/browser-setup.sh

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
report() {
  local status=0
  CMSLINT_TODAY=2026-07-01 "$CMSLINT" check "$1" --format "html=$out/$2.html" "${@:3}" || status=$?
  if [ "$status" -ne 1 ]; then
    echo "error: cmslint check $1 exited $status; its findings should make it exit 1" >&2
    exit 1
  fi
}
report testdata/examples/contoso contoso --format "json=$out/contoso.json"
report testdata/html/hostile hostile
node tests/browser/report.js "$out/contoso.html" "$out/contoso.json" "$out/hostile.html" "$out"
