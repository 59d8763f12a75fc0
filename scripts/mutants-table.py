#!/usr/bin/env python3
"""The mutation record's table: one row per folder of src/ (mutants, caught, missed, unviable,
timeouts, and caught / viable) from one or more cargo-mutants outcomes.json files, then every
missed and timed-out mutant (and, with --list, every mutant no file ran). A mutant named in
several files counts once, by its last outcome, so a rerun of the missed ones after new tests
gives the "after" table.

    scripts/mutants-table.py mutants.out/outcomes.json [more/outcomes.json ...]
    scripts/mutants-table.py --list mutants.txt earlier/outcomes.json ... rerun/outcomes.json

With --list, the table counts the mutants of `cargo mutants --list` at one commit (mutants.txt)
when the files were taken at several: tests added since move no code, but a change to the code
moves the mutants after it to other lines. A mutant of the list takes the last outcome under
its own name; failing that, an outcome under the same name without its line and column, from
a run where it was caught or unviable (the caught mutants are not run again after new tests).
"""
import json
import re
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


def unplaced(name):
    """`src/a.rs:12:5: replace ...` without its line and column."""
    return re.sub(r"^([^:]+):\d+:\d+:", r"\1:", name)


def read(paths):
    """Each mutant's outcome, the last file winning."""
    outcome = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for o in json.load(f)["outcomes"]:
                mutant = o["scenario"]
                if not isinstance(mutant, dict) or "Mutant" not in mutant:
                    continue  # the unmutated baseline
                outcome[mutant["Mutant"]["name"]] = KINDS.get(o["summary"], o["summary"])
    return outcome


def listed(list_path, outcome):
    """The outcome of each mutant of the list, as the module docstring says."""
    with open(list_path, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    # Only a name the list does not hold stands in for a moved mutant: one function often has
    # several mutants of the same description, each under its own line.
    in_list = set(names)
    settled = defaultdict(list)
    for name, kind in outcome.items():
        if kind in ("caught", "unviable") and name not in in_list:
            settled[unplaced(name)].append(kind)
    result = {}
    for name in names:
        if name in outcome:
            result[name] = outcome[name]
        elif settled[unplaced(name)]:
            result[name] = settled[unplaced(name)].pop(0)
        else:
            result[name] = "not run"
    return result


def main(args):
    if args[0] == "--list":
        outcome = listed(args[1], read(args[2:]))
    else:
        outcome = read(args)
    rows = defaultdict(lambda: defaultdict(int))
    for name, kind in outcome.items():
        rows[folder(name.split(":")[0])][kind] += 1
    print("| folder | mutants | caught | missed | unviable | timeouts | caught / viable |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(rows):
        r = rows[name]
        total = sum(r.values()) - r["not run"]
        viable = total - r["unviable"]
        share = f"{100 * r['caught'] / viable:.1f}%" if viable else "-"
        print(f"| `{name}` | {total} | {r['caught']} | {r['missed']} | {r['unviable']} "
              f"| {r['timeout']} | {share} |")
    for kind in ("missed", "timeout", "not run"):
        names = sorted(n for n, k in outcome.items() if k == kind)
        if names:
            print(f"\n{kind}:")
            for n in names:
                print(f"* {n}")


if __name__ == "__main__":
    if len(sys.argv) < 2 or (sys.argv[1] == "--list" and len(sys.argv) < 4):
        sys.exit(__doc__)
    main(sys.argv[1:])
