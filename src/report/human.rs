//! Human output: a codespan-reporting diagnostic per finding (snippet, labels, notes, help and
//! fix commands), then a summary line. Inventory text is sanitised before it reaches a terminal.

use super::{plural, shown_findings};
use crate::check::Outcome;
use crate::engine::{Finding, Severity};
use crate::escape::{escape_message, sanitize_in_place};
use crate::gate::{Suppression, SuppressionKind};
use crate::i18n::Lang;
use crate::scan::FileStatus;
use crate::source::{FileId, Sources, Span};
use codespan_reporting::diagnostic::{Diagnostic, Label, LabelStyle};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor};
use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;

#[derive(Debug, Clone, Copy, Default)]
pub struct HumanOptions {
    pub color: bool,
    /// List every skipped file with its reason.
    pub verbose: bool,
    /// Show suppressed findings too, each with what suppressed it.
    pub show_suppressed: bool,
}

/// The files codespan renders: sanitised copies, made only for files that have findings.
struct SanitizedFiles<'a> {
    sources: &'a Sources,
    texts: HashMap<FileId, String>,
}

impl<'a> Files<'a> for SanitizedFiles<'a> {
    type FileId = FileId;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<String, FilesError> {
        Ok(escape_message(&self.sources.get(id).path))
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.texts
            .get(&id)
            .map(String::as_str)
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.sources.get(id).line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.sources.get(id);
        if line_index >= file.line_count() {
            return Err(FilesError::LineTooLarge {
                given: line_index,
                max: file.line_count() - 1,
            });
        }
        // codespan wants the range including the line break.
        let range = file.line_range(line_index);
        let end = file.text[range.end..]
            .find('\n')
            .map_or(file.text.len(), |i| range.end + i + 1);
        Ok(range.start..end)
    }
}

impl<'a> SanitizedFiles<'a> {
    /// Sanitised copies of the files the findings point into.
    fn new<'f>(sources: &'a Sources, findings: impl IntoIterator<Item = &'f Finding>) -> Self {
        let mut texts = HashMap::new();
        for finding in findings {
            for span in spans(finding) {
                texts
                    .entry(span.file())
                    .or_insert_with(|| sanitize_in_place(&sources.get(span.file()).text));
            }
        }
        SanitizedFiles { sources, texts }
    }
}

pub fn render(outcome: &Outcome, out: &mut dyn Write, options: HumanOptions) -> io::Result<()> {
    let shown = shown_findings(outcome, options.show_suppressed);
    let files = SanitizedFiles::new(&outcome.sources, shown.iter().map(|(f, _)| *f));
    let config = term::Config::default();
    let mut buffer = Vec::new();
    {
        let mut writer: Box<dyn termcolor::WriteColor> = if options.color {
            Box::new(termcolor::Ansi::new(&mut buffer))
        } else {
            Box::new(termcolor::NoColor::new(&mut buffer))
        };
        for (finding, by) in &shown {
            let diagnostic = diagnostic(finding, *by, &outcome.sources, outcome.lang);
            term::emit_to_write_style(&mut writer, &config, &files, &diagnostic)
                .map_err(io::Error::other)?;
        }
    }
    out.write_all(&buffer)?;
    if options.verbose {
        // Exports redirected by cmd.exe come in the console's OEM code page: say which one.
        for (_, source) in outcome.sources.iter() {
            if !matches!(source.encoding, "utf-8" | "utf-8-bom") {
                writeln!(
                    out,
                    "read {} as {}",
                    escape_message(&source.path),
                    source.encoding
                )?;
            }
        }
        for file in &outcome.files {
            if let FileStatus::Skipped(reason) = &file.status {
                writeln!(
                    out,
                    "skipped {}: {}",
                    escape_message(&file.path),
                    reason.describe().render(outcome.lang)
                )?;
            }
        }
        for path in &outcome.excluded {
            writeln!(
                out,
                "skipped {}: {}",
                escape_message(path),
                super::json::EXCLUDED
            )?;
        }
    }
    writeln!(out, "{}", summary(outcome))
}

/// `checked 4 files (3 skipped): 2 errors, 1 warning, 0 notes` (every finding that remains,
/// shown or not), then, when there are any, `; 2 suppressed, 5 baselined` and the findings not
/// shown past `max-findings-per-file`.
pub fn summary(outcome: &Outcome) -> String {
    let mut text = format!(
        "checked {} ({} skipped): {}, {}, {}",
        plural(outcome.checked(), "file"),
        outcome.skipped(),
        plural(outcome.count(Severity::Error), "error"),
        plural(outcome.count(Severity::Warning), "warning"),
        plural(outcome.count(Severity::Note), "note"),
    );
    let hidden: Vec<String> = [
        (SuppressionKind::Config, "suppressed"),
        (SuppressionKind::Baseline, "baselined"),
    ]
    .into_iter()
    .map(|(kind, word)| (outcome.suppressed_by(kind), word))
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    if !hidden.is_empty() {
        text.push_str(&format!("; {}", hidden.join(", ")));
    }
    let not_shown = outcome.not_shown_total();
    if not_shown > 0 {
        text.push_str(&format!(
            "; {} not shown (more than max-findings-per-file in one file)",
            plural(not_shown, "finding")
        ));
    }
    text
}

fn spans(finding: &Finding) -> impl Iterator<Item = Span> + '_ {
    std::iter::once(finding.primary.span).chain(finding.secondary.iter().map(|l| l.span))
}

/// A zero-width span is widened to the character it sits on, so the caret is visible.
fn visible(span: Span, sources: &Sources) -> Range<usize> {
    let text = &sources.get(span.file()).text;
    if span.start() < span.end() || span.start() >= text.len() {
        return span.range();
    }
    let c = text[span.start()..].chars().next().unwrap_or(' ');
    if c == '\n' || c == '\r' {
        return span.range();
    }
    span.start()..span.start() + c.len_utf8()
}

fn diagnostic(
    finding: &Finding,
    by: Option<&Suppression>,
    sources: &Sources,
    lang: Lang,
) -> Diagnostic<FileId> {
    let mut notes = vec![format!(
        "{} ({}) on {}",
        finding.code,
        finding.name,
        escape_message(&finding.entity)
    )];
    notes.extend(
        finding
            .notes
            .iter()
            .map(|n| format!("note: {}", escape_message(&n.render(lang)))),
    );
    if let Some(help) = &finding.help {
        notes.push(format!("help: {}", escape_message(&help.render(lang))));
    }
    for fix in &finding.fixes {
        notes.push(format!("fix: {}", escape_message(&fix.render(lang))));
    }
    if let Some(by) = by {
        notes.push(format!(
            "suppressed ({}): {}",
            by.kind.as_str(),
            escape_message(&by.reason.render(lang))
        ));
    }
    Diagnostic::new(codespan_severity(finding.severity))
        .with_code(finding.code)
        .with_message(escape_message(&finding.message.render(lang)))
        .with_labels(labels(finding, sources, lang))
        .with_notes(notes)
}

fn codespan_severity(severity: Severity) -> codespan_reporting::diagnostic::Severity {
    match severity {
        Severity::Error => codespan_reporting::diagnostic::Severity::Error,
        Severity::Warning => codespan_reporting::diagnostic::Severity::Warning,
        Severity::Note => codespan_reporting::diagnostic::Severity::Note,
    }
}

/// The primary label, then the secondary ones.
fn labels(finding: &Finding, sources: &Sources, lang: Lang) -> Vec<Label<FileId>> {
    let mut labels = vec![
        Label::new(
            LabelStyle::Primary,
            finding.primary.span.file(),
            visible(finding.primary.span, sources),
        )
        .with_message(escape_message(&finding.primary.message.render(lang))),
    ];
    for label in &finding.secondary {
        labels.push(
            Label::new(
                LabelStyle::Secondary,
                label.span.file(),
                visible(label.span, sources),
            )
            .with_message(escape_message(&label.message.render(lang))),
        );
    }
    labels
}

/// Each finding's source lines as the human output shows them (the file and position, the
/// numbered lines, the underlines and labels), without colour, heading or notes: for reports
/// that show the message, help and fix apart.
pub fn source_lines(
    sources: &Sources,
    findings: &[&Finding],
    lang: Lang,
) -> io::Result<Vec<String>> {
    let files = SanitizedFiles::new(sources, findings.iter().copied());
    let config = term::Config::default();
    let mut out = Vec::with_capacity(findings.len());
    for finding in findings {
        let mut buffer = Vec::new();
        let diagnostic = Diagnostic::new(codespan_severity(finding.severity))
            .with_labels(labels(finding, sources, lang));
        term::emit_to_write_style(
            &mut termcolor::NoColor::new(&mut buffer),
            &config,
            &files,
            &diagnostic,
        )
        .map_err(io::Error::other)?;
        let text = String::from_utf8_lossy(&buffer);
        // The first line is the heading (`error: `), empty here.
        let lines = text.split_once('\n').map_or("", |(_, rest)| rest);
        out.push(lines.trim_end().to_string());
    }
    Ok(out)
}
