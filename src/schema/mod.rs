//! The published JSON Schema of inventory format v1, and the check that maps each violation
//! back to the span of the offending value (INV002): duplicate keys and plan windows here, the
//! inventory marker in `marker`, and each schema error said in the inventory's words in
//! `describe`.

mod describe;
mod instance;
mod marker;
pub mod window;

pub use marker::is_inventory;

use crate::i18n::{Lang, Message};
use crate::msg;
use crate::syntax::{Node, Value};
use describe::describe;
use instance::Spanned;
use std::ops::Range;
use std::sync::OnceLock;

/// The schema text, as `cmslint schema` prints it.
pub const SCHEMA: &str = include_str!("../../schema/inventory-v1.schema.json");

/// The schema as JSON, parsed once, for the validators and for what messages read from it.
fn schema_json() -> &'static serde_json::Value {
    static SCHEMA_JSON: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA_JSON
        .get_or_init(|| serde_json::from_str(SCHEMA).expect("the embedded schema is valid JSON"))
}

/// The validator that reads syntax trees in place; compiled once per process.
fn validator() -> &'static jsonschema::Validator<Spanned> {
    static VALIDATOR: OnceLock<jsonschema::Validator<Spanned>> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options_for::<Spanned>()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(schema_json())
            .expect("the embedded schema compiles")
    })
}

/// The validator for a document copied into a `serde_json::Value`: only documents with
/// duplicate keys take this path, where the copy keeps the last of two equal keys as JSON does.
fn value_validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::draft202012::new(schema_json()).expect("the embedded schema compiles")
    })
}

/// One violation: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer to the value, for finding the enclosing entity.
    pub pointer: String,
    pub range: Range<usize>,
    pub message: Message,
    /// Another place that explains this one (the first of two duplicate keys).
    pub related: Option<(Range<usize>, Message)>,
    /// How to fix it, when there is more to say than the message (a key it was meant to be).
    pub help: Option<Message>,
}

/// Checks one inventory document: duplicate keys, then the schema.
pub fn check(doc: &Node) -> Vec<Violation> {
    // Numbers JSON cannot hold are reported by the scanner as unparseable.
    check_with(doc, doc.check_numbers().is_ok())
}

/// [`check`] for a document whose numbers are known to be ones JSON can hold (the scan checks
/// them first), without walking the document for them again.
pub fn check_numbered(doc: &Node) -> Vec<Violation> {
    check_with(doc, true)
}

fn check_with(doc: &Node, numbers_fit: bool) -> Vec<Violation> {
    let mut out = Vec::new();
    // Duplicate keys are rare: the walk that names where they are runs only when there are any.
    if has_duplicate_keys(doc) {
        duplicate_keys(doc, &mut Vec::new(), &mut out);
    }
    if !numbers_fit {
    } else if out.is_empty() {
        // Most documents are valid, and `is_valid` is much cheaper than collecting errors.
        if !validator().is_valid(doc) {
            for error in validator().iter_errors(doc) {
                describe(doc, &error, &mut out);
            }
        }
    } else if let Ok(instance) = doc.to_json() {
        for error in value_validator().iter_errors(&instance) {
            describe(doc, &error, &mut out);
        }
    }
    windows(doc, &mut out);
    // In the order of the English texts whatever the language shown, so that every report lists
    // them alike.
    out.sort_by_cached_key(|v| (v.range.start, v.message.render(Lang::En)));
    out.dedup_by(|a, b| a.range == b.range && a.message == b.message);
    out
}

/// Each plan's `window`: RFC 3339 date-times with an offset, the end after the start (what a
/// JSON Schema cannot say). A value of the wrong type is the schema's to report.
fn windows(doc: &Node, out: &mut Vec<Violation>) {
    let plans = doc.get("plans").map_or(&[][..], Node::items);
    for (i, plan) in plans.iter().enumerate() {
        let Some(window) = plan.get("window") else {
            continue;
        };
        let (Some(start), Some(end)) = (window.get("start"), window.get("end")) else {
            continue;
        };
        let (Some(start_text), Some(end_text)) = (start.as_str(), end.as_str()) else {
            continue;
        };
        let violation = |key: &str, at: &Node, message: Message, related| Violation {
            pointer: format!("/plans/{i}/window/{key}"),
            range: at.range.clone(),
            message,
            related,
            help: None,
        };
        match (window::date_time(start_text), window::date_time(end_text)) {
            (Ok(from), Ok(to)) => {
                if let Err(message) = window::order(from, to) {
                    let related = Some((start.range.clone(), msg!("schema-window-starts-here")));
                    out.push(violation("end", end, message, related));
                }
            }
            (from, to) => {
                for (key, node, parsed) in [("start", start, from), ("end", end, to)] {
                    if let Err(message) = parsed {
                        out.push(violation(key, node, message, None));
                    }
                }
            }
        }
    }
}

/// One step of the path from the document root to a node.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The JSON pointer of a path (`/clusters/0/name`), built only when a violation needs it.
fn pointer_of(path: &[Step<'_>]) -> String {
    let mut pointer = String::new();
    for step in path {
        pointer.push('/');
        match step {
            Step::Key(key) => pointer.push_str(&key.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => pointer.push_str(&i.to_string()),
        }
    }
    pointer
}

/// Whether some mapping in the document gives a key twice.
fn has_duplicate_keys(node: &Node) -> bool {
    match &node.value {
        Value::Map(entries) => entries.iter().enumerate().any(|(i, entry)| {
            entries[..i].iter().any(|e| e.key == entry.key) || has_duplicate_keys(&entry.value)
        }),
        Value::Seq(items) => items.iter().any(has_duplicate_keys),
        _ => false,
    }
}

fn duplicate_keys<'a>(node: &'a Node, path: &mut Vec<Step<'a>>, out: &mut Vec<Violation>) {
    match &node.value {
        Value::Map(entries) => {
            for (i, entry) in entries.iter().enumerate() {
                if let Some(first) = entries[..i].iter().find(|e| e.key == entry.key) {
                    out.push(Violation {
                        pointer: pointer_of(path),
                        range: entry.key_range.clone(),
                        message: msg!("schema-duplicate-key", key = &entry.key),
                        related: Some((first.key_range.clone(), msg!("schema-first-given-here"))),
                        help: None,
                    });
                }
                path.push(Step::Key(&entry.key));
                duplicate_keys(&entry.value, path, out);
                path.pop();
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                duplicate_keys(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::syntax::{ParseLimits, parse_yaml};

    fn violations(text: &str) -> Vec<(String, String)> {
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        check(doc)
            .into_iter()
            .map(|v| (text[v.range].to_string(), v.message.render(Lang::En)))
            .collect()
    }

    /// Each violation in Japanese: (the text it points at, message, help or related label).
    fn violations_ja(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        check(doc)
            .into_iter()
            .map(|v| {
                let also = (v.help.as_ref())
                    .or(v.related.as_ref().map(|(_, label)| label))
                    .map(|m| m.render(Lang::Ja));
                (text[v.range].to_string(), v.message.render(Lang::Ja), also)
            })
            .collect()
    }

    #[test]
    fn violations_are_said_in_japanese() {
        let ja = |at: &str, message: &str, also: Option<&str>| {
            (
                at.to_string(),
                message.to_string(),
                also.map(str::to_string),
            )
        };
        assert_eq!(
            violations_ja(
                "cmslint: 1\nclusters:\n  - name: A\n    type: mnsc\n    nodez: []\n    nodes: x\nserver:\n  - name: B\n"
            ),
            [
                ja("mnsc", "`mnsc` は `ccr`、`scc` のいずれでもない", None),
                ja(
                    "nodez",
                    "このクラスタに不明なキー `nodez` がある",
                    Some("`nodes` の誤りと思われる")
                ),
                ja("x", "リストが必要だが、`x` が指定されている", None),
                ja(
                    "server",
                    "このドキュメントに不明なキー `server` がある",
                    Some("`servers` の誤りと思われる")
                ),
            ]
        );
        assert_eq!(
            violations_ja(
                "cmslint: 1\nservers:\n  - name: B\n    name: C\n    os: {name: x, sp: 2}\n"
            ),
            [
                ja("name", "キー `name` が重複している", Some("最初の指定")),
                ja(
                    "sp",
                    "このオペレーティング システムのバージョンに不明なキー `sp` がある",
                    None
                ),
            ]
        );
        assert_eq!(
            violations_ja("# admins\nworkstations: []\n"),
            [ja(
                "workstations",
                "インベントリのセクション `workstations` があるが、`cmslint: 1` のマーカーがない",
                Some("cmslint のインベントリであることを示す `cmslint: 1` を先頭行に追加する")
            )]
        );
        assert_eq!(
            violations_ja(
                "cmslint: 1\nplans:\n  - {name: p, cluster: c, target: SP2, steps: [], window: {start: 2026-11-14T20:00:00, end: 2026-11-14T19:00:00Z}}\n"
            ),
            [ja(
                "2026-11-14T20:00:00",
                "`2026-11-14T20:00:00` にオフセットがない。`2026-11-14T20:00:00+01:00` のように、`Z` (UTC) またはローカルのオフセットを付ける",
                None
            )]
        );
    }

    #[test]
    fn the_schema_compiles_and_accepts_the_spec_example() {
        let text = include_str!("../../testdata/schema/spec-example.yaml");
        assert_eq!(violations(text), vec![]);
    }

    #[test]
    fn unknown_keys_point_at_the_key() {
        let v = violations("cmslint: 1\nclusters:\n  - name: A\n    nodez: []\n");
        assert_eq!(
            v,
            vec![("nodez".into(), "unknown key `nodez` in this cluster".into())]
        );
    }

    #[test]
    fn misspelt_keys_get_the_key_they_were_meant_to_be() {
        let text = "cmslint: 1\nserver:\n  - name: A\nclusters:\n  - name: C\n    nodes:\n      - {name: N, exhange: SP1, os: {name: x, servicepack: 2}}\nworkstations:\n  - name: W\n    clustertools: [x]\n    frobnicate: 1\n";
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        let violations = check(doc);
        let v: Vec<(&str, Option<String>)> = violations
            .iter()
            .map(|v| {
                (
                    &text[v.range.clone()],
                    v.help.as_ref().map(|h| h.render(Lang::En)),
                )
            })
            .collect();
        assert_eq!(
            v,
            [
                ("server", Some("did you mean `servers`?".to_string())),
                ("exhange", Some("did you mean `exchange`?".to_string())),
                (
                    "servicepack",
                    Some("did you mean `servicePack`?".to_string())
                ),
                (
                    "clustertools",
                    Some("did you mean `clusterTools`?".to_string())
                ),
                ("frobnicate", None),
            ]
        );
    }

    #[test]
    fn wrong_types_and_enums_point_at_the_value() {
        let v = violations("cmslint: 1\nclusters:\n  - name: A\n    type: mnsc\n    nodes: x\n");
        assert_eq!(
            v,
            vec![
                ("mnsc".into(), "`mnsc` is not one of `ccr`, `scc`".into()),
                ("x".into(), "expected a list, found `x`".into()),
            ]
        );
    }

    #[test]
    fn enumerated_values_take_any_case_and_the_spellings_cluster_exe_prints() {
        let v = violations(
            "cmslint: 1\nclusters:\n  - name: A\n    type: CCR\n    groups:\n      - {name: G, type: CMS, state: Partially Online}\n      - {name: H, type: Other, state: ONLINE}\n      - {name: I, type: cluster, state: partially-online}\n      - {name: J, state: Failed}\n      - {name: K, state: Offline}\nservers:\n  - {name: S, os: {version: \"6.0.6001\", productType: Workstation}}\n",
        );
        assert_eq!(v, vec![]);
        let v = violations(
            "cmslint: 1\nclusters:\n  - name: A\n    groups:\n      - {name: G, state: Online Pending}\n",
        );
        assert_eq!(
            v,
            vec![(
                "Online Pending".into(),
                "`Online Pending` is not one of `online`, `offline`, `partially-online`, `failed`"
                    .into()
            )]
        );
    }

    #[test]
    fn a_lost_or_misspelt_marker_is_one_violation_at_the_top_level() {
        let lost = "# admins\nworkstations:\n  - name: A\n    exhange: SP1\n";
        let doc = &parse_yaml(lost, ParseLimits::default()).unwrap()[0];
        assert!(is_inventory(doc));
        assert_eq!(
            violations(lost),
            vec![
                (
                    "workstations".into(),
                    "no `cmslint: 1` marker, though the file has the inventory section `workstations`"
                        .into()
                ),
                ("exhange".into(), "unknown key `exhange` in this workstation".into()),
            ]
        );
        let misspelt = "CMSLNT: 1\nservers: []\n";
        assert_eq!(
            violations(misspelt),
            vec![(
                "CMSLNT".into(),
                "no `cmslint: 1` marker: `CMSLNT` is not the marker key".into()
            )]
        );
        // A misspelt marker on its own still marks the file; other files stay other files.
        for (text, inventory) in [
            ("cmslnit: 1\n", true),
            ("cmslint: 1\n", true),
            ("eslint: {extends: x}\n", false),
            ("tslint: true\n", false),
            ("name: ci\njobs: {}\n", false),
            ("- servers\n", false),
        ] {
            let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
            assert_eq!(is_inventory(doc), inventory, "{text}");
        }
    }

    #[test]
    fn a_window_is_two_rfc3339_date_times_in_order() {
        let plan = |window: &str| {
            format!(
                "cmslint: 1\nplans:\n  - name: p\n    cluster: c\n    target: SP2\n    window: {window}\n    steps: []\n"
            )
        };
        for good in [
            "{start: 2026-12-05T22:00:00Z, end: 2026-12-06T04:00:00Z}",
            "{start: \"2026-11-14T20:00:00+01:00\", end: \"2026-11-15T02:30:00.5+01:00\"}",
            "{start: 2026-11-14t20:00:00z, end: 2026-11-14 21:00:00-05:00}",
        ] {
            assert_eq!(violations(&plan(good)), vec![], "{good}");
        }
        assert_eq!(
            violations(&plan("{start: 14/11/2026 20:00, end: 2026-11-15T02:00:00+01:00}")),
            vec![(
                "14/11/2026 20:00".into(),
                "`14/11/2026 20:00` is not an RFC 3339 date-time such as `2026-11-14T20:00:00+01:00`"
                    .into()
            )]
        );
        assert_eq!(
            violations(&plan("{start: 2026-11-14T20:00:00, end: 2026-02-30T02:00:00Z}")),
            vec![
                (
                    "2026-11-14T20:00:00".into(),
                    "`2026-11-14T20:00:00` has no offset: add `Z` (UTC) or the local offset, as in `2026-11-14T20:00:00+01:00`"
                        .into()
                ),
                (
                    "2026-02-30T02:00:00Z".into(),
                    "`2026-02-30T02:00:00Z` is not a date and time of the calendar".into()
                ),
            ]
        );
        // Instants compare, not texts: 02:00+01:00 is 01:00 UTC.
        let later = "{start: 2026-11-15T02:00:00+01:00, end: 2026-11-15T01:30:00Z}";
        assert_eq!(violations(&plan(later)), vec![]);
        let v = violations(&plan(
            "{start: 2026-11-15T01:00:00Z, end: 2026-11-15T01:30:00+01:00}",
        ));
        assert_eq!(
            v,
            vec![(
                "2026-11-15T01:30:00+01:00".into(),
                "the window ends before it starts".into()
            )]
        );
        let v = violations(&plan(
            "{start: 2026-11-15T01:00:00Z, end: 2026-11-15T02:00:00+01:00}",
        ));
        assert_eq!(v[0].1, "the window ends when it starts");
    }

    #[test]
    fn version_two_is_not_read() {
        let v = violations("cmslint: 2\n");
        assert_eq!(
            v,
            vec![(
                "2".into(),
                "format version `2` is not read by this cmslint, which reads format 1".into()
            )]
        );
    }

    #[test]
    fn the_version_as_text_is_text_where_the_number_1_is_expected() {
        for text in ["cmslint: \"1\"\n", "{\"cmslint\": \"1\"}"] {
            let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
            let v = check(doc);
            assert_eq!(v.len(), 1, "{v:?}");
            assert_eq!(&text[v[0].range.clone()], "\"1\"");
            assert_eq!(
                v[0].message.render(Lang::En),
                "the format version is the text \"1\" where the number 1 is expected"
            );
            assert_eq!(
                v[0].help.as_ref().map(|h| h.render(Lang::En)).as_deref(),
                Some("write `cmslint: 1`, without quotes")
            );
        }
        let v = violations("cmslint: [1]\n");
        assert_eq!(v[0].1, "expected the number 1, found a list");
    }

    #[test]
    fn steps_need_exactly_one_of_run_and_action() {
        let v = violations(
            "cmslint: 1\nplans:\n  - name: p\n    cluster: c\n    target: SP2\n    steps:\n      - on: N\n      - run: x\n        action: note\n        text: t\n",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v[0].1.contains("needs `run`"));
        assert!(v[1].1.contains("not both"));
    }

    #[test]
    fn duplicate_keys_point_at_the_second() {
        let v = violations("cmslint: 1\nservers:\n  - name: A\n    name: B\n");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "name");
        assert!(v[0].1.starts_with("duplicate key `name`"));
    }

    #[test]
    fn a_bad_os_mapping_reports_the_inner_problem() {
        let v = violations(
            "cmslint: 1\nservers:\n  - name: A\n    os: {name: Windows Server 2003, sp: 2}\n",
        );
        assert_eq!(
            v,
            vec![(
                "sp".into(),
                "unknown key `sp` in this Windows version".into()
            )]
        );
    }
}
