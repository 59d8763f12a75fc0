//! The message files of `locales/`: every file is embedded, every message exists in every
//! language with the same arguments, and every message id the code names exists (and none is
//! left that nothing names).

use cmslint::i18n::MESSAGE_FILES;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each message id of one file with the variables it uses (`$node`), and its term ids.
fn messages(name: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            assert!(
                message.attributes.is_empty(),
                "{name}: {} has attributes: give each its own id",
                message.id.name
            );
            let id = message.id.name.to_string();
            assert!(
                out.insert(id.clone(), variables).is_none(),
                "{name}: {id} twice"
            );
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_message_file_is_embedded_in_every_language() {
    for lang in ["en", "ja"] {
        let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("locales").join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let embedded: BTreeSet<String> = MESSAGE_FILES
            .iter()
            .map(|(name, _, _)| format!("{name}.ftl"))
            .collect();
        assert_eq!(on_disk, embedded, "locales/{lang}/ and i18n::MESSAGE_FILES");
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    for (name, en, ja) in MESSAGE_FILES {
        let en = messages(&format!("locales/en/{name}.ftl"), en);
        let ja = messages(&format!("locales/ja/{name}.ftl"), ja);
        let en_ids: BTreeSet<&String> = en.keys().collect();
        let ja_ids: BTreeSet<&String> = ja.keys().collect();
        assert_eq!(
            en_ids, ja_ids,
            "the ids of locales/en/{name}.ftl and locales/ja/{name}.ftl"
        );
        for (id, variables) in &en {
            assert_eq!(
                Some(variables),
                ja.get(id),
                "the arguments of {id} in {name}.ftl, en and ja"
            );
        }
    }
}

/// The message ids the code names: `msg!("id"`, `Message::new("id"` and `.text("id"`, with
/// any white space before the id.
fn ids_in_source() -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    let mut folders = vec![root().join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // rustfmt may put the id on a line of its own: `msg!(\n    "id",`.
            for opener in ["msg!(", "Message::new(", ".text("] {
                for (at, _) in text.match_indices(opener) {
                    let rest = text[at + opener.len()..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').unwrap()];
                    ids.entry(id.to_string())
                        .or_insert_with(|| path.display().to_string());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    let mut defined: BTreeMap<String, &str> = BTreeMap::new();
    for (name, en, _) in MESSAGE_FILES {
        for id in messages(name, en).into_keys() {
            defined.insert(id, name);
        }
    }
    let named = ids_in_source();
    let missing: Vec<String> = (named.iter())
        .filter(|(id, _)| !defined.contains_key(*id))
        .map(|(id, file)| format!("{id} (named in {file})"))
        .collect();
    assert!(
        missing.is_empty(),
        "message ids without a message in locales/en: {missing:#?}"
    );
    let unused: Vec<String> = (defined.iter())
        .filter(|(id, _)| !named.contains_key(*id))
        .map(|(id, file)| format!("{id} (in {file}.ftl)"))
        .collect();
    assert!(unused.is_empty(), "messages nothing names: {unused:#?}");
}
