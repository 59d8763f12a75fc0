# Messages of rules-pre. Ids are kebab-case; arguments are snake_case.

## PRE201 windows-2003-sp2-missing

# $os: the node's Windows at that point of the plan, as Windows names itself.
pre201-message-node = step { $step } upgrades Exchange on { $node }, which runs { $os }, not SP2, at that point
pre201-message-cms = step { $step } upgrades the CMS on { $node }, which runs { $os }, not SP2, at that point
pre201-without-service-pack = { $product } without a service pack
pre201-label-not-sp2 = { $node } is not on Windows Server 2003 SP2 yet
# At the node's definition in the inventory.
pre201-label-runs = { $node } runs { $os }
# $target: the plan's target (`SP2`).
pre201-note = cluster nodes must run Windows Server 2003 Service Pack 2 before they are upgraded to Exchange 2007 { $target }
pre201-help = install Windows Server 2003 SP2 on { $node } first: insert this step before step { $step }
# What PRE201 could not judge for want of a fact (INV010).
pre201-skipped = step { $step } of plan { $plan }
pre201-fact-windows = the Windows version of { $node }
pre201-label-no-os = no `os` given
pre201-fact-service-pack = the Windows service pack of { $node }
pre201-label-no-service-pack = names no service pack
pre201-why-caption = a Windows caption names no service pack (systeminfo's OS Name and WMI's Caption never do)
# $minimum: the service pack the edition implies (Windows Server 2003 R2: 1).
pre201-why-minimum = a Windows caption names no service pack (systeminfo's OS Name and WMI's Caption never do); { $product } is at least SP{ $minimum }, which does not settle SP2

## PRE202 unsupported-upgrade-target

# $target: the target as the plan gives it, or its service pack level (`SP3`); $what: a
# pre202-problem-* or pre202-below-* text.
pre202-message = plan { $plan } targets { $target }, { $what }
pre202-problem-unknown = which is not an Exchange 2007 version cmslint understands
pre202-problem-not-documented = not SP1 or SP2
# $below: a pre202-below-* text.
pre202-problem-not-documented-and-below = not SP1 or SP2, and { $below }
# $nodes: the nodes that already run $level, joined, and $count how many.
pre202-below = below the { $level } that { $nodes } already { $count ->
        [one] runs
       *[other] run
    }
# $nodes: pre202-node-at-level of each node, joined.
pre202-below-each = below what { $nodes } already run
pre202-node-at-level = { $node } ({ $level })
pre202-label-unknown = unknown version
pre202-label-not-documented = not SP1 or SP2
pre202-label-below = below what { $node } already runs
pre202-label-node-runs = { $node } already runs { $level }
pre202-note = the documented procedure upgrades a clustered mailbox server from Exchange 2007 RTM to Exchange 2007 SP1 or SP2
pre202-help-unknown = write the target as `SP1` or `SP2`
pre202-help-not-documented = this procedure upgrades a CMS from RTM to SP1 or SP2: target `SP1` or `SP2`, or check an { $level } upgrade against its own documentation
pre202-help-no-downgrade = Exchange 2007 cannot be downgraded: target at least { $level }
pre202-help-nothing-to-upgrade = Exchange 2007 cannot be downgraded and the cluster already runs { $level }: this procedure has nothing left to upgrade
