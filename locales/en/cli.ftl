# Messages of cli. Ids are kebab-case; arguments are snake_case.
# What the command line writes itself on stderr: usage and config errors, warnings, the progress
# bar. clap's own texts (`invalid value`, `--help`) are clap's.

# The first words of a line on stderr.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-internal-error = internal error: { $message }
# The line after an internal error (a panic).
cli-report-bug = This is a bug in cmslint; please report it with the input that caused it.
# The line after an internal error of `cmslint plan`.
cli-report-bug-with-inventory = This is a bug in cmslint; please report it with the inventory that caused it.

# After a word cmslint does not know, when a known one is near: ` (did you mean `sarif`?)`.
cli-did-you-mean = {" "}(did you mean `{ $word }`?)

# Given to clap, which writes it after `invalid value 'X' for '--format <FORMAT[=PATH]>': `.
cli-unknown-format = unknown format `{ $format }`{ $meant }; use one of { $known }
cli-format-needs-path = `{ $format }=` needs a file path after `=`
# Given to clap after `invalid value 'X' for '--lang <LANG>': `.
cli-unknown-lang = unknown language `{ $lang }`{ $meant }; use en or ja

cli-unknown-rule = no rule is called `{ $rule }`{ $meant }; `cmslint rules` lists them
cli-unknown-command = cmslint has no command `{ $command }`; `cmslint --help` lists them

# `cmslint explain`: the line under the heading, and the source of the rule.
cli-explain-summary = { $summary } ({ $severity }, { $category })
cli-explain-source = Source: { $source }

cli-today-invalid = { $variable } is `{ $value }`; it must be a date written YYYY-MM-DD
# One pattern of --select or --ignore that matches no rule, in the list of cli-no-rule-matches.
cli-rule-pattern = `{ $pattern }`{ $meant }
cli-no-rule-matches = no rule matches { $patterns }; use codes (UPG302), prefixes (ADM) or names
cli-path-missing = path `{ $path }` does not exist
cli-nothing-to-check = nothing to check: { $skipped } skipped (no inventory document found; pass --allow-empty to accept this)
cli-baseline-written = wrote the baseline `{ $path }`: { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}
cli-baseline-unwritable = cannot write the baseline to `{ $path }`: { $error }
cli-report-unwritable = cannot write the { $format } report to `{ $path }`: { $error }

# Reports and files that would clash.
cli-reports-to-stdout = { $count } reports would go to stdout ({ $formats }); give all but one a file with --format FORMAT=PATH
cli-the-report = the { $format } report
cli-the-baseline = the baseline
cli-the-config = the config
cli-one-file = { $first } `{ $first_path }` and { $second } `{ $second_path }` are one file; give each its own file
cli-overwrites-input = { $output } `{ $path }` would overwrite { $input } `{ $input_path }` that this run reads; give { $output } another file

# The progress bar of a long check, on a terminal.
cli-progress-looking = looking for files
cli-progress-checking = checking { $files }

# `cmslint plan`
cli-plan-bad-target = `{ $target }` is not an Exchange 2007 version; use SP1 or SP2
cli-window-format = --window takes START/END, two RFC 3339 date-times with an offset separated by one `/` (2026-11-14T20:00:00+01:00/2026-11-15T02:00:00+01:00), not `{ $window }`
# `why`: what is wrong with the date-time.
cli-window-start = --window: the start { $why }
cli-window-end = --window: the end { $why }
cli-window-order = --window: { $why }
# `defined`: the clusters the inventory defines.
cli-plan-no-cluster = the inventory defines no cluster `{ $cluster }`{ $meant }; it defines { $defined }
cli-plan-no-clusters = the inventory defines no cluster `{ $cluster }`{ $meant }; it defines no cluster at all
cli-plan-refused = no plan for cluster { $cluster }: its definition has { $count ->
    [one] { $count } problem above that changes
   *[other] { $count } problems above that change
} what the plan must do; correct the inventory and run again
cli-plan-unreadable = { $count ->
    [one] { $count } inventory problem
   *[other] { $count } inventory problems
} (INV001/INV002); run `cmslint check` first: the plan is written from what could be read
# `refusal`: why no plan follows the documented procedure (plan-refusal-*).
cli-plan-no-compliant = no compliant plan for `{ $cluster }`: { $refusal }
cli-plan-name-taken = the inventory already has a plan named `{ $name }`; give this one another with --name NAME
cli-plan-unreadable-back = the plan written for { $cluster } cannot be read back: { $problem }
cli-plan-breaks-rules = the plan written for { $cluster } breaks the rules above, so it was not printed
cli-plan-no-window = the plan takes a CMS offline but declares no maintenance window, so `cmslint check` reports UPG307 for it; run again with `--window START/END` (e.g. `--window 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z`)
