//! UPG308 manual-rollup-removal: a plan removes update rollups from a node by hand before the
//! service pack, which SP1/SP2 Setup does itself.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::{Action, later_upgrade, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG308.md"),
    doc_ja: include_str!("../../rules/ja/UPG308.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for r in walk(input.replays) {
        let replay = r.replay;
        let sp = replay.target.map_or("SP1 or SP2", |t| t.level_name());
        let Action::RemoveRollups { node } = *r.action else {
            continue;
        };
        let state = &r.before.nodes[node];
        if state.upgraded_at.is_some() {
            continue;
        }
        let number = r.step.number;
        let finding = sink.report_step(
            r,
            format!(
                "step {number} removes the update rollups from {} by hand before {sp} Setup",
                state.name
            ),
        );
        finding.primary_label("not needed");
        if let Some(upgrade) = later_upgrade(replay, node, number) {
            finding.label(
                upgrade.step.span,
                format!("{sp} Setup removes the rollups from {} here", state.name),
            );
        }
        finding
            .note(
                "when Exchange 2007 SP1 or SP2 is installed on a computer with update \
                 rollups, Setup removes the rollups automatically before it installs the \
                 service pack; they need not be removed by hand",
            )
            .help(format!(
                "delete step {number}: {sp} Setup (`setup.com /mode:upgrade` on {}) removes \
                 the installed update rollups itself",
                state.name
            ));
    }
}
