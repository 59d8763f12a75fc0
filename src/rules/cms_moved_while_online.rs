//! UPG310 cms-moved-while-online: a plan moves a CMS that is not yet upgraded (below the version
//! of the node it goes to, before `setup.com /upgradecms`) to an upgraded node while it is still
//! online; the documented procedure takes it offline first. A CMS already at the node's level (a
//! fail-back after the upgrade) moves as usual. Skipped when either version is unknown.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::msg;
use crate::plan::replay::{Action, stop_cms_command, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG310.md"),
    doc_ja: include_str!("../../rules/ja/UPG310.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(r) = steps.next_step() {
        let replay = r.replay;
        let Some(target) = replay.target else {
            continue;
        };
        let sp = target.level_name();
        let Action::MoveGroup { group, node, .. } = *r.action else {
            continue;
        };
        let cms = &r.before.groups[group];
        let moves = cms.owner != Some(node);
        if !cms.is_cms() || cms.online != Some(true) || !moves {
            continue;
        }
        if r.before.node_reached(node, &target) != Some(true) {
            continue;
        }
        let to = &r.before.nodes[node];
        // Only a CMS below the node it goes to is handed to newer binaries; one already at
        // that level (a fail-back after the upgrade) moves as usual.
        let (Some(cms_version), Some(node_version)) = (cms.version, to.exchange) else {
            continue;
        };
        if cms_version.service_pack >= node_version.service_pack {
            continue;
        }
        let number = r.step.number;
        let message = Message::new("upg310-message")
            .arg("step", number)
            .arg("cms", cms.name)
            .arg("cms_version", cms_version.level_name())
            .arg("node", to.name)
            .arg("node_version", node_version.level_name());
        let finding = sink.report_step(r, message);
        finding.primary_label(msg!("upg310-label", cms = cms.name));
        if let Some(at) = to.upgraded_at {
            finding.label(
                at,
                msg!("upg310-label-upgraded", node = to.name, target = sp),
            );
        }
        finding
            .note(msg!("upg310-note"))
            .help(msg!("upg310-help", cms = cms.name, step = number))
            .fix(Message::verbatim(stop_cms_command(replay, cms.name)));
    }
}
