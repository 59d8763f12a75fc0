//! Walking the paths given on the command line: deterministic order, nothing followed, and
//! every file that is passed over counted with its reason.

use crate::i18n::Message;
use crate::msg;
use crate::paths::{absolute, compared, relative_to};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Why a file was not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    Symlink,
    SpecialFile,
    Empty,
    HiddenFolder,
    TargetFolder,
    /// Parsed (or not parseable) and without a top-level `cmslint` key.
    NotInventory,
    /// Neither JSON/YAML nor a recognised export.
    UnrecognizedContent,
    /// An error reading it (removed during the scan, permissions).
    Unreadable(String),
}

impl SkipReason {
    /// Why the file was not checked, as the reports say it.
    pub fn describe(&self) -> Message {
        match self {
            SkipReason::Symlink => msg!("scan-skipped-symlink"),
            SkipReason::SpecialFile => msg!("scan-skipped-special-file"),
            SkipReason::Empty => msg!("scan-skipped-empty"),
            SkipReason::HiddenFolder => msg!("scan-skipped-hidden-folder"),
            SkipReason::TargetFolder => msg!("scan-skipped-target-folder"),
            SkipReason::NotInventory => msg!("scan-skipped-not-inventory"),
            SkipReason::UnrecognizedContent => msg!("scan-skipped-unrecognized"),
            SkipReason::Unreadable(e) => msg!("scan-skipped-unreadable", error = e),
        }
    }
}

/// A regular file to look at. Its size is read by the worker that processes it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub path: PathBuf,
    pub display: String,
}

#[derive(Debug, Default)]
pub struct Walk {
    pub candidates: Vec<Candidate>,
    pub skipped: Vec<(Candidate, SkipReason)>,
}

/// A path given on the command line does not exist.
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

pub fn walk(paths: &[PathBuf], cwd: &Path) -> Result<Walk, MissingPath> {
    let mut out = Walk::default();
    let mut seen = std::collections::HashSet::new();
    for root in paths {
        if root.as_os_str() == super::STDIN_ARGUMENT {
            if seen.insert(compared(super::STDIN_PATH)) {
                out.candidates.push(Candidate {
                    path: root.clone(),
                    display: super::STDIN_PATH.to_string(),
                });
            }
            continue;
        }
        if std::fs::symlink_metadata(root).is_err() {
            return Err(MissingPath(root.clone()));
        }
        let root_abs = absolute(root, cwd);
        let root_display = display_path(root, &root_abs, cwd);
        // Under the current directory (the usual case), an entry's report path is the root's
        // followed by the entry's place under the root: no need to resolve each one again.
        let under_cwd = root_abs == cwd || relative_to(&root_abs, cwd).is_some();
        let display_of = |path: &Path| match path.strip_prefix(root) {
            Ok(rest) if under_cwd && !rest.as_os_str().is_empty() => {
                joined(&root_display, rest, root_abs == cwd)
            }
            _ => display_path(path, &root_abs, cwd),
        };
        let mut walker = WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err.path().map(Path::to_path_buf).unwrap_or(root.clone());
                    let display = display_of(&path);
                    out.skipped.push((
                        Candidate { path, display },
                        SkipReason::Unreadable(err.to_string()),
                    ));
                    continue;
                }
            };
            let display = display_of(entry.path());
            // A file reached twice (two paths given that overlap, spelt alike as the file
            // system compares names) is checked once.
            if !seen.insert(compared(&display)) {
                continue;
            }
            let file_type = entry.file_type();
            let depth = entry.depth();
            let prune = prune_reason(entry.file_name());
            let candidate = Candidate {
                path: entry.into_path(),
                display,
            };
            if depth > 0 && file_type.is_dir() {
                // Hidden folders and `target/` are listed as skipped and not descended into.
                if let Some(reason) = prune {
                    out.skipped.push((candidate, reason));
                    walker.skip_current_dir();
                }
                continue;
            }
            if file_type.is_dir() {
                continue;
            }
            if file_type.is_symlink() {
                out.skipped.push((candidate, SkipReason::Symlink));
            } else if !file_type.is_file() {
                out.skipped.push((candidate, SkipReason::SpecialFile));
            } else {
                out.candidates.push(candidate);
            }
        }
    }
    Ok(out)
}

fn prune_reason(name: &std::ffi::OsStr) -> Option<SkipReason> {
    let name = name.to_string_lossy();
    if name.starts_with('.') && name != "." && name != ".." {
        Some(SkipReason::HiddenFolder)
    } else if name == "target" {
        Some(SkipReason::TargetFolder)
    } else {
        None
    }
}

/// `prefix/rest` with `/` between the parts of `rest`; just `rest` when the root is the current
/// directory itself. `rest` is what the walk found under the root: names only, no `.` or `..`.
fn joined(prefix: &str, rest: &Path, root_is_cwd: bool) -> String {
    let mut out = String::with_capacity(prefix.len() + rest.as_os_str().len() + 1);
    if !root_is_cwd {
        out.push_str(prefix);
    }
    for part in rest.components() {
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(&part.as_os_str().to_string_lossy());
    }
    out
}

/// The path reports show: relative to the current directory when the file lies under it,
/// otherwise to the path given on the command line (names compared as the file system compares
/// them); always with `/` and never with `..`.
pub fn display_path(path: &Path, root_abs: &Path, cwd: &Path) -> String {
    let abs = absolute(path, cwd);
    relative_to(&abs, cwd)
        .or_else(|| relative_to(&abs, root_abs))
        .unwrap_or_else(|| {
            abs.file_name()
                .map_or(String::new(), |name| name.to_string_lossy().into_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_relative_without_dot_dot() {
        let cwd = Path::new("/repo");
        assert_eq!(
            display_path(Path::new("inv/./a.yaml"), Path::new("/repo/inv"), cwd),
            "inv/a.yaml"
        );
        assert_eq!(
            display_path(
                Path::new("/elsewhere/x/a.yaml"),
                Path::new("/elsewhere"),
                cwd
            ),
            "x/a.yaml"
        );
        assert_eq!(
            display_path(
                Path::new("../other/a.yaml"),
                Path::new("/other/a.yaml"),
                cwd
            ),
            "a.yaml"
        );
    }

    /// On Windows a path may use `\` and spell the current folder in another case: reports show
    /// `/`, relative to the current folder all the same.
    #[cfg(windows)]
    #[test]
    fn windows_paths_are_shown_with_slashes() {
        let cwd = Path::new(r"C:\repo");
        assert_eq!(
            display_path(Path::new(r"inv\a.yaml"), Path::new(r"C:\repo\inv"), cwd),
            "inv/a.yaml"
        );
        assert_eq!(
            display_path(
                Path::new(r"C:\REPO\inv\a.yaml"),
                Path::new(r"C:\REPO\inv"),
                cwd
            ),
            "inv/a.yaml"
        );
    }

    /// Where file names ignore case, one folder given twice in two spellings is walked once.
    #[cfg(any(windows, target_os = "macos"))]
    #[test]
    fn one_folder_in_two_spellings_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("inv")).unwrap();
        std::fs::write(dir.path().join("inv").join("a.yaml"), "cmslint: 1\n").unwrap();
        let (cwd, roots) = (dir.path(), ["inv", "INV"].map(|r| dir.path().join(r)));
        let walked = walk(&roots, cwd).unwrap();
        let shown: Vec<&str> = walked
            .candidates
            .iter()
            .map(|c| c.display.as_str())
            .collect();
        assert_eq!(shown, ["inv/a.yaml"]);
    }
}
