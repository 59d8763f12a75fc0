//! Each JSON Schema error said in the inventory's words, at the key or value it is about: an
//! unknown key with the key it was meant to be, a wrong type or value with what was given, a
//! missing key with what holds it.

use super::marker::{MARKER, Marker, lost_marker, marker};
use super::{Violation, schema_json};
use crate::syntax::{Node, Value};
use jsonschema::error::ValidationErrorKind;
use std::ops::Range;

/// The schema object that holds the keyword at `keyword_path` (`/$defs/group/properties/type/pattern`
/// -> the `type` property's schema).
fn keyword_parent(keyword_path: &str) -> Option<&'static serde_json::Value> {
    let (parent, _keyword) = keyword_path.rsplit_once('/')?;
    schema_json().pointer(parent)
}

pub(super) fn describe(
    doc: &Node,
    error: &jsonschema::ValidationError<'_>,
    out: &mut Vec<Violation>,
) {
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
