#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/<target>/) from testdata/ and the docs. The corpora are
# generated and not committed; run this once before `cargo fuzz run`.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus"/{json_loader,yaml_loader,exports,command,config,check}

# seed TARGET PREFIX FILE: copy FILE into TARGET's corpus, after the dispatch byte PREFIX (octal,
# or empty), named after its path.
seed() {
  local name
  name="seed-$(echo "$3" | tr '/' '_')"
  { [ -z "$2" ] || printf "\\$2"; cat "$3"; } >"$corpus/$1/$name"
}

while IFS= read -r -d '' f; do
  case "$f" in
    *.json) seed json_loader "" "$f"; seed check 000 "$f" ;;
    *.yaml | *.yml) seed yaml_loader "" "$f"; seed check 001 "$f" ;;
    *.txt | *.csv) seed exports 000 "$f"; seed check 002 "$f" ;;
    */cmslint.toml) seed config "" "$f" ;;
  esac
done < <(find testdata -type f -not -path 'testdata/sarif/*' -print0 | sort -z)

# The JSON loader has few JSON inventories to start from: the YAML inventories as JSON too, when
# PyYAML is at hand.
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$corpus/json_loader" <<'PY'
import json, pathlib, sys, yaml
out = pathlib.Path(sys.argv[1])
for path in sorted(pathlib.Path("testdata").rglob("*.y*ml")):
    try:
        docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if isinstance(d, dict) and "cmslint" in d]
    except Exception:
        continue
    for i, doc in enumerate(docs):
        name = "seed-yaml-" + str(path).replace("/", "_") + f"-{i}.json"
        (out / name).write_text(json.dumps(doc, indent=2, default=str), encoding="utf-8")
PY
fi

# The `run:` lines of the runbooks, one command a file: the YAML quotes and the trailing
# `# expect:` comments of the fixtures removed.
n=0
grep -rhE '^\s*(- )?run: ' testdata --include='*.yaml' --include='*.yml' |
  sed -E 's/^\s*(- )?run: //; s/\s+#.*$//' |
  sed -E "s/^'(.*)'\$/\\1/; s/''/'/g; s/^\"(.*)\"\$/\\1/" |
  sort -u | while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" >"$corpus/command/seed-run-$n"
  done

# The ```toml blocks of the docs and the README.
for doc in README.md docs/*.md; do
  awk -v out="$corpus/config/seed-$(basename "$doc" .md)" '
    /^```toml/ { n++; on = 1; next }
    /^```/ { on = 0 }
    on { print > (out "-" n ".toml") }
  ' "$doc"
done

for target in "$corpus"/*/; do
  echo "$(basename "$target"): $(find "$target" -type f | wc -l) files"
done
