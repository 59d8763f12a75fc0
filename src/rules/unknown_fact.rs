//! INV010 unknown-fact: a check skipped something because a fact the inventory could state is
//! unknown (a service pack a caption does not give, a group without an owner). The checks record
//! what they skipped (`Sink::unknown`) and the engine reports each fact once per entity, naming
//! the checks it kept from running.

use crate::engine::Rule;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV010.md"),
    doc_ja: include_str!("../../rules/ja/INV010.md"),
    check: None,
};
