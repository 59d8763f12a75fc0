//! Where the config is and how paths are shown: the first `cmslint.toml` from a path upward,
//! paths made absolute without touching the file system, and the path reports show for a file
//! cmslint reads besides the inventory (always with `/`, never with `..`).

use super::FILE_NAME;
use crate::output::CASE_INSENSITIVE_FILE_NAMES;
use std::path::{Path, PathBuf};

/// `path` relative to `folder` with `/`, if it lies under it (both absolute and lexically
/// normal); names compare as the file system compares them ([`CASE_INSENSITIVE_FILE_NAMES`]).
pub(super) fn relative_to(path: &Path, folder: &Path) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
