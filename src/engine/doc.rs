//! A rule's doc: the TOML front matter of its embedded `rules/<CODE>.md` (code, name, summary,
//! severity, category, source) and the Markdown body under it, so that `cmslint rules`,
//! `explain`, SARIF and findings read one source. The list of every rule's doc is the
//! `catalog` module's.

use super::{Rule, Severity};
use crate::i18n::Lang;
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

/// A parsed rule doc: metadata and the Markdown body under the front matter, and the Japanese
/// document (`rules/ja/<CODE>.md`) when the rule has one.
#[derive(Debug, Clone)]
pub struct RuleDoc {
    pub meta: RuleMeta,
    pub body: &'static str,
    pub rule: &'static Rule,
    pub ja: Option<Translation>,
}

/// A rule doc in another language: its front matter (`code`, `summary`, `source`) and body. The
/// code, name, severity and category are the English doc's.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub code: String,
    pub summary: String,
    pub source: String,
    #[serde(skip)]
    pub body: &'static str,
}

impl RuleDoc {
    fn translation(&self, lang: Lang) -> Option<&Translation> {
        match lang {
            Lang::En => None,
            Lang::Ja => self.ja.as_ref(),
        }
    }

    /// The one-line summary in `lang` (English when the rule has no document in `lang`).
    pub fn summary_in(&self, lang: Lang) -> &str {
        self.translation(lang)
            .map_or(self.meta.summary.as_str(), |t| t.summary.as_str())
    }

    /// The Markdown body in `lang` (English when the rule has no document in `lang`).
    pub fn body_in(&self, lang: Lang) -> &'static str {
        self.translation(lang).map_or(self.body, |t| t.body)
    }

    /// Where the rule comes from, in `lang`.
    pub fn source_in(&self, lang: Lang) -> String {
        self.translation(lang)
            .map_or_else(|| self.meta.source_text(), |t| t.source.clone())
    }

    /// The text under one `## ` heading of the English doc, trimmed.
    pub fn section(&self, heading: &str) -> Option<&'static str> {
        self.section_in(Lang::En, heading)
    }

    /// The text under one heading, named in English (`How to fix`), of the doc in `lang`
    /// (the English doc when the rule has none in `lang`), trimmed.
    pub fn section_in(&self, lang: Lang, heading: &str) -> Option<&'static str> {
        let (body, heading) = match self.translation(lang) {
            Some(t) => (t.body, heading_in(lang, heading)?),
            None => (self.body, heading),
        };
        let marker = format!("## {heading}\n");
        let start = body.find(&marker)? + marker.len();
        let rest = &body[start..];
        let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
        Some(rest[..end].trim())
    }

    /// The first ```yaml block under a heading of the English doc (the doc examples).
    pub fn example(&self, heading: &str) -> Option<&'static str> {
        self.example_in(Lang::En, heading)
    }

    /// The first ```yaml block under a heading, named in English, of the doc in `lang`.
    pub fn example_in(&self, lang: Lang, heading: &str) -> Option<&'static str> {
        let section = self.section_in(lang, heading)?;
        let start = section.find("```yaml\n")? + "```yaml\n".len();
        let end = section[start..].find("```")?;
        Some(&section[start..start + end])
    }
}

/// The fixed headings of every rule doc, in order: in English and in Japanese.
const HEADINGS: [(&str, &str); 6] = [
    ("What it checks", "検査内容"),
    ("Why it matters", "重要な理由"),
    ("Non-compliant example", "非準拠の例"),
    ("Compliant example", "準拠の例"),
    ("How to fix", "修正方法"),
    ("References", "参考資料"),
];

/// The heading `english` (`How to fix`) as the docs in `lang` write it.
fn heading_in(lang: Lang, english: &str) -> Option<&'static str> {
    let (en, ja) = HEADINGS.iter().find(|(en, _)| *en == english)?;
    Some(match lang {
        Lang::En => en,
        Lang::Ja => ja,
    })
}

/// Splits `+++` front matter from the body.
pub fn parse_doc(doc: &'static str) -> Result<(RuleMeta, &'static str), String> {
    parse_front_matter(doc)
}

/// Splits a translated doc's `+++` front matter from its body.
pub fn parse_translation(doc: &'static str) -> Result<Translation, String> {
    let (mut translation, body): (Translation, _) = parse_front_matter(doc)?;
    translation.body = body;
    Ok(translation)
}

fn parse_front_matter<T: serde::de::DeserializeOwned>(
    doc: &'static str,
) -> Result<(T, &'static str), String> {
    let rest = doc
        .strip_prefix("+++\n")
        .ok_or("the doc does not start with `+++`")?;
    let end = rest
        .find("\n+++\n")
        .ok_or("the front matter is not closed by `+++`")?;
    let meta: T = toml::from_str(&rest[..end]).map_err(|e| e.to_string())?;
    Ok((meta, &rest[end + 5..]))
}
