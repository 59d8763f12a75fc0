//! The JSON report: one versioned document with the tool, the summary counts, the files that
//! were checked or skipped and every finding with its positions. Its JSON Schema is
//! `docs/report.schema.json`; a new field is added compatibly, anything else bumps `version`.
//! Inventory text is written exactly (JSON escaping is serde_json's).

use super::{TOOL_NAME, TOOL_VERSION, shown_findings, skipped_files};
use crate::check::Outcome;
use crate::engine::{Finding, Severity};
use crate::gate::{Suppression, SuppressionKind};
use crate::i18n::Lang;
use crate::scan::FileStatus;
use crate::source::{LineCol, Sources, Span};
use serde::Serialize;
use std::io::{self, Write};

/// The version of the document's shape (its `version` key).
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool,
    summary: Summary<'a>,
    files: Files<'a>,
    findings: Findings<'a>,
}

/// The findings, each made into its [`JsonFinding`] as it is written and dropped after: a
/// report of tens of thousands of findings never holds all their rendered texts at once.
#[derive(Debug)]
struct Findings<'a> {
    shown: Vec<(&'a Finding, Option<&'a Suppression>)>,
    sources: &'a Sources,
    lang: Lang,
}

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let findings = (self.shown.iter()).map(|&(f, by)| finding(f, by, self.sources, self.lang));
        serializer.collect_seq(findings)
    }
}

#[derive(Debug, Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Debug, Serialize)]
struct Summary<'a> {
    files_checked: usize,
    files_skipped: usize,
    errors: usize,
    warnings: usize,
    notes: usize,
    /// Findings hidden by a `[[suppress]]` entry of the config.
    suppressed: usize,
    /// Findings hidden by the baseline.
    baselined: usize,
    /// Findings that remain but are not listed, past `max-findings-per-file`; the severity
    /// counts include them.
    not_shown: usize,
    /// Files that changed after the scan read them, whose findings are at line 1, column 1;
    /// absent when none did.
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    changed: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
struct Files<'a> {
    checked: Vec<&'a str>,
    skipped: Vec<Skipped<'a>>,
}

#[derive(Debug, Serialize)]
struct Skipped<'a> {
    path: &'a str,
    reason: String,
}

#[derive(Debug, Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    severity: Severity,
    message: String,
    entity: &'a str,
    path: &'a str,
    start: LineCol,
    end: LineCol,
    /// The text under the primary span, if any.
    label: Option<String>,
    labels: Vec<JsonLabel<'a>>,
    notes: Vec<String>,
    help: Option<String>,
    fixes: Vec<String>,
    suppressed: bool,
    suppression: Option<JsonSuppression>,
}

#[derive(Debug, Serialize)]
struct JsonSuppression {
    kind: &'static str,
    reason: String,
}

#[derive(Debug, Serialize)]
struct JsonLabel<'a> {
    path: &'a str,
    start: LineCol,
    end: LineCol,
    message: String,
}

pub fn render(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    render_with(outcome, out, false)
}

/// The report; with `show_suppressed`, suppressed findings are listed too, with
/// `suppressed: true` and what suppressed them.
pub fn render_with(
    outcome: &Outcome,
    out: &mut dyn Write,
    show_suppressed: bool,
) -> io::Result<()> {
    let skipped = skipped_files(outcome)
        .into_iter()
        .map(|(path, reason)| Skipped { path, reason })
        .collect();
    let report = Report {
        version: REPORT_VERSION,
        tool: Tool {
            name: TOOL_NAME,
            version: TOOL_VERSION,
        },
        summary: Summary {
            files_checked: outcome.checked(),
            files_skipped: outcome.skipped(),
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
            notes: outcome.count(Severity::Note),
            suppressed: outcome.suppressed_by(SuppressionKind::Config),
            baselined: outcome.suppressed_by(SuppressionKind::Baseline),
            not_shown: outcome.not_shown_total(),
            changed: outcome.changed.iter().map(String::as_str).collect(),
        },
        files: Files {
            checked: outcome
                .files
                .iter()
                .filter(|f| f.status == FileStatus::Checked)
                .map(|f| f.path.as_str())
                .collect(),
            skipped,
        },
        findings: Findings {
            shown: shown_findings(outcome, show_suppressed),
            sources: &outcome.sources,
            lang: outcome.lang,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn finding<'a>(
    f: &'a Finding,
    by: Option<&'a Suppression>,
    sources: &'a Sources,
    lang: Lang,
) -> JsonFinding<'a> {
    let (path, start, end) = place(sources, f.primary.span);
    JsonFinding {
        code: f.code,
        name: f.name,
        severity: f.severity,
        message: f.message.render(lang),
        entity: &f.entity,
        path,
        start,
        end,
        label: Some(f.primary.message.render(lang)).filter(|m| !m.is_empty()),
        labels: f
            .secondary
            .iter()
            .map(|label| {
                let (path, start, end) = place(sources, label.span);
                JsonLabel {
                    path,
                    start,
                    end,
                    message: label.message.render(lang),
                }
            })
            .collect(),
        notes: f.notes.iter().map(|n| n.render(lang)).collect(),
        help: f.help.as_ref().map(|h| h.render(lang)),
        fixes: f.fixes.iter().map(|c| c.render(lang)).collect(),
        suppressed: by.is_some(),
        suppression: by.map(|by| JsonSuppression {
            kind: by.kind.as_str(),
            reason: by.reason.render(lang),
        }),
    }
}

/// The path and exact positions of a span (the end is exclusive and equals the start for an
/// empty span).
fn place(sources: &Sources, span: Span) -> (&str, LineCol, LineCol) {
    let region = sources.region(span);
    (sources.path(span), region.start, region.end)
}
