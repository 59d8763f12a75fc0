//! Each JSON Schema error said in the inventory's words, at the key or value it is about: an
//! unknown key with the key it was meant to be, a wrong type or value with what was given, a
//! missing key with what holds it.

use super::marker::{MARKER, Marker, lost_marker, marker};
use super::{Violation, schema_json};
use crate::i18n::Message;
use crate::msg;
use crate::syntax::{Node, Value};
use crate::words::{code_list, did_you_mean, meant, or_list};
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
    let push = |out: &mut Vec<Violation>, range: Range<usize>, message: Message| {
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
                let closest =
                    known.and_then(|keys| did_you_mean(key, keys.keys().map(String::as_str)));
                let message = match what(pointer) {
                    Some(place) => msg!("schema-unknown-key-in", key = key, place = place),
                    None => msg!("schema-unknown-key", key = key),
                };
                out.push(Violation {
                    pointer: pointer.to_string(),
                    range,
                    message,
                    related: None,
                    help: closest.map(meant),
                });
            }
        }
        ValidationErrorKind::Required { property } if pointer.is_empty() && property == MARKER => {
            out.push(lost_marker(doc));
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let message = match what(pointer) {
                Some(place) => msg!("schema-missing-key-in", key = key, place = place),
                None => msg!("schema-missing-key", key = key),
            };
            push(out, at_key_or_value, message);
        }
        ValidationErrorKind::Type { kind } => {
            let (expected, found) = (type_name(kind), describe_value(node));
            push(
                out,
                at_value,
                msg!("schema-wrong-type", expected = expected, found = found),
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options = options.as_array().map_or(&[][..], Vec::as_slice);
            push(out, at_value, not_one_of(node, options));
        }
        // Enumerated values are case-insensitive patterns; `examples` lists their spellings.
        ValidationErrorKind::Pattern { .. } => {
            let options = keyword_parent(error.schema_path().as_str())
                .and_then(|schema| schema.get("examples"))
                .and_then(serde_json::Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            let message = if options.is_empty() {
                not_valid(node, pointer)
            } else {
                not_one_of(node, options)
            };
            push(out, at_value, message);
        }
        ValidationErrorKind::Constant { expected_value } if pointer == "/cmslint" => {
            let expected = expected_value.to_string();
            let value = describe_value(node);
            match &node.value {
                Value::Number(_) => {
                    let message = msg!("schema-version-unsupported", version = value);
                    push(out, at_value, message.arg("expected", expected))
                }
                Value::String(text) => {
                    let text = serde_json::Value::from(text.as_str()).to_string();
                    out.push(Violation {
                        pointer: pointer.to_string(),
                        range: at_value,
                        message: msg!("schema-version-text", text = text, expected = &expected),
                        related: None,
                        help: Some(msg!("schema-version-text-help", expected = expected)),
                    })
                }
                _ => {
                    let message = msg!("schema-version-not-a-number", found = value);
                    push(out, at_value, message.arg("expected", expected))
                }
            }
        }
        ValidationErrorKind::MinLength { .. } => push(out, at_value, msg!("schema-empty")),
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            if node.entry("run").is_some() && node.entry("action").is_some() {
                push(out, at_key_or_value, msg!("schema-step-run-and-action"));
            } else if pointer.contains("/steps/")
                && node.entry("run").is_none()
                && node.entry("action").is_none()
            {
                push(out, at_key_or_value, msg!("schema-step-no-run-or-action"));
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
                push(out, at_value, not_valid(node, pointer));
            }
        }
        // The validator's own words, for what the inventory's schema does not use.
        _ => push(out, at_value, Message::verbatim(error.to_string())),
    }
}

/// "`mnsc` is not one of `ccr`, `scc`": the value and the spellings the schema lists.
fn not_one_of(node: &Node, options: &[serde_json::Value]) -> Message {
    let options: Vec<String> = (options.iter())
        .map(|o| o.as_str().map_or_else(|| o.to_string(), str::to_string))
        .collect();
    let options = code_list(options.iter().map(String::as_str));
    let value = describe_value(node);
    msg!("schema-not-one-of", value = value, options = options)
}

/// "`x` is not a valid Windows version".
fn not_valid(node: &Node, pointer: &str) -> Message {
    let value = describe_value(node);
    match what(pointer) {
        Some(what) => msg!("schema-not-valid", value = value, what = what),
        None => msg!("schema-not-valid-value", value = value),
    }
}

/// What kind of object a pointer addresses, from its last named segment (`cluster`, `Windows
/// version`); `None` when the segment names none.
fn what(pointer: &str) -> Option<Message> {
    let segments: Vec<&str> = pointer.split('/').filter(|s| !s.is_empty()).collect();
    let last_named = segments.iter().rev().find(|s| s.parse::<usize>().is_err());
    Some(match last_named.copied() {
        None => msg!("schema-what-document"),
        Some("clusters") => msg!("schema-what-cluster"),
        Some("nodes") => msg!("schema-what-node"),
        Some("groups") => msg!("schema-what-group"),
        Some("servers") => msg!("schema-what-server"),
        Some("workstations") => msg!("schema-what-workstation"),
        Some("plans") => msg!("schema-what-plan"),
        Some("steps") => msg!("schema-what-step"),
        Some("migrations") => msg!("schema-what-migration"),
        Some("window") => msg!("schema-what-window"),
        Some("os") | Some("to") | Some("clusterTools") => msg!("schema-what-windows-version"),
        _ => return None,
    })
}

/// The JSON type the schema expects, in the inventory's words (`a mapping`, `text`).
fn type_name(kind: &jsonschema::error::TypeKind) -> Message {
    let name = |t: jsonschema::JsonType| match t {
        jsonschema::JsonType::Object => msg!("schema-type-mapping"),
        jsonschema::JsonType::Array => msg!("schema-type-list"),
        jsonschema::JsonType::String => msg!("schema-type-text"),
        jsonschema::JsonType::Integer => msg!("schema-type-whole-number"),
        jsonschema::JsonType::Number => msg!("schema-type-number"),
        jsonschema::JsonType::Boolean => msg!("schema-type-boolean"),
        jsonschema::JsonType::Null => msg!("schema-type-null"),
    };
    match kind {
        jsonschema::error::TypeKind::Single(t) => name(*t),
        jsonschema::error::TypeKind::Multiple(set) => or_list(set.iter().map(name).collect()),
    }
}

/// The value given: a scalar as written, in backticks; a list or mapping by its kind.
fn describe_value(node: &Node) -> Message {
    match &node.value {
        Value::Null => msg!("schema-value-null"),
        Value::Bool(b) => Message::verbatim(format!("`{b}`")),
        Value::Number(n) => Message::verbatim(format!("`{n}`")),
        Value::String(s) => Message::verbatim(format!("`{s}`")),
        Value::Seq(_) => msg!("schema-type-list"),
        Value::Map(_) => msg!("schema-type-mapping"),
    }
}
