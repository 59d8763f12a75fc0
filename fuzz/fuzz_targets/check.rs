//! A whole check over a one-file tree: the first byte picks the file's name (JSON, YAML or a
//! raw export), the rest is its content; every report format is rendered.
#![no_main]

use cmslint::check::{CheckOptions, check};
use cmslint::report::{self, human::HumanOptions};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 3] = ["inventory.json", "inventory.yaml", "export.txt"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let dir = cmslint_fuzz::one_file_tree(NAMES[pick as usize % NAMES.len()]);
    let options = CheckOptions {
        scan: cmslint_fuzz::scan_options(rest),
        ..CheckOptions::default()
    };
    let outcome = check(std::slice::from_ref(&dir), &dir, &options).expect("the tree exists");
    cmslint_fuzz::assert_spans(&outcome.sources, &outcome.findings);
    let mut out = Vec::new();
    let human = HumanOptions {
        color: true,
        verbose: true,
        show_suppressed: true,
    };
    report::human::render(&outcome, &mut out, human).expect("human report");
    report::json::render(&outcome, &mut out).expect("JSON report");
    report::sarif::render(&outcome, &mut out).expect("SARIF report");
    report::junit::render(&outcome, &mut out).expect("JUnit report");
    report::github::render(&outcome, &mut out).expect("GitHub report");
    report::markdown::render(&outcome, &mut out).expect("Markdown report");
    let page = report::html::Run {
        paths: std::slice::from_ref(&dir),
        fail_on: cmslint::gate::FailOn::Warning,
        date: cmslint::gate::today_utc(),
        selection: &options.selection,
        config: None,
        baseline: None,
        show_suppressed: true,
    };
    report::html::render(&outcome, &page, &mut out).expect("HTML report");
});
