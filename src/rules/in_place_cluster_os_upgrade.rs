//! OS401 in-place-cluster-os-upgrade: a plan upgrades Windows in place on a cluster node from
//! Windows Server 2003 to 2008 (or later), which a failover cluster cannot survive.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;
use crate::plan::replay::{Action, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS401.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for r in walk(input.replays) {
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
        let number = r.step.number;
        let finding = sink.report_step(
            r,
            format!(
                "step {number} upgrades Windows on cluster node {} in place from {} to {}",
                state.name,
                from.product(),
                to.product()
            ),
        );
        finding.primary_label("in-place upgrade of a failover cluster node");
        if let Some(os) = cluster.nodes.get(node).and_then(|n| n.os.as_ref()) {
            finding.label(os.span, format!("{} runs {from}", state.name));
        }
        let planned = input
            .inventory
            .migrations
            .iter()
            .find(|m| m.from.is(&cluster.name.text));
        let how = match planned {
            Some(m) => format!(
                "the inventory already describes migration {}->{}: delete step {number} and \
                 move the data to {} as that migration says",
                m.from.text, m.to.text, m.to.text
            ),
            None => format!(
                "delete step {number}; build a new Windows Server 2008 failover cluster with \
                 Exchange 2007 SP1 or SP2, move the mailboxes from {} with Move-Mailbox and \
                 the public folders with public folder replication, and describe it with a \
                 `migrations:` entry (`from: {}`, `to: <new cluster>`, \
                 `mailboxes: move-mailbox`, `publicFolders: replication`)",
                cluster.name.text, cluster.name.text
            ),
        };
        finding
            .note(
                "Windows Server 2008 changed failover clustering so much that a failover \
                 cluster cannot be upgraded from Windows Server 2003 to 2008: a new cluster \
                 is built on Windows Server 2008 and the data is moved from the old one",
            )
            .help(how);
    }
}
