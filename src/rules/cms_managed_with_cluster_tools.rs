//! UPG309 cms-managed-with-cluster-tools: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG309.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
