//! JUnit XML, which CI systems show as test results, in the outcome's language (test names
//! too, since viewers show them as the results' titles): one `<testsuite>` per checked file, one
//! failing `<testcase>` per finding (named `path:line:col CODE name`, so viewers show where and
//! what), one failing test case that counts the findings not shown past
//! `max-findings-per-file`, and one passing test case for a file without findings. A file that
//! changed after the scan read it (its findings are at line 1, column 1) says so in its
//! suite's `<system-err>`, where a tool's warnings about a suite go. quick-xml
//! writes and escapes the XML; characters XML 1.0 cannot carry at all are shown as `\u{..}`
//! first.

use super::{changed_message, details as finding_details, not_shown_message, severity_word};
use crate::check::{NotShown, Outcome};
use crate::engine::Finding;
use crate::escape::escape_with;
use crate::i18n::Message;
use crate::msg;
use crate::scan::FileStatus;
use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::collections::BTreeMap;
use std::io::{self, Write};

pub fn render(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    // Every checked file, with its findings (all findings lie in checked files).
    let mut files: BTreeMap<&str, Vec<&Finding>> = outcome
        .files
        .iter()
        .filter(|f| f.status == FileStatus::Checked)
        .map(|f| (f.path.as_str(), Vec::new()))
        .collect();
    for finding in &outcome.findings {
        files
            .entry(outcome.sources.path(finding.primary.span))
            .or_default()
            .push(finding);
    }
    let not_shown: BTreeMap<&str, &NotShown> = outcome
        .not_shown
        .iter()
        .map(|n| (n.path.as_str(), n))
        .collect();
    let tests: usize = files.values().map(|f| f.len().max(1)).sum::<usize>() + not_shown.len();
    let failures = outcome.findings.len() + not_shown.len();

    let mut writer = Writer::new_with_indent(&mut *out, b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("testsuites")
        .with_attribute(("name", "cmslint"))
        .with_attribute(("tests", tests.to_string().as_str()))
        .with_attribute(("failures", failures.to_string().as_str()))
        .with_attribute(("errors", "0"))
        .write_inner_content(|w| {
            for (path, findings) in &files {
                let not_shown = not_shown.get(path).copied();
                let changed = outcome.changed.iter().any(|c| c == path);
                suite(w, outcome, path, findings, not_shown, changed)?;
            }
            Ok(())
        })?;
    writeln!(out)
}

fn suite<W: Write>(
    w: &mut Writer<W>,
    outcome: &Outcome,
    path: &str,
    findings: &[&Finding],
    not_shown: Option<&NotShown>,
    changed: bool,
) -> io::Result<()> {
    let lang = outcome.lang;
    let path = xml_text(path);
    let extra = usize::from(not_shown.is_some());
    w.create_element("testsuite")
        .with_attribute(("name", path.as_str()))
        .with_attribute((
            "tests",
            (findings.len().max(1) + extra).to_string().as_str(),
        ))
        .with_attribute(("failures", (findings.len() + extra).to_string().as_str()))
        .with_attribute(("errors", "0"))
        .write_inner_content(|w| {
            if findings.is_empty() {
                let name = msg!("report-junit-no-findings", path = path.as_str()).render(lang);
                w.create_element("testcase")
                    .with_attribute(("name", name.as_str()))
                    .with_attribute(("classname", path.as_str()))
                    .write_empty()?;
            }
            for finding in findings {
                let start = outcome.sources.region(finding.primary.span).start;
                let name = format!(
                    "{path}:{}:{} {} {}",
                    start.line, start.column, finding.code, finding.name
                );
                w.create_element("testcase")
                    .with_attribute(("name", name.as_str()))
                    .with_attribute(("classname", path.as_str()))
                    .write_inner_content(|w| {
                        w.create_element("failure")
                            .with_attribute((
                                "message",
                                xml_text(&finding.message.render(lang)).as_str(),
                            ))
                            .with_attribute(("type", finding.code))
                            .write_text_content(BytesText::from_escaped(partial_escape(
                                details(finding, outcome),
                            )))?;
                        Ok(())
                    })?;
            }
            if let Some(not_shown) = not_shown {
                let findings = msg!("report-findings", count = not_shown.total());
                let name = msg!("report-junit-not-shown", path = &path, findings = findings);
                let name = name.render(lang);
                let message = xml_text(&not_shown_message(not_shown).render(lang));
                w.create_element("testcase")
                    .with_attribute(("name", name.as_str()))
                    .with_attribute(("classname", path.as_str()))
                    .write_inner_content(|w| {
                        w.create_element("failure")
                            .with_attribute(("message", message.as_str()))
                            .with_attribute(("type", "not-shown"))
                            .write_empty()?;
                        Ok(())
                    })?;
            }
            if changed {
                let says = changed_message(&path).render(lang);
                let warning = msg!("report-warning", message = says).render(lang);
                w.create_element("system-err")
                    .write_text_content(BytesText::new(&xml_text(&warning)))?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The failure's text: what, where, on which entity, why and how to fix it.
fn details(finding: &Finding, outcome: &Outcome) -> String {
    let lang = outcome.lang;
    let place = |span| {
        let start = outcome.sources.region(span).start;
        format!(
            "{}:{}:{}",
            outcome.sources.path(span),
            start.line,
            start.column
        )
    };
    let primary = &finding.primary;
    let mut lines = vec![
        Message::new("report-junit-heading")
            .arg("severity", severity_word(finding.severity))
            .arg("code", finding.code)
            .arg("name", finding.name)
            .arg("message", finding.message.clone()),
        if primary.message.is_empty() {
            msg!("report-junit-at", place = place(primary.span))
        } else {
            let label = primary.message.clone();
            Message::new("report-junit-at-label")
                .arg("place", place(primary.span))
                .arg("label", label)
        },
        msg!("report-junit-entity", entity = &finding.entity),
    ];
    for label in &finding.secondary {
        let place = place(label.span);
        lines.push(
            Message::new("report-junit-see")
                .arg("place", place)
                .arg("label", label.message.clone()),
        );
    }
    lines.extend(finding_details(finding));
    let lines: Vec<String> = lines.iter().map(|line| line.render(lang)).collect();
    xml_text(&lines.join("\n"))
}

/// Text XML 1.0 can carry: other control characters, the non-characters U+FFFE and U+FFFF
/// (which no XML parser accepts, not even as references) and bidirectional controls become
/// `\u{..}`. Tabs and line breaks stay; quick-xml escapes markup.
fn xml_text(text: &str) -> String {
    escape_with(text, |c| match c {
        '\t' => Some("\t"),
        '\n' => Some("\n"),
        '\r' => Some("\r"),
        '\u{fffe}' => Some("\\u{fffe}"),
        '\u{ffff}' => Some("\\u{ffff}"),
        _ => None,
    })
}
