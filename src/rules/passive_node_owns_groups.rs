//! TOP103 passive-node-owns-groups: a passive node (one that owns no CMS) owns another cluster
//! group, the default "Cluster Group" or a non-Exchange group, which must be moved to an active
//! node before the passive node is upgraded. One finding per such group; its fix moves the
//! group with cluster.exe unless nothing says whether the group is a CMS.

use crate::engine::{Input, Rule, Sink};
use crate::model::{GroupKind, computer_name};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP103.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        // Without an active node there is nowhere to move the groups to (TOP102 covers a
        // cluster where no node is passive; here no node is active).
        let Some(active) = cluster.nodes.iter().find(|n| cluster.is_active(n)) else {
            continue;
        };
        for group in &cluster.groups {
            let Some(owner) = &group.owner else { continue };
            let Some(node) = cluster.node(&owner.text) else {
                continue;
            };
            if cluster.is_active(node) {
                continue;
            }
            let finding = sink.report(
                cluster.group_entity(group),
                owner.span,
                format!(
                    "passive node {} owns group \"{}\"",
                    node.name.text, group.name.text
                ),
            )
            .primary_label(format!("{} owns no CMS: it is passive", owner.text))
            .label(active.name.span, "active node: owns a CMS")
            .note("a passive node should hold no other cluster group, neither the default cluster group nor a non-Exchange resource group; these groups must be moved to another node by hand before the passive node is upgraded")
            .help(format!(
                "move \"{}\" to the active node {} before upgrading {}",
                group.name.text, active.name.text, node.name.text
            ));
            // Whether a group of unknown kind is a CMS nobody knows, and a CMS is moved only
            // with Move-ClusteredMailboxServer: no cluster.exe command for it.
            if group.kind == GroupKind::Unknown {
                finding.note(format!(
                    "no source says whether \"{}\" is a CMS: move a CMS with Move-ClusteredMailboxServer, any other group with Cluster.exe",
                    group.name.text
                ));
            } else {
                finding.fix(format!(
                    "Cluster.exe group \"{}\" /move:{}",
                    group.name.text,
                    computer_name(&active.name.text)
                ));
            }
        }
    }
}
