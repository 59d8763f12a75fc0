//! INV007 unrecognized-command: a plan's `run` step whose command cmslint cannot classify. The
//! replay treats such a step as doing nothing, so the checks after it may be wrong.
//!
//! Every plan is looked at, also one whose cluster is unknown (INV004): the command is not
//! understood whatever cluster it runs on.

use crate::engine::{Input, Rule, Sink};
use crate::model::StepKind;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV007.md"),
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
/// understands` becomes `unknown program or cmdlet 'net'`, and `cluster.exe 'node' is not a
/// command cmslint understands` becomes `cluster.exe 'node'`.
fn reason(reason: &str) -> String {
    match reason.strip_suffix(" is not a command cmslint understands") {
        Some(what) if what.starts_with('\'') => format!("unknown program or cmdlet {what}"),
        Some(what) => what.to_string(),
        None => reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    fn messages(steps: &str) -> Vec<String> {
        let yaml = format!(
            "cmslint: 1
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
{steps}"
        );
        (findings_of("INV007", &yaml).iter())
            .map(|f| f.texts(Lang::En).message)
            .collect()
    }

    /// Only a program or cmdlet cmslint does not know is "unknown": a cluster.exe command
    /// it does not support is named as it is.
    #[test]
    fn only_an_unknown_program_is_called_unknown() {
        assert_eq!(
            messages(
                "      - run: net stop MSExchangeIS
      - run: cluster node EXNODE1 /pause
      - run: cluster
      - run: cluster group \"EXCMS01\"
"
            ),
            [
                "step 1 is not a command cmslint understands: unknown program or cmdlet 'net'",
                "step 2 is not a command cmslint understands: cluster.exe 'node'",
                "step 3 is not a command cmslint understands: cluster.exe without the group verb",
                "step 4 is not a command cmslint understands: cluster.exe group 'EXCMS01' \
                 without /move, /offline or /online",
            ]
        );
    }
}
