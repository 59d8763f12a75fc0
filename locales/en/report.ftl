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

# A file that changed (or vanished, or could no longer be read) between the scan and the
# reports: its text is unknown (every report says it of each such file).
report-changed = { $path } changed after it was read: its findings are shown without source lines, at line 1, column 1
# A warning of the human report's own, after the findings (also in Markdown and JUnit).
report-warning = warning: { $message }

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

## The HTML report (`-f html`): its headings, table headings and sentences, in page order.

report-html-title = cmslint audit report, { $date }: { $verdict } (errors: { $errors }, warnings: { $warnings }, notes: { $notes })
# The verdict in the page's title, and as the verdict section states it.
report-html-pass = pass
report-html-fail = fail
report-html-status-pass = Pass
report-html-status-fail = Fail
report-html-kicker = cmslint audit report
report-html-heading = Exchange 2007 clustered mailbox servers: upgrade to SP1/SP2
# The label of the table of contents, and the sections it lists.
report-html-contents = Contents
report-html-verdict = Verdict
report-html-checked = What was checked
report-html-accepted = Accepted findings
report-html-clusters = Clusters
report-html-plans = Upgrade plans
report-html-workstations = Workstations
# The findings section, and the tables' column of findings.
report-html-findings = Findings
# The rules section, and the facts' line of the rules that ran.
report-html-rules = Rules

# The verdict: `failing` is report-findings. Text in backticks is code.
report-html-fails = { $failing } at or above `--fail-on { $fail_on }`. Fix them, or accept each one with a reason in the config, before the change goes ahead.
report-html-never-fails = Findings do not fail this run: it ran with `--fail-on never`.
report-html-passes = No finding at or above `--fail-on { $fail_on }`.
report-html-errors = Errors
report-html-warnings = Warnings
report-html-notes = Notes
report-html-suppressed = Suppressed
report-html-baselined = Baselined
report-html-cut = { $count } more findings are not listed: their files had more than `max-findings-per-file`. They still count for the verdict.

# What was checked.
report-html-paths = Paths
report-html-date = Date
# After `cmslint`.
report-html-version = version { $version }
report-html-fails-on = Fails on
report-html-fails-on-level = `{ $fail_on }` and above
report-html-fails-on-never = `never`
report-html-rules-count = { $run } of { $total }
report-html-rules-left-out = { $run } of { $total }; left out: { $codes }
report-html-config = Config
report-html-baseline = Baseline
# No config, no baseline; a table cell without findings.
report-html-none = none
# Before the config's path, as the heading of its text.
report-html-config-heading = The config,
report-html-files-checked = Files checked ({ $count })
report-html-no-file-checked = No file was checked.
report-html-file = File
report-html-files-skipped = Files skipped ({ $count })
report-html-no-file-skipped = No file was skipped.
report-html-why-skipped = Why it was skipped

# Accepted findings.
report-html-none-hidden = No finding was hidden by a suppression or the baseline.
report-html-hidden-intro = These findings were hidden by a suppression in the config or by the baseline. They do not fail the run.
report-html-finding = Finding
report-html-entity = Entity
report-html-hidden-by = Hidden by
report-html-reason = Reason
report-html-expires = Expires
report-html-no-expiry = no expiry
report-html-hidden-by-config = suppression in the config
report-html-hidden-by-baseline = baseline entry

# Clusters: the heading of each, its diagram and its tables.
report-html-no-clusters = The inventory describes no cluster.
report-html-cluster-title = Cluster { $cluster }
# Before the links to the findings about the cluster itself.
report-html-cluster-own = About the cluster as a whole:
report-html-diagram-caption = Each group is drawn under the node that owns it. The mark on a node or group is its worst finding.
# The accessible name of the diagram.
report-html-diagram-label = Diagram of cluster { $cluster }: { $nodes ->
    [one] { $nodes } node
   *[other] { $nodes } nodes
}, { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}, each group drawn under the node that owns it; the table below gives the same facts
report-html-nodes-of = Nodes of { $cluster }
report-html-groups-of = Groups of { $cluster }
report-html-node = Node
report-html-role = Role
report-html-group = Group
report-html-kind = Kind
report-html-owner = Owner
report-html-state = State
report-html-not-cms = not a CMS
report-html-role-active = active node
report-html-role-passive = passive node
report-html-role-unknown = node of unknown role
report-html-kind-cms = CMS
report-html-kind-cluster = cluster group
report-html-kind-other = group
report-html-kind-unknown = group of unknown kind
report-html-state-online = online
report-html-state-offline = offline
report-html-state-partially-online = partially online
report-html-state-failed = failed
# A value the inventory does not give.
report-html-unknown = unknown
# A value the inventory gives that cmslint could not understand.
report-html-not-understood = { $text } (not understood)
# Lines of a node's box in the diagram, and of a workstation's row.
report-html-windows = Windows: { $version }
report-html-exchange = Exchange: { $version }
report-html-exchange-tools = Exchange tools: { $version }
# The diagram's column of the groups whose owner is not a node of the cluster.
report-html-no-owner = owner not among the nodes
# The mark of something without findings.
report-html-no-finding = no finding

# Upgrade plans: the facts of each and its timeline.
report-html-no-plans = The inventory holds no upgrade plan.
report-html-plan-title = Plan { $plan }
report-html-cluster = Cluster
report-html-target = Target
report-html-window = Maintenance window
report-html-window-span = { $start } to { $end }
# `length`: report-html-hours...
report-html-window-length = { $start } to { $end } ({ $length })
report-html-none-given = none given
report-html-plan-own = About the plan as a whole:
report-html-not-replayed = The inventory does not describe cluster { $cluster }, so the steps could not be replayed against it.
report-html-timeline-caption = The steps of { $plan } and the cluster after each. A shaded CMS cell is a CMS that is down.
report-html-step = Step
report-html-command = Command
report-html-runs-on = Runs on
report-html-exchange-on-nodes = Exchange on each node
report-html-cms-owner-state = Each CMS: owner, state
report-html-other-groups = Other groups: owner
report-html-before-plan = Before the plan
report-html-window-opens = The maintenance window opens: { $start }
report-html-window-closes = The maintenance window closes: { $end }
report-html-window-closes-after = The maintenance window closes: { $end }, { $length } after it opens
# A step without `on:`.
report-html-not-given = not given
# What the timeline's command column says of a step that is not a command.
report-html-install-service-pack = install Windows service pack { $service_pack }
report-html-install-a-service-pack = install a Windows service pack
report-html-remove-rollups = remove the Exchange update rollups
report-html-upgrade-windows = upgrade Windows to { $version }
report-html-note = note
# A maintenance window's length.
report-html-minutes = { $minutes } min
report-html-hours = { $hours } h
report-html-hours-minutes = { $hours } h { $minutes } min

# Workstations.
report-html-no-workstations = The inventory describes no workstation.
report-html-matrix-caption = Each workstation by the CMSs it manages. A cell gives the worst finding about managing that CMS from that workstation.
report-html-workstation = Workstation
report-html-workstation-itself = The workstation itself
# A cell of a CMS the workstation manages without findings.
report-html-fine = fine
report-html-not-managed = not managed

# Findings.
report-html-no-findings = No findings.
# A finding shown with --show-suppressed.
report-html-accepted-by = accepted: { $reason }
report-html-location = Where
# Before a finding's notes, its help and its fix commands.
report-html-why = Why:
report-html-what-to-do = What to do:
report-html-fix = Fix
report-html-why-code-matters = Why { $code } matters

# Rules.
report-html-no-rules = No rule fired.
report-html-rules-intro = Each rule that fired, and why it matters. The rules come from Microsoft's documentation of upgrading clustered mailbox servers to Exchange 2007 SP1 or SP2; `cmslint explain CODE` prints the whole text.
report-html-why-it-matters = Why it matters

report-html-colophon = Written by cmslint { $version } on { $date }. The page is self-contained: it loads nothing and runs no script.
