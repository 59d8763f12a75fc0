//! Meta tests that keep the catalog honest: every rule has a complete doc whose examples run,
//! codes and names are unique, `docs/rules.md` is current, and messages follow the style.

use cmslint::catalog::{self, rules_markdown};
use cmslint::check::{CheckOptions, check};
use cmslint::engine::{RuleDoc, Selection};
use cmslint::gate::FilterOptions;
use cmslint::gate::config;
use cmslint::i18n::Lang;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

const HEADINGS: [&str; 6] = [
    "What it checks",
    "Why it matters",
    "Non-compliant example",
    "Compliant example",
    "How to fix",
    "References",
];

#[test]
fn every_doc_has_the_fixed_headings_in_order() {
    for doc in catalog::all() {
        let headings: Vec<&str> = doc
            .body
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .collect();
        assert_eq!(headings, HEADINGS, "{} headings", doc.meta.code);
        for heading in HEADINGS {
            assert!(
                !doc.section(heading).unwrap_or_default().is_empty(),
                "{}: `{heading}` is empty",
                doc.meta.code
            );
        }
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for doc in catalog::all() {
        let m = &doc.meta;
        assert!(codes.insert(m.code.clone()), "code {} twice", m.code);
        assert!(names.insert(m.name.clone()), "name {} twice", m.name);
        let (prefix, number) = m.code.split_at(m.code.len() - 3);
        assert!(
            ["INV", "TOP", "PRE", "UPG", "OS", "ADM"].contains(&prefix)
                && number.chars().all(|c| c.is_ascii_digit()),
            "{} is not a catalog code",
            m.code
        );
        assert!(
            m.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            m.name
        );
        assert!(
            !m.summary.ends_with('.'),
            "{} summary ends with a period",
            m.code
        );
    }
}

/// Runs one doc example as a file of its own, with only its rule selected. An example that
/// needs a config (INV008) gives it as a ```toml block before the ```yaml one; it then runs with
/// that config and every rule, and only its rule's findings count. Files beside the document
/// (raw exports, for INV006 and INV009) are the `(name, text)` pairs of [`files_of_example`].
fn findings_of_example(
    code: &str,
    yaml: &str,
    toml: Option<&str>,
    files: &[(&str, &str)],
) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("example.yaml"), yaml).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let options = match toml {
        None => CheckOptions {
            selection: Selection::only(code),
            ..CheckOptions::default()
        },
        Some(toml) => {
            let config = config::parse("cmslint.toml".into(), toml.into())
                .unwrap_or_else(|e| panic!("{code}: the example config is invalid: {e:?}"));
            CheckOptions {
                selection: config.selection(None, None).unwrap(),
                filter: FilterOptions {
                    config: Some(Arc::new(config)),
                    ..FilterOptions::default()
                },
                ..CheckOptions::default()
            }
        }
    };
    let outcome = check(&[dir.path().to_path_buf()], dir.path(), &options).unwrap();
    outcome
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| format!("{} {}", f.code, f.message.render(Lang::En)))
        .collect()
}

/// The first ```toml block under a heading of a rule doc.
fn toml_example(doc: &RuleDoc, heading: &str) -> Option<&'static str> {
    let section = doc.section(heading)?;
    let start = section.find("```toml\n")? + "```toml\n".len();
    let end = section[start..].find("```")?;
    Some(&section[start..start + end])
}

/// The ```text blocks under a heading whose first line is `# file: <name>`: a file of that name
/// holding the rest of the block (what a YAML example cannot express, such as a raw export).
fn files_of_example(doc: &RuleDoc, heading: &str) -> Vec<(&'static str, &'static str)> {
    let section = doc.section(heading).unwrap_or_default();
    section
        .split("```text\n")
        .skip(1)
        .filter_map(|block| {
            let block = &block[..block.find("```")?];
            let (first, text) = block.split_once('\n')?;
            Some((first.strip_prefix("# file: ")?.trim(), text))
        })
        .collect()
}

#[test]
fn doc_examples_run() {
    for doc in catalog::all() {
        let code = &doc.meta.code;
        let fail = doc
            .example("Non-compliant example")
            .unwrap_or_else(|| panic!("{code}: no ```yaml block under Non-compliant example"));
        let heading = "Non-compliant example";
        let found = findings_of_example(
            code,
            fail,
            toml_example(doc, heading),
            &files_of_example(doc, heading),
        );
        assert_eq!(
            found.len(),
            1,
            "{code}: the non-compliant example must yield exactly one finding, got {found:?}"
        );
        let pass = doc
            .example("Compliant example")
            .unwrap_or_else(|| panic!("{code}: no ```yaml block under Compliant example"));
        let heading = "Compliant example";
        let found = findings_of_example(
            code,
            pass,
            toml_example(doc, heading),
            &files_of_example(doc, heading),
        );
        assert!(
            found.is_empty(),
            "{code}: the compliant example must yield no finding, got {found:?}"
        );
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_rule_docs() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let generated = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test rule_docs`"
    );
}

#[test]
fn messages_start_lowercase_and_have_no_trailing_period() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = CheckOptions::default();
    let outcome = check(&[root.join("testdata")], root, &options).unwrap();
    assert!(!outcome.findings.is_empty());
    for f in &outcome.findings {
        let texts = f.texts(Lang::En);
        let first = texts.message.chars().next().unwrap();
        assert!(
            !first.is_uppercase(),
            "{}: message starts uppercase: {}",
            f.code,
            texts.message
        );
        assert!(
            !texts.message.ends_with('.'),
            "{}: message ends with a period: {}",
            f.code,
            texts.message
        );
        for text in texts.notes.iter().chain(&texts.help) {
            assert!(!text.is_empty(), "{}: empty note or help", f.code);
        }
    }
}
