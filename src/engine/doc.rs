//! A rule's doc: the TOML front matter of its embedded `rules/<CODE>.md` (code, name, summary,
//! severity, category, source) and the Markdown body under it, so that `cmslint rules`,
//! `explain`, SARIF and findings read one source. The list of every rule's doc is the
//! `catalog` module's.

use super::{Rule, Severity};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Inventory,
    Topology,
    Prerequisites,
    Procedure,
    OsMigration,
    Management,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Inventory => "inventory",
            Category::Topology => "topology",
            Category::Prerequisites => "prerequisites",
            Category::Procedure => "procedure",
            Category::OsMigration => "os-migration",
            Category::Management => "management",
        }
    }
}

/// The front matter of a rule doc.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleMeta {
    pub code: String,
    pub name: String,
    pub summary: String,
    pub severity: Severity,
    pub category: Category,
    pub source: String,
}

/// The Microsoft page most rules come from, as a reader needs it named: a `source` of
/// `seed: section "..." (...)` is that page's section.
const SEED: &str = "Microsoft, \"Exchange 2007 SP1 または SP2 へのクラスタ化メールボックス サーバーのアップグレード\" (Upgrading Clustered Mailbox Servers to Exchange 2007 SP1 or SP2; the Exchange Server 2007 documentation in Japanese, last updated 2011-11-14)";

impl RuleMeta {
    /// Where the rule comes from, in words a reader can look up: the seed page named in full.
    pub fn source_text(&self) -> String {
        match self.source.strip_prefix("seed: ") {
            Some(part) => format!("{SEED}, {part}"),
            None => self.source.clone(),
        }
    }
}

/// A parsed rule doc: metadata and the Markdown body under the front matter.
#[derive(Debug, Clone)]
pub struct RuleDoc {
    pub meta: RuleMeta,
    pub body: &'static str,
    pub rule: &'static Rule,
}

impl RuleDoc {
    /// The text under one `## ` heading, trimmed.
    pub fn section(&self, heading: &str) -> Option<&'static str> {
        let marker = format!("## {heading}\n");
        let start = self.body.find(&marker)? + marker.len();
        let rest = &self.body[start..];
        let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
        Some(rest[..end].trim())
    }

    /// The first fenced block of `lang` under a heading (the doc examples).
    pub fn example(&self, heading: &str) -> Option<&'static str> {
        let section = self.section(heading)?;
        let start = section.find("```yaml\n")? + "```yaml\n".len();
        let end = section[start..].find("```")?;
        Some(&section[start..start + end])
    }
}

/// Splits `+++` front matter from the body.
pub fn parse_doc(doc: &'static str) -> Result<(RuleMeta, &'static str), String> {
    let rest = doc
        .strip_prefix("+++\n")
        .ok_or("the doc does not start with `+++`")?;
    let end = rest
        .find("\n+++\n")
        .ok_or("the front matter is not closed by `+++`")?;
    let meta: RuleMeta = toml::from_str(&rest[..end]).map_err(|e| e.to_string())?;
    Ok((meta, &rest[end + 5..]))
}
