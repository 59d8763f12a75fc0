//! The whole check: scan, leave out the files the config excludes, build the model, run the
//! selected rules, filter (severities, suppressions, baseline, INV008) and sort. What the CLI and
//! the tests call. [`verify`] holds the two guards of `cmslint plan`, which read a check's
//! findings and check the plan it wrote.

pub mod verify;

use crate::catalog;
use crate::engine::{self, Finding, Input, Selection, Severity};
use crate::gate::{self, FailOn, FilterOptions, Suppressed, SuppressionKind};
use crate::i18n::Lang;
use crate::model::{self, Builder, Inventory};
pub use crate::progress::Progress;
use crate::scan::{self, FileEntry, MissingPath, ScanOptions};
use crate::source::Sources;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub scan: ScanOptions,
    pub selection: Selection,
    /// The config (include/exclude, severities, suppressions), the baseline and today's date.
    pub filter: FilterOptions,
    /// Told how the check advances, for a progress bar; `None` in tests and pipes.
    pub progress: Option<Arc<dyn Progress>>,
    /// At most this many findings are kept per file (`[limits] max-findings-per-file`); the
    /// rest are counted in [`Outcome::cut`]. `None`: [`DEFAULT_MAX_FINDINGS_PER_FILE`].
    pub max_findings_per_file: Option<usize>,
    /// The language the reports are written in (`--lang`, `lang` in cmslint.toml, the locale).
    pub lang: Lang,
}

/// Findings kept per file unless the config says otherwise.
pub const DEFAULT_MAX_FINDINGS_PER_FILE: usize = 1000;

/// What a check found, ready for the reporters.
#[derive(Debug)]
pub struct Outcome {
    pub sources: Sources,
    pub files: Vec<FileEntry>,
    /// Files the config's `include`/`exclude` left out (report paths, sorted).
    pub excluded: Vec<String>,
    /// The findings that remain, sorted by path, position and code.
    pub findings: Vec<Finding>,
    /// Findings hidden by a suppression or the baseline, sorted the same way. They are counted
    /// and shown with `--show-suppressed`, never counted for the exit code.
    pub suppressed: Vec<Suppressed>,
    /// Per file (sorted by path), the findings left out because the file had more than
    /// `max-findings-per-file`. They are counted in every summary and for the exit code.
    pub not_shown: Vec<NotShown>,
    /// The files the findings point into that changed (or vanished, or could no longer be
    /// read) between the scan and the reports (report paths, sorted): their text is unknown,
    /// so their findings are shown without source lines, at line 1, column 1.
    pub changed: Vec<String>,
    pub inventory: Inventory,
    /// The language the reporters write in.
    pub lang: Lang,
}

/// The findings of one file that were left out past `max-findings-per-file`, by severity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotShown {
    /// The file's report path.
    pub path: String,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl NotShown {
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Note => self.notes,
        }
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.notes
    }

    fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => self.notes += 1,
        }
    }
}

impl Outcome {
    pub fn checked(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.status == scan::FileStatus::Checked)
            .count()
    }

    /// Files passed over: skipped by the scan or excluded by the config.
    pub fn skipped(&self) -> usize {
        self.files.len() - self.checked() + self.excluded.len()
    }

    /// How many findings the config's suppressions or the baseline hide.
    pub fn suppressed_by(&self, kind: SuppressionKind) -> usize {
        self.suppressed.iter().filter(|s| s.by.kind == kind).count()
    }

    /// The findings of this severity that remain, shown or not.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
            + self
                .not_shown
                .iter()
                .map(|n| n.count(severity))
                .sum::<usize>()
    }

    /// How many remaining findings the reports leave out (`max-findings-per-file`).
    pub fn not_shown_total(&self) -> usize {
        self.not_shown.iter().map(NotShown::total).sum()
    }

    /// Reads again the text of every file the findings and the suppressed findings point into
    /// (`--show-suppressed` shows them), which the scan let go: the reports show these files'
    /// lines. A file that changed since the scan read it is added to [`changed`](Self::changed).
    pub fn read_texts(&mut self, scan: &ScanOptions) {
        let shown = (self.findings.iter())
            .chain(self.suppressed.iter().map(|s| &s.finding))
            .flat_map(|f| std::iter::once(&f.primary).chain(&f.secondary))
            .map(|label| label.span.file());
        let changed = scan::restore(&mut self.sources, shown, scan);
        self.changed.extend(changed);
        self.changed.sort();
        self.changed.dedup();
    }

    /// Whether any finding remains at or above the threshold, shown or not.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        [Severity::Error, Severity::Warning, Severity::Note]
            .into_iter()
            .any(|severity| fail_on.fails(severity) && self.count(severity) > 0)
    }
}

pub fn check(
    paths: &[PathBuf],
    cwd: &Path,
    options: &CheckOptions,
) -> Result<Outcome, MissingPath> {
    crate::parallel::install(options.scan.threads, || check_on_pool(paths, cwd, options))
}

fn check_on_pool(
    paths: &[PathBuf],
    cwd: &Path,
    options: &CheckOptions,
) -> Result<Outcome, MissingPath> {
    let progress = options.progress.as_deref();
    let lang = options.lang;
    if let Some(p) = progress {
        p.stage(&lang.text("cli-progress-looking"), None);
    }
    // Each document is modelled on the worker that parsed it, and its part joins the
    // inventory as soon as its file is done, so the parts of all the files never exist at once.
    let mut builder = Builder::default();
    let mut scanned = scan::scan_with(
        paths,
        cwd,
        &options.scan,
        progress,
        |file, doc| model::document(file, &doc),
        |_, candidate, part| {
            if !left_out(options, cwd, &candidate.path, &candidate.display) {
                builder.add_part(part);
            }
        },
    )?;
    let excluded = exclude(&mut scanned, cwd, options);
    if let Some(p) = progress {
        let files = crate::msg!("count-files", count = scanned.files.len());
        p.stage(
            &crate::msg!("cli-progress-checking", files = files).render(lang),
            Some(3),
        );
    }
    let mut inventory = builder.finish();
    crate::exports::merge(&mut inventory, &scanned.exports, &scanned.sources);
    if let Some(p) = progress {
        p.step();
    }
    let mut findings: Vec<Finding> = scanned
        .findings
        .into_iter()
        .filter(|f| options.selection.is_selected(catalog::meta(f.code)))
        .collect();
    let replays = crate::plan::replay::replay_all(&inventory);
    if let Some(p) = progress {
        p.step();
    }
    findings.extend(engine::run(
        &Input {
            inventory: &inventory,
            replays: &replays,
        },
        catalog::all(),
        &options.selection,
    ));
    drop(replays);
    if let Some(p) = progress {
        p.step();
    }
    let mut sources = scanned.sources;
    let gate::Filtered {
        mut findings,
        mut suppressed,
    } = gate::apply(findings, &options.filter, &options.selection, &mut sources);
    let key = |f: &Finding| {
        let span = f.primary.span;
        (
            sources.path(span).to_string(),
            span.start(),
            f.code,
            f.entity.clone(),
        )
    };
    findings.sort_by_cached_key(key);
    suppressed.sort_by_cached_key(|s| key(&s.finding));
    let limit = options
        .max_findings_per_file
        .unwrap_or(DEFAULT_MAX_FINDINGS_PER_FILE);
    // Findings are sorted by path, so each file's are together and `not_shown` comes sorted.
    let mut not_shown: Vec<NotShown> = Vec::new();
    let mut seen = 0;
    let mut file = None;
    findings.retain(|f| {
        let this = Some(f.primary.span.file());
        if this != file {
            (file, seen) = (this, 0);
        }
        seen += 1;
        if seen <= limit {
            return true;
        }
        if seen == limit + 1 {
            not_shown.push(NotShown {
                path: sources.path(f.primary.span).to_string(),
                ..NotShown::default()
            });
        }
        not_shown.last_mut().expect("pushed above").add(f.severity);
        false
    });
    let mut outcome = Outcome {
        sources,
        files: scanned.files,
        excluded,
        findings,
        suppressed,
        not_shown,
        changed: Vec::new(),
        inventory,
        lang: options.lang,
    };
    outcome.read_texts(&options.scan);
    if let Some(p) = progress {
        p.finish();
    }
    Ok(outcome)
}

/// Whether the config's `include` does not match the file or its `exclude` does (globs
/// relative to the config's folder). The standard input is not a file of the tree the globs
/// describe.
fn left_out(options: &CheckOptions, cwd: &Path, location: &Path, path: &str) -> bool {
    options.filter.config.as_deref().is_some_and(|config| {
        (config.include.is_some() || config.exclude.is_some())
            && location.as_os_str() != scan::STDIN_ARGUMENT
            && config.leaves_out(&crate::paths::absolute(location, cwd), path)
    })
}

/// Leaves out the files [`left_out`] says (their documents never joined the inventory): their
/// exports and scan findings go too, and they are listed apart.
fn exclude(scanned: &mut scan::Scanned, cwd: &Path, options: &CheckOptions) -> Vec<String> {
    let mut excluded = Vec::new();
    scanned.files.retain(|f| {
        let out = left_out(options, cwd, &f.location, &f.path);
        if out {
            excluded.push(f.path.clone());
        }
        !out
    });
    if excluded.is_empty() {
        return excluded;
    }
    let gone: HashSet<&str> = excluded.iter().map(String::as_str).collect();
    let sources = &scanned.sources;
    scanned
        .exports
        .retain(|export| !gone.contains(sources.get(export.file).path.as_str()));
    scanned
        .findings
        .retain(|f| !gone.contains(sources.path(f.primary.span)));
    excluded
}
