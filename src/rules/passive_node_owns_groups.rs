//! TOP103 passive-node-owns-groups: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP103.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
