//! UPG304 cms-on-unupgraded-node: a step moves a CMS to a node (with either tool), upgrades it
//! on a node (`setup.com /upgradecms`) or starts it on a node, while that node's Exchange has not
//! reached the plan's target at that point. Skipped when the target or the node's version is
//! unknown.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{
    Action, exchange_span, later_upgrade, owner_label, passive_destination, walk,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG304.md"),
    doc_ja: include_str!("../../rules/ja/UPG304.md"),
    check: Some(check),
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Move,
    Upgrade,
    Start,
}

fn check(input: &Input, sink: &mut Sink) {
    for replayed in walk(input.replays) {
        let replay = replayed.replay;
        let Some(target) = replay.target else {
            continue;
        };
        let before = replayed.before;
        let is_cms = |g: usize| before.groups[g].is_cms();
        let (what, node, cms): (What, usize, Vec<usize>) = match *replayed.action {
            Action::MoveGroup { group, node, .. } if is_cms(group) => {
                (What::Move, node, vec![group])
            }
            Action::UpgradeCms { node, .. } => (
                What::Upgrade,
                node,
                before
                    .groups_of(node)
                    .filter(|(_, g)| g.is_cms())
                    .map(|(i, _)| i)
                    .collect(),
            ),
            Action::SetOnline {
                group,
                online: true,
                ..
            } if is_cms(group) => match before.groups[group].owner {
                Some(node) => (What::Start, node, vec![group]),
                None => continue,
            },
            _ => continue,
        };
        if cms.is_empty() || before.node_reached(node, &target) != Some(false) {
            continue;
        }
        let Some(version) = before.nodes[node].exchange else {
            continue;
        };
        let step = replayed.step;
        let name = &before.nodes[node].name;
        let names: Vec<&str> = cms.iter().map(|&g| before.groups[g].name).collect();
        let names = names.join(", ");
        let level = target.level_name();
        let done = match what {
            What::Move => format!("moves the CMS {names} to"),
            What::Upgrade => format!("upgrades the CMS {names} on"),
            What::Start => format!("starts the CMS {names} on"),
        };
        let finding = sink.report_step(
            replayed,
            format!(
                "step {} {done} {name}, which runs {}, not {level}, at that point",
                step.number,
                version.level_name()
            ),
        );
        finding.primary_label(format!("{name} is not upgraded to {level} yet"));
        finding.label(
            exchange_span(replay, node),
            format!("{name} runs {}", version.level_name()),
        );
        if what != What::Move {
            for &g in &cms {
                if let Some((span, text)) = owner_label(replay, before, g) {
                    finding.label(span, text);
                }
            }
        }
        finding.note(
            "after the passive nodes are upgraded, the CMS is taken offline and moved from \
             the active node to an upgraded passive node; only there is it upgraded and \
             brought online",
        );
        // Where the CMS already sits on the node, moving it to an upgraded passive node is
        // the documented way; upgrading its node in place would be UPG301.
        let elsewhere = passive_destination(before, Some(&target))
            .filter(|&d| what != What::Move && before.node_reached(d, &target) == Some(true))
            .map(|d| {
                format!(
                    "; or, as the seed does, take {names} offline and move it to the upgraded \
                     passive node {} first",
                    before.nodes[d].name
                )
            })
            .unwrap_or_default();
        match later_upgrade(replay, node, step.number) {
            Some(later) => {
                finding
                    .label(later.step.span, format!("{name} is upgraded only here"))
                    .help(format!(
                        "move step {} before step {}: {name} must run {level} first{elsewhere}",
                        later.step.number, step.number
                    ));
            }
            None => {
                finding
                    .help(format!(
                        "upgrade {name} first: insert `setup.com /mode:upgrade` with \
                         `on: {name}` before step {}{elsewhere}",
                        step.number
                    ))
                    .fix(format!("{{run: setup.com /mode:upgrade, on: {name}}}"));
            }
        }
    }
}
