//! The files a check writes (reports, the baseline): whether two paths name one file, as the file
//! system would resolve them, and writing a file whole, so that a reader, or the next run, never
//! finds half of one.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

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

/// The path in the form two spellings of one file share ([`crate::paths::compared`]).
fn fold_case(path: PathBuf) -> PathBuf {
    if crate::paths::CASE_INSENSITIVE_FILE_NAMES {
        PathBuf::from(crate::paths::compared(&path.to_string_lossy()))
    } else {
        path
    }
}

/// The end of a temporary file's name: `.<target name>.<random>.cmslint-tmp`, in the target's
/// folder, so that one left behind by a killed run is recognisable.
pub const TEMP_SUFFIX: &str = ".cmslint-tmp";

/// How old a leftover temporary file must be before a later write of the same target removes
/// it: a younger one may belong to a run that is writing at this moment.
pub const LEFTOVER_AGE: Duration = Duration::from_secs(10 * 60);

/// Replaces the file at `path` with `bytes`, whole: they are written to a temporary file beside
/// it (same folder, so the rename stays on one file system), flushed to the disk, and renamed
/// over it, so that a reader sees the old file or the new one, never a part. A missing folder is
/// created first. On any error the old file is left as it was and the temporary file is removed
/// (also when unwinding). A run killed between the temporary file's creation and the rename (a
/// few milliseconds: the bytes are ready before it is made) leaves it behind, recognisable by its
/// name; the next write of the same target removes such files once they are [`LEFTOVER_AGE`]
/// old.
///
/// A symbolic link stays a link: the file it points to is replaced. The new file keeps the old
/// one's permissions; a new file gets the usual ones (read and write for all, less the umask).
///
/// A target that exists and is not an ordinary file (`/dev/null`, `/dev/stdout`, a named pipe)
/// is written into as it is: renaming over it would replace the device or the pipe with a file.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes).map_err(without_temporary_path)
}

fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let folder = match target.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    fs::create_dir_all(folder)?;
    let old = fs::metadata(&target).ok();
    if old.as_ref().is_some_and(fs::Metadata::is_dir) {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a folder",
        ));
    }
    if old.as_ref().is_some_and(|m| !m.is_file()) {
        return fs::OpenOptions::new()
            .write(true)
            .open(&target)?
            .write_all(bytes);
    }
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    remove_leftovers(folder, &prefix);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // Removed when dropped, on any error below.
    let mut temp = builder.tempfile_in(folder)?;
    temp.as_file_mut().write_all(bytes)?;
    #[cfg(unix)]
    if let Some(old) = &old {
        temp.as_file().set_permissions(old.permissions())?;
    }
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// The system's error without the path of the temporary file that `tempfile` appends to it
/// (`... at path "..."`): the caller names the target, and the temporary file is gone.
fn without_temporary_path(error: io::Error) -> io::Error {
    if error.raw_os_error().is_some() {
        return error;
    }
    match error.to_string().split_once(" at path ") {
        Some((cause, _)) => io::Error::new(error.kind(), cause.to_string()),
        None => error,
    }
}

/// Removes the temporary files of earlier writes of one target (`prefix` ... [`TEMP_SUFFIX`])
/// that are at least [`LEFTOVER_AGE`] old. Best effort: what cannot be removed stays.
fn remove_leftovers(folder: &Path, prefix: &OsString) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let (prefix, now) = (prefix.to_string_lossy(), SystemTime::now());
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(prefix.as_ref()) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| {
                now.duration_since(modified)
                    .is_ok_and(|age| age >= LEFTOVER_AGE)
            });
        if old && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
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

    /// A named pipe stands for `/dev/null` and `/dev/stdout` (a test must not risk replacing
    /// those): the bytes go into it and it stays a pipe.
    #[cfg(unix)]
    #[test]
    fn a_target_that_is_not_a_file_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            panic!("mkfifo is needed for this test");
        }
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || fs::read(pipe).unwrap())
        };
        replace_file(&pipe, b"{\"report\": 1}\n").unwrap();
        // Checked before joining: a reader of a replaced pipe would wait for ever.
        assert!(fs::metadata(&pipe).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), b"{\"report\": 1}\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
