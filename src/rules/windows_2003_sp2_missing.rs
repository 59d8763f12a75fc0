//! PRE201 windows-2003-sp2-missing: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE201.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
