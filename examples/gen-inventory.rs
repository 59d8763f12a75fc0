//! Writes a realistic, deterministic inventory estate for benchmarks and tests:
//!
//! ```text
//! cargo run --release --example gen-inventory -- --clusters N --seed S --out DIR
//!     [--format yaml|json|mixed] [--problem-percent P]
//! ```
//!
//! One file per cluster (CCR and SCC, some with an SP1-to-SP2 runbook) plus a shared workstation
//! file and a server file per 100 clusters, in folders of at most 1000 files. About a fifth of
//! the entities carry one of the documented problems. Same arguments, same bytes. The logic
//! lives in `tests/support/generate.rs`, which the determinism test shares.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line example: its output is its interface"
)]

#[path = "../tests/support/generate.rs"]
mod generate;

use generate::{Format, Options};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen-inventory --clusters N --seed S --out DIR [--format yaml|json|mixed] [--problem-percent P]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut clusters = None;
    let mut seed = None;
    let mut out = None;
    let mut format = Format::Mixed;
    let mut problem_percent = 20;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--clusters" => clusters = Some(number(&flag, &value()?)?),
            "--seed" => seed = Some(number(&flag, &value()?)?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--format" => {
                let text = value()?;
                format = Format::parse(&text).ok_or(format!("unknown format `{text}`"))?;
            }
            "--problem-percent" => {
                problem_percent = number(&flag, &value()?)?
                    .try_into()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or("--problem-percent takes 0 to 100")?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let options = Options {
        clusters: clusters.ok_or("--clusters is required")? as usize,
        seed: seed.ok_or("--seed is required")?,
        format,
        problem_percent,
    };
    let out = out.ok_or("--out is required")?;
    // Mixing two estates in one folder would make neither reproducible.
    if std::fs::read_dir(&out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(format!("`{}` is not empty", out.display()));
    }
    let started = std::time::Instant::now();
    let summary = generate::generate(&options, &out)
        .map_err(|e| format!("cannot write under `{}`: {e}", out.display()))?;
    println!(
        "wrote {} files, {} bytes under {} in {:.2?}: {} clusters, {} plans, {} workstations, {} servers; {} with a documented problem",
        summary.files,
        summary.bytes,
        out.display(),
        started.elapsed(),
        summary.clusters,
        summary.plans,
        summary.workstations,
        summary.servers,
        summary.problems,
    );
    Ok(())
}

fn number(flag: &str, text: &str) -> Result<u64, String> {
    text.parse()
        .map_err(|_| format!("{flag} takes a whole number, not `{text}`"))
}
