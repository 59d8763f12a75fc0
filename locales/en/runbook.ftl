# Messages of runbook. Ids are kebab-case; arguments are snake_case.
# Placeholders inside commands (`<node>`, `<group>`) are the same in every language.

## INV007 unrecognized-command: a runbook step cmslint cannot classify. The reason follows the
## message.

inv007-message = step { $step } is not a command cmslint understands: { $reason }
inv007-label = not simulated
inv007-note = cmslint does not simulate this step: the checks of the steps after it assume it changes nothing in the cluster
inv007-help = write one of the commands cmslint understands: `setup.com /mode:upgrade`, `setup.com /upgradecms` (each with `on: <node>`), `cluster.exe group "<group>" /move:<node>`, `cluster.exe group "<group>" /offline` or `/online`, `Stop-ClusteredMailboxServer <cms>`, `Start-ClusteredMailboxServer <cms>`, `Move-ClusteredMailboxServer <cms> -TargetMachine <node>`; or, for a manual step, `action: note` with its `text:`

## Why a step is not a command cmslint understands (`runbook::Reason`). Names and values are
## as the step wrote them.

runbook-empty-step = the step is empty
runbook-unknown-command = unknown program or cmdlet '{ $name }'
runbook-several-commands = several commands in one step
runbook-redirection = redirection ('<' or '>') is not supported in a step
runbook-escape-character = escape character '{ $character }' is not supported
runbook-unterminated-quote = unterminated quote
# $program: setup.com, cluster.exe or a cmdlet's name.
runbook-unexpected-argument = unexpected argument '{ $argument }' to { $program }
runbook-setup-mode-without-value = setup.com /mode needs a value such as /mode:upgrade
runbook-setup-upgradecms-with-value = setup.com /upgradecms takes no value
runbook-setup-mode-not-upgrade = setup.com /mode:{ $mode } is not an upgrade
runbook-setup-both-modes = setup.com with both /mode:upgrade and /upgradecms is ambiguous
runbook-setup-not-upgrade = setup.com without /mode:upgrade or /upgradecms is not an upgrade step
runbook-cluster-without-group = cluster.exe without the group verb
# $word: a cluster.exe object other than `group` (`node`, `res`) or an unknown switch.
runbook-cluster-unsupported = cluster.exe '{ $word }'
runbook-cluster-named-twice = cluster.exe names the cluster twice
runbook-group-name-missing = cluster.exe group needs a group name
runbook-unexpected-group-argument = unexpected argument '{ $argument }' to cluster.exe group (quote group names with spaces)
# $switch: `move` or `moveto` as written.
runbook-move-without-colon = cluster.exe /{ $switch } needs the colon form /{ $switch }:<node>
runbook-move-without-node = cluster.exe /{ $switch } without a node lets cluster.exe pick one, so the plan cannot be replayed
runbook-online-offline-with-value = cluster.exe /{ $switch } with a value is not supported
runbook-unsupported-group-option = cluster.exe group option '{ $option }' is not supported
runbook-several-group-operations = cluster.exe group with several operations
runbook-group-without-operation = cluster.exe group '{ $group }' without /move, /offline or /online
runbook-lone-dash = a lone '-' is not a parameter
runbook-unknown-parameter = unknown parameter -{ $parameter } for { $cmdlet }
# $candidates: the parameters the prefix matches, each with its dash (runbook-comma-list).
runbook-ambiguous-parameter = parameter -{ $parameter } is ambiguous: { $candidates }
runbook-parameter-twice = parameter -{ $parameter } is given more than once
runbook-parameter-without-value = parameter -{ $parameter } needs a value
runbook-switch-not-boolean = -{ $parameter }:{ $value } is not $true or $false
runbook-whatif = -WhatIf makes the step a dry run
runbook-missing-identity = missing identity for { $cmdlet }
runbook-missing-target = missing -TargetMachine for { $cmdlet }
# $what: one of the runbook-name-* messages.
runbook-name-is-list = { $what } '{ $value }' is a list
runbook-name-expands = { $what } '{ $value }' uses a variable or an expression
runbook-empty-name = empty { $what }
runbook-name-has-control = { $what } '{ $value }' contains a control character
runbook-name-cluster = cluster name
runbook-name-group = group name
runbook-name-node = node name
runbook-name-identity = identity
runbook-name-target-machine = target machine
