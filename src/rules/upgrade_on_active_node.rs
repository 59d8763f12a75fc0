//! UPG301 upgrade-on-active-node: a step upgrades Exchange (Setup `/mode:upgrade` or the wizard)
//! on a node that owns a CMS at that point of the plan. Only passive nodes can be upgraded.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{
    Action, move_cms_command, owner_label, passive_destination, stop_cms_command,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG301.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replay in input.replays {
        for replayed in &replay.steps {
            let Action::UpgradeNode { node, .. } = replayed.action else {
                continue;
            };
            let before = &replayed.before;
            let cms: Vec<usize> = before
                .groups_of(node)
                .filter(|(_, g)| g.is_cms())
                .map(|(i, _)| i)
                .collect();
            if cms.is_empty() {
                continue;
            }
            let step = replayed.step;
            let name = &before.nodes[node].name;
            let names: Vec<&str> = cms.iter().map(|&g| before.groups[g].name).collect();
            let names = names.join(", ");
            let finding = sink.report(
                replay.plan.step_entity(step),
                step.span,
                format!(
                    "step {} upgrades {name}, which owns the CMS {names} at that point",
                    step.number
                ),
            );
            finding.primary_label(format!("{name} is an active node here"));
            for &g in &cms {
                if let Some((span, text)) = owner_label(replay, before, g) {
                    finding.label(span, text);
                }
            }
            finding.note(
                "only passive nodes, the nodes that hold no clustered mailbox server, can be \
                 upgraded to Exchange 2007 SP1 or SP2",
            );
            let passive = passive_destination(before, replay.target.as_ref());
            let upgraded = passive.is_some_and(|d| {
                replay
                    .target
                    .is_some_and(|t| before.node_reached(d, &t) == Some(true))
            });
            let destination = passive.or_else(|| (0..before.nodes.len()).find(|&n| n != node));
            let Some(dest) = destination else {
                finding.help(format!(
                    "{name} is the only node of cluster {}: a CMS cannot be upgraded in place",
                    replay.cluster.name.text
                ));
                continue;
            };
            let dest_name = &before.nodes[dest].name;
            finding.help(match (passive.is_some(), upgraded) {
                (true, true) => format!(
                    "take {names} offline and move it to the upgraded passive node {dest_name} \
                     before step {}: insert the commands below",
                    step.number
                ),
                (true, false) => format!(
                    "upgrade the passive node {dest_name} first, then take {names} offline and \
                     move it there before step {}: insert the commands below",
                    step.number
                ),
                _ => format!(
                    "no node of cluster {} is passive at that point: take {names} offline and \
                     move it to {dest_name} (once upgraded) before step {}",
                    replay.cluster.name.text, step.number
                ),
            });
            for &g in &cms {
                let group = &before.groups[g];
                if group.online {
                    finding.fix(stop_cms_command(replay, group.name));
                }
                finding.fix(move_cms_command(replay, group.name, dest_name));
            }
        }
    }
}
