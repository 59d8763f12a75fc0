//! Untrusted input: the real binary on a tree where one hostile file sits beside a good file
//! with a known finding. Whatever the hostile file holds, cmslint must finish quickly, report it
//! where conventions.md says (INV001 when it is an inventory, otherwise skipped with a reason),
//! and still report the good file's finding.

use crate::command;

use serde_json::Value;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const GOOD: &str = "cmslint: 1\nservers:\n  - name: EXHUB01\n  - name: EXHUB01\n";

/// What must become of the hostile file.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// An INV001 finding at this line.
    Unparseable(usize),
    /// An INV002 finding at this line.
    SchemaViolation(usize),
    /// Another finding of its own, at this line.
    Finding(&'static str, usize),
    /// Skipped, with a reason containing this text.
    Skipped(&'static str),
    /// Neither reported nor listed (a folder, a loop the walker does not follow).
    Absent,
}

/// Runs `cmslint check <dir> -f json` with a time limit and returns the report.
fn check(dir: &Path) -> (i32, Value) {
    let started = Instant::now();
    let out = command::cmslint()
        .args(["check", ".", "-f", "json"])
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "cmslint took {:?}",
        started.elapsed()
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e}): stdout {:?} stderr {:?}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().expect("exited, not killed"), report)
}

fn assert_case(name: &str, dir: &Path, hostile: &str, expect: Expect) {
    let (code, report) = check(dir);
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["code"] == "INV003" && f["path"] == "good.yaml" && f["start"]["line"] == 4),
        "{name}: the good file's finding is missing: {report:#}"
    );
    assert_eq!(code, 1, "{name}: exit code");
    let at = |code: &str| {
        findings
            .iter()
            .filter(|f| f["code"] == code && f["path"] == hostile)
            .map(|f| f["start"]["line"].as_u64().unwrap() as usize)
            .collect::<Vec<_>>()
    };
    let skipped = report["files"]["skipped"].as_array().unwrap();
    let skip_reason = skipped
        .iter()
        .find(|s| s["path"] == hostile)
        .map(|s| s["reason"].as_str().unwrap().to_string());
    match expect {
        Expect::Unparseable(line) => assert_eq!(at("INV001"), [line], "{name}: {report:#}"),
        Expect::SchemaViolation(line) => {
            assert!(at("INV002").contains(&line), "{name}: {report:#}")
        }
        Expect::Finding(code, line) => assert_eq!(at(code), [line], "{name}: {report:#}"),
        Expect::Skipped(reason) => assert!(
            skip_reason.as_deref().is_some_and(|r| r.contains(reason)),
            "{name}: expected skipped with `{reason}`, got {skip_reason:?}: {report:#}"
        ),
        Expect::Absent => {
            let named = findings.iter().any(|f| f["path"] == hostile);
            assert!(!named && skip_reason.is_none(), "{name}: {report:#}");
        }
    }
}

/// A tree with the good file and one hostile file written by `make`.
fn case(name: &str, hostile: &str, make: impl FnOnce(&Path), expect: Expect) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.yaml"), GOOD).unwrap();
    make(&dir.path().join(hostile));
    assert_case(name, dir.path(), hostile, expect);
}

fn write(bytes: Vec<u8>) -> impl FnOnce(&Path) {
    move |path| std::fs::write(path, bytes).unwrap()
}

#[test]
fn deep_nesting() {
    let json = format!(
        "{{\"cmslint\": 1, \"x\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    case(
        "deep JSON",
        "deep.json",
        write(json.into_bytes()),
        Expect::Unparseable(1),
    );
    let yaml = format!(
        "cmslint: 1\nx: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    case(
        "deep YAML flow",
        "deep.yaml",
        write(yaml.into_bytes()),
        Expect::Unparseable(2),
    );
    let mut block = String::from("cmslint: 1\nx:\n");
    for depth in 0..10_000 {
        block.push_str(&" ".repeat(depth + 1));
        block.push_str("- \n");
    }
    // Reported where the depth limit (128) is crossed.
    case(
        "deep YAML block",
        "block.yaml",
        write(block.into_bytes()),
        Expect::Unparseable(130),
    );
}

#[test]
fn alias_bomb() {
    let mut text = String::from("cmslint: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    // Reported where the expansion crosses the alias budget.
    case(
        "alias bomb",
        "bomb.yaml",
        write(text.into_bytes()),
        Expect::Unparseable(6),
    );
}

#[test]
fn huge_number() {
    let text = format!(
        "{{\"cmslint\": 1, \"servers\": [{{\"name\": 1{}}}]}}",
        "0".repeat(400)
    );
    case(
        "huge number",
        "huge.json",
        write(text.into_bytes()),
        Expect::Unparseable(1),
    );
}

#[test]
fn bad_bytes() {
    case(
        "NUL byte",
        "nul.yaml",
        write(b"cmslint: 1\nservers:\n  - name: EX\0HUB\n".to_vec()),
        Expect::Unparseable(3),
    );
    case(
        "invalid UTF-8",
        "latin1.yaml",
        write(b"cmslint: 1\nservers:\n  - name: EXH\xdcB01\n".to_vec()),
        Expect::Unparseable(3),
    );
    let utf16: Vec<u8> = "cmslint: 1\r\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    case(
        "UTF-16 without BOM",
        "nobom.yaml",
        write(utf16),
        Expect::Unparseable(1),
    );
}

#[test]
fn truncated_empty_and_bom_only() {
    case(
        "truncated",
        "cut.json",
        write(b"{\"cmslint\": 1, \"servers\": [{\"name\": \"EX".to_vec()),
        Expect::Unparseable(1),
    );
    case(
        "empty",
        "empty.yaml",
        write(Vec::new()),
        Expect::Skipped("empty"),
    );
    case(
        "BOM only",
        "bom.yaml",
        write(vec![0xEF, 0xBB, 0xBF]),
        Expect::Skipped("empty"),
    );
}

#[test]
fn keys_and_markers() {
    case(
        "duplicate keys",
        "dup.yaml",
        write(b"cmslint: 1\nservers:\n  - name: A\n    name: B\n".to_vec()),
        Expect::SchemaViolation(4),
    );
    case(
        "non-string key",
        "keys.yaml",
        write(b"cmslint: 1\n? [a, b]\n: x\n".to_vec()),
        Expect::Unparseable(2),
    );
    // Nothing in a document is acted on: a `$ref` is an unknown key, never followed or fetched.
    case(
        "a $ref to follow",
        "ref.yaml",
        write(b"cmslint: 1\n$ref: http://127.0.0.1:9/inventory.yaml\nservers: []\n".to_vec()),
        Expect::SchemaViolation(2),
    );
    case(
        "marker of the wrong type",
        "marker.yaml",
        write(b"cmslint: [1]\n".to_vec()),
        Expect::SchemaViolation(1),
    );
    // An inventory that lost its marker is reported, never skipped in silence; another tool's
    // key near the marker's spelling is not one.
    case(
        "a lost marker",
        "lost.yaml",
        write(b"# split off\nservers:\n  - name: EXHUB02\n".to_vec()),
        Expect::SchemaViolation(2),
    );
    case(
        "a misspelt marker alone",
        "typo.yaml",
        write(b"cmslnit: 1\n".to_vec()),
        Expect::SchemaViolation(1),
    );
    case(
        "another tool's key near the marker",
        "lint.yaml",
        write(b"eslint:\n  extends: recommended\n".to_vec()),
        Expect::Skipped("not an inventory"),
    );
    let long = format!("cmslint: 1\nservers:\n  - name: {}\n", "A".repeat(4 << 20));
    case(
        "a 4 MB line",
        "long.yaml",
        write(long.into_bytes()),
        Expect::Absent,
    );
}

#[cfg(unix)]
#[test]
fn special_files() {
    use std::os::unix::fs::symlink;
    case(
        "directory named x.yaml",
        "x.yaml",
        |p| std::fs::create_dir(p).unwrap(),
        Expect::Absent,
    );
    case(
        "FIFO",
        "fifo.yaml",
        |p| {
            let status = Command::new("mkfifo").arg(p).status().unwrap();
            assert!(status.success());
        },
        Expect::Skipped("special file"),
    );
    case(
        "symlink loop",
        "loop",
        |p| symlink(p, p).unwrap(),
        Expect::Skipped("symbolic link"),
    );
    case(
        "dangling symlink",
        "gone.yaml",
        |p| symlink(p.with_file_name("nowhere.yaml"), p).unwrap(),
        Expect::Skipped("symbolic link"),
    );
}

#[test]
fn names_that_try_to_spoof_the_terminal_or_a_ci_log() {
    let text = "cmslint: 1\nservers:\n  - name: \"EX\\e[2J\\u202eHUB::error file=x::pwned\\nnext\"\n  - name: \"ex\\e[2J\\u202ehub::error file=x::pwned\\nnext\"\n";
    case(
        "spoofing names",
        "spoof.yaml",
        write(text.as_bytes().to_vec()),
        Expect::Finding("INV003", 4),
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spoof.yaml"), text).unwrap();
    for format in ["human", "github"] {
        let out = command::cmslint()
            .args(["check", ".", "-f", format, "--color", "always"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout.contains("\u{1b}[2J"),
            "{format}: raw escape reached the output"
        );
        assert!(
            !stdout.contains('\u{202e}'),
            "{format}: raw bidi control reached the output"
        );
        assert!(
            !stdout.lines().any(|l| l.starts_with("::error file=x")),
            "{format}: a name injected a workflow command"
        );
    }
}

#[test]
fn a_file_removed_between_walk_and_read_is_skipped_and_the_rest_checked() {
    use cmslint::check::{CheckOptions, check};
    use cmslint::scan::ScanOptions;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.yaml"), GOOD).unwrap();
    std::fs::write(dir.path().join("vanishing.yaml"), GOOD).unwrap();
    let options = CheckOptions {
        scan: ScanOptions {
            read: |path, max| {
                if path.ends_with("vanishing.yaml") {
                    return Err(std::io::Error::from(std::io::ErrorKind::NotFound));
                }
                cmslint::scan::read_file(path, max)
            },
            ..ScanOptions::default()
        },
        ..CheckOptions::default()
    };
    let outcome = check(&[dir.path().to_path_buf()], dir.path(), &options).unwrap();
    assert_eq!(outcome.checked(), 1);
    let vanished = outcome
        .files
        .iter()
        .find(|f| f.path == "vanishing.yaml")
        .unwrap();
    assert!(format!("{:?}", vanished.status).contains("Unreadable"));
    assert!(outcome.findings.iter().any(|f| f.code == "INV003"));
}

#[test]
fn limits_come_from_the_config_and_trip_where_they_are_crossed() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        command::cmslint()
            .args(["check", "."])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    // Three duplicate names in one file: three findings.
    std::fs::write(
        dir.path().join("good.yaml"),
        "cmslint: 1\nservers:\n  - name: A\n  - name: A\n  - name: B\n  - name: B\n  - name: C\n  - name: C\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("deep.json"),
        "{\"cmslint\": 1, \"x\": [[[[[[1]]]]]]}",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("cmslint.toml"),
        "[limits]\nmax-depth = 5\nmax-findings-per-file = 2\nmax-file-size = 100_000\n",
    )
    .unwrap();
    let out = run(&[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error[INV001]: invalid JSON: nesting deeper than 5 levels"),
        "{text}"
    );
    assert_eq!(text.matches("error[INV003]").count(), 2, "{text}");
    assert!(
        text.trim_end()
            .ends_with("; 1 finding not shown (more than max-findings-per-file in one file)"),
        "{text}"
    );

    std::fs::write(
        dir.path().join("cmslint.toml"),
        "[limits]\nmax-file-size = 10\n",
    )
    .unwrap();
    let text = String::from_utf8(run(&[]).stdout).unwrap();
    assert!(text.contains("over the limit of 10 bytes"), "{text}");

    std::fs::write(dir.path().join("cmslint.toml"), "[limits]\nmax-depht = 5\n").unwrap();
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("unknown key `max-depht`") && err.contains("max-depth"),
        "{err}"
    );
}
