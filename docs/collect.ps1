<#
.SYNOPSIS
    Collects the raw exports cmslint reads, one folder per cluster (docs/exports.md).

.DESCRIPTION
    Run in the Exchange Management Shell (PowerShell 1.0 or later) as an administrator of the
    clusters and of their nodes. For each clustered mailbox server it writes, in a folder named
    after its failover cluster:

        groups.txt, nodes.txt, resources.txt     cluster.exe group / node / res
        cms.txt, mailbox.txt, exchange.txt       Get-ClusteredMailboxServerStatus, Get-MailboxServer,
                                                 Get-ExchangeServer (Format-List)
        <NODE>-systeminfo.txt                    systeminfo /s <NODE>
        <NODE>-os.csv                            Win32_OperatingSystem
        <NODE>-exsetup.txt                       ExSetup.exe's FileVersionInfo, read over the
                                                 administrative share

    Then run:  cmslint check <OutDir>

.PARAMETER ClusteredMailboxServer
    The CMSs to collect; every clustered mailbox server of the organisation when omitted.

.PARAMETER OutDir
    Where the cluster folders are written.

.PARAMETER ExchangeBin
    The Exchange bin folder on the nodes, as an administrative-share path.

.EXAMPLE
    .\collect.ps1 -ClusteredMailboxServer EXCMS01,EXCMS02 -OutDir C:\cmslint\exports
#>
param(
    [string[]] $ClusteredMailboxServer,
    [string] $OutDir = '.',
    [string] $ExchangeBin = 'C$\Program Files\Microsoft\Exchange Server\bin'
)

$ErrorActionPreference = 'Stop'

function Save($Lines, $Path) {
    # UTF-16 LE with BOM, no wrapping: what cmslint reads best.
    $Lines | Out-File -FilePath $Path -Width 4096 -Encoding Unicode
}

function Computer($Name) {
    # "EXNODE1.contoso.com <Active, Quorum Owner>" -> "EXNODE1"
    $Name.Split(' ')[0].Split('.')[0]
}

if (-not $ClusteredMailboxServer) {
    $ClusteredMailboxServer = @(Get-MailboxServer |
        Where-Object { $_.ClusteredStorageType -ne 'Disabled' } |
        ForEach-Object { $_.Name })
}

foreach ($cms in $ClusteredMailboxServer) {
    $status = Get-ClusteredMailboxServerStatus -Identity $cms
    $nodes = @($status.OperationalMachines | ForEach-Object { Computer $_ })
    if ($nodes.Count -eq 0) {
        Write-Warning "$cms lists no operational machines; skipped"
        continue
    }
    # The failover cluster's name, from the cluster WMI provider of a node (2003 and 2008).
    $cluster = (Get-WmiObject -Namespace root\MSCluster -Class MSCluster_Cluster -ComputerName $nodes[0]).Name
    $dir = Join-Path $OutDir $cluster
    if (-not (Test-Path $dir)) { New-Item -ItemType Directory -Path $dir | Out-Null }
    Write-Host "$cms -> $dir"

    # The cluster as cluster.exe sees it (the same for every CMS of the cluster).
    Save (cluster.exe "/cluster:$($nodes[0])" group) (Join-Path $dir 'groups.txt')
    Save (cluster.exe "/cluster:$($nodes[0])" node) (Join-Path $dir 'nodes.txt')
    Save (cluster.exe "/cluster:$($nodes[0])" res) (Join-Path $dir 'resources.txt')

    # The CMS as Exchange sees it; one file per CMS, so that an SCC with several CMSs keeps all.
    Save ($status | Format-List) (Join-Path $dir "cms-$cms.txt")
    Save (Get-MailboxServer $cms | Format-List) (Join-Path $dir "mailbox-$cms.txt")
    Save (Get-ExchangeServer $cms | Format-List) (Join-Path $dir "exchange-$cms.txt")

    # Every node: Windows and the Exchange build. The file names start with the node's name.
    $all = @($nodes + @(Get-MailboxServer $cms).RedundantMachines | ForEach-Object { Computer $_ } | Sort-Object -Unique)
    foreach ($node in $all) {
        Save (systeminfo.exe /s $node) (Join-Path $dir "$node-systeminfo.txt")
        Get-WmiObject Win32_OperatingSystem -ComputerName $node |
            Select-Object CSName,Caption,Version,BuildNumber,CSDVersion,ServicePackMajorVersion,ProductType |
            Export-Csv -Path (Join-Path $dir "$node-os.csv") -NoTypeInformation
        $exsetup = "\\$node\$ExchangeBin\ExSetup.exe"
        if (Test-Path $exsetup) {
            Save ((Get-Item $exsetup).VersionInfo | Format-List) (Join-Path $dir "$node-exsetup.txt")
        } else {
            Write-Warning "$exsetup not found; pass -ExchangeBin"
        }
    }
}
