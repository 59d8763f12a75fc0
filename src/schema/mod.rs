//! The published JSON Schema of inventory format v1, and the check that maps each violation
//! back to the span of the offending value (INV002).

mod instance;
pub mod window;

use crate::syntax::{Entry, Node, Value};
use instance::Spanned;
use jsonschema::error::ValidationErrorKind;
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

/// The schema object that holds the keyword at `keyword_path` (`/$defs/group/properties/type/pattern`
/// -> the `type` property's schema).
fn keyword_parent(keyword_path: &str) -> Option<&'static serde_json::Value> {
    let (parent, _keyword) = keyword_path.rsplit_once('/')?;
    schema_json().pointer(parent)
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
    pub message: String,
    /// Another place that explains this one (the first of two duplicate keys).
    pub related: Option<(Range<usize>, String)>,
    /// How to fix it, when there is more to say than the message (a key it was meant to be).
    pub help: Option<String>,
}

/// The sections an inventory document may hold at its top level.
const SECTIONS: [&str; 5] = ["clusters", "servers", "workstations", "plans", "migrations"];

/// The marker key, and how far a misspelling of it may stray (`cmslnt`, `CMSLINT`).
const MARKER: &str = "cmslint";
const MARKER_TYPOS: usize = 2;

/// How the top level of a document marks it as an inventory.
enum Marker<'a> {
    /// `cmslint:` is there (the schema judges its value).
    Present,
    /// The marker key misspelt (`cmslnt: 1`).
    Misspelt(&'a Entry),
    /// No marker, but an inventory section (`workstations:`).
    Missing(&'a Entry),
    /// Neither: some other JSON or YAML.
    Absent,
}

fn marker(doc: &Node) -> Marker<'_> {
    if doc.entry(MARKER).is_some() {
        return Marker::Present;
    }
    let entries = doc.entries();
    let section = entries.iter().find(|e| SECTIONS.contains(&e.key.as_str()));
    // Without a section, a near key counts only with a version number as its value, so that
    // another tool's `eslint:` or `tslint:` section is not taken for a lost marker.
    let version_like = |node: &Node| match &node.value {
        Value::Number(_) => true,
        Value::String(text) => !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    let misspelt = entries.iter().find(|e| {
        crate::words::closest(&e.key, [MARKER], MARKER_TYPOS).is_some()
            && (section.is_some() || version_like(&e.value))
    });
    match (misspelt, section) {
        (Some(entry), _) => Marker::Misspelt(entry),
        (None, Some(entry)) => Marker::Missing(entry),
        (None, None) => Marker::Absent,
    }
}

/// Whether a document is an inventory: it has the `cmslint` marker, or has lost it (an
/// inventory section or a misspelt marker key at its top level), which [`check`] reports.
pub fn is_inventory(doc: &Node) -> bool {
    !matches!(marker(doc), Marker::Absent)
}

/// The violation for a document without its `cmslint: 1` marker, at the top level.
fn lost_marker(doc: &Node) -> Violation {
    let (range, message, help) = match marker(doc) {
        Marker::Misspelt(entry) => (
            entry.key_range.clone(),
            format!(
                "no `cmslint: 1` marker: `{}` is not the marker key",
                entry.key
            ),
            format!("did you mean `{MARKER}`?"),
        ),
        Marker::Missing(entry) => (
            entry.key_range.clone(),
            format!(
                "no `cmslint: 1` marker, though the file has the inventory section `{}`",
                entry.key
            ),
            "add `cmslint: 1` as the first line, which marks the file as a cmslint inventory"
                .to_string(),
        ),
        Marker::Present | Marker::Absent => (
            doc.range.start..doc.range.start,
            "no `cmslint: 1` marker".to_string(),
            "add `cmslint: 1` as the first line, which marks the file as a cmslint inventory"
                .to_string(),
        ),
    };
    Violation {
        pointer: String::new(),
        range,
        message,
        related: None,
        help: Some(help),
    }
}

/// Checks one inventory document: duplicate keys, then the schema.
pub fn check(doc: &Node) -> Vec<Violation> {
    let mut out = Vec::new();
    duplicate_keys(doc, &mut Vec::new(), &mut out);
    // Numbers JSON cannot hold are reported by the scanner as unparseable.
    if doc.check_numbers().is_err() {
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
    out.sort_by(|a, b| (a.range.start, &a.message).cmp(&(b.range.start, &b.message)));
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
        let violation = |key: &str, at: &Node, message: String, related| Violation {
            pointer: format!("/plans/{i}/window/{key}"),
            range: at.range.clone(),
            message,
            related,
            help: None,
        };
        match (window::date_time(start_text), window::date_time(end_text)) {
            (Ok(from), Ok(to)) => {
                if let Err(message) = window::order(from, to) {
                    let related = Some((start.range.clone(), "the window starts here".into()));
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

fn duplicate_keys<'a>(node: &'a Node, path: &mut Vec<Step<'a>>, out: &mut Vec<Violation>) {
    match &node.value {
        Value::Map(entries) => {
            for (i, entry) in entries.iter().enumerate() {
                if let Some(first) = entries[..i].iter().find(|e| e.key == entry.key) {
                    out.push(Violation {
                        pointer: pointer_of(path),
                        range: entry.key_range.clone(),
                        message: format!("duplicate key `{}`", entry.key),
                        related: Some((first.key_range.clone(), "first given here".into())),
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

fn describe(doc: &Node, error: &jsonschema::ValidationError<'_>, out: &mut Vec<Violation>) {
    let pointer = error.instance_path().as_str();
    let kind = error.kind();
    let (node, key_range) = doc.locate(pointer);
    let at_value = node.range.clone();
    // A list item that is a mapping is shown at its first character, not all its lines.
    let at_key_or_value = key_range.clone().unwrap_or(at_value.start..at_value.start);
    let push = |out: &mut Vec<Violation>, range: Range<usize>, message: String| {
        out.push(Violation {
            pointer: pointer.to_string(),
            range,
            message,
            related: None,
            help: None,
        })
    };
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for key in unexpected {
                // A misspelt marker is reported once, as the lost marker.
                if pointer.is_empty() && matches!(marker(doc), Marker::Misspelt(e) if &e.key == key)
                {
                    continue;
                }
                let range = node
                    .entry(key)
                    .map_or(at_value.clone(), |e| e.key_range.clone());
                // The keys this mapping takes, from the schema object that refused this one.
                let known = keyword_parent(error.schema_path().as_str())
                    .and_then(|schema| schema.get("properties"))
                    .and_then(serde_json::Value::as_object);
                let meant = known.and_then(|keys| {
                    crate::words::did_you_mean(key, keys.keys().map(String::as_str))
                });
                out.push(Violation {
                    pointer: pointer.to_string(),
                    range,
                    message: format!("unknown key `{key}`{}", where_(pointer)),
                    related: None,
                    help: meant.map(|m| format!("did you mean `{m}`?")),
                });
            }
        }
        ValidationErrorKind::Required { property } if pointer.is_empty() && property == MARKER => {
            out.push(lost_marker(doc));
        }
        ValidationErrorKind::Required { property } => {
            let property = property.as_str().unwrap_or_default();
            push(
                out,
                at_key_or_value,
                format!("missing required key `{property}`{}", where_(pointer)),
            );
        }
        ValidationErrorKind::Type { kind } => push(
            out,
            at_value,
            format!(
                "expected {}, found {}",
                type_name(kind),
                describe_value(node)
            ),
        ),
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(|o| o.to_string().replace('"', "`")).collect())
                .unwrap_or_default();
            push(
                out,
                at_value,
                format!(
                    "{} is not one of {}",
                    describe_value(node),
                    options.join(", ")
                ),
            );
        }
        // Enumerated values are case-insensitive patterns; `examples` lists their spellings.
        ValidationErrorKind::Pattern { .. } => {
            let options: Vec<String> = keyword_parent(error.schema_path().as_str())
                .and_then(|schema| schema.get("examples"))
                .and_then(serde_json::Value::as_array)
                .map(|a| a.iter().map(|o| o.to_string().replace('"', "`")).collect())
                .unwrap_or_default();
            let message = if options.is_empty() {
                format!("{} is not a valid {}", describe_value(node), what(pointer))
            } else {
                format!(
                    "{} is not one of {}",
                    describe_value(node),
                    options.join(", ")
                )
            };
            push(out, at_value, message);
        }
        ValidationErrorKind::Constant { expected_value } if pointer == "/cmslint" => {
            match &node.value {
                Value::Number(_) => push(
                    out,
                    at_value,
                    format!(
                        "format version {} is not read by this cmslint, which reads format {expected_value}",
                        describe_value(node)
                    ),
                ),
                Value::String(text) => out.push(Violation {
                    pointer: pointer.to_string(),
                    range: at_value,
                    message: format!(
                        "the format version is the text {} where the number {expected_value} is expected",
                        serde_json::Value::from(text.as_str())
                    ),
                    related: None,
                    help: Some(format!("write `cmslint: {expected_value}`, without quotes")),
                }),
                _ => push(
                    out,
                    at_value,
                    format!(
                        "expected the number {expected_value}, found {}",
                        describe_value(node)
                    ),
                ),
            }
        }
        ValidationErrorKind::MinLength { .. } => {
            push(out, at_value, "must not be empty".to_string())
        }
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            if node.entry("run").is_some() && node.entry("action").is_some() {
                push(
                    out,
                    at_key_or_value,
                    "a step has either `run` or `action`, not both".to_string(),
                );
            } else if pointer.contains("/steps/")
                && node.entry("run").is_none()
                && node.entry("action").is_none()
            {
                push(
                    out,
                    at_key_or_value,
                    "a step needs `run` (a command) or `action`".to_string(),
                );
            } else if let Some(best) = context
                .iter()
                // A branch that failed only on the value's type is for another shape of value.
                .filter(|branch| {
                    !branch.is_empty()
                        && !branch
                            .iter()
                            .all(|e| matches!(e.kind(), ValidationErrorKind::Type { .. }))
                })
                .min_by_key(|branch| {
                    // The branch that got furthest: the fewest errors, deepest paths first.
                    let depth = branch
                        .iter()
                        .map(|e| e.instance_path().as_str().len())
                        .max()
                        .unwrap_or(0);
                    (branch.len(), usize::MAX - depth)
                })
            {
                for error in best {
                    describe(doc, error, out);
                }
            } else {
                push(
                    out,
                    at_value,
                    format!("{} is not a valid {}", describe_value(node), what(pointer)),
                );
            }
        }
        _ => push(out, at_value, error.to_string()),
    }
}

/// " in clusters[0]" style context for key messages.
fn where_(pointer: &str) -> String {
    let what = what(pointer);
    if what.is_empty() {
        String::new()
    } else {
        format!(" in this {what}")
    }
}

/// What kind of object a pointer addresses, from its last named segment.
fn what(pointer: &str) -> &'static str {
    let segments: Vec<&str> = pointer.split('/').filter(|s| !s.is_empty()).collect();
    let last_named = segments.iter().rev().find(|s| s.parse::<usize>().is_err());
    match last_named.copied() {
        None => "document",
        Some("clusters") => "cluster",
        Some("nodes") => "node",
        Some("groups") => "group",
        Some("servers") => "server",
        Some("workstations") => "workstation",
        Some("plans") => "plan",
        Some("steps") => "step",
        Some("migrations") => "migration",
        Some("window") => "window",
        Some("os") | Some("to") | Some("clusterTools") => "Windows version",
        _ => "",
    }
}

fn type_name(kind: &jsonschema::error::TypeKind) -> String {
    let name = |t: &str| match t {
        "object" => "a mapping".to_string(),
        "array" => "a list".to_string(),
        "string" => "text".to_string(),
        "integer" => "a whole number".to_string(),
        other => format!("a {other}"),
    };
    match kind {
        jsonschema::error::TypeKind::Single(t) => name(&t.to_string()),
        jsonschema::error::TypeKind::Multiple(set) => set
            .iter()
            .map(|t| name(&t.to_string()))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn describe_value(node: &Node) -> String {
    match &node.value {
        Value::Null => "nothing (null)".into(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("`{n}`"),
        Value::String(s) => format!("`{s}`"),
        Value::Seq(_) => "a list".into(),
        Value::Map(_) => "a mapping".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{ParseLimits, parse_yaml};

    fn violations(text: &str) -> Vec<(String, String)> {
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        check(doc)
            .into_iter()
            .map(|v| (text[v.range].to_string(), v.message))
            .collect()
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
        let v: Vec<(&str, Option<&str>)> = violations
            .iter()
            .map(|v| (&text[v.range.clone()], v.help.as_deref()))
            .collect();
        assert_eq!(
            v,
            [
                ("server", Some("did you mean `servers`?")),
                ("exhange", Some("did you mean `exchange`?")),
                ("servicepack", Some("did you mean `servicePack`?")),
                ("clustertools", Some("did you mean `clusterTools`?")),
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
                v[0].message,
                "the format version is the text \"1\" where the number 1 is expected"
            );
            assert_eq!(
                v[0].help.as_deref(),
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
