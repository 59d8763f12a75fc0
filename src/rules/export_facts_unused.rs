//! INV011 export-facts-unused: a raw export's facts are not used, because the host its file
//! name names is not a node of the cluster (a file-name host never creates a node), or because
//! its Windows version alone cannot tell a workstation from a server, or the service pack.
//! The merge of raw exports (`exports::merge`) records each such file; this rule reports them, one finding
//! per file, as a note.

use crate::engine::{Input, Rule, Sink};
use crate::model::Unused;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV011.md"),
    check: Some(check),
};

/// The command that exports a node's Windows with everything cmslint needs.
fn wmi_export(node: &str) -> String {
    format!(
        "Get-WmiObject Win32_OperatingSystem -ComputerName {node} | Select-Object CSName,Caption,Version,BuildNumber,CSDVersion,ServicePackMajorVersion,ProductType | Export-Csv {node}-os.csv -NoTypeInformation"
    )
}

fn check(input: &Input, sink: &mut Sink) {
    for unused in &input.inventory.unused_exports {
        match &unused.reason {
            Unused::FileName {
                file_name,
                cluster,
                nodes,
            } => {
                let finding = sink.report(
                    unused.entity.clone(),
                    unused.span,
                    format!("cmslint cannot tell which node `{file_name}` describes"),
                );
                finding.primary_label("not used: no host inside, and the file name names no node");
                finding.note(match (cluster, nodes.as_slice()) {
                    (Some(cluster), [_, ..]) => format!(
                        "the export names no host inside, and its file name starts with no node of cluster {cluster} ({}); a host taken from a file name must be a node the folder's other sources define, or a stray file would add a node to the cluster, so the facts of this file are not used",
                        nodes.join(", ")
                    ),
                    _ => "the export names no host inside, and no other source in its folder names a node its file name could start with; a host taken from a file name never adds a node, so the facts of this file are not used".to_string(),
                });
                let names: Vec<String> = nodes
                    .iter()
                    .map(|n| format!("`{}-{file_name}`", crate::model::computer_name(n)))
                    .collect();
                finding.help(match names.split_last() {
                    Some((last, [])) => {
                        format!("name the file after the node it comes from: {last}")
                    }
                    Some((last, rest)) => format!(
                        "name the file after the node it comes from: {} or {last}",
                        rest.join(", ")
                    ),
                    None => {
                        format!("name the file after the node it comes from: `<NODE>-{file_name}`")
                    }
                });
            }
            Unused::Windows {
                version,
                product,
                node,
            } => {
                let (what, why) = if *product {
                    (
                        "whether it is a workstation or a server",
                        "these numbers are a client and a server release of Windows alike (5.2 is Windows XP x64 and Windows Server 2003, 6.0 Windows Vista and Windows Server 2008), and the export has no product type, OS configuration or caption that tells which",
                    )
                } else {
                    (
                        "which service pack is installed",
                        "the build number is the same for every service pack of this Windows, and the export has no CSDVersion or ServicePackMajorVersion",
                    )
                };
                sink.report(
                    unused.entity.clone(),
                    unused.span,
                    format!("the Windows version `{version}` of {node} does not tell {what}"),
                )
                .primary_label("not used: cmslint does not guess")
                .note(format!("{why}; the fact is left unknown"))
                .help(format!(
                    "export Windows with its product type and service pack, from WMI or with `systeminfo /s {node}`"
                ))
                .fix(wmi_export(node));
            }
        }
    }
}
