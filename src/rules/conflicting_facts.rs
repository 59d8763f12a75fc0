//! INV006 conflicting-facts: two sources (documents or raw exports) disagree about one fact.
//! The merge step (`model::merge`) keeps the value read first and records each disagreement;
//! this rule reports them, one finding per entity.

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV006.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for conflict in &input.inventory.conflicts {
        sink.report(
            conflict.entity.clone(),
            conflict.other.span,
            format!(
                "two sources disagree about {}: `{}` and `{}`",
                conflict.fact, conflict.other.value, conflict.kept.value
            ),
        )
        .primary_label(format!("says `{}`", conflict.other.value))
        .label(
            conflict.kept.span,
            format!("says `{}`: cmslint uses this value", conflict.kept.value),
        )
        .note("cmslint keeps the value it read first (inventory documents before raw exports, `cluster.exe` tables before cmdlet output) and judges the cluster with it; exports taken at different times, say before and after a failover, disagree this way")
        .help("correct the inventory document, or export the cluster again so that every file shows the same moment");
    }
}
