# Messages of rules-inv. Ids are kebab-case; arguments are snake_case.

## INV002 schema-violation (the message itself is the schema check's or the model's)

inv002-help-on = add `on: <node>` naming the node the command is typed on

## INV003 duplicate-name

# $kind: cluster, node, group, server, workstation or plan.
inv003-message = { $kind } `{ $name }` is defined twice
inv003-label-second = second definition
inv003-label-first = first defined here
inv003-note = names compare case-insensitively and an FQDN stands for its first label, so both definitions describe one computer or object
inv003-help = merge the two definitions of `{ $name }` or rename one

## INV004 unknown-reference

inv004-owner-message = group `{ $group }` is owned by `{ $owner }`, which is not a node of cluster { $cluster }
inv004-owner-label = not a node of this cluster
inv004-owner-label-cluster = cluster defined here
inv004-plan-message = plan `{ $plan }` is for cluster `{ $cluster }`, which the inventory does not define
inv004-label-unknown-cluster = unknown cluster
inv004-plan-help = define the cluster under `clusters:` or correct the name
inv004-manages-message = workstation { $workstation } manages `{ $entry }`, which is neither a CMS, a cluster nor a server of the inventory
inv004-manages-label = unknown name
inv004-manages-help = name a CMS, a cluster or a stand-alone server defined in the inventory
inv004-migration-message = migration names cluster `{ $cluster }`, which the inventory does not define
inv004-migration-help = define both clusters under `clusters:` (the new one as it will be built)
# $names: inv004-step-name of each name the step gives that the cluster lacks, joined.
inv004-step-message = step { $step } names { $names }, not in cluster { $cluster }
# $kind: node, group or CMS.
inv004-step-name = { $kind } `{ $name }`
inv004-step-label = unknown { $kind } `{ $name }`
# What the plan's cluster has, as the help of a name it lacks: $parts are the inv004-has-*
# texts.
inv004-known = cluster { $cluster } has { $parts }
inv004-has-nodes = nodes { $names }
inv004-has-no-nodes = no nodes
inv004-has-cms = CMS { $names }
inv004-has-no-cms = no CMS
inv004-has-other-groups = other groups { $names }
inv004-has-no-other-groups = no other groups
# A cluster.exe step whose `/cluster:` switch or first argument names $named.
inv004-foreign = step { $step } runs cluster.exe against cluster `{ $named }`, not against { $cluster }, the cluster of plan { $plan }
inv004-foreign-label-defined = `{ $named }` is another cluster of the inventory
inv004-foreign-label-none = no cluster `{ $named }` is defined
inv004-foreign-note = cluster.exe acts on the cluster its `/cluster:` switch or first argument names, so this step leaves { $cluster } as it is: cmslint does not replay it, and judges the later steps as if it did nothing
# $name: the plan's cluster as cluster.exe names it.
inv004-foreign-help-other = this step belongs to the runbook of { $other }: delete it, or name { $name } (or no cluster, to act on the cluster of the node it runs on)
# $clusters: the clusters the inventory defines, joined.
inv004-foreign-help = the inventory defines { $count ->
        [one] cluster
       *[other] clusters
    } { $clusters }: name { $name }, or no cluster (to act on the cluster of the node it runs on)

## INV005 unrecognized-version

# What cannot be understood, for the messages below.
inv005-windows = Windows version
inv005-exchange = Exchange version
inv005-tools = Exchange tools version
inv005-cluster-tools = cluster tools
# $what: an inv005-* name above; $entity: the entity path.
inv005-message = cannot understand the { $what } `{ $text }` of { $entity }
inv005-label = unrecognised { $what }
# Another value of the same entity that cannot be understood.
inv005-label-other = unrecognised { $what } `{ $text }`
inv005-note = the checks that need this fact skip this entity
inv005-help-os = write Windows as it prints itself, e.g. `Windows Server 2003 R2 Enterprise x64 Edition SP2`, `{"{"}name: Windows Server 2008 Enterprise, servicePack: 2{"}"}` or `{"{"}version: "5.2.3790", servicePack: 2{"}"}`
inv005-help-cluster-tools = name the OS version whose cluster administration tools are installed, as a text: `Windows Server 2003` (also `adminpak`, the Administration Tools Pack) or `Windows Server 2008` (also `RSAT-Clustering`)
inv005-help-exchange = write an Exchange 2007 version: `RTM`, `SP1`, `SP2 RU3`, a build such as `8.1.240.6` or `8.01.0240.006`, or `Version 8.1 (Build 240.6)`

## INV006 conflicting-facts

# $fact: what the sources disagree about (`the owner of group EXCMS01`); $other, $first: the
# two values, the later source's first.
inv006-message = two sources disagree about { $fact }: `{ $other }` and `{ $first }`
inv006-label = says `{ $value }`
inv006-note = cmslint cannot know which source is right, so it uses neither: the checks that need this fact skip it until the sources agree; exports taken at different times, say before and after a failover, disagree this way
inv006-help = correct the inventory document, or export the cluster again so that every file shows the same moment

## INV011 export-facts-unused

inv011-name-message = cmslint cannot tell which node `{ $file }` describes
inv011-name-label = not used: no host inside, and the file name names no node
# $nodes: the nodes of the folder's cluster, joined.
inv011-name-note-cluster = the export names no host inside, and its file name starts with no node of cluster { $cluster } ({ $nodes }); a host taken from a file name must be a node the folder's other sources define, or a stray file would add a node to the cluster, so the facts of this file are not used
inv011-name-note = the export names no host inside, and no other source in its folder names a node its file name could start with; a host taken from a file name never adds a node, so the facts of this file are not used
# $names: the file names it could have, one per node (or `<NODE>-` before it), joined.
inv011-name-help = name the file after the node it comes from: { $names }
inv011-product-message = the Windows version `{ $version }` of { $node } does not tell whether it is a workstation or a server
inv011-sp-message = the Windows version `{ $version }` of { $node } does not tell which service pack is installed
inv011-windows-label = not used: cmslint does not guess
inv011-product-note = these numbers are a client and a server release of Windows alike (5.2 is Windows XP x64 and Windows Server 2003, 6.0 Windows Vista and Windows Server 2008), and the export has no product type, OS configuration or caption that tells which; the fact is left unknown
inv011-sp-note = the build number is the same for every service pack of this Windows, and the export has no CSDVersion or ServicePackMajorVersion; the fact is left unknown
inv011-windows-help = export Windows with its product type and service pack, from WMI or with `systeminfo /s { $node }`
