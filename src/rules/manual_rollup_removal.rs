//! UPG308 manual-rollup-removal: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG308.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
