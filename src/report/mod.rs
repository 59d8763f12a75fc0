//! Reporters: each turns an [`Outcome`](crate::check::Outcome) into one output format, written
//! to a writer the caller gives, in the outcome's language. Nothing here prints on its own. This
//! module holds what several reporters share: the tool's identity, the never-empty region of a
//! span, the words for severities and categories, and the text of a finding for the formats that
//! carry one message.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::check::{NotShown, Outcome};
use crate::engine::{Category, Finding, RuleDoc, Severity};
use crate::gate::Suppression;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::scan::{FileStatus, SkipReason};
use crate::source::{LineCol, Region, Sources, Span};

/// The tool's name, as every machine report states it.
pub const TOOL_NAME: &str = env!("CARGO_PKG_NAME");
/// The tool's version (from `Cargo.toml`).
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The findings a report shows: those that remain, and with `show_suppressed` also the
/// suppressed ones with what suppressed them, all sorted by path, position and code.
pub fn shown_findings(
    outcome: &Outcome,
    show_suppressed: bool,
) -> Vec<(&Finding, Option<&Suppression>)> {
    let mut shown: Vec<(&Finding, Option<&Suppression>)> =
        outcome.findings.iter().map(|f| (f, None)).collect();
    if show_suppressed {
        shown.extend(outcome.suppressed.iter().map(|s| (&s.finding, Some(&s.by))));
        shown.sort_by_cached_key(|(f, _)| {
            let span = f.primary.span;
            (
                outcome.sources.path(span).to_string(),
                span.start(),
                f.code,
                f.entity.clone(),
            )
        });
    }
    shown
}

/// The word for a severity where people read it (`warning`, 警告); machine reports keep the
/// keyword ([`Severity::as_str`]).
pub fn severity_word(severity: Severity) -> Message {
    match severity {
        Severity::Error => msg!("report-severity-error"),
        Severity::Warning => msg!("report-severity-warning"),
        Severity::Note => msg!("report-severity-note"),
    }
}

/// The word for a rule's category where people read it (`topology`, トポロジ); machine reports
/// keep the keyword ([`Category::as_str`]).
pub fn category_word(category: Category) -> Message {
    match category {
        Category::Inventory => msg!("report-category-inventory"),
        Category::Topology => msg!("report-category-topology"),
        Category::Prerequisites => msg!("report-category-prerequisites"),
        Category::Procedure => msg!("report-category-procedure"),
        Category::OsMigration => msg!("report-category-os-migration"),
        Category::Management => msg!("report-category-management"),
    }
}

/// Items one after the other, as the language separates the items of an enumeration (`a, b`;
/// `a、b`), for lists that are no sentence of "and" or "or": codes, counts, names.
pub fn comma_list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&lang.text("report-list-separator"))
}

/// What the formats that list files say of one whose findings were cut short:
/// `2 findings not shown (1 error, 1 warning, 0 notes): more than max-findings-per-file in this
/// file`.
pub fn not_shown_message(not_shown: &NotShown) -> Message {
    Message::new("report-not-shown")
        .arg(
            "findings",
            msg!("report-findings", count = not_shown.total()),
        )
        .arg("errors", msg!("report-errors", count = not_shown.errors))
        .arg(
            "warnings",
            msg!("report-warnings", count = not_shown.warnings),
        )
        .arg("notes", msg!("report-notes", count = not_shown.notes))
}

/// What every report says of a file that changed after the scan read it (`Outcome::changed`):
/// `a.yaml changed after it was read: its findings are shown without source lines, at line 1,
/// column 1`.
pub fn changed_message(path: &str) -> Message {
    msg!("report-changed", path = path)
}

/// Why the scan passed over a file, in `lang`.
pub fn skip_reason(reason: &SkipReason, lang: Lang) -> String {
    reason.describe().render(lang)
}

/// Every file passed over, skipped by the scan or excluded by the config, with its reason in the
/// outcome's language: the skipped ones in the order of the scan, then the excluded ones.
pub fn passed_over(outcome: &Outcome) -> impl Iterator<Item = (&str, String)> {
    let lang = outcome.lang;
    let skipped = outcome.files.iter().filter_map(move |f| match &f.status {
        FileStatus::Skipped(reason) => Some((f.path.as_str(), skip_reason(reason, lang))),
        FileStatus::Checked => None,
    });
    let excluded = outcome.excluded.iter();
    skipped.chain(excluded.map(move |path| (path.as_str(), lang.text("report-excluded"))))
}

/// Every file passed over, as [`passed_over`], sorted by path.
pub fn skipped_files(outcome: &Outcome) -> Vec<(&str, String)> {
    let mut skipped: Vec<(&str, String)> = passed_over(outcome).collect();
    skipped.sort_by(|a, b| a.0.cmp(b.0));
    skipped
}

/// A section of a rule's doc that the reports show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    WhatItChecks,
    WhyItMatters,
    HowToFix,
}

impl Section {
    /// Its heading in the rule docs of `lang` (`rules/<CODE>.md`, `rules/ja/<CODE>.md`).
    fn heading(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Section::WhatItChecks, Lang::En) => "What it checks",
            (Section::WhyItMatters, Lang::En) => "Why it matters",
            (Section::HowToFix, Lang::En) => "How to fix",
            (Section::WhatItChecks, Lang::Ja) => "検査内容",
            (Section::WhyItMatters, Lang::Ja) => "重要な理由",
            (Section::HowToFix, Lang::Ja) => "修正方法",
        }
    }
}

/// The text of one section of a rule's doc in `lang`; the English doc's when the rule has none
/// in `lang`.
pub fn section(doc: &RuleDoc, section: Section, lang: Lang) -> Option<&'static str> {
    let (body, lang) = match (lang, &doc.ja) {
        (Lang::Ja, Some(ja)) => (ja.body, Lang::Ja),
        _ => (doc.body, Lang::En),
    };
    let translated = RuleDoc {
        body,
        ..doc.clone()
    };
    translated.section(section.heading(lang))
}

/// The region of a span for formats that cannot show an empty range (SARIF, GitHub
/// annotations): an empty span covers one column after its start, on the same line.
pub fn visible_region(sources: &Sources, span: Span) -> Region {
    let mut region = sources.region(span);
    if region.end <= region.start {
        region.end = LineCol {
            line: region.start.line,
            column: region.start.column + 1,
        };
    }
    region
}

/// What a finding is about, as the human output shows it under the source lines:
/// `INV003 (duplicate-name) on server:EXHUB01`.
pub fn about(finding: &Finding) -> Message {
    Message::new("report-on-entity")
        .arg("code", finding.code)
        .arg("name", finding.name)
        .arg("entity", &finding.entity)
}

/// A finding's notes, help and fix commands, each as its own line says it (`note: ...`,
/// `help: ...`, `fix: ...`).
pub fn details(finding: &Finding) -> impl Iterator<Item = Message> + '_ {
    let notes = (finding.notes.iter()).map(|n| msg!("report-note", note = n.clone()));
    let help = (finding.help.iter()).map(|h| msg!("report-help", help = h.clone()));
    let fixes = (finding.fixes.iter()).map(|f| msg!("report-fix", fix = f.clone()));
    notes.chain(help).chain(fixes)
}

/// A finding's message, then the line the human output also shows (`INV003 (duplicate-name) on
/// server:EXHUB01`) and its notes, help and fix commands on lines of their own: the text of the
/// formats that carry one message per finding (SARIF results, GitHub annotations). Viewers such
/// as sarif-fmt show no rule id, so the code is in the text.
pub fn message_with_details(finding: &Finding, lang: Lang) -> String {
    let lines = std::iter::once(finding.message.clone())
        .chain(std::iter::once(about(finding)))
        .chain(details(finding));
    let lines: Vec<String> = lines.map(|line| line.render(lang)).collect();
    lines.join("\n")
}

/// Markdown as plain text: the lines of a paragraph or list item joined with spaces, paragraphs
/// separated by a blank line, fenced code kept line by line (for SARIF's `text` fields, which
/// viewers show without Markdown rendering).
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    let mut blank = false;
    let mut closed_fence = false;
    for line in markdown.trim().lines() {
        let trimmed = line.trim();
        let fence = trimmed.starts_with("```");
        if trimmed.is_empty() && !fenced {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            let block_start = fence
                || fenced
                || closed_fence
                || trimmed.starts_with("* ")
                || trimmed.starts_with("- ")
                || trimmed.starts_with('#')
                || trimmed.starts_with('|');
            out.push_str(if blank {
                "\n\n"
            } else if block_start {
                "\n"
            } else {
                " "
            });
        }
        blank = false;
        out.push_str(if fenced { line } else { trimmed });
        closed_fence = fence && fenced;
        if fence {
            fenced = !fenced;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_joins_paragraph_lines() {
        let md = "One\ntwo.\n\n* a\n  b\n* c\n\n```yaml\nx:\n  y\n```\nend";
        assert_eq!(
            plain_text(md),
            "One two.\n\n* a b\n* c\n\n```yaml\nx:\n  y\n```\nend"
        );
    }
}
