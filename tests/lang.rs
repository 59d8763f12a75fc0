//! The language of the output through the real binary: how it is chosen (`--lang`, the locale),
//! the contoso example in Japanese, and what never changes with the language (baselines, JSON
//! keys, SARIF's validity).

use std::path::Path;
use std::process::Output;

use crate::command;

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

/// The contoso example in Japanese, as a terminal without colour shows it. Until every message
/// is translated, the findings' own texts may still be English; what cmslint writes around them
/// (headings, notes, the summary) is Japanese.
#[test]
fn contoso_in_japanese() {
    let out = cmslint(&["check", CONTOSO, "--lang", "ja", "--color", "never"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!("contoso.ja.txt", stdout(&out));
}

#[test]
fn contoso_in_japanese_as_markdown() {
    let out = cmslint(&["check", CONTOSO, "--lang", "ja", "-f", "markdown"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!("contoso.ja.md", stdout(&out));
}

/// A label after double-width text on its line still points at its value: codespan counts the
/// columns a Japanese character takes.
#[test]
fn labels_after_double_width_text() {
    let out = cmslint(&["check", "testdata/lang/wide-text", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!("wide-text.ja.txt", stdout(&out));
}

#[test]
fn a_baseline_written_in_english_hides_the_same_findings_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let written = |lang: &str| {
        let path = dir.path().join(format!("baseline-{lang}.json"));
        let path = path.to_str().unwrap().to_string();
        let out = cmslint(&["check", CONTOSO, "--lang", lang, "--write-baseline", &path]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        path
    };
    let english = written("en");
    // The entries are keys (codes and entities), the same in every language.
    assert_eq!(
        std::fs::read_to_string(&english).unwrap(),
        std::fs::read_to_string(written("ja")).unwrap()
    );
    let out = cmslint(&["check", CONTOSO, "--lang", "ja", "--baseline", &english]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        "6 個のファイルを検査 (スキップ 0): エラー 0、警告 0、情報 0。ベースライン登録済み 11\n"
    );
}

fn report(format: &str, lang: &str) -> serde_json::Value {
    let out = cmslint(&["check", CONTOSO, "--lang", lang, "-f", format]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn validator(schema: &str) -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(schema).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn sarif_names_its_language_and_stays_valid() {
    let sarif = validator(include_str!("../testdata/sarif/sarif-2.1.0.json"));
    let japanese = report("sarif", "ja");
    let errors: Vec<String> = sarif
        .iter_errors(&japanese)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(japanese["runs"][0]["language"], "ja-JP");
    let note = &japanese["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"];
    assert_eq!(
        note,
        "cmslint を実行したフォルダ。その外にあるファイルについては、コマンド ラインで指定したパス"
    );
    // English is SARIF's default language: the log says nothing.
    let english = report("sarif", "en");
    assert!(english["runs"][0].get("language").is_none());
    // Rule ids, fingerprints and locations are the same.
    let keys = |log: &serde_json::Value| -> Vec<(String, String, String)> {
        (log["runs"][0]["results"].as_array().unwrap().iter())
            .map(|r| {
                (
                    r["ruleId"].to_string(),
                    r["partialFingerprints"].to_string(),
                    r["locations"][0]["physicalLocation"].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(keys(&japanese), keys(&english));
}

/// Every key path of a JSON value (`/findings/0/labels/0/message`), with the value where it is
/// not text, or is text that is never translated: codes, names, entities, paths, keywords.
fn shape(value: &serde_json::Value, path: &str, machine: bool, out: &mut Vec<String>) {
    const MACHINE: [&str; 8] = [
        "code", "name", "severity", "entity", "path", "kind", "checked", "version",
    ];
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                let machine = MACHINE.contains(&key.as_str());
                shape(value, &format!("{path}/{key}"), machine, out);
            }
        }
        serde_json::Value::Array(items) => {
            out.push(format!("{path}: {} items", items.len()));
            for (i, item) in items.iter().enumerate() {
                shape(item, &format!("{path}/{i}"), machine, out);
            }
        }
        serde_json::Value::String(_) if !machine => out.push(path.to_string()),
        value => out.push(format!("{path} = {value}")),
    }
}

#[test]
fn json_keys_and_machine_values_are_the_same_in_every_language() {
    let schema = validator(include_str!("../docs/report.schema.json"));
    let (english, japanese) = (report("json", "en"), report("json", "ja"));
    let errors: Vec<String> = schema
        .iter_errors(&japanese)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let (mut en, mut ja) = (Vec::new(), Vec::new());
    shape(&english, "", false, &mut en);
    shape(&japanese, "", false, &mut ja);
    assert_eq!(en, ja);
    assert!(en.len() > 100, "{en:#?}");
}

#[test]
fn rules_and_explain_in_japanese() {
    use cmslint::i18n::Lang;
    let out = cmslint(&["rules", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let docs = cmslint::catalog::all();
    assert_eq!(text.lines().count(), docs.len());
    for (line, doc) in text.lines().zip(docs) {
        // Codes, severities and names are keys; the summary is in the language asked.
        assert!(line.starts_with(&format!("{:<7} {:<8} ", doc.meta.code, doc.meta.severity)));
        assert!(line.ends_with(doc.summary_in(Lang::Ja)), "{line}");
    }
    let out = cmslint(&["explain", "TOP103", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = cmslint::catalog::lookup("TOP103").unwrap();
    assert_eq!(
        stdout(&out),
        format!(
            "# TOP103 passive-node-owns-groups\n\n{} (警告、トポロジ)\n\nソース: {}\n\n{}",
            doc.summary_in(Lang::Ja),
            doc.source_in(Lang::Ja),
            doc.body_in(Lang::Ja).trim_start()
        )
    );
    let out = cmslint(&["explain", "TOP13", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "エラー: `TOP13` という名前のルールはない (`TOP103` の誤りではないか)。ルールの一覧は `cmslint rules` で表示できる\n"
    );
}

#[test]
fn errors_in_japanese() {
    let out = cmslint(&["check", "testdata/does-not-exist", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "エラー: パス `testdata/does-not-exist` は存在しない\n"
    );
    let out = cmslint(&["check", "testdata/cli/no-inventory", "--lang", "ja"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "エラー: 検査する対象がない: 2 個のファイルをスキップした (インベントリ ドキュメントが見つからない。これを許容するには --allow-empty を指定する)\n"
    );
}

#[test]
fn plan_in_japanese() {
    let plan = |lang: &str, format: &str| {
        let out = cmslint(&[
            "plan",
            "--cluster",
            "EXCLU01",
            "--target",
            "SP2",
            "--window",
            "2026-12-05T22:00:00Z/2026-12-06T04:00:00Z",
            "--lang",
            lang,
            "--format",
            format,
            "testdata/examples/contoso/clusters",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let (english, japanese) = (plan("en", "yaml"), plan("ja", "yaml"));
    let (first, rest) = japanese.split_once('\n').unwrap();
    assert_eq!(
        first,
        "# `cmslint plan --cluster EXCLU01 --target SP2 --window \
         2026-12-05T22:00:00Z/2026-12-06T04:00:00Z` で作成しました。`cmslint check` で検査してください。"
    );
    // The commands are the same in every language.
    assert_eq!(Some(rest), english.split_once('\n').map(|(_, rest)| rest));
    let runbook = plan("ja", "markdown");
    for line in [
        "# クラスタ EXCLU01 を Exchange Server 2007 SP2 にアップグレードする\n",
        "メンテナンス期間: 2026-12-05T22:00:00Z から 2026-12-06T04:00:00Z まで\n",
        "## ステップ 3: パッシブ ノード EXNODE2.contoso.com を SP2 にアップグレードする (CMS はオンラインのまま)\n\nEXNODE2.contoso.com で実行します:\n\n```\nsetup.com /mode:upgrade\n```\n",
    ] {
        assert!(runbook.contains(line), "missing `{line}` in\n{runbook}");
    }
}

/// The README's Japanese example is real output: the first finding of the contoso example and
/// the summary line.
#[test]
fn the_readme_shows_real_japanese_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("```text\n警告").expect("the Japanese example") + "```text\n".len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    let (first, summary) = example.rsplit_once("\n\n").unwrap();
    let out = stdout(&cmslint(&[
        "check", CONTOSO, "--lang", "ja", "--color", "never",
    ]));
    assert!(out.starts_with(&format!("{first}\n\n")), "{out}");
    assert!(out.ends_with(summary), "{out}");
}
