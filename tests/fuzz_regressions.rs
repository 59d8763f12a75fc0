//! The inputs the fuzz targets (`fuzz/fuzz_targets/`) found crashing or hanging, kept under
//! `testdata/fuzz/<target>/` and run through the same entry point as the target: none may
//! panic, and each must end in a sensible diagnostic. See "Fuzzing" in docs/security.md.

use cmslint::check::{CheckOptions, Outcome, check};
use cmslint::exports::{self, Format};
use cmslint::gate::{self, config};
use cmslint::report::{self, human::HumanOptions};
use cmslint::runbook::classify;
use cmslint::scan::ScanOptions;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `run` on every regression input of one target, naming the input that fails.
fn each(target: &str, run: impl Fn(&[u8])) {
    for (name, data) in cases(target) {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&data)));
        if let Err(panic) = outcome {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("testdata/fuzz/{target}/{name}: {message}");
        }
    }
}

/// The regression inputs of one target, by file name.
fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("testdata/fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut cases: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    cases.sort();
    cases
}

/// A whole check of a one-file tree whose file is `name` and holds `data`, every report
/// rendered: what the `check`, `json_loader` and `yaml_loader` targets run.
fn check_one(name: &str, data: &[u8]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), data).unwrap();
    let options = CheckOptions {
        scan: ScanOptions {
            threads: 1,
            ..ScanOptions::default()
        },
        ..CheckOptions::default()
    };
    let paths: Vec<PathBuf> = vec![dir.path().to_path_buf()];
    let outcome = check(&paths, dir.path(), &options).unwrap();
    for finding in &outcome.findings {
        for label in std::iter::once(&finding.primary).chain(&finding.secondary) {
            let text = outcome.sources.get(label.span.file()).text().unwrap();
            let range = label.span.range();
            assert!(
                range.end <= text.len()
                    && text.is_char_boundary(range.start)
                    && text.is_char_boundary(range.end),
                "{} at {range:?} in a text of {} bytes",
                finding.code,
                text.len()
            );
        }
    }
    let mut out = Vec::new();
    let human = HumanOptions {
        color: true,
        verbose: true,
        show_suppressed: true,
    };
    report::human::render(&outcome, &mut out, human).unwrap();
    report::json::render(&outcome, &mut out).unwrap();
    report::sarif::render(&outcome, &mut out).unwrap();
    report::junit::render(&outcome, &mut out).unwrap();
    report::github::render(&outcome, &mut out).unwrap();
    report::markdown::render(&outcome, &mut out).unwrap();
    let page = report::html::Run {
        paths: &paths,
        fail_on: gate::FailOn::Warning,
        date: gate::today_utc(),
        selection: &options.selection,
        config: None,
        baseline: None,
        show_suppressed: true,
    };
    report::html::render(&outcome, &page, &mut out).unwrap();
    outcome
}

/// The file name the `check` target gives its input after the first byte.
fn check_target_name(pick: u8) -> &'static str {
    ["inventory.json", "inventory.yaml", "export.txt"][pick as usize % 3]
}

/// What the `exports` target runs: the first byte picks the parser.
fn read_export(data: &[u8]) -> Option<Result<exports::Export, exports::ReadError>> {
    let (&pick, rest) = data.split_first()?;
    let text = String::from_utf8_lossy(rest);
    match pick as usize % (Format::ALL.len() + 1) {
        0 => exports::read(&text),
        n => Some(exports::read_as(&text, Format::ALL[n - 1])),
    }
}

#[test]
fn json_loader_cases() {
    each("json_loader", |data| {
        check_one("inventory.json", data);
    });
}

#[test]
fn yaml_loader_cases() {
    each("yaml_loader", |data| {
        check_one("inventory.yaml", data);
    });
}

#[test]
fn check_cases() {
    each("check", |data| {
        if let Some((&pick, rest)) = data.split_first() {
            check_one(check_target_name(pick), rest);
        }
    });
}

#[test]
fn exports_cases() {
    each("exports", |data| {
        if let Some(Err(err)) = read_export(data) {
            assert!(!err.message.is_empty(), "an error without a message");
        }
    });
}

#[test]
fn command_cases() {
    each("command", |data| {
        if let Err(unrecognized) = classify(&String::from_utf8_lossy(data)) {
            assert!(!unrecognized.to_string().is_empty(), "an empty reason");
        }
    });
}

#[test]
fn config_cases() {
    each("config", |data| {
        let text = String::from_utf8_lossy(data).into_owned();
        if let Err(problems) = config::parse("cmslint.toml".into(), text) {
            assert!(!problems.problems.is_empty(), "refused without a problem");
            let mut out = Vec::new();
            gate::LoadError::Invalid(problems)
                .render(&mut out, false, cmslint::i18n::Lang::En)
                .unwrap();
        }
    });
}

/// The harness itself: each entry point gives its diagnostic for an input known to be bad, so
/// that a regression case which only "does not panic" still goes through the real code.
#[test]
fn entry_points_give_diagnostics() {
    for (name, text) in [
        ("inventory.json", "{\"cmslint\": 1,"),
        ("inventory.yaml", "cmslint: 1\nservers: [\n"),
    ] {
        let outcome = check_one(name, text.as_bytes());
        let codes: Vec<&str> = outcome.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["INV001"], "{name}");
    }
    assert!(classify("Restart-Computer EXNODE1").is_err());
    let problems = config::parse("cmslint.toml".into(), "fail-on = 3\n".into()).unwrap_err();
    assert_eq!(problems.problems.len(), 1);
    let err = read_export(b"\x03Node    Node ID Status\n------- ------- ------\nEXNODE1\n")
        .unwrap()
        .unwrap_err();
    let message = err.message.render(cmslint::i18n::Lang::En);
    assert!(message.contains("node"), "{message}");
}
