//! INV006 conflicting-facts: two sources (documents or raw exports) disagree about one fact.
//! The merge of raw exports (`exports::merge`) records each disagreement and leaves the fact unknown, so
//! no rule judges it on a side cmslint had to pick; this rule reports them, one finding per
//! entity, as an error: the gate must not pass on a cluster whose facts are in doubt.

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
                conflict.fact.render(crate::i18n::Lang::En),
                conflict.other.value,
                conflict.first.value
            ),
        )
        .primary_label(format!("says `{}`", conflict.other.value))
        .label(conflict.first.span, format!("says `{}`", conflict.first.value))
        .note("cmslint cannot know which source is right, so it uses neither: the checks that need this fact skip it until the sources agree; exports taken at different times, say before and after a failover, disagree this way")
        .help("correct the inventory document, or export the cluster again so that every file shows the same moment");
    }
}
