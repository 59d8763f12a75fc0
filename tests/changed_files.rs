//! A file that changes between the scan and the reports: the check reads again the files its
//! findings point into, through the scan's read seam, and one whose bytes are no longer those
//! the scan read keeps no text. Every report then shows its findings at line 1, column 1,
//! without source lines, and says which file changed.

use cmslint::catalog;
use cmslint::check::{CheckOptions, Outcome, check};
use cmslint::report::{github, human, json, junit, markdown, sarif};
use cmslint::scan::ScanOptions;
use cmslint::source::LineCol;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A server defined twice (INV003: second definition at 4:11, first at 3:11).
const CHANGING: &str = "cmslint: 1\nservers:\n  - name: EXHUB01\n  - name: EXHUB01\n";
const STABLE: &str = "cmslint: 1\nservers:\n  - name: EXHUB02\n  - name: EXHUB02\n";

/// How often `changing.yaml` was read.
static READS: AtomicUsize = AtomicUsize::new(0);

/// Reads a file; `changing.yaml` holds other bytes of the same length from its second read on,
/// as if it had been edited while the check ran.
fn read_changing(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let bytes = cmslint::scan::read_file(path, max)?;
    if path.ends_with("changing.yaml") && READS.fetch_add(1, Ordering::SeqCst) > 0 {
        return Ok(String::from_utf8(bytes)
            .unwrap()
            .replace("EXHUB01", "EXHUB09")
            .into_bytes());
    }
    Ok(bytes)
}

fn outcome() -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("changing.yaml"), CHANGING).unwrap();
    std::fs::write(dir.path().join("stable.yaml"), STABLE).unwrap();
    let options = CheckOptions {
        scan: ScanOptions {
            read: read_changing,
            ..ScanOptions::default()
        },
        selection: catalog::selection(vec!["INV003".into()], Vec::new()).unwrap(),
        ..CheckOptions::default()
    };
    check(&[dir.path().to_path_buf()], dir.path(), &options).unwrap()
}

fn render(render: fn(&Outcome, &mut dyn io::Write) -> io::Result<()>, outcome: &Outcome) -> String {
    let mut out = Vec::new();
    render(outcome, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_file_changed_since_the_scan_is_shown_at_line_one_and_said_in_every_report() {
    let outcome = outcome();
    assert_eq!(
        READS.load(Ordering::SeqCst),
        2,
        "read by the scan, then for the reports"
    );
    assert_eq!(outcome.changed, ["changing.yaml"]);
    let places: Vec<(&str, LineCol, LineCol, Vec<LineCol>)> = outcome
        .findings
        .iter()
        .map(|f| {
            let region = outcome.sources.region(f.primary.span);
            let labels = (f.secondary.iter())
                .map(|l| outcome.sources.region(l.span).start)
                .collect();
            (
                outcome.sources.path(f.primary.span),
                region.start,
                region.end,
                labels,
            )
        })
        .collect();
    let at = |line, column| LineCol { line, column };
    assert_eq!(
        places,
        [
            ("changing.yaml", at(1, 1), at(1, 1), vec![at(1, 1)]),
            ("stable.yaml", at(4, 11), at(4, 18), vec![at(3, 11)]),
        ]
    );

    let mut out = Vec::new();
    human::render(&outcome, &mut out, human::HumanOptions::default()).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), HUMAN);

    let report: serde_json::Value = serde_json::from_str(&render(json::render, &outcome)).unwrap();
    assert_eq!(
        report["summary"]["changed"],
        serde_json::json!(["changing.yaml"])
    );
    assert_eq!(
        report["findings"][0]["start"],
        serde_json::json!({"line": 1, "column": 1})
    );

    let log: serde_json::Value = serde_json::from_str(&render(sarif::render, &outcome)).unwrap();
    let notifications = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(
        notifications,
        &serde_json::json!([{
            "level": "warning",
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "changing.yaml", "uriBaseId": "%SRCROOT%"}}}],
            "message": {"text": CHANGED}
        }])
    );
    let region = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        region,
        &serde_json::json!({"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2})
    );

    let annotations = render(github::render, &outcome);
    let lines: Vec<&str> = annotations.lines().collect();
    assert_eq!(
        lines[2],
        format!("::warning file=changing.yaml,title=cmslint::{CHANGED}")
    );
    assert!(lines[0].starts_with("::error file=changing.yaml,line=1,col=1,endLine=1,endColumn=2,"));

    let md = render(markdown::render, &outcome);
    assert!(
        md.contains(&format!("\n\n* warning: {CHANGED}\n\n| severity |")),
        "{md}"
    );

    let xml = render(junit::render, &outcome);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let said: Vec<(&str, &str)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("system-err"))
        .map(|n| {
            (
                n.parent().unwrap().attribute("name").unwrap(),
                n.text().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [("changing.yaml", format!("warning: {CHANGED}").as_str())]
    );
}

const CHANGED: &str = "changing.yaml changed after it was read: its findings are shown without source lines, at line 1, column 1";

/// The human report: the changed file's finding has its place but no source lines (and so no
/// labels), the other file's is drawn as ever, and the warning comes before the summary.
const HUMAN: &str = "\
error[INV003]: server `EXHUB01` is defined twice
 ┌─ changing.yaml:1:1
 = INV003 (duplicate-name) on server:EXHUB01
 = note: names compare case-insensitively and an FQDN stands for its first label, so both definitions describe one computer or object
 = help: merge the two definitions of `EXHUB01` or rename one

error[INV003]: server `EXHUB02` is defined twice
  ┌─ stable.yaml:4:11
  │
3 │   - name: EXHUB02
  │           ------- first defined here
4 │   - name: EXHUB02
  │           ^^^^^^^ second definition
  │
  = INV003 (duplicate-name) on server:EXHUB02
  = note: names compare case-insensitively and an FQDN stands for its first label, so both definitions describe one computer or object
  = help: merge the two definitions of `EXHUB02` or rename one

warning: changing.yaml changed after it was read: its findings are shown without source lines, at line 1, column 1
checked 2 files (0 skipped): 2 errors, 0 warnings, 0 notes
";
