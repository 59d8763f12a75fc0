//! The CI gate, tested by running the binary as a user would: `cmslint.toml` (discovery,
//! `--config`, `--no-config`, errors that point into the file), severity overrides and the exit
//! code, suppressions with reasons and expiry, the baseline by (code, entity), suppressed
//! findings in the reports, completions and the man page, and the reusable workflow and
//! pre-commit hook files.

use crate::command;

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs cmslint in `dir` with `CMSLINT_TODAY` set (or not) and no colour from the environment.
fn cmslint_at(dir: &Path, today: Option<&str>, args: &[&str]) -> Output {
    let mut command = command::cmslint();
    command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CMSLINT_TODAY");
    if let Some(today) = today {
        command.env("CMSLINT_TODAY", today);
    }
    command.output().expect("the binary runs")
}

fn cmslint(dir: &Path, args: &[&str]) -> Output {
    cmslint_at(dir, None, args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn last_line(output: &Output) -> String {
    stdout(output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// A folder holding `files` (path, text).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// An estate with an error (INV003, a server defined twice), a warning on a cluster group
/// (TOP103) and a warning on a version (INV005).
const ESTATE: &str = "\
cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes:
      - name: EXNODE1
        os: Windows Server 2003 Enterprise x64 SP2
        exchange: SP1
      - name: EXNODE2
        os: Windows Server 2003 Enterprise x64 SP2
        exchange: SP1
    groups:
      - name: Cluster Group
        owner: EXNODE2
      - name: EXCMS01
        type: cms
        owner: EXNODE1
servers:
  - name: EXHUB01
    exchange: SP1
  - name: EXHUB01
    exchange: SP2
  - name: EXCAS01
    exchange: the newest
";

/// The same facts, reformatted: flow style, other key order, comments, the servers first and
/// moved into a second file, the cluster into a folder of its own.
const ESTATE_REFORMATTED: &[(&str, &str)] = &[
    (
        "a-servers.yaml",
        "# servers first now\ncmslint: 1\nservers:\n  - {exchange: the newest, name: EXCAS01}\n  - {name: EXHUB01, exchange: SP1}\n\n\n  - {exchange: SP2, name: EXHUB01}\n",
    ),
    (
        "z/clusters.json",
        r#"{"cmslint": 1, "clusters": [{"groups": [{"type": "cms", "name": "EXCMS01", "owner": "EXNODE1"}, {"owner": "EXNODE2", "name": "Cluster Group"}],
 "nodes": [{"name": "EXNODE1", "exchange": "SP1", "os": "Windows Server 2003 Enterprise x64 SP2"},
           {"name": "EXNODE2", "exchange": "SP1", "os": "Windows Server 2003 Enterprise x64 SP2"}],
 "type": "ccr", "name": "EXCLU01"}]}
"#,
    ),
];

fn codes(output: &Output) -> Vec<String> {
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Baseline

#[test]
fn a_baseline_survives_reformatting_moving_and_reordering() {
    let dir = project(&[("estate.yaml", ESTATE)]);
    let out = cmslint(
        dir.path(),
        &["check", ".", "--write-baseline", "baseline.json"],
    );
    // Written, then the gate applies as usual: nothing counted as baselined in this run.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("wrote the baseline `baseline.json`: 3 entries"),
        "{}",
        stderr(&out)
    );
    let written = fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    assert_eq!(
        written,
        "{\n  \"version\": 1,\n  \"tool\": \"cmslint\",\n  \"entries\": [\n    {\"code\": \"INV003\", \"entity\": \"server:EXHUB01\"},\n    {\"code\": \"INV005\", \"entity\": \"server:EXCAS01\"},\n    {\"code\": \"TOP103\", \"entity\": \"cluster:EXCLU01/group:Cluster Group\"}\n  ]\n}\n"
    );

    let out = cmslint(dir.path(), &["check", ".", "--baseline", "baseline.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "checked 1 file (1 skipped): 0 errors, 0 warnings, 0 notes; 3 baselined\n"
    );

    // Reformat, split, move and reorder: no finding comes back.
    fs::remove_file(dir.path().join("estate.yaml")).unwrap();
    for (path, text) in ESTATE_REFORMATTED {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "--baseline",
            "baseline.json",
            "--fail-on",
            "note",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        last_line(&out),
        "checked 2 files (1 skipped): 0 errors, 0 warnings, 0 notes; 3 baselined"
    );
    // Without the baseline the three findings are all there.
    let out = cmslint(dir.path(), &["check", ".", "-f", "json"]);
    assert_eq!(codes(&out), ["INV005", "INV003", "TOP103"]);

    // A new finding is not hidden.
    fs::write(
        dir.path().join("b.yaml"),
        "cmslint: 1\nservers:\n  - {name: EXMBX01, exchange: SP1}\n  - {name: exmbx01, exchange: SP1}\n",
    )
    .unwrap();
    let out = cmslint(
        dir.path(),
        &["check", ".", "--baseline", "baseline.json", "-f", "json"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(codes(&out), ["INV003"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["entity"], "server:exmbx01");
    assert_eq!(report["summary"]["baselined"], 3);
}

#[test]
fn baseline_entries_that_match_nothing_are_inv008_at_the_entry() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "baseline.json",
            "{\n  \"version\": 1,\n  \"tool\": \"cmslint\",\n  \"entries\": [\n    {\"code\": \"INV003\", \"entity\": \"server:EXHUB01\"},\n    {\"code\": \"TOP101\", \"entity\": \"cluster:EXCLU09\"}\n  ]\n}\n",
        ),
    ]);
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "--baseline",
            "baseline.json",
            "--select",
            "INV,TOP",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains(
            "warning[INV008]: baseline entry TOP101 on `cluster:EXCLU09` matches no finding"
        ) && text.contains("┌─ baseline.json:6:5"),
        "{text}"
    );
    assert!(!text.contains("INV003"), "{text}");
    // Not judged when the entry's rule does not run.
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "--baseline",
            "baseline.json",
            "--select",
            "INV",
        ],
    );
    assert!(!stdout(&out).contains("INV008"), "{}", stdout(&out));
}

#[test]
fn a_broken_or_missing_baseline_exits_2() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        ("old.json", "{\"version\": 7, \"entries\": []}"),
    ]);
    let out = cmslint(dir.path(), &["check", ".", "--baseline", "old.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("this cmslint reads baseline version 1 only")
            && stderr(&out).contains("old.json:1:13"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
    let out = cmslint(dir.path(), &["check", ".", "--baseline", "nope.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read `nope.json`"),
        "{}",
        stderr(&out)
    );
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "--baseline",
            "old.json",
            "--write-baseline",
            "new.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// Config errors

#[test]
fn a_suppression_without_a_reason_is_refused_with_exit_2() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "cmslint.toml",
            "[[suppress]]\nrule = \"TOP103\"\nentity = \"cluster:EXCLU01/*\"\n",
        ),
    ]);
    let out = cmslint(dir.path(), &["check", ".", "-f", "sarif=out.sarif"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error: a suppression has no `reason`")
            && err.contains("┌─ cmslint.toml:1:1")
            && err.contains("^^^^^^^^^^^^ this suppression"),
        "{err}"
    );
    assert!(
        err.ends_with("error: cmslint.toml has 1 problem; nothing was checked\n"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
    assert!(!dir.path().join("out.sarif").exists());

    // An empty reason is no reason either.
    fs::write(
        dir.path().join("cmslint.toml"),
        "[[suppress]]\nrule = \"TOP103\"\nreason = \" \"\n",
    )
    .unwrap();
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a suppression's `reason` is empty")
            && stderr(&out).contains("cmslint.toml:3:10"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_config_error_points_into_the_toml() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "cmslint.toml",
            "selct = [\"INV\"]\nfail-on = \"sometimes\"\nexclude = [\"a/[b\"]\n\n[severity]\nNOPE123 = \"error\"\nTOP103 = \"fatal\"\n\n[[suppress]]\nrule = \"TOP103\"\nreason = \"r\"\nexpires = \"next week\"\ncolour = \"red\"\n",
        ),
    ]);
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for (message, place) in [
        ("unknown key `selct` in cmslint.toml", "cmslint.toml:1:1"),
        ("`fail-on` is `sometimes`", "cmslint.toml:2:11"),
        ("`a/[b` is not a valid glob", "cmslint.toml:3:12"),
        ("no rule matches `NOPE123`", "cmslint.toml:6:1"),
        ("`severity.TOP103` is `fatal`", "cmslint.toml:7:10"),
        (
            "`expires` must be a date written YYYY-MM-DD",
            "cmslint.toml:12:11",
        ),
        ("unknown key `colour` in a suppression", "cmslint.toml:13:1"),
    ] {
        let at = err
            .find(message)
            .unwrap_or_else(|| panic!("no `{message}` in\n{err}"));
        assert!(
            err[at..].lines().nth(1).unwrap().ends_with(place),
            "`{message}` is not at {place}:\n{err}"
        );
    }
    assert!(err.contains("did you mean `select`?"), "{err}");
    assert!(err.contains("cmslint.toml has 7 problems"), "{err}");

    fs::write(dir.path().join("cmslint.toml"), "select = [\"INV\"\n").unwrap();
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid TOML"), "{}", stderr(&out));
}

#[test]
fn config_discovery_config_and_no_config() {
    // The config in the folder above the first path is found; --no-config ignores it.
    let dir = project(&[
        ("inventory/estate.yaml", ESTATE),
        ("cmslint.toml", "ignore = [\"INV003\"]\n"),
        ("strict.toml", "fail-on = \"warning\"\nselect = [\"TOP\"]\n"),
    ]);
    let out = cmslint(dir.path(), &["check", "inventory"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = cmslint(&dir.path().join("inventory"), &["check", "estate.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = cmslint(dir.path(), &["check", "inventory", "--no-config"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let out = cmslint(
        dir.path(),
        &[
            "check",
            "inventory",
            "--config",
            "strict.toml",
            "-f",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(codes(&out), ["TOP103"]);
    let out = cmslint(
        dir.path(),
        &["check", "inventory", "--config", "missing.toml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read `missing.toml`"),
        "{}",
        stderr(&out)
    );
    let out = cmslint(
        dir.path(),
        &[
            "check",
            "inventory",
            "--config",
            "strict.toml",
            "--no-config",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn command_line_flags_override_the_file() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "cmslint.toml",
            "select = [\"TOP\"]\nignore = [\"TOP101\"]\nfail-on = \"warning\"\n",
        ),
    ]);
    let out = cmslint(dir.path(), &["check", ".", "-f", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(codes(&out), ["TOP103"]);
    // --fail-on replaces fail-on.
    let out = cmslint(dir.path(), &["check", ".", "--fail-on", "error"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // --select replaces select; the file's ignore still applies.
    let out = cmslint(dir.path(), &["check", ".", "--select", "INV", "-f", "json"]);
    assert_eq!(codes(&out), ["INV003", "INV005"]);
    let out = cmslint(
        dir.path(),
        &[
            "check", ".", "--select", "INV", "--ignore", "INV005", "-f", "json",
        ],
    );
    assert_eq!(codes(&out), ["INV003"]);
}

#[test]
fn include_and_exclude_globs_match_report_paths() {
    let dir = project(&[
        ("inventory/estate.yaml", ESTATE),
        (
            "inventory/legacy/old.yaml",
            "cmslint: 1\nservers:\n  - {name: OLD1, exchange: SP1}\n  - {name: old1, exchange: SP1}\n",
        ),
        ("cmslint.toml", "exclude = [\"inventory/legacy/**\"]\n"),
    ]);
    let out = cmslint(dir.path(), &["check", "inventory", "-f", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["files"]["checked"],
        serde_json::json!(["inventory/estate.yaml"])
    );
    assert!(
        report["files"]["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == "inventory/legacy/old.yaml"
                && s["reason"] == "excluded by the config (`include`/`exclude`)"),
        "{report}"
    );
    let out = cmslint(dir.path(), &["check", "inventory", "--verbose"]);
    assert!(
        stdout(&out).contains(
            "skipped inventory/legacy/old.yaml: excluded by the config (`include`/`exclude`)"
        ),
        "{}",
        stdout(&out)
    );
    fs::write(
        dir.path().join("cmslint.toml"),
        "include = [\"inventory/legacy/*.yaml\"]\n",
    )
    .unwrap();
    let out = cmslint(dir.path(), &["check", "inventory", "-f", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["files"]["checked"],
        serde_json::json!(["inventory/legacy/old.yaml"])
    );
    assert_eq!(codes(&out), ["INV003"]);
    // Everything excluded is nothing to check.
    fs::write(dir.path().join("cmslint.toml"), "exclude = [\"**\"]\n").unwrap();
    let out = cmslint(dir.path(), &["check", "inventory"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nothing to check: 2 files skipped"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn include_and_exclude_are_relative_to_the_config_folder() {
    let dir = project(&[
        ("inventory/estate.yaml", ESTATE),
        (
            "inventory/legacy/old.yaml",
            "cmslint: 1\nservers:\n  - {name: OLD1, exchange: SP1}\n  - {name: old1, exchange: SP1}\n",
        ),
        (
            "cmslint.toml",
            "include = [\"inventory/**\"]\nexclude = [\"inventory/legacy/**\"]\n",
        ),
    ]);
    let checked = |out: &Output| {
        let report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(out), stderr(out)));
        report["files"]["checked"].clone()
    };
    // From the folder that holds cmslint.toml, from a subfolder (report paths are relative to
    // it), and from elsewhere with --config: the same file is checked, the same one left out.
    let out = cmslint(dir.path(), &["check", ".", "-f", "json"]);
    assert_eq!(checked(&out), serde_json::json!(["inventory/estate.yaml"]));
    let inventory = dir.path().join("inventory");
    let out = cmslint(&inventory, &["check", ".", "-f", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(checked(&out), serde_json::json!(["estate.yaml"]));
    assert_eq!(codes(&out), ["TOP103", "INV003", "INV005"]);
    let elsewhere = tempfile::tempdir().unwrap();
    let config = dir.path().join("cmslint.toml");
    let out = cmslint(
        elsewhere.path(),
        &[
            "check",
            inventory.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
            "-f",
            "json",
        ],
    );
    assert_eq!(checked(&out), serde_json::json!(["estate.yaml"]));
    // Run from the excluded folder itself, there is nothing to check.
    let out = cmslint(&inventory.join("legacy"), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error: nothing to check: "),
        "{}",
        stderr(&out)
    );
    // A glob written with `\`, as on Windows, separates folders as `/` does.
    fs::write(
        dir.path().join("cmslint.toml"),
        "exclude = ['inventory\\legacy\\**']\n",
    )
    .unwrap();
    let out = cmslint(&inventory, &["check", ".", "-f", "json"]);
    assert_eq!(checked(&out), serde_json::json!(["estate.yaml"]));
}

// ---------------------------------------------------------------------------------------------
// Severities and the exit code

#[test]
fn severity_overrides_change_the_exit_code() {
    // Warnings only: exit 0 by default.
    let dir = project(&[(
        "estate.yaml",
        "cmslint: 1\nservers:\n  - {name: EXHUB01, exchange: the newest}\n",
    )]);
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    // Raised to an error: exit 1, and every report says error.
    fs::write(
        dir.path().join("cmslint.toml"),
        "[severity]\nINV005 = \"error\"\n",
    )
    .unwrap();
    let out = cmslint(dir.path(), &["check", ".", "-f", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["severity"], "error");
    assert_eq!(report["summary"]["errors"], 1);

    // The narrowest pattern wins: the name beats the prefix.
    fs::write(
        dir.path().join("cmslint.toml"),
        "fail-on = \"warning\"\n[severity]\nINV = \"error\"\nunrecognized-version = \"note\"\n",
    )
    .unwrap();
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("note[INV005]"), "{}", stdout(&out));
    let out = cmslint(dir.path(), &["check", ".", "--fail-on", "note"]);
    assert_eq!(out.status.code(), Some(1));
}

// ---------------------------------------------------------------------------------------------
// Suppressions

const SUPPRESS_TOP103: &str = "\
[[suppress]]
rule = \"passive-node-owns-groups\"
entity = \"cluster:EXCLU01/group:*\"
reason = \"moved in the change window of 2026-01-31 (J. Doe)\"
expires = 2026-01-31
";

#[test]
fn an_expired_suppression_is_reported_and_hides_nothing() {
    let dir = project(&[("estate.yaml", ESTATE), ("cmslint.toml", SUPPRESS_TOP103)]);
    // On its last day it still suppresses.
    let out = cmslint_at(
        dir.path(),
        Some("2026-01-31"),
        &["check", ".", "--select", "TOP,INV008"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "checked 1 file (1 skipped): 0 errors, 0 warnings, 0 notes; 1 suppressed\n"
    );
    // The day after, INV008 points at `expires` and the finding is back.
    let out = cmslint_at(
        dir.path(),
        Some("2026-02-01"),
        &[
            "check",
            ".",
            "--select",
            "TOP,INV008",
            "--fail-on",
            "warning",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(
            "warning[INV008]: suppression of `passive-node-owns-groups` on `cluster:EXCLU01/group:*` expired on 2026-01-31"
        ) && text.contains("┌─ cmslint.toml:5:11")
            && text.contains("expired on 2026-01-31; today is 2026-02-01")
            && text.contains("INV008 (unused-suppression) on file:cmslint.toml"),
        "{text}"
    );
    assert!(text.contains("warning[TOP103]"), "{text}");
    assert!(
        text.ends_with("checked 1 file (1 skipped): 0 errors, 2 warnings, 0 notes\n"),
        "{text}"
    );
    // A CMSLINT_TODAY that is not a date is a usage error.
    let out = cmslint_at(dir.path(), Some("yesterday"), &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("CMSLINT_TODAY is `yesterday`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exceptions_for_rules_that_did_not_run_are_not_judged() {
    // A gate split into jobs by rule family: the ADM/INV job must not fail on the expired
    // TOP103 suppression, nor on a baseline entry for TOP103, that belong to another job.
    let dir = project(&[
        ("estate.yaml", ESTATE),
        ("cmslint.toml", SUPPRESS_TOP103),
        (
            "baseline.json",
            "{\"version\": 1, \"entries\": [{\"code\": \"TOP103\", \"entity\": \"cluster:EXCLU02/group:G\"}]}\n",
        ),
    ]);
    let args = [
        "check",
        "estate.yaml",
        "--select",
        "ADM,INV",
        "--baseline",
        "baseline.json",
        "--fail-on",
        "warning",
        "-f",
        "json",
    ];
    let out = cmslint_at(dir.path(), Some("2026-02-01"), &args);
    assert_eq!(codes(&out), ["INV003", "INV005"], "{}", stdout(&out));
    // The TOP job judges both: the suppression has expired, the entry matches nothing.
    let mut top = args;
    top[3] = "TOP,INV008";
    let out = cmslint_at(dir.path(), Some("2026-02-01"), &top);
    assert_eq!(
        codes(&out),
        ["INV008", "INV008", "TOP103"],
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_unused_suppression_is_reported_at_its_rule() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "cmslint.toml",
            "[[suppress]]\nrule = \"TOP102\"\nentity = \"cluster:EXCLU01\"\nreason = \"being rebuilt\"\n",
        ),
    ]);
    let out = cmslint(dir.path(), &["check", ".", "-f", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let inv008 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "INV008")
        .unwrap_or_else(|| panic!("no INV008 in {report}"));
    assert_eq!(inv008["path"], "cmslint.toml");
    assert_eq!(inv008["start"], serde_json::json!({"line": 2, "column": 8}));
    assert_eq!(inv008["entity"], "file:cmslint.toml");
    assert_eq!(
        inv008["message"],
        "suppression of `TOP102` on `cluster:EXCLU01` matches no finding"
    );
}

#[test]
fn suppressed_findings_are_counted_everywhere_and_shown_on_request() {
    let dir = project(&[
        ("estate.yaml", ESTATE),
        (
            "cmslint.toml",
            "[[suppress]]\nrule = \"TOP103\"\nentity = \"cluster:EXCLU01/*\"\nreason = \"moved next window (J. Doe)\"\n",
        ),
    ]);
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "-f",
            "human",
            "-f",
            "json=r.json",
            "-f",
            "sarif=r.sarif",
            "-f",
            "markdown=r.md",
            "-f",
            "github=r.txt",
            "-f",
            "junit=r.xml",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    let summary = "checked 1 file (1 skipped): 1 error, 1 warning, 0 notes; 1 suppressed";
    assert!(
        stdout(&out).ends_with(&format!("{summary}\n")),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("TOP103"));
    assert!(read("r.md").contains(summary) && !read("r.md").contains("TOP103"));
    assert!(!read("r.txt").contains("TOP103") && !read("r.xml").contains("TOP103"));
    let json: Value = serde_json::from_str(&read("r.json")).unwrap();
    assert_eq!(json["summary"]["suppressed"], 1);
    assert_eq!(json["summary"]["baselined"], 0);
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["suppressed"] == false)
    );
    let sarif: Value = serde_json::from_str(&read("r.sarif")).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(
        results
            .iter()
            .all(|r| r["ruleId"] != "TOP103" && r.get("suppressions").is_none())
    );

    // --show-suppressed: SARIF carries the suppression with its reason, JSON marks it.
    let out = cmslint(
        dir.path(),
        &[
            "check",
            ".",
            "--show-suppressed",
            "-f",
            "human",
            "-f",
            "json=r.json",
            "-f",
            "sarif=r.sarif",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "suppressed findings never count"
    );
    assert!(
        stdout(&out).contains("warning[TOP103]")
            && stdout(&out).contains("= suppressed (config): moved next window (J. Doe)"),
        "{}",
        stdout(&out)
    );
    let sarif: Value = serde_json::from_str(&read("r.sarif")).unwrap();
    assert_valid_sarif(&sarif);
    let top103 = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "TOP103")
        .expect("the suppressed result is shown");
    assert_eq!(
        top103["suppressions"],
        serde_json::json!([{"kind": "external", "status": "accepted", "justification": "moved next window (J. Doe)"}])
    );
    let json: Value = serde_json::from_str(&read("r.json")).unwrap();
    assert_valid_report(&json);
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "TOP103")
        .unwrap();
    assert_eq!(finding["suppressed"], true);
    assert_eq!(
        finding["suppression"],
        serde_json::json!({"kind": "config", "reason": "moved next window (J. Doe)"})
    );
}

fn validator(schema: &Path) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&fs::read_to_string(schema).unwrap()).unwrap();
    jsonschema::draft202012::options().build(&schema).unwrap()
}

fn assert_valid_sarif(log: &Value) {
    let errors: Vec<String> = validator(&root().join("testdata/sarif/sarif-2.1.0.json"))
        .iter_errors(log)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

fn assert_valid_report(report: &Value) {
    let errors: Vec<String> = validator(&root().join("docs/report.schema.json"))
        .iter_errors(report)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn findings_past_the_per_file_limit_are_counted_in_every_format() {
    // One finding shown (TOP103, a warning); INV003 (an error) and INV005 (a warning) not.
    let dir = project(&[
        ("estate.yaml", ESTATE),
        ("cmslint.toml", "[limits]\nmax-findings-per-file = 1\n"),
    ]);
    let out = cmslint(
        dir.path(),
        &[
            "check",
            "estate.yaml",
            "--select",
            "TOP,INV",
            "-f",
            "human",
            "-f",
            "json=r.json",
            "-f",
            "sarif=r.sarif",
            "-f",
            "junit=r.xml",
            "-f",
            "github=r.txt",
            "-f",
            "markdown=r.md",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let summary = "checked 1 file (0 skipped): 1 error, 2 warnings, 0 notes; 2 findings not shown (more than max-findings-per-file in one file)";
    assert_eq!(last_line(&out), summary);
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();

    let report: Value = serde_json::from_str(&read("r.json")).unwrap();
    assert_eq!(
        report["summary"],
        serde_json::json!({
            "files_checked": 1, "files_skipped": 0, "errors": 1, "warnings": 2, "notes": 0,
            "suppressed": 0, "baselined": 0, "not_shown": 2
        })
    );
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
    assert_valid_report(&report);

    let text = "2 findings not shown (1 error, 1 warning, 0 notes): more than max-findings-per-file in this file";
    let log: Value = serde_json::from_str(&read("r.sarif")).unwrap();
    assert_valid_sarif(&log);
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 1);
    assert_eq!(
        run["invocations"][0]["toolExecutionNotifications"],
        serde_json::json!([{
            "level": "warning",
            "message": {"text": text},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "estate.yaml", "uriBaseId": "%SRCROOT%"}}}]
        }])
    );

    let xml = read("r.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suites = doc.root_element();
    assert_eq!(
        (suites.attribute("tests"), suites.attribute("failures")),
        (Some("2"), Some("2"))
    );
    let case = doc
        .descendants()
        .find(|n| n.attribute("name") == Some("estate.yaml: 2 findings not shown"))
        .unwrap_or_else(|| panic!("no test case for what was not shown: {xml}"));
    let failure = case.first_element_child().unwrap();
    assert_eq!(failure.attribute("message"), Some(text));
    assert_eq!(failure.attribute("type"), Some("not-shown"));

    let github = read("r.txt");
    assert_eq!(github.lines().count(), 2, "{github}");
    assert_eq!(
        github.lines().last().unwrap(),
        format!("::notice title=cmslint::{summary}")
    );

    assert!(
        read("r.md").contains(&format!("\n{summary}\n")),
        "{}",
        read("r.md")
    );
}

#[test]
fn a_normal_run_writes_nothing_to_stderr() {
    // No progress bar, no log: stderr is not a terminal here.
    let dir = project(&[("estate.yaml", ESTATE)]);
    let out = cmslint(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "");
}

// ---------------------------------------------------------------------------------------------
// Writing the baseline and the reports

/// The names in a folder, sorted.
#[cfg(unix)]
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// An estate with 120 servers, each defined twice: 120 INV003 findings, a baseline of some 6 KB.
#[cfg(unix)]
fn large_estate() -> String {
    let mut text = String::from("cmslint: 1\nservers:\n");
    for i in 0..120 {
        text.push_str(&format!("  - {{name: EXHUB{i:03}, exchange: SP1}}\n").repeat(2));
    }
    text
}

/// Runs cmslint in `dir` under `sh` with the file size limit at 2 KiB or less (`ulimit -f 4`,
/// 512- or 1024-byte blocks); `ignore_signal` makes a write past it fail with EFBIG instead of
/// killing the process with SIGXFSZ.
#[cfg(unix)]
fn cmslint_with_small_files(dir: &Path, ignore_signal: bool, args: &[&str]) -> Output {
    let script = if ignore_signal {
        "ulimit -f 4; trap '' XFSZ; exec \"$0\" \"$@\""
    } else {
        "ulimit -f 4; exec \"$0\" \"$@\""
    };
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_cmslint"))
        .args(args)
        .current_dir(dir)
        // In English whatever the machine's locale, as `command::cmslint` runs it.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("sh runs")
}

#[cfg(unix)]
#[test]
fn the_baseline_and_reports_are_replaced_whole() {
    use std::io::Read;
    use std::os::unix::fs::PermissionsExt;
    let dir = project(&[
        ("inventory/estate.yaml", ESTATE),
        ("baseline.json", "{\"version\": 1, \"entries\": []}\n"),
        ("real.sarif", "the old report\n"),
    ]);
    fs::set_permissions(
        dir.path().join("baseline.json"),
        fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    std::os::unix::fs::symlink("real.sarif", dir.path().join("link.sarif")).unwrap();
    // A reader that opened the old files before the run...
    let mut old_baseline = fs::File::open(dir.path().join("baseline.json")).unwrap();
    let mut old_report = fs::File::open(dir.path().join("real.sarif")).unwrap();
    let out = cmslint(
        dir.path(),
        &[
            "check",
            "inventory",
            "--write-baseline",
            "baseline.json",
            "-f",
            "sarif=link.sarif",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // ... still reads them whole: the new files took their place, nothing was written into them.
    let mut text = String::new();
    old_baseline.read_to_string(&mut text).unwrap();
    assert_eq!(text, "{\"version\": 1, \"entries\": []}\n");
    text.clear();
    old_report.read_to_string(&mut text).unwrap();
    assert_eq!(text, "the old report\n");
    // The new ones are whole, the baseline keeps its permissions, the link is still a link.
    let baseline = fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    assert_eq!(
        cmslint::gate::baseline::parse("baseline.json".into(), baseline)
            .unwrap()
            .entries
            .len(),
        3
    );
    let mode = fs::metadata(dir.path().join("baseline.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
    assert!(
        fs::symlink_metadata(dir.path().join("link.sarif"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let log: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("real.sarif")).unwrap()).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 3);
    // Nothing is left beside them.
    assert_eq!(
        names_in(dir.path()),
        ["baseline.json", "inventory", "link.sarif", "real.sarif"]
    );
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_old_file_as_it_was() {
    let old = "{\"version\": 1, \"entries\": [{\"code\": \"INV003\", \"entity\": \"server:X\"}]}\n";
    let dir = project(&[
        ("estate.yaml", &large_estate()),
        ("baseline.json", old),
        ("report.json", "the old report\n"),
    ]);
    // Every write stops at the file size limit with EFBIG, as on a full disk.
    let out = cmslint_with_small_files(
        dir.path(),
        true,
        &[
            "check",
            "estate.yaml",
            "--write-baseline",
            "baseline.json",
            "-f",
            "json=report.json",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: cannot write the baseline to `baseline.json`: File too large (os error 27)\n\
         error: cannot write the json report to `report.json`: File too large (os error 27)\n\
         checked 1 file (0 skipped): 120 errors, 0 warnings, 0 notes\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("baseline.json")).unwrap(),
        old
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("report.json")).unwrap(),
        "the old report\n"
    );
    assert_eq!(
        names_in(dir.path()),
        ["baseline.json", "estate.yaml", "report.json"]
    );
}

#[cfg(unix)]
#[test]
fn a_run_killed_while_writing_leaves_the_old_file_and_a_temporary_the_next_run_removes() {
    use std::os::unix::process::ExitStatusExt;
    let old = "{\"version\": 1, \"entries\": []}\n";
    let dir = project(&[("estate.yaml", &large_estate()), ("baseline.json", old)]);
    // The signal for a write past the limit kills the process in the middle of the write, as
    // Ctrl-C (SIGINT) would.
    let args = ["check", "estate.yaml", "--write-baseline", "baseline.json"];
    let out = cmslint_with_small_files(dir.path(), false, &args);
    assert_eq!(out.status.signal(), Some(25), "killed by SIGXFSZ: {out:?}");
    assert_eq!(
        fs::read_to_string(dir.path().join("baseline.json")).unwrap(),
        old
    );
    // What is left is recognisable: `.baseline.json.<random>.cmslint-tmp`, beside the target.
    let left: Vec<String> = names_in(dir.path())
        .into_iter()
        .filter(|n| !["baseline.json", "estate.yaml"].contains(&n.as_str()))
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(
        left[0].starts_with(".baseline.json.") && left[0].ends_with(".cmslint-tmp"),
        "{left:?}"
    );
    // A leftover younger than ten minutes may belong to a run still writing: it stays.
    let out = cmslint(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(dir.path().join(&left[0]).exists());
    // An older one is removed by the next write of the same file.
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(dir.path().join(&left[0]))
        .unwrap()
        .set_modified(an_hour_ago)
        .unwrap();
    let out = cmslint(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(names_in(dir.path()), ["baseline.json", "estate.yaml"]);
}

// ---------------------------------------------------------------------------------------------
// Completions and the man page

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _cmslint"),
        ("zsh", "#compdef cmslint"),
        ("fish", "complete -c cmslint"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[cmslint]"),
    ] {
        let out = cmslint(root(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = stdout(&out);
        assert!(
            script.contains(marker),
            "{shell}: no `{marker}` in\n{script}"
        );
        assert!(
            script.contains("write-baseline"),
            "{shell} does not complete --write-baseline"
        );
    }
    assert_eq!(
        cmslint(root(), &["completions", "tcsh"]).status.code(),
        Some(2)
    );
}

#[test]
fn the_powershell_completion_says_which_powershell_it_needs() {
    // The script uses `using namespace`, `[CompletionResult]::new` and
    // `Register-ArgumentCompleter -Native`, all from PowerShell 5.0; the Exchange Management
    // Shell of Exchange 2007 runs on PowerShell 1.0 or 2.0.
    let script = stdout(&cmslint(root(), &["completions", "powershell"]));
    assert!(
        script.starts_with("\nusing namespace System.Management.Automation\n")
            && script.contains("Register-ArgumentCompleter -Native")
            && script.contains("[CompletionResult]::new("),
        "{script}"
    );
    let help = stdout(&cmslint(root(), &["completions", "--help"]));
    assert!(
        help.contains("powershell needs PowerShell 5.0 or later"),
        "{help}"
    );
    let docs = fs::read_to_string(root().join("docs/ci.md")).unwrap();
    assert!(docs.contains("PowerShell 5.0 or later"), "docs/ci.md");
}

#[test]
fn a_completion_script_piped_into_a_closed_pipe_is_no_error() {
    // `cmslint completions zsh | head -1`: the reader is gone before cmslint writes.
    let mut child = command::cmslint()
        .args(["completions", "zsh"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(stderr(&out), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn man_pages_from_the_clap_definitions() {
    let out = cmslint(root(), &["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(
        page.contains(".TH cmslint 1") && page.contains("completions"),
        "{page}"
    );
    let out = cmslint(root(), &["man", "check"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(
        page.contains(".TH cmslint-check 1") && page.contains("\\-\\-show\\-suppressed"),
        "{page}"
    );
    let out = cmslint(root(), &["man", "frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// The reusable workflow and the pre-commit hook

fn yaml(path: &str) -> Value {
    let text = fs::read_to_string(root().join(path)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_reusable_workflow_gates_uploads_and_summarises() {
    let workflow = yaml(".github/workflows/cmslint.yml");
    let call = &workflow["on"]["workflow_call"];
    for input in ["paths", "fail-on", "cmslint-repository", "cmslint-ref"] {
        assert!(call["inputs"].get(input).is_some(), "no input `{input}`");
    }
    assert_eq!(call["inputs"]["cmslint-repository"]["required"], true);
    let jobs = workflow["jobs"].as_object().unwrap();
    let steps: Vec<&Value> = jobs
        .values()
        .flat_map(|job| job["steps"].as_array().unwrap())
        .collect();
    let step = |needle: &str| {
        *steps
            .iter()
            .find(|s| {
                s.get("uses")
                    .and_then(Value::as_str)
                    .is_some_and(|u| u.contains(needle))
                    || s.get("run")
                        .and_then(Value::as_str)
                        .is_some_and(|r| r.contains(needle))
            })
            .unwrap_or_else(|| panic!("no step with `{needle}`"))
    };
    let install = step("install --locked --git");
    let install_run = install["run"].as_str().unwrap();
    assert!(
        install_run.contains("--locked")
            && install_run.contains("--git")
            && install_run.contains("--rev"),
        "{install_run}"
    );
    let check = step("cmslint check");
    let check_run = check["run"].as_str().unwrap();
    assert!(
        check_run.contains("sarif=cmslint.sarif")
            && check_run.contains("markdown=cmslint.md")
            && check_run.contains("--fail-on"),
        "{check_run}"
    );
    let summary = step("GITHUB_STEP_SUMMARY");
    assert_eq!(summary["if"], "always()");
    let upload = step("upload-sarif");
    assert!(upload["if"].as_str().unwrap().starts_with("always()"));
    assert_eq!(upload["with"]["category"], "cmslint");
    assert_eq!(upload["with"]["sarif_file"], "cmslint.sarif");
    let permissions = jobs.values().next().unwrap()["permissions"].clone();
    assert_eq!(permissions["security-events"], "write");
    assert_eq!(permissions["contents"], "read");
}

#[test]
fn workflows_pin_actions_and_keep_inputs_out_of_scripts() {
    let folder = root().join(".github/workflows");
    let mut names: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["ci.yml", "cmslint.yml", "release.yml"]);
    for name in names {
        let path = format!(".github/workflows/{name}");
        let text = fs::read_to_string(root().join(&path)).unwrap();
        // Each action at the full commit of a release, the release named beside it.
        for line in text.lines().filter(|l| l.contains("uses: ")) {
            let reference = line.split("uses: ").nth(1).unwrap();
            let (action, rest) = reference.split_once('@').unwrap();
            let (commit, tag) = rest.split_once(" # v").unwrap_or((rest, ""));
            assert!(
                commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit()),
                "{path}: {action} is not pinned to a commit: {line}"
            );
            assert!(
                !tag.is_empty(),
                "{path}: {action} does not name its release: {line}"
            );
        }
        let workflow = yaml(&path);
        assert_eq!(workflow["permissions"], serde_json::json!({}), "{path}");
        for (id, job) in workflow["jobs"].as_object().unwrap() {
            assert!(
                job["permissions"].is_object(),
                "{path}: job {id} has no permissions"
            );
            for step in job["steps"].as_array().unwrap() {
                let uses = step.get("uses").and_then(Value::as_str).unwrap_or("");
                if uses.starts_with("actions/checkout@") {
                    assert_eq!(step["with"]["persist-credentials"], false, "{path}: {id}");
                }
                if let Some(run) = step.get("run").and_then(Value::as_str) {
                    assert!(
                        !run.contains("${{"),
                        "{path}: {id}: an expression in a script: {run}"
                    );
                }
            }
        }
    }
}

/// Runs the `run:` script of the reusable workflow's check step with bash, as the runner would:
/// its `env:` filled from the inputs (`with`, else their defaults), the built cmslint on `PATH`.
#[cfg(unix)]
fn run_the_check_step(dir: &Path, with: &[(&str, &str)]) -> Output {
    let workflow = yaml(".github/workflows/cmslint.yml");
    let inputs = &workflow["on"]["workflow_call"]["inputs"];
    let step = workflow["jobs"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_array().unwrap())
        .find(|s| {
            s.get("run")
                .and_then(Value::as_str)
                .is_some_and(|r| r.contains("cmslint check"))
        })
        .expect("a step runs cmslint check")
        .clone();
    let bin = Path::new(env!("CARGO_BIN_EXE_cmslint")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut command = Command::new("bash");
    command
        .arg("-e")
        .arg("-c")
        .arg(step["run"].as_str().unwrap())
        .current_dir(dir)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("PATH", path)
        .env_remove("NO_COLOR");
    for (name, value) in step["env"].as_object().unwrap() {
        let expression = value.as_str().unwrap();
        let input = expression
            .strip_prefix("${{ inputs.")
            .and_then(|rest| rest.strip_suffix(" }}"))
            .unwrap_or_else(|| panic!("{name}: {expression} is not an input"));
        let given = with.iter().find(|(n, _)| *n == input).map(|(_, v)| *v);
        let value = match (given, &inputs[input]["default"]) {
            (Some(value), _) => value.to_string(),
            (None, Value::String(default)) => default.clone(),
            (None, other) => other.to_string(),
        };
        command.env(name, value);
    }
    command.output().expect("bash runs")
}

#[cfg(unix)]
#[test]
fn the_reusable_workflow_gates_as_the_config_says_unless_told_otherwise() {
    let dir = project(&[
        (
            "inventory/estate.yaml",
            "cmslint: 1\nservers:\n  - { name: EXHUB01, os: Windows Server 2008 Enterprise SP1, exchange: the newest }\n",
        ),
        ("cmslint.toml", "fail-on = \"warning\"\n"),
    ]);
    // By default the config's `fail-on` holds: the warning fails the job.
    let out = run_the_check_step(dir.path(), &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("warning[INV005]"), "{}", stdout(&out));
    assert!(dir.path().join("cmslint.sarif").is_file());
    assert!(dir.path().join("cmslint.md").is_file());
    // The input still overrides it when given.
    let out = run_the_check_step(dir.path(), &[("fail-on", "error")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // Paths are split on spaces; a baseline is passed when given.
    fs::write(
        dir.path().join("b.json"),
        "{\"version\": 1, \"entries\": [{\"code\": \"INV005\", \"entity\": \"server:EXHUB01\"}]}\n",
    )
    .unwrap();
    let out = run_the_check_step(
        dir.path(),
        &[("paths", "inventory cmslint.toml"), ("baseline", "b.json")],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).ends_with("1 baselined\n"), "{}", stdout(&out));
}

#[test]
fn the_sarif_upload_can_be_switched_off() {
    let workflow = yaml(".github/workflows/cmslint.yml");
    let input = &workflow["on"]["workflow_call"]["inputs"]["upload-sarif"];
    assert_eq!(input["type"], "boolean");
    assert_eq!(input["default"], true);
    let upload = workflow["jobs"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_array().unwrap())
        .find(|s| {
            s.get("uses")
                .and_then(Value::as_str)
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
        })
        .unwrap();
    assert_eq!(
        upload["if"],
        "always() && inputs.upload-sarif && hashFiles('cmslint.sarif') != ''"
    );
}

#[test]
fn the_pre_commit_hook_checks_the_whole_repository() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "cmslint");
    assert_eq!(hook["entry"], "cmslint check");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["pass_filenames"], false);
    assert_eq!(hook["files"], "\\.(ya?ml|json)$");
}

#[test]
fn docs_name_every_config_key() {
    let docs = fs::read_to_string(root().join("docs/configuration.md")).unwrap();
    for key in [
        "select",
        "ignore",
        "fail-on",
        "include",
        "exclude",
        "[severity]",
        "[[suppress]]",
        "rule",
        "entity",
        "reason",
        "expires",
        "lang",
        "CMSLINT_TODAY",
        "--write-baseline",
        "--baseline",
        "--show-suppressed",
        "--no-config",
        "--config",
    ] {
        assert!(
            docs.contains(&format!("`{key}")),
            "docs/configuration.md does not mention `{key}`"
        );
    }
}

/// The fenced blocks of `lang` in a Markdown file.
fn blocks(path: &str, lang: &str) -> Vec<String> {
    let text = fs::read_to_string(root().join(path)).unwrap();
    let fence = format!("```{lang}\n");
    text.split(fence.as_str())
        .skip(1)
        .map(|rest| rest[..rest.find("```").unwrap()].to_string())
        .collect()
}

#[test]
fn the_documented_configs_and_baselines_are_valid() {
    let mut configs = blocks("docs/configuration.md", "toml");
    configs.extend(blocks("README.md", "toml"));
    assert!(configs.len() >= 2);
    for text in configs {
        if let Err(e) = cmslint::gate::config::parse("cmslint.toml".into(), text.clone()) {
            panic!("a documented config is refused: {:?}\n{text}", e.problems);
        }
    }
    let baselines = blocks("docs/configuration.md", "json");
    assert_eq!(baselines.len(), 1);
    let baseline = cmslint::gate::baseline::parse("b.json".into(), baselines[0].clone()).unwrap();
    assert_eq!(baseline.entries.len(), 2);
}
