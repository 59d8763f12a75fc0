//! The YAML seam: serde-saphyr with strict booleans and budgets, deserialised into the spanned
//! [`Node`] tree. Recursion is bounded by the depth budget; callers run it on a thread with a
//! large stack (see `scan`), because debug builds spend tens of KiB of stack per level.

use super::{Entry, Node, ParseLimits, SyntaxError, Value};
use crate::i18n::Message;
use crate::msg;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Options, Spanned};
use std::fmt;

/// Parses every document of a YAML stream. Empty documents are left out.
pub fn parse_yaml(text: &str, limits: ParseLimits) -> Result<Vec<Node>, SyntaxError> {
    let options = options(text.len(), limits);
    let docs: Vec<Spanned<Raw>> =
        serde_saphyr::from_multiple_with_options(text, options).map_err(|err| {
            let start = err.location().map_or(0, |loc| error_offset(&loc, text));
            let message = err.to_string();
            let line = first_line(&message);
            if line.contains("tab")
                && let Some(tab) = indenting_tab(text, start)
            {
                return SyntaxError {
                    message: msg!("scan-yaml-tab"),
                    range: tab..tab,
                    help: Some(msg!("scan-yaml-tab-help")),
                };
            }
            SyntaxError {
                message: error_message(line),
                range: start..start,
                help: None,
            }
        })?;
    Ok(docs.into_iter().map(|doc| into_node(doc, text)).collect())
}

fn options(len: usize, limits: ParseLimits) -> Options {
    // Node and event budgets grow with the file, so a large honest inventory passes while an
    // alias bomb (tiny text, huge expansion) is still refused at once.
    let mut budget = Budget::default();
    budget.max_depth = limits.max_depth;
    budget.max_nodes = 250_000usize.max(len);
    budget.max_events = 1_000_000usize.max(len * 2);
    budget.max_aliases = 10_000;
    budget.max_documents = 10_000;
    let mut options = Options::default();
    options.budget = Some(budget);
    // `NO`, `yes` and `on` stay strings: only `true` and `false` are booleans.
    options.strict_booleans = true;
    // Duplicate keys reach the tree, where the schema stage reports them at the second key.
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.with_snippet = false;
    options.alias_limits.max_total_replayed_events = 100_000;
    options.alias_limits.max_replay_stack_depth = limits.max_depth;
    options
}

/// The first line of the parser's message without the position it appends (reports show the
/// position).
fn first_line(message: &str) -> &str {
    let line = message.lines().next().unwrap_or("invalid YAML").trim();
    match line.find(" at line ") {
        Some(cut) => &line[..cut],
        None => line,
    }
}

/// The parser's message, quoted as it is; a budget breach in cmslint's words.
fn error_message(line: &str) -> Message {
    // Budget breaches print a debug structure (`budget breached: Depth { depth: 129 }`).
    if line.contains("Depth {") {
        return msg!("scan-yaml-too-deep");
    }
    match line.strip_prefix("budget breached: ") {
        Some(what) => msg!("scan-yaml-over-limits", limit = what),
        None => Message::verbatim(line),
    }
}

/// The tab a tab error is about: the parser reports it at the end of the line before, or just
/// after the tab, so this is the first tab that indents a line, from the start of the line the
/// error is on.
fn indenting_tab(text: &str, offset: usize) -> Option<usize> {
    let line_start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let mut at = line_start;
    for line in text[line_start..].split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(tab) = line[..indent].find('\t') {
            return Some(at + tab);
        }
        at += line.len();
    }
    None
}

/// Errors carry a line and column but not always a byte offset: derive it from them.
fn error_offset(location: &serde_saphyr::Location, text: &str) -> usize {
    if let Some(offset) = location.span().byte_offset() {
        return (offset as usize).min(text.len());
    }
    let line = location.line().max(1) as usize;
    let Some(line_start) = (if line == 1 {
        Some(0)
    } else {
        text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
    }) else {
        return text.len();
    };
    let column = location.column().max(1) as usize;
    text[line_start..]
        .char_indices()
        .take_while(|&(_, c)| c != '\n')
        .nth(column - 1)
        .map_or_else(
            || {
                line_start
                    + text[line_start..]
                        .find('\n')
                        .unwrap_or(text.len() - line_start)
            },
            |(i, _)| line_start + i,
        )
}

/// Value as deserialised, before spans are turned into byte ranges.
enum Raw {
    Null,
    Bool(bool),
    /// Numbers are re-read from the source text so they keep their spelling.
    Number,
    String(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Key>, Spanned<Raw>)>),
}

/// A mapping key: any scalar, as text. Sequences and mappings as keys are refused.
struct Key(Option<String>);

fn byte_range(located: &serde_saphyr::Location, text: &str) -> std::ops::Range<usize> {
    let span = located.span();
    let start = span.byte_offset().map_or(0, |o| o as usize).min(text.len());
    let end = span
        .byte_len()
        .map_or(start, |l| start + l as usize)
        .min(text.len());
    start..end
}

fn into_node(raw: Spanned<Raw>, text: &str) -> Node {
    let range = byte_range(&raw.referenced, text);
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Bool(b) => Value::Bool(b),
        Raw::Number => Value::Number(text.get(range.clone()).unwrap_or_default().to_string()),
        Raw::String(s) => Value::String(s),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| into_node(i, text)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(key, value)| {
                    let key_range = byte_range(&key.referenced, text);
                    let key_text = key
                        .value
                        .0
                        .unwrap_or_else(|| text.get(key_range.clone()).unwrap_or("").to_string());
                    Entry {
                        key: key_text,
                        key_range,
                        value: into_node(value, text),
                    }
                })
                .collect(),
        ),
    };
    // A mapping or sequence is located at its first character; it extends to its last child.
    let end = match &value {
        Value::Seq(items) => items.last().map(|i| i.range.end),
        Value::Map(entries) => entries
            .last()
            .map(|e| e.value.range.end.max(e.key_range.end)),
        _ => None,
    };
    let range = range.start..range.end.max(end.unwrap_or(0));
    Node { range, value }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Raw, E> {
        Ok(Raw::Number)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Raw, E> {
        Ok(Raw::Number)
    }
    fn visit_i128<E>(self, _: i128) -> Result<Raw, E> {
        Ok(Raw::Number)
    }
    fn visit_u128<E>(self, _: u128) -> Result<Raw, E> {
        Ok(Raw::Number)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Raw, E> {
        Ok(Raw::Number)
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::String(v))
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Raw::Map(entries))
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scalar mapping key")
    }
    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(Key(Some(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Key, E> {
        Ok(Key(Some(v)))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Key, E> {
        Ok(Key(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Key, E> {
        Ok(Key(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Key, E> {
        Ok(Key(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Key, E> {
        Ok(Key(None))
    }
    fn visit_unit<E>(self) -> Result<Key, E> {
        Ok(Key(Some(String::new())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Key, A::Error> {
        Err(de::Error::custom("a sequence cannot be a mapping key"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Key, A::Error> {
        Err(de::Error::custom("a mapping cannot be a mapping key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Node> {
        parse_yaml(text, ParseLimits::default()).unwrap()
    }

    #[test]
    fn strict_booleans_keep_no_a_string() {
        let docs = parse("a: NO\nb: true\nc: 8.10\n");
        let doc = &docs[0];
        assert_eq!(doc.get("a").unwrap().value, Value::String("NO".into()));
        assert_eq!(doc.get("b").unwrap().value, Value::Bool(true));
        assert_eq!(doc.get("c").unwrap().value, Value::Number("8.10".into()));
    }

    #[test]
    fn spans_point_at_keys_and_values() {
        let text = "cmslint: 1\nclusters:\n  - name: EXCLU01\n";
        let doc = &parse(text)[0];
        let name = doc.get("clusters").unwrap().items()[0].get("name").unwrap();
        assert_eq!(&text[name.range.clone()], "EXCLU01");
        let entry = doc.entry("clusters").unwrap();
        assert_eq!(&text[entry.key_range.clone()], "clusters");
    }

    #[test]
    fn several_documents_and_duplicate_keys_reach_the_tree() {
        let docs = parse("a: 1\na: 2\n---\nb: 3\n");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].entries().len(), 2);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        assert!(parse_yaml(&text, ParseLimits::default()).is_err());
    }

    #[test]
    fn a_tab_is_pointed_at_itself_with_a_help() {
        for text in [
            "cmslint: 1\nservers:\n  - name: A\n\tos: x\n",
            "cmslint: 1\nservers:\n\t- name: A\n",
            "cmslint: 1\nclusters:\n  - name: A\n    nodes:\n    \t- name: B\n",
            "cmslint: 1\n\tservers: []\n",
            "cmslint: 1\nservers:\n  - name: A\n  \t os: x\n",
        ] {
            let err = parse_yaml(text, ParseLimits::default()).unwrap_err();
            let tab = text.find('\t').unwrap();
            assert_eq!(err.range, tab..tab, "{text:?}: {err:?}");
            assert_eq!(err.message, msg!("scan-yaml-tab"), "{text:?}");
            assert_eq!(err.help, Some(msg!("scan-yaml-tab-help")), "{text:?}");
        }
    }

    #[test]
    fn syntax_error_has_a_position() {
        let text = "a: [1, 2\nb: c\n";
        let err = parse_yaml(text, ParseLimits::default()).unwrap_err();
        assert_eq!(err.range.start, 10, "{err:?}");
        let message = err.message.render(crate::i18n::Lang::En);
        assert!(!message.contains("line 2"), "{err:?}");
    }
}
