//! The rules, one file each. Each file holds the rule's check and embeds its doc
//! (`rules/<CODE>.md`), whose front matter gives the code, name and severity.

use crate::engine::Rule;

mod duplicate_name;
mod schema_violation;
mod unknown_reference;
mod unparseable_file;
mod unrecognized_version;

/// Every rule cmslint knows, in code order.
pub fn all() -> &'static [&'static Rule] {
    static ALL: [&Rule; 5] = [
        &unparseable_file::RULE,
        &schema_violation::RULE,
        &duplicate_name::RULE,
        &unknown_reference::RULE,
        &unrecognized_version::RULE,
    ];
    &ALL
}
