# Messages of rules-top. Ids are kebab-case; arguments are snake_case.
# Names, versions and commands are passed as they are.

## Shared by the TOP rules

# A label at a node's `os` or `exchange`: `EXNODE1 runs Windows Server 2003 SP2`.
rules-top-node-runs = { $node } runs { $version }
# A fix: a command and the node it is run on.
rules-top-command-on-node = { $command } (on { $node })

## TOP101 ccr-topology-invalid

# $has: top101-nodes and top101-cms, as a list.
top101-message = cluster { $cluster } (CCR) has { $has }; CCR needs exactly 2 nodes and 1 CMS
top101-nodes = { $count ->
    [one] { $count } node
   *[other] { $count } nodes
}
top101-cms = { $count } CMS
top101-label = cluster continuous replication
# A label at each node beyond the second, and each CMS beyond the first.
top101-label-node = node { $number } of { $total }
top101-label-cms = CMS { $number } of { $total }
# A label at the cluster's name: what is missing (top101-missing-*, a comma list).
top101-missing-nodes = { $count ->
    [one] { $count } node only
   *[other] { $count } nodes only
}
top101-missing-cms = no group of `type: cms`
top101-note = a CCR cluster keeps one copy of the data on each of its two nodes: one active node runs the CMS and exactly one passive node holds the replica, and the upgrade starts on that passive node
top101-help = make { $cluster } two nodes with one CMS; for more nodes or more CMS use a single copy cluster (SCC) or separate CCR clusters

## TOP102 no-passive-node

top102-message = cluster { $cluster } has no passive node: every node owns a CMS
top102-label = no passive node
top102-label-owner = { $node } owns CMS { $cms }
top102-note = only passive nodes, the nodes that own no CMS, can be upgraded to Exchange 2007 SP1 or SP2; the upgrade starts on one
# $kind: `ccr` for a CCR cluster, anything else otherwise.
top102-help = add a node to { $cluster } (`cluster.exe /cluster:{ $cluster } /add:<new node>`), install the passive clustered mailbox role on it (`setup.com /mode:install /roles:mailbox`) and upgrade it first{ $kind ->
    [ccr] {" "}(a CCR cluster is one active and one passive node)
   *[other] {""}
}; moving a CMS cannot free a node, because Move-ClusteredMailboxServer only moves a CMS to a node that runs none

## TOP103 passive-node-owns-groups

top103-message = passive node { $node } owns group "{ $group }"
top103-label = { $node } owns no CMS: it is passive
top103-label-active = active node: owns a CMS
top103-note = a passive node should hold no other cluster group, neither the default cluster group nor a non-Exchange resource group; these groups must be moved to another node by hand before the passive node is upgraded
top103-help = move "{ $group }" to the active node { $active } before upgrading { $node }
# What INV010 says is unknown, and what TOP103 skipped because of it.
top103-unknown-cms-owner = the owner of CMS { $cms }
top103-unknown-group-owner = the owner of group `{ $group }`
top103-unknown-owner-label = no `owner` given
top103-unknown-owner-why = a node that may own this CMS is not known to be passive, so the groups it holds are not judged
top103-unknown-kind = whether group `{ $group }` is a CMS
top103-unknown-kind-label = nothing says whether this group is a CMS
top103-unknown-kind-why = a group that may be a CMS may make its node active, so the node's groups are not judged and it is never moved with cluster.exe on a guess; from exports, `cluster res` tells a CMS by the Exchange resources it holds
top103-skipped-group = group `{ $group }`
top103-skipped-groups-of = the groups of { $node }

## TOP104 mixed-os-cluster

# $new_product: Windows Server 2008 or a later Windows Server.
top104-message = cluster { $cluster } mixes Windows Server 2003 ({ $old_nodes }) with { $new_product } ({ $new_nodes })
top104-note = Windows Server 2008 failover clustering changed so much that a Windows Server 2003 server cluster cannot be upgraded to Windows Server 2008: a cluster cannot move from 2003 to 2008 node by node
top104-help = build a new Windows Server 2008 failover cluster with Exchange 2007 SP1 or SP2 while { $cluster } keeps running, move the mailboxes to it with Move-Mailbox or the Move Mailbox wizard and the public folders by public folder replication, then retire { $cluster }

## TOP105 rtm-on-windows-2008

top105-message-node = node { $node } on Windows Server 2008 runs Exchange 2007 RTM
top105-message-node-and-cms = node { $node } on Windows Server 2008 runs Exchange 2007 RTM, and so does its CMS { $cms }
top105-message-cms = clustered mailbox server { $cms } on Windows Server 2008 node { $node } runs Exchange 2007 RTM
top105-label-cms = CMS { $cms } runs { $version }
top105-note = Windows Server 2008 support, including clustered mailbox servers on it, came with Exchange 2007 SP1 and SP2: RTM does not support Windows Server 2008
# The node is upgraded, its CMS is not.
top105-help-upgrade-cms = upgrade { $cms } to the service pack of { $node } with `setup.com /upgradecms` on { $node }
# Only the CMS's own `exchange` says RTM; the node's version is not known.
top105-help-node-unknown = install Exchange 2007 SP1 or later on { $node }, then upgrade { $cms } with `setup.com /upgradecms` on it
top105-help-active-node = install Exchange 2007 SP1 or later on { $node }; it owns a CMS, so upgrade a passive node first, move the CMS there and run `setup.com /upgradecms` on it, then upgrade { $node }
top105-help-passive-node = install Exchange 2007 SP1 or later on { $node } with Setup.com in upgrade mode

## TOP106 cms-version-lags-nodes

# $spread: `same` when every node runs the same service pack, anything else otherwise.
top106-message = clustered mailbox server { $cms } is at { $cms_level } but every node of cluster { $cluster } is at { $node_level }{ $spread ->
    [same] {""}
   *[other] {" "}or later
}
top106-label = CMS at { $version }
top106-note = the nodes were upgraded but `setup.com /upgradecms` was never run for { $cms }: a CMS below the version of its node will not start
top106-help-owner = run `setup.com /upgradecms` on { $node }, the node that owns { $cms }: it upgrades the CMS and brings it online
top106-help = run `setup.com /upgradecms` on the node that owns { $cms }: it upgrades the CMS and brings it online

## TOP107 unsupported-windows-version

top107-message = node { $node } of cluster { $cluster } runs { $product }, on which Exchange 2007 is not supported
top107-note-later-server = Exchange 2007 is not supported on Windows Server 2008 R2 or any later Windows Server
top107-note-client = a client edition of Windows cannot be a failover cluster node or run the Exchange 2007 mailbox role
top107-help = rebuild { $node } on Windows Server 2003 SP2, or on Windows Server 2008 with Exchange 2007 SP1 or SP2, or evict it from { $cluster }
