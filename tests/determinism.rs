//! The reports do not depend on how many threads did the work: a generated estate of 200
//! clusters (mixed YAML and JSON, a fifth of the entities with a problem) is checked on one
//! worker, on the default (one per core) and on more workers than files per core, and the JSON
//! and SARIF reports must be byte-identical. The generator itself is deterministic too: the
//! benchmark's estates are only comparable if a seed always gives the same bytes. The binary
//! is checked the same way through `RAYON_NUM_THREADS`, which sizes its worker pool.

use crate::command;

#[path = "support/generate.rs"]
#[allow(
    dead_code,
    reason = "the gen-inventory example uses the rest of the module"
)]
mod generate;

use cmslint::check::{CheckOptions, check};
use cmslint::report::{json, sarif};
use cmslint::scan::ScanOptions;
use generate::{Format, Options};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn estate(seed: u64) -> Options {
    Options {
        clusters: 200,
        seed,
        format: Format::Mixed,
        problem_percent: 20,
    }
}

/// The JSON and SARIF reports of a check of `dir` with this many scan workers (0: one per core).
fn reports(dir: &Path, threads: usize) -> (String, String, usize) {
    let options = CheckOptions {
        scan: ScanOptions {
            threads,
            ..ScanOptions::default()
        },
        ..CheckOptions::default()
    };
    // Paths are opened as given; `cwd` only makes the reported paths relative.
    let outcome = check(&[dir.to_path_buf()], dir, &options).expect("the estate exists");
    let mut json_report = Vec::new();
    json::render(&outcome, &mut json_report).unwrap();
    let mut sarif_report = Vec::new();
    sarif::render(&outcome, &mut sarif_report).unwrap();
    (
        String::from_utf8(json_report).unwrap(),
        String::from_utf8(sarif_report).unwrap(),
        outcome.findings.len(),
    )
}

#[test]
fn reports_are_byte_identical_whatever_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let summary = generate::generate(&estate(8), dir.path()).unwrap();
    assert_eq!(summary.clusters, 200);

    let (json_one, sarif_one, findings) = reports(dir.path(), 1);
    // A test that cannot fail is worse than none: the estate must give findings in many files,
    // whose order the workers could change.
    let report: serde_json::Value = serde_json::from_str(&json_one).unwrap();
    let files_with_findings: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert!(
        findings > 50 && files_with_findings.len() > 20,
        "{findings} findings in {} files",
        files_with_findings.len()
    );
    assert_eq!(
        report["summary"]["files_checked"].as_u64(),
        Some(summary.files as u64)
    );

    for threads in [0, 2, 7] {
        let (json_many, sarif_many, _) = reports(dir.path(), threads);
        assert!(
            json_many == json_one,
            "the JSON report differs with {threads} threads"
        );
        assert!(
            sarif_many == sarif_one,
            "the SARIF report differs with {threads} threads"
        );
    }
}

/// The binary's JSON and SARIF reports of `dir`, with `RAYON_NUM_THREADS` set or not.
fn binary_reports(dir: &Path, rayon_threads: Option<&str>) -> (Vec<u8>, Vec<u8>) {
    let sarif_path = dir.join("..").join(format!(
        "report-{}.sarif",
        rayon_threads.unwrap_or("default")
    ));
    let mut command = command::cmslint();
    command
        .current_dir(dir)
        .args(["check", ".", "--fail-on", "never", "-f", "json", "-f"])
        .arg(format!("sarif={}", sarif_path.display()))
        .env_remove("RAYON_NUM_THREADS");
    if let Some(threads) = rayon_threads {
        command.env("RAYON_NUM_THREADS", threads);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (output.stdout, std::fs::read(&sarif_path).unwrap())
}

#[test]
fn the_binary_writes_the_same_reports_on_one_worker_as_on_all() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("estate");
    generate::generate(&estate(11), &dir).unwrap();
    let (json_one, sarif_one) = binary_reports(&dir, Some("1"));
    assert!(
        json_one.windows(8).filter(|w| w == b"\"code\": ").count() > 50,
        "too few findings to tell an order apart"
    );
    for threads in [None, Some("3")] {
        let (json_many, sarif_many) = binary_reports(&dir, threads);
        assert!(json_many == json_one, "JSON differs with {threads:?}");
        assert!(sarif_many == sarif_one, "SARIF differs with {threads:?}");
    }
}

/// Every file under `dir`, by its path relative to `dir`.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

#[test]
fn the_generator_writes_the_same_bytes_for_the_same_seed() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    generate::generate(&estate(8), first.path()).unwrap();
    generate::generate(&estate(8), second.path()).unwrap();
    generate::generate(&estate(9), other.path()).unwrap();
    let first = files(first.path());
    assert!(first.len() > 200, "{} files", first.len());
    assert!(first == files(second.path()), "same seed, different bytes");
    assert!(first != files(other.path()), "another seed, same bytes");
}
