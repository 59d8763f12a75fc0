//! The binary as the tests run it: `cmslint` with a locale that asks for English and no
//! `NO_COLOR`, so that what a test asserts does not depend on the machine's language or
//! settings. A module of the integration test binary (`tests/integration.rs`), used by the test
//! files that run the binary.

use std::process::Command;

/// `cmslint` from the build, in English (`LANG=C.UTF-8`, neither `LC_ALL` nor `LC_MESSAGES`)
/// and without `NO_COLOR`; a test that wants another language sets `LANG` or `--lang` itself.
pub fn cmslint() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cmslint"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR");
    command
}
