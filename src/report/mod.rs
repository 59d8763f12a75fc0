//! Reporters: each turns an [`Outcome`](crate::check::Outcome) into one output format, written
//! to a writer the caller gives. Nothing here prints on its own. This module holds what several
//! reporters share: the tool's identity, the never-empty region of a span, and the text of a
//! finding for the formats that carry one message.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::check::{NotShown, Outcome};
use crate::engine::Finding;
use crate::gate::Suppression;
use crate::i18n::Lang;
use crate::scan::FileStatus;
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

/// `1 finding`, `2 findings`.
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// What the formats that list files say of one whose findings were cut short:
/// `2 findings not shown (1 error, 1 warning, 0 notes): more than max-findings-per-file in this
/// file`.
pub fn not_shown_message(not_shown: &NotShown) -> String {
    format!(
        "{} not shown ({}, {}, {}): more than max-findings-per-file in this file",
        plural(not_shown.total(), "finding"),
        plural(not_shown.errors, "error"),
        plural(not_shown.warnings, "warning"),
        plural(not_shown.notes, "note"),
    )
}

/// Every file passed over, skipped by the scan or excluded by the config, with its reason,
/// sorted by path.
pub fn skipped_files(outcome: &Outcome) -> Vec<(&str, String)> {
    let mut skipped: Vec<(&str, String)> = outcome
        .files
        .iter()
        .filter_map(|f| match &f.status {
            FileStatus::Skipped(reason) => {
                Some((f.path.as_str(), reason.describe().render(outcome.lang)))
            }
            FileStatus::Checked => None,
        })
        .chain((outcome.excluded.iter()).map(|path| (path.as_str(), json::EXCLUDED.to_string())))
        .collect();
    skipped.sort_by(|a, b| a.0.cmp(b.0));
    skipped
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

/// A finding's message, then the line the human output also shows (`INV003 (duplicate-name) on
/// server:EXHUB01`) and its notes, help and fix commands on lines of their own: the text of the
/// formats that carry one message per finding (SARIF results, GitHub annotations). Viewers such
/// as sarif-fmt show no rule id, so the code is in the text.
pub fn message_with_details(finding: &Finding, lang: Lang) -> String {
    let mut text = format!(
        "{}\n{} ({}) on {}",
        finding.message.render(lang),
        finding.code,
        finding.name,
        finding.entity
    );
    let details = (finding.notes.iter().map(|n| ("note", n)))
        .chain(finding.help.iter().map(|h| ("help", h)))
        .chain(finding.fixes.iter().map(|f| ("fix", f)));
    for (kind, detail) in details {
        text.push_str(&format!("\n{kind}: {}", detail.render(lang)));
    }
    text
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
