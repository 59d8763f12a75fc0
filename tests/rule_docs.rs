//! Meta tests that keep the catalog honest: every rule has a complete doc, in English and in
//! Japanese, whose examples run, codes and names are unique, `docs/rules.md` is current, and
//! messages follow the style.

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

/// The same headings in the Japanese docs (`rules/ja/`), one to one with [`HEADINGS`].
const JA_HEADINGS: [&str; 6] = [
    "検査内容",
    "重要な理由",
    "非準拠の例",
    "準拠の例",
    "修正方法",
    "参考資料",
];

#[test]
fn every_doc_has_the_fixed_headings_in_order() {
    for doc in catalog::all() {
        for lang in Lang::ALL {
            let code = &doc.meta.code;
            let headings: Vec<&str> = doc
                .body_in(lang)
                .lines()
                .filter_map(|l| l.strip_prefix("## "))
                .collect();
            let expected = match lang {
                Lang::En => HEADINGS,
                Lang::Ja => JA_HEADINGS,
            };
            assert_eq!(headings, expected, "{code} headings in {lang}");
            for heading in HEADINGS {
                assert!(
                    !doc.section_in(lang, heading).unwrap_or_default().is_empty(),
                    "{code}: `{heading}` is empty in {lang}"
                );
            }
        }
    }
}

#[test]
fn every_rule_has_a_japanese_doc_of_its_own_code() {
    for doc in catalog::all() {
        let code = &doc.meta.code;
        let ja = doc
            .ja
            .as_ref()
            .unwrap_or_else(|| panic!("{code}: no rules/ja/{code}.md"));
        assert_eq!(&ja.code, code, "the code of rules/ja/{code}.md");
        assert!(
            !ja.summary.is_empty() && !ja.summary.ends_with('。'),
            "{code}: the Japanese summary is empty or ends with 。"
        );
        assert!(
            ja.source.starts_with("Microsoft「") || !doc.meta.source.starts_with("seed:"),
            "{code}: the Japanese source does not name the Microsoft page"
        );
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
fn toml_example(doc: &RuleDoc, lang: Lang, heading: &str) -> Option<&'static str> {
    let section = doc.section_in(lang, heading)?;
    let start = section.find("```toml\n")? + "```toml\n".len();
    let end = section[start..].find("```")?;
    Some(&section[start..start + end])
}

/// The ```text blocks under a heading whose first line is `# file: <name>`: a file of that name
/// holding the rest of the block (what a YAML example cannot express, such as a raw export).
fn files_of_example(doc: &RuleDoc, lang: Lang, heading: &str) -> Vec<(&'static str, &'static str)> {
    let section = doc.section_in(lang, heading).unwrap_or_default();
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

/// The findings of the rule's example under `heading`, in `lang`'s doc.
fn findings_of_doc_example(doc: &RuleDoc, lang: Lang, heading: &str) -> Vec<String> {
    let code = &doc.meta.code;
    let yaml = doc
        .example_in(lang, heading)
        .unwrap_or_else(|| panic!("{code}: no ```yaml block under {heading} in {lang}"));
    let toml = toml_example(doc, lang, heading);
    findings_of_example(code, yaml, toml, &files_of_example(doc, lang, heading))
}

/// The examples of both languages run: the non-compliant one yields exactly one finding of its
/// rule, the compliant one none, and the Japanese examples yield what the English ones do.
#[test]
fn doc_examples_run() {
    for doc in catalog::all() {
        let code = &doc.meta.code;
        let found = findings_of_doc_example(doc, Lang::En, "Non-compliant example");
        assert_eq!(
            found.len(),
            1,
            "{code}: the non-compliant example must yield exactly one finding, got {found:?}"
        );
        assert_eq!(
            findings_of_doc_example(doc, Lang::Ja, "Non-compliant example"),
            found,
            "{code}: the Japanese non-compliant example"
        );
        for lang in Lang::ALL {
            let found = findings_of_doc_example(doc, lang, "Compliant example");
            assert!(
                found.is_empty(),
                "{code}: the compliant example must yield no finding in {lang}, got {found:?}"
            );
        }
    }
}

/// The fenced blocks of a section, as (info string, text), with the comments of YAML blocks left
/// out: only those may be translated.
fn example_blocks(section: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut rest = section;
    while let Some(start) = rest.find("```") {
        let after = &rest[start + 3..];
        let Some((info, text)) = after.split_once('\n') else {
            break;
        };
        let Some(end) = text.find("```") else { break };
        let block = &text[..end];
        let block = match info {
            "yaml" => block
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(|l| l.split(" #").next().unwrap_or(l).trim_end())
                .collect::<Vec<_>>()
                .join("\n"),
            _ => block.to_string(),
        };
        out.push((info, block));
        rest = &text[end + 3..];
    }
    out
}

/// A Japanese doc shows the English doc's examples, byte for byte but for YAML comments.
#[test]
fn japanese_examples_are_the_english_ones() {
    for doc in catalog::all() {
        for heading in ["Non-compliant example", "Compliant example"] {
            let en = example_blocks(doc.section_in(Lang::En, heading).unwrap_or_default());
            let ja = example_blocks(doc.section_in(Lang::Ja, heading).unwrap_or_default());
            assert_eq!(ja, en, "{}: {heading}, rules/ja and rules/", doc.meta.code);
        }
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
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test integration rule_docs::`"
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
