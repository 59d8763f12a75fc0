//! Paths as cmslint compares and shows them, without touching the file system: made absolute
//! lexically (`.` and `..` folded, no link resolved), made relative to a folder as the file
//! system compares names (case ignored where file names ignore it: Windows and macOS), and
//! written with `/` whatever the platform, so that reports, entities and baselines read the
//! same everywhere. A leaf: it imports nothing from the crate.

use std::path::{Component, Path, PathBuf};

/// Whether file names ignore case where cmslint runs: the file systems of Windows and macOS do
/// by default, so there `A.json` and `a.json` name one file, even before it exists.
pub const CASE_INSENSITIVE_FILE_NAMES: bool = cfg!(any(windows, target_os = "macos"));

/// Lexically absolute (no symlinks resolved, `.` and `..` folded).
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in cwd.join(path).components() {
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

/// A path's text in the form two spellings of one file share where the file system ignores
/// case ([`CASE_INSENSITIVE_FILE_NAMES`]): in lower case there, as it is elsewhere.
pub fn compared(text: &str) -> String {
    compared_as(text, CASE_INSENSITIVE_FILE_NAMES)
}

fn compared_as(text: &str, ignore_case: bool) -> String {
    if ignore_case {
        text.to_lowercase()
    } else {
        text.to_string()
    }
}

/// `path` relative to `folder`, with `/`, if it lies under it (both absolute and lexically
/// normal); names compare as the file system compares them ([`CASE_INSENSITIVE_FILE_NAMES`]),
/// and keep the spelling of `path`.
pub fn relative_to(path: &Path, folder: &Path) -> Option<String> {
    relative_as(path, folder, CASE_INSENSITIVE_FILE_NAMES)
}

fn relative_as(path: &Path, folder: &Path, ignore_case: bool) -> Option<String> {
    let mut parts = path.components();
    for expected in folder.components() {
        let part = parts.next()?;
        let (a, b) = (part.as_os_str(), expected.as_os_str());
        let same = if ignore_case {
            compared_as(&a.to_string_lossy(), true) == compared_as(&b.to_string_lossy(), true)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_folds_dots_without_the_file_system() {
        let cwd = Path::new("/repo/sub");
        assert_eq!(
            absolute(Path::new("../a/./b.yaml"), cwd),
            Path::new("/repo/a/b.yaml")
        );
        assert_eq!(absolute(Path::new("/x/../y"), cwd), Path::new("/y"));
    }

    /// Where names ignore case, `/Repo/Inv/a.yaml` lies under `/repo` and keeps its spelling;
    /// where they do not, it lies elsewhere.
    #[test]
    fn relative_paths_compare_names_as_the_file_system_does() {
        let (path, folder) = (Path::new("/Repo/Inv/a.yaml"), Path::new("/repo"));
        assert_eq!(
            relative_as(path, folder, true).as_deref(),
            Some("Inv/a.yaml")
        );
        assert_eq!(relative_as(path, folder, false), None);
        assert_eq!(
            relative_as(path, Path::new("/Repo"), false).as_deref(),
            Some("Inv/a.yaml")
        );
        assert_eq!(relative_as(folder, folder, true), None);
        assert_eq!(compared_as("Inv/A.yaml", true), "inv/a.yaml");
        assert_eq!(compared_as("Inv/A.yaml", false), "Inv/A.yaml");
    }

    /// On Windows, `\` separates folders and the drive letter's case does not matter.
    #[cfg(windows)]
    #[test]
    fn windows_paths_are_shown_with_slashes() {
        let cwd = Path::new(r"C:\Repo");
        let path = absolute(Path::new(r"c:\repo\inv\..\Inv\a.yaml"), cwd);
        assert_eq!(relative_to(&path, cwd).as_deref(), Some("Inv/a.yaml"));
        assert_eq!(
            relative_to(&absolute(Path::new(r"inv\b.yaml"), cwd), cwd).as_deref(),
            Some("inv/b.yaml")
        );
    }
}
