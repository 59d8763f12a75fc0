# Messages of rules-upg. Ids are kebab-case; arguments are snake_case.
# Names, versions, step numbers and commands are passed as they are. $step is the number of the
# step a finding is about.

## Shared by the UPG rules

# A label at a node's `exchange`: `EXNODE2 runs RTM`.
rules-upg-node-runs = { $node } runs { $version }
# A label at the later step that upgrades the node.
rules-upg-upgraded-only-here = { $node } is upgraded only here
# A fix: a command and the node it is run on.
rules-upg-command-on-node = { $command } (on { $node })

## UPG301 upgrade-on-active-node

upg301-message = step { $step } upgrades { $node }, which owns the CMS { $cms } at that point
upg301-label = { $node } is an active node here
upg301-note = only passive nodes, the nodes that hold no clustered mailbox server, can be upgraded to Exchange 2007 SP1 or SP2
upg301-help-only = { $node } is the only node of cluster { $cluster }: a CMS cannot be upgraded in place
upg301-help-no-passive = no node of cluster { $cluster } is passive at that point, and a node runs one CMS at a time: { $cms } has no node to move to; upgrade a node while it is passive, before a CMS moves to it
upg301-help-move = take { $cms } offline and move it to the upgraded passive node { $destination } before step { $step }: insert the commands below
upg301-help-upgrade-then-move = upgrade the passive node { $destination } first, then take { $cms } offline and move it there before step { $step }: insert the commands below

## UPG302 passive-node-not-emptied

# $passive: `yes` when the node is known to be passive, anything else when it may be active.
upg302-message = step { $step } upgrades the { $passive ->
    [yes] passive node
   *[other] node
} { $node } while it still owns { $groups }
upg302-label = { $node } is not emptied yet
upg302-note = other cluster groups, such as the default cluster group or groups unrelated to Exchange, must be moved by hand to another node (the active node, say) before a passive node is upgraded
upg302-help-only = { $node } is the only node of cluster { $cluster }: its groups cannot be moved away
# Followed by one cluster.exe command per group.
upg302-help-commands = move the groups to { $destination }: insert these commands before step { $step }
# Every group is of unknown kind: no command is given.
upg302-help = move the groups to { $destination } before step { $step }
upg302-note-unknown-kind = no source says whether "{ $group }" is a CMS: move a CMS with Move-ClusteredMailboxServer, any other group with Cluster.exe

## UPG303 gui-setup-upgrade

upg303-message-node = step { $step } upgrades { $node } with the Setup wizard (Setup.exe)
upg303-message-cms = step { $step } upgrades the CMS on { $node } with the Setup wizard (Setup.exe)
upg303-label = GUI Setup
upg303-note = only the command-line Setup (Setup.com) can upgrade a clustered mailbox server to Exchange 2007 SP1 or SP2; the Setup wizard (Setup.exe) can only create new clustered mailbox servers
upg303-help = run the command-line Setup on { $node } instead, with `on: { $node }`

## UPG304 cms-on-unupgraded-node

upg304-message-move = step { $step } moves the CMS { $cms } to { $node }, which runs { $version }, not { $target }, at that point
upg304-message-upgrade = step { $step } upgrades the CMS { $cms } on { $node }, which runs { $version }, not { $target }, at that point
upg304-message-start = step { $step } starts the CMS { $cms } on { $node }, which runs { $version }, not { $target }, at that point
upg304-label = { $node } is not upgraded to { $target } yet
upg304-note = after the passive nodes are upgraded, the CMS is taken offline and moved from the active node to an upgraded passive node; only there is it upgraded and brought online
# $alternative: upg304-alternative, or nothing.
upg304-help-move-step = move step { $later } before step { $step }: { $node } must run { $target } first{ $alternative }
upg304-help-upgrade-first = upgrade { $node } first: insert `setup.com /mode:upgrade` with `on: { $node }` before step { $step }{ $alternative }
# The end of the help when the CMS sits on the node and an upgraded passive node can take it.
upg304-alternative = ; or, as the seed does, take { $cms } offline and move it to the upgraded passive node { $destination } first

## UPG305 early-cms-outage

upg305-message = step { $step } takes the CMS { $cms } offline before any passive node ({ $nodes }) has been upgraded to { $target }
upg305-label = the outage starts here
upg305-note = the passive nodes are upgraded first, while the CMS stays online and available to clients; downtime begins midway, when the CMS is taken offline to move to an upgraded passive node
# $node_count: how many passive nodes there are.
upg305-help-upgrade-first = upgrade { $node_count ->
    [one] the passive node
   *[other] the passive nodes
} first, before step { $step }: { $cms } can stay online meanwhile
# $steps: the numbers of the later steps that upgrade the passive nodes, $step_count how many.
upg305-help-move-steps = move { $step_count ->
    [one] step
   *[other] steps
} { $steps } before step { $step }: upgrade { $node_count ->
    [one] the passive node
   *[other] the passive nodes
} first, { $cms } can stay online meanwhile

## UPG306 incomplete-upgrade

# $unfinished: the upg306-node-* and upg306-cms-* items, as a comma list.
upg306-message-short = plan { $plan } leaves cluster { $cluster } short of { $target }: { $unfinished }
upg306-message-unfinished = plan { $plan } leaves cluster { $cluster } unfinished: { $unfinished }
upg306-node-below = node { $node } at { $version }
upg306-cms-below-offline = CMS { $cms } at { $version } and offline
upg306-cms-below = CMS { $cms } at { $version }
upg306-cms-offline = CMS { $cms } offline
upg306-label = the plan ends before the upgrade is complete
upg306-label-node = { $node } is never upgraded and stays at { $version }
upg306-label-cms = { $cms } stays at { $version }
upg306-label-taken-offline = { $cms } is taken offline here and never started again
upg306-label-offline-in-inventory = { $cms } is offline in the inventory and the plan never starts it
upg306-label-left-offline = { $cms } is left offline
upg306-note = the documented procedure upgrades every passive node first, then takes each CMS offline, moves it to an upgraded node and upgrades it there, and then upgrades the original active node; a cluster left halfway runs mixed versions and a CMS left offline serves no one
upg306-help = append the missing steps to plan { $plan } in the order below (Setup runs on the node in parentheses)

## UPG307 no-maintenance-window

upg307-message = plan { $plan } takes CMS { $cms } offline at step { $step } but declares no maintenance window
upg307-label = no `window:` in this plan
upg307-label-offline = { $cms } goes offline here
upg307-note = upgrading a clustered mailbox server to SP1 or SP2 means downtime for the CMS; how long depends on how long the procedure takes for the whole cluster, and it begins midway, when the CMS is taken offline
upg307-help = agree on a maintenance window and declare it in plan { $plan }, e.g. `window: {"{"} start: 2026-12-05T22:00:00Z, end: 2026-12-06T04:00:00Z {"}"}` under `target:`

## UPG308 manual-rollup-removal

# $service_pack: the plan's target (SP2), or upg308-sp1-or-sp2 when it has none.
upg308-message = step { $step } removes the update rollups from { $node } by hand before { $service_pack } Setup
upg308-sp1-or-sp2 = SP1 or SP2
upg308-label = not needed
upg308-label-setup = { $service_pack } Setup removes the rollups from { $node } here
upg308-note = when Exchange 2007 SP1 or SP2 is installed on a computer with update rollups, Setup removes the rollups automatically before it installs the service pack; they need not be removed by hand
upg308-help = delete step { $step }: { $service_pack } Setup (`setup.com /mode:upgrade` on { $node }) removes the installed update rollups itself

## UPG309 cms-managed-with-cluster-tools

upg309-message-move = step { $step } moves CMS { $cms } to { $node } with cluster.exe
upg309-message-online = step { $step } brings CMS { $cms } online with cluster.exe
upg309-message-offline = step { $step } takes CMS { $cms } offline with cluster.exe
upg309-label = cluster.exe skips the Exchange health checks
upg309-note = Microsoft's guidance for clustered mailbox servers is to move, stop and start a CMS only with the Exchange tools (the Manage Clustered Mailbox Server wizard or the *-ClusteredMailboxServer cmdlets): they check replication health and the target node before a handoff and keep the Exchange Replication service informed; cluster.exe does neither
upg309-help = replace step { $step } with the Exchange Management Shell cmdlet below

## UPG310 cms-moved-while-online

upg310-message = step { $step } moves CMS { $cms } ({ $cms_version }) to upgraded node { $node } ({ $node_version }) while it is online
upg310-label = { $cms } is still online here
upg310-label-upgraded = { $node } is upgraded to { $target } here
upg310-note = once every passive node runs SP1 or SP2, the CMS must be taken offline and then moved from the active node to an upgraded passive node; moved online, it is handed over to binaries newer than itself before `setup.com /upgradecms` has upgraded it
upg310-help = take { $cms } offline before step { $step }: insert the command below before it
