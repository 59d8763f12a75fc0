//! The files the gate reads: the first `cmslint.toml` from a path upward, and the path reports
//! show for the config and the baseline (always with `/`, never with `..`).

use super::FILE_NAME;
use crate::paths::absolute;
use std::path::{Component, Path, PathBuf};

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

/// The path reports show for a file cmslint reads besides the inventory (config, baseline):
/// relative to the current directory when it lies under it, otherwise as given when that is
/// relative and has no `..`, otherwise its file name. Always with `/`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let abs = absolute(path, cwd);
    let cwd_abs = absolute(Path::new("."), cwd);
    let shown = match crate::paths::relative_to(&abs, &cwd_abs) {
        Some(rel) => PathBuf::from(rel),
        // Relative as given: no `..`, and on Windows no drive or root either (`\cfg\x.toml`
        // is relative there, but not to the current folder).
        _ if path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir)) =>
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

    /// On Windows a path may use `\`, change case or name no drive; reports show `/` all the
    /// same, and never a root.
    #[cfg(windows)]
    #[test]
    fn windows_paths_are_shown_with_slashes() {
        let cwd = Path::new(r"C:\Repo");
        assert_eq!(
            display_path(Path::new(r"a\cmslint.toml"), cwd),
            "a/cmslint.toml"
        );
        assert_eq!(
            display_path(Path::new(r"c:\repo\a\cmslint.toml"), cwd),
            "a/cmslint.toml"
        );
        assert_eq!(
            display_path(Path::new(r"\etc\x\base.json"), cwd),
            "base.json"
        );
    }
}
