//! UPG309 cms-managed-with-cluster-tools: a plan moves, stops or starts a CMS with cluster.exe
//! instead of the Exchange cmdlets, which check replication health and the target node.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::msg;
use crate::plan::replay::{
    Action, Tool, move_cms_command, start_cms_command, stop_cms_command, walk,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG309.md"),
    doc_ja: include_str!("../../rules/ja/UPG309.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(r) = steps.next_step() {
        let replay = r.replay;
        let number = r.step.number;
        let (group, message, fix) = match *r.action {
            Action::MoveGroup {
                group,
                node,
                tool: Tool::ClusterExe,
            } => {
                let (cms, node) = (r.before.groups[group].name, r.before.nodes[node].name);
                let message = Message::new("upg309-message-move")
                    .arg("cms", cms)
                    .arg("node", node);
                (group, message, move_cms_command(replay, cms, node))
            }
            Action::SetOnline {
                group,
                online,
                tool: Tool::ClusterExe,
            } => {
                let cms = r.before.groups[group].name;
                if online {
                    let message = msg!("upg309-message-online", cms = cms);
                    (group, message, start_cms_command(cms))
                } else {
                    let message = msg!("upg309-message-offline", cms = cms);
                    (group, message, stop_cms_command(replay, cms))
                }
            }
            _ => continue,
        };
        if !r.before.groups[group].is_cms() {
            continue;
        }
        sink.report_step(r, message.arg("step", number))
            .primary_label(msg!("upg309-label"))
            .note(msg!("upg309-note"))
            .help(msg!("upg309-help", step = number))
            .fix(Message::verbatim(fix));
    }
}
