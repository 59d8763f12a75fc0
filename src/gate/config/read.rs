//! Reading `cmslint.toml` with `toml::de::DeTable` (the spanned document tree), walked by hand
//! rather than deserialised with serde, so that every problem in the file is reported at once,
//! each at its own key or value, with the message cmslint chooses.

use super::{Config, Limits, MAX_FILE_SIZE, SeverityOverride, Suppress, names};
use crate::catalog;
use crate::engine::Severity;
use crate::gate::{FailOn, Problem, parse_date};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::paths::CASE_INSENSITIVE_FILE_NAMES;
use crate::words::{code_list, did_you_mean, meant};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

const TOP_KEYS: [&str; 9] = [
    "select", "ignore", "fail-on", "include", "exclude", "severity", "suppress", "limits", "lang",
];

const LIMIT_KEYS: [&str; 3] = ["max-file-size", "max-depth", "max-findings-per-file"];

const SUPPRESS_KEYS: [&str; 4] = ["rule", "entity", "reason", "expires"];

type Value<'a> = Spanned<DeValue<'a>>;

pub(super) fn read(text: &str, problems: &mut Vec<Problem>) -> Option<Config> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for error in errors {
            let range = error.span().unwrap_or(0..0);
            let error = error.message().trim().to_string();
            problems.push(Problem::new(
                range,
                msg!("gate-invalid-toml", error = error),
                msg!("gate-here"),
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
        lang: None,
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
            "lang" => config.lang = lang(value, problems),
            other => {
                let place = Message::verbatim("cmslint.toml");
                problems.push(unknown_key(key.span(), other, &TOP_KEYS, place))
            }
        }
    }
    Some(config)
}

/// `lang`: `en` or `ja`, in any case.
fn lang(value: &Value, problems: &mut Vec<Problem>) -> Option<Lang> {
    let text = string(value, "lang", problems)?;
    let lang = Lang::from_code(text);
    if lang.is_none() {
        let codes = Lang::ALL.map(Lang::code);
        problems.push(not_one_of(value, "lang", text, &codes));
    }
    lang
}

fn limits(value: &Value, problems: &mut Vec<Problem>) -> Limits {
    let mut limits = Limits::default();
    let DeValue::Table(table) = value.get_ref() else {
        problems.push(wrong_type(
            value,
            "limits",
            msg!("gate-expected-limits-table"),
        ));
        return limits;
    };
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if !LIMIT_KEYS.contains(&name) {
            let place = Message::verbatim("[limits]");
            problems.push(unknown_key(key.span(), name, &LIMIT_KEYS, place));
            continue;
        }
        let number = match value.get_ref() {
            DeValue::Integer(i) => i.as_str().replace('_', "").parse::<u64>().ok(),
            _ => None,
        };
        let Some(number) = number.filter(|&n| n > 0) else {
            problems.push(wrong_type(
                value,
                name,
                msg!("gate-expected-positive-number"),
            ));
            continue;
        };
        match name {
            // Spans hold 32-bit offsets, and decoding UTF-16 can make a text half as long again.
            "max-file-size" if number > MAX_FILE_SIZE => problems.push(Problem::new(
                value.span(),
                msg!("gate-max-file-size", max = MAX_FILE_SIZE.to_string()),
                msg!("gate-too-large"),
            )),
            "max-file-size" => limits.max_file_size = Some(number),
            "max-depth" => limits.max_depth = Some(usize::try_from(number).unwrap_or(usize::MAX)),
            _ => limits.max_findings_per_file = Some(usize::try_from(number).unwrap_or(usize::MAX)),
        }
    }
    limits
}

/// `place`: `cmslint.toml`, `[limits]` or a suppression.
fn unknown_key(span: Range<usize>, key: &str, known: &[&str], place: Message) -> Problem {
    let closest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(k, key), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let label = match closest {
        Some((_, k)) => meant(k),
        None => msg!("gate-unknown-key-label"),
    };
    let keys = code_list(known.iter().copied());
    let message = msg!("gate-unknown-key", key = key, place = place);
    Problem::new(span, message, label).with_help(msg!("gate-known-keys", keys = keys))
}

/// A TOML value's type, in the words of the messages.
fn describe(value: &DeValue) -> Message {
    match value {
        DeValue::String(_) => msg!("gate-toml-string"),
        DeValue::Integer(_) => msg!("gate-toml-integer"),
        DeValue::Float(_) => msg!("gate-toml-float"),
        DeValue::Boolean(_) => msg!("gate-toml-boolean"),
        DeValue::Datetime(_) => msg!("gate-toml-date"),
        DeValue::Array(_) => msg!("gate-toml-array"),
        DeValue::Table(_) => msg!("gate-toml-table"),
    }
}

fn wrong_type(value: &Value, key: &str, expected: Message) -> Problem {
    Problem::new(
        value.span(),
        msg!("gate-wrong-type", key = key, expected = expected),
        msg!("gate-given-type", found = describe(value.get_ref())),
    )
}

fn string<'v>(value: &'v Value, key: &str, problems: &mut Vec<Problem>) -> Option<&'v str> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.as_ref()),
        _ => {
            problems.push(wrong_type(value, key, msg!("gate-toml-string")));
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
        problems.push(wrong_type(value, key, msg!("gate-expected-strings")));
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(s) => out.push((s.as_ref(), item.span())),
            _ => {
                problems.push(wrong_type(item, key, msg!("gate-expected-strings")));
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
            problems.push(not_one_of(value, key, text, allowed));
            None
        }
    }
}

/// `key` is `text`, which is none of the values `allowed`; the label offers the one it was
/// most likely meant to be.
fn not_one_of(value: &Value, key: &str, text: &str, allowed: &[&str]) -> Problem {
    let message = msg!("gate-not-one-of", key = key, value = text);
    let label =
        did_you_mean(text, allowed.iter().copied()).map_or_else(|| msg!("gate-not-allowed"), meant);
    Problem::new(
        value.span(),
        message.arg("allowed", code_list(allowed.iter().copied())),
        label,
    )
}

/// A rule pattern that names no rule.
fn unknown_rule(span: Range<usize>, pattern: &str) -> Problem {
    Problem::new(
        span,
        msg!("gate-no-rule-matches", pattern = pattern),
        msg!("gate-not-a-rule"),
    )
    .with_help(msg!("gate-rule-pattern-help"))
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

/// The label is globset's own words.
fn bad_glob(span: Range<usize>, pattern: &str, error: &globset::Error) -> Problem {
    Problem::new(
        span,
        msg!("gate-bad-glob", pattern = pattern),
        Message::verbatim(error.kind().to_string()),
    )
}

fn severities(value: &Value, problems: &mut Vec<Problem>) -> Vec<SeverityOverride> {
    let DeValue::Table(table) = value.get_ref() else {
        problems.push(wrong_type(
            value,
            "severity",
            msg!("gate-expected-severity-table"),
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
            msg!("gate-expected-suppress-array"),
        ));
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(table) => suppression(item.span(), table, problems),
            _ => {
                problems.push(wrong_type(item, "suppress", msg!("gate-toml-table")));
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
                msg!("gate-in-a-suppression"),
            )),
        }
    }
    match &rule {
        None if !table.iter().any(|(k, _)| k.get_ref() == "rule") => problems.push(
            Problem::new(
                span.clone(),
                msg!("gate-suppression-without-rule"),
                msg!("gate-this-suppression"),
            )
            .with_help(msg!("gate-suppression-add-rule")),
        ),
        Some((pattern, span)) if !rule_pattern_ok(pattern) => {
            problems.push(unknown_rule(span.clone(), pattern))
        }
        Some((pattern, span)) if only_inv008(pattern) => problems.push(
            Problem::new(
                span.clone(),
                msg!("gate-inv008-not-suppressible"),
                msg!("gate-inv008-raised-after-suppressions"),
            )
            .with_help(msg!("gate-inv008-not-suppressible-help")),
        ),
        _ => {}
    }
    match &reason {
        None if !table.iter().any(|(k, _)| k.get_ref() == "reason") => problems.push(
            Problem::new(
                span.clone(),
                msg!("gate-suppression-without-reason"),
                msg!("gate-this-suppression"),
            )
            .with_help(msg!("gate-suppression-add-reason")),
        ),
        Some((text, span)) if text.trim().is_empty() => problems.push(
            Problem::new(
                span.clone(),
                msg!("gate-suppression-empty-reason"),
                msg!("gate-empty-reason"),
            )
            .with_help(msg!("gate-suppression-say-why")),
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
            msg!("gate-expires-not-a-date"),
            msg!("gate-not-a-date"),
        ));
    }
    parsed
}
