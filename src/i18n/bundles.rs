//! The Fluent bundles: the message files of `locales/`, embedded in the binary, parsed once per
//! language on first use, and the rendering of a message id with its arguments.

use super::{Arg, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The message files of each language, by name. Every file exists in every language with the
/// same ids and arguments (tests/messages.rs checks it).
pub const FILES: &[(&str, &str, &str)] = &[
    ftl!("common"),
    ftl!("rules-adm"),
    ftl!("rules-inv"),
    ftl!("rules-os"),
    ftl!("rules-pre"),
    ftl!("rules-top"),
    ftl!("rules-upg"),
    ftl!("engine"),
    ftl!("scan"),
    ftl!("schema"),
    ftl!("exports"),
    ftl!("gate"),
    ftl!("report"),
    ftl!("cli"),
    ftl!("plan"),
    ftl!("runbook"),
];

/// `(name, English text, Japanese text)` of `locales/{en,ja}/<name>.ftl`.
macro_rules! ftl {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../locales/en/", $name, ".ftl")),
            include_str!(concat!("../../locales/ja/", $name, ".ftl")),
        )
    };
}
use ftl;

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static JA: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
    };
    cell.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The texts go to terminals, files and HTML, never into bidirectional layouts: no isolation
    // marks around arguments.
    bundle.set_use_isolating(false);
    for (name, en, ja) in FILES {
        let text = match lang {
            Lang::En => *en,
            Lang::Ja => *ja,
        };
        // The files are the project's own and tested; a broken one keeps its good messages.
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(good, errors)| {
                debug_assert!(false, "locales/{}/{name}.ftl: {errors:?}", lang.code());
                good
            });
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(false, "locales/{}/{name}.ftl: {errors:?}", lang.code());
        }
    }
    bundle
}

/// The message `id` of `lang` with `args`; English when `lang` lacks it, the id when both do.
pub(super) fn format(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Str(text) => FluentValue::from(text.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Msg(message) => FluentValue::from(message.render(lang)),
            Arg::List(items) => {
                let items: Vec<String> = items.iter().map(|m| m.render(lang)).collect();
                FluentValue::from(lang.and_list(&items))
            }
        };
        fluent_args.set(*name, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(errors.is_empty(), "message {id} in {lang}: {errors:?}");
        return text.into_owned();
    }
    debug_assert!(false, "no message {id} in locales/en");
    id.to_string()
}
