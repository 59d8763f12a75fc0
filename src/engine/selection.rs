//! Rule selection: `--select` and `--ignore` take codes (`UPG302`), prefixes (`ADM`) and names
//! (`passive-node-not-emptied`).

use super::{RuleDoc, RuleMeta};

#[derive(Debug, Clone, Default)]
pub struct Selection {
    select: Vec<String>,
    ignore: Vec<String>,
}

impl Selection {
    /// Every pattern must name at least one of `rules`; the unknown ones are returned as the
    /// error.
    pub fn new(
        select: Vec<String>,
        ignore: Vec<String>,
        rules: &[RuleDoc],
    ) -> Result<Self, Vec<String>> {
        let unknown: Vec<String> = select
            .iter()
            .chain(&ignore)
            .filter(|p| !rules.iter().any(|doc| matches(&doc.meta, p)))
            .cloned()
            .collect();
        if unknown.is_empty() {
            Ok(Selection { select, ignore })
        } else {
            Err(unknown)
        }
    }

    /// Only the rule `code` (what the fixture harness and doc tests use).
    pub fn only(code: &str) -> Self {
        Selection {
            select: vec![code.to_string()],
            ignore: Vec::new(),
        }
    }

    pub fn is_selected(&self, meta: &RuleMeta) -> bool {
        let selected = self.select.is_empty() || self.select.iter().any(|p| matches(meta, p));
        selected && !self.ignore.iter().any(|p| matches(meta, p))
    }
}

fn matches(meta: &RuleMeta, pattern: &str) -> bool {
    let pattern = pattern.trim();
    let upper = pattern.to_ascii_uppercase();
    meta.name.eq_ignore_ascii_case(pattern)
        || upper == "ALL"
        || (!upper.is_empty()
            && meta.code.starts_with(&upper)
            && upper.chars().all(|c| c.is_ascii_alphanumeric()))
}
