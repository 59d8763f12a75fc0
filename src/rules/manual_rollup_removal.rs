//! UPG308 manual-rollup-removal: a plan removes update rollups from a node by hand before the
//! service pack, which SP1/SP2 Setup does itself.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::msg;
use crate::plan::replay::{Action, later_upgrade, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG308.md"),
    doc_ja: include_str!("../../rules/ja/UPG308.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(r) = steps.next_step() {
        let replay = r.replay;
        let sp = || match replay.target {
            Some(t) => Message::verbatim(t.level_name()),
            None => msg!("upg308-sp1-or-sp2"),
        };
        let Action::RemoveRollups { node } = *r.action else {
            continue;
        };
        let state = &r.before.nodes[node];
        if state.upgraded_at.is_some() {
            continue;
        }
        let (number, name) = (r.step.number, state.name);
        let message = Message::new("upg308-message")
            .arg("step", number)
            .arg("node", name)
            .arg("service_pack", sp());
        let finding = sink.report_step(r, message);
        finding.primary_label(msg!("upg308-label"));
        if let Some(upgrade) = later_upgrade(replay, node, number) {
            let label = msg!("upg308-label-setup", service_pack = sp(), node = name);
            finding.label(upgrade.span, label);
        }
        let help = Message::new("upg308-help")
            .arg("step", number)
            .arg("service_pack", sp())
            .arg("node", name);
        finding.note(msg!("upg308-note")).help(help);
    }
}
