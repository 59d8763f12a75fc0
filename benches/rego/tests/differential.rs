//! Differential test of TOP101, TOP103 and ADM503: cmslint and the Rego policies must report
//! the same (code, entity) pairs on
//! * `tests/corners/`, hand-written documents for the corners the generated estates never reach
//!   (types in other cases, FQDN and duplicate names, groups of unknown type, CMS without an
//!   owner, every spelling of Windows Vista and of its service pack), whose findings are also
//!   written down in `tests/corners/expected.txt`;
//! * a generated estate of 300 clusters in JSON (the benchmark's generator, seed 8).
//!
//! cmslint is run as a program: `$CMSLINT` when set, else the newest of the repository's
//! `target/{debug,release}/cmslint` (build it first: `cargo build --bin cmslint` at the root).

#[path = "../../../tests/support/generate.rs"]
#[allow(
    dead_code,
    reason = "the gen-inventory example uses the rest of the module"
)]
mod generate;

use cmslint_rego_peer::{Finding, Options};
use regorus::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root (this crate is `benches/rego`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The cmslint binary to compare with.
fn cmslint() -> PathBuf {
    if let Some(path) = std::env::var_os("CMSLINT") {
        return PathBuf::from(path);
    }
    let target = root().join("target");
    let newest = ["debug", "release"]
        .iter()
        .map(|profile| target.join(profile).join("cmslint"))
        .filter_map(|path| Some((path.metadata().ok()?.modified().ok()?, path)))
        .max();
    match newest {
        Some((_, path)) => path,
        None => panic!(
            "no cmslint binary under {}: build it (`cargo build --bin cmslint` at the repository's root) or set CMSLINT",
            target.display()
        ),
    }
}

/// cmslint's findings of the three rules on `dir`.
fn cmslint_findings(dir: &Path) -> Vec<Finding> {
    let binary = cmslint();
    let output = Command::new(&binary)
        .args(["check", "--select", "TOP101,TOP103,ADM503", "-f", "json"])
        .args(["--no-config", "--fail-on", "never"])
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{} failed: {}",
        binary.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let report = Value::from_json_str(&stdout).unwrap();
    assert_eq!(report["summary"]["not_shown"], Value::from(0u64));
    let mut findings: Vec<Finding> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let text = |key: &str| f[key].as_string().unwrap().to_string();
            (text("code"), text("entity"))
        })
        .collect();
    findings.sort();
    findings.dedup();
    findings
}

fn rego_findings(dir: &Path) -> Vec<Finding> {
    cmslint_rego_peer::run(&[dir.to_path_buf()], &Options::default())
        .unwrap()
        .findings
}

/// The differences, "-" only cmslint and "+" only Rego, one a line.
fn differences(cmslint: &[Finding], rego: &[Finding]) -> String {
    let mut out = String::new();
    for (sign, these, others) in [("-", cmslint, rego), ("+", rego, cmslint)] {
        for (code, entity) in these.iter().filter(|f| !others.contains(f)) {
            out.push_str(&format!("{sign}{code} {entity}\n"));
        }
    }
    out
}

fn count(findings: &[Finding], code: &str) -> usize {
    findings.iter().filter(|(c, _)| c == code).count()
}

#[test]
fn corners_give_the_same_findings_as_written_down() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corners");
    let expected: Vec<Finding> = std::fs::read_to_string(dir.join("expected.txt"))
        .unwrap()
        .lines()
        .map(|line| {
            let (code, entity) = line.split_once(' ').unwrap();
            (code.to_string(), entity.to_string())
        })
        .collect();
    let cmslint = cmslint_findings(&dir);
    let rego = rego_findings(&dir);
    assert_eq!(
        differences(&cmslint, &expected),
        "",
        "cmslint (-) against expected.txt (+)"
    );
    assert_eq!(
        differences(&cmslint, &rego),
        "",
        "cmslint (-) against Rego (+)"
    );
}

#[test]
fn a_generated_estate_gives_the_same_findings() {
    let dir = std::env::temp_dir().join(format!("cmslint-rego-diff-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let options = generate::Options {
        clusters: 300,
        seed: 8,
        format: generate::Format::Json,
        problem_percent: 20,
    };
    generate::generate(&options, &dir).unwrap();
    let cmslint = cmslint_findings(&dir);
    let rego = rego_findings(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    // A test that cannot fail is worse than none: each rule must have findings to compare.
    for code in ["TOP101", "TOP103", "ADM503"] {
        assert!(count(&cmslint, code) > 0, "no {code} finding in the estate");
    }
    assert_eq!(
        differences(&cmslint, &rego),
        "",
        "cmslint (-) against Rego (+)"
    );
}
