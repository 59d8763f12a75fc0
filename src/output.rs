//! The files a check writes (reports, the baseline): whether two paths name one file, as the file
//! system would resolve them, and writing a file whole, so that a reader, or the next run, never
//! finds half of one.

use std::fs;
use std::path::{Component, Path, PathBuf};

/// A path as the file system resolves it: the part that exists with its symbolic links resolved
/// and `.` and `..` applied as the system applies them, the rest folded lexically; and, for a file
/// that exists, its identity (device and inode on Unix), so that hard links compare equal too.
#[derive(Debug, Clone)]
pub struct FileKey {
    resolved: PathBuf,
    id: Option<(u64, u64)>,
}

impl FileKey {
    pub fn of(path: &Path, cwd: &Path) -> FileKey {
        let resolved = resolve(&cwd.join(path));
        FileKey {
            id: identity(&resolved),
            resolved: fold_case(resolved),
        }
    }

    /// Whether both name one file.
    pub fn same(&self, other: &FileKey) -> bool {
        match (self.id, other.id) {
            (Some(a), Some(b)) => a == b,
            _ => self.resolved == other.resolved,
        }
    }
}

/// `path` (absolute) with the longest part that exists canonicalised, component by component,
/// so that `link/..` goes where the system goes, and the rest folded lexically.
fn resolve(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    let mut exists = true;
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(part) => {
                out.push(part);
                if exists {
                    match fs::canonicalize(&out) {
                        Ok(real) => out = real,
                        Err(_) => exists = false,
                    }
                }
            }
            root => out.push(root),
        }
    }
    out
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Elsewhere the canonical path stands for the identity (std has no stable file index on
/// Windows): links are resolved, hard links are not recognised.
#[cfg(not(unix))]
fn identity(_: &Path) -> Option<(u64, u64)> {
    None
}

/// The file systems of Windows and macOS ignore case by default: there `A.json` and `a.json`
/// name one file, even before it exists.
fn fold_case(path: PathBuf) -> PathBuf {
    if cfg!(any(windows, target_os = "macos")) {
        PathBuf::from(path.to_string_lossy().to_lowercase())
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_path_are_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let cwd = dir.path();
        fs::create_dir(cwd.join("out")).unwrap();
        let key = |p: &str| FileKey::of(Path::new(p), cwd);
        assert!(key("a.json").same(&key("./a.json")));
        assert!(key("a.json").same(&key("out/../a.json")));
        assert!(key("a.json").same(&key("no-such/../a.json")));
        assert!(key("out/b.json").same(&key(cwd.join("out/b.json").to_str().unwrap())));
        assert!(!key("a.json").same(&key("out/a.json")));
        #[cfg(unix)]
        {
            // `link/..` is the folder that holds the link's target, as the system resolves it.
            fs::create_dir_all(cwd.join("deep/er")).unwrap();
            std::os::unix::fs::symlink(cwd.join("deep/er"), cwd.join("link")).unwrap();
            assert!(key("link/../a.json").same(&key("deep/a.json")));
            assert!(!key("link/../a.json").same(&key("a.json")));
        }
    }
}
