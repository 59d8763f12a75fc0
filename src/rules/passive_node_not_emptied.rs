//! UPG302 passive-node-not-emptied: a step upgrades a passive node (one that owns no CMS) that
//! still owns other cluster groups at that point of the plan, such as the default "Cluster
//! Group". The fix lists one `Cluster.exe group "<g>" /move:<node>` per group to insert before
//! the step, to the first active node at that point (else the first other node), except for a
//! group nothing says is or is not a CMS.

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::model::GroupKind;
use crate::msg;
use crate::plan::replay::{Action, owner_label, shown_group, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG302.md"),
    doc_ja: include_str!("../../rules/ja/UPG302.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
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
        let step = replayed.step.number;
        let name = before.nodes[node].name;
        let shown = join_names(
            groups.iter().map(|&g| shown_group(&before.groups[g])),
            Joiner::Comma,
        );
        let passive = if before.is_passive(node) { "yes" } else { "no" };
        let message = Message::new("upg302-message")
            .arg("step", step)
            .arg("passive", passive)
            .arg("node", name)
            .arg("groups", shown);
        let finding = sink.report_step(replayed, message);
        finding.primary_label(msg!("upg302-label", node = name));
        for &g in &groups {
            if let Some((span, text)) = owner_label(replay, before, g) {
                finding.label(span, text);
            }
        }
        finding.note(msg!("upg302-note"));
        let others = || (0..before.nodes.len()).filter(|&n| n != node);
        let Some(dest) = others()
            .find(|&n| before.is_active(n))
            .or_else(|| others().next())
        else {
            let cluster = &replay.cluster.name.text;
            finding.help(msg!("upg302-help-only", node = name, cluster = cluster));
            continue;
        };
        let dest = before.nodes[dest].name;
        let movable = groups
            .iter()
            .any(|&g| before.groups[g].kind != GroupKind::Unknown);
        let help = if movable {
            Message::new("upg302-help-commands")
        } else {
            Message::new("upg302-help")
        };
        finding.help(help.arg("destination", dest).arg("step", step));
        for &g in &groups {
            let group = &before.groups[g];
            // A group nothing says is or is not a CMS is never moved with cluster.exe.
            if group.kind == GroupKind::Unknown {
                finding.note(msg!("upg302-note-unknown-kind", group = group.name));
                continue;
            }
            finding.fix(Message::verbatim(format!(
                "Cluster.exe group \"{}\" /move:{}",
                group.name,
                crate::model::computer_name(dest)
            )));
        }
    }
}
