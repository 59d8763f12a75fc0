//! The integration tests: one binary whose modules are the files beside this one, each testing
//! one side of cmslint through its public library or its real binary. Run one file's tests with
//! `cargo test --test integration <module>::`, e.g. `cargo test --test integration fixtures::`.

/// The binary as the tests run it (`tests/support/command.rs`).
#[path = "support/command.rs"]
mod command;

mod architecture;
mod changed_files;
mod cli;
mod determinism;
mod exports;
mod first_use;
mod fixtures;
mod fuzz_regressions;
mod gate;
mod hostile;
mod html;
mod human_output;
mod lang;
mod messages;
mod plan_writer;
mod reports;
mod rule_docs;
