//! PRE202 unsupported-upgrade-target: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE202.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
