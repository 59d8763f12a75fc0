//! Command-line behaviour, tested by running the real binary as a user would: exit codes,
//! selection, the other subcommands, colour and escaping.

use std::path::Path;
use std::process::Output;

use crate::command;

fn cmslint(args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// Runs cmslint with `input` on its standard input.
fn cmslint_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = command::cmslint()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn findings_exit_1_and_a_broken_file_does_not_hide_the_others() {
    let out = cmslint(&["check", "testdata/cli/broken-beside-good"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("error[INV001]: invalid JSON") && text.contains("broken.json:5:3"),
        "{text}"
    );
    assert!(
        text.contains("error[INV003]: server `EXHUB01` is defined twice"),
        "{text}"
    );
    assert!(
        text.contains("testdata/cli/broken-beside-good/good.yaml:4:11"),
        "{text}"
    );
    assert!(
        text.ends_with("checked 2 files (0 skipped): 2 errors, 0 warnings, 0 notes\n"),
        "{text}"
    );
}

#[test]
fn a_clean_inventory_exits_0() {
    let out = cmslint(&["check", "testdata/cli/clean"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "checked 1 file (0 skipped): 0 errors, 0 warnings, 0 notes\n"
    );
}

#[test]
fn fail_on_sets_the_threshold() {
    let warn = ["check", "testdata/cli/warnings-only"];
    assert_eq!(cmslint(&warn).status.code(), Some(0));
    let mut args = warn.to_vec();
    args.extend(["--fail-on", "warning"]);
    assert_eq!(cmslint(&args).status.code(), Some(1));
    let broken = [
        "check",
        "testdata/cli/broken-beside-good",
        "--fail-on",
        "never",
    ];
    assert_eq!(cmslint(&broken).status.code(), Some(0));
}

#[test]
fn select_and_ignore_take_codes_prefixes_and_names() {
    let dir = "testdata/cli/broken-beside-good";
    let out = cmslint(&["check", dir, "--select", "duplicate-name"]);
    assert!(!stdout(&out).contains("INV001") && stdout(&out).contains("INV003"));
    let out = cmslint(&["check", dir, "--ignore", "INV003,INV001"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = cmslint(&["check", dir, "--select", "INV"]);
    assert!(stdout(&out).contains("INV001") && stdout(&out).contains("INV003"));
    let out = cmslint(&["check", dir, "--select", "NOPE999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no rule matches `NOPE999`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_path_exits_2() {
    let out = cmslint(&["check", "testdata/does-not-exist"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("path `testdata/does-not-exist` does not exist"));
    assert!(stdout(&out).is_empty());
}

#[test]
fn nothing_to_check_exits_2_unless_allowed() {
    let out = cmslint(&["check", "testdata/cli/no-inventory"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nothing to check: 2 files skipped"),
        "{}",
        stderr(&out)
    );
    let out = cmslint(&["check", "testdata/cli/no-inventory", "--allow-empty"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn verbose_lists_skipped_files_with_reasons() {
    let out = cmslint(&[
        "check",
        "testdata/cli/no-inventory",
        "--allow-empty",
        "--verbose",
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("skipped testdata/cli/no-inventory/ci.yml: not an inventory (no top-level `cmslint` key)"),
        "{text}"
    );
    assert!(
        text.contains("skipped testdata/cli/no-inventory/notes.txt: not an inventory document or a recognised export"),
        "{text}"
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let dir = "testdata/cli/broken-beside-good";
    // Not a terminal: no escapes.
    assert!(!stdout(&cmslint(&["check", dir])).contains('\u{1b}'));
    assert!(stdout(&cmslint(&["check", dir, "--color", "always"])).contains("\u{1b}["));
}

#[test]
fn inventory_text_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.yaml"),
        "cmslint: 1\nservers:\n  - name: \"EX\\e[31mHUB\\u202e01\"\n  - name: \"ex\\e[31mhub\\u202e01\"\n",
    )
    .unwrap();
    let out = cmslint(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(text.contains("\\u{1b}[31m"), "{text}");
}

#[test]
fn rules_explain_and_schema() {
    let out = cmslint(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with("INV003  error    duplicate-name"))
    );

    let out = cmslint(&["explain", "unparseable-file"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("# INV001 unparseable-file\n"));
    assert!(stdout(&out).contains("## Non-compliant example"));
    let out = cmslint(&["explain", "inv001"]);
    assert_eq!(out.status.code(), Some(0));
    let out = cmslint(&["explain", "XYZ123"]);
    assert_eq!(out.status.code(), Some(2));

    let out = cmslint(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["$id"], "urn:cmslint:inventory:v1");
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/inventory-v1.schema.json"),
    )
    .unwrap();
    assert_eq!(stdout(&out), committed);
}

#[test]
fn rules_as_json() {
    let out = cmslint(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    let rules = doc["rules"].as_array().unwrap();
    // One entry per line of the text listing, in the same order.
    let text = stdout(&cmslint(&["rules"]));
    let codes: Vec<&str> = text.lines().map(|l| l.split(' ').next().unwrap()).collect();
    let json_codes: Vec<&str> = rules.iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert_eq!(json_codes, codes);
    let top103 = rules.iter().find(|r| r["code"] == "TOP103").unwrap();
    assert_eq!(top103["name"], "passive-node-owns-groups");
    assert_eq!(top103["severity"], "warning");
    assert_eq!(top103["category"], "topology");
    let doc = cmslint::catalog::lookup("TOP103").unwrap();
    assert_eq!(top103["summary"], doc.meta.summary.as_str());
    assert_eq!(top103["source"], doc.meta.source.as_str());
    assert_eq!(
        top103.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["category", "code", "name", "severity", "source", "summary"]
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        cmslint(&["check", "--fail-on", "sometimes"]).status.code(),
        Some(2)
    );
    assert_eq!(cmslint(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn plan_writes_a_runbook_that_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let out = cmslint(&[
        "plan",
        "--cluster",
        "exclu01",
        "--target",
        "SP2",
        "--window",
        "2026-12-05T22:00:00Z/2026-12-06T04:00:00Z",
        "testdata/examples/contoso/clusters",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let plan = stdout(&out);
    assert!(
        plan.contains("cluster: \"EXCLU01\"") && plan.contains("/move:EXNODE1\""),
        "{plan}"
    );
    let path = dir.path().join("plan.yaml");
    std::fs::write(&path, &plan).unwrap();
    // Checked with the cluster it was written for, only the inventory's own TOP103 remains.
    let out = cmslint(&[
        "check",
        "testdata/examples/contoso/clusters",
        path.to_str().unwrap(),
        "--select",
        "INV,PRE,UPG,OS",
        "--fail-on",
        "warning",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "--format",
        "markdown",
        "testdata/examples/contoso",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let runbook = stdout(&out);
    assert!(runbook.starts_with("# Upgrade cluster EXCLU01 to Exchange Server 2007 SP2\n"));
    assert!(
        runbook.contains("## Step 3: upgrade passive node EXNODE2.contoso.com to SP2"),
        "{runbook}"
    );
    assert!(runbook.contains("Run on EXNODE2.contoso.com:\n\n```\nsetup.com /mode:upgrade\n```"));
}

#[test]
fn plan_name_names_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let contoso = "testdata/examples/contoso";
    // The default name is the one the example's hand-written plan has: the two would be INV003.
    // A window is given so that stderr holds only what the name is about (no UPG307 advice).
    let window = "2026-12-05T22:00:00Z/2026-12-06T04:00:00Z";
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "--window",
        window,
        contoso,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("  - name: \"exclu01-sp2\"\n"));
    assert_eq!(
        stderr(&out),
        "warning: the inventory already has a plan named `exclu01-sp2`; give this one another with --name NAME\n"
    );
    let args = [
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "--name",
        "exclu01-sp2-generated",
        "--window",
        window,
        contoso,
    ];
    let out = cmslint(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let plan = stdout(&out);
    assert!(
        plan.starts_with(
            "# Written by `cmslint plan --cluster EXCLU01 --target SP2 --name exclu01-sp2-generated --window 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z`."
        ) && plan.contains("  - name: \"exclu01-sp2-generated\"\n"),
        "{plan}"
    );
    std::fs::write(&path, &plan).unwrap();
    let out = cmslint(&[
        "check",
        contoso,
        path.to_str().unwrap(),
        "--select",
        "INV003",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn plan_refuses_with_the_reason_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("scc.yaml"),
        "cmslint: 1\nclusters:\n  - name: EXCLU09\n    type: scc\n    nodes: [{name: A}, {name: B}]\n    groups:\n      - {name: CMS1, type: cms, owner: A}\n      - {name: CMS2, type: cms, owner: B}\n",
    )
    .unwrap();
    let root = dir.path().to_str().unwrap();
    let out = cmslint(&["plan", "--cluster", "EXCLU09", "--target", "SP2", root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no passive node"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let out = cmslint(&["plan", "--cluster", "EXCLU09", "--target", "SP4", root]);
    assert_eq!(out.status.code(), Some(2));
    let out = cmslint(&["plan", "--cluster", "NOPE", "--target", "SP2", root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("defines no cluster `NOPE`"),
        "{}",
        stderr(&out)
    );
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU09",
        "--target",
        "SP2",
        "--window",
        "tonight",
        root,
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn verbose_names_the_code_page_an_export_was_read_in() {
    let out = cmslint(&[
        "check",
        "testdata/exports",
        "--verbose",
        "--fail-on",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("read testdata/exports/EXCLU01/EXNODE2-systeminfo.txt as cp437"),
        "{text}"
    );
    assert!(text.contains(" as shift_jis (cp932)\n"), "{text}");
    assert!(text.contains(" as utf-16le\n"), "{text}");
}

#[test]
fn a_dash_reads_one_document_from_stdin() {
    // YAML, reported as `<stdin>`.
    let yaml = "cmslint: 1\nservers:\n  - name: EXHUB01\n  - name: EXHUB01\n";
    let out = cmslint_with_input(&["check", "-"], yaml);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("error[INV003]: server `EXHUB01` is defined twice")
            && text.contains("┌─ <stdin>:4:11"),
        "{text}"
    );
    // JSON (it starts with `{`), beside files given on the command line.
    let json = "{\"cmslint\": 1, \"servers\": [{\"name\": \"EXHUB02\"}, {\"name\": \"exhub02\"}]}";
    let out = cmslint_with_input(&["check", "testdata/cli/clean", "-", "-f", "json"], json);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["files"]["checked"],
        serde_json::json!(["<stdin>", "testdata/cli/clean/estate.yaml"])
    );
    let finding = &report["findings"][0];
    assert_eq!(
        (&finding["code"], &finding["path"], &finding["start"]),
        (
            &serde_json::json!("INV003"),
            &serde_json::json!("<stdin>"),
            &serde_json::json!({"line": 1, "column": 58})
        )
    );
    // The config's `include`/`exclude` describe files of the tree; the standard input is checked.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("cmslint.toml");
    std::fs::write(&config, "exclude = [\"**\"]\n").unwrap();
    let out = cmslint_with_input(&["check", "-", "--config", config.to_str().unwrap()], yaml);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // Something that is not an inventory is nothing to check.
    let out = cmslint_with_input(&["check", "-"], "name: ci\non: push\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: nothing to check: "),
        "{}",
        stderr(&out)
    );
}
