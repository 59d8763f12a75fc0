//! SARIF 2.1.0 (the format of GitHub code scanning and most CI viewers), built from the
//! `serde-sarif` types: one run whose driver lists each rule that fired with its doc, one result
//! per finding with its region in Unicode code points, the entity as a logical location and a
//! fingerprint of (code, entity) that survives edits that move lines. Files that could not be
//! read, findings not shown past `max-findings-per-file`, and files that changed after the scan
//! read them (whose results are at line 1, column 1) are tool execution notifications.
//! The texts are in the outcome's language, which `run.language` names unless it is SARIF's
//! default, English (`en-US`). Inventory text is written exactly.

use super::{
    Section, TOOL_NAME, TOOL_VERSION, changed_message, message_with_details, not_shown_message,
    plain_text, section, shown_findings, skip_reason, visible_region,
};
use crate::catalog;
use crate::check::Outcome;
use crate::engine::{Finding, RuleDoc, Severity};
use crate::gate::Suppression;
use crate::i18n::Lang;
use crate::scan::{FileStatus, SkipReason};
use crate::source::{Sources, Span};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, LogicalLocation, Message, MultiformatMessageString,
    Notification, PhysicalLocation, PropertyBag, Region, ReportingConfiguration,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, RunAutomationDetails, Sarif,
    Suppression as SarifSuppression, Tool, ToolComponent,
};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// The schema the log declares (the same text as the vendored `testdata/sarif/sarif-2.1.0.json`).
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The base every artifact URI is relative to: the directory cmslint ran in.
pub const SRCROOT: &str = "%SRCROOT%";
/// The key of the partial fingerprint; a new way of computing it gets a new key.
pub const FINGERPRINT_KEY: &str = "cmslint/v1";

/// Characters escaped in a relative URI reference: those outside RFC 3986 `pchar` and `/`,
/// plus `:`, which would make the first segment read as a scheme. Non-ASCII is always encoded.
const URI_ESCAPED: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b':');

pub fn render(outcome: &Outcome, out: &mut dyn Write) -> io::Result<()> {
    render_with(outcome, out, false)
}

/// The log; with `show_suppressed`, suppressed findings are results too, each with a SARIF
/// suppression that carries the reason.
pub fn render_with(
    outcome: &Outcome,
    out: &mut dyn Write,
    show_suppressed: bool,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log_with(outcome, show_suppressed))?;
    writeln!(out)
}

/// The whole SARIF log of a check, without suppressed findings.
pub fn log(outcome: &Outcome) -> Sarif {
    log_with(outcome, false)
}

/// The whole SARIF log of a check. Suppressed findings are left out unless `show_suppressed`:
/// GitHub code scanning ignores SARIF `suppressions` and would show them as open alerts.
pub fn log_with(outcome: &Outcome, show_suppressed: bool) -> Sarif {
    let lang = outcome.lang;
    let shown = shown_findings(outcome, show_suppressed);
    let fired: BTreeSet<&str> = shown.iter().map(|(f, _)| f.code).collect();
    let docs: Vec<&RuleDoc> = catalog::all()
        .iter()
        .filter(|d| fired.contains(d.meta.code.as_str()))
        .collect();
    let index: BTreeMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.meta.code.as_str(), i))
        .collect();

    let mut driver = ToolComponent::builder()
        .name(TOOL_NAME)
        .version(TOOL_VERSION)
        .semantic_version(TOOL_VERSION)
        .rules(docs.iter().map(|d| rule(d, lang)).collect::<Vec<_>>())
        .build();
    driver.information_uri = project_uri().map(str::to_string);

    let notifications: Vec<Notification> = outcome
        .files
        .iter()
        .filter_map(|file| match &file.status {
            FileStatus::Skipped(reason @ SkipReason::Unreadable(_)) => {
                Some(notification(&file.path, skip_reason(reason, lang)))
            }
            _ => None,
        })
        .chain(
            outcome
                .not_shown
                .iter()
                .map(|n| notification(&n.path, not_shown_message(n).render(lang))),
        )
        .chain(
            (outcome.changed.iter())
                .map(|path| notification(path, changed_message(path).render(lang))),
        )
        .collect();
    let mut invocation = Invocation::builder().execution_successful(true).build();
    if !notifications.is_empty() {
        invocation.tool_execution_notifications = Some(notifications);
    }

    let mut run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .automation_details(
            RunAutomationDetails::builder()
                .id(format!("{TOOL_NAME}/"))
                .build(),
        )
        .column_kind(json!("unicodeCodePoints"))
        .original_uri_base_ids(BTreeMap::from([(
            SRCROOT.to_string(),
            ArtifactLocation::builder()
                .description(text(lang.text("report-sarif-srcroot")))
                .build(),
        )]))
        .invocations(vec![invocation])
        .results(
            shown
                .iter()
                .map(|(f, by)| result(f, *by, index[f.code], &outcome.sources, lang))
                .collect::<Vec<_>>(),
        )
        .build();
    // SARIF's default language is en-US: the log names any other.
    if lang != Lang::default() {
        run.language = Some(lang.tag().to_string());
    }
    Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// A warning about one file (it could not be read, findings of it are not shown, or it changed
/// after it was read).
fn notification(path: &str, message: String) -> Notification {
    Notification::builder()
        .level(json!("warning"))
        .message(text(message))
        .locations(vec![
            Location::builder()
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(artifact(path))
                        .build(),
                )
                .build(),
        ])
        .build()
}

/// `[package] repository` (or `homepage`) of Cargo.toml, if set.
fn project_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

fn rule(doc: &RuleDoc, lang: Lang) -> ReportingDescriptor {
    let meta = &doc.meta;
    let summary = doc.summary_in(lang);
    let what = section(doc, Section::WhatItChecks, lang).unwrap_or(summary);
    let how_to_fix = section(doc, Section::HowToFix, lang).unwrap_or(summary);
    let mut descriptor = ReportingDescriptor::builder()
        .id(&meta.code)
        .name(&meta.name)
        .short_description(MultiformatMessageString::builder().text(summary).build())
        .full_description(
            MultiformatMessageString::builder()
                .text(plain_text(what))
                .markdown(what)
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(plain_text(how_to_fix))
                .markdown(doc.body_in(lang).trim())
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(meta.severity.as_str()))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(vec![meta.category.as_str().to_string()])
                .additional_properties(BTreeMap::from([(
                    "precision".to_string(),
                    json!("very-high"),
                )]))
                .build(),
        )
        .build();
    let repository = env!("CARGO_PKG_REPOSITORY");
    if !repository.is_empty() {
        descriptor.help_uri = Some(format!(
            "{}/blob/main/rules/{}.md",
            repository.trim_end_matches('/'),
            meta.code
        ));
    }
    descriptor
}

fn result(
    finding: &Finding,
    by: Option<&Suppression>,
    rule_index: usize,
    sources: &Sources,
    lang: Lang,
) -> SarifResult {
    let mut location = Location::builder()
        .physical_location(physical(sources, finding.primary.span))
        .logical_locations(vec![
            LogicalLocation::builder()
                .fully_qualified_name(&finding.entity)
                .build(),
        ])
        .build();
    if !finding.primary.message.is_empty() {
        location.message = Some(text(finding.primary.message.render(lang)));
    }
    let related: Vec<Location> = finding
        .secondary
        .iter()
        .enumerate()
        .map(|(id, label)| {
            let mut location = Location::builder()
                .id(id as i64)
                .physical_location(physical(sources, label.span))
                .build();
            if !label.message.is_empty() {
                location.message = Some(text(label.message.render(lang)));
            }
            location
        })
        .collect();
    let mut result = SarifResult::builder()
        .rule_id(finding.code)
        .rule_index(rule_index as i64)
        .level(match finding.severity {
            Severity::Error => ResultLevel::Error,
            Severity::Warning => ResultLevel::Warning,
            Severity::Note => ResultLevel::Note,
        })
        .message(text(message_with_details(finding, lang)))
        .locations(vec![location])
        .partial_fingerprints(BTreeMap::from([(
            FINGERPRINT_KEY.to_string(),
            fingerprint(finding),
        )]))
        .build();
    if !related.is_empty() {
        result.related_locations = Some(related);
    }
    if let Some(by) = by {
        result.suppressions = Some(vec![
            SarifSuppression::builder()
                .kind(json!("external"))
                .status(json!("accepted"))
                .justification(by.reason.render(lang))
                .build(),
        ]);
    }
    result
}

/// A hex SHA-256 of the code and the entity: stable while lines move, distinct per finding
/// (a rule reports at most one finding per entity).
pub fn fingerprint(finding: &Finding) -> String {
    let digest = Sha256::new()
        .chain_update(finding.code.as_bytes())
        .chain_update([0])
        .chain_update(finding.entity.as_bytes())
        .finalize();
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn physical(sources: &Sources, span: Span) -> PhysicalLocation {
    let region = visible_region(sources, span);
    PhysicalLocation::builder()
        .artifact_location(artifact(sources.path(span)))
        .region(
            Region::builder()
                .start_line(region.start.line as i64)
                .start_column(region.start.column as i64)
                .end_line(region.end.line as i64)
                .end_column(region.end.column as i64)
                .build(),
        )
        .build()
}

fn artifact(path: &str) -> ArtifactLocation {
    ArtifactLocation::builder()
        .uri(utf8_percent_encode(path, URI_ESCAPED).to_string())
        .uri_base_id(SRCROOT)
        .build()
}

fn text(text: impl Into<String>) -> Message {
    Message::builder().text(text.into()).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_references() {
        let uri = |p: &str| utf8_percent_encode(p, URI_ESCAPED).to_string();
        assert_eq!(uri("dir/a b%.yaml"), "dir/a%20b%25.yaml");
        assert_eq!(uri("c:x#?.yml"), "c%3Ax%23%3F.yml");
        assert_eq!(uri("é.yaml"), "%C3%A9.yaml");
    }
}
