//! JUnit XML, which CI systems show as test results: one `<testsuite>` per checked file, one
//! failing `<testcase>` per finding (named `path:line:col CODE name`, so viewers show where and
//! what), one failing test case that counts the findings not shown past
//! `max-findings-per-file`, and one passing test case for a file without findings. quick-xml
//! writes and escapes the XML; characters XML 1.0 cannot carry at all are shown as `\u{..}`
//! first.

use super::{not_shown_message, plural};
use crate::check::{NotShown, Outcome};
use crate::engine::Finding;
use crate::escape::escape_with;
use crate::i18n::Message;
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
                suite(w, outcome, path, findings, not_shown.get(path).copied())?;
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
) -> io::Result<()> {
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
                w.create_element("testcase")
                    .with_attribute(("name", format!("{path}: no findings").as_str()))
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
                                xml_text(&finding.message.render(outcome.lang)).as_str(),
                            ))
                            .with_attribute(("type", finding.code))
                            .write_text_content(BytesText::from_escaped(partial_escape(
                                details(finding, outcome),
                            )))?;
                        Ok(())
                    })?;
            }
            if let Some(not_shown) = not_shown {
                let name = format!("{path}: {} not shown", plural(not_shown.total(), "finding"));
                let message = xml_text(&not_shown_message(not_shown));
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
    let mut lines = vec![
        format!(
            "{}[{}] {}: {}",
            finding.severity,
            finding.code,
            finding.name,
            finding.message.render(lang)
        ),
        format!("at {}", place(finding.primary.span)),
        format!("entity: {}", finding.entity),
    ];
    if !finding.primary.message.is_empty() {
        lines[1].push_str(&format!(": {}", finding.primary.message.render(lang)));
    }
    for label in &finding.secondary {
        lines.push(format!(
            "see {}: {}",
            place(label.span),
            label.message.render(lang)
        ));
    }
    let lines_of = |kind: &str, texts: &mut dyn Iterator<Item = &Message>| -> Vec<String> {
        texts
            .map(|t| format!("{kind}: {}", t.render(lang)))
            .collect()
    };
    lines.extend(lines_of("note", &mut finding.notes.iter()));
    lines.extend(lines_of("help", &mut finding.help.iter()));
    lines.extend(lines_of("fix", &mut finding.fixes.iter()));
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
