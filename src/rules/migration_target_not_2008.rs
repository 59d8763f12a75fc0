//! OS403 migration-target-not-2008: a migration's new cluster is not on Windows Server 2008, or
//! runs Exchange 2007 RTM, which does not run there.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS403.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for migration in &input.inventory.migrations {
        let Some(cluster) = input.inventory.cluster(&migration.to.text) else {
            continue;
        };
        let mut wrong: Vec<(Span, String)> = Vec::new();
        for node in &cluster.nodes {
            if let Some(os) = &node.os
                && let Some(v) = os.known()
                && v.family != Family::Server2008
            {
                wrong.push((
                    os.span,
                    format!("node {} runs {}", node.name.text, v.product()),
                ));
            }
            if let Some(exchange) = &node.exchange
                && exchange.known().is_some_and(|v| v.is_rtm())
            {
                let text = format!("node {} runs Exchange 2007 RTM", node.name.text);
                wrong.push((exchange.span, text));
            }
        }
        for group in cluster.cms_groups() {
            if cluster.cms_version(group).is_some_and(|v| v.is_rtm()) {
                // Its own `exchange:`, or its name when it runs its owner's version.
                let span = (group.exchange.as_ref())
                    .filter(|field| field.known().is_some())
                    .map_or(group.name.span, |field| field.span);
                wrong.push((
                    span,
                    format!("CMS {} runs Exchange 2007 RTM", group.name.text),
                ));
            }
        }
        if wrong.is_empty() {
            continue;
        }
        let texts: Vec<&str> = wrong.iter().map(|(_, t)| t.as_str()).collect();
        let to = &cluster.name.text;
        let finding = sink.report(
            migration.entity(),
            migration.to.span,
            format!(
                "migration {}->{} moves to cluster {to}, which is not Windows Server 2008 with \
                 Exchange 2007 SP1 or SP2: {}",
                migration.from.text,
                migration.to.text,
                texts.join(", ")
            ),
        );
        finding.primary_label(format!(
            "{to} is not a Windows Server 2008 cluster on SP1/SP2"
        ));
        for (span, text) in &wrong {
            finding.label(*span, text.clone());
        }
        finding
            .note(
                "moving a clustered mailbox server off Windows Server 2003 means building a new \
                 failover cluster on Windows Server 2008; Exchange 2007 supports Windows Server \
                 2008 only from SP1 on, so the new cluster runs SP1 or SP2",
            )
            .help(format!(
                "build {to} on Windows Server 2008 (not 2003, not 2008 R2) and install Exchange \
                 2007 SP1 or SP2 on every node (an SP2 install needs no RTM first); if {to} is \
                 built already, correct its facts in the inventory"
            ));
    }
}
