# Messages of plan. Ids are kebab-case; arguments are snake_case.
# What `cmslint plan` writes around the commands of a runbook, why it refuses to write one, and
# what the replay of a runbook says in findings. The commands themselves are never translated.

# Why no plan follows the documented procedure (after `no compliant plan for `EXCLU01`: `).
plan-refusal-no-cluster = the inventory defines no cluster `{ $cluster }`
plan-refusal-target = the documented procedure upgrades to SP1 or SP2, not { $target }
plan-refusal-no-nodes = cluster { $cluster } defines no nodes
# `product`: the Windows the inventory gives, without a service pack.
plan-refusal-service-pack-unknown = the Windows service pack of { $node } is unknown ({ $product } names none), so whether it needs Windows Server 2003 SP2 first is unknown; state it, e.g. `os: {"{"} name: { $product }, servicePack: 2 {"}"}`
plan-refusal-unknown-kind = no source says whether group "{ $group }" is a CMS (a `type` the format does not take says nothing), so it cannot be moved safely; give it its type in the inventory (`type: cms`, `type: cluster` or `type: other`), or export `cluster res` or the status of every CMS
plan-refusal-downgrade = node { $node } already runs { $version }, above { $target }; Exchange cannot be downgraded
plan-refusal-cms-no-owner = CMS { $cms } has no owner node in the inventory, so the procedure cannot be planned
plan-refusal-several-cms = node { $node } owns several CMS, but an Exchange 2007 cluster node runs one CMS at a time; correct the inventory
plan-refusal-no-cms = cluster { $cluster } has no clustered mailbox server to upgrade
plan-refusal-no-passive = no passive node: every node of { $cluster } owns a CMS, and only passive nodes can be upgraded; add a node or move a CMS so that one node owns none

# Why each step of a written runbook is there (the Markdown runbook's step headings).
plan-step-move-unowned = move "{ $group }" to { $node }: the inventory does not say which node owns it, and no passive node may keep it
plan-step-move-off = move "{ $group }" off { $node } before it is upgraded
plan-step-upgrade-passive = upgrade passive node { $node } to { $target }; the CMS stay online
plan-step-stop = take { $cms } offline; downtime for its users begins
plan-step-move-cms = move { $cms } to upgraded node { $node }
plan-step-upgrade-cms = upgrade { $cms } to { $target } and bring it online
plan-step-upgrade-original = upgrade the original active node { $node } to { $target }
plan-step-install-service-pack = install Windows Server 2003 SP{ $service_pack } on { $node } (use the package for its architecture and language), then restart it

# The comment at the top of a written `plans:` document.
plan-yaml-written-by = Written by `{ $invocation }`. Check it with `cmslint check`.
# The file name the written plan has in the findings about it, when it breaks a rule (a bug).
plan-written-path = <plan written for { $cluster }>

# The Markdown runbook (`cmslint plan --format markdown`).
plan-md-title = Upgrade cluster { $cluster } to Exchange Server 2007 { $target }
plan-md-kind = Cluster type: { $kind }.
plan-md-window = Maintenance window: { $start } to { $end }.
plan-md-no-window = Maintenance window: none declared; plan for downtime.
plan-md-downtime = Downtime begins when a clustered mailbox server is stopped and ends when `setup.com /upgradecms` brings it online. Run `cluster.exe` on any node of the cluster and the `*-ClusteredMailboxServer` cmdlets in the Exchange Management Shell.
plan-md-nothing = Nothing to do: every node and CMS already runs the target.
plan-md-step = Step { $number }: { $why }
plan-md-run-on = Run on { $node }:
plan-md-run-any-node = Run on any node:
plan-md-run-in-shell = Run in the Exchange Management Shell:

# A note of the finding at a step the replay cannot go past (it does not know what the step acts
# on): what is left unjudged. `step` is that step, `last` the plan's last.
plan-replay-stopped-at-last = cmslint cannot replay step { $step } without knowing what it acts on, so the state plan { $plan } leaves the cluster in is not judged
plan-replay-stopped-before-last = cmslint cannot replay step { $step } without knowing what it acts on, and the next state of the cluster would be a guess: step { $last } of plan { $plan } is not judged
plan-replay-stopped = cmslint cannot replay step { $step } without knowing what it acts on, and every later state of the cluster would be a guess: steps { $next } to { $last } of plan { $plan } are not judged
# A label at the place that gave a group its owner: the inventory's `owner:`, or the step that
# moved it.
plan-replay-owned-here = { $group } is owned by { $node } here
plan-replay-moved-here = { $group } moved to { $node } here
