//! The plan-command classifier: one runbook step's text, classified or refused with a reason.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(run) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(unrecognized) = cmslint::runbook::classify(run) {
        assert!(
            !unrecognized.to_string().is_empty(),
            "an empty reason for {run:?}"
        );
    }
});
