//! What an administrator new to cmslint meets first, tested by running the real binary: the
//! spellings inventories are written in, a lost marker, the maintenance window, and the
//! messages and suggestions for mistyped words.

use crate::command;

use std::path::Path;
use std::process::Output;

fn cmslint(args: &[&str]) -> Output {
    cmslint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn cmslint_in(dir: &Path, args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn enumerated_values_take_any_case_and_the_spellings_cluster_exe_prints() {
    let out = cmslint(&["check", "testdata/cli/enum-spellings"]);
    assert_eq!(
        stdout(&out),
        "checked 1 file (0 skipped): 0 errors, 0 warnings, 0 notes\n"
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// (line, column, code) of every finding of a JSON report.
fn findings(output: &Output) -> Vec<(u64, u64, String)> {
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(output), stderr(output)));
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["start"]["line"].as_u64().unwrap(),
                f["start"]["column"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_file_that_lost_its_marker_is_reported_and_still_checked() {
    let out = cmslint(&["check", "testdata/cli/lost-marker"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "error[INV002]: no `cmslint: 1` marker, though the file has the inventory section `workstations`\n  ┌─ testdata/cli/lost-marker/admins.yaml:3:1\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("= help: add `cmslint: 1` as the first line"),
        "{text}"
    );
    assert!(
        text.ends_with("checked 1 file (0 skipped): 3 errors, 0 warnings, 0 notes\n"),
        "{text}"
    );
    // The file's own findings are there too: a lost marker hides nothing.
    let json = cmslint(&["check", "testdata/cli/lost-marker", "-f", "json"]);
    assert_eq!(
        findings(&json),
        [
            (3, 1, "INV002".to_string()),
            (7, 41, "ADM505".to_string()),
            (12, 15, "INV004".to_string())
        ]
    );
}

#[test]
fn a_misspelt_marker_is_reported_with_the_key_it_meant() {
    let out = cmslint(&["check", "testdata/cli/misspelt-marker"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "error[INV002]: no `cmslint: 1` marker: `cmslnt` is not the marker key\n  ┌─ testdata/cli/misspelt-marker/hub.json:2:3\n"
        ),
        "{text}"
    );
    assert!(text.contains("= help: did you mean `cmslint`?\n"), "{text}");
    assert!(
        text.ends_with("checked 1 file (0 skipped): 1 error, 0 warnings, 0 notes\n"),
        "{text}"
    );
}

#[test]
fn check_validates_the_maintenance_window() {
    let out = cmslint(&["check", "testdata/cli/window", "--select", "INV002"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "error[INV002]: `14/11/2026 20:00` is not an RFC 3339 date-time such as `2026-11-14T20:00:00+01:00`\n  ┌─ testdata/cli/window/plan.yaml:7:22\n"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("checked 1 file (0 skipped): 1 error, 0 warnings, 0 notes\n"),
        "{text}"
    );
}

#[test]
fn plan_refuses_a_window_that_is_not_two_date_times_in_order() {
    let plan = |window: &str| {
        cmslint(&[
            "plan",
            "--cluster",
            "EXCLU01",
            "--target",
            "SP2",
            "--window",
            window,
            "testdata/examples/contoso/clusters",
        ])
    };
    for (window, says) in [
        (
            "14/11/2026 20:00-15/11/2026 02:00",
            "error: --window takes START/END, two RFC 3339 date-times with an offset separated by one `/` (2026-11-14T20:00:00+01:00/2026-11-15T02:00:00+01:00), not `14/11/2026 20:00-15/11/2026 02:00`\n",
        ),
        (
            "Sat 20:00/Sun 02:00",
            "error: --window: the start `Sat 20:00` is not an RFC 3339 date-time such as `2026-11-14T20:00:00+01:00`\n",
        ),
        (
            "2026-11-14T20:00:00/2026-11-15T02:00:00",
            "error: --window: the start `2026-11-14T20:00:00` has no offset: add `Z` (UTC) or the local offset, as in `2026-11-14T20:00:00+01:00`\n",
        ),
        (
            "2026-11-15T02:00:00+01:00/2026-11-14T20:00:00+01:00",
            "error: --window: the window ends before it starts\n",
        ),
    ] {
        let out = plan(window);
        assert_eq!(out.status.code(), Some(2), "{window}: {}", stdout(&out));
        assert_eq!(stderr(&out), says, "{window}");
        assert!(stdout(&out).is_empty(), "{window}");
    }
    let out = plan("2026-11-14T20:00:00+01:00/2026-11-15T02:00:00+01:00");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .contains("    window: { start: \"2026-11-14T20:00:00+01:00\", end: \"2026-11-15T02:00:00+01:00\" }\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_tab_in_yaml_is_shown_where_it_is_with_how_to_fix_it() {
    let out = cmslint(&["check", "testdata/cli/tab"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "error[INV001]: invalid YAML: a tab indents this line\n  ┌─ testdata/cli/tab/hub.yaml:5:1\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("= help: YAML indents with spaces; replace the tab\n"),
        "{text}"
    );
}

#[test]
fn misspelt_keys_say_which_key_was_meant() {
    let out = cmslint(&["check", "testdata/cli/misspelt-keys"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("error[INV002]: unknown key `exhange` in this server\n  ┌─ testdata/cli/misspelt-keys/estate.yaml:5:5\n"),
        "{text}"
    );
    assert!(
        text.contains("= help: did you mean `exchange`?\n"),
        "{text}"
    );
    assert!(
        text.contains("error[INV002]: unknown key `clustertools` in this workstation\n"),
        "{text}"
    );
    assert!(
        text.contains("= help: did you mean `clusterTools`?\n"),
        "{text}"
    );
}

#[test]
fn a_misspelt_report_format_rule_or_cluster_gets_a_suggestion() {
    let out = cmslint(&["check", "-f", "sarf", "testdata/cli/clean"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "unknown format `sarf` (did you mean `sarif`?); use one of human, json, sarif, junit, github, markdown"
        ),
        "{}",
        stderr(&out)
    );

    let out = cmslint(&["explain", "pasive-node-not-emptied"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no rule is called `pasive-node-not-emptied` (did you mean `passive-node-not-emptied`?); `cmslint rules` lists them\n"
    );
    let out = cmslint(&["explain", "UPG32"]);
    assert_eq!(
        stderr(&out),
        "error: no rule is called `UPG32` (did you mean `UPG302`?); `cmslint rules` lists them\n"
    );

    let out = cmslint(&[
        "check",
        "--select",
        "UPG32,INV",
        "--ignore",
        "pasive-node-not-emptied,xyzzy",
        "testdata/cli/clean",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no rule matches `UPG32` (did you mean `UPG302`?), `pasive-node-not-emptied` (did you mean `passive-node-not-emptied`?), `xyzzy`; use codes (UPG302), prefixes (ADM) or names\n"
    );

    let plan = |cluster: &str, path: &str| {
        cmslint(&["plan", "--cluster", cluster, "--target", "SP2", path])
    };
    let out = plan("EXCLU1", "testdata/examples/contoso");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: the inventory defines no cluster `EXCLU1` (did you mean `EXCLU01`?); it defines EXCLU01, EXCLU02 and EXCLU03\n"
    );
    let out = plan("EXCLU09", "testdata/cli/clean");
    assert_eq!(
        stderr(&out),
        "error: the inventory defines no cluster `EXCLU09`; it defines no cluster at all\n"
    );
}

#[test]
fn explain_says_what_the_source_is_with_the_english_beside_the_japanese() {
    let out = cmslint(&["explain", "UPG302"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains(
            "\nSource: Microsoft, \"Exchange 2007 SP1 または SP2 へのクラスタ化メールボックス サーバーのアップグレード\" (Upgrading Clustered Mailbox Servers to Exchange 2007 SP1 or SP2; the Exchange Server 2007 documentation in Japanese, last updated 2011-11-14), section \"パッシブ ノードを正しくアップグレードする\" (Upgrading the passive node correctly)\n"
        ),
        "{}",
        stdout(&out)
    );
    // Every rule: no bare `seed:`, and each Japanese passage has English beside it.
    let rules = stdout(&cmslint(&["rules"]));
    for code in rules.lines().filter_map(|l| l.split_whitespace().next()) {
        let text = stdout(&cmslint(&["explain", code]));
        let source = text
            .lines()
            .find_map(|l| l.strip_prefix("Source: "))
            .unwrap_or_else(|| panic!("{code}: {text}"));
        assert!(!source.contains("seed"), "{code}: {source}");
        let mut rest = source;
        while let Some(start) = rest.find(|c: char| c > '\u{3000}') {
            let after = &rest[start..];
            let end = after.find(['"', ')']).unwrap_or(after.len());
            let tail = &after[end..];
            assert!(
                tail.trim_start_matches('"').starts_with(" ("),
                "{code}: no English beside `{}` in {source}",
                &after[..end]
            );
            rest = tail;
        }
    }
}

#[test]
fn cluster_tools_that_cannot_be_read_get_a_suggestion_that_field_takes() {
    let out = cmslint(&["check", "testdata/rules/INV005/fail-cluster-tools.yaml"]);
    let text = stdout(&out);
    assert!(
        text.contains(
            "= help: name the OS version whose cluster administration tools are installed, as a text: `Windows Server 2003` (also `adminpak`, the Administration Tools Pack) or `Windows Server 2008` (also `RSAT-Clustering`)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("servicePack"), "{text}");
}

#[test]
fn counts_are_printed_in_the_singular_for_one() {
    let out = cmslint(&["check", "testdata/cli/no-inventory/notes.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: nothing to check: 1 file skipped ("),
        "{}",
        stderr(&out)
    );
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "testdata/examples/contoso/clusters",
        "testdata/cli/window",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("warning: 1 inventory problem (INV001/INV002); "),
        "{}",
        stderr(&out)
    );
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let out = cmslint(&[
        "check",
        "testdata/cli/misspelt-marker",
        "--write-baseline",
        baseline.to_str().unwrap(),
    ]);
    assert!(stderr(&out).ends_with(": 1 entry\n"), "{}", stderr(&out));
}
