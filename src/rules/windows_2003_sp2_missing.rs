//! PRE201 windows-2003-sp2-missing: a step upgrades a node (Setup `/mode:upgrade` or the
//! wizard) or the CMS on it (`/upgradecms`) while the node runs Windows Server 2003 below SP2 at
//! that point of the plan. An earlier `install-windows-service-pack` step fixes it.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;
use crate::plan::replay::Action;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE201.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replay in input.replays {
        let target = replay.target.map_or_else(
            || replay.plan.target.text.clone(),
            |t| t.level_name().into(),
        );
        for replayed in &replay.steps {
            let (node, what) = match replayed.action {
                Action::UpgradeNode { node, .. } => (node, "upgrades Exchange on"),
                Action::UpgradeCms { node, .. } => (node, "upgrades the CMS on"),
                _ => continue,
            };
            let state = &replayed.before.nodes[node];
            let Some(os) = state.os.as_ref().filter(|os| {
                os.family == Family::Server2003 && os.service_pack_below(2) == Some(true)
            }) else {
                continue;
            };
            let step = replayed.step;
            let runs = if os.service_pack == Some(0) {
                format!("{} without a service pack", os.product())
            } else {
                os.to_string()
            };
            sink.report(
                replay.plan.step_entity(step),
                step.span,
                format!(
                    "step {} {what} {}, which runs {runs}, not SP2, at that point",
                    step.number, state.name
                ),
            )
            .primary_label(format!(
                "{} is not on Windows Server 2003 SP2 yet",
                state.name
            ))
            .label(state.span, format!("{} runs {runs}", state.name))
            .note(format!(
                "cluster nodes must run Windows Server 2003 Service Pack 2 before they are \
                 upgraded to Exchange 2007 {target}"
            ))
            .help(format!(
                "install Windows Server 2003 SP2 on {} first: insert this step before step {}",
                state.name, step.number
            ))
            .fix(format!(
                "{{action: install-windows-service-pack, node: {}, servicePack: 2}}",
                state.name
            ));
        }
    }
}
