//! Why a config or baseline file cannot be used: it cannot be read, or it has problems, each
//! at a byte range of the file, rendered as diagnostics as the human report renders findings.

use crate::escape::{escape_message, sanitize_in_place};
use crate::i18n::{Lang, Message};
use crate::msg;
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
    /// Writes the error as diagnostics (codespan-reporting, as the human report) in `lang`.
    pub fn render(&self, out: &mut dyn Write, color: bool, lang: Lang) -> io::Result<()> {
        match self {
            LoadError::Read { path, error } => {
                let message = msg!("gate-cannot-read", path = escape_message(path));
                let message = message.arg("error", error.to_string()).render(lang);
                writeln!(out, "{message}")
            }
            LoadError::Invalid(problems) => problems.render(out, color, lang),
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
    pub message: Message,
    pub range: Range<usize>,
    /// The text under the range.
    pub label: Message,
    pub help: Option<Message>,
}

impl Problem {
    pub fn new(range: Range<usize>, message: Message, label: Message) -> Self {
        Problem {
            message,
            range,
            label,
            help: None,
        }
    }

    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }
}

impl FileProblems {
    /// Writes every problem as a diagnostic, then the line that says nothing was checked.
    pub fn render(&self, out: &mut dyn Write, color: bool, lang: Lang) -> io::Result<()> {
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
                    .with_message(escape_message(&problem.message.render(lang)))
                    .with_labels(vec![
                        Label::primary((), visible(&text, problem.range.clone()))
                            .with_message(escape_message(&problem.label.render(lang))),
                    ]);
                if let Some(help) = &problem.help {
                    let help = escape_message(&help.render(lang));
                    diagnostic =
                        diagnostic.with_notes(vec![msg!("gate-help", help = help).render(lang)]);
                }
                term::emit_to_write_style(&mut writer, &config, &file, &diagnostic)
                    .map_err(io::Error::other)?;
            }
        }
        out.write_all(&buffer)?;
        let summary = msg!("gate-nothing-checked", path = escape_message(&self.path));
        let summary = summary.arg("count", self.problems.len()).render(lang);
        writeln!(out, "{summary}")
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A zero-width range shows as the character it sits on, whatever its width in bytes; at a
    /// line break or the end of the text it stays empty; a wider range stays as it is, cut at
    /// the end of the text.
    #[test]
    fn a_zero_width_range_widens_to_its_character() {
        let text = "a\u{e9}\n\r\n";
        assert_eq!(visible(text, 0..0), 0..1);
        assert_eq!(visible(text, 1..1), 1..3);
        assert_eq!(visible(text, 3..3), 3..3);
        assert_eq!(visible(text, 4..4), 4..4);
        assert_eq!(visible(text, 6..6), 6..6);
        assert_eq!(visible(text, 0..3), 0..3);
        assert_eq!(visible(text, 1..99), 1..6);
    }

    #[test]
    fn problems_are_rendered_in_japanese() {
        let problems = crate::gate::config::parse(
            "cmslint.toml".into(),
            "[[suppress]]\nrule = \"TOP103\"\n".into(),
        )
        .unwrap_err();
        let mut out = Vec::new();
        LoadError::Invalid(problems)
            .render(&mut out, false, Lang::Ja)
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("error: 抑制に `reason` がない\n"),
            "{text}"
        );
        assert!(text.contains("^^^^^^^^^^^^ この抑制\n"), "{text}");
        assert!(
            text.contains("= 対処: `reason = \"...\"` を追加し、検出結果を受け入れる理由と受け入れた人を書く\n"),
            "{text}"
        );
        assert!(
            text.ends_with("\nエラー: cmslint.toml に 1 件の問題があるため、何も検査していない\n"),
            "{text}"
        );
        let unread = LoadError::Read {
            path: "base.json".into(),
            error: io::Error::from(io::ErrorKind::NotFound),
        };
        let mut out = Vec::new();
        unread.render(&mut out, false, Lang::Ja).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "エラー: `base.json` を読み取れない: entity not found\n"
        );
    }
}
