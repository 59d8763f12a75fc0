# Messages of rules-adm. Ids are kebab-case; arguments are snake_case.

## Shared by the management rules

# The CMSs a `manages` entry names; $names: their names, joined.
adm-cms = CMS { $names }
# $level: the service pack levels they run (`RTM`, `SP1/SP2`).
adm-cms-at-level = { $level } CMS { $names }
# An entry that names a cluster; $cms: an adm-cms or adm-cms-at-level text.
adm-cluster-cms = cluster { $cluster }: { $cms }
# A node to open a Remote Desktop session on.
adm-node-of-cluster = node { $node } of cluster { $cluster }
# $tools: the tools' service pack level (`RTM`, `SP1`).
adm-tools = { $tools } tools
adm-note-generation = the RTM version of the Exchange management tools manages clustered mailbox servers that run Exchange 2007 RTM; the SP1 or SP2 version manages those that run SP1 or SP2

## ADM501 tools-version-mismatch

# $cms: an adm-cms-at-level text.
adm501-message = workstation { $workstation } manages { $cms } with { $tools } tools
# $cms: the CMSs' names, joined.
adm501-help-upgrade = upgrade the Exchange management tools on { $workstation } to SP1 or SP2 (run `setup.com /mode:upgrade` from the service pack's files there), or manage { $cms } from another computer that has the SP1 or SP2 tools
adm501-help-split = keep the RTM tools on { $workstation } for its RTM CMSs and manage { $cms } from another computer that has the SP1 or SP2 tools (a computer holds one version of the tools)
adm501-help-replace = manage { $cms } with the RTM management tools: replace the { $tools } tools on { $workstation } with them (uninstall the { $tools } tools, then run `setup.com /mode:install /roles:ManagementTools` from the RTM files), or manage { $cms } from another computer on Windows Server 2003 or Windows XP that has the RTM tools
adm501-help-elsewhere = manage { $cms } from a computer on Windows Server 2003 or Windows XP that has the RTM management tools
adm501-help-elsewhere-keep = manage { $cms } from a computer on Windows Server 2003 or Windows XP that has the RTM management tools, and keep the { $tools } tools on { $workstation } for its SP1/SP2 CMSs

## ADM502 tools-on-unsupported-os

# $os: the workstation's Windows.
adm502-message = workstation { $workstation } runs { $tools } tools on { $os }
# $supported: the Windows versions the tools run on, as alternatives.
adm502-label-os = { $os }: the { $tools } tools run only on { $supported }
adm502-note = the RTM version of the Exchange management tools runs on Windows Server 2003 or Windows XP; the SP1 or SP2 version runs on Windows Server 2008, Windows Server 2003, Windows XP or Windows Vista
adm502-help-upgrade = upgrade the Exchange management tools on { $workstation } to SP1 or SP2, which { $os } supports (run `setup.com /mode:upgrade` from the service pack's files there); manage RTM servers from a computer on Windows Server 2003 or Windows XP with the RTM tools
adm502-help-remove = remove the { $tools } tools from { $workstation } and manage Exchange 2007 from a computer on { $supported }

## ADM503 vista-manages-cms

adm503-message = workstation { $workstation } on Windows Vista manages CMS { $cms }
adm503-note = a clustered mailbox server cannot be managed remotely from Windows Vista; only stand-alone servers that run Exchange 2007 SP1 or SP2 can
adm503-help = manage { $cms } from a computer on Windows Server 2008, Windows Server 2003 or Windows XP; { $workstation } can go on managing stand-alone servers that run SP1 or SP2
# $nodes: adm-node-of-cluster texts, as alternatives.
adm503-help-via = manage { $cms } from a computer on Windows Server 2008, Windows Server 2003 or Windows XP, for example by Remote Desktop to { $nodes }; { $workstation } can go on managing stand-alone servers that run SP1 or SP2

## ADM504 cross-os-cluster-management

# $os: the workstation's Windows; $other: the Windows of the CMSs.
adm504-message = workstation { $workstation } on { $os } manages CMS { $cms } on { $other }
# $cms: what the entry names (adm-cms, adm-cluster-cms).
adm504-label-entry = { $cms } on { $other }
adm504-note = the cluster administration tools cannot remotely manage a failover cluster on another operating system, so neither can the Exchange management tools: not a CMS on Windows Server 2008 from Windows Server 2003 or XP, nor a CMS on Windows Server 2003 from Windows Server 2008
adm504-help = manage { $cms } by Remote Desktop to a computer that runs { $other }, such as { $nodes }

## ADM505 mixed-cluster-tools

# $versions: the OS versions whose cluster tools are listed (a list).
adm505-message = workstation { $workstation } has cluster administration tools of { $versions }
adm505-label = { $version } cluster tools
adm505-note = cluster administration tools of different operating system versions cannot be installed on the same computer
# $keep: the version the workstation's own Windows runs; $remove, $others: the other versions,
# joined with "and" and with "or".
adm505-help-keep = keep only the { $keep } cluster tools on { $workstation } (the ones { $os } runs), remove the { $remove } ones, and manage the clusters on { $others } by Remote Desktop to one of their nodes (`mstsc /v:<node>`)
adm505-help = keep the cluster tools of one OS version on { $workstation }, the one its own Windows runs, and manage the clusters on the others by Remote Desktop to one of their nodes (`mstsc /v:<node>`)

## ADM506 missing-cluster-tools

adm506-message = workstation { $workstation } manages CMS { $cms } without cluster administration tools
adm506-note = the Exchange management tools manage a CMS through the cluster administration tools, which come with the Administration Tools Pack (Adminpak.msi) on Windows Server 2003 or Windows XP and with the RSAT-Clustering feature on Windows Server 2008
adm506-note-listed = if the cluster tools are installed already, list them under `clusterTools`
# $command: the command that installs them.
adm506-help-adminpak = install the Windows Server 2003 Administration Tools Pack on { $workstation } (`{ $command }`, see KB 304718)
adm506-help-rsat = install the failover cluster tools on { $workstation } (`{ $command }`)
# When the workstation's Windows is unknown: both helps.
adm506-help-either = on Windows Server 2003 or Windows XP, { $adminpak }; on Windows Server 2008, { $rsat }

## ADM507 plan-breaks-management

# $cms: the CMSs (a list), $count how many; $generation: the tools' generation (`RTM`); $target:
# the service pack level the plan takes them to.
adm507-message = workstation { $workstation } manages { $cms } with the { $generation } Exchange management tools, which cannot manage { $count ->
        [one] it
       *[other] them
    } once plan { $plan } upgrades { $count ->
        [one] it
       *[other] them
    } to { $target }
# $tools: the tools' service pack level.
adm507-label = { $tools } tools, fine today
adm507-label-plan = plan { $plan } upgrades { $cms } to { $target }
# $new_generation: the CMSs' generation after the plan (`SP1/SP2`).
adm507-help = after the plan, upgrade the Exchange management tools on { $workstation } to { $target } (run { $target } Setup there; the { $generation } tools cannot manage an { $new_generation } CMS), or manage { $cms } from another computer
# $command: the command, typed on the workstation.
adm507-fix = { $command } (on { $workstation })
