//! UPG304 cms-on-unupgraded-node: a step moves a CMS to a node (with either tool), upgrades it
//! on a node (`setup.com /upgradecms`) or starts it on a node, while that node's Exchange has not
//! reached the plan's target at that point. Skipped when the target or the node's version is
//! unknown.

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::msg;
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
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
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
        let name = before.nodes[node].name;
        // Each time it is named: the CMS as a comma list.
        let names = || join_names(cms.iter().map(|&g| before.groups[g].name), Joiner::Comma);
        let level = target.level_name();
        let message = match what {
            What::Move => Message::new("upg304-message-move"),
            What::Upgrade => Message::new("upg304-message-upgrade"),
            What::Start => Message::new("upg304-message-start"),
        };
        let message = (message.arg("step", step.number))
            .arg("cms", names())
            .arg("node", name)
            .arg("version", version.level_name())
            .arg("target", level);
        let finding = sink.report_step(replayed, message);
        finding.primary_label(msg!("upg304-label", node = name, target = level));
        let runs = Message::new("rules-upg-node-runs")
            .arg("node", name)
            .arg("version", version.level_name());
        finding.label(exchange_span(replay, node), runs);
        if what != What::Move {
            for &g in &cms {
                if let Some((span, text)) = owner_label(replay, before, g) {
                    finding.label(span, text);
                }
            }
        }
        finding.note(msg!("upg304-note"));
        // Where the CMS already sits on the node, moving it to an upgraded passive node is
        // the documented way; upgrading its node in place would be UPG301.
        let alternative = passive_destination(before, Some(&target))
            .filter(|&d| what != What::Move && before.node_reached(d, &target) == Some(true))
            .map(|d| {
                Message::new("upg304-alternative")
                    .arg("cms", names())
                    .arg("destination", before.nodes[d].name)
            })
            .unwrap_or_default();
        match later_upgrade(replay, node, step.number) {
            Some(later) => {
                let help = Message::new("upg304-help-move-step")
                    .arg("later", later.number)
                    .arg("step", step.number)
                    .arg("node", name)
                    .arg("target", level)
                    .arg("alternative", alternative);
                finding
                    .label(
                        later.span,
                        msg!("rules-upg-upgraded-only-here", node = name),
                    )
                    .help(help);
            }
            None => {
                let help = Message::new("upg304-help-upgrade-first")
                    .arg("node", name)
                    .arg("step", step.number)
                    .arg("alternative", alternative);
                finding.help(help).fix(Message::verbatim(format!(
                    "{{run: setup.com /mode:upgrade, on: {name}}}"
                )));
            }
        }
    }
}
