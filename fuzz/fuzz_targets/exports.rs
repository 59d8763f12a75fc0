//! The raw-export parsers: the first byte picks the parser (0: recognise the text first, as the
//! scan does; otherwise one format's parser whatever the text), the rest is the text.
#![no_main]

use cmslint::exports::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let read = match pick as usize % (Format::ALL.len() + 1) {
        0 => exports::read(&text),
        n => Some(exports::read_as(&text, Format::ALL[n - 1])),
    };
    if let Some(Err(err)) = read {
        assert!(
            err.offset <= text.len() && text.is_char_boundary(err.offset),
            "error offset {} in a text of {} bytes",
            err.offset,
            text.len()
        );
    }
});
