//! Why a config or baseline file cannot be used: it cannot be read, or it has problems, each
//! at a byte range of the file, rendered as diagnostics as the human report renders findings.

use crate::escape::{escape_message, sanitize_in_place};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};
use std::io::{self, Write};
use std::ops::Range;

/// Why a config or baseline file cannot be used.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Read { path: String, error: io::Error },
    /// The file was read and has problems, each at its place.
    Invalid(FileProblems),
}

impl LoadError {
    /// Writes the error as diagnostics (codespan-reporting, as the human report).
    pub fn render(&self, out: &mut dyn Write, color: bool) -> io::Result<()> {
        match self {
            LoadError::Read { path, error } => {
                writeln!(
                    out,
                    "error: cannot read `{}`: {error}",
                    escape_message(path)
                )
            }
            LoadError::Invalid(problems) => problems.render(out, color),
        }
    }
}

/// The problems of one file.
#[derive(Debug)]
pub struct FileProblems {
    pub path: String,
    pub text: String,
    /// In the order of their position in the file.
    pub problems: Vec<Problem>,
}

/// One problem, at a byte range of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub range: Range<usize>,
    /// The text under the range.
    pub label: String,
    pub help: Option<String>,
}

impl Problem {
    pub fn new(range: Range<usize>, message: impl Into<String>, label: impl Into<String>) -> Self {
        Problem {
            message: message.into(),
            range,
            label: label.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl FileProblems {
    pub fn render(&self, out: &mut dyn Write, color: bool) -> io::Result<()> {
        let text = sanitize_in_place(&self.text);
        let file = SimpleFile::new(escape_message(&self.path), text.as_str());
        let mut buffer = Vec::new();
        {
            let mut writer: Box<dyn termcolor::WriteColor> = if color {
                Box::new(termcolor::Ansi::new(&mut buffer))
            } else {
                Box::new(termcolor::NoColor::new(&mut buffer))
            };
            let config = term::Config::default();
            for problem in &self.problems {
                let mut diagnostic = Diagnostic::error()
                    .with_message(escape_message(&problem.message))
                    .with_labels(vec![
                        Label::primary((), visible(&text, problem.range.clone()))
                            .with_message(escape_message(&problem.label)),
                    ]);
                if let Some(help) = &problem.help {
                    diagnostic =
                        diagnostic.with_notes(vec![format!("help: {}", escape_message(help))]);
                }
                term::emit_to_write_style(&mut writer, &config, &file, &diagnostic)
                    .map_err(io::Error::other)?;
            }
        }
        out.write_all(&buffer)?;
        writeln!(
            out,
            "error: {} has {} {}; nothing was checked",
            escape_message(&self.path),
            self.problems.len(),
            if self.problems.len() == 1 {
                "problem"
            } else {
                "problems"
            }
        )
    }
}

/// A zero-width range widened to the character it sits on, so the caret shows.
fn visible(text: &str, range: Range<usize>) -> Range<usize> {
    let start = range.start.min(text.len());
    if range.end > start {
        return start..range.end.min(text.len());
    }
    match text[start..].chars().next() {
        Some(c) if c != '\n' && c != '\r' => start..start + c.len_utf8(),
        _ => start..start,
    }
}
