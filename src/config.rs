//! `cmslint.toml`: finding it, reading it with the span of every key and value, and checking
//! it. A config that cannot be used is a list of [`Problem`]s, each pointing into the file, that
//! the CLI renders as diagnostics and turns into exit code 2; nothing is half-applied.
//!
//! The file is read with `toml::de::DeTable` (the spanned document tree) and walked by hand
//! rather than deserialised with serde, so that every problem in the file is reported at once,
//! each at its own key or value, with the message cmslint chooses.

use crate::check::FailOn;
use crate::engine::{Selection, Severity, catalog, lookup};
use crate::output::CASE_INSENSITIVE_FILE_NAMES;
use crate::report::{escape_message, sanitize_in_place};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};
use globset::{GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The name cmslint looks for, from the first path upward.
pub const FILE_NAME: &str = "cmslint.toml";

const TOP_KEYS: [&str; 8] = [
    "select", "ignore", "fail-on", "include", "exclude", "severity", "suppress", "limits",
];
/// The largest `max-file-size`: 2 GiB, so that a decoded text fits the 32-bit offsets of
/// [`crate::source::Span`].
pub const MAX_FILE_SIZE: u64 = 2 * 1024 * 1024 * 1024;

const LIMIT_KEYS: [&str; 3] = ["max-file-size", "max-depth", "max-findings-per-file"];
const SUPPRESS_KEYS: [&str; 4] = ["rule", "entity", "reason", "expires"];

/// A checked config file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The path reports show (relative, with `/`).
    pub path: String,
    /// The text as read, so that INV008 can point into it.
    pub text: String,
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub fail_on: Option<FailOn>,
    /// The folder that holds the file (absolute); `include` and `exclude` are relative to it.
    /// `None` for a config that was not read from a file.
    pub folder: Option<PathBuf>,
    /// Only files whose path matches one of these are checked (`None`: every file).
    pub include: Option<GlobSet>,
    /// Files whose path matches one of these are not checked.
    pub exclude: Option<GlobSet>,
    pub severities: Vec<SeverityOverride>,
    pub suppressions: Vec<Suppress>,
    pub limits: Limits,
}

/// The `[limits]` table: what untrusted input may cost (docs/security.md). `None` keeps the
/// built-in default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Bytes; larger files are not read (INV001 for inventories).
    pub max_file_size: Option<u64>,
    /// Nesting levels of JSON and YAML.
    pub max_depth: Option<usize>,
    /// Findings shown per file; the rest are counted in the summary.
    pub max_findings_per_file: Option<usize>,
}

impl Config {
    /// The rules `select` and `ignore` choose; the command line's `--select` and `--ignore`
    /// replace either list. The error lists the patterns that name no rule.
    pub fn selection(
        &self,
        select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
    ) -> Result<Selection, Vec<String>> {
        let select = select.or_else(|| self.select.clone()).unwrap_or_default();
        let ignore = ignore.or_else(|| self.ignore.clone()).unwrap_or_default();
        Selection::new(select, ignore)
    }

    /// Whether `include`/`exclude` leave out the file at `location` (absolute) whose report
    /// path is `report_path`. The globs match the file's path relative to the config's folder,
    /// whatever the current folder; a file outside that folder is matched by its report path.
    pub fn leaves_out(&self, location: &Path, report_path: &str) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return false;
        }
        let relative = self
            .folder
            .as_deref()
            .and_then(|f| relative_to(location, f));
        let path = relative.as_deref().unwrap_or(report_path);
        self.include.as_ref().is_some_and(|g| !g.is_match(path))
            || self.exclude.as_ref().is_some_and(|g| g.is_match(path))
    }
}

/// `path` relative to `folder` with `/`, if it lies under it (both absolute and lexically
/// normal); names compare as the file system compares them ([`CASE_INSENSITIVE_FILE_NAMES`]).
fn relative_to(path: &Path, folder: &Path) -> Option<String> {
    let mut parts = path.components();
    for expected in folder.components() {
        let part = parts.next()?;
        let (a, b) = (part.as_os_str(), expected.as_os_str());
        let same = if CASE_INSENSITIVE_FILE_NAMES {
            a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase()
        } else {
            a == b
        };
        if !same {
            return None;
        }
    }
    let rest: Vec<String> = parts
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!rest.is_empty()).then(|| rest.join("/"))
}

/// One entry of the `[severity]` table.
#[derive(Debug, Clone)]
pub struct SeverityOverride {
    /// A code, prefix or name.
    pub pattern: String,
    pub severity: Severity,
}

impl SeverityOverride {
    /// How narrowly the pattern names rules: a code or name beats a prefix, a longer prefix a
    /// shorter one, and `ALL` comes last. The narrowest matching override wins.
    pub fn specificity(&self) -> usize {
        if lookup(&self.pattern).is_some() {
            usize::MAX
        } else if self.pattern.eq_ignore_ascii_case("all") {
            0
        } else {
            self.pattern.len()
        }
    }

    pub fn matches(&self, code: &str) -> bool {
        names(&self.pattern, code)
    }
}

/// One `[[suppress]]` entry.
#[derive(Debug, Clone)]
pub struct Suppress {
    /// A code, prefix or name.
    pub rule: String,
    pub rule_span: Range<usize>,
    /// The glob over entity paths, as written (`*` when absent).
    pub entity: String,
    pub matcher: GlobMatcher,
    pub reason: String,
    /// The last day the suppression applies.
    pub expires: Option<Date>,
    pub expires_span: Option<Range<usize>>,
}

impl Suppress {
    /// Whether this suppression covers a finding of rule `code` on `entity`.
    pub fn covers(&self, code: &str, entity: &str) -> bool {
        names(&self.rule, code) && self.matcher.is_match(entity)
    }

    /// Whether it has run out: `today` is after its `expires` date.
    pub fn expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|expires| today > expires)
    }
}

/// Whether a rule pattern (code, prefix, name or `ALL`) names the rule `code`.
pub fn names(pattern: &str, code: &str) -> bool {
    let Some(doc) = lookup(code) else {
        return false;
    };
    Selection::new(vec![pattern.to_string()], Vec::new())
        .is_ok_and(|selection| selection.is_selected(&doc.meta))
}

/// Why a config or baseline file cannot be used.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Read { path: String, error: io::Error },
    /// The file was read and has problems, each at its place.
    Invalid(FileProblems),
}

impl LoadError {
    /// Writes the error as diagnostics (codespan-reporting, as the human report).
    pub fn render(&self, out: &mut dyn Write, color: bool) -> io::Result<()> {
        match self {
            LoadError::Read { path, error } => {
                writeln!(
                    out,
                    "error: cannot read `{}`: {error}",
                    escape_message(path)
                )
            }
            LoadError::Invalid(problems) => problems.render(out, color),
        }
    }
}

/// The problems of one file.
#[derive(Debug)]
pub struct FileProblems {
    pub path: String,
    pub text: String,
    /// In the order of their position in the file.
    pub problems: Vec<Problem>,
}

/// One problem, at a byte range of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub range: Range<usize>,
    /// The text under the range.
    pub label: String,
    pub help: Option<String>,
}

impl Problem {
    pub fn new(range: Range<usize>, message: impl Into<String>, label: impl Into<String>) -> Self {
        Problem {
            message: message.into(),
            range,
            label: label.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl FileProblems {
    pub fn render(&self, out: &mut dyn Write, color: bool) -> io::Result<()> {
        let text = sanitize_in_place(&self.text);
        let file = SimpleFile::new(escape_message(&self.path), text.as_str());
        let mut buffer = Vec::new();
        {
            let mut writer: Box<dyn termcolor::WriteColor> = if color {
                Box::new(termcolor::Ansi::new(&mut buffer))
            } else {
                Box::new(termcolor::NoColor::new(&mut buffer))
            };
            let config = term::Config::default();
            for problem in &self.problems {
                let mut diagnostic = Diagnostic::error()
                    .with_message(escape_message(&problem.message))
                    .with_labels(vec![
                        Label::primary((), visible(&text, problem.range.clone()))
                            .with_message(escape_message(&problem.label)),
                    ]);
                if let Some(help) = &problem.help {
                    diagnostic =
                        diagnostic.with_notes(vec![format!("help: {}", escape_message(help))]);
                }
                term::emit_to_write_style(&mut writer, &config, &file, &diagnostic)
                    .map_err(io::Error::other)?;
            }
        }
        out.write_all(&buffer)?;
        writeln!(
            out,
            "error: {} has {} {}; nothing was checked",
            escape_message(&self.path),
            self.problems.len(),
            if self.problems.len() == 1 {
                "problem"
            } else {
                "problems"
            }
        )
    }
}

/// A zero-width range widened to the character it sits on, so the caret shows.
fn visible(text: &str, range: Range<usize>) -> Range<usize> {
    let start = range.start.min(text.len());
    if range.end > start {
        return start..range.end.min(text.len());
    }
    match text[start..].chars().next() {
        Some(c) if c != '\n' && c != '\r' => start..start + c.len_utf8(),
        _ => start..start,
    }
}

/// The first `cmslint.toml` in the folder of `start` (itself if it is a folder) or above it.
pub fn discover(start: &Path, cwd: &Path) -> Option<PathBuf> {
    let start = absolute(start, cwd);
    let folder = if start.is_dir() {
        start.as_path()
    } else {
        start.parent()?
    };
    folder
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Lexically absolute (no symlinks resolved, `.` and `..` folded).
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The path reports show for a file cmslint reads besides the inventory (config, baseline):
/// relative to the current directory when it lies under it, otherwise as given when that is
/// relative and has no `..`, otherwise its file name. Always with `/`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let abs = absolute(path, cwd);
    let cwd_abs = absolute(Path::new("."), cwd);
    let shown = match abs.strip_prefix(&cwd_abs) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.to_path_buf(),
        _ if path.is_relative()
            && !path
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir)) =>
        {
            path.components().collect()
        }
        _ => PathBuf::from(abs.file_name().unwrap_or(abs.as_os_str())),
    };
    shown
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads and checks a config file. `shown` is the path reports show.
pub fn load(path: &Path, shown: String) -> Result<Config, LoadError> {
    let text = std::fs::read(path)
        .map_err(|error| LoadError::Read {
            path: shown.clone(),
            error,
        })
        .map(|bytes| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            text.strip_prefix('\u{feff}')
                .map(str::to_string)
                .unwrap_or(text)
        })?;
    let mut config = parse(shown, text).map_err(LoadError::Invalid)?;
    // Absolute and with `..` folded, as the locations of the files it is compared with.
    config.folder = std::path::absolute(path).ok().and_then(|path| {
        absolute(&path, Path::new(""))
            .parent()
            .map(Path::to_path_buf)
    });
    Ok(config)
}

/// Checks a config text: every problem, or the config.
pub fn parse(path: String, text: String) -> Result<Config, FileProblems> {
    let mut problems = Vec::new();
    let config = read(&text, &mut problems);
    problems.sort_by_key(|p| (p.range.start, p.range.end));
    match config {
        Some(mut config) if problems.is_empty() => {
            config.path = path;
            config.text = text;
            Ok(config)
        }
        _ => Err(FileProblems {
            path,
            text,
            problems,
        }),
    }
}

type Value<'a> = Spanned<DeValue<'a>>;

fn read(text: &str, problems: &mut Vec<Problem>) -> Option<Config> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for error in errors {
            let range = error.span().unwrap_or(0..0);
            problems.push(Problem::new(
                range,
                format!("invalid TOML: {}", error.message().trim()),
                "here",
            ));
        }
        return None;
    }
    let mut config = Config {
        path: String::new(),
        text: String::new(),
        select: None,
        ignore: None,
        fail_on: None,
        folder: None,
        include: None,
        exclude: None,
        severities: Vec::new(),
        suppressions: Vec::new(),
        limits: Limits::default(),
    };
    for (key, value) in root.get_ref() {
        match key.get_ref().as_ref() {
            "select" => config.select = rule_list(value, "select", problems),
            "ignore" => config.ignore = rule_list(value, "ignore", problems),
            "fail-on" => {
                config.fail_on = one_of(
                    value,
                    "fail-on",
                    &["error", "warning", "note", "never"],
                    problems,
                )
                .map(|s| match s {
                    "error" => FailOn::Error,
                    "warning" => FailOn::Warning,
                    "note" => FailOn::Note,
                    _ => FailOn::Never,
                })
            }
            "include" => config.include = path_globs(value, "include", problems),
            "exclude" => config.exclude = path_globs(value, "exclude", problems),
            "severity" => config.severities = severities(value, problems),
            "suppress" => config.suppressions = suppressions(value, problems),
            "limits" => config.limits = limits(value, problems),
            other => problems.push(unknown_key(key.span(), other, &TOP_KEYS, "cmslint.toml")),
        }
    }
    Some(config)
}

fn limits(value: &Value, problems: &mut Vec<Problem>) -> Limits {
    let mut limits = Limits::default();
    let DeValue::Table(table) = value.get_ref() else {
        problems.push(wrong_type(value, "limits", "a table (`[limits]`)"));
        return limits;
    };
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if !LIMIT_KEYS.contains(&name) {
            problems.push(unknown_key(key.span(), name, &LIMIT_KEYS, "[limits]"));
            continue;
        }
        let number = match value.get_ref() {
            DeValue::Integer(i) => i.as_str().replace('_', "").parse::<u64>().ok(),
            _ => None,
        };
        let Some(number) = number.filter(|&n| n > 0) else {
            problems.push(wrong_type(value, name, "a whole number above 0"));
            continue;
        };
        match name {
            // Spans hold 32-bit offsets, and decoding UTF-16 can make a text half as long again.
            "max-file-size" if number > MAX_FILE_SIZE => problems.push(Problem::new(
                value.span(),
                format!("`max-file-size` must be at most {MAX_FILE_SIZE} bytes (2 GiB)"),
                "too large".to_string(),
            )),
            "max-file-size" => limits.max_file_size = Some(number),
            "max-depth" => limits.max_depth = Some(usize::try_from(number).unwrap_or(usize::MAX)),
            _ => limits.max_findings_per_file = Some(usize::try_from(number).unwrap_or(usize::MAX)),
        }
    }
    limits
}

fn unknown_key(span: Range<usize>, key: &str, known: &[&str], place: &str) -> Problem {
    let closest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(k, key), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let label = match closest {
        Some((_, k)) => format!("did you mean `{k}`?"),
        None => "unknown key".to_string(),
    };
    Problem::new(span, format!("unknown key `{key}` in {place}"), label)
        .with_help(format!("the keys are {}", quoted(known)))
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn wrong_type(value: &Value, key: &str, expected: &str) -> Problem {
    Problem::new(
        value.span(),
        format!("`{key}` must be {expected}"),
        format!("this is {}", describe(value.get_ref())),
    )
}

fn string<'v>(value: &'v Value, key: &str, problems: &mut Vec<Problem>) -> Option<&'v str> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.as_ref()),
        _ => {
            problems.push(wrong_type(value, key, "a string"));
            None
        }
    }
}

fn strings<'v>(
    value: &'v Value,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Option<Vec<(&'v str, Range<usize>)>> {
    let DeValue::Array(items) = value.get_ref() else {
        problems.push(wrong_type(value, key, "an array of strings"));
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(s) => out.push((s.as_ref(), item.span())),
            _ => {
                problems.push(wrong_type(item, key, "an array of strings"));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn one_of(
    value: &Value,
    key: &str,
    allowed: &[&'static str],
    problems: &mut Vec<Problem>,
) -> Option<&'static str> {
    let text = string(value, key, problems)?;
    match allowed.iter().find(|a| **a == text) {
        Some(found) => Some(found),
        None => {
            problems.push(Problem::new(
                value.span(),
                format!(
                    "`{key}` is `{text}`, which is not one of {}",
                    quoted(allowed)
                ),
                "not allowed here",
            ));
            None
        }
    }
}

/// A rule pattern that names no rule.
fn unknown_rule(span: Range<usize>, pattern: &str) -> Problem {
    Problem::new(
        span,
        format!("no rule matches `{pattern}`"),
        "not a code, prefix or name of a rule",
    )
    .with_help("use a code (UPG302), a prefix (ADM) or a name (passive-node-not-emptied); `cmslint rules` lists them")
}

fn rule_pattern_ok(pattern: &str) -> bool {
    Selection::new(vec![pattern.to_string()], Vec::new()).is_ok()
}

fn rule_list(value: &Value, key: &str, problems: &mut Vec<Problem>) -> Option<Vec<String>> {
    let items = strings(value, key, problems)?;
    let mut ok = true;
    for (pattern, span) in &items {
        if !rule_pattern_ok(pattern) {
            problems.push(unknown_rule(span.clone(), pattern));
            ok = false;
        }
    }
    ok.then(|| items.iter().map(|(p, _)| p.to_string()).collect())
}

fn path_globs(value: &Value, key: &str, problems: &mut Vec<Problem>) -> Option<GlobSet> {
    let items = strings(value, key, problems)?;
    let mut builder = GlobSetBuilder::new();
    let mut ok = true;
    for (pattern, span) in &items {
        // `\` separates folders as `/` does, as Windows users write paths; a special character
        // is matched literally in a class (`[*]`), as in entity globs.
        match GlobBuilder::new(&pattern.replace('\\', "/"))
            .literal_separator(true)
            .backslash_escape(false)
            .case_insensitive(CASE_INSENSITIVE_FILE_NAMES)
            .build()
        {
            Ok(glob) => {
                builder.add(glob);
            }
            Err(error) => {
                problems.push(bad_glob(span.clone(), pattern, &error));
                ok = false;
            }
        }
    }
    if !ok {
        return None;
    }
    builder.build().ok()
}

fn bad_glob(span: Range<usize>, pattern: &str, error: &globset::Error) -> Problem {
    Problem::new(
        span,
        format!("`{pattern}` is not a valid glob"),
        error.kind().to_string(),
    )
}

fn severities(value: &Value, problems: &mut Vec<Problem>) -> Vec<SeverityOverride> {
    let DeValue::Table(table) = value.get_ref() else {
        problems.push(wrong_type(
            value,
            "severity",
            "a table of rule = \"error\" | \"warning\" | \"note\"",
        ));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in table {
        let pattern = key.get_ref().as_ref();
        if !rule_pattern_ok(pattern) {
            problems.push(unknown_rule(key.span(), pattern));
            continue;
        }
        let severity = one_of(
            value,
            &format!("severity.{pattern}"),
            &["error", "warning", "note"],
            problems,
        );
        let severity = match severity {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some(_) => Severity::Note,
            None => continue,
        };
        out.push(SeverityOverride {
            pattern: pattern.to_string(),
            severity,
        });
    }
    out
}

fn suppressions(value: &Value, problems: &mut Vec<Problem>) -> Vec<Suppress> {
    let DeValue::Array(items) = value.get_ref() else {
        problems.push(wrong_type(
            value,
            "suppress",
            "an array of tables (`[[suppress]]`)",
        ));
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(table) => suppression(item.span(), table, problems),
            _ => {
                problems.push(wrong_type(item, "suppress", "a table"));
                None
            }
        })
        .collect()
}

fn suppression(
    span: Range<usize>,
    table: &DeTable,
    problems: &mut Vec<Problem>,
) -> Option<Suppress> {
    let before = problems.len();
    let mut rule = None;
    let mut entity = None;
    let mut reason = None;
    let mut expires = None;
    for (key, value) in table {
        match key.get_ref().as_ref() {
            "rule" => rule = string(value, "rule", problems).map(|s| (s, value.span())),
            "entity" => entity = string(value, "entity", problems).map(|s| (s, value.span())),
            "reason" => reason = string(value, "reason", problems).map(|s| (s, value.span())),
            "expires" => expires = date(value, problems).map(|d| (d, value.span())),
            other => problems.push(unknown_key(
                key.span(),
                other,
                &SUPPRESS_KEYS,
                "a suppression",
            )),
        }
    }
    match &rule {
        None if !table.iter().any(|(k, _)| k.get_ref() == "rule") => problems.push(
            Problem::new(
                span.clone(),
                "a suppression has no `rule`",
                "this suppression",
            )
            .with_help("add `rule = \"<code, prefix or name>\"`"),
        ),
        Some((pattern, span)) if !rule_pattern_ok(pattern) => {
            problems.push(unknown_rule(span.clone(), pattern))
        }
        Some((pattern, span)) if only_inv008(pattern) => problems.push(
            Problem::new(
                span.clone(),
                "INV008 cannot be suppressed",
                "INV008 is raised after suppressions are applied",
            )
            .with_help("remove the suppression that INV008 reports, or add INV008 to `ignore`"),
        ),
        _ => {}
    }
    match &reason {
        None if !table.iter().any(|(k, _)| k.get_ref() == "reason") => problems.push(
            Problem::new(
                span.clone(),
                "a suppression has no `reason`",
                "this suppression",
            )
            .with_help("add `reason = \"...\"`: why the finding is accepted, and who accepted it"),
        ),
        Some((text, span)) if text.trim().is_empty() => problems.push(
            Problem::new(
                span.clone(),
                "a suppression's `reason` is empty",
                "empty reason",
            )
            .with_help("say why the finding is accepted, and who accepted it"),
        ),
        _ => {}
    }
    let matcher = match &entity {
        Some((pattern, span)) => match GlobBuilder::new(pattern)
            .literal_separator(false)
            .case_insensitive(true)
            .build()
        {
            Ok(glob) => Some(glob.compile_matcher()),
            Err(error) => {
                problems.push(bad_glob(span.clone(), pattern, &error));
                None
            }
        },
        None => GlobBuilder::new("*")
            .build()
            .ok()
            .map(|g| g.compile_matcher()),
    };
    if problems.len() > before {
        return None;
    }
    let (rule, rule_span) = rule?;
    Some(Suppress {
        rule: rule.to_string(),
        rule_span,
        entity: entity.map_or("*", |(e, _)| e).to_string(),
        matcher: matcher?,
        reason: reason?.0.trim().to_string(),
        expires: expires.as_ref().map(|(d, _)| *d),
        expires_span: expires.map(|(_, s)| s),
    })
}

/// Whether a pattern names INV008 and no other rule.
fn only_inv008(pattern: &str) -> bool {
    let named: Vec<&str> = catalog()
        .iter()
        .map(|d| d.meta.code.as_str())
        .filter(|code| names(pattern, code))
        .collect();
    named == ["INV008"]
}

/// `expires`: a TOML date (`2026-06-30`) or a string holding one.
fn date(value: &Value, problems: &mut Vec<Problem>) -> Option<Date> {
    let parsed = match value.get_ref() {
        DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt
            .date
            .and_then(|d| Date::new(d.year as i16, d.month as i8, d.day as i8).ok()),
        DeValue::String(s) => parse_date(s),
        _ => None,
    };
    if parsed.is_none() {
        problems.push(Problem::new(
            value.span(),
            "`expires` must be a date written YYYY-MM-DD",
            "not a date",
        ));
    }
    parsed
}

/// A `YYYY-MM-DD` date (also what `CMSLINT_TODAY` holds).
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    text.parse().ok()
}

/// Today's date in UTC from the system clock.
pub fn today_utc() -> Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(String, String)> {
        match parse("cmslint.toml".into(), text.into()) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems
                .into_iter()
                .map(|p| (p.message, text[p.range].to_string()))
                .collect(),
        }
    }

    #[test]
    fn a_full_config_reads() {
        let config = parse(
            "cmslint.toml".into(),
            r#"
select = ["INV", "UPG"]
ignore = ["UPG309"]
fail-on = "warning"
include = ["inventory/**"]
exclude = ["inventory/legacy/**"]

[severity]
UPG305 = "error"
INV = "note"

[[suppress]]
rule = "passive-node-owns-groups"
entity = "cluster:EXCLU01/*"
reason = "moved back in the change window of 2026-07-04 (J. Doe)"
expires = 2026-07-31
"#
            .into(),
        )
        .unwrap();
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(
            config.select.as_deref(),
            Some(&["INV".into(), "UPG".into()][..])
        );
        let s = &config.suppressions[0];
        assert!(s.covers("TOP103", "cluster:exclu01/group:Cluster Group"));
        assert!(!s.covers("TOP103", "cluster:EXCLU02/group:Cluster Group"));
        assert!(!s.covers("TOP101", "cluster:EXCLU01/group:Cluster Group"));
        assert_eq!(s.expires, Some(jiff::civil::date(2026, 7, 31)));
        assert!(!s.expired(jiff::civil::date(2026, 7, 31)));
        assert!(s.expired(jiff::civil::date(2026, 8, 1)));
        assert!(config.include.unwrap().is_match("inventory/a/b.yaml"));
        let top = config
            .severities
            .iter()
            .find(|o| o.pattern == "UPG305")
            .unwrap();
        let prefix = config
            .severities
            .iter()
            .find(|o| o.pattern == "INV")
            .unwrap();
        assert!(top.specificity() > prefix.specificity());
        assert!(prefix.matches("INV008") && !prefix.matches("UPG305"));
    }

    #[test]
    fn every_problem_is_reported_at_its_place() {
        let found = problems(
            r#"selct = ["INV"]
fail-on = "sometimes"
ignore = ["NOPE9"]
[severity]
UPG305 = "fatal"
[[suppress]]
rule = "TOP103"
[[suppress]]
rule = "TOP103"
reason = "  "
expires = "next week"
"#,
        );
        let expected = [
            ("unknown key `selct` in cmslint.toml", "selct"),
            (
                "`fail-on` is `sometimes`, which is not one of `error`, `warning`, `note`, `never`",
                "\"sometimes\"",
            ),
            ("no rule matches `NOPE9`", "\"NOPE9\""),
            (
                "`severity.UPG305` is `fatal`, which is not one of `error`, `warning`, `note`",
                "\"fatal\"",
            ),
            ("a suppression has no `reason`", "[[suppress]]"),
            ("a suppression's `reason` is empty", "\"  \""),
            (
                "`expires` must be a date written YYYY-MM-DD",
                "\"next week\"",
            ),
        ];
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(m, t)| (m.as_str(), t.as_str()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn file_sizes_above_two_gib_are_refused() {
        let found = problems("[limits]\nmax-file-size = 2_147_483_649\n");
        assert_eq!(
            found,
            [(
                "`max-file-size` must be at most 2147483648 bytes (2 GiB)".to_string(),
                "2_147_483_649".to_string()
            )]
        );
        assert!(problems("[limits]\nmax-file-size = 2_147_483_648\n").is_empty());
    }

    #[test]
    fn invalid_toml_is_one_problem_at_its_place() {
        let found = problems("select = [\"INV\"\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("invalid TOML"), "{found:?}");
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("2026-02-28"),
            Some(jiff::civil::date(2026, 2, 28))
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-2-3"), None);
        assert_eq!(parse_date("2026-02-28T00:00"), None);
    }

    #[test]
    fn display_paths_are_relative_without_dot_dot() {
        let cwd = Path::new("/repo");
        assert_eq!(display_path(Path::new("cmslint.toml"), cwd), "cmslint.toml");
        assert_eq!(
            display_path(Path::new("/repo/a/cmslint.toml"), cwd),
            "a/cmslint.toml"
        );
        assert_eq!(
            display_path(Path::new("../cmslint.toml"), cwd),
            "cmslint.toml"
        );
        assert_eq!(
            display_path(Path::new("/etc/x/base.json"), cwd),
            "base.json"
        );
    }
}
