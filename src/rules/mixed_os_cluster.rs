//! TOP104 mixed-os-cluster: the nodes of one cluster run Windows Server 2003 and Windows Server
//! 2008 (or later) together. A node whose `os` is absent or not understood is left out.

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::model::{Family, Name, WindowsVersion};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP104.md"),
    doc_ja: include_str!("../../rules/ja/TOP104.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        let known: Vec<_> = cluster
            .nodes
            .iter()
            .filter_map(|n| {
                let field = n.os.as_ref()?;
                Some((&n.name, field.span, field.known()?))
            })
            .collect();
        // The nodes on one side, as a comma list.
        let names = |side: fn(&WindowsVersion) -> bool| {
            join_names(
                known
                    .iter()
                    .filter(|(_, _, os)| side(os))
                    .map(|(name, _, _)| &name.text),
                Joiner::Comma,
            )
        };
        let Some(&(first, span, first_os)) = known.iter().find(|(_, _, os)| is_2008_side(os))
        else {
            continue;
        };
        if !known.iter().any(|(_, _, os)| is_2003(os)) {
            continue;
        }
        let cluster_name = &cluster.name.text;
        let message = Message::new("top104-message")
            .arg("cluster", cluster_name)
            .arg("old_nodes", names(is_2003))
            .arg("new_product", first_os.product())
            .arg("new_nodes", names(is_2008_side));
        let finding = sink.report(cluster.entity(), span, message);
        finding.primary_label(runs(first, first_os));
        for &(name, span, os) in known.iter().filter(|(n, _, _)| !std::ptr::eq(*n, first)) {
            finding.label(span, runs(name, os));
        }
        finding
            .note(msg!("top104-note"))
            .help(msg!("top104-help", cluster = cluster_name));
    }
}

/// `EXNODE1 runs Windows Server 2003 SP2`.
fn runs(node: &Name, os: &WindowsVersion) -> Message {
    Message::new("rules-top-node-runs")
        .arg("node", &node.text)
        .arg("version", os.to_string())
}

fn is_2003(os: &WindowsVersion) -> bool {
    os.family == Family::Server2003
}

fn is_2008_side(os: &WindowsVersion) -> bool {
    matches!(os.family, Family::Server2008 | Family::LaterServer)
}
