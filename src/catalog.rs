//! The catalog: every rule cmslint knows, wired. It pairs each rule of `rules` with the
//! metadata of its embedded doc (`rules/<CODE>.md`) and that doc's Japanese translation
//! (`rules/ja/<CODE>.md`), in code order, and answers what the stages around the engine ask of
//! it: a rule by code or name (`explain`, `--select`), the metadata of the rules other stages
//! raise (INV001 in the scan, INV008 in the gate), a selection checked against every rule, and
//! the generated `docs/rules.md`. It sits above both `engine` and `rules`, so that neither
//! names the other: the engine runs the list it is handed.

use crate::engine::{self, RuleDoc, RuleMeta, Selection};
use std::sync::OnceLock;

/// Every rule, in code order. Rule docs are checked by the test suite, so a broken one is a bug.
pub fn all() -> &'static [RuleDoc] {
    static CATALOG: OnceLock<Vec<RuleDoc>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut docs: Vec<RuleDoc> = crate::rules::all()
            .iter()
            .map(|rule| {
                let (meta, body) = engine::parse_doc(rule.doc)
                    .unwrap_or_else(|e| panic!("invalid rule doc: {e}\n{}", rule.doc));
                let ja = engine::parse_translation(rule.doc_ja)
                    .unwrap_or_else(|e| panic!("invalid Japanese rule doc: {e}\n{}", rule.doc_ja));
                RuleDoc {
                    meta,
                    body,
                    rule,
                    ja: Some(ja),
                }
            })
            .collect();
        docs.sort_by(|a, b| a.meta.code.cmp(&b.meta.code));
        docs
    })
}

/// A rule by code (`UPG302`, any case) or name (`passive-node-not-emptied`).
pub fn lookup(code_or_name: &str) -> Option<&'static RuleDoc> {
    all().iter().find(|d| {
        d.meta.code.eq_ignore_ascii_case(code_or_name)
            || d.meta.name.eq_ignore_ascii_case(code_or_name)
    })
}

/// Metadata of a rule by exact code, for stages that raise findings themselves.
pub fn meta(code: &str) -> &'static RuleMeta {
    &all()
        .iter()
        .find(|d| d.meta.code == code)
        .unwrap_or_else(|| panic!("{code} is not in the catalog"))
        .meta
}

/// `docs/rules.md`: the catalog table and every rule's doc, generated from the embedded docs
/// (a test keeps the committed file equal to this).
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from rules/<CODE>.md by `UPDATE_DOCS=1 cargo test --test integration rule_docs::`; do not edit. -->\n\n",
    );
    out.push_str("| code | name | severity | category | summary |\n|---|---|---|---|---|\n");
    for doc in all() {
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
    for doc in all() {
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

/// The selection `--select`/`--ignore` (or the config's lists) make: every pattern must name at
/// least one rule; the unknown ones are returned as the error.
pub fn selection(select: Vec<String>, ignore: Vec<String>) -> Result<Selection, Vec<String>> {
    Selection::new(select, ignore, all())
}
