//! INV002 schema-violation: raised by the schema check while scanning, and for Setup steps
//! without `on:` (which the schema cannot express) from the model.

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV002.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for problem in &input.inventory.problems {
        sink.report(
            problem.entity.clone(),
            problem.span,
            problem.message.clone(),
        )
        .help("add `on: <node>` naming the node the command is typed on");
    }
}
