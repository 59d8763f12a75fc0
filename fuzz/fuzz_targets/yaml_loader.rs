//! The YAML inventory loader: one `.yaml` file read through the scan (decode, syntax, schema)
//! and modelled as the check models it, with every finding's span inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| cmslint_fuzz::load("inventory.yaml", data));
