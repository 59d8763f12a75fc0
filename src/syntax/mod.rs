//! The spanned document tree that both parsers produce: YAML and JSON are one data model, and
//! every value keeps the byte range it came from.

mod json;
mod yaml;

pub use json::{parse_json, strict_options as json_parse_options};
pub use yaml::parse_yaml;

use crate::i18n::Message;
use crate::msg;
use std::ops::Range;

/// Limits that keep hostile documents from exhausting the stack or the memory.
#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    /// Deepest nesting of mappings and sequences accepted.
    pub max_depth: usize,
}

impl Default for ParseLimits {
    fn default() -> Self {
        ParseLimits { max_depth: 128 }
    }
}

/// Why a text could not be parsed: a message (the parser's own words, quoted as they are, or
/// cmslint's) and the byte range it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: Message,
    pub range: Range<usize>,
    /// How to fix it, where the parser's words alone would not say (a tab in YAML).
    pub help: Option<Message>,
}

/// One value with its byte range in the decoded text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    pub range: Range<usize>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// A number, kept as written so that `8.10` and `8.1` stay apart.
    Number(String),
    String(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// A mapping entry: the key as text with its range, and the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_range: Range<usize>,
    pub value: Node,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Scalars as text: strings as they are, numbers as written, booleans as `true`/`false`.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.clone()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    /// The first entry with this key.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key == key)
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// Converts to a JSON value for schema validation. A number JSON cannot hold is an error
    /// at that number.
    pub fn to_json(&self) -> Result<serde_json::Value, SyntaxError> {
        use serde_json::Value as J;
        Ok(match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(text) => J::Number(self.number(text)?),
            Value::String(s) => J::String(s.clone()),
            Value::Seq(items) => {
                J::Array(items.iter().map(Node::to_json).collect::<Result<_, _>>()?)
            }
            Value::Map(entries) => {
                let mut map = serde_json::Map::with_capacity(entries.len());
                for entry in entries {
                    map.insert(entry.key.clone(), entry.value.to_json()?);
                }
                J::Object(map)
            }
        })
    }

    /// The first number JSON cannot hold, as the error [`Node::to_json`] would give; checked
    /// without building anything.
    pub fn check_numbers(&self) -> Result<(), SyntaxError> {
        match &self.value {
            Value::Number(text) => self.number(text).map(drop),
            Value::Seq(items) => items.iter().try_for_each(Node::check_numbers),
            Value::Map(entries) => entries.iter().try_for_each(|e| e.value.check_numbers()),
            _ => Ok(()),
        }
    }

    /// This node's number as JSON holds it, or the error at it.
    fn number(&self, text: &str) -> Result<serde_json::Number, SyntaxError> {
        json_number(text).ok_or_else(|| SyntaxError {
            message: msg!("scan-number-out-of-range", number = text),
            range: self.range.clone(),
            help: None,
        })
    }

    /// Follows a JSON pointer (`/clusters/0/name`) and returns the deepest node reached and,
    /// when the last step is a key, that key's range.
    pub fn locate(&self, pointer: &str) -> (&Node, Option<Range<usize>>) {
        let mut node = self;
        let mut key_range = None;
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            let next = match &node.value {
                Value::Map(entries) => entries.iter().find(|e| e.key == token).map(|e| {
                    key_range = Some(e.key_range.clone());
                    &e.value
                }),
                Value::Seq(items) => {
                    key_range = None;
                    token.parse::<usize>().ok().and_then(|i| items.get(i))
                }
                _ => None,
            };
            match next {
                Some(next) => node = next,
                None => break,
            }
        }
        (node, key_range)
    }
}

/// A number as written, as JSON holds it; `None` when JSON cannot.
pub fn json_number(text: &str) -> Option<serde_json::Number> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(i.into());
    }
    if let Ok(u) = text.parse::<u64>() {
        return Some(u.into());
    }
    text.parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
}

/// Which parser a file goes to, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Yaml,
}

impl Syntax {
    pub fn from_path(path: &std::path::Path) -> Option<Syntax> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Syntax::Json),
            "yaml" | "yml" => Some(Syntax::Yaml),
            _ => None,
        }
    }

    /// Parses `text` into its documents (JSON has one, YAML one per `---`).
    pub fn parse(self, text: &str, limits: ParseLimits) -> Result<Vec<Node>, SyntaxError> {
        match self {
            Syntax::Json => parse_json(text, limits).map(|node| node.into_iter().collect()),
            Syntax::Yaml => parse_yaml(text, limits),
        }
    }
}
