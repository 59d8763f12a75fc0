//! INV007 unrecognized-command: a plan's `run` step whose command cmslint cannot classify. The
//! replay treats such a step as doing nothing, so the checks after it may be wrong.
//!
//! Every plan is looked at, also one whose cluster is unknown (INV004): the command is not
//! understood whatever cluster it runs on.

use crate::engine::{Input, Rule, Sink};
use crate::model::StepKind;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV007.md"),
    doc_ja: include_str!("../../rules/ja/INV007.md"),
    check: Some(check),
};

const HELP: &str = "write one of the commands cmslint understands: `setup.com /mode:upgrade`, \
`setup.com /upgradecms` (each with `on: <node>`), `cluster.exe group \"<group>\" /move:<node>`, \
`cluster.exe group \"<group>\" /offline` or `/online`, `Stop-ClusteredMailboxServer <cms>`, \
`Start-ClusteredMailboxServer <cms>`, `Move-ClusteredMailboxServer <cms> -TargetMachine <node>`; \
or, for a manual step, `action: note` with its `text:`";

fn check(input: &Input, sink: &mut Sink) {
    for plan in &input.inventory.plans {
        for step in &plan.steps {
            let StepKind::Run {
                command: Err(unrecognized),
                ..
            } = &step.kind
            else {
                continue;
            };
            sink.report(
                plan.step_entity(step),
                step.span,
                format!(
                    "step {} is not a command cmslint understands: {}",
                    step.number,
                    reason(&unrecognized.reason)
                ),
            )
            .primary_label("not simulated")
            .note(
                "cmslint does not simulate this step: the checks of the steps after it assume \
                 it changes nothing in the cluster",
            )
            .help(HELP);
        }
    }
}

/// The classifier's reason, without repeating the message: `'net' is not a command cmslint
/// understands` becomes `unknown program or cmdlet 'net'`.
fn reason(reason: &str) -> String {
    match reason.strip_suffix(" is not a command cmslint understands") {
        Some(what) => format!("unknown program or cmdlet {what}"),
        None => reason.to_string(),
    }
}
