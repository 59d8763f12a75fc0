//! The rule catalog. Each rule's metadata is the TOML front matter of its embedded doc
//! (`rules/<CODE>.md`), so `cmslint rules`, `explain`, SARIF and findings read one source.

use super::{Rule, Severity};
use serde::Deserialize;
use std::sync::OnceLock;

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
pub(crate) fn parse_doc(doc: &'static str) -> Result<(RuleMeta, &'static str), String> {
    let rest = doc
        .strip_prefix("+++\n")
        .ok_or("the doc does not start with `+++`")?;
    let end = rest
        .find("\n+++\n")
        .ok_or("the front matter is not closed by `+++`")?;
    let meta: RuleMeta = toml::from_str(&rest[..end]).map_err(|e| e.to_string())?;
    Ok((meta, &rest[end + 5..]))
}

/// Every rule, in code order. Rule docs are checked by the test suite, so a broken one is a bug.
pub fn catalog() -> &'static [RuleDoc] {
    static CATALOG: OnceLock<Vec<RuleDoc>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut docs: Vec<RuleDoc> = crate::rules::all()
            .iter()
            .map(|rule| {
                let (meta, body) = parse_doc(rule.doc)
                    .unwrap_or_else(|e| panic!("invalid rule doc: {e}\n{}", rule.doc));
                RuleDoc { meta, body, rule }
            })
            .collect();
        docs.sort_by(|a, b| a.meta.code.cmp(&b.meta.code));
        docs
    })
}

pub(super) fn meta_of(rule: &Rule) -> &'static RuleMeta {
    &catalog()
        .iter()
        .find(|d| std::ptr::eq(d.rule, rule))
        .expect("every rule is in the catalog")
        .meta
}

/// A rule by code (`UPG302`, any case) or name (`passive-node-not-emptied`).
pub fn lookup(code_or_name: &str) -> Option<&'static RuleDoc> {
    catalog().iter().find(|d| {
        d.meta.code.eq_ignore_ascii_case(code_or_name)
            || d.meta.name.eq_ignore_ascii_case(code_or_name)
    })
}

/// Metadata of a rule by exact code, for stages that raise findings themselves.
pub fn meta(code: &str) -> &'static RuleMeta {
    &catalog()
        .iter()
        .find(|d| d.meta.code == code)
        .unwrap_or_else(|| panic!("{code} is not in the catalog"))
        .meta
}

/// `docs/rules.md`: the catalog table and every rule's doc, generated from the embedded docs
/// (a test keeps the committed file equal to this).
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from rules/<CODE>.md by `UPDATE_DOCS=1 cargo test --test rule_docs`; do not edit. -->\n\n",
    );
    out.push_str("| code | name | severity | category | summary |\n|---|---|---|---|---|\n");
    for doc in catalog() {
        let m = &doc.meta;
        out.push_str(&format!(
            "| [{code}](#{anchor}) | `{}` | {} | {} | {} |\n",
            m.name,
            m.severity,
            m.category.as_str(),
            m.summary,
            code = m.code,
            anchor = format!("{}-{}", m.code, m.name).to_lowercase(),
        ));
    }
    for doc in catalog() {
        let m = &doc.meta;
        out.push_str(&format!(
            "\n## {} {}\n\n{} (severity: {}, category: {})\n\nSource: {}\n\n",
            m.code,
            m.name,
            m.summary,
            m.severity,
            m.category.as_str(),
            m.source_text()
        ));
        let body = doc.body.trim();
        for line in body.lines() {
            if line.starts_with("## ") {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
