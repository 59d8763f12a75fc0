//! OS402 migration-method-unsupported: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS402.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
