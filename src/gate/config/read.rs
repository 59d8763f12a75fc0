//! Reading `cmslint.toml` with `toml::de::DeTable` (the spanned document tree), walked by hand
//! rather than deserialised with serde, so that every problem in the file is reported at once,
//! each at its own key or value, with the message cmslint chooses.

use super::{Config, Limits, MAX_FILE_SIZE, SeverityOverride, Suppress, names};
use crate::catalog;
use crate::engine::Severity;
use crate::gate::{FailOn, Problem, parse_date};
use crate::paths::CASE_INSENSITIVE_FILE_NAMES;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

const TOP_KEYS: [&str; 8] = [
    "select", "ignore", "fail-on", "include", "exclude", "severity", "suppress", "limits",
];

const LIMIT_KEYS: [&str; 3] = ["max-file-size", "max-depth", "max-findings-per-file"];

const SUPPRESS_KEYS: [&str; 4] = ["rule", "entity", "reason", "expires"];

type Value<'a> = Spanned<DeValue<'a>>;

pub(super) fn read(text: &str, problems: &mut Vec<Problem>) -> Option<Config> {
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
    catalog::selection(vec![pattern.to_string()], Vec::new()).is_ok()
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
    let named: Vec<&str> = catalog::all()
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
