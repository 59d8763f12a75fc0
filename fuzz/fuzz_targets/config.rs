//! The `cmslint.toml` parser: a config, or problems that render as diagnostics.
#![no_main]

use cmslint::gate::{LoadError, config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Err(problems) = config::parse("cmslint.toml".to_string(), text) {
        assert!(
            !problems.problems.is_empty(),
            "a config refused without a problem"
        );
        let mut out = Vec::new();
        LoadError::Invalid(problems)
            .render(&mut out, true, cmslint::i18n::Lang::Ja)
            .expect("rendering into memory");
    }
});
