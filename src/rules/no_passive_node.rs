//! TOP102 no-passive-node: every node of a cluster owns a CMS, so no node is passive and the
//! upgrade, which starts on a passive node, cannot begin.

use crate::engine::{Input, Rule, Sink};
use crate::model::ClusterKind;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP102.md"),
    doc_ja: include_str!("../../rules/ja/TOP102.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        if cluster.nodes.is_empty() || !cluster.nodes.iter().all(|n| cluster.is_active(n)) {
            continue;
        }
        let name = &cluster.name.text;
        let finding = sink.report(
            cluster.entity(),
            cluster.name.span,
            format!("cluster {name} has no passive node: every node owns a CMS"),
        );
        finding.primary_label("no passive node");
        for group in cluster.cms_groups() {
            if let Some(owner) = &group.owner
                && cluster.node(&owner.text).is_some()
            {
                finding.label(
                    owner.span,
                    format!("{} owns CMS {}", owner.text, group.name.text),
                );
            }
        }
        let ccr = if cluster.kind.as_ref().map(|k| k.value) == Some(ClusterKind::Ccr) {
            " (a CCR cluster is one active and one passive node)"
        } else {
            ""
        };
        finding
            .note("only passive nodes, the nodes that own no CMS, can be upgraded to Exchange 2007 SP1 or SP2; the upgrade starts on one")
            .help(format!(
                "add a node to {name} (`cluster.exe /cluster:{name} /add:<new node>`), install the passive clustered mailbox role on it (`setup.com /mode:install /roles:mailbox`) and upgrade it first{ccr}; moving a CMS cannot free a node, because Move-ClusteredMailboxServer only moves a CMS to a node that runs none"
            ));
    }
}
