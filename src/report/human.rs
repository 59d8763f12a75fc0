//! Human output: a codespan-reporting diagnostic per finding (snippet, labels, notes, help and
//! fix commands), a warning for each file that changed after the scan read it (whose findings
//! have no snippet), then a summary line, in the outcome's language. Inventory text is
//! sanitised before it reaches a terminal.

use super::{changed_message, comma_list, passed_over, severity_word, shown_findings};
use crate::check::Outcome;
use crate::engine::{Finding, Severity};
use crate::escape::{escape_message, sanitize_in_place};
use crate::gate::{Suppression, SuppressionKind};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::source::{FileId, Sources, Span};
use codespan_reporting::diagnostic::{Diagnostic, Label, LabelStyle};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::termcolor::{self, WriteColor};
use codespan_reporting::term::{self, Styles};
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

/// The files codespan renders: sanitised copies, made only for files that have findings and
/// whose text is known.
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
        let text = self.source(id)?;
        let end = text[range.end..]
            .find('\n')
            .map_or(text.len(), |i| range.end + i + 1);
        Ok(range.start..end)
    }
}

impl<'a> SanitizedFiles<'a> {
    /// Sanitised copies of the files the findings point into.
    fn new<'f>(sources: &'a Sources, findings: impl IntoIterator<Item = &'f Finding>) -> Self {
        let mut texts = HashMap::new();
        for finding in findings {
            for span in spans(finding) {
                if let Some(text) = sources.get(span.file()).text() {
                    texts
                        .entry(span.file())
                        .or_insert_with(|| sanitize_in_place(text));
                }
            }
        }
        SanitizedFiles { sources, texts }
    }
}

pub fn render(outcome: &Outcome, out: &mut dyn Write, options: HumanOptions) -> io::Result<()> {
    let lang = outcome.lang;
    let shown = shown_findings(outcome, options.show_suppressed);
    let files = SanitizedFiles::new(&outcome.sources, shown.iter().map(|(f, _)| *f));
    let mut buffer = Vec::new();
    {
        let mut writer: Box<dyn WriteColor> = if options.color {
            Box::new(termcolor::Ansi::new(&mut buffer))
        } else {
            Box::new(termcolor::NoColor::new(&mut buffer))
        };
        for (finding, by) in &shown {
            let message = escape_message(&finding.message.render(lang));
            header(&mut writer, finding.severity, finding.code, &message, lang)?;
            let diagnostic = diagnostic(finding, *by, &outcome.sources, lang);
            unknown_place(&mut writer, finding, &diagnostic, &outcome.sources)?;
            body(&mut writer, &files, &diagnostic)?;
        }
    }
    out.write_all(&buffer)?;
    // Their findings are above, at line 1, column 1: say why.
    for path in &outcome.changed {
        let warning = msg!(
            "report-warning",
            message = changed_message(&escape_message(path))
        );
        writeln!(out, "{}", warning.render(lang))?;
    }
    if options.verbose {
        // Exports redirected by cmd.exe come in the console's OEM code page: say which one.
        for (_, source) in outcome.sources.iter() {
            if !matches!(source.encoding, "utf-8" | "utf-8-bom") {
                let (path, encoding) = (escape_message(&source.path), source.encoding);
                let read = msg!("report-read-as", path = path, encoding = encoding);
                writeln!(out, "{}", read.render(lang))?;
            }
        }
        for (path, reason) in passed_over(outcome) {
            let skipped = Message::new("report-skipped")
                .arg("path", escape_message(path))
                .arg("reason", reason);
            writeln!(out, "{}", skipped.render(lang))?;
        }
    }
    writeln!(out, "{}", summary(outcome).render(lang))
}

/// `checked 4 files (3 skipped): 2 errors, 1 warning, 0 notes` (every finding that remains,
/// shown or not), then, when there are any, `; 2 suppressed, 5 baselined` and the findings not
/// shown past `max-findings-per-file`.
pub fn summary(outcome: &Outcome) -> Message {
    let mut summary = Message::new("report-summary")
        .arg("files", msg!("count-files", count = outcome.checked()))
        .arg("skipped", outcome.skipped())
        .arg(
            "errors",
            msg!("report-errors", count = outcome.count(Severity::Error)),
        )
        .arg(
            "warnings",
            msg!("report-warnings", count = outcome.count(Severity::Warning)),
        )
        .arg(
            "notes",
            msg!("report-notes", count = outcome.count(Severity::Note)),
        );
    let mut hidden = Vec::new();
    let suppressed = outcome.suppressed_by(SuppressionKind::Config);
    if suppressed > 0 {
        hidden.push(msg!("report-summary-suppressed", count = suppressed).render(outcome.lang));
    }
    let baselined = outcome.suppressed_by(SuppressionKind::Baseline);
    if baselined > 0 {
        hidden.push(msg!("report-summary-baselined", count = baselined).render(outcome.lang));
    }
    if !hidden.is_empty() {
        let hidden = comma_list(outcome.lang, &hidden);
        summary = msg!("report-summary-more", summary = summary, more = hidden);
    }
    let not_shown = outcome.not_shown_total();
    if not_shown > 0 {
        let findings = msg!("report-findings", count = not_shown);
        let more = msg!("report-summary-not-shown", findings = findings);
        summary = msg!("report-summary-more", summary = summary, more = more);
    }
    summary
}

fn spans(finding: &Finding) -> impl Iterator<Item = Span> + '_ {
    std::iter::once(finding.primary.span).chain(finding.secondary.iter().map(|l| l.span))
}

/// Whether the source lines of a span can be shown: its file's text is known (unknown when the
/// file changed after the scan read it).
fn known(span: Span, sources: &Sources) -> bool {
    sources.get(span.file()).text().is_some()
}

/// Where a finding is when its file's text is unknown, which codespan cannot draw: the line
/// that would start its snippet (`┌─ a.yaml:1:1`), aligned as codespan aligns what it draws
/// below it (the labels in other files, then the notes).
fn unknown_place(
    out: &mut dyn WriteColor,
    finding: &Finding,
    diagnostic: &Diagnostic<FileId>,
    sources: &Sources,
) -> io::Result<()> {
    let span = finding.primary.span;
    if known(span, sources) {
        return Ok(());
    }
    // codespan's gutter is as wide as the largest line number it shows.
    let padding = (diagnostic.labels.iter())
        .flat_map(|label| [label.range.start, label.range.end].map(|at| (label.file_id, at)))
        .map(|(file, at)| (sources.get(file).line_index(at) + 1).to_string().len())
        .max()
        .unwrap_or(0);
    let start = sources.region(span).start;
    write!(out, "{:padding$} ", "")?;
    out.set_color(&Styles::default().source_border)?;
    write!(out, "{}", term::Config::default().chars.snippet_start)?;
    out.reset()?;
    let path = escape_message(sources.path(span));
    writeln!(out, " {path}:{}:{}", start.line, start.column)
}

/// A zero-width span is widened to the character it sits on, so the caret is visible.
fn visible(span: Span, sources: &Sources) -> Range<usize> {
    let text = sources.get(span.file()).text().unwrap_or_default();
    if span.start() < span.end() || span.start() >= text.len() {
        return span.range();
    }
    let c = text[span.start()..].chars().next().unwrap_or(' ');
    if c == '\n' || c == '\r' {
        return span.range();
    }
    span.start()..span.start() + c.len_utf8()
}

/// A finding as codespan draws it under the heading: the labels, then the notes (`= ...`): what
/// the finding is about, why it matters, what to do, the fix commands and what suppressed it.
fn diagnostic(
    finding: &Finding,
    by: Option<&Suppression>,
    sources: &Sources,
    lang: Lang,
) -> Diagnostic<FileId> {
    let mut notes = vec![super::about(finding)];
    notes.extend(super::details(finding));
    if let Some(by) = by {
        let reason = by.reason.render(lang);
        notes.push(match by.kind {
            SuppressionKind::Config => msg!("report-suppressed-config", reason = reason),
            SuppressionKind::Baseline => msg!("report-suppressed-baseline", reason = reason),
        });
    }
    Diagnostic::new(codespan_severity(finding.severity))
        .with_labels(labels(finding, sources, lang))
        .with_notes(
            notes
                .iter()
                .map(|n| escape_message(&n.render(lang)))
                .collect(),
        )
}

/// The heading of a finding, `warning[TOP103]: message`, in codespan's colours, with the
/// severity in `lang` (codespan writes only the English words); then [`body`] draws the rest.
fn header(
    out: &mut dyn WriteColor,
    severity: Severity,
    code: &str,
    message: &str,
    lang: Lang,
) -> io::Result<()> {
    let styles = Styles::default();
    out.set_color(styles.header(codespan_severity(severity)))?;
    write!(out, "{}[{code}]", severity_word(severity).render(lang))?;
    out.set_color(&styles.header_message)?;
    write!(out, ": {message}")?;
    out.reset()?;
    writeln!(out)
}

/// What codespan draws of a diagnostic under its heading: the source lines with their labels,
/// and the notes.
fn body<'f>(
    out: &mut dyn WriteColor,
    files: &'f SanitizedFiles<'f>,
    diagnostic: &Diagnostic<FileId>,
) -> io::Result<()> {
    let mut drawn = Vec::new();
    let mut writer: Box<dyn WriteColor> = if out.supports_color() {
        Box::new(termcolor::Ansi::new(&mut drawn))
    } else {
        Box::new(termcolor::NoColor::new(&mut drawn))
    };
    term::emit_to_write_style(&mut writer, &term::Config::default(), files, diagnostic)
        .map_err(io::Error::other)?;
    drop(writer);
    // The heading codespan writes first (`error: ` with neither code nor message) is not ours.
    let start = drawn.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    out.write_all(&drawn[start..])
}

fn codespan_severity(severity: Severity) -> codespan_reporting::diagnostic::Severity {
    match severity {
        Severity::Error => codespan_reporting::diagnostic::Severity::Error,
        Severity::Warning => codespan_reporting::diagnostic::Severity::Warning,
        Severity::Note => codespan_reporting::diagnostic::Severity::Note,
    }
}

/// The primary label, then the secondary ones, each where its file's text is known.
fn labels(finding: &Finding, sources: &Sources, lang: Lang) -> Vec<Label<FileId>> {
    let mut labels = Vec::new();
    if known(finding.primary.span, sources) {
        labels.push(
            Label::new(
                LabelStyle::Primary,
                finding.primary.span.file(),
                visible(finding.primary.span, sources),
            )
            .with_message(escape_message(&finding.primary.message.render(lang))),
        );
    }
    for label in finding.secondary.iter().filter(|l| known(l.span, sources)) {
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
    let mut out = Vec::with_capacity(findings.len());
    for finding in findings {
        let mut buffer = Vec::new();
        let diagnostic = Diagnostic::new(codespan_severity(finding.severity))
            .with_labels(labels(finding, sources, lang));
        let mut writer = termcolor::NoColor::new(&mut buffer);
        unknown_place(&mut writer, finding, &diagnostic, sources)?;
        body(&mut writer, &files, &diagnostic)?;
        out.push(String::from_utf8_lossy(&buffer).trim_end().to_string());
    }
    Ok(out)
}
