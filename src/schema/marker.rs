//! The marker that makes a document an inventory (`cmslint: 1` at its top level), and the
//! documents that lost it: an inventory section without it, or the key misspelt (`cmslnt: 1`).

use super::Violation;
use crate::msg;
use crate::syntax::{Entry, Node, Value};

/// The sections an inventory document may hold at its top level.
pub(super) const SECTIONS: [&str; 5] =
    ["clusters", "servers", "workstations", "plans", "migrations"];

/// The marker key, and how far a misspelling of it may stray (`cmslnt`, `CMSLINT`).
pub(super) const MARKER: &str = "cmslint";

pub(super) const MARKER_TYPOS: usize = 2;

/// How the top level of a document marks it as an inventory.
pub(super) enum Marker<'a> {
    /// `cmslint:` is there (the schema judges its value).
    Present,
    /// The marker key misspelt (`cmslnt: 1`).
    Misspelt(&'a Entry),
    /// No marker, but an inventory section (`workstations:`).
    Missing(&'a Entry),
    /// Neither: some other JSON or YAML.
    Absent,
}

pub(super) fn marker(doc: &Node) -> Marker<'_> {
    if doc.entry(MARKER).is_some() {
        return Marker::Present;
    }
    let entries = doc.entries();
    let section = entries.iter().find(|e| SECTIONS.contains(&e.key.as_str()));
    // Without a section, a near key counts only with a version number as its value, so that
    // another tool's `eslint:` or `tslint:` section is not taken for a lost marker.
    let version_like = |node: &Node| match &node.value {
        Value::Number(_) => true,
        Value::String(text) => !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    let misspelt = entries.iter().find(|e| {
        crate::words::closest(&e.key, [MARKER], MARKER_TYPOS).is_some()
            && (section.is_some() || version_like(&e.value))
    });
    match (misspelt, section) {
        (Some(entry), _) => Marker::Misspelt(entry),
        (None, Some(entry)) => Marker::Missing(entry),
        (None, None) => Marker::Absent,
    }
}

/// Whether a document is an inventory: it has the `cmslint` marker, or has lost it (an
/// inventory section or a misspelt marker key at its top level), which [`check`] reports.
pub fn is_inventory(doc: &Node) -> bool {
    !matches!(marker(doc), Marker::Absent)
}

/// The violation for a document without its `cmslint: 1` marker, at the top level.
pub(super) fn lost_marker(doc: &Node) -> Violation {
    let (range, message, help) = match marker(doc) {
        Marker::Misspelt(entry) => (
            entry.key_range.clone(),
            msg!("schema-marker-misspelt", key = &entry.key),
            crate::words::meant(MARKER),
        ),
        Marker::Missing(entry) => (
            entry.key_range.clone(),
            msg!("schema-marker-missing-with-section", section = &entry.key),
            msg!("schema-marker-add"),
        ),
        Marker::Present | Marker::Absent => (
            doc.range.start..doc.range.start,
            msg!("schema-marker-missing"),
            msg!("schema-marker-add"),
        ),
    };
    Violation {
        pointer: String::new(),
        range,
        message,
        related: None,
        help: Some(help),
    }
}
