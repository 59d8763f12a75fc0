//! The filter: severity overrides, then suppressions from `cmslint.toml`, then the baseline;
//! and INV008 for the suppressions and baseline entries that matched nothing or have expired. (Selection happens earlier: a rule that
//! is not selected does not run.) Suppressed findings are kept, marked with what suppressed them,
//! so that summaries count them and `--show-suppressed` can show them; they never count for the
//! exit code.

use super::baseline::Baseline;
use super::config::{self, Config};
use super::today_utc;
use crate::catalog::{self, meta};
use crate::engine::{Finding, Selection};
use crate::i18n::Message;
use crate::msg;
use crate::source::{SourceFile, Sources, Span};
use jiff::civil::Date;
use std::ops::Range;
use std::sync::Arc;

/// What the filter stage applies besides the selection.
#[derive(Debug, Clone, Default)]
pub struct FilterOptions {
    pub config: Option<Arc<Config>>,
    pub baseline: Option<Arc<Baseline>>,
    /// The date expiry is judged by; `None`: today in UTC from the system clock.
    pub today: Option<Date>,
}

/// Where a suppression comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuppressionKind {
    /// A `[[suppress]]` entry of `cmslint.toml`.
    Config,
    /// An entry of the `--baseline` file.
    Baseline,
}

impl SuppressionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SuppressionKind::Config => "config",
            SuppressionKind::Baseline => "baseline",
        }
    }
}

/// Why a finding is not reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub kind: SuppressionKind,
    /// The `reason` of the suppression (the team's words, as written), or which baseline lists
    /// the finding.
    pub reason: Message,
    /// The suppression's `expires` date (baseline entries have none).
    pub expires: Option<Date>,
}

/// A finding that a suppression or the baseline hides.
#[derive(Debug, Clone)]
pub struct Suppressed {
    pub finding: Finding,
    pub by: Suppression,
}

/// The findings that remain and those that were suppressed.
#[derive(Debug, Default)]
pub struct Filtered {
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
}

/// Applies severity overrides, suppressions and the baseline, and raises INV008 (when
/// selected) into the config or baseline file, which is then added to `sources`.
pub fn apply(
    findings: Vec<Finding>,
    options: &FilterOptions,
    selection: &Selection,
    sources: &mut Sources,
) -> Filtered {
    let config = options.config.as_deref();
    let baseline = options.baseline.as_deref();
    let today = match config {
        Some(c) if c.suppressions.iter().any(|s| s.expires.is_some()) => {
            options.today.unwrap_or_else(today_utc)
        }
        _ => options.today.unwrap_or(Date::MIN),
    };
    let suppressions = config.map_or(&[][..], |c| &c.suppressions[..]);
    let entries = baseline.map_or(&[][..], |b| &b.entries[..]);
    let baseline_path = baseline.map_or("", |b| b.path.as_str());
    let mut suppression_used = vec![false; suppressions.len()];
    let mut entry_used = vec![false; entries.len()];
    // Nearly every finding stays: room for all of them, instead of growing by doubling.
    let mut out = Filtered {
        findings: Vec::with_capacity(findings.len()),
        suppressed: Vec::new(),
    };
    for mut finding in findings {
        if let Some(config) = config {
            override_severity(&mut finding, config);
        }
        let mut by = None;
        for (i, s) in suppressions.iter().enumerate() {
            if !s.expired(today) && s.covers(finding.code, &finding.entity) {
                suppression_used[i] = true;
                by.get_or_insert_with(|| Suppression {
                    kind: SuppressionKind::Config,
                    reason: Message::verbatim(&s.reason),
                    expires: s.expires,
                });
            }
        }
        if by.is_none() {
            for (i, entry) in entries.iter().enumerate() {
                if entry.covers(finding.code, &finding.entity) {
                    entry_used[i] = true;
                    by.get_or_insert_with(|| Suppression {
                        kind: SuppressionKind::Baseline,
                        reason: msg!("gate-listed-in-baseline", path = baseline_path),
                        expires: None,
                    });
                }
            }
        }
        match by {
            Some(by) => out.suppressed.push(Suppressed { finding, by }),
            None => out.findings.push(finding),
        }
    }

    if !selection.is_selected(meta("INV008")) {
        return out;
    }
    // A suppression or entry for rules that did not run cannot be judged unused.
    let ran = |pattern: &dyn Fn(&str) -> bool| {
        catalog::all().iter().any(|d| {
            d.meta.code != "INV008" && selection.is_selected(&d.meta) && pattern(&d.meta.code)
        })
    };
    if let Some(config) = config {
        let mut stale = Vec::new();
        for (s, used) in suppressions.iter().zip(suppression_used) {
            // Neither expiry nor use is judged for a suppression whose rules did not run: a gate
            // split into jobs by rule family judges each suppression in the job that runs it.
            if !ran(&|code| config::names(&s.rule, code)) {
                continue;
            }
            let named = |message: Message| message.arg("rule", &s.rule).arg("entity", &s.entity);
            if s.expired(today) {
                let expires = s.expires.expect("only a dated suppression expires");
                let (date, today) = (expires.to_string(), today.to_string());
                stale.push(Stale {
                    range: s.expires_span.clone().unwrap_or(s.rule_span.clone()),
                    message: named(msg!("gate-suppression-expired", date = &date)),
                    label: msg!("gate-expired-on", date = date, today = today),
                    expired: true,
                });
            } else if !used {
                stale.push(Stale {
                    range: s.rule_span.clone(),
                    message: named(msg!("gate-suppression-unused")),
                    label: msg!("gate-matches-no-finding"),
                    expired: false,
                });
            }
        }
        if let Some(finding) = inv008(
            &config.path,
            &config.text,
            stale,
            Kind::Suppressions,
            sources,
        ) {
            out.findings.push(with_override(finding, config));
        }
    }
    if let Some(baseline) = baseline {
        let mut stale = Vec::new();
        for (entry, used) in entries.iter().zip(entry_used) {
            if !used && ran(&|code| code == entry.code) {
                let message = msg!("gate-baseline-entry-unused", code = &entry.code);
                stale.push(Stale {
                    range: entry.range.clone(),
                    message: message.arg("entity", &entry.entity),
                    label: msg!("gate-matches-no-finding"),
                    expired: false,
                });
            }
        }
        if let Some(finding) = inv008(
            &baseline.path,
            &baseline.text,
            stale,
            Kind::Baseline,
            sources,
        ) {
            out.findings.push(match config {
                Some(config) => with_override(finding, config),
                None => finding,
            });
        }
    }
    out
}

/// The narrowest `[severity]` entry that names the finding's rule sets its severity.
fn override_severity(finding: &mut Finding, config: &Config) {
    if let Some(o) = config
        .severities
        .iter()
        .filter(|o| o.matches(finding.code))
        .max_by_key(|o| o.specificity())
    {
        finding.severity = o.severity;
    }
}

fn with_override(mut finding: Finding, config: &Config) -> Finding {
    override_severity(&mut finding, config);
    finding
}

/// A suppression or baseline entry that INV008 reports.
struct Stale {
    range: Range<usize>,
    message: Message,
    label: Message,
    expired: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Suppressions,
    Baseline,
}

/// One INV008 finding for a file (its entity is the file), with a label for each stale entry.
fn inv008(
    path: &str,
    text: &str,
    stale: Vec<Stale>,
    kind: Kind,
    sources: &mut Sources,
) -> Option<Finding> {
    let first = stale.first()?;
    let file = sources.add(SourceFile::new(path.to_string(), text.to_string(), "utf-8"));
    let message = if stale.len() == 1 {
        first.message.clone()
    } else if kind == Kind::Baseline {
        msg!("gate-baseline-entries-unused", count = stale.len())
    } else {
        let expired = stale.iter().filter(|s| s.expired).count();
        let unused = stale.len() - expired;
        let mut parts = Vec::new();
        if unused > 0 {
            parts.push(msg!("gate-suppressions-unused", count = unused));
        }
        if expired > 0 {
            parts.push(msg!("gate-suppressions-expired", count = expired));
        }
        msg!("list", items = parts)
    };
    let mut finding = Finding::new(
        meta("INV008"),
        format!("file:{path}"),
        Span::new(file, first.range.clone()),
        message,
    );
    let several = stale.len() > 1;
    finding.primary_label(if several {
        first.message.clone()
    } else {
        first.label.clone()
    });
    for s in &stale[1..] {
        finding.label(Span::new(file, s.range.clone()), s.message.clone());
    }
    match kind {
        Kind::Baseline => {
            finding
                .note(msg!("gate-stale-baseline-entry-note"))
                .help(msg!("gate-stale-baseline-entry-help"));
        }
        Kind::Suppressions => {
            if stale.iter().any(|s| !s.expired) {
                finding.note(msg!("gate-unused-suppression-note"));
            }
            if stale.iter().any(|s| s.expired) {
                finding.note(msg!("gate-expired-suppression-note"));
            }
            finding.help(if stale.iter().any(|s| s.expired) {
                msg!("gate-expired-suppression-help")
            } else {
                msg!("gate-unused-suppression-help")
            });
        }
    }
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Severity;
    use crate::i18n::Lang;
    use crate::source::SourceFile;

    fn finding(code: &str, entity: &str) -> Finding {
        Finding::new(
            meta(code),
            entity.into(),
            Span::new(0, 0..0),
            Message::verbatim("m"),
        )
    }

    fn run(config: &str, baseline: &str, select: &[&str]) -> Filtered {
        let config = crate::gate::config::parse("cmslint.toml".into(), config.into()).unwrap();
        let baseline = crate::gate::baseline::parse("b.json".into(), baseline.into()).unwrap();
        let mut sources = Sources::default();
        sources.add(SourceFile::new("a.yaml".into(), String::new(), "utf-8"));
        let select = select.iter().map(|s| s.to_string()).collect();
        apply(
            vec![
                finding("INV003", "server:X"),
                finding("TOP103", "cluster:A/group:G"),
                finding("TOP101", "cluster:A"),
            ],
            &FilterOptions {
                config: Some(Arc::new(config)),
                baseline: Some(Arc::new(baseline)),
                today: None,
            },
            &catalog::selection(select, Vec::new()).unwrap(),
            &mut sources,
        )
    }

    const CONFIG: &str = r#"
[severity]
TOP = "error"
TOP103 = "note"

[[suppress]]
rule = "INV003"
entity = "server:*"
reason = "first"

[[suppress]]
rule = "INV"
reason = "second"
"#;
    const BASELINE: &str = r#"{"version": 1, "entries": [
        {"code": "TOP101", "entity": "CLUSTER:a"},
        {"code": "ADM501", "entity": "workstation:W"}]}"#;

    #[test]
    fn severities_then_suppressions_then_the_baseline() {
        let out = run(CONFIG, BASELINE, &["INV", "TOP"]);
        // The narrowest severity wins; nothing else hides TOP103.
        let remaining: Vec<(&str, Severity)> =
            out.findings.iter().map(|f| (f.code, f.severity)).collect();
        assert_eq!(remaining, [("TOP103", Severity::Note)]);
        // The first matching suppression gives the reason; the baseline comes after it.
        let hidden: Vec<(&str, SuppressionKind, String, String)> = out
            .suppressed
            .iter()
            .map(|s| {
                let reason = (s.by.reason.render(Lang::En), s.by.reason.render(Lang::Ja));
                (s.finding.code, s.by.kind, reason.0, reason.1)
            })
            .collect();
        let hidden: Vec<(&str, SuppressionKind, &str, &str)> = (hidden.iter())
            .map(|(code, kind, en, ja)| (*code, *kind, en.as_str(), ja.as_str()))
            .collect();
        assert_eq!(
            hidden,
            [
                ("INV003", SuppressionKind::Config, "first", "first"),
                (
                    "TOP101",
                    SuppressionKind::Baseline,
                    "listed in the baseline b.json",
                    "ベースライン b.json に登録済み"
                ),
            ]
        );
        assert_eq!(out.suppressed[1].finding.severity, Severity::Error);
    }

    #[test]
    fn only_what_could_have_matched_is_judged_unused() {
        // ADM did not run: its baseline entry is not judged, and both suppressions were used.
        let out = run(CONFIG, BASELINE, &["INV", "TOP"]);
        assert!(out.findings.iter().all(|f| f.code != "INV008"));
        // With ADM selected the entry is stale: one INV008 in the baseline file.
        let out = run(CONFIG, BASELINE, &["INV", "TOP", "ADM"]);
        let inv008: Vec<&Finding> = out.findings.iter().filter(|f| f.code == "INV008").collect();
        assert_eq!(inv008.len(), 1);
        assert_eq!(inv008[0].entity, "file:b.json");
        assert_eq!(
            inv008[0].message.render(Lang::En),
            "baseline entry ADM501 on `workstation:W` matches no finding"
        );
        assert_eq!(
            inv008[0].message.render(Lang::Ja),
            "`workstation:W` に対するベースラインのエントリ ADM501 に一致する検出結果がない"
        );
    }

    /// One INV008 for an unused and an expired suppression, in each language.
    #[test]
    fn stale_suppressions_are_said_in_each_language() {
        let config = r#"
[[suppress]]
rule = "TOP101"
entity = "cluster:B"
reason = "unused"

[[suppress]]
rule = "INV003"
reason = "expired"
expires = 2026-06-30
"#;
        let config = crate::gate::config::parse("cmslint.toml".into(), config.into()).unwrap();
        let mut sources = Sources::default();
        let out = apply(
            vec![
                finding("INV003", "server:X"),
                finding("TOP101", "cluster:A"),
            ],
            &FilterOptions {
                config: Some(Arc::new(config)),
                baseline: None,
                today: Some(jiff::civil::date(2026, 7, 1)),
            },
            &catalog::selection(vec!["INV".into(), "TOP".into()], Vec::new()).unwrap(),
            &mut sources,
        );
        let inv008 = out.findings.iter().find(|f| f.code == "INV008").unwrap();
        let en = inv008.texts(Lang::En);
        assert_eq!(
            en.message,
            "1 suppression matches no finding and 1 suppression has expired"
        );
        assert_eq!(
            (en.label.as_str(), en.labels.as_slice()),
            (
                "suppression of `TOP101` on `cluster:B` matches no finding",
                &["suppression of `INV003` on `*` expired on 2026-06-30".to_string()][..]
            )
        );
        let ja = inv008.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "1 件の抑制に一致する検出結果がない、1 件の抑制が期限切れになった"
        );
        assert_eq!(
            (ja.label.as_str(), ja.labels.as_slice()),
            (
                "`cluster:B` に対する `TOP101` の抑制に一致する検出結果がない",
                &["`*` に対する `INV003` の抑制は 2026-06-30 に期限切れになった".to_string()][..]
            )
        );
        assert_eq!(
            ja.notes,
            [
                "何にも一致しない抑制は古くなっている。検出結果が修正されたか、エンティティの名前が変わったためであり、このままでは新しい検出結果を誰も判断しないまま隠してしまう",
                "期限切れの抑制は検出結果を隠さなくなるため、検出結果が再び報告される",
            ]
        );
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "検出結果を修正して抑制を削除する。期限切れの抑制を残す場合は、新しい `expires` を設定し、延長した理由を `reason` に書く"
            )
        );
        // The expired suppression no longer hides its finding.
        assert!(out.findings.iter().any(|f| f.code == "INV003"));
    }
}
