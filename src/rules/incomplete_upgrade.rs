//! UPG306 incomplete-upgrade: when the plan is done, a node or CMS of the cluster is still below
//! the target, or a CMS is left offline. The help lists the steps still missing, in the
//! documented order (passive nodes, then each CMS on an upgraded node, then the old active nodes).

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::ExchangeVersion;
use crate::msg;
use crate::plan::replay::{Replay, State, move_cms_command, start_cms_command, stop_cms_command};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG306.md"),
    doc_ja: include_str!("../../rules/ja/UPG306.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replay in input.replays {
        check_plan(replay, sink);
    }
}

/// What is unfinished when the plan ends.
struct Unfinished {
    nodes: Vec<usize>,
    /// CMS groups below the target or offline: (group, below, offline).
    cms: Vec<(usize, bool, bool)>,
}

fn check_plan(replay: &Replay, sink: &mut Sink) {
    // A replay that stopped at a step it could not replay has no end state to judge.
    let Some(end) = &replay.end else {
        return;
    };
    let below = |v: Option<ExchangeVersion>| {
        v.zip(replay.target)
            .is_some_and(|(v, t)| v.service_pack < t.service_pack)
    };
    let unfinished = Unfinished {
        nodes: (0..end.nodes.len())
            .filter(|&n| below(end.nodes[n].exchange))
            .collect(),
        cms: (end.groups.iter().enumerate())
            .filter(|(_, g)| g.is_cms())
            .map(|(i, g)| (i, below(g.version), g.online == Some(false)))
            .filter(|&(_, below, offline)| below || offline)
            .collect(),
    };
    if unfinished.nodes.is_empty() && unfinished.cms.is_empty() {
        return;
    }
    let level = |v: Option<ExchangeVersion>| v.map_or("?", |v| v.level_name());
    let mut parts = Vec::new();
    for &n in &unfinished.nodes {
        let node = &end.nodes[n];
        let version = level(node.exchange);
        let part = msg!("upg306-node-below", node = node.name, version = version);
        parts.push(part);
    }
    for &(g, is_below, offline) in &unfinished.cms {
        let group = &end.groups[g];
        let version = level(group.version);
        let part = match (is_below, offline) {
            (true, true) => Message::new("upg306-cms-below-offline").arg("version", version),
            (true, false) => Message::new("upg306-cms-below").arg("version", version),
            _ => Message::new("upg306-cms-offline"),
        };
        parts.push(part.arg("cms", group.name));
    }
    let plan = replay.plan;
    let any_below = !unfinished.nodes.is_empty() || unfinished.cms.iter().any(|c| c.1);
    let message = match replay.target {
        Some(t) if any_below => Message::new("upg306-message-short").arg("target", t.level_name()),
        _ => Message::new("upg306-message-unfinished"),
    };
    let parts = crate::engine::join(parts, crate::engine::Joiner::Comma);
    let message = (message.arg("plan", &plan.name.text))
        .arg("cluster", &replay.cluster.name.text)
        .arg("unfinished", parts);
    let finding = sink.report(plan.entity(), plan.name.span, message);
    finding.primary_label(msg!("upg306-label"));
    for &n in &unfinished.nodes {
        let node = &end.nodes[n];
        let version = level(node.exchange);
        let label = msg!("upg306-label-node", node = node.name, version = version);
        finding.label(node.span, label);
    }
    for &(g, is_below, offline) in &unfinished.cms {
        let group = &end.groups[g];
        let defined = &replay.cluster.groups[g];
        let cms = group.name;
        if is_below {
            let version = level(group.version);
            let label = msg!("upg306-label-cms", cms = cms, version = version);
            finding.label(defined.name.span, label);
        }
        if offline {
            match (group.offline_at, &defined.state) {
                (Some(at), _) => finding.label(at, msg!("upg306-label-taken-offline", cms = cms)),
                (None, Some(state)) => finding.label(
                    state.span,
                    msg!("upg306-label-offline-in-inventory", cms = cms),
                ),
                (None, None) => {
                    let label = msg!("upg306-label-left-offline", cms = cms);
                    finding.label(defined.name.span, label)
                }
            };
        }
    }
    finding
        .note(msg!("upg306-note"))
        .help(msg!("upg306-help", plan = &plan.name.text));
    for step in missing_steps(replay, end, &unfinished) {
        finding.fix(step);
    }
}

/// The steps that finish the upgrade from the end state, in the documented order.
fn missing_steps(replay: &Replay, end: &State, unfinished: &Unfinished) -> Vec<Message> {
    let setup = |mode: &str, node: usize| {
        Message::new("rules-upg-command-on-node")
            .arg("command", Message::verbatim(format!("setup.com {mode}")))
            .arg("node", end.nodes[node].name)
    };
    let mut reached: Vec<bool> = (0..end.nodes.len())
        .map(|n| {
            replay
                .target
                .is_some_and(|t| end.node_reached(n, &t) == Some(true))
        })
        .collect();
    let mut owner: Vec<Option<usize>> = end.groups.iter().map(|g| g.owner).collect();
    // A CMS whose state is unknown gets a stop before its move, and no start of its own.
    let mut online: Vec<bool> = end.groups.iter().map(|g| g.online != Some(false)).collect();
    let active = |owner: &[Option<usize>], node: usize| {
        (end.groups.iter().zip(owner)).any(|(g, o)| g.is_cms() && *o == Some(node))
    };
    let mut steps = Vec::new();
    let mut done = vec![false; end.nodes.len()];
    // 1. The passive nodes.
    for &n in &unfinished.nodes {
        if !active(&owner, n) {
            steps.push(setup("/mode:upgrade", n));
            reached[n] = true;
            done[n] = true;
        }
    }
    // 2. Each CMS below the target, on an upgraded node.
    for &(g, below, _) in &unfinished.cms {
        if !below {
            continue;
        }
        let name = &end.groups[g].name;
        let host = match owner[g] {
            Some(o) if reached[o] => Some(o),
            current => (0..end.nodes.len())
                .find(|&n| reached[n] && !active(&owner, n))
                .or(current),
        };
        let Some(host) = host else { continue };
        if owner[g] != Some(host) {
            if online[g] {
                steps.push(Message::verbatim(stop_cms_command(replay, name)));
            }
            let node = end.nodes[host].name;
            steps.push(Message::verbatim(move_cms_command(replay, name, node)));
            owner[g] = Some(host);
        }
        steps.push(setup("/upgradecms", host));
        online[g] = true;
    }
    // 3. The original active nodes.
    for &n in &unfinished.nodes {
        if !done[n] {
            steps.push(setup("/mode:upgrade", n));
        }
    }
    // 4. Any CMS still offline.
    for &(g, _, _) in &unfinished.cms {
        if !online[g] {
            steps.push(Message::verbatim(start_cms_command(end.groups[g].name)));
        }
    }
    steps
}
