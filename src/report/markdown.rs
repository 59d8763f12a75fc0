//! A Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a heading, the
//! counts, a warning for each file that changed after the scan read it, and a table of findings
//! with their fixes, in the outcome's language. Written by hand (a
//! table is a few lines); every cell is escaped with character references, which Markdown never
//! reads as structure, so inventory text cannot end a cell, a row or the table, nor add links or
//! formatting.

use super::human::summary;
use super::{changed_message, severity_word};
use crate::check::Outcome;
use crate::engine::Finding;
use crate::escape::escape_with;
use crate::i18n::Lang;
use std::io::{self, Write};

pub fn render(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    let lang = outcome.lang;
    writeln!(out, "## cmslint\n")?;
    writeln!(out, "{}\n", summary(outcome).render(lang))?;
    if !outcome.changed.is_empty() {
        for path in &outcome.changed {
            let warning = crate::msg!("report-warning", message = changed_message(path));
            writeln!(out, "* {}", cell(&warning.render(lang)))?;
        }
        writeln!(out)?;
    }
    if outcome.findings.is_empty() {
        return writeln!(out, "{}", lang.text("report-md-no-findings"));
    }
    let head = [
        lang.text("report-md-severity"),
        lang.text("report-md-code"),
        lang.text("report-md-location"),
        lang.text("report-md-entity"),
        lang.text("report-md-message"),
        lang.text("report-md-fix"),
    ];
    writeln!(out, "| {} |", head.join(" | "))?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for finding in &outcome.findings {
        let span = finding.primary.span;
        let line = outcome.sources.region(span).start.line;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            severity_word(finding.severity).render(lang),
            cell(finding.code),
            cell(&format!("{}:{line}", outcome.sources.path(span))),
            cell(&finding.entity),
            cell(&finding.message.render(outcome.lang)),
            fix(finding, outcome.lang),
        )?;
    }
    Ok(())
}

/// The fix commands as code, one per line; without any, the help (how to fix it in words).
fn fix(finding: &Finding, lang: Lang) -> String {
    if finding.fixes.is_empty() {
        return (finding.help.as_ref())
            .map(|h| cell(&h.render(lang)))
            .unwrap_or_default();
    }
    let commands: Vec<String> = finding
        .fixes
        .iter()
        .map(|command| format!("<code>{}</code>", cell(&command.render(lang))))
        .collect();
    commands.join("<br>")
}

/// A table cell: `|`, backticks, HTML and emphasis characters become character references,
/// line breaks `<br>`, other control characters `\u{..}`.
pub fn cell(text: &str) -> String {
    escape_with(&text.replace("\r\n", "\n"), |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '|' => Some("&#124;"),
        '`' => Some("&#96;"),
        '\\' => Some("&#92;"),
        '*' => Some("&#42;"),
        '_' => Some("&#95;"),
        '~' => Some("&#126;"),
        '[' => Some("&#91;"),
        ']' => Some("&#93;"),
        '\n' | '\r' => Some("<br>"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(
            cell("a|b `c` <d>&\\|\r\ne[x](y)"),
            "a&#124;b &#96;c&#96; &lt;d&gt;&amp;&#92;&#124;<br>e&#91;x&#93;(y)"
        );
    }
}
