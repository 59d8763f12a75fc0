//! UPG305 early-cms-outage: a step takes an online CMS offline (with either tool) while no
//! passive node has reached the plan's target at that point: the outage starts before there is
//! an upgraded node to move the CMS to.
//!
//! The nodes a CMS could move to are the passive nodes at that point: a node that owns another
//! CMS is active and cannot take a second one (an Exchange 2007 cluster node runs one CMS at a
//! time), even when it is upgraded. Skipped when the target or a passive node's version is
//! unknown, and when the cluster has no passive node at that point (downtime is then
//! unavoidable; TOP102 reports such a cluster).

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{Action, exchange_span, later_upgrade, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG305.md"),
    doc_ja: include_str!("../../rules/ja/UPG305.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replayed in walk(input.replays) {
        let replay = replayed.replay;
        let Some(target) = replay.target else {
            continue;
        };
        let Action::SetOnline {
            group,
            online: false,
            ..
        } = *replayed.action
        else {
            continue;
        };
        let before = replayed.before;
        let cms = &before.groups[group];
        if !cms.is_cms() || cms.online != Some(true) {
            continue;
        }
        // An Exchange 2007 cluster node runs one CMS at a time: the CMS can only go to a
        // passive node (its owner is active). A node that owns a group of unknown kind may
        // be passive too.
        let passive: Vec<usize> = (0..before.nodes.len())
            .filter(|&n| before.is_passive(n))
            .collect();
        let maybe_passive =
            (0..before.nodes.len()).filter(|&n| !before.is_active(n) && !before.is_passive(n));
        let none_reached = (passive.iter().copied())
            .chain(maybe_passive)
            .all(|n| before.node_reached(n, &target) == Some(false));
        if passive.is_empty() || !none_reached {
            continue;
        }
        let step = replayed.step;
        let level = target.level_name();
        let names: Vec<&str> = passive.iter().map(|&n| before.nodes[n].name).collect();
        let names = names.join(", ");
        let finding = sink.report_step(
            replayed,
            format!(
                "step {} takes the CMS {} offline before any passive node \
                 ({names}) has been upgraded to {level}",
                step.number, cms.name
            ),
        );
        finding.primary_label("the outage starts here");
        // Each passive node's later upgrade is a step to move before this one.
        let mut later_steps = Vec::new();
        for &n in &passive {
            let node = &before.nodes[n];
            let runs = node.exchange.map_or("", |v| v.level_name());
            finding.label(
                exchange_span(replay, n),
                format!("{} runs {runs}", node.name),
            );
            if let Some(later) = later_upgrade(replay, n, step.number) {
                finding.label(
                    later.step.span,
                    format!("{} is upgraded only here", node.name),
                );
                later_steps.push(later.step.number);
            }
        }
        finding.note(
            "the passive nodes are upgraded first, while the CMS stays online and available \
             to clients; downtime begins midway, when the CMS is taken offline to move to an \
             upgraded passive node",
        );
        let nodes = if passive.len() == 1 {
            "the passive node"
        } else {
            "the passive nodes"
        };
        match later_steps.as_slice() {
            [] => {
                finding.help(format!(
                    "upgrade {nodes} first, before step {}: {} can stay online meanwhile",
                    step.number, cms.name
                ));
                for &n in &passive {
                    finding.fix(format!(
                        "{{run: setup.com /mode:upgrade, on: {}}}",
                        before.nodes[n].name
                    ));
                }
            }
            later => {
                let numbers: Vec<String> = later.iter().map(usize::to_string).collect();
                finding.help(format!(
                    "move step{} {} before step {}: upgrade {nodes} first, {} can stay \
                     online meanwhile",
                    if later.len() == 1 { "" } else { "s" },
                    numbers.join(", "),
                    step.number,
                    cms.name
                ));
            }
        }
    }
}
