//! The baseline: a versioned JSON file of the findings a team has accepted for now, keyed by
//! (code, entity) and never by line, so reformatting a file, moving a block or reordering files
//! does not bring a finding back. `--write-baseline` writes it; `--baseline` reads it with the
//! span of every entry (through the project's JSON seam), so that INV008 can point at an entry
//! that no longer matches anything.

use super::{FileProblems, LoadError, Problem};
use crate::engine::Finding;
use crate::msg;
use crate::syntax::{Node, ParseLimits, Value, parse_json};
use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

/// The tool's name, as the reports state it (the baseline's `tool` key).
const TOOL_NAME: &str = env!("CARGO_PKG_NAME");

/// The version of the file's shape (its `version` key).
pub const BASELINE_VERSION: u64 = 1;

/// A read baseline.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The path reports show.
    pub path: String,
    /// The text as read, so that INV008 can point into it.
    pub text: String,
    pub entries: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone)]
pub struct Entry {
    pub code: String,
    pub entity: String,
    /// The entry's object in the file.
    pub range: Range<usize>,
}

impl Entry {
    /// Entities compare case-insensitively, as the names in them do.
    pub fn covers(&self, code: &str, entity: &str) -> bool {
        self.code == code && self.entity.to_lowercase() == entity.to_lowercase()
    }
}

/// The baseline of these findings: one entry per (code, entity), sorted, one line each so that
/// a reviewer sees in a diff which findings were accepted or fixed. INV008 is left out: it is
/// about the config and the baseline themselves, and is fixed there.
pub fn write(findings: &[Finding]) -> String {
    let entries = entries_of(findings);
    let quote = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let lines: Vec<String> = entries
        .iter()
        .map(|(code, entity)| {
            format!(
                "    {{\"code\": {}, \"entity\": {}}}",
                quote(code),
                quote(entity)
            )
        })
        .collect();
    let entries = if lines.is_empty() {
        "[]".to_string()
    } else {
        format!("[\n{}\n  ]", lines.join(",\n"))
    };
    format!(
        "{{\n  \"version\": {BASELINE_VERSION},\n  \"tool\": {},\n  \"entries\": {entries}\n}}\n",
        quote(TOOL_NAME)
    )
}

/// The (code, entity) pairs a baseline of these findings lists, sorted.
pub fn entries_of(findings: &[Finding]) -> BTreeSet<(&str, &str)> {
    findings
        .iter()
        .filter(|f| f.code != "INV008")
        .map(|f| (f.code, f.entity.as_str()))
        .collect()
}

/// Reads and checks a baseline file. `shown` is the path reports show.
pub fn load(path: &Path, shown: String) -> Result<Baseline, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Read {
        path: shown.clone(),
        error,
    })?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    parse(shown, text).map_err(LoadError::Invalid)
}

/// Checks a baseline text: every problem, or the baseline.
pub fn parse(path: String, text: String) -> Result<Baseline, FileProblems> {
    let mut problems = Vec::new();
    let entries = read(&text, &mut problems);
    if problems.is_empty() {
        Ok(Baseline {
            path,
            text,
            entries,
        })
    } else {
        Err(FileProblems {
            path,
            text,
            problems,
        })
    }
}

fn read(text: &str, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let root = match parse_json(text, ParseLimits::default()) {
        Ok(Some(root)) => root,
        Ok(None) => {
            let (message, label) = (msg!("gate-baseline-empty"), msg!("gate-no-json-value"));
            problems.push(Problem::new(0..0, message, label));
            return Vec::new();
        }
        Err(error) => {
            let message = msg!("invalid-json", error = error.message);
            problems.push(Problem::new(error.range, message, msg!("gate-here")));
            return Vec::new();
        }
    };
    if !matches!(root.value, Value::Map(_)) {
        problems.push(not_a_baseline(&root));
        return Vec::new();
    }
    match root.get("version") {
        Some(Node {
            value: Value::Number(n),
            ..
        }) if n == &BASELINE_VERSION.to_string() => {}
        Some(other) => {
            let version = BASELINE_VERSION.to_string();
            problems.push(
                Problem::new(
                    other.range.clone(),
                    msg!("gate-baseline-version", version = version),
                    msg!("gate-unsupported-version"),
                )
                .with_help(msg!("gate-baseline-write-again")),
            );
            return Vec::new();
        }
        None => {
            problems.push(not_a_baseline(&root));
            return Vec::new();
        }
    }
    let Some(entries) = root.get("entries") else {
        problems.push(not_a_baseline(&root));
        return Vec::new();
    };
    if !matches!(entries.value, Value::Seq(_)) {
        problems.push(Problem::new(
            entries.range.clone(),
            msg!("gate-baseline-entries-not-an-array"),
            msg!("gate-not-an-array"),
        ));
        return Vec::new();
    }
    let mut out = Vec::new();
    for item in entries.items() {
        let code = item.get("code").and_then(Node::as_str);
        let entity = item.get("entity").and_then(Node::as_str);
        match (code, entity) {
            (Some(code), Some(entity)) if !code.is_empty() && !entity.is_empty() => {
                out.push(Entry {
                    code: code.to_string(),
                    entity: entity.to_string(),
                    range: item.range.clone(),
                })
            }
            _ => problems.push(Problem::new(
                item.range.clone(),
                msg!("gate-baseline-entry-incomplete"),
                msg!("gate-this-entry"),
            )),
        }
    }
    out
}

fn not_a_baseline(root: &Node) -> Problem {
    Problem::new(
        root.range.start..root.range.start,
        msg!("gate-not-a-baseline"),
        msg!("gate-here"),
    )
    .with_help(msg!("gate-baseline-write-one"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Message};

    #[test]
    fn reads_what_it_writes_with_spans() {
        let text = "{\n  \"version\": 1,\n  \"tool\": \"cmslint\",\n  \"entries\": [\n    { \"code\": \"TOP103\", \"entity\": \"cluster:A/group:G\" }\n  ]\n}\n";
        let baseline = parse("b.json".into(), text.into()).unwrap();
        let entry = &baseline.entries[0];
        assert!(entry.covers("TOP103", "cluster:a/group:g"));
        assert!(!entry.covers("TOP101", "cluster:A/group:G"));
        assert!(text[entry.range.clone()].starts_with("{ \"code\""));
    }

    /// An entry with an empty code or an empty entity covers nothing: it is a problem at the
    /// entry, whichever of the two is empty.
    #[test]
    fn an_entry_with_an_empty_code_or_entity_is_a_problem_there() {
        for entry in [
            r#"{ "code": "", "entity": "cluster:A" }"#,
            r#"{ "code": "TOP103", "entity": "" }"#,
        ] {
            let text = format!("{{\"version\": 1, \"tool\": \"cmslint\", \"entries\": [{entry}]}}");
            let problems = parse("b.json".into(), text.clone()).unwrap_err().problems;
            assert_eq!(problems.len(), 1, "{entry}");
            assert_eq!(&text[problems[0].range.clone()], entry);
        }
    }

    #[test]
    fn writes_one_sorted_line_per_code_and_entity() {
        use crate::catalog::meta;
        use crate::source::Span;
        let finding = |code, entity: &str| {
            Finding::new(
                meta(code),
                entity.to_string(),
                Span::new(0, 0..0),
                Message::verbatim("m"),
            )
        };
        let text = write(&[
            finding("TOP103", "cluster:B/group:\"G\""),
            finding("INV003", "server:A"),
            finding("TOP103", "cluster:B/group:\"G\""),
            finding("INV008", "file:cmslint.toml"),
        ]);
        assert_eq!(
            text,
            "{\n  \"version\": 1,\n  \"tool\": \"cmslint\",\n  \"entries\": [\n    {\"code\": \"INV003\", \"entity\": \"server:A\"},\n    {\"code\": \"TOP103\", \"entity\": \"cluster:B/group:\\\"G\\\"\"}\n  ]\n}\n"
        );
        let back = parse("b.json".into(), text).unwrap();
        assert_eq!(back.entries[1].entity, "cluster:B/group:\"G\"");
        let empty = write(&[]);
        assert!(parse("b.json".into(), empty).unwrap().entries.is_empty());
    }

    #[test]
    fn problems_are_said_in_japanese() {
        let said = |text: &str| {
            let problems = parse("b.json".into(), text.into()).unwrap_err().problems;
            let p = &problems[0];
            (
                p.message.render(Lang::Ja),
                p.label.render(Lang::Ja),
                p.help.as_ref().map(|h| h.render(Lang::Ja)),
            )
        };
        assert_eq!(
            said("[]"),
            (
                "cmslint のベースラインではない (`version` と `entries` を持つオブジェクトが必要である)"
                    .to_string(),
                "ここ".to_string(),
                Some("`cmslint check --write-baseline FILE` でベースラインを作成する".to_string())
            )
        );
        assert_eq!(
            said("{\"version\": 2, \"entries\": []}").0,
            "この cmslint が読み取れるのはベースラインのバージョン 1 だけである"
        );
        // The parser's own words are quoted as they are.
        assert_eq!(
            said("{\"version\": ").0,
            "JSON として解析できない: Expected value after colon in object property"
        );
    }

    #[test]
    fn refuses_other_versions_and_shapes() {
        let err = parse("b.json".into(), "{\"version\": 2, \"entries\": []}".into()).unwrap_err();
        assert_eq!(
            err.problems[0].message.render(Lang::En),
            "this cmslint reads baseline version 1 only"
        );
        let err = parse("b.json".into(), "[]".into()).unwrap_err();
        assert_eq!(
            err.problems[0].message.render(Lang::En),
            "not a cmslint baseline: expected an object with `version` and `entries`"
        );
        let err = parse(
            "b.json".into(),
            "{\"version\": 1, \"entries\": [{\"code\": \"X\"}]}".into(),
        )
        .unwrap_err();
        assert_eq!(err.problems[0].label.render(Lang::En), "this entry");
    }
}
