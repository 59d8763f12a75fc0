//! Walking the paths given on the command line: deterministic order, nothing followed, and
//! every file that is passed over counted with its reason.

use std::path::{Component, Path, PathBuf};
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
    pub fn describe(&self) -> String {
        match self {
            SkipReason::Symlink => "symbolic link (not followed)".into(),
            SkipReason::SpecialFile => "special file (FIFO, socket or device)".into(),
            SkipReason::Empty => "empty file".into(),
            SkipReason::HiddenFolder => "hidden folder".into(),
            SkipReason::TargetFolder => "build output folder `target`".into(),
            SkipReason::NotInventory => "not an inventory (no top-level `cmslint` key)".into(),
            SkipReason::UnrecognizedContent => {
                "not an inventory document or a recognised export".into()
            }
            SkipReason::Unreadable(e) => format!("could not be read: {e}"),
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
            if seen.insert(super::STDIN_PATH.to_string()) {
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
        let mut walker = WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err.path().map(Path::to_path_buf).unwrap_or(root.clone());
                    let display = display_path(&path, &root_abs, cwd);
                    out.skipped.push((
                        Candidate { path, display },
                        SkipReason::Unreadable(err.to_string()),
                    ));
                    continue;
                }
            };
            let display = display_path(entry.path(), &root_abs, cwd);
            if !seen.insert(display.clone()) {
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

/// Lexically absolute path (no symlinks resolved).
fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The path reports show: relative to the current directory when the file lies under it,
/// otherwise to the path given on the command line; always with `/` and never with `..`.
pub fn display_path(path: &Path, root_abs: &Path, cwd: &Path) -> String {
    let abs = absolute(path, cwd);
    let relative = abs
        .strip_prefix(cwd)
        .ok()
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(|| {
            abs.strip_prefix(root_abs)
                .ok()
                .filter(|p| !p.as_os_str().is_empty())
        })
        .map(Path::to_path_buf)
        .unwrap_or_else(|| abs.file_name().map(PathBuf::from).unwrap_or_default());
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.join("/")
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
}
