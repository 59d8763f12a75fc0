//! The parse floor: the least work any linter of these files must do. It walks the same files
//! as `cmslint check` (sorted, hidden folders and `target/` left out), reads and decodes each
//! one, and parses it with the same parsers, then drops the tree: JSON with jsonc-parser and
//! cmslint's strict options into jsonc-parser's own syntax tree; YAML with serde-saphyr, which
//! has no tree of its own, straight into the tree cmslint's YAML seam deserializes (with the
//! same strictness and limits). It builds no model, runs no schema check and no rule, and
//! renders nothing. The work is spread the way `cmslint::scan`
//! spreads it: one worker per core pulling the next file, on threads with the same stack size.
//!
//! ```text
//! cargo run --release --example parse-floor -- DIR...
//! ```
//!
//! It prints the files and bytes it parsed, so a benchmark can report files/s and MB/s.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line example: its output is its interface"
)]

use cmslint::syntax::{ParseLimits, Syntax, json_parse_options};
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, parse_to_ast};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use walkdir::WalkDir;

/// The stack `cmslint::scan` gives its workers.
const WORKER_STACK: usize = 64 * 1024 * 1024;

fn main() -> ExitCode {
    let roots: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if roots.is_empty() {
        eprintln!("usage: parse-floor DIR...");
        return ExitCode::from(2);
    }
    let files = walk(&roots);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let parsed = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, || {
                    while let Some((path, syntax)) = files.get(next.fetch_add(1, Ordering::Relaxed))
                    {
                        let Ok(raw) = std::fs::read(path) else {
                            failed.fetch_add(1, Ordering::Relaxed);
                            continue;
                        };
                        bytes.fetch_add(raw.len() as u64, Ordering::Relaxed);
                        let Some(text) = decode(raw) else {
                            failed.fetch_add(1, Ordering::Relaxed);
                            continue;
                        };
                        // The tree is dropped here, as cmslint drops its trees in the end.
                        if parse(*syntax, &text).is_err() {
                            failed.fetch_add(1, Ordering::Relaxed);
                            continue;
                        }
                        parsed.fetch_add(1, Ordering::Relaxed);
                    }
                })
                .expect("spawning a floor worker");
        }
    });
    println!(
        "files {} bytes {} failed {}",
        parsed.into_inner(),
        bytes.into_inner(),
        failed.into_inner()
    );
    ExitCode::SUCCESS
}

/// Parses one text into the parser's own tree and drops it.
fn parse(syntax: Syntax, text: &str) -> Result<(), ()> {
    match syntax {
        Syntax::Json => {
            let collect = CollectOptions {
                comments: CommentCollectionStrategy::Off,
                tokens: false,
            };
            parse_to_ast(text, &collect, &json_parse_options())
                .map(drop)
                .map_err(drop)
        }
        Syntax::Yaml => syntax
            .parse(text, ParseLimits::default())
            .map(drop)
            .map_err(drop),
    }
}

/// The JSON and YAML files under the roots, in walk order (sorted by name, as cmslint walks).
fn walk(roots: &[PathBuf]) -> Vec<(PathBuf, Syntax)> {
    let mut files = Vec::new();
    for root in roots {
        let walker = WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0
                    || !(name.starts_with('.') || (e.file_type().is_dir() && name == "target"))
            });
        for entry in walker.flatten() {
            if entry.file_type().is_file()
                && let Some(syntax) = Syntax::from_path(entry.path())
            {
                files.push((entry.into_path(), syntax));
            }
        }
    }
    files
}

/// What `cmslint::scan` accepts: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. UTF-8 bytes
/// become the string in place, without a copy: the least any reader must do.
fn decode(mut bytes: Vec<u8>) -> Option<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units = rest
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]));
        return char::decode_utf16(units).collect::<Result<_, _>>().ok();
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]));
        return char::decode_utf16(units).collect::<Result<_, _>>().ok();
    }
    String::from_utf8(bytes).ok()
}
