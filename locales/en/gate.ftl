# Messages of gate. Ids are kebab-case; arguments are snake_case.

## A config or baseline file that cannot be used: each problem is a diagnostic pointing into the
## file (message, label, help), then one line says that nothing was checked.

# `$error`: the operating system's words.
gate-cannot-read = error: cannot read `{ $path }`: { $error }
gate-nothing-checked = error: { $path } has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; nothing was checked
# The help line under a problem.
gate-help = help: { $help }
# The label of a problem that has nothing more to say than where it is.
gate-here = here

## cmslint.toml. Keys and values are written as in the file.

# `$error`: the TOML parser's own words.
gate-invalid-toml = invalid TOML: { $error }
# `$place`: `cmslint.toml`, `[limits]` or gate-in-a-suppression.
gate-unknown-key = unknown key `{ $key }` in { $place }
gate-in-a-suppression = a suppression
gate-unknown-key-label = unknown key
# `$keys`: the keys the table takes, in backticks, joined by commas.
gate-known-keys = the keys are { $keys }
# `$expected`: one of gate-expected-* or gate-toml-*.
gate-wrong-type = `{ $key }` must be { $expected }
# The label on a value of the wrong type; `$found`: one of gate-toml-*.
gate-given-type = this is { $found }
gate-expected-limits-table = a table (`[limits]`)
gate-expected-positive-number = a whole number above 0
gate-expected-strings = an array of strings
gate-expected-severity-table = a table of rule = "error" | "warning" | "note"
gate-expected-suppress-array = an array of tables (`[[suppress]]`)
gate-toml-string = a string
gate-toml-integer = an integer
gate-toml-float = a float
gate-toml-boolean = a boolean
gate-toml-date = a date
gate-toml-array = an array
gate-toml-table = a table
# `$allowed`: the values the key takes, in backticks, joined by commas.
gate-not-one-of = `{ $key }` is `{ $value }`, which is not one of { $allowed }
gate-not-allowed = not allowed here
# `$max`: the largest size in bytes.
gate-max-file-size = `max-file-size` must be at most { $max } bytes (2 GiB)
gate-too-large = too large
gate-no-rule-matches = no rule matches `{ $pattern }`
gate-not-a-rule = not a code, prefix or name of a rule
gate-rule-pattern-help = use a code (UPG302), a prefix (ADM) or a name (passive-node-not-emptied); `cmslint rules` lists them
# The label is the glob parser's own words.
gate-bad-glob = `{ $pattern }` is not a valid glob
gate-suppression-without-rule = a suppression has no `rule`
gate-this-suppression = this suppression
gate-suppression-add-rule = add `rule = "<code, prefix or name>"`
gate-inv008-not-suppressible = INV008 cannot be suppressed
gate-inv008-raised-after-suppressions = INV008 is raised after suppressions are applied
gate-inv008-not-suppressible-help = remove the suppression that INV008 reports, or add INV008 to `ignore`
gate-suppression-without-reason = a suppression has no `reason`
gate-suppression-add-reason = add `reason = "..."`: why the finding is accepted, and who accepted it
gate-suppression-empty-reason = a suppression's `reason` is empty
gate-empty-reason = empty reason
gate-suppression-say-why = say why the finding is accepted, and who accepted it
gate-expires-not-a-date = `expires` must be a date written YYYY-MM-DD
gate-not-a-date = not a date

## The baseline file.

gate-baseline-empty = the baseline is empty
gate-no-json-value = no JSON value
gate-baseline-version = this cmslint reads baseline version { $version } only
gate-unsupported-version = unsupported version
gate-baseline-write-again = write the baseline again with `cmslint check --write-baseline FILE`
gate-baseline-entries-not-an-array = `entries` must be an array
gate-not-an-array = not an array
gate-baseline-entry-incomplete = a baseline entry needs a `code` and an `entity` string
gate-this-entry = this entry
gate-not-a-baseline = not a cmslint baseline: expected an object with `version` and `entries`
gate-baseline-write-one = write one with `cmslint check --write-baseline FILE`

## Why a finding is hidden (`--show-suppressed`); a suppression's own `reason` is shown as written.

gate-listed-in-baseline = listed in the baseline { $path }

## INV008: suppressions and baseline entries that match no finding, or have expired. One finding
## per file: its message, and a label at each entry.

# `$rule`, `$entity`: the suppression's `rule` and `entity` as written; `$date`: its `expires`.
gate-suppression-expired = suppression of `{ $rule }` on `{ $entity }` expired on { $date }
gate-expired-on = expired on { $date }; today is { $today }
gate-suppression-unused = suppression of `{ $rule }` on `{ $entity }` matches no finding
gate-matches-no-finding = matches no finding
gate-baseline-entry-unused = baseline entry { $code } on `{ $entity }` matches no finding
gate-baseline-entries-unused = { $count } baseline entries match no finding
# Several stale suppressions: the unused ones and the expired ones, joined as a list.
gate-suppressions-unused = { $count ->
    [one] { $count } suppression matches
   *[other] { $count } suppressions match
} no finding
gate-suppressions-expired = { $count ->
    [one] { $count } suppression has
   *[other] { $count } suppressions have
} expired
gate-stale-baseline-entry-note = a baseline entry whose finding is gone would hide that finding again if it came back, without anyone deciding so
gate-stale-baseline-entry-help = write the baseline again with `cmslint check --write-baseline FILE`, or remove the entry
gate-unused-suppression-note = a suppression that matches nothing is stale: its finding was fixed or its entity renamed, and it would hide a new finding without anyone deciding so
gate-expired-suppression-note = an expired suppression no longer hides its findings, so they are reported again
gate-expired-suppression-help = fix the finding and remove the suppression; to keep an expired one, set a new `expires` and say in `reason` why it was extended
gate-unused-suppression-help = remove the suppression
