//! INV009 multivalued-export: an Export-Csv cell holds a type name such as
//! ``Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]`` instead of the values, so
//! that property is unknown. Raised by the scanner while it reads the export, like INV001.

use crate::engine::Rule;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV009.md"),
    doc_ja: include_str!("../../rules/ja/INV009.md"),
    check: None,
};
