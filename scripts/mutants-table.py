#!/usr/bin/env python3
"""The mutation record's table: one row per folder of src/ (mutants, caught, missed, unviable,
timeouts, and caught / viable) from one or more cargo-mutants outcomes.json files, then every
missed and timed-out mutant. A mutant named in several files counts once, by its last outcome,
so a rerun of the missed ones after new tests gives the "after" table.

    scripts/mutants-table.py mutants.out/outcomes.json [more/outcomes.json ...]
"""
import json
import sys
from collections import defaultdict

KINDS = {
    "CaughtMutant": "caught",
    "MissedMutant": "missed",
    "Unviable": "unviable",
    "Timeout": "timeout",
}


def folder(path):
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else path


def main(paths):
    outcome = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for o in json.load(f)["outcomes"]:
                mutant = o["scenario"]
                if not isinstance(mutant, dict) or "Mutant" not in mutant:
                    continue  # the unmutated baseline
                mutant = mutant["Mutant"]
                outcome[mutant["name"]] = (mutant["file"], KINDS.get(o["summary"], o["summary"]))
    rows = defaultdict(lambda: defaultdict(int))
    for file, kind in outcome.values():
        rows[folder(file)][kind] += 1
    print("| folder | mutants | caught | missed | unviable | timeouts | caught / viable |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(rows):
        r = rows[name]
        total = sum(r.values())
        viable = total - r["unviable"]
        share = f"{100 * r['caught'] / viable:.1f}%" if viable else "-"
        print(f"| `{name}` | {total} | {r['caught']} | {r['missed']} | {r['unviable']} "
              f"| {r['timeout']} | {share} |")
    for kind in ("missed", "timeout"):
        names = sorted(n for n, (_, k) in outcome.items() if k == kind)
        if names:
            print(f"\n{kind}:")
            for n in names:
                print(f"* {n}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
