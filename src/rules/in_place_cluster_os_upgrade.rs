//! OS401 in-place-cluster-os-upgrade: a plan upgrades Windows in place on a cluster node from
//! Windows Server 2003 to 2008 (or later), which a failover cluster cannot survive.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;
use crate::msg;
use crate::plan::replay::{Action, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS401.md"),
    doc_ja: include_str!("../../rules/ja/OS401.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(r) = steps.next_step() {
        let replay = r.replay;
        let cluster = replay.cluster;
        let Action::UpgradeOs {
            node,
            to: Some(ref to),
        } = *r.action
        else {
            continue;
        };
        let state = &r.before.nodes[node];
        let Some(from) = state
            .os
            .as_ref()
            .filter(|os| os.family == Family::Server2003)
        else {
            continue;
        };
        if !matches!(to.family, Family::Server2008 | Family::LaterServer) {
            continue;
        }
        let (n, name, runs) = (r.step.number, state.name.to_string(), from.to_string());
        let (name, from, to) = (name.as_str(), from.product(), to.product());
        let message = msg!("os401-message", step = n, node = name, from = from, to = to);
        let finding = sink.report_step(r, message);
        finding.primary_label(msg!("os401-label"));
        if let Some(os) = cluster.nodes.get(node).and_then(|n| n.os.as_ref()) {
            finding.label(os.span, msg!("os401-label-runs", node = name, os = runs));
        }
        let planned = input
            .inventory
            .migrations
            .iter()
            .find(|m| m.from.is(&cluster.name.text));
        let how = match planned {
            Some(m) => {
                let (from, to) = (&m.from.text, &m.to.text);
                let named = msg!("os-migration", from = from, to = to);
                msg!("os401-help-migration", migration = named, step = n, to = to)
            }
            None => msg!("os401-help", step = n, cluster = &cluster.name.text),
        };
        finding.note(msg!("os401-note")).help(how);
    }
}
