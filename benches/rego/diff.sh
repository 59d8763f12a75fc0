#!/usr/bin/env bash
# Differential check: cmslint and the Rego peer (benches/rego) must report the same findings of
# TOP101, TOP103 and ADM503, finding for finding, on the same estate.
#
# Usage: benches/rego/diff.sh [--clusters N] [--seed S] [--vm] [DIR...]
#   DIR...        estates to compare on (JSON inventory files; YAML is not read by the peer)
#   --clusters N  without DIR: generate an estate of N clusters (default 1000) with the
#                 gen-inventory example, in JSON, into a temporary folder
#   --seed S      generator seed (default 8)
#   --vm          run the peer on regorus's virtual machine instead of its interpreter
# Environment:
#   CMSLINT, REGO_PEER  the binaries to use (default: release builds made here with --locked)
#   CARGO_TARGET_DIR    as for cargo
#
# It compares the (code, entity) pairs of
#   cmslint check DIR --select TOP101,TOP103,ADM503 -f json --no-config --fail-on never
# with the `CODE ENTITY` lines of `rego-peer DIR`, prints the count per rule and, when they
# differ, every difference ("-" only cmslint, "+" only the peer), and exits 1. Exit 0 when they
# agree, 2 on an error.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

clusters=1000
seed=8
vm=()
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clusters) clusters="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --vm) vm=(--vm); shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done

command -v jq >/dev/null || { echo "error: jq is needed (apt-get install jq)" >&2; exit 2; }

target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${CMSLINT:-}" ] || { [ ${#dirs[@]} -eq 0 ] && [ -z "${GEN_INVENTORY:-}" ]; }; then
  (cd "$root" && cargo build --release --locked --quiet --bin cmslint --example gen-inventory)
fi
CMSLINT="${CMSLINT:-$target/release/cmslint}"
GEN_INVENTORY="${GEN_INVENTORY:-$target/release/examples/gen-inventory}"
if [ -z "${REGO_PEER:-}" ]; then
  rego_target="${CARGO_TARGET_DIR:-$root/benches/rego/target}"
  cargo build --release --locked --quiet --manifest-path "$root/benches/rego/Cargo.toml"
  REGO_PEER="$rego_target/release/rego-peer"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ${#dirs[@]} -eq 0 ]; then
  "$GEN_INVENTORY" --clusters "$clusters" --seed "$seed" --format json --out "$work/estate" >/dev/null
  dirs=("$work/estate")
fi

status=0
for dir in "${dirs[@]}"; do
  # Both sides in one byte order, whatever the locale.
  "$CMSLINT" check "$dir" --select TOP101,TOP103,ADM503 -f json --no-config --fail-on never \
    >"$work/cmslint.json" || { echo "error: cmslint failed on $dir" >&2; exit 2; }
  jq -r '.findings[] | "\(.code) \(.entity)"' "$work/cmslint.json" | LC_ALL=C sort -u >"$work/cmslint.txt"
  not_shown="$(jq -r '.summary.not_shown' "$work/cmslint.json")"
  if [ "$not_shown" != "0" ]; then
    echo "error: cmslint left $not_shown findings out of its report of $dir" >&2
    exit 2
  fi
  "$REGO_PEER" "${vm[@]}" "$dir" | LC_ALL=C sort -u >"$work/rego.txt" \
    || { echo "error: the Rego peer failed on $dir" >&2; exit 2; }
  counts="$(for code in TOP101 TOP103 ADM503; do
    printf '%s %s/%s  ' "$code" "$(grep -c "^$code " "$work/cmslint.txt" || true)" \
      "$(grep -c "^$code " "$work/rego.txt" || true)"
  done)"
  if diff -U0 "$work/cmslint.txt" "$work/rego.txt" >"$work/diff.txt"; then
    echo "agree on $dir${vm[*]:+ (${vm[*]})}: ${counts}(cmslint/rego)"
  else
    echo "DIFFER on $dir${vm[*]:+ (${vm[*]})}: ${counts}(cmslint/rego); - only cmslint, + only the Rego peer:"
    grep -E '^[-+][A-Z]' "$work/diff.txt"
    status=1
  fi
done
exit "$status"
