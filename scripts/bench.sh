#!/usr/bin/env bash
# Benchmark of `cmslint check` against the parse floor (issue 8; results in docs/performance.md).
#
# For each size (clusters) and each syntax (JSON-only, YAML-only) it generates an estate with
# the gen-inventory example into $BENCH_DIR (default /tmp/cmslint-bench, never the repository),
# then measures, release builds only:
#   * cmslint:  cmslint check DIR -f json --fail-on never >/dev/null
#   * floor:    the parse-floor example on the same DIR (read, decode, parse, drop; no model,
#               no schema, no rules), with the same parallelism (one worker per core)
# Wall time is hyperfine's mean over several runs after a warm-up (so the files are in the page
# cache: this measures the linter, not the disk); peak RSS is the median of three runs of
# `/usr/bin/time -v`. A command whose first run takes longer than BENCH_MAX_REPEAT seconds is
# reported from that one run (marked "1 run"): repeating a half-hour run adds nothing. It prints
# files/s, MB/s, peak RSS, peak RSS / input bytes, the ratio cmslint/floor, and the 100k/10k
# time ratio; then the whole-process wall time on a 50-file repository (48 clusters, one server
# file, one workstation file).
#
# Then the Rego peer (benches/rego, docs/performance.md "A Rego peer"): on the JSON estates of
# every size and of 20000 clusters, it first checks that cmslint and the peer report the same
# TOP101, TOP103 and ADM503 findings (benches/rego/diff.sh; any difference stops the script with
# exit 1), then times, in one hyperfine run so that they share the machine's state:
#   * cmslint:        cmslint check DIR -f json --fail-on never (every rule)
#   * rego:           rego-peer DIR (regorus's interpreter, the three rules)
#   * rego --vm:      rego-peer --vm DIR (the same rules on regorus's virtual machine)
# with peak RSS as above, and reports each peer's time / cmslint's time.
#
# Usage: scripts/bench.sh [SIZE...]          (default sizes: 1000 10000 100000)
# Environment:
#   BENCH_DIR       where estates and results go (default /tmp/cmslint-bench)
#   BENCH_SEED      generator seed (default 8)
#   BENCH_RUNS      hyperfine runs per command (default 5; 3 at 100000 clusters and above)
#   BENCH_MAX_REPEAT  seconds above which a first run is not repeated (default 300)
#   BENCH_MAX_LOAD  wait (up to 30 minutes) until the 1-minute load average is below this
#                   before each measurement; unset: measure at once
#   BENCH_MAIN      0: skip the cmslint/floor tables and the small repository (default 1)
#   BENCH_REGO      0: skip the Rego peer (default 1)
#   BENCH_REGO_SIZES  clusters for the Rego peer (default: the sizes and 20000)
#   CARGO_TARGET_DIR  as for cargo (default ./target; the peer's crate: benches/rego/target)
#
# Installs hyperfine and time with apt-get when they are missing (Debian/Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
if [ ${#SIZES[@]} -eq 0 ]; then SIZES=(1000 10000 100000); fi
BENCH_DIR="${BENCH_DIR:-/tmp/cmslint-bench}"
SEED="${BENCH_SEED:-8}"
TARGET="${CARGO_TARGET_DIR:-target}"
mkdir -p "$BENCH_DIR"
RESULTS="$BENCH_DIR/results.md"

need() {
  local program="$1" package="$2"
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "installing $package (needed for $program)" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get install -y "$package" >&2
  fi
}
need hyperfine hyperfine
need /usr/bin/time time
if [ "${BENCH_REGO:-1}" != 0 ]; then need jq jq; fi

echo "building release binaries" >&2
cargo build --release --locked --quiet --bin cmslint --example gen-inventory --example parse-floor
CMSLINT="$TARGET/release/cmslint"
FLOOR="$TARGET/release/examples/parse-floor"
GEN="$TARGET/release/examples/gen-inventory"

load() { cut -d' ' -f1 /proc/loadavg; }

# Waits (at most 30 minutes) for the machine to be quiet enough, when BENCH_MAX_LOAD is set.
wait_for_quiet() {
  [ -n "${BENCH_MAX_LOAD:-}" ] || return 0
  local waited=0
  while awk -v l="$(load)" -v max="$BENCH_MAX_LOAD" 'BEGIN { exit !(l >= max) }'; do
    if [ "$waited" -ge 1800 ]; then
      echo "load $(load) still >= $BENCH_MAX_LOAD after 30 minutes; measuring anyway" >&2
      return 0
    fi
    echo "load $(load) >= $BENCH_MAX_LOAD; waiting" >&2
    sleep 60
    waited=$((waited + 60))
  done
}

# The estate for (size, format), generated once per generator version.
estate() {
  local size="$1" format="$2" dir="$BENCH_DIR/$2-$1"
  local stamp
  stamp="$(sha256sum tests/support/generate.rs | cut -c1-16) seed=$SEED"
  if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$dir" "$dir.stamp"
    "$GEN" --clusters "$size" --seed "$SEED" --format "$format" --out "$dir" >&2
    echo "$stamp" >"$dir.stamp"
  fi
  echo "$dir"
}

# One run under `/usr/bin/time -v`: prints "wall-seconds peak-RSS-KiB".
time_once() {
  /usr/bin/time -o "$BENCH_DIR/time.txt" -v "$@" >/dev/null 2>&1 || true
  awk '
    /Maximum resident set size/ { rss = $NF }
    /Elapsed \(wall clock\)/ {
      n = split($NF, part, ":"); wall = 0
      for (i = 1; i <= n; i++) wall = wall * 60 + part[i]
    }
    END { print wall, rss }' "$BENCH_DIR/time.txt"
}

# Measures a command: prints "mean-seconds stddev peak-RSS-KiB runs". The mean and deviation are
# hyperfine's (one warm-up, then $runs runs) and the RSS is the median of three runs of
# `/usr/bin/time -v`. A command whose first run takes longer than $MAX_REPEAT seconds is not
# repeated: that run's wall time and RSS are reported, with runs = 1.
MAX_REPEAT="${BENCH_MAX_REPEAT:-300}"
measure() {
  local runs="$1"
  shift
  local wall rss
  read -r wall rss < <(time_once "$@")
  if awk -v w="$wall" -v max="$MAX_REPEAT" 'BEGIN { exit !(w > max) }'; then
    echo "$wall 0 $rss 1"
    return
  fi
  local rss2 rss3
  read -r _ rss2 < <(time_once "$@")
  read -r _ rss3 < <(time_once "$@")
  rss="$(printf '%s\n' "$rss" "$rss2" "$rss3" | sort -n | sed -n 2p)"
  hyperfine --style none --warmup 1 --runs "$runs" -N --output=null \
    --export-csv "$BENCH_DIR/hyperfine.csv" "$*" >/dev/null 2>&1
  awk -F, -v rss="$rss" -v runs="$runs" 'NR == 2 { print $2, $3, rss, runs }' "$BENCH_DIR/hyperfine.csv"
}

declare -A MEAN
machine() {
  echo "* $(date -u +%Y-%m-%dT%H:%MZ), cmslint $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo '+dirty'), $("$CMSLINT" --version)"
  echo "* $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(free -h | awk '/^Mem:/ { print $2 }') RAM"
}
: >"$RESULTS"
if [ "${BENCH_MAIN:-1}" != 0 ]; then
{
  echo "# cmslint benchmark"
  echo
  machine
  echo "* seed $SEED; wall time is hyperfine's mean ± σ with a warm page cache; RSS is the median of 3 runs of /usr/bin/time -v; load is the 1-minute load average before–after"
  echo
  echo "| syntax | clusters | files | MB | program | wall s | files/s | MB/s | peak RSS MiB | RSS/input | cmslint/floor | load |"
  echo "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee -a "$RESULTS"

for format in json yaml; do
  for size in "${SIZES[@]}"; do
    dir="$(estate "$size" "$format")"
    read -r _ files _ bytes _ failed < <("$FLOOR" "$dir")
    if [ "$failed" != "0" ]; then
      echo "error: the floor could not parse $failed files of $dir" >&2
      exit 1
    fi
    runs="${BENCH_RUNS:-$([ "$size" -ge 100000 ] && echo 3 || echo 5)}"
    wait_for_quiet
    measured_load="$(load)"
    read -r floor_mean floor_sd floor_rss floor_runs < <(measure "$runs" "$FLOOR" "$dir")
    read -r lint_mean lint_sd lint_rss lint_runs < <(measure "$runs" "$CMSLINT" check "$dir" -f json --fail-on never)
    measured_load="$measured_load–$(load)"
    MEAN["$format-$size"]="$lint_mean"
    MEAN["floor-$format-$size"]="$floor_mean"
    for program in cmslint floor; do
      if [ "$program" = cmslint ]; then
        mean="$lint_mean" sd="$lint_sd" rss="$lint_rss" n="$lint_runs"
      else
        mean="$floor_mean" sd="$floor_sd" rss="$floor_rss" n="$floor_runs"
      fi
      awk -v f="$format" -v n="$size" -v files="$files" -v bytes="$bytes" -v p="$program" \
        -v m="$mean" -v sd="$sd" -v rss="$rss" -v runs="$n" -v lm="$lint_mean" -v fm="$floor_mean" \
        -v load="$measured_load" 'BEGIN {
          ratio = (p == "cmslint") ? sprintf("**%.2f**", lm / fm) : ""
          wall = (runs > 1) ? sprintf("%.3f ± %.3f", m, sd) : sprintf("%.1f (1 run)", m)
          printf "| %s | %d | %d | %.1f | %s | %s | %.0f | %.2f | %.1f | %.2f | %s | %s |\n",
            f, n, files, bytes / 1e6, p, wall, files / m, bytes / 1e6 / m, rss / 1024,
            rss * 1024 / bytes, ratio, load
        }'
    done | tee -a "$RESULTS"
  done
done

{
  echo
  for format in json yaml; do
    for program in cmslint floor; do
      key="$format-100000"
      [ "$program" = floor ] && key="floor-$key"
      small="${key/100000/10000}"
      if [ -n "${MEAN[$key]:-}" ] && [ -n "${MEAN[$small]:-}" ]; then
        awk -v a="${MEAN[$key]}" -v b="${MEAN[$small]}" -v f="$format" -v p="$program" \
          'BEGIN { printf "* %s, %s: 100k/10k time ratio %.2f\n", f, p, a / b }'
      fi
    done
  done
} | tee -a "$RESULTS"

# A small repository: what a CI job waits for on every push, start-up included.
small="$BENCH_DIR/repo-50"
if [ "$(cat "$small.stamp" 2>/dev/null)" != "$(sha256sum tests/support/generate.rs | cut -c1-16)" ]; then
  rm -rf "$small"
  "$GEN" --clusters 48 --seed "$SEED" --format mixed --out "$small" >&2
  sha256sum tests/support/generate.rs | cut -c1-16 >"$small.stamp"
fi
wait_for_quiet
small_files="$(find "$small" -type f | wc -l)"
hyperfine --style none --warmup 5 --runs 50 -N --output=null \
  --export-csv "$BENCH_DIR/hyperfine.csv" -n cmslint \
  "$CMSLINT check $small -f json --fail-on never" >/dev/null 2>&1
awk -F, -v files="$small_files" -v load="$(load)" 'NR == 2 {
  printf "* %d-file repository (mixed YAML and JSON), whole process: %.1f ± %.1f ms (min %.1f ms), load %s\n",
    files, $2 * 1000, $3 * 1000, $7 * 1000, load
}' "$BENCH_DIR/hyperfine.csv" | tee -a "$RESULTS"
fi

# The Rego peer: TOP101, TOP103 and ADM503 written in Rego, run by regorus (benches/rego, a crate
# of its own that cmslint never depends on), against cmslint with every rule on.
if [ "${BENCH_REGO:-1}" != 0 ]; then
  echo "building the Rego peer (benches/rego)" >&2
  cargo build --release --locked --quiet --manifest-path benches/rego/Cargo.toml
  PEER="${CARGO_TARGET_DIR:-benches/rego/target}/release/rego-peer"
  read -ra REGO_SIZES <<<"${BENCH_REGO_SIZES:-$(printf '%s\n' "${SIZES[@]}" 20000 | sort -nu | tr '\n' ' ')}"
  {
    echo
    echo "## The Rego peer"
    echo
    [ "${BENCH_MAIN:-1}" != 0 ] || machine
    echo "* regorus $(awk '/^name = "regorus"/ { getline; gsub(/"/, "", $3); print $3 }' benches/rego/Cargo.lock); JSON estates, seed $SEED; cmslint runs every rule, the peer TOP101, TOP103 and ADM503, and both agree finding for finding on each estate (benches/rego/diff.sh)"
    echo "* wall time is hyperfine's mean ± σ of the three programs in one run (warm page cache); RSS is the median of 3 runs of /usr/bin/time -v; load is the 1-minute load average before–after"
    echo
    echo "| clusters | files | MB | program | wall s | peak RSS MiB | time / cmslint | findings | load |"
    echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
  } | tee -a "$RESULTS"
  for size in "${REGO_SIZES[@]}"; do
    dir="$(estate "$size" json)"
    read -r _ files _ bytes _ _ < <("$FLOOR" "$dir")
    # The differential check: any difference ends the benchmark (exit 1).
    for vm in "" --vm; do
      CMSLINT="$CMSLINT" REGO_PEER="$PEER" benches/rego/diff.sh $vm "$dir" >&2
    done
    findings="$("$PEER" "$dir" | wc -l)"
    runs="${BENCH_RUNS:-$([ "$size" -ge 100000 ] && echo 3 || echo 5)}"
    wait_for_quiet
    measured_load="$(load)"
    declare -A RSS=()
    for program in cmslint rego rego-vm; do
      case "$program" in
        cmslint) command=("$CMSLINT" check "$dir" -f json --fail-on never) ;;
        rego) command=("$PEER" "$dir") ;;
        rego-vm) command=("$PEER" --vm "$dir") ;;
      esac
      rss=()
      for _ in 1 2 3; do
        read -r wall kib < <(time_once "${command[@]}")
        rss+=("$kib")
        if awk -v w="$wall" -v max="$MAX_REPEAT" 'BEGIN { exit !(w > max) }'; then break; fi
      done
      RSS[$program]="$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (${#rss[@]} + 1) / 2 ))p")"
    done
    hyperfine --style none --warmup 1 --runs "$runs" -N --output=null \
      --export-csv "$BENCH_DIR/hyperfine.csv" \
      -n cmslint "$CMSLINT check $dir -f json --fail-on never" \
      -n rego "$PEER $dir" \
      -n rego-vm "$PEER --vm $dir" >/dev/null 2>&1
    measured_load="$measured_load–$(load)"
    awk -F, -v n="$size" -v files="$files" -v bytes="$bytes" -v findings="$findings" \
      -v load="$measured_load" -v rc="${RSS[cmslint]}" -v rr="${RSS[rego]}" -v rv="${RSS[rego-vm]}" '
      NR > 1 { mean[$1] = $2; sd[$1] = $3 }
      END {
        split("cmslint rego rego-vm", order, " ")
        rss["cmslint"] = rc; rss["rego"] = rr; rss["rego-vm"] = rv
        label["cmslint"] = "cmslint (every rule)"; label["rego"] = "rego (interpreter)"
        label["rego-vm"] = "rego --vm"
        for (i = 1; i <= 3; i++) {
          p = order[i]
          ratio = (p == "cmslint") ? "" : sprintf("**%.2f**", mean[p] / mean["cmslint"])
          found = (p == "cmslint") ? "" : findings
          printf "| %d | %d | %.1f | %s | %.3f ± %.3f | %.1f | %s | %s | %s |\n",
            n, files, bytes / 1e6, label[p], mean[p], sd[p], rss[p] / 1024, ratio, found, load
        }
      }' "$BENCH_DIR/hyperfine.csv" | tee -a "$RESULTS"
  done
fi
echo "results written to $RESULTS" >&2
