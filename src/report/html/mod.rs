//! The HTML report: one self-contained page for a change ticket. The verdict first, then what was
//! checked, each cluster drawn as SVG, each runbook as a timeline of the cluster's state, the
//! workstations by the CMSs they manage, every finding with its source lines, and the
//! documentation of the rules that fired. Built from the same [`Outcome`] as every other report
//! and rendered by compile-time templates (`templates/report/`) that HTML-escape every value;
//! before that, control and bidirectional characters in inventory text are escaped (shown as
//! `\u{202e}`). The page needs no script, fetches nothing (its Content-Security-Policy forbids
//! it) and prints to A4 with a page break before each cluster and plan. It is written in the
//! outcome's language (`<html lang>` says which); every phrase is in [`text`].

mod cluster;
mod findings;
mod plan;
mod text;
mod workstations;

use super::{TOOL_VERSION, comma_list, human, shown_findings};
use crate::catalog;
use crate::check::Outcome;
use crate::engine::{Finding, Selection, Severity};
use crate::escape::{escape_message, sanitize_in_place};
use crate::gate::{FailOn, SuppressionKind};
use crate::i18n::{Lang, Message};
use crate::model::Version;
use crate::msg;
use crate::scan::FileStatus;
use askama::Template;
use findings::{FindingView, RuleView, finding_view, rule_view};
use jiff::civil::Date;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Display;
use std::io::{self, Write};
use std::path::PathBuf;

/// What the page says about the run besides the outcome: what was asked for and under which
/// rules.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    /// The paths given on the command line, as given.
    pub paths: &'a [PathBuf],
    pub fail_on: FailOn,
    /// The date the report states (and suppressions expire by).
    pub date: Date,
    /// The rules the check ran.
    pub selection: &'a Selection,
    /// The config the check ran with, shown whole.
    pub config: Option<ConfigFile<'a>>,
    /// The baseline the check ran with: the path reports show.
    pub baseline: Option<&'a str>,
    /// List suppressed findings among the findings too.
    pub show_suppressed: bool,
}

/// A config file as the page shows it: the path reports show, and its text.
#[derive(Debug, Clone, Copy)]
pub struct ConfigFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

pub fn render(outcome: &Outcome, run: &Run, out: &mut dyn Write) -> io::Result<()> {
    Page::new(outcome, run)?.write_into(out)?;
    writeln!(out)
}

/// How bad the worst finding on something is; `Fine` when it has none. Every mark is drawn with
/// a symbol and a word as well as a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Mark {
    #[default]
    Fine,
    Note,
    Warning,
    Error,
}

impl Mark {
    fn of(severity: Severity) -> Mark {
        match severity {
            Severity::Error => Mark::Error,
            Severity::Warning => Mark::Warning,
            Severity::Note => Mark::Note,
        }
    }

    /// The CSS class (`error`, `warning`, `note`, `fine`).
    pub fn class(&self) -> &'static str {
        match self {
            Mark::Error => "error",
            Mark::Warning => "warning",
            Mark::Note => "note",
            Mark::Fine => "fine",
        }
    }

    pub fn symbol(&self) -> &'static str {
        match self {
            Mark::Error => "\u{2716}",
            Mark::Warning => "\u{25b2}",
            Mark::Note => "\u{2139}",
            Mark::Fine => "\u{2713}",
        }
    }
}

/// Inventory text for the page: control and bidirectional characters shown escaped. (HTML
/// escaping is the templates'.)
fn clean(text: &str) -> String {
    escape_message(text)
}

/// A version field as the page shows it: understood, as written but not understood, or unknown.
fn version<T: Display>(field: Option<&Version<T>>, lang: Lang) -> String {
    match field {
        None => text::unknown(lang),
        Some(v) => match v.known() {
            Some(known) => known.to_string(),
            None => text::not_understood(&clean(&v.text), lang),
        },
    }
}

/// A link to one finding in the page's list.
#[derive(Debug, Clone)]
pub struct FindingRef {
    pub anchor: String,
    pub code: &'static str,
    pub mark: Mark,
    pub message: String,
}

/// The findings that remain (not suppressed), by entity, as links; what the diagrams, the
/// timelines and the matrix mark things with.
#[derive(Debug, Default)]
struct Marks<'a> {
    by_entity: HashMap<&'a str, Vec<(FindingRef, &'a Finding)>>,
}

impl<'a> Marks<'a> {
    fn of(&self, entity: &str) -> Vec<FindingRef> {
        self.by_entity
            .get(entity)
            .map(|list| list.iter().map(|(r, _)| r.clone()).collect())
            .unwrap_or_default()
    }

    fn findings(&self, entity: &str) -> &[(FindingRef, &'a Finding)] {
        self.by_entity.get(entity).map_or(&[], Vec::as_slice)
    }
}

/// The worst mark among some findings.
fn worst(refs: &[FindingRef]) -> Mark {
    refs.iter().map(|r| r.mark).max().unwrap_or_default()
}

/// The line a diagram or matrix prints for something with these findings.
fn mark_line(refs: &[FindingRef], lang: Lang) -> String {
    let codes: Vec<&str> = refs.iter().map(|r| r.code).collect();
    text::mark_line(worst(refs), &codes, lang)
}

#[derive(Template)]
#[template(path = "report/page.html")]
struct Page {
    /// The page's words.
    t: text::Words,
    verdict: Verdict,
    facts: Facts,
    hidden: Vec<Hidden>,
    clusters: Vec<cluster::ClusterView>,
    plans: Vec<plan::PlanView>,
    workstations: Vec<workstations::Matrix>,
    findings: Vec<FindingView>,
    rules: Vec<RuleView>,
}

#[derive(Debug)]
struct Verdict {
    failed: bool,
    errors: usize,
    warnings: usize,
    notes: usize,
    suppressed: usize,
    baselined: usize,
    /// Findings left out by the per-file limit.
    cut: usize,
    /// The page's title.
    title: String,
    /// `Pass` or `Fail`.
    status: String,
    /// HTML: what the verdict means.
    says: String,
    /// HTML: that `cut` findings are not listed.
    cut_says: String,
}

#[derive(Debug)]
struct Facts {
    paths: Vec<String>,
    date: String,
    version: &'static str,
    /// `version 0.1.0`.
    version_says: String,
    /// HTML: the `--fail-on` threshold (`warning` and above).
    fails_on: String,
    config: Option<Shown>,
    baseline: Option<String>,
    /// How many rules ran, and which the selection left out.
    rules: String,
    checked: Vec<CheckedFile>,
    /// `Files checked (3)`.
    checked_heading: String,
    skipped: Vec<(String, String)>,
    /// What the page says of each file that changed after the scan read it.
    changed: Vec<String>,
    /// `Files skipped (2)`.
    skipped_heading: String,
    /// The line at the foot of the page.
    colophon: String,
}

/// A file shown whole: its path and text.
#[derive(Debug)]
struct Shown {
    path: String,
    text: String,
}

#[derive(Debug)]
struct CheckedFile {
    path: String,
    findings: usize,
    mark: Mark,
}

/// A finding that a suppression or the baseline hid.
#[derive(Debug)]
struct Hidden {
    code: &'static str,
    entity: String,
    message: String,
    by: String,
    reason: String,
    expires: Option<String>,
    /// Its place in the findings list (with `--show-suppressed`).
    anchor: Option<String>,
}

impl Page {
    fn new(outcome: &Outcome, run: &Run) -> io::Result<Page> {
        let lang = outcome.lang;
        let shown = shown_findings(outcome, run.show_suppressed);
        let anchor = |i: usize| format!("finding-{}", i + 1);
        let mut marks = Marks::default();
        for (i, (finding, by)) in shown.iter().enumerate() {
            if by.is_some() {
                continue;
            }
            marks
                .by_entity
                .entry(finding.entity.as_str())
                .or_default()
                .push((
                    FindingRef {
                        anchor: anchor(i),
                        code: finding.code,
                        mark: Mark::of(finding.severity),
                        message: clean(&finding.message.render(lang)),
                    },
                    finding,
                ));
        }
        let only: Vec<&Finding> = shown.iter().map(|(f, _)| *f).collect();
        let sources = human::source_lines(&outcome.sources, &only, lang)?;
        let findings = shown
            .iter()
            .zip(sources)
            .enumerate()
            .map(|(i, ((finding, by), source))| {
                finding_view(outcome, finding, *by, anchor(i), source)
            })
            .collect();
        let place: HashMap<*const Finding, usize> = (shown.iter().enumerate())
            .map(|(i, (f, _))| (std::ptr::from_ref(*f), i))
            .collect();
        let hidden = outcome
            .suppressed
            .iter()
            .map(|s| Hidden {
                code: s.finding.code,
                entity: clean(&s.finding.entity),
                message: clean(&s.finding.message.render(lang)),
                by: text::hidden_by(s.by.kind, lang),
                reason: clean(&s.by.reason.render(lang)),
                expires: s.by.expires.map(|d| d.to_string()),
                anchor: place
                    .get(&std::ptr::from_ref(&s.finding))
                    .map(|&i| anchor(i)),
            })
            .collect();
        let fired: BTreeSet<&str> = (shown.iter().map(|(f, _)| f.code))
            .chain(outcome.suppressed.iter().map(|s| s.finding.code))
            .collect();
        let rules = catalog::all()
            .iter()
            .filter(|doc| fired.contains(doc.meta.code.as_str()))
            .map(|doc| rule_view(doc, lang))
            .collect();
        Ok(Page {
            t: text::Words::new(lang),
            verdict: verdict(outcome, run),
            facts: facts(outcome, run),
            hidden,
            clusters: cluster::views(&outcome.inventory, &marks, lang),
            plans: plan::views(&outcome.inventory, &marks, lang),
            workstations: workstations::matrix(&outcome.inventory, &marks, lang),
            findings,
            rules,
        })
    }
}

fn verdict(outcome: &Outcome, run: &Run) -> Verdict {
    let (lang, fail_on) = (outcome.lang, run.fail_on);
    // Shown or not (past `max-findings-per-file`), every remaining finding counts.
    let failing = [Severity::Error, Severity::Warning, Severity::Note]
        .into_iter()
        .filter(|&severity| fail_on.fails(severity))
        .map(|severity| outcome.count(severity))
        .sum();
    let failing = text::findings(failing, lang);
    let failed = outcome.fails(fail_on);
    let level = text::fail_on(fail_on);
    let says = match (failed, fail_on) {
        (true, _) => msg!("report-html-fails", failing = &failing, fail_on = level),
        (false, FailOn::Never) => msg!("report-html-never-fails"),
        (false, _) => msg!("report-html-passes", fail_on = level),
    };
    let (errors, warnings, notes) = (
        outcome.count(Severity::Error),
        outcome.count(Severity::Warning),
        outcome.count(Severity::Note),
    );
    let title = Message::new("report-html-title")
        .arg("date", run.date.to_string())
        .arg(
            "verdict",
            if failed {
                msg!("report-html-fail")
            } else {
                msg!("report-html-pass")
            },
        )
        .arg("errors", errors)
        .arg("warnings", warnings)
        .arg("notes", notes);
    let status = if failed {
        msg!("report-html-status-fail")
    } else {
        msg!("report-html-status-pass")
    };
    let cut = outcome.not_shown_total();
    Verdict {
        failed,
        errors,
        warnings,
        notes,
        suppressed: outcome.suppressed_by(SuppressionKind::Config),
        baselined: outcome.suppressed_by(SuppressionKind::Baseline),
        cut,
        title: title.render(lang),
        status: status.render(lang),
        says: text::inline(&says.render(lang)),
        cut_says: text::inline(&msg!("report-html-cut", count = cut).render(lang)),
    }
}

fn facts(outcome: &Outcome, run: &Run) -> Facts {
    let lang = outcome.lang;
    let mut per_file: HashMap<&str, (usize, Mark)> = HashMap::new();
    for finding in &outcome.findings {
        let entry = per_file
            .entry(outcome.sources.path(finding.primary.span))
            .or_default();
        entry.0 += 1;
        entry.1 = entry.1.max(Mark::of(finding.severity));
    }
    let checked: Vec<CheckedFile> = outcome
        .files
        .iter()
        .filter(|f| f.status == FileStatus::Checked)
        .map(|f| {
            let (findings, mark) = per_file.get(f.path.as_str()).copied().unwrap_or_default();
            CheckedFile {
                path: clean(&f.path),
                findings,
                mark,
            }
        })
        .collect();
    let selection = run.selection;
    let left_out: Vec<&'static str> = catalog::all()
        .iter()
        .filter(|doc| !selection.is_selected(&doc.meta))
        .map(|doc| doc.meta.code.as_str())
        .collect();
    let (total, run_count) = (catalog::all().len(), catalog::all().len() - left_out.len());
    let rules = if left_out.is_empty() {
        msg!("report-html-rules-count", run = run_count, total = total)
    } else {
        Message::new("report-html-rules-left-out")
            .arg("run", run_count)
            .arg("total", total)
            .arg("codes", comma_list(lang, &left_out))
    };
    let fails_on = match run.fail_on {
        FailOn::Never => msg!("report-html-fails-on-never"),
        level => msg!("report-html-fails-on-level", fail_on = text::fail_on(level)),
    };
    let skipped: Vec<(String, String)> = super::skipped_files(outcome)
        .into_iter()
        .map(|(path, reason)| (clean(path), clean(&reason)))
        .collect();
    let date = run.date.to_string();
    let colophon = msg!("report-html-colophon", version = TOOL_VERSION, date = &date);
    Facts {
        paths: run
            .paths
            .iter()
            .map(|p| clean(&p.display().to_string()))
            .collect(),
        version: TOOL_VERSION,
        version_says: msg!("report-html-version", version = TOOL_VERSION).render(lang),
        fails_on: text::inline(&fails_on.render(lang)),
        config: run.config.map(|c| Shown {
            path: clean(c.path),
            text: sanitize_in_place(c.text.trim_end()),
        }),
        baseline: run.baseline.map(clean),
        rules: rules.render(lang),
        checked_heading: msg!("report-html-files-checked", count = checked.len()).render(lang),
        checked,
        changed: (outcome.changed.iter())
            .map(|path| clean(&super::changed_message(path).render(lang)))
            .collect(),
        skipped_heading: msg!("report-html-files-skipped", count = skipped.len()).render(lang),
        skipped,
        colophon: colophon.render(lang),
        date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, check};
    use std::path::Path;

    fn contoso() -> Outcome {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let paths = [root.join("testdata/examples/contoso")];
        check(&paths, root, &CheckOptions::default()).unwrap()
    }

    fn run(selection: &Selection, fail_on: FailOn) -> Run<'_> {
        Run {
            paths: &[],
            fail_on,
            date: jiff::civil::date(2026, 7, 1),
            selection,
            config: None,
            baseline: None,
            show_suppressed: false,
        }
    }

    fn page(outcome: &Outcome) -> Page {
        Page::new(outcome, &run(&Selection::default(), FailOn::Warning)).unwrap()
    }

    fn verdict_on(outcome: &Outcome, fail_on: FailOn) -> Verdict {
        super::verdict(outcome, &run(&Selection::default(), fail_on))
    }

    fn codes(refs: &[FindingRef]) -> Vec<&str> {
        refs.iter().map(|r| r.code).collect()
    }

    #[test]
    fn the_verdict_follows_fail_on() {
        let outcome = contoso();
        let verdict = page(&outcome).verdict;
        assert!(verdict.failed);
        assert_eq!(
            verdict.says,
            "11 findings at or above <code>--fail-on warning</code>. Fix them, or accept each one \
             with a reason in the config, before the change goes ahead."
        );
        assert_eq!((verdict.errors, verdict.warnings, verdict.notes), (7, 4, 0));
        let on_errors = verdict_on(&outcome, FailOn::Error);
        assert!(
            on_errors
                .says
                .starts_with("7 findings at or above <code>--fail-on error</code>.")
        );
        let never = verdict_on(&outcome, FailOn::Never);
        assert!(!never.failed);
        assert_eq!(
            never.says,
            "Findings do not fail this run: it ran with <code>--fail-on never</code>."
        );
    }

    #[test]
    fn the_page_speaks_the_outcome_language() {
        let mut outcome = contoso();
        outcome.lang = Lang::Ja;
        let page = page(&outcome);
        assert_eq!(page.t.lang, "ja");
        assert_eq!(page.verdict.status, "不合格");
        assert!(
            page.verdict
                .says
                .starts_with("<code>--fail-on warning</code> 以上の 11 個の検出結果があります。"),
            "{}",
            page.verdict.says
        );
        assert_eq!(page.clusters[0].title, "クラスタ EXCLU01");
        assert_eq!(page.clusters[0].nodes[0].role, "アクティブ ノード");
        let window = page.plans[0].window.as_ref().unwrap();
        assert_eq!(
            window.span,
            "2026-12-05T22:00:00+01:00 から 2026-12-06T04:00:00+01:00 まで (6 時間)"
        );
    }

    #[test]
    fn nodes_and_groups_carry_their_worst_finding() {
        let outcome = contoso();
        let page = page(&outcome);
        let exclu03 = &page.clusters[2];
        assert_eq!(exclu03.title, "Cluster EXCLU03");
        assert_eq!(exclu03.mark, Mark::Error);
        let cms = &exclu03.groups[1];
        assert_eq!((cms.name.as_str(), cms.mark), ("EXCMS04", Mark::Error));
        assert_eq!(codes(&cms.refs), ["TOP106"]);
        assert_eq!(cms.version.as_deref(), Some("SP1"));
        assert!(exclu03.nodes.iter().all(|n| n.mark == Mark::Fine));
        let exclu01 = &page.clusters[0];
        assert_eq!(
            (
                exclu01.nodes[0].role.as_str(),
                exclu01.nodes[1].role.as_str()
            ),
            ("active node", "passive node")
        );
        assert_eq!(codes(&exclu01.groups[0].refs), ["TOP103"]);
        assert_eq!(exclu01.groups[0].mark, Mark::Warning);
        // The diagram draws Cluster Group under its owner EXNODE2, the second column.
        let boxes = &exclu01.diagram.boxes;
        let kinds: Vec<(&str, &str)> = boxes
            .iter()
            .map(|b| (b.kind, b.texts[0].text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("node", "EXNODE1.contoso.com"),
                ("group", "EXCMS01"),
                ("node", "EXNODE2.contoso.com"),
                ("group", "Cluster Group"),
            ]
        );
        assert!(boxes[3].x > boxes[2].x && boxes[3].y > boxes[2].y + boxes[2].h);
        assert_eq!(boxes[3].texts[2].text, "\u{25b2} warning: TOP103");
    }

    #[test]
    fn the_timeline_shows_the_cluster_after_each_step() {
        let outcome = contoso();
        let page = page(&outcome);
        let plan = &page.plans[0];
        assert_eq!(
            (plan.nodes.as_slice(), plan.cms.as_slice()),
            (
                &["EXNODE1".to_string(), "EXNODE2".to_string()][..],
                &["EXCMS01".to_string()][..]
            )
        );
        let window = plan.window.as_ref().unwrap();
        assert_eq!(
            window.span,
            "2026-12-05T22:00:00+01:00 to 2026-12-06T04:00:00+01:00 (6 h)"
        );
        let start = plan.start.as_ref().unwrap();
        assert_eq!(
            (start.cms[0].owner.as_str(), start.cms[0].online),
            ("EXNODE1", true)
        );
        let after = |n: usize| plan.steps[n - 1].state.as_ref().unwrap();
        // Step 2 upgrades EXNODE2 while it owns Cluster Group.
        assert!(after(2).nodes[1].changed && after(2).nodes[1].version == "SP2");
        assert!(!after(2).nodes[0].changed);
        assert_eq!(codes(&plan.steps[1].refs), ["UPG302"]);
        // Step 3 stops EXCMS01 and step 4 moves it with cluster.exe: down from 3 to 5.
        let down: Vec<bool> = (1..=8).map(|n| !after(n).cms[0].online).collect();
        assert_eq!(down, [false, false, true, true, false, false, false, false]);
        assert!(after(3).cms[0].toggled && !after(3).cms[0].moved);
        assert!(after(4).cms[0].moved && after(4).cms[0].owner == "EXNODE2");
        assert_eq!(codes(&plan.steps[3].refs), ["UPG309"]);
        assert!(after(5).cms[0].toggled);
        // Cluster Group already sits on EXNODE2, so step 6 changes nothing.
        assert_eq!(after(6).others[0].owner, "EXNODE2");
        assert!(!after(6).others[0].moved);
        assert_eq!(plan.steps[7].command, "note");
        assert!(!plan.steps[7].literal && plan.steps[7].on.is_none());
        assert_eq!(plan.steps[0].on.as_deref(), Some("EXNODE2"));
        assert_eq!(plan.columns(), 8);
    }

    #[test]
    fn management_findings_go_to_the_cells_of_the_cms_they_name() {
        let outcome = contoso();
        let tables = page(&outcome).workstations;
        assert_eq!(tables.len(), 1);
        let matrix = &tables[0];
        assert_eq!(matrix.cms, ["EXCMS01", "EXCMS02", "EXCMS03", "EXCMS04"]);
        let row = |name: &str| matrix.rows.iter().find(|r| r.name == name).unwrap();
        let cells = |name: &str| -> Vec<(bool, Vec<&str>)> {
            row(name)
                .cells
                .iter()
                .map(|c| (c.managed, codes(&c.refs)))
                .collect()
        };
        // ADMIN01 manages three CMSs; the plan upgrades only EXCMS01.
        assert_eq!(
            cells("ADMIN01"),
            [
                (true, vec!["ADM507"]),
                (true, vec![]),
                (true, vec![]),
                (false, vec![])
            ]
        );
        // ADMIN02 names the cluster EXCLU01, whose CMS is EXCMS01.
        assert_eq!(cells("ADMIN02")[0], (true, vec!["ADM501"]));
        // Mixed cluster tools concern the workstation, not one CMS.
        assert_eq!(codes(&row("ADMIN05").whole), ["ADM505"]);
        assert_eq!(cells("ADMIN05")[3], (true, vec![]));
        assert_eq!(row("ADMIN05").whole_mark, Mark::Error);
        assert!(row("HELPDESK01").cells.iter().all(|c| !c.managed));
    }

    #[test]
    fn findings_keep_their_order_and_link_to_their_rules() {
        let outcome = contoso();
        let page = page(&outcome);
        let listed: Vec<&str> = page.findings.iter().map(|f| f.code).collect();
        let expected: Vec<&str> = outcome.findings.iter().map(|f| f.code).collect();
        assert_eq!(listed, expected);
        assert_eq!(page.findings[0].anchor, "finding-1");
        assert_eq!(
            page.findings[0].location,
            "testdata/examples/contoso/clusters/exclu01.yaml:17:16"
        );
        let rules: Vec<&str> = page.rules.iter().map(|r| r.code).collect();
        let mut fired = expected.clone();
        fired.sort_unstable();
        fired.dedup();
        assert_eq!(rules, fired);
    }
}
