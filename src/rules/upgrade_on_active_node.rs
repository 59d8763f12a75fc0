//! UPG301 upgrade-on-active-node: a step upgrades Exchange (Setup `/mode:upgrade` or the wizard)
//! on a node that owns a CMS at that point of the plan. Only passive nodes can be upgraded.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{
    Action, move_cms_command, owner_label, passive_destination, stop_cms_command, walk,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG301.md"),
    doc_ja: include_str!("../../rules/ja/UPG301.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replayed in walk(input.replays) {
        let replay = replayed.replay;
        let Action::UpgradeNode { node, .. } = *replayed.action else {
            continue;
        };
        let before = replayed.before;
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
        let finding = sink.report_step(
            replayed,
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
        let Some(dest) = passive else {
            // A node runs one CMS at a time: a node that owns another one is no destination.
            finding.help(if before.nodes.len() == 1 {
                format!(
                    "{name} is the only node of cluster {}: a CMS cannot be upgraded in place",
                    replay.cluster.name.text
                )
            } else {
                format!(
                    "no node of cluster {} is passive at that point, and a node runs one CMS \
                     at a time: {names} has no node to move to; upgrade a node while it is \
                     passive, before a CMS moves to it",
                    replay.cluster.name.text
                )
            });
            continue;
        };
        let dest_name = &before.nodes[dest].name;
        finding.help(if upgraded {
            format!(
                "take {names} offline and move it to the upgraded passive node {dest_name} \
                 before step {}: insert the commands below",
                step.number
            )
        } else {
            format!(
                "upgrade the passive node {dest_name} first, then take {names} offline and \
                 move it there before step {}: insert the commands below",
                step.number
            )
        });
        for &g in &cms {
            let group = &before.groups[g];
            if group.online != Some(false) {
                finding.fix(stop_cms_command(replay, group.name));
            }
            finding.fix(move_cms_command(replay, group.name, dest_name));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn no_move_onto_a_node_that_runs_another_cms() {
        let findings = findings_of(
            "UPG301",
            "cmslint: 1
clusters:
  - name: EXCLU02
    type: scc
    nodes: [{name: EXSCC1, exchange: RTM}, {name: EXSCC2, exchange: RTM}]
    groups:
      - {name: EXCMS01, type: cms, owner: EXSCC1}
      - {name: EXCMS02, type: cms, owner: EXSCC2}
plans:
  - name: scc-sp2
    cluster: EXCLU02
    target: SP2
    steps:
      - {run: setup.com /mode:upgrade, on: EXSCC1}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        assert_eq!(
            finding.texts(Lang::En).help.as_deref(),
            Some(
                "no node of cluster EXCLU02 is passive at that point, and a node runs one CMS at \
                 a time: EXCMS01 has no node to move to; upgrade a node while it is passive, \
                 before a CMS moves to it"
            )
        );
        assert!(finding.fixes.is_empty(), "{:?}", finding.fixes);
    }
}
