//! UPG310 cms-moved-while-online: (to be written).

use crate::engine::{Input, Rule, Sink};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG310.md"),
    check: Some(check),
};

fn check(_input: &Input, _sink: &mut Sink) {}
