//! INV002 schema-violation: raised by the schema check while scanning, and for Setup steps
//! without `on:` (which the schema cannot express) from the model.

use crate::engine::{Input, Rule, Sink};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV002.md"),
    doc_ja: include_str!("../../rules/ja/INV002.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for problem in &input.inventory.problems {
        let finding = sink.report(
            problem.entity.clone(),
            problem.span,
            problem.message.clone(),
        );
        // The replay stops at a Setup step that upgrades no known node.
        let stop = input.replays.iter().find_map(|r| {
            let step = r.stopped_at.filter(|s| s.span == problem.span)?;
            r.stop_note(step)
        });
        if let Some(note) = stop {
            finding.note(note);
        }
        finding.help(msg!("inv002-help-on"));
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn setup_without_on_stops_the_replay_and_says_so() {
        let findings = findings_of(
            "INV002",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, exchange: RTM}, {name: EXNODE2, exchange: RTM}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - run: setup.com /mode:upgrade
      - run: Stop-ClusteredMailboxServer EXCMS01
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        assert_eq!(
            finding.texts(Lang::En).notes,
            [
                "cmslint cannot replay step 1 without knowing what it acts on, and the next state \
              of the cluster would be a guess: step 2 of plan sp2 is not judged"
            ]
        );
    }
}
