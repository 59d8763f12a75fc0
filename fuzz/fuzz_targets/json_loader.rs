//! The JSON inventory loader: one `.json` file read through the scan (decode, syntax, schema)
//! and modelled as the check models it, with every finding's span inside the text.
#![no_main]

use cmslint::model::{self, Builder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let scanned = cmslint_fuzz::scan_one("inventory.json", data, model::document);
    cmslint_fuzz::assert_spans(&scanned.sources, &scanned.findings);
    let mut builder = Builder::default();
    for (_, part) in scanned.documents {
        builder.add_part(part);
    }
    let _ = builder.finish();
});
