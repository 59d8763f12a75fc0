//! TOP104 mixed-os-cluster: the nodes of one cluster run Windows Server 2003 and Windows Server
//! 2008 (or later) together. A node whose `os` is absent or not understood is left out.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Family, WindowsVersion};

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
        let names = |side: fn(&WindowsVersion) -> bool| {
            let names: Vec<&str> = known
                .iter()
                .filter(|(_, _, os)| side(os))
                .map(|(name, _, _)| name.text.as_str())
                .collect();
            names.join(", ")
        };
        let Some(&(first, span, first_os)) = known.iter().find(|(_, _, os)| is_2008_side(os))
        else {
            continue;
        };
        if !known.iter().any(|(_, _, os)| is_2003(os)) {
            continue;
        }
        let finding = sink.report(
            cluster.entity(),
            span,
            format!(
                "cluster {} mixes Windows Server 2003 ({}) with {} ({})",
                cluster.name.text,
                names(is_2003),
                first_os.product(),
                names(is_2008_side)
            ),
        );
        finding.primary_label(format!("{} runs {first_os}", first.text));
        for &(name, span, os) in known.iter().filter(|(n, _, _)| !std::ptr::eq(*n, first)) {
            finding.label(span, format!("{} runs {os}", name.text));
        }
        finding
            .note("Windows Server 2008 failover clustering changed so much that a Windows Server 2003 server cluster cannot be upgraded to Windows Server 2008: a cluster cannot move from 2003 to 2008 node by node")
            .help(format!(
                "build a new Windows Server 2008 failover cluster with Exchange 2007 SP1 or SP2 while {0} keeps running, move the mailboxes to it with Move-Mailbox or the Move Mailbox wizard and the public folders by public folder replication, then retire {0}",
                cluster.name.text
            ));
    }
}

fn is_2003(os: &WindowsVersion) -> bool {
    os.family == Family::Server2003
}

fn is_2008_side(os: &WindowsVersion) -> bool {
    matches!(os.family, Family::Server2008 | Family::LaterServer)
}
