//! The whole check: scan, build the model, run the rules, select and sort. What the CLI and
//! the tests call.

use crate::engine::{self, Finding, Input, Selection, Severity};
use crate::model::{Builder, Inventory};
use crate::scan::{self, FileEntry, MissingPath, ScanOptions};
use crate::source::Sources;
use std::path::{Path, PathBuf};

/// The lowest severity that fails the run (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Note => true,
            FailOn::Never => false,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub scan: ScanOptions,
    pub selection: Selection,
}

/// What a check found, ready for the reporters.
#[derive(Debug)]
pub struct Outcome {
    pub sources: Sources,
    pub files: Vec<FileEntry>,
    /// Sorted by path, position and code.
    pub findings: Vec<Finding>,
    pub inventory: Inventory,
}

impl Outcome {
    pub fn checked(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.status == scan::FileStatus::Checked)
            .count()
    }

    pub fn skipped(&self) -> usize {
        self.files.len() - self.checked()
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// Whether any finding remains at or above the threshold.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        self.findings.iter().any(|f| fail_on.fails(f.severity))
    }
}

pub fn check(
    paths: &[PathBuf],
    cwd: &Path,
    options: &CheckOptions,
) -> Result<Outcome, MissingPath> {
    let scanned = scan::scan(paths, cwd, &options.scan)?;
    let mut builder = Builder::default();
    for (file, doc) in &scanned.documents {
        builder.add_document(*file, doc);
    }
    let inventory = builder.finish();
    let mut findings: Vec<Finding> = scanned
        .findings
        .into_iter()
        .filter(|f| options.selection.is_selected(engine::meta(f.code)))
        .collect();
    let replays = crate::plan::replay::replay_all(&inventory);
    findings.extend(engine::run(
        &Input {
            inventory: &inventory,
            replays: &replays,
        },
        &options.selection,
    ));
    drop(replays);
    let sources = scanned.sources;
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            let span = f.primary.span;
            (
                sources.path(span).to_string(),
                span.start,
                f.code,
                f.entity.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(Outcome {
        sources,
        files: scanned.files,
        findings,
        inventory,
    })
}
