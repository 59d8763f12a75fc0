//! The Rego peer of cmslint: TOP101, TOP103 and ADM503 written in Rego (`policy/`), run by
//! regorus over the same inventory files cmslint reads.
//!
//! The estate is handed to the policies as `conftest test --combine` would hand it: `input` is a
//! list with one `{"path", "contents"}` object per JSON file. Each rule's package has a `deny`
//! (errors) or `warn` (warnings) set of `{code, entity, msg}` objects, with the entity strings
//! cmslint reports.

use regorus::{Engine, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The policies, compiled into the binary so that it runs from any folder.
pub const POLICIES: [(&str, &str); 5] = [
    ("policy/lib.rego", include_str!("../policy/lib.rego")),
    (
        "policy/findings.rego",
        include_str!("../policy/findings.rego"),
    ),
    ("policy/top101.rego", include_str!("../policy/top101.rego")),
    ("policy/top103.rego", include_str!("../policy/top103.rego")),
    ("policy/adm503.rego", include_str!("../policy/adm503.rego")),
];

/// The rule sets, one per rule: `deny` for an error, `warn` for a warning.
pub const RULES: [&str; 3] = [
    "data.cmslint.top101.deny",
    "data.cmslint.top103.warn",
    "data.cmslint.adm503.deny",
];

/// Their union, evaluated at once (`policy/findings.rego`) so that what the rules share is
/// worked out once; `--each` evaluates each of [`RULES`] on its own instead, as conftest
/// evaluates each namespace's `deny` and `warn`.
pub const ALL: &str = "data.cmslint.findings";

/// Errors as text: each one ends the run with its message.
pub type Result<T> = std::result::Result<T, String>;

/// One finding: (code, entity).
pub type Finding = (String, String);

/// The inventory files of an estate, parsed.
#[derive(Debug)]
pub struct Estate {
    /// `{"path", "contents"}` per file, in the order of the walk.
    pub input: Value,
    pub files: usize,
    pub bytes: u64,
    /// Files that are not JSON (YAML is not read: see the README) and JSON files that could not
    /// be read or parsed.
    pub skipped: Vec<(PathBuf, String)>,
}

/// Where the time went.
#[derive(Debug, Default, Clone)]
pub struct Timing {
    pub load: Duration,
    pub compile: Duration,
    pub rules: Vec<(&'static str, Duration)>,
}

/// The files under `paths` that cmslint would read as JSON: the same walk (sorted by file name,
/// symbolic links not followed, hidden folders and `target/` left out), files whose extension
/// is `json` in any case.
pub fn json_files(paths: &[PathBuf]) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let (mut json, mut other) = (Vec::new(), Vec::new());
    for path in paths {
        walk(path, true, &mut json, &mut other)?;
    }
    Ok((json, other))
}

fn walk(
    path: &Path,
    root: bool,
    json: &mut Vec<PathBuf>,
    other: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        other.push(path.to_path_buf());
    } else if meta.is_dir() {
        let name = path.file_name().map(|n| n.to_string_lossy());
        if !root && name.is_some_and(|n| n.starts_with('.') || n == "target") {
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()?;
        entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        for entry in entries {
            walk(&entry, false, json, other)?;
        }
    } else if meta.is_file() {
        let is_json = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json {
            json.push(path.to_path_buf());
        } else {
            other.push(path.to_path_buf());
        }
    }
    Ok(())
}

/// Reads and parses the JSON files under `paths`, on one thread per core (as cmslint does).
pub fn load(paths: &[PathBuf]) -> std::io::Result<Estate> {
    let (files, other) = json_files(paths)?;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    let parsed: Vec<Vec<(u64, Result<Value>)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| parse(p)).collect()))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a loader thread panicked"))
            .collect()
    });
    let mut input = Vec::with_capacity(files.len());
    let mut estate = Estate {
        input: Value::Null,
        files: 0,
        bytes: 0,
        skipped: other
            .into_iter()
            .map(|p| (p, "not a JSON file".to_string()))
            .collect(),
    };
    for (path, (bytes, result)) in files.iter().zip(parsed.into_iter().flatten()) {
        match result {
            Ok(contents) => {
                let mut file = BTreeMap::new();
                file.insert(
                    Value::from("path"),
                    Value::from(path.to_string_lossy().as_ref()),
                );
                file.insert(Value::from("contents"), contents);
                input.push(Value::from(file));
                estate.files += 1;
                estate.bytes += bytes;
            }
            Err(message) => estate.skipped.push((path.clone(), message)),
        }
    }
    estate.input = Value::from(input);
    Ok(estate)
}

/// One file: its size and its document. UTF-8 (a BOM is dropped) or UTF-16 with a BOM, as
/// cmslint decodes them.
fn parse(path: &Path) -> (u64, Result<Value>) {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return (0, Err(e.to_string())),
    };
    let len = bytes.len() as u64;
    let text = match decode(&bytes) {
        Some(text) => text,
        None => return (len, Err("neither UTF-8 nor UTF-16 with a BOM".to_string())),
    };
    (len, Value::from_json_str(&text).map_err(|e| e.to_string()))
}

fn decode(bytes: &[u8]) -> Option<String> {
    let utf16 = |rest: &[u8], read: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest.chunks_exact(2).map(|p| read([p[0], p[1]])).collect();
        rest.len()
            .is_multiple_of(2)
            .then(|| String::from_utf16(&units).ok())?
    };
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).ok();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    String::from_utf8(bytes.to_vec()).ok()
}

/// An engine with the policies: the compiled-in ones, or the `.rego` files of `dir`.
pub fn engine(dir: Option<&Path>) -> Result<Engine> {
    let mut engine = Engine::new();
    match dir {
        None => {
            for (path, rego) in POLICIES {
                engine
                    .add_policy(path.to_string(), rego.to_string())
                    .map_err(|e| e.to_string())?;
            }
        }
        Some(dir) => {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| format!("{}: {e}", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "rego"))
                .collect();
            paths.sort();
            for path in paths {
                engine
                    .add_policy_from_file(&path)
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(engine)
}

/// How to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The `.rego` files of this folder instead of the compiled-in policies.
    pub policies: Option<PathBuf>,
    /// Each rule set on its own ([`RULES`]) rather than their union at once ([`ALL`]).
    pub each: bool,
    /// regorus's virtual machine (the rules compiled to its bytecode) rather than its
    /// interpreter.
    pub vm: bool,
}

/// Evaluates the rule sets over the estate: the findings, sorted and each once.
pub fn evaluate(
    engine: &mut Engine,
    input: Value,
    options: &Options,
    timing: &mut Timing,
) -> Result<Vec<Finding>> {
    let rules: &[&'static str] = if options.each { &RULES } else { &[ALL] };
    if !options.vm {
        engine.set_input(input.clone());
    }
    let mut findings = Vec::new();
    let (code, entity) = (Value::from("code"), Value::from("entity"));
    for &rule in rules {
        let started = Instant::now();
        let result = if options.vm {
            run_vm(engine, rule, input.clone())
        } else {
            engine
                .eval_rule(rule.to_string())
                .map_err(|e| e.to_string())
        }
        .map_err(|e| format!("{rule}: {e}"))?;
        timing.rules.push((rule, started.elapsed()));
        if result == Value::Undefined {
            continue;
        }
        let set = result
            .as_set()
            .map_err(|e| format!("{rule} is not a set: {e}"))?;
        for finding in set.iter() {
            let text = |key: &Value| {
                finding[key]
                    .as_string()
                    .map(|s| s.to_string())
                    .map_err(|_| format!("{rule}: a finding without a string `{key}`: {finding}"))
            };
            findings.push((text(&code)?, text(&entity)?));
        }
    }
    findings.sort();
    findings.dedup();
    Ok(findings)
}

/// One rule compiled to regorus's bytecode and run on its virtual machine.
fn run_vm(engine: &mut Engine, rule: &str, input: Value) -> Result<Value> {
    use regorus::languages::rego::compiler::Compiler;
    use regorus::rvm::vm::RegoVM;
    let compiled = engine
        .compile_with_entrypoint(&std::sync::Arc::from(rule))
        .map_err(|e| e.to_string())?;
    let program = Compiler::compile_from_policy(&compiled, &[rule]).map_err(|e| e.to_string())?;
    let mut vm = RegoVM::new();
    vm.load_program(program);
    // The default limit (25,000 instructions) is for requests, not for a whole estate.
    vm.set_max_instructions(usize::MAX);
    vm.set_input(input);
    vm.execute().map_err(|e| e.to_string())
}

/// Loads the estate under `paths` and evaluates the policies over it.
pub fn run(paths: &[PathBuf], options: &Options) -> Result<Run> {
    let mut timing = Timing::default();
    let started = Instant::now();
    let estate = load(paths).map_err(|e| e.to_string())?;
    timing.load = started.elapsed();
    let started = Instant::now();
    let mut engine = engine(options.policies.as_deref())?;
    timing.compile = started.elapsed();
    let findings = evaluate(&mut engine, estate.input, options, &mut timing)?;
    // The process ends next: freeing the estate's values and the engine one by one would only
    // add time (as it would for any program that exits after one evaluation).
    std::mem::forget(engine);
    Ok(Run {
        findings,
        files: estate.files,
        bytes: estate.bytes,
        skipped: estate.skipped,
        timing,
    })
}

/// What [`run`] found.
#[derive(Debug)]
pub struct Run {
    pub findings: Vec<Finding>,
    pub files: usize,
    pub bytes: u64,
    pub skipped: Vec<(PathBuf, String)>,
    pub timing: Timing,
}
