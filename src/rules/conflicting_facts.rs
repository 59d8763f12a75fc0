//! INV006 conflicting-facts: two sources (documents or raw exports) disagree about one fact.
//! The merge of raw exports (`exports::merge`) records each disagreement and leaves the fact unknown, so
//! no rule judges it on a side cmslint had to pick; this rule reports them, one finding per
//! entity, as an error: the gate must not pass on a cluster whose facts are in doubt.

use crate::engine::{Input, Rule, Sink};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV006.md"),
    doc_ja: include_str!("../../rules/ja/INV006.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for conflict in &input.inventory.conflicts {
        let (first, other) = (&conflict.first.value, &conflict.other.value);
        let fact = conflict.fact.clone();
        let message = msg!("inv006-message", fact = fact, other = other, first = first);
        sink.report(conflict.entity.clone(), conflict.other.span, message)
            .primary_label(msg!("inv006-label", value = other))
            .label(conflict.first.span, msg!("inv006-label", value = first))
            .note(msg!("inv006-note"))
            .help(msg!("inv006-help"));
    }
}
