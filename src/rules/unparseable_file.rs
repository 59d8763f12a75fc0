//! INV001 unparseable-file: raised by the scanner (decoding, parsing, size limit).

use crate::engine::Rule;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV001.md"),
    doc_ja: include_str!("../../rules/ja/INV001.md"),
    check: None,
};
