//! UPG309 cms-managed-with-cluster-tools: a plan moves, stops or starts a CMS with cluster.exe
//! instead of the Exchange cmdlets, which check replication health and the target node.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{
    Action, Tool, move_cms_command, start_cms_command, stop_cms_command, walk,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG309.md"),
    doc_ja: include_str!("../../rules/ja/UPG309.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for r in walk(input.replays) {
        let replay = r.replay;
        let (group, what, fix) = match *r.action {
            Action::MoveGroup {
                group,
                node,
                tool: Tool::ClusterExe,
            } => {
                let (cms, node) = (&r.before.groups[group].name, &r.before.nodes[node].name);
                (
                    group,
                    format!("moves CMS {cms} to {node}"),
                    move_cms_command(replay, cms, node),
                )
            }
            Action::SetOnline {
                group,
                online,
                tool: Tool::ClusterExe,
            } => {
                let cms = &r.before.groups[group].name;
                if online {
                    (
                        group,
                        format!("brings CMS {cms} online"),
                        start_cms_command(cms),
                    )
                } else {
                    (
                        group,
                        format!("takes CMS {cms} offline"),
                        stop_cms_command(replay, cms),
                    )
                }
            }
            _ => continue,
        };
        if !r.before.groups[group].is_cms() {
            continue;
        }
        let number = r.step.number;
        sink.report_step(r, format!("step {number} {what} with cluster.exe"))
            .primary_label("cluster.exe skips the Exchange health checks")
            .note(
                "Microsoft's guidance for clustered mailbox servers is to move, stop and start a \
             CMS only with the Exchange tools (the Manage Clustered Mailbox Server wizard or \
             the *-ClusteredMailboxServer cmdlets): they check replication health and the \
             target node before a handoff and keep the Exchange Replication service informed; \
             cluster.exe does neither",
            )
            .help(format!(
                "replace step {number} with the Exchange Management Shell cmdlet below"
            ))
            .fix(fix);
    }
}
