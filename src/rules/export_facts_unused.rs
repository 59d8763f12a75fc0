//! INV011 export-facts-unused: a raw export's facts are not used, because the host its file
//! name names is not a node of the cluster (a file-name host never creates a node), or because
//! its Windows version alone cannot tell a workstation from a server, or the service pack.
//! The merge of raw exports (`exports::merge`) records each such file; this rule reports them, one finding
//! per file, as a note.

use crate::engine::{Input, Joiner, Rule, Sink, join_names, one_of};
use crate::i18n::Message;
use crate::model::Unused;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV011.md"),
    doc_ja: include_str!("../../rules/ja/INV011.md"),
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
                let message = msg!("inv011-name-message", file = file_name);
                let finding = sink.report(unused.entity.clone(), unused.span, message);
                finding.primary_label(msg!("inv011-name-label"));
                finding.note(match (cluster, nodes.as_slice()) {
                    (Some(cluster), [_, ..]) => {
                        let nodes = join_names(nodes, Joiner::Comma);
                        msg!("inv011-name-note-cluster", cluster = cluster, nodes = nodes)
                    }
                    _ => msg!("inv011-name-note"),
                });
                let names: Vec<String> = match nodes.as_slice() {
                    [] => vec![format!("`<NODE>-{file_name}`")],
                    _ => (nodes.iter())
                        .map(|n| format!("`{}-{file_name}`", crate::model::computer_name(n)))
                        .collect(),
                };
                let names = one_of(names.into_iter().map(Message::verbatim));
                finding.help(msg!("inv011-name-help", names = names));
            }
            Unused::Windows {
                version,
                product,
                node,
            } => {
                let (message, note) = if *product {
                    let message = msg!("inv011-product-message", version = version, node = node);
                    (message, msg!("inv011-product-note"))
                } else {
                    let message = msg!("inv011-sp-message", version = version, node = node);
                    (message, msg!("inv011-sp-note"))
                };
                sink.report(unused.entity.clone(), unused.span, message)
                    .primary_label(msg!("inv011-windows-label"))
                    .note(note)
                    .help(msg!("inv011-windows-help", node = node))
                    .fix(Message::verbatim(wmi_export(node)));
            }
        }
    }
}
