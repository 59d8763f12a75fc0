//! The language of the output through the real binary: how it is chosen (`--lang`, the locale),
//! the contoso example in Japanese, and what never changes with the language (baselines, JSON
//! keys, SARIF's validity).

use std::path::Path;
use std::process::Output;

#[path = "support/command.rs"]
mod command;

const CLEAN: &str = "testdata/cli/clean";
const CONTOSO: &str = "testdata/examples/contoso";
/// The summary line of a check of [`CLEAN`], in each language.
const CLEAN_EN: &str = "checked 1 file (0 skipped): 0 errors, 0 warnings, 0 notes\n";
const CLEAN_JA: &str = "1 個のファイルを検査 (スキップ 0): エラー 0、警告 0、情報 0\n";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `cmslint ARGS` from the checkout, in English unless `env` says otherwise.
fn cmslint_with(env: &[(&str, &str)], args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn cmslint(args: &[&str]) -> Output {
    cmslint_with(&[], args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn the_flag_chooses_the_language_in_any_case() {
    for flag in ["ja", "JA", "Ja"] {
        let out = cmslint(&["check", CLEAN, "--lang", flag]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stdout(&out), CLEAN_JA);
    }
    assert_eq!(
        stdout(&cmslint(&["check", CLEAN, "--lang", "EN"])),
        CLEAN_EN
    );
}

#[test]
fn an_unknown_language_is_a_usage_error_with_a_suggestion() {
    let out = cmslint(&["check", CLEAN, "--lang", "jp"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("unknown language `jp` (did you mean `ja`?); use en or ja"),
        "{}",
        stderr(&out)
    );
    let out = cmslint(&["rules", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown language `fr`; use en or ja"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn without_the_flag_the_locale_chooses() {
    let japanese = [("LANG", "ja_JP.UTF-8")];
    assert_eq!(
        stdout(&cmslint_with(&japanese, &["check", CLEAN])),
        CLEAN_JA
    );
    let english = [("LANG", "C.UTF-8")];
    assert_eq!(stdout(&cmslint_with(&english, &["check", CLEAN])), CLEAN_EN);
    // The flag comes first.
    let out = cmslint_with(&japanese, &["check", CLEAN, "--lang", "en"]);
    assert_eq!(stdout(&out), CLEAN_EN);
    // LC_ALL, then LC_MESSAGES, then LANG: the first one set decides.
    let messages = [("LANG", "C.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")];
    assert_eq!(
        stdout(&cmslint_with(&messages, &["check", CLEAN])),
        CLEAN_JA
    );
    let all = [("LANG", "ja_JP.UTF-8"), ("LC_ALL", "C")];
    assert_eq!(stdout(&cmslint_with(&all, &["check", CLEAN])), CLEAN_EN);
}
