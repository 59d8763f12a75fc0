//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
//! which the runner turns into an annotation on the file and line, a `::warning` on each file
//! that changed after the scan read it (its findings are at line 1), then a `::notice` with the
//! summary counts. Written by hand because the format is one line; the escaping follows the
//! runner's rules (`%`, CR and LF in the message; also `:` and `,` in property values), so no
//! inventory text can end the line or start a command of its own.

use super::{changed_message, human::summary, message_with_details, visible_region};
use crate::check::Outcome;
use crate::engine::{Finding, Severity};
use crate::escape::escape_with;
use std::io::{self, Write};

pub fn render(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    for finding in &outcome.findings {
        writeln!(out, "{}", command(finding, outcome))?;
    }
    // An annotation on the file itself, since its findings' lines are unknown.
    for path in &outcome.changed {
        let says = changed_message(path).render(outcome.lang);
        writeln!(
            out,
            "::warning file={},title=cmslint::{}",
            property(path),
            data(&says)
        )?;
    }
    // The counts, as the human report ends with them: also what was suppressed, baselined or not
    // shown past `max-findings-per-file`, which no annotation above stands for.
    let summary = summary(outcome).render(outcome.lang);
    writeln!(out, "::notice title=cmslint::{}", data(&summary))
}

fn command(finding: &Finding, outcome: &Outcome) -> String {
    let kind = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let span = finding.primary.span;
    let region = visible_region(&outcome.sources, span);
    format!(
        "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        property(outcome.sources.path(span)),
        region.start.line,
        region.start.column,
        region.end.line,
        region.end.column,
        property(&format!("{} {}", finding.code, finding.name)),
        data(&message_with_details(finding, outcome.lang)),
    )
}

/// The message of a command.
pub fn data(text: &str) -> String {
    escape_with(text, |c| match c {
        '%' => Some("%25"),
        '\r' => Some("%0D"),
        '\n' => Some("%0A"),
        _ => None,
    })
}

/// A property value (`file=...`): also `:` and `,`, which end a value.
pub fn property(text: &str) -> String {
    escape_with(text, |c| match c {
        '%' => Some("%25"),
        '\r' => Some("%0D"),
        '\n' => Some("%0A"),
        ':' => Some("%3A"),
        ',' => Some("%2C"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_can_end_the_line_or_a_property() {
        assert_eq!(data("50%\r\n::error::x"), "50%25%0D%0A::error::x");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // Other control characters are shown, never passed to the log.
        assert_eq!(data("a\u{1b}[31m"), "a\\u{1b}[31m");
    }
}
