//! The architecture's invariants (ARCHITECTURE.md), checked on the source: data flows one way
//! between the top-level modules of `src/`, reporters read only what the gate decided, and only
//! the edges of the program touch the file system or the environment.
//!
//! The check reads `src/` as text: comments, string and character literals and `#[cfg(test)]`
//! items are left out, and every `crate::` path (in `use` lines and in code alike, braces
//! included) and every `super::` chain that climbs to the crate root names the top-level module
//! it reaches. It is a check of cmslint's own code, in the shape rustfmt gives it, not a Rust
//! parser.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules in layers, lowest first. A module may import modules of the layers
/// below its own, never one of its own layer or above.
const LAYERS: &[&[&str]] = &[
    // Leaves: messages in the reader's language, escaping of inventory text, files and spans, paths as they are
    // compared and shown, the worker pool, progress reports. They import nothing from the crate.
    &["escape", "source", "paths", "parallel", "progress", "i18n"],
    // Writing files whole; the languages cmslint reads: JSON and YAML into one spanned tree, and
    // a runbook step's command; words in messages (counts, lists, "did you mean").
    &["output", "syntax", "runbook", "words"],
    // The inventory format's schema, and the model built from documents.
    &["schema", "model"],
    // Raw exports read and merged into the model; plans replayed against it, and written.
    &["exports", "plan"],
    // What a rule is and what it sees, and running the rules it is handed.
    &["engine"],
    &["rules"],
    // Every rule wired with its doc: the only module that names the rules.
    &["catalog"],
    // Reading files; the config, the baseline and the filter.
    &["scan", "gate"],
    &["check"],
    &["report"],
    &["cli"],
];

/// Paths a module must not name, and why.
const FORBIDDEN: &[(&str, &str, &str)] = &[
    (
        "report",
        "gate::config",
        "reporters read what the gate decided, not the config it read",
    ),
    (
        "report",
        "gate::baseline",
        "reporters read what the gate decided, not the baseline it read",
    ),
];

/// The only modules that may touch the file system, the environment or the process's standard
/// streams: the scan reads the inventory, the gate reads the config and the baseline, output
/// writes reports, the command line reads its environment.
const IO: &[&str] = &["scan", "gate", "output", "cli"];

/// What a module that is not in [`IO`] must not name.
const IO_PATHS: &[&str] = &[
    "std::fs",
    "fs::",
    "std::env",
    "std::process",
    "stdin()",
    "stdout()",
    "stderr()",
];

/// A source file: the top-level module it belongs to, its module path (`gate::config::read`)
/// and its text without comments, literals and test items.
struct SourceFile {
    path: PathBuf,
    top: String,
    module: Vec<String>,
    code: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every file of `src/` but the crate roots, and test files (`tests.rs`, a `#[cfg(test)]`
/// module's file).
fn sources() -> Vec<SourceFile> {
    let root = src();
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    paths
        .into_iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(&root).expect("under src/");
            let mut module: Vec<String> = relative
                .iter()
                .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if module.last().is_some_and(|m| m == "mod") {
                module.pop();
            }
            let file = module.last().cloned().unwrap_or_default();
            if module.len() == 1 && (file == "lib" || file == "main") || file == "tests" {
                return None;
            }
            let text = fs::read_to_string(&path).expect("a UTF-8 source file");
            Some(SourceFile {
                top: module[0].clone(),
                module,
                code: without_tests(&code_only(&text)),
                path,
            })
        })
        .collect()
}

/// The text with comments, string literals and character literals blanked (so that a path in
/// a doc comment or a message is not an import); line breaks are kept.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        out.push('\n');
                    }
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !is_ident(out.chars().last()) {
            // A raw string: r"..." or r#"..."#.
            let mut hashes = 0;
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some('\n') => out.push('\n'),
                    _ => {}
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                } else if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            // An escaped character literal: '\n', '\'', '\u{202e}'.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            out.push_str("' '");
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            out.push_str("' '");
            i += 3;
        } else {
            // A lifetime's quote, or any other character.
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The code with every `#[cfg(test)]` item left out (up to the end of its braces or its `;`).
fn without_tests(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        rest = &item[item_end(item, true).unwrap_or(item.len())..];
    }
    out.push_str(rest);
    out
}

/// Where the item that `text` starts ends: after the `}` that closes its first `{`, or after a
/// `;` outside braces when `at_semicolon` (`mod tests;`, `use ...;`). `None` when it does not
/// end.
fn item_end(text: &str, at_semicolon: bool) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            ';' if at_semicolon && depth == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The paths below the crate root that the code names: `crate::gate::config::Config` gives
/// `gate::config::Config`, `use crate::{a::B, c}` gives `a::B` and `c`, and `super::super::x`
/// from a file two modules deep gives `x`.
fn crate_paths(file: &SourceFile) -> Vec<String> {
    let code = &file.code;
    let mut found = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = !is_ident(code[..i].chars().next_back());
        if starts_word && rest.starts_with("crate::") {
            i += "crate::".len();
            i += read_paths(&code[i..], &mut found);
            continue;
        }
        if starts_word && rest.starts_with("super::") {
            let mut depth = 0;
            while code[i..].starts_with("super::") {
                depth += 1;
                i += "super::".len();
            }
            // A file's module `a::b` reaches the crate root after as many `super`s as it has
            // names.
            if depth >= file.module.len() {
                i += read_paths(&code[i..], &mut found);
            }
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Reads a path, or a `{...}` group of paths, at the start of `text` into `out` (`self` in a
/// group is the empty path); returns how much of `text` it read.
fn read_paths(text: &str, out: &mut Vec<String>) -> usize {
    if text.starts_with('{') {
        let end = item_end(text, false).unwrap_or(text.len());
        let group = text[1..end].strip_suffix('}').unwrap_or(&text[1..end]);
        for item in split_top_level(group) {
            match item.trim() {
                "" => {}
                "self" => out.push(String::new()),
                item => {
                    read_paths(item, out);
                }
            }
        }
        return end;
    }
    let len = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(text.len());
    let path = text[..len].trim_end_matches(':');
    // A path that goes on into a group: `gate::{self, FailOn}`.
    if text[..len].ends_with("::") && text[len..].starts_with('{') {
        let mut inner = Vec::new();
        let read = read_paths(&text[len..], &mut inner);
        out.extend(inner.into_iter().map(|p| match p.as_str() {
            "" => path.to_string(),
            p => format!("{path}::{p}"),
        }));
        return len + read;
    }
    if !path.is_empty() {
        out.push(path.to_string());
    }
    len
}

/// Splits a group's items at the commas outside nested braces.
fn split_top_level(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn shown(path: &Path) -> String {
    let relative = path.strip_prefix(src()).unwrap_or(path);
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    format!("src/{}", parts.join("/"))
}

#[test]
fn every_module_has_a_layer() {
    let mut on_disk: BTreeSet<String> = BTreeSet::new();
    for entry in fs::read_dir(src()).expect("src/") {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if name != "lib" && name != "main" {
            on_disk.insert(name);
        }
    }
    let listed: BTreeSet<String> = LAYERS
        .iter()
        .flat_map(|layer| layer.iter().map(|m| m.to_string()))
        .collect();
    assert_eq!(
        on_disk, listed,
        "every top-level module of src/ must be placed in LAYERS (tests/architecture.rs), and \
         every module there must exist"
    );
}

#[test]
fn imports_go_down_the_layers() {
    let mut wrong: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources() {
        let Some(own) = layer_of(&file.top) else {
            continue;
        };
        for path in crate_paths(&file) {
            let target = path.split("::").next().unwrap_or_default();
            if target == file.top {
                continue;
            }
            let Some(layer) = layer_of(target) else {
                continue;
            };
            if layer >= own {
                wrong.entry(shown(&file.path)).or_default().insert(format!(
                    "{} (layer {own}) imports crate::{path} (layer {layer})",
                    file.top
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a module may import only modules of the layers below its own (LAYERS in \
         tests/architecture.rs, and ARCHITECTURE.md):\n{wrong:#?}"
    );
}

#[test]
fn reporters_read_only_what_the_gate_decided() {
    let mut wrong = Vec::new();
    for file in sources() {
        for path in crate_paths(&file) {
            for (module, forbidden, why) in FORBIDDEN {
                if file.top == *module
                    && (path == *forbidden || path.starts_with(&format!("{forbidden}::")))
                {
                    wrong.push(format!("{} names crate::{path}: {why}", shown(&file.path)));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn only_the_edges_touch_the_file_system() {
    let mut wrong = Vec::new();
    for file in sources() {
        if IO.contains(&file.top.as_str()) {
            continue;
        }
        for name in IO_PATHS {
            if let Some(at) = file.code.find(name) {
                let line = file.code[..at].matches('\n').count() + 1;
                wrong.push(format!("{}:{line} names {name}", shown(&file.path)));
                break;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "only {IO:?} may touch the file system, the environment or the standard streams:\n\
         {wrong:#?}"
    );
}

/// The reader above must see what it is meant to see, or the checks prove nothing.
#[test]
fn the_reader_finds_every_kind_of_path() {
    let file = |module: &[&str], text: &str| SourceFile {
        path: PathBuf::from("x.rs"),
        top: module[0].to_string(),
        module: module.iter().map(|m| m.to_string()).collect(),
        code: without_tests(&code_only(text)),
    };
    let text = r##"
//! Links to [`crate::report`] in docs are not imports.
use crate::engine::{Finding, Selection};
use crate::{model::{Inventory, Plan}, source::Span};
use crate::gate::{self, FailOn};
use super::super::words;
/* a block comment naming crate::cli */
fn f() {
    let _ = crate::catalog::all();
    let _ = "crate::check in a string";
    let _ = r#"crate::report"#;
    let _ = '"';
    let _: &'static str = "";
}
#[cfg(test)]
mod tests {
    use crate::cli;
}
"##;
    let paths = crate_paths(&file(&["scan", "walk"], text));
    assert_eq!(
        paths,
        [
            "engine::Finding",
            "engine::Selection",
            "model::Inventory",
            "model::Plan",
            "source::Span",
            "gate",
            "gate::FailOn",
            "words",
            "catalog::all",
        ]
    );
    // One `super` from a top-level file's module reaches the root; from a nested one it does not.
    assert_eq!(
        crate_paths(&file(&["escape"], "use super::report;")),
        ["report"]
    );
    assert!(crate_paths(&file(&["gate", "config"], "use super::FailOn;")).is_empty());
}
