//! `rego-peer [--time] [--each] [--vm] [--policies DIR] PATH...`: evaluates TOP101, TOP103 and
//! ADM503 written in Rego over the JSON inventory files under PATH, and prints the findings as
//! sorted `CODE ENTITY` lines.
//!
//! * `--time`: where the time went, on stderr.
//! * `--each`: each rule's set evaluated on its own, as conftest evaluates each namespace (the
//!   default evaluates their union at once, so what they share is worked out once).
//! * `--vm`: regorus's virtual machine (the rules compiled to bytecode) instead of its
//!   interpreter.
//! * `--policies DIR`: the `.rego` files of DIR instead of the compiled-in ones.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: its output is its interface"
)]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: rego-peer [--time] [--each] [--vm] [--policies DIR] PATH...";

fn main() -> ExitCode {
    let started = Instant::now();
    let mut time = false;
    let mut options = cmslint_rego_peer::Options::default();
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--time" => time = true,
            "--each" => options.each = true,
            "--vm" => options.vm = true,
            "--policies" => match args.next() {
                Some(dir) => options.policies = Some(PathBuf::from(dir)),
                None => return usage("--policies needs a folder"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => return usage(&format!("unknown option `{flag}`")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        return usage("no path given");
    }
    let run = match cmslint_rego_peer::run(&paths, &options) {
        Ok(run) => run,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if !run.skipped.is_empty() {
        eprintln!(
            "warning: {} files not read (only JSON is), for example {}: {}",
            run.skipped.len(),
            run.skipped[0].0.display(),
            run.skipped[0].1
        );
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (code, entity) in &run.findings {
        if writeln!(out, "{code} {entity}").is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if time {
        let t = &run.timing;
        eprintln!(
            "{} files, {:.1} MB: read and parse {:.0} ms, policies {:.0} ms",
            run.files,
            run.bytes as f64 / 1e6,
            t.load.as_secs_f64() * 1e3,
            t.compile.as_secs_f64() * 1e3
        );
        for (rule, took) in &t.rules {
            eprintln!("{rule}: {:.0} ms", took.as_secs_f64() * 1e3);
        }
        eprintln!(
            "{} findings; whole run {:.0} ms",
            run.findings.len(),
            started.elapsed().as_secs_f64() * 1e3
        );
    }
    ExitCode::SUCCESS
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}
