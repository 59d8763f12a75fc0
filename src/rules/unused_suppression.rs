//! INV008 unused-suppression: raised by the gate (`gate::apply`) for suppressions and
//! baseline entries that match no finding, and suppressions past their `expires` date.

use crate::engine::Rule;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV008.md"),
    doc_ja: include_str!("../../rules/ja/INV008.md"),
    check: None,
};
