//! The machine reports (JSON, SARIF, JUnit, GitHub annotations, Markdown): snapshots of one
//! fixture run, schema validation of every JSON and SARIF document, a round trip of hostile
//! inventory text through every format, and the `--format FORMAT[=PATH]` command line.

use cmslint::catalog::{self, lookup};
use cmslint::check::{CheckOptions, Outcome, check};
use cmslint::i18n::Lang;
use cmslint::report::{self, TOOL_VERSION, github, json, junit, markdown, sarif};
use cmslint::scan::ScanOptions;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use crate::command;

/// Findings of two severities, a secondary label, notes and help, a file without findings, a
/// skipped file and one the tests make unreadable.
const ESTATE: &str = "testdata/reports/estate";
/// Names with quotes, `%`, line breaks, `::`, `<`, `&`, `|`, backticks, commas and colons.
const HOSTILE: &str = "testdata/reports/hostile";

type Render = fn(&Outcome, &mut dyn Write) -> io::Result<()>;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `locked.yaml` cannot be read, as if its permissions forbade it.
fn read_unless_locked(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    if path.file_name().is_some_and(|n| n == "locked.yaml") {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "permission denied",
        ));
    }
    cmslint::scan::read_file(path, max)
}

/// A check of `paths` (relative to the checkout, so reports never show where it lies), with only
/// the INV rules, whose findings these fixtures are made for.
fn run(paths: &[&str]) -> Outcome {
    run_in(root(), paths)
}

fn run_in(cwd: &Path, paths: &[&str]) -> Outcome {
    let options = CheckOptions {
        scan: ScanOptions {
            read: read_unless_locked,
            ..ScanOptions::default()
        },
        selection: catalog::selection(vec!["INV".into()], Vec::new()).unwrap(),
        ..CheckOptions::default()
    };
    let paths: Vec<PathBuf> = paths.iter().map(|p| cwd.join(p)).collect();
    check(&paths, cwd, &options).unwrap()
}

fn render(render: Render, outcome: &Outcome) -> String {
    let mut out = Vec::new();
    render(outcome, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The version changes with every release; snapshots show a placeholder.
fn without_version(text: &str) -> String {
    text.replace(&format!("\"{TOOL_VERSION}\""), "\"[version]\"")
}

fn compile(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path().as_str()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is invalid:\n{}",
        errors.join("\n")
    );
}

/// Parses a SARIF log and validates it against the vendored official schema.
fn sarif_log(outcome: &Outcome) -> Value {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator =
        VALIDATOR.get_or_init(|| compile(include_str!("../testdata/sarif/sarif-2.1.0.json")));
    let log: Value = serde_json::from_str(&render(sarif::render, outcome)).unwrap();
    assert_valid(validator, &log, "the SARIF log");
    log
}

/// Parses a JSON report and validates it against `docs/report.schema.json`.
fn json_report(outcome: &Outcome) -> Value {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| compile(include_str!("../docs/report.schema.json")));
    let report: Value = serde_json::from_str(&render(json::render, outcome)).unwrap();
    assert_valid(validator, &report, "the JSON report");
    report
}

/// The elements of a JUnit report with this tag, in document order.
fn elements<'a, 'i>(doc: &'a roxmltree::Document<'i>, tag: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    doc.descendants().filter(|n| n.has_tag_name(tag)).collect()
}

// ---------------------------------------------------------------------------------------------
// Snapshots

#[test]
fn every_format_of_one_run() {
    let outcome = run(&[ESTATE]);
    let codes: Vec<&str> = outcome.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["INV001", "INV003", "INV005", "INV004"]);
    // Schema-checked first; the snapshots then show exactly what is written.
    json_report(&outcome);
    sarif_log(&outcome);
    insta::assert_snapshot!(
        "estate.json",
        without_version(&render(json::render, &outcome))
    );
    insta::assert_snapshot!("estate.sarif", sarif_without_docs(&outcome));
    insta::assert_snapshot!("estate.junit.xml", render(junit::render, &outcome));
    insta::assert_snapshot!("estate.github", render(github::render, &outcome));
    insta::assert_snapshot!("estate.md", render(markdown::render, &outcome));
}

/// The SARIF log with each rule's doc text replaced by where it comes from, after checking that
/// it does come from there (so the snapshot does not change with every edit of a rule doc).
fn sarif_without_docs(outcome: &Outcome) -> String {
    let mut text = without_version(&render(sarif::render, outcome));
    let codes: BTreeSet<&str> = outcome.findings.iter().map(|f| f.code).collect();
    for code in codes {
        let doc = lookup(code).unwrap();
        let what = doc.section("What it checks").unwrap();
        let how = doc.section("How to fix").unwrap();
        for (value, source) in [
            (report::plain_text(what), "What it checks, as text"),
            (what.to_string(), "What it checks"),
            (report::plain_text(how), "How to fix, as text"),
            (doc.body.trim().to_string(), "the whole doc"),
        ] {
            let quoted = serde_json::to_string(&value).unwrap();
            assert!(text.contains(&quoted), "{code}: {source} is missing");
            text = text.replace(&quoted, &format!("\"[rules/{code}.md: {source}]\""));
        }
    }
    text
}

#[test]
fn a_run_without_findings() {
    let outcome = run(&[&format!("{ESTATE}/clean.yaml")]);
    assert!(outcome.findings.is_empty());
    let log = sarif_log(&outcome);
    let run = &log["runs"][0];
    assert_eq!(
        run["results"],
        Value::Array(Vec::new()),
        "results is always present"
    );
    assert!(
        run["tool"]["driver"]
            .get("rules")
            .is_none_or(|r| r == &Value::Array(Vec::new()))
    );
    let report = json_report(&outcome);
    assert_eq!(report["findings"], Value::Array(Vec::new()));
    assert_eq!(report["summary"]["files_checked"], 1);
    assert_eq!(
        render(github::render, &outcome),
        "::notice title=cmslint::checked 1 file (0 skipped): 0 errors, 0 warnings, 0 notes\n",
        "only the summary"
    );
    let md = render(markdown::render, &outcome);
    assert!(
        md.contains("No findings") && !md.contains("| severity"),
        "{md}"
    );
    let xml = render(junit::render, &outcome);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let cases = elements(&doc, "testcase");
    assert_eq!(
        cases.len(),
        1,
        "a file without findings has one passing test case"
    );
    assert!(cases[0].children().all(|c| !c.is_element()));
}

// ---------------------------------------------------------------------------------------------
// SARIF

#[test]
fn sarif_describes_rules_results_and_unreadable_files() {
    let outcome = run(&[ESTATE]);
    let log = sarif_log(&outcome);
    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["automationDetails"]["id"], "cmslint/");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "cmslint");
    assert_eq!(driver["version"], TOOL_VERSION);
    // Cargo.toml has no repository or homepage today: no URIs that would lead nowhere.
    assert!(driver.get("informationUri").is_none());

    // Each rule that fired, once, in code order, with its doc.
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["INV001", "INV003", "INV004", "INV005"]);
    for rule in rules {
        let doc = lookup(rule["id"].as_str().unwrap()).unwrap();
        assert_eq!(rule["name"], doc.meta.name.as_str());
        assert_eq!(rule["shortDescription"]["text"], doc.meta.summary.as_str());
        assert_eq!(
            rule["fullDescription"]["markdown"],
            doc.section("What it checks").unwrap()
        );
        assert_eq!(rule["help"]["markdown"], doc.body.trim());
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
        assert_eq!(
            rule["defaultConfiguration"]["level"],
            doc.meta.severity.as_str()
        );
        assert_eq!(rule["properties"]["tags"][0], doc.meta.category.as_str());
        assert_eq!(rule["properties"]["precision"], "very-high");
        assert!(rule.get("helpUri").is_none());
    }

    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), outcome.findings.len());
    let mut fingerprints = BTreeSet::new();
    for (result, finding) in results.iter().zip(&outcome.findings) {
        assert_eq!(result["ruleId"], finding.code);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], finding.code);
        assert_eq!(result["level"], finding.severity.as_str());
        assert!(
            result["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with(&finding.message.render(Lang::En))
        );
        let location = &result["locations"][0];
        assert_eq!(
            location["logicalLocations"][0]["fullyQualifiedName"],
            finding.entity.as_str()
        );
        let physical = &location["physicalLocation"];
        assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert_eq!(
            physical["artifactLocation"]["uri"],
            outcome.sources.path(finding.primary.span)
        );
        let region = outcome.sources.region(finding.primary.span);
        assert_eq!(physical["region"]["startLine"], region.start.line);
        assert_eq!(physical["region"]["startColumn"], region.start.column);
        let related = result["relatedLocations"].as_array().map_or(0, Vec::len);
        assert_eq!(related, finding.secondary.len());
        let fingerprint = result["partialFingerprints"]["cmslint/v1"]
            .as_str()
            .unwrap();
        assert_eq!(fingerprint.len(), 64);
        assert!(fingerprint.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(
            fingerprints.insert(fingerprint.to_string()),
            "fingerprints are distinct"
        );
    }

    // INV001 points between two characters; SARIF gets the one character after it.
    let inv001 = &results[0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(inv001["startLine"], inv001["endLine"]);
    assert_eq!(
        inv001["endColumn"].as_u64().unwrap(),
        inv001["startColumn"].as_u64().unwrap() + 1
    );
    // The duplicate names its first definition.
    let inv003 = &results[1]["relatedLocations"][0];
    assert_eq!(inv003["message"]["text"], "first defined here");
    assert_eq!(inv003["physicalLocation"]["region"]["startLine"], 5);

    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let notifications = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(
        notifications.len(),
        1,
        "only the unreadable file, not the skipped one"
    );
    let notification = &notifications[0];
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "testdata/reports/estate/locked.yaml"
    );
    assert_eq!(
        notification["message"]["text"],
        "could not be read: permission denied"
    );
}

#[test]
fn the_schema_checks_can_fail() {
    let outcome = run(&[ESTATE]);
    let sarif = compile(include_str!("../testdata/sarif/sarif-2.1.0.json"));
    let log = sarif_log(&outcome);
    let location = "/runs/0/results/0/locations/0/physicalLocation";
    for (pointer, bad) in [
        ("/artifactLocation/uri", serde_json::json!("a b%.yaml")),
        ("/region/startLine", serde_json::json!(0)),
        ("/region/endColumn", serde_json::json!("2")),
    ] {
        let mut broken = log.clone();
        *broken.pointer_mut(&format!("{location}{pointer}")).unwrap() = bad;
        assert!(!sarif.is_valid(&broken), "{pointer} was not checked");
    }
    let report_schema = compile(include_str!("../docs/report.schema.json"));
    let report = json_report(&outcome);
    for (pointer, bad) in [
        ("/findings/0/start/column", serde_json::json!(0)),
        ("/findings/0/path", serde_json::json!("../outside.yaml")),
        ("/findings/0/severity", serde_json::json!("fatal")),
        ("/summary/extra", serde_json::json!(1)),
    ] {
        let mut broken = report.clone();
        match broken.pointer_mut(pointer) {
            Some(value) => *value = bad,
            None => {
                broken["summary"]["extra"] = bad;
            }
        }
        assert!(
            !report_schema.is_valid(&broken),
            "{pointer} was not checked"
        );
    }
}

#[test]
fn fingerprints_do_not_depend_on_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let estate =
        "cmslint: 1\nservers:\n  - name: EXHUB01\n  - name: EXHUB01\n    os: Windows 3.11\n";
    let fingerprints = |text: &str| {
        std::fs::write(dir.path().join("estate.yaml"), text).unwrap();
        let log = sarif_log(&run_in(dir.path(), &["estate.yaml"]));
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_string(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"].clone(),
                    r["partialFingerprints"]["cmslint/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let before = fingerprints(estate);
    let after = fingerprints(&format!("# a comment\n\n{estate}"));
    assert_eq!(before.len(), 2);
    for ((code, line, print), (code_after, line_after, print_after)) in before.iter().zip(&after) {
        assert_eq!(code, code_after);
        assert_ne!(line, line_after, "the finding moved");
        assert_eq!(print, print_after, "{code}: the fingerprint did not");
    }
    assert_ne!(before[0].2, before[1].2);
}

// ---------------------------------------------------------------------------------------------
// JSON

#[test]
fn json_report_states_files_counts_and_positions() {
    let outcome = run(&[ESTATE]);
    let report = json_report(&outcome);
    assert_eq!(report["version"], 1);
    assert_eq!(report["tool"]["name"], "cmslint");
    let summary = &report["summary"];
    assert_eq!(summary["files_checked"], 3);
    assert_eq!(summary["files_skipped"], 2);
    assert_eq!(summary["errors"], 3);
    assert_eq!(summary["warnings"], 1);
    assert_eq!(summary["notes"], 0);
    assert_eq!(
        report["files"]["checked"],
        serde_json::json!([
            "testdata/reports/estate/broken.json",
            "testdata/reports/estate/clean.yaml",
            "testdata/reports/estate/estate.yaml"
        ])
    );
    let skipped: Vec<(&str, &str)> = report["files"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [
            (
                "testdata/reports/estate/ci.yml",
                "not an inventory (no top-level `cmslint` key)"
            ),
            (
                "testdata/reports/estate/locked.yaml",
                "could not be read: permission denied"
            )
        ]
    );
    let findings = report["findings"].as_array().unwrap();
    for (json, finding) in findings.iter().zip(&outcome.findings) {
        let region = outcome.sources.region(finding.primary.span);
        assert_eq!(json["start"]["line"], region.start.line);
        assert_eq!(json["start"]["column"], region.start.column);
        assert_eq!(json["end"]["line"], region.end.line);
        assert_eq!(json["end"]["column"], region.end.column);
        assert_eq!(json["suppressed"], false);
    }
    // INV001 is an empty span: start and end are the same place.
    assert_eq!(findings[0]["start"], findings[0]["end"]);
    let duplicate = &findings[1];
    assert_eq!(duplicate["labels"][0]["message"], "first defined here");
    assert_eq!(duplicate["labels"][0]["start"]["line"], 5);
    assert_eq!(duplicate["notes"].as_array().unwrap().len(), 1);
    assert!(
        duplicate["help"]
            .as_str()
            .unwrap()
            .starts_with("merge the two definitions")
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile text: every format is parsed back and must carry the inventory's text as data.

/// Reverses GitHub's workflow-command escaping.
fn unescape_github(text: &str) -> String {
    text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// Reverses the Markdown cell escaping.
fn unescape_cell(cell: &str) -> String {
    let mut text = cell.trim().replace("<br>", "\n");
    for (escaped, raw) in [
        ("&#124;", "|"),
        ("&#96;", "`"),
        ("&#92;", "\\"),
        ("&#42;", "*"),
        ("&#95;", "_"),
        ("&#126;", "~"),
        ("&#91;", "["),
        ("&#93;", "]"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ] {
        text = text.replace(escaped, raw);
    }
    text
}

#[test]
fn hostile_names_survive_every_format() {
    let outcome = run(&[HOSTILE]);
    let findings = &outcome.findings;
    let codes: Vec<&str> = findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["INV003", "INV005", "INV004"]);
    let hostile = ["\"", "%", "\n", "::", "<", "&", "|", ",", ":"];
    let all_text: String = findings
        .iter()
        .map(|f| f.message.render(Lang::En) + &f.entity)
        .collect();
    for s in hostile {
        assert!(all_text.contains(s), "the fixture lost {s:?}");
    }
    let path = "testdata/reports/hostile/odd 50%,x&y #1.yaml";

    // JSON: exactly the same strings.
    let report = json_report(&outcome);
    for (json, finding) in report["findings"].as_array().unwrap().iter().zip(findings) {
        assert_eq!(json["message"], finding.message.render(Lang::En));
        assert_eq!(json["entity"], finding.entity.as_str());
        assert_eq!(json["path"], path);
    }

    // SARIF: the same strings; the URI decodes to the path.
    let log = sarif_log(&outcome);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (result, finding) in results.iter().zip(findings) {
        assert_eq!(
            result["message"]["text"],
            report::message_with_details(finding, Lang::En)
        );
        let location = &result["locations"][0];
        assert_eq!(
            location["logicalLocations"][0]["fullyQualifiedName"],
            finding.entity.as_str()
        );
        let uri = location["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(!uri.contains(' ') && !uri.contains('#'), "{uri}");
        assert_eq!(
            percent_encoding::percent_decode_str(uri)
                .decode_utf8()
                .unwrap(),
            path
        );
    }

    // JUnit: a strict XML parser gets the message and the path back.
    let xml = render(junit::render, &outcome);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suites = elements(&doc, "testsuite");
    assert_eq!(suites.len(), 1);
    assert_eq!(suites[0].attribute("name"), Some(path));
    assert_eq!(suites[0].attribute("failures"), Some("3"));
    let failures = elements(&doc, "failure");
    assert_eq!(failures.len(), findings.len());
    for (failure, finding) in failures.iter().zip(findings) {
        assert_eq!(
            failure.attribute("message"),
            Some(finding.message.render(Lang::En).as_str())
        );
        assert_eq!(failure.attribute("type"), Some(finding.code));
        let text = failure.text().unwrap();
        assert!(
            text.contains(&format!("entity: {}", finding.entity)),
            "{text}"
        );
        let case = failure.parent().unwrap();
        assert_eq!(case.attribute("classname"), Some(path));
        assert!(
            case.attribute("name")
                .unwrap()
                .starts_with(&format!("{path}:"))
        );
    }

    // GitHub: one command per line, and nothing in the data can start another.
    let commands = render(github::render, &outcome);
    let lines: Vec<&str> = commands.lines().collect();
    assert_eq!(lines.len(), findings.len() + 1, "{commands}");
    assert!(lines[findings.len()].starts_with("::notice title=cmslint::checked "));
    for (line, finding) in lines.iter().zip(findings) {
        let kind = if finding.severity.as_str() == "error" {
            "error"
        } else {
            "warning"
        };
        let rest = line.strip_prefix(&format!("::{kind} ")).unwrap();
        let (properties, data) = rest.split_once("::").unwrap();
        assert_eq!(
            unescape_github(data),
            report::message_with_details(finding, Lang::En)
        );
        let properties: Vec<(&str, String)> = properties
            .split(',')
            .map(|p| {
                let (key, value) = p.split_once('=').unwrap();
                (key, unescape_github(value))
            })
            .collect();
        let keys: Vec<&str> = properties.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"]
        );
        assert_eq!(properties[0].1, path);
        assert_eq!(
            properties[5].1,
            format!("{} {}", finding.code, finding.name)
        );
    }

    // Markdown: the table keeps its shape, and each cell gives its text back.
    let md = render(markdown::render, &outcome);
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(rows.len(), 2 + findings.len(), "{md}");
    for row in &rows {
        assert_eq!(row.matches('|').count(), 7, "a row has six cells: {row}");
    }
    for (row, finding) in rows[2..].iter().zip(findings) {
        let cells: Vec<String> = row
            .trim_matches('|')
            .split('|')
            .map(unescape_cell)
            .collect();
        assert_eq!(cells[0], finding.severity.as_str());
        assert_eq!(cells[1], finding.code);
        let line = outcome.sources.region(finding.primary.span).start.line;
        assert_eq!(cells[2], format!("{path}:{line}"));
        assert_eq!(cells[3], finding.entity.replace("\r\n", "\n"));
        assert_eq!(
            cells[4],
            finding.message.render(Lang::En).replace("\r\n", "\n")
        );
        // These findings have no fix command: the fix column holds the help.
        assert!(finding.fixes.is_empty());
        assert_eq!(
            cells[5],
            (finding.texts(Lang::En).help.unwrap()).replace("\r\n", "\n")
        );
    }
}

#[test]
fn control_characters_are_shown_not_passed_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.yaml"),
        "cmslint: 1\nservers:\n  - name: \"EX\\e[31mHUB\\u202e\\uFFFE01\"\n  - name: \"ex\\e[31mhub\\u202e\\uFFFE01\"\n",
    )
    .unwrap();
    let outcome = run_in(dir.path(), &["evil.yaml"]);
    assert_eq!(outcome.findings.len(), 1);
    assert!((outcome.findings[0].message.render(Lang::En)).contains('\u{1b}'));
    // JSON and SARIF carry the exact text (JSON escapes it); the schemas still hold.
    let report = json_report(&outcome);
    assert_eq!(
        report["findings"][0]["entity"],
        outcome.findings[0].entity.as_str()
    );
    sarif_log(&outcome);
    // XML 1.0 cannot carry ESC or U+FFFE at all; no text format passes control or bidirectional
    // characters on.
    let xml = render(junit::render, &outcome);
    roxmltree::Document::parse(&xml).unwrap();
    assert!(!xml.contains('\u{fffe}'), "{xml}");
    for text in [
        xml,
        render(github::render, &outcome),
        render(markdown::render, &outcome),
    ] {
        assert!(!text.contains(['\u{1b}', '\u{202e}']), "{text:?}");
        assert!(text.contains("\\u{1b}"), "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// The command line

fn cmslint(args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn several_reports_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let (sarif, junit, github, md, human) = (
        file("cmslint.sarif"),
        file("junit.xml"),
        file("annotations.txt"),
        file("summary.md"),
        file("human.txt"),
    );
    let out = cmslint(&[
        "check",
        ESTATE,
        "--select",
        "INV",
        "-f",
        "json",
        "-f",
        &format!("sarif={sarif}"),
        "--format",
        &format!("junit={junit}"),
        "-f",
        &format!("github={github}"),
        "-f",
        &format!("markdown={md}"),
        "-f",
        &format!("human={human}"),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "logs never mix with reports");
    // stdout holds the one report without a path, and nothing else.
    let stdout: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = |findings: &Value| -> Vec<String> {
        findings
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        codes(&stdout["findings"]),
        ["INV001", "INV003", "INV005", "INV004"]
    );
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(sarif).unwrap()).unwrap();
    let results: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["INV001", "INV003", "INV005", "INV004"]);
    let xml = std::fs::read_to_string(junit).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(doc.root_element().attribute("failures"), Some("4"));
    let github = std::fs::read_to_string(github).unwrap();
    assert_eq!(github.lines().count(), 5, "4 findings and the summary");
    assert!(github.starts_with("::error file=testdata/reports/estate/broken.json,line=4,"));
    assert!(
        std::fs::read_to_string(md)
            .unwrap()
            .contains("| error | INV003 |")
    );
    let human = std::fs::read_to_string(human).unwrap();
    assert!(
        human.contains("error[INV003]") && !human.contains('\u{1b}'),
        "{human}"
    );
}

#[test]
fn when_every_report_goes_to_a_file_the_summary_goes_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let estate = root().join(ESTATE);
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate.to_str().unwrap(),
            "--select",
            "INV",
            "-f",
            "json=r.json",
            "-f",
            "sarif=r.sarif",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "checked 4 files (1 skipped): 3 errors, 1 warning, 0 notes\n"
    );
}

#[test]
fn the_markdown_table_has_the_fix() {
    let out = cmslint(&[
        "check",
        "testdata/examples/contoso/clusters/exclu01.yaml",
        &format!("{ESTATE}/estate.yaml"),
        "--select",
        "TOP103,INV003",
        "-f",
        "markdown",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let md = String::from_utf8(out.stdout).unwrap();
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(
        table,
        [
            "| severity | code | location | entity | message | fix |",
            "|---|---|---|---|---|---|",
            // The fix commands, as code; without any, the help.
            "| warning | TOP103 | testdata/examples/contoso/clusters/exclu01.yaml:17 | cluster:EXCLU01/group:Cluster Group | passive node EXNODE2.contoso.com owns group \"Cluster Group\" | <code>Cluster.exe group \"Cluster Group\" /move:EXNODE1</code> |",
            "| error | INV003 | testdata/reports/estate/estate.yaml:8 | server:exhub01.contoso.com | server &#96;exhub01.contoso.com&#96; is defined twice | merge the two definitions of &#96;exhub01.contoso.com&#96; or rename one |",
        ]
    );
}

#[test]
fn two_reports_to_stdout_are_a_usage_error() {
    let out = cmslint(&["check", ESTATE, "-f", "json", "-f", "sarif"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains("2 reports would go to stdout (json, sarif)"),
        "{}",
        stderr(&out)
    );
    // `=-` is stdout too, and the default human report counts once something else is asked.
    let out = cmslint(&["check", ESTATE, "-f", "human", "-f", "github=-"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn two_reports_to_one_file_are_a_usage_error() {
    let out = cmslint(&["check", ESTATE, "-f", "json=r.out", "-f", "sarif=r.out"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: the json report `r.out` and the sarif report `r.out` are one file; give each its own file\n"
    );
    assert!(!root().join("r.out").exists());
}

fn cmslint_in(dir: &Path, args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

#[test]
fn two_spellings_of_one_file_are_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let estate = root().join(ESTATE);
    let estate = estate.to_str().unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("old.json"), "old").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("old.json", dir.path().join("symlink.json")).unwrap();
        std::fs::hard_link(
            dir.path().join("old.json"),
            dir.path().join("hardlink.json"),
        )
        .unwrap();
    }
    let absolute = dir.path().join("a.json");
    let absolute = absolute.to_str().unwrap();
    let mut pairs = vec![
        ("./a.json", "a.json"),
        ("out/../a.json", "a.json"),
        ("out/./../out/b.json", "out/b.json"),
        (absolute, "a.json"),
    ];
    if cfg!(unix) {
        // The same file under another name: a symbolic link, a hard link.
        pairs.push(("symlink.json", "old.json"));
        pairs.push(("hardlink.json", "old.json"));
    }
    for (first, second) in pairs {
        let out = cmslint_in(
            dir.path(),
            &[
                "check",
                estate,
                "-f",
                &format!("json={first}"),
                "-f",
                &format!("sarif={second}"),
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(2),
            "{first} and {second}: {}",
            stderr(&out)
        );
        assert_eq!(
            stderr(&out),
            format!(
                "error: the json report `{first}` and the sarif report `{second}` are one file; give each its own file\n"
            )
        );
        assert!(out.stdout.is_empty());
    }
    // Nothing was written: the old file is as it was, and no report was made.
    assert_eq!(std::fs::read(dir.path().join("old.json")).unwrap(), b"old");
    assert!(!dir.path().join("a.json").exists());
    assert!(!dir.path().join("out/b.json").exists());
    // A baseline written where a report goes, or over the baseline that is read, is refused too.
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate,
            "-f",
            "json=./b.json",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: the json report `./b.json` and the baseline `b.json` are one file; give each its own file\n"
    );
    std::fs::write(
        dir.path().join("base.json"),
        "{\"version\": 1, \"entries\": []}",
    )
    .unwrap();
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate,
            "--baseline",
            "./base.json",
            "-f",
            "sarif=base.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: the sarif report `base.json` would overwrite the baseline `./base.json` that this run reads; give the sarif report another file\n"
    );
    std::fs::write(dir.path().join("cfg.toml"), "fail-on = \"warning\"\n").unwrap();
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate,
            "--config",
            "cfg.toml",
            "-f",
            "json=out/../cfg.toml",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: the json report `out/../cfg.toml` would overwrite the config `cfg.toml` that this run reads; give the json report another file\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cfg.toml")).unwrap(),
        "fail-on = \"warning\"\n"
    );
    // Two different files are fine.
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate,
            "-f",
            "json=a.json",
            "-f",
            "sarif=out/a.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let out = cmslint(&["check", ESTATE, "-f", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(
            "unknown format `yaml`; use one of human, json, sarif, junit, github, markdown"
        ),
        "{err}"
    );
    let out = cmslint(&["check", ESTATE, "-f", "sarif="]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs a file path"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_folders_of_reports_and_the_baseline_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let estate = root().join(ESTATE);
    let out = cmslint_in(
        dir.path(),
        &[
            "check",
            estate.to_str().unwrap(),
            "--select",
            "INV",
            "-f",
            "sarif=out/reports/cmslint.sarif",
            "--write-baseline",
            "baselines/cmslint.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let log: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/reports/cmslint.sarif")).unwrap(),
    )
    .unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 4);
    let baseline = std::fs::read_to_string(dir.path().join("baselines/cmslint.json")).unwrap();
    assert!(baseline.contains("\"INV003\""), "{baseline}");
}

#[test]
fn an_unwritable_report_path_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    // A folder cannot be made where a file is (even for root).
    std::fs::write(dir.path().join("a-file"), "").unwrap();
    let missing = dir.path().join("a-file/cmslint.sarif");
    let out = cmslint(&[
        "check",
        ESTATE,
        "--select",
        "INV",
        "-f",
        "github",
        "-f",
        &format!("sarif={}", missing.display()),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: cannot write the sarif report to `"),
        "{err}"
    );
    assert!(!missing.exists());
    // The other report is still written.
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 5);
    // A directory is not a file either.
    let out = cmslint(&[
        "check",
        ESTATE,
        "-f",
        &format!("json={}", dir.path().display()),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot write the json report"));
}
