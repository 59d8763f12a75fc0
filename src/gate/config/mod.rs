//! `cmslint.toml`: what a checked config says and answers (the rules it selects, the files it
//! leaves out, the severities it sets, the findings it accepts), finding it from the first path
//! upward, and loading it. A config that cannot be used is a list of
//! [`Problem`](super::Problem)s, each pointing into the file, that the CLI renders as
//! diagnostics and turns into exit code 2; nothing is half-applied. How the file is read is in
//! `read`; where its files are and how their paths are shown, in `files`.

mod files;
mod read;

pub use files::{discover, display_path};

use super::{FailOn, FileProblems, LoadError};
use crate::catalog::{self, lookup};
use crate::engine::{Selection, Severity};
use crate::i18n::Lang;
use globset::{GlobMatcher, GlobSet};
use jiff::civil::Date;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The name cmslint looks for, from the first path upward.
pub const FILE_NAME: &str = "cmslint.toml";

/// The largest `max-file-size`: 2 GiB, so that a decoded text fits the 32-bit offsets of
/// [`crate::source::Span`].
pub const MAX_FILE_SIZE: u64 = 2 * 1024 * 1024 * 1024;

/// A checked config file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The path reports show (relative, with `/`).
    pub path: String,
    /// The text as read, so that INV008 can point into it.
    pub text: String,
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub fail_on: Option<FailOn>,
    /// The folder that holds the file (absolute); `include` and `exclude` are relative to it.
    /// `None` for a config that was not read from a file.
    pub folder: Option<PathBuf>,
    /// Only files whose path matches one of these are checked (`None`: every file).
    pub include: Option<GlobSet>,
    /// Files whose path matches one of these are not checked.
    pub exclude: Option<GlobSet>,
    pub severities: Vec<SeverityOverride>,
    pub suppressions: Vec<Suppress>,
    pub limits: Limits,
    /// The language of the reports (`lang`); the command line's `--lang` comes first, and
    /// without either the locale decides.
    pub lang: Option<Lang>,
}

/// The `[limits]` table: what untrusted input may cost (docs/security.md). `None` keeps the
/// built-in default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Bytes; larger files are not read (INV001 for inventories).
    pub max_file_size: Option<u64>,
    /// Nesting levels of JSON and YAML.
    pub max_depth: Option<usize>,
    /// Findings shown per file; the rest are counted in the summary.
    pub max_findings_per_file: Option<usize>,
}

impl Config {
    /// The rules `select` and `ignore` choose; the command line's `--select` and `--ignore`
    /// replace either list. The error lists the patterns that name no rule.
    pub fn selection(
        &self,
        select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
    ) -> Result<Selection, Vec<String>> {
        let select = select.or_else(|| self.select.clone()).unwrap_or_default();
        let ignore = ignore.or_else(|| self.ignore.clone()).unwrap_or_default();
        catalog::selection(select, ignore)
    }

    /// Whether `include`/`exclude` leave out the file at `location` (absolute) whose report
    /// path is `report_path`. The globs match the file's path relative to the config's folder,
    /// whatever the current folder; a file outside that folder is matched by its report path.
    pub fn leaves_out(&self, location: &Path, report_path: &str) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return false;
        }
        let relative = self
            .folder
            .as_deref()
            .and_then(|f| crate::paths::relative_to(location, f));
        let path = relative.as_deref().unwrap_or(report_path);
        self.include.as_ref().is_some_and(|g| !g.is_match(path))
            || self.exclude.as_ref().is_some_and(|g| g.is_match(path))
    }
}

/// One entry of the `[severity]` table.
#[derive(Debug, Clone)]
pub struct SeverityOverride {
    /// A code, prefix or name.
    pub pattern: String,
    pub severity: Severity,
}

impl SeverityOverride {
    /// How narrowly the pattern names rules: a code or name beats a prefix, a longer prefix a
    /// shorter one, and `ALL` comes last. The narrowest matching override wins.
    pub fn specificity(&self) -> usize {
        if lookup(&self.pattern).is_some() {
            usize::MAX
        } else if self.pattern.eq_ignore_ascii_case("all") {
            0
        } else {
            self.pattern.len()
        }
    }

    pub fn matches(&self, code: &str) -> bool {
        names(&self.pattern, code)
    }
}

/// One `[[suppress]]` entry.
#[derive(Debug, Clone)]
pub struct Suppress {
    /// A code, prefix or name.
    pub rule: String,
    pub rule_span: Range<usize>,
    /// The glob over entity paths, as written (`*` when absent).
    pub entity: String,
    pub matcher: GlobMatcher,
    pub reason: String,
    /// The last day the suppression applies.
    pub expires: Option<Date>,
    pub expires_span: Option<Range<usize>>,
}

impl Suppress {
    /// Whether this suppression covers a finding of rule `code` on `entity`.
    pub fn covers(&self, code: &str, entity: &str) -> bool {
        names(&self.rule, code) && self.matcher.is_match(entity)
    }

    /// Whether it has run out: `today` is after its `expires` date.
    pub fn expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|expires| today > expires)
    }
}

/// Whether a rule pattern (code, prefix, name or `ALL`) names the rule `code`.
pub fn names(pattern: &str, code: &str) -> bool {
    let Some(doc) = lookup(code) else {
        return false;
    };
    catalog::selection(vec![pattern.to_string()], Vec::new())
        .is_ok_and(|selection| selection.is_selected(&doc.meta))
}

/// Reads and checks a config file. `shown` is the path reports show.
pub fn load(path: &Path, shown: String) -> Result<Config, LoadError> {
    let text = std::fs::read(path)
        .map_err(|error| LoadError::Read {
            path: shown.clone(),
            error,
        })
        .map(|bytes| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            text.strip_prefix('\u{feff}')
                .map(str::to_string)
                .unwrap_or(text)
        })?;
    let mut config = parse(shown, text).map_err(LoadError::Invalid)?;
    // Absolute and with `..` folded, as the locations of the files it is compared with.
    config.folder = std::path::absolute(path).ok().and_then(|path| {
        crate::paths::absolute(&path, Path::new(""))
            .parent()
            .map(Path::to_path_buf)
    });
    Ok(config)
}

/// Checks a config text: every problem, or the config.
pub fn parse(path: String, text: String) -> Result<Config, FileProblems> {
    let mut problems = Vec::new();
    let config = read::read(&text, &mut problems);
    problems.sort_by_key(|p| (p.range.start, p.range.end));
    match config {
        Some(mut config) if problems.is_empty() => {
            config.path = path;
            config.text = text;
            Ok(config)
        }
        _ => Err(FileProblems {
            path,
            text,
            problems,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Each `fail-on` value is the threshold it names.
    #[test]
    fn every_fail_on_value_is_its_threshold() {
        for (value, fail_on) in [
            ("error", FailOn::Error),
            ("warning", FailOn::Warning),
            ("note", FailOn::Note),
            ("never", FailOn::Never),
        ] {
            let text = format!("fail-on = \"{value}\"\n");
            let config = parse("cmslint.toml".into(), text).unwrap();
            assert_eq!(config.fail_on, Some(fail_on), "{value}");
        }
    }

    /// A limit of 0 would check nothing: every limit must be above 0.
    #[test]
    fn a_limit_of_zero_is_a_problem() {
        for key in ["max-file-size", "max-depth", "max-findings-per-file"] {
            let text = format!("[limits]\n{key} = 0\n");
            let found = problems(&text);
            assert_eq!(found.len(), 1, "{key}: {found:?}");
            assert!(found[0].0.contains("a whole number above 0"), "{found:?}");
            assert_eq!(found[0].1, "0");
        }
    }

    /// A suppression's `rule` and `reason`: missing, the wrong type, or naming no rule, each
    /// is one problem, at the suppression or at the value.
    #[test]
    fn a_suppression_without_a_usable_rule_or_reason_is_one_problem() {
        let suppression = |lines: &str| format!("[[suppress]]\nentity = \"cluster:A\"\n{lines}");
        let cases = [
            (
                "reason = \"r\"\n",
                "a suppression has no `rule`",
                "[[suppress]]",
            ),
            ("rule = 5\nreason = \"r\"\n", "`rule` must be", "5"),
            (
                "rule = \"NOPE999\"\nreason = \"r\"\n",
                "NOPE999",
                "\"NOPE999\"",
            ),
            (
                "rule = \"TOP103\"\n",
                "a suppression has no `reason`",
                "[[suppress]]",
            ),
            ("rule = \"TOP103\"\nreason = 5\n", "`reason` must be", "5"),
        ];
        for (lines, message, at) in cases {
            let found = problems(&suppression(lines));
            assert_eq!(found.len(), 1, "{lines}: {found:?}");
            assert!(found[0].0.contains(message), "{lines}: {found:?}");
            assert!(found[0].1.starts_with(at), "{lines}: {found:?}");
        }
    }

    /// `expires` is a date: a TOML date or a string holding one, never a time or a date with a
    /// time, with or without an offset.
    #[test]
    fn expires_takes_a_date_and_nothing_with_a_time() {
        let suppression = |expires: &str| {
            format!("[[suppress]]\nrule = \"TOP103\"\nreason = \"r\"\nexpires = {expires}\n")
        };
        for good in ["2026-06-30", "\"2026-06-30\""] {
            assert_eq!(problems(&suppression(good)), [], "{good}");
        }
        for bad in ["2026-06-30T10:00:00", "2026-06-30T10:00:00Z", "10:00:00"] {
            let found = problems(&suppression(bad));
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert_eq!(found[0].1, bad);
        }
    }

    fn problems(text: &str) -> Vec<(String, String)> {
        match parse("cmslint.toml".into(), text.into()) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems
                .into_iter()
                .map(|p| (p.message.render(Lang::En), text[p.range].to_string()))
                .collect(),
        }
    }

    /// Each problem's message, label and help in `lang`.
    fn said(text: &str, lang: Lang) -> Vec<(String, String, Option<String>)> {
        let problems = parse("cmslint.toml".into(), text.into())
            .unwrap_err()
            .problems;
        (problems.iter())
            .map(|p| {
                let help = p.help.as_ref().map(|h| h.render(lang));
                (p.message.render(lang), p.label.render(lang), help)
            })
            .collect()
    }

    fn texts(message: &str, label: &str, help: Option<&str>) -> (String, String, Option<String>) {
        (message.into(), label.into(), help.map(str::to_string))
    }

    #[test]
    fn problems_are_said_in_japanese() {
        let found = said(
            "selct = [\"INV\"]\nfail-on = 3\n[[suppress]]\nrule = \"INV008\"\n",
            Lang::Ja,
        );
        assert_eq!(
            found,
            [
                texts(
                    "不明なキー `selct` がある (cmslint.toml)",
                    "`select` の誤りと思われる",
                    Some(
                        "使用できるキー: `select`、`ignore`、`fail-on`、`include`、`exclude`、`severity`、`suppress`、`limits`、`lang`"
                    )
                ),
                texts(
                    "`fail-on` の値の型が正しくない。指定できる値: 文字列",
                    "指定された値: 整数",
                    None
                ),
                texts(
                    "抑制に `reason` がない",
                    "この抑制",
                    Some(
                        "`reason = \"...\"` を追加し、検出結果を受け入れる理由と受け入れた人を書く"
                    )
                ),
                texts(
                    "INV008 は抑制できない",
                    "INV008 は抑制を適用した後に報告される",
                    Some("INV008 が報告する抑制を削除するか、INV008 を `ignore` に追加する")
                ),
            ]
        );
    }

    #[test]
    fn the_language_is_read_in_any_case() {
        for (text, lang) in [
            ("lang = \"ja\"\n", Some(Lang::Ja)),
            ("lang = \"JA\"\n", Some(Lang::Ja)),
            ("lang = \"En\"\n", Some(Lang::En)),
            ("", None),
        ] {
            let config = parse("cmslint.toml".into(), text.into()).unwrap();
            assert_eq!(config.lang, lang, "{text}");
        }
    }

    #[test]
    fn an_unknown_language_is_a_problem_with_the_one_it_was_meant_to_be() {
        assert_eq!(
            said("lang = \"jp\"\n", Lang::En),
            [texts(
                "`lang` is `jp`, which is not one of `en`, `ja`",
                "did you mean `ja`?",
                None
            )]
        );
        assert_eq!(
            said("lang = \"jp\"\n", Lang::Ja),
            [texts(
                "`lang` の値 `jp` は `en`、`ja` のいずれでもない",
                "`ja` の誤りと思われる",
                None
            )]
        );
        assert_eq!(
            said("lang = \"fr\"\n", Lang::En),
            [texts(
                "`lang` is `fr`, which is not one of `en`, `ja`",
                "not allowed here",
                None
            )]
        );
        assert_eq!(
            said("lang = [\"ja\"]\n", Lang::En),
            [texts("`lang` must be a string", "this is an array", None)]
        );
        // Every list of values offers the one a misspelt value was meant to be.
        assert_eq!(
            said("fail-on = \"eror\"\n", Lang::En)[0].1,
            "did you mean `error`?"
        );
    }

    #[test]
    fn a_full_config_reads() {
        let config = parse(
            "cmslint.toml".into(),
            r#"
select = ["INV", "UPG"]
ignore = ["UPG309"]
fail-on = "warning"
include = ["inventory/**"]
exclude = ["inventory/legacy/**"]

[severity]
UPG305 = "error"
INV = "note"

[[suppress]]
rule = "passive-node-owns-groups"
entity = "cluster:EXCLU01/*"
reason = "moved back in the change window of 2026-07-04 (J. Doe)"
expires = 2026-07-31
"#
            .into(),
        )
        .unwrap();
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(
            config.select.as_deref(),
            Some(&["INV".into(), "UPG".into()][..])
        );
        let s = &config.suppressions[0];
        assert!(s.covers("TOP103", "cluster:exclu01/group:Cluster Group"));
        assert!(!s.covers("TOP103", "cluster:EXCLU02/group:Cluster Group"));
        assert!(!s.covers("TOP101", "cluster:EXCLU01/group:Cluster Group"));
        assert_eq!(s.expires, Some(jiff::civil::date(2026, 7, 31)));
        assert!(!s.expired(jiff::civil::date(2026, 7, 31)));
        assert!(s.expired(jiff::civil::date(2026, 8, 1)));
        assert!(config.include.unwrap().is_match("inventory/a/b.yaml"));
        let top = config
            .severities
            .iter()
            .find(|o| o.pattern == "UPG305")
            .unwrap();
        let prefix = config
            .severities
            .iter()
            .find(|o| o.pattern == "INV")
            .unwrap();
        assert!(top.specificity() > prefix.specificity());
        assert!(prefix.matches("INV008") && !prefix.matches("UPG305"));
    }

    #[test]
    fn every_problem_is_reported_at_its_place() {
        let found = problems(
            r#"selct = ["INV"]
fail-on = "sometimes"
ignore = ["NOPE9"]
[severity]
UPG305 = "fatal"
[[suppress]]
rule = "TOP103"
[[suppress]]
rule = "TOP103"
reason = "  "
expires = "next week"
"#,
        );
        let expected = [
            ("unknown key `selct` in cmslint.toml", "selct"),
            (
                "`fail-on` is `sometimes`, which is not one of `error`, `warning`, `note`, `never`",
                "\"sometimes\"",
            ),
            ("no rule matches `NOPE9`", "\"NOPE9\""),
            (
                "`severity.UPG305` is `fatal`, which is not one of `error`, `warning`, `note`",
                "\"fatal\"",
            ),
            ("a suppression has no `reason`", "[[suppress]]"),
            ("a suppression's `reason` is empty", "\"  \""),
            (
                "`expires` must be a date written YYYY-MM-DD",
                "\"next week\"",
            ),
        ];
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(m, t)| (m.as_str(), t.as_str()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn file_sizes_above_two_gib_are_refused() {
        let found = problems("[limits]\nmax-file-size = 2_147_483_649\n");
        assert_eq!(
            found,
            [(
                "`max-file-size` must be at most 2147483648 bytes (2 GiB)".to_string(),
                "2_147_483_649".to_string()
            )]
        );
        assert!(problems("[limits]\nmax-file-size = 2_147_483_648\n").is_empty());
    }

    #[test]
    fn invalid_toml_is_one_problem_at_its_place() {
        let found = problems("select = [\"INV\"\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("invalid TOML"), "{found:?}");
    }
}
