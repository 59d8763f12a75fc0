#!/usr/bin/env bash
# Regenerates docs/images/html-report.png, the README's picture of the contoso example's HTML
# report, in headless Chromium (installed as scripts/browser-test.sh installs it). The date is
# fixed so that the picture only changes when the page does.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/browser-setup.sh
source scripts/browser-setup.sh

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
CMSLINT_TODAY=2026-07-01 "$CMSLINT" check testdata/examples/contoso --format "html=$out/contoso.html" || [ $? -eq 1 ]
mkdir -p docs/images
node tests/browser/screenshot.js "$out/contoso.html" docs/images/html-report.png
echo "wrote docs/images/html-report.png"
