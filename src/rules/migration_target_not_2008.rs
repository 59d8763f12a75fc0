//! OS403 migration-target-not-2008: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS403.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
