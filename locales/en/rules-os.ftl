# Messages of rules-os. Ids are kebab-case; arguments are snake_case.

# A `migrations:` entry, named by its two clusters.
os-migration = migration { $from }->{ $to }

## OS401 in-place-cluster-os-upgrade

# $from, $to: Windows before and after the step, as Windows names itself.
os401-message = step { $step } upgrades Windows on cluster node { $node } in place from { $from } to { $to }
os401-label = in-place upgrade of a failover cluster node
# At the node's `os` in the inventory.
os401-label-runs = { $node } runs { $os }
os401-note = Windows Server 2008 changed failover clustering so much that a failover cluster cannot be upgraded from Windows Server 2003 to 2008: a new cluster is built on Windows Server 2008 and the data is moved from the old one
# $migration: the `migrations:` entry that describes the move; $to: its new cluster.
os401-help-migration = the inventory already describes { $migration }: delete step { $step } and move the data to { $to } as that migration says
os401-help = delete step { $step }; build a new Windows Server 2008 failover cluster with Exchange 2007 SP1 or SP2, move the mailboxes from { $cluster } with Move-Mailbox and the public folders with public folder replication, and describe it with a `migrations:` entry (`from: { $cluster }`, `to: <new cluster>`, `mailboxes: move-mailbox`, `publicFolders: replication`)

## OS402 migration-method-unsupported

# $what: os402-mailboxes and os402-public-folders, joined.
os402-message = { $migration } moves { $what }, not a documented method
# $method: the `mailboxes:` or `publicFolders:` value.
os402-mailboxes = mailboxes with `{ $method }`
os402-public-folders = public folders with `{ $method }`
os402-label = moves { $what }
os402-note = to move a clustered mailbox server to a new Windows Server 2008 failover cluster, the mailboxes are moved with the Move Mailbox wizard or the Move-Mailbox cmdlet, and the public folder data with public folder replication
# $new: the CMS of the new cluster, or `<new CMS>`.
os402-help-mailboxes = move the mailboxes with Move-Mailbox or the Move Mailbox wizard and set `mailboxes: move-mailbox` (the command below assumes the default storage group and database names on { $new })
os402-help-public-folders = replicate the public folders to { $new }'s public folder database, remove the old replicas once replication is done, and set `publicFolders: replication`

## OS403 migration-target-not-2008

# $cluster: the new cluster as defined;
# $what: the os403-node-* and os403-cms-rtm texts, joined.
os403-message = { $migration } moves to cluster { $cluster }, which is not Windows Server 2008 with Exchange 2007 SP1 or SP2: { $what }
os403-node-runs = node { $node } runs { $os }
os403-node-rtm = node { $node } runs Exchange 2007 RTM
os403-cms-rtm = CMS { $cms } runs Exchange 2007 RTM
os403-label = { $cluster } is not a Windows Server 2008 cluster on SP1/SP2
os403-note = moving a clustered mailbox server off Windows Server 2003 means building a new failover cluster on Windows Server 2008; Exchange 2007 supports Windows Server 2008 only from SP1 on, so the new cluster runs SP1 or SP2
os403-help = build { $cluster } on Windows Server 2008 (not 2003, not 2008 R2) and install Exchange 2007 SP1 or SP2 on every node (an SP2 install needs no RTM first); if { $cluster } is built already, correct its facts in the inventory
