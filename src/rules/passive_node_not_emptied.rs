//! UPG302 passive-node-not-emptied: a step upgrades a passive node (one that owns no CMS) that
//! still owns other cluster groups at that point of the plan, such as the default "Cluster
//! Group". The fix lists one `Cluster.exe group "<g>" /move:<node>` per group to insert before
//! the step, to the first active node at that point (else the first other node), except for a
//! group nothing says is or is not a CMS.

use crate::engine::{Input, Rule, Sink};
use crate::model::GroupKind;
use crate::plan::replay::{Action, owner_label, shown_group, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG302.md"),
    doc_ja: include_str!("../../rules/ja/UPG302.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replayed in walk(input.replays) {
        let replay = replayed.replay;
        let Action::UpgradeNode { node, .. } = *replayed.action else {
            continue;
        };
        let before = replayed.before;
        // An active node is UPG301's. A node that may be active (it owns a group of unknown
        // kind) must still be emptied before it is upgraded, whatever the group is.
        if before.is_active(node) {
            continue;
        }
        let groups: Vec<usize> = before.groups_of(node).map(|(i, _)| i).collect();
        if groups.is_empty() {
            continue;
        }
        let step = replayed.step;
        let name = &before.nodes[node].name;
        let shown: Vec<String> = groups
            .iter()
            .map(|&g| shown_group(&before.groups[g]))
            .collect();
        let finding = sink.report_step(
            replayed,
            format!(
                "step {} upgrades the {}node {name} while it still owns {}",
                step.number,
                if before.is_passive(node) {
                    "passive "
                } else {
                    ""
                },
                shown.join(", ")
            ),
        );
        finding.primary_label(format!("{name} is not emptied yet"));
        for &g in &groups {
            if let Some((span, text)) = owner_label(replay, before, g) {
                finding.label(span, text);
            }
        }
        finding.note(
            "other cluster groups, such as the default cluster group or groups unrelated to \
             Exchange, must be moved by hand to another node (the active node, say) before \
             a passive node is upgraded",
        );
        let others = || (0..before.nodes.len()).filter(|&n| n != node);
        let Some(dest) = others()
            .find(|&n| before.is_active(n))
            .or_else(|| others().next())
        else {
            finding.help(format!(
                "{name} is the only node of cluster {}: its groups cannot be moved away",
                replay.cluster.name.text
            ));
            continue;
        };
        let dest = &before.nodes[dest].name;
        let movable = groups
            .iter()
            .any(|&g| before.groups[g].kind != GroupKind::Unknown);
        finding.help(if movable {
            format!(
                "move the groups to {dest}: insert these commands before step {}",
                step.number
            )
        } else {
            format!("move the groups to {dest} before step {}", step.number)
        });
        for &g in &groups {
            let group = &before.groups[g];
            // A group nothing says is or is not a CMS is never moved with cluster.exe.
            if group.kind == GroupKind::Unknown {
                finding.note(format!(
                    "no source says whether \"{}\" is a CMS: move a CMS with Move-ClusteredMailboxServer, any other group with Cluster.exe",
                    group.name
                ));
                continue;
            }
            finding.fix(format!(
                "Cluster.exe group \"{}\" /move:{}",
                group.name,
                crate::model::computer_name(dest)
            ));
        }
    }
}
