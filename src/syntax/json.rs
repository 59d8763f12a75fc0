//! The JSON seam: jsonc-parser in strict JSON mode, converted to the spanned [`Node`] tree.

use super::{Entry, Node, ParseLimits, SyntaxError, Value};
use crate::i18n::Message;
use crate::msg;
use jsonc_parser::ast;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions, parse_to_ast};

/// Strict RFC 8259 JSON. jsonc-parser defaults every flag to true (JSON5), so each one is
/// written out here.
pub fn strict_options() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

/// Parses one JSON text. `Ok(None)` means the text holds no value at all.
pub fn parse_json(text: &str, limits: ParseLimits) -> Result<Option<Node>, SyntaxError> {
    // The parser recurses once per level, so refuse deep nesting before it runs.
    check_depth(text, limits.max_depth)?;
    let collect = CollectOptions {
        comments: CommentCollectionStrategy::Off,
        tokens: false,
    };
    let parsed = parse_to_ast(text, &collect, &strict_options()).map_err(|e| SyntaxError {
        message: Message::verbatim(e.kind().to_string()),
        range: e.range().start..e.range().end,
        help: None,
    })?;
    Ok(parsed.value.map(convert))
}

fn convert(value: ast::Value<'_>) -> Node {
    match value {
        ast::Value::StringLit(s) => leaf(s.range, Value::String(s.value.into_owned())),
        ast::Value::NumberLit(n) => leaf(n.range, Value::Number(n.value.to_string())),
        ast::Value::BooleanLit(b) => leaf(b.range, Value::Bool(b.value)),
        ast::Value::NullKeyword(n) => leaf(n.range, Value::Null),
        ast::Value::Array(a) => leaf(
            a.range,
            Value::Seq(a.elements.into_iter().map(convert).collect()),
        ),
        ast::Value::Object(o) => leaf(
            o.range,
            Value::Map(
                o.properties
                    .into_iter()
                    .map(|prop| {
                        let key_range = match &prop.name {
                            ast::ObjectPropName::String(s) => s.range,
                            ast::ObjectPropName::Word(w) => w.range,
                        };
                        Entry {
                            key: prop.name.into_string(),
                            key_range: key_range.start..key_range.end,
                            value: convert(prop.value),
                        }
                    })
                    .collect(),
            ),
        ),
    }
}

fn leaf(range: jsonc_parser::common::Range, value: Value) -> Node {
    Node {
        range: range.start..range.end,
        value,
    }
}

/// Hand-written pre-scan for nesting depth: counts `[` and `{` outside strings. It is a few
/// lines and no crate exposes a depth-limited jsonc-parser.
fn check_depth(text: &str, max_depth: usize) -> Result<(), SyntaxError> {
    // No text nests deeper than it has openers, and counting them is a vectorised loop: an
    // inventory has far fewer than the limit, and only a text with more is walked.
    let openers = text.bytes().filter(|&b| b == b'[' || b == b'{').count();
    if openers <= max_depth {
        return Ok(());
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max_depth {
                    return Err(SyntaxError {
                        message: msg!("scan-json-too-deep", max = max_depth),
                        range: i..i + 1,
                        help: None,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_spans_and_number_text() {
        let node = parse_json(r#"{"a": [1.50, "x"]}"#, ParseLimits::default())
            .unwrap()
            .unwrap();
        let entry = &node.entries()[0];
        assert_eq!(entry.key, "a");
        assert_eq!(entry.key_range, 1..4);
        let items = entry.value.items();
        assert_eq!(items[0].value, Value::Number("1.50".into()));
        assert_eq!(items[1].range, 13..16);
    }

    #[test]
    fn refuses_json5() {
        for text in [
            "{a: 1}",
            "{\"a\": 1,}",
            "{\"a\": 'x'}",
            "// c\n{}",
            "{\"a\": 0x1}",
            "{\"a\": +1}",
            "{\"a\": .5}",
            "{\"a\": NaN}",
            "{\"a\": 1 \"b\": 2}",
            r#"{"a": "\x41"}"#,
        ] {
            assert!(
                parse_json(text, ParseLimits::default()).is_err(),
                "{text} was accepted"
            );
        }
    }

    #[test]
    fn deep_nesting_is_an_error_at_the_level_that_breaks_it() {
        let text = "[".repeat(10_000);
        let err = parse_json(&text, ParseLimits { max_depth: 100 }).unwrap_err();
        assert_eq!(err.range, 100..101);
    }

    /// More openers than the limit, but never that deep (side by side, or inside strings), is
    /// not an error; one level more than the limit is, and exactly the limit is not.
    #[test]
    fn only_nesting_counts_towards_the_depth() {
        let limits = ParseLimits { max_depth: 3 };
        let wide = r#"[[1], [2], {"a": "[[[[{{{{"}, [[3]]]"#;
        assert!(parse_json(wide, limits).is_ok());
        assert!(parse_json("[[[1]]]", limits).is_ok());
        let err = parse_json(r#"[{"a": [[1]]}]"#, limits).unwrap_err();
        assert_eq!(err.range, 8..9);
    }
}
