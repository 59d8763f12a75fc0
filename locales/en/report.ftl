# Messages of report. Ids are kebab-case; arguments are snake_case.
# What the reporters write themselves around the findings' own texts.

# Severities and rule categories where people read them; the machine reports keep the keywords.
report-severity-error = error
report-severity-warning = warning
report-severity-note = note
report-category-inventory = inventory
report-category-topology = topology
report-category-prerequisites = prerequisites
report-category-procedure = procedure
report-category-os-migration = os-migration
report-category-management = management
# Between the items of an enumeration of codes, counts or names.
report-list-separator = {", "}

# Counts, in the summary line and the findings not shown.
report-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
report-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
report-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
report-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}

# The summary line that ends the human report (also on stderr, in the Markdown report and in the
# GitHub notice): `files` is count-files, `errors`, `warnings`, `notes` are report-errors...
report-summary = checked { $files } ({ $skipped } skipped): { $errors }, { $warnings }, { $notes }
# A further part of the summary line.
report-summary-more = { $summary }; { $more }
report-summary-suppressed = { $count } suppressed
report-summary-baselined = { $count } baselined
report-summary-not-shown = { $findings } not shown (more than max-findings-per-file in one file)
# Of one file whose findings were cut short (JUnit, SARIF notifications).
report-not-shown = { $findings } not shown ({ $errors }, { $warnings }, { $notes }): more than max-findings-per-file in this file

# Why a file was passed over, when the config left it out.
report-excluded = excluded by the config (`include`/`exclude`)
# `--verbose`: a file read in another encoding than UTF-8, and a file passed over.
report-read-as = read { $path } as { $encoding }
report-skipped = skipped { $path }: { $reason }

# The lines under a finding's source lines (human, and the text of SARIF and GitHub results).
report-on-entity = { $code } ({ $name }) on { $entity }
report-note = note: { $note }
report-help = help: { $help }
report-fix = fix: { $fix }
# `--show-suppressed`: what hid the finding, and the reason given.
report-suppressed-config = suppressed (config): { $reason }
report-suppressed-baseline = suppressed (baseline): { $reason }

# The Markdown report: when nothing was found, and the table's headings.
report-md-no-findings = No findings.
report-md-severity = severity
report-md-code = code
report-md-location = location
report-md-entity = entity
report-md-message = message
report-md-fix = fix

# JUnit: the test case of a file without findings, the one that counts the findings not shown,
# and the lines of a failure's text.
report-junit-no-findings = { $path }: no findings
report-junit-not-shown = { $path }: { $findings } not shown
report-junit-heading = { $severity }[{ $code }] { $name }: { $message }
report-junit-at = at { $place }
report-junit-at-label = at { $place }: { $label }
report-junit-entity = entity: { $entity }
report-junit-see = see { $place }: { $label }

# SARIF: what `%SRCROOT%`, the base of every artifact URI, stands for.
report-sarif-srcroot = the directory cmslint ran in; for files outside it, the path given on the command line
