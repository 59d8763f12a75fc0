//! Reading again, for the reports, the text of the files the scan let go: each file is read
//! through the same seam as by the scan, known to be unchanged by its length and hash, and
//! decoded as the scan decoded it. A file that changed, vanished or can no longer be read gets
//! no text: its positions are unknown.

use super::{ScanOptions, decode};
use crate::source::{FileId, Origin, Sources};

/// Fewer files than this are read again one after the other, on the calling thread.
const PARALLEL_FROM: usize = 8;

/// Reads again the text of the files `ids` whose text the scan let go (a file whose text is
/// known, or that was already found changed, is left as it is), in parallel when there are
/// many. Returns the report paths of the files that changed since the scan read them, sorted.
pub fn restore(
    sources: &mut Sources,
    ids: impl IntoIterator<Item = FileId>,
    options: &ScanOptions,
) -> Vec<String> {
    use rayon::prelude::*;
    let mut ids: Vec<FileId> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let wanted: Vec<(FileId, &Origin, &str)> = ids
        .into_iter()
        .filter_map(|id| {
            let file = sources.get(id);
            Some((id, file.to_restore()?, file.encoding))
        })
        .collect();
    let again = |&(id, origin, encoding): &(FileId, &Origin, &str)| {
        (id, read_again(origin, encoding, options))
    };
    let texts: Vec<(FileId, Option<String>)> = if wanted.len() < PARALLEL_FROM {
        wanted.iter().map(again).collect()
    } else {
        crate::parallel::install(options.threads, || wanted.par_iter().map(again).collect())
    };
    let mut changed = Vec::new();
    for (id, text) in texts {
        let file = sources.get_mut(id);
        if text.is_none() {
            changed.push(file.path.clone());
        }
        file.restore(text);
    }
    changed.sort();
    changed
}

/// The text of a file as the scan decoded it, if its bytes are still those the scan read. The
/// size limit still holds: a file that grew past it has changed, and is not read into memory.
fn read_again(origin: &Origin, encoding: &str, options: &ScanOptions) -> Option<String> {
    let bytes = (options.read)(&origin.location, options.max_file_size).ok()?;
    if !origin.matches(&bytes) {
        return None;
    }
    decode::text_as(&bytes, origin.decoder, encoding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Decoder, LineCol, SourceFile};
    use std::io;
    use std::path::{Path, PathBuf};

    const READ: &[u8] = b"cmslint: 1\nservers: []\n";

    /// What each file holds when it is read again.
    fn read_again(path: &Path, _max: u64) -> io::Result<Vec<u8>> {
        match path.to_str() {
            Some("longer.yaml") => Ok(b"cmslint: 1\nservers: [ ]\n".to_vec()),
            // As many bytes as were read, one of them another.
            Some("other.yaml") => Ok(b"cmslint: 1\nservers: {}\n".to_vec()),
            Some("gone.yaml") => Err(io::Error::from(io::ErrorKind::NotFound)),
            Some("oem.txt") => Ok(b"Nom de l'h\x93te: X\r\n".to_vec()),
            Some("utf16.txt") => Ok(b"\xFF\xFEH\0i\0".to_vec()),
            Some("bad.yaml") => Ok(b"a: \xFF\n".to_vec()),
            _ => Ok(READ.to_vec()),
        }
    }

    fn options() -> ScanOptions {
        ScanOptions {
            read: read_again,
            threads: 1,
            ..ScanOptions::default()
        }
    }

    /// A file read as `bytes` by `decoder`, in `encoding`, whose text the scan let go.
    fn released(path: &str, bytes: &[u8], decoder: Decoder, encoding: &'static str) -> SourceFile {
        let origin = Origin::new(PathBuf::from(path), bytes, decoder);
        SourceFile::released(path.to_string(), origin, encoding)
    }

    #[test]
    fn an_unchanged_file_gets_its_text_back_and_a_changed_one_none() {
        let mut sources = Sources::default();
        let names = ["same.yaml", "longer.yaml", "other.yaml", "gone.yaml"];
        for name in names {
            sources.add(released(name, READ, Decoder::Document, "utf-8"));
        }
        let changed = restore(&mut sources, [3, 2, 1, 0, 1], &options());
        assert_eq!(changed, ["gone.yaml", "longer.yaml", "other.yaml"]);
        let same = sources.get(0);
        assert_eq!(same.text(), Some("cmslint: 1\nservers: []\n"));
        assert!(!same.changed());
        assert_eq!(same.line_col(13), LineCol { line: 2, column: 3 });
        for id in 1..4 {
            let file = sources.get(id);
            assert_eq!((file.text(), file.changed()), (None, true), "{}", file.path);
            // Its positions are unknown: every one is line 1, column 1.
            assert_eq!(file.line_col(13), LineCol { line: 1, column: 1 });
        }
        // Found changed once, said once.
        assert_eq!(
            restore(&mut sources, 0..4, &options()),
            Vec::<String>::new()
        );
    }

    /// The read is asked to keep the scan's size limit, so a file that grew past it since is not
    /// read into memory (it is changed: its length differs).
    #[test]
    fn the_read_again_keeps_the_size_limit() {
        use std::sync::atomic::{AtomicU64, Ordering};
        static ASKED: AtomicU64 = AtomicU64::new(0);
        fn noting_the_limit(path: &Path, max: u64) -> io::Result<Vec<u8>> {
            ASKED.store(max, Ordering::SeqCst);
            read_again(path, max)
        }
        let mut sources = Sources::default();
        sources.add(released("same.yaml", READ, Decoder::Document, "utf-8"));
        let options = ScanOptions {
            read: noting_the_limit,
            max_file_size: 1234,
            ..options()
        };
        assert_eq!(restore(&mut sources, [0], &options), Vec::<String>::new());
        assert_eq!(ASKED.load(Ordering::SeqCst), 1234);
    }

    #[test]
    fn only_the_files_asked_for_are_read_again() {
        let mut sources = Sources::default();
        sources.add(released("same.yaml", READ, Decoder::Document, "utf-8"));
        sources.add(released("gone.yaml", READ, Decoder::Document, "utf-8"));
        sources.add(SourceFile::new("<stdin>".into(), "kept".into(), "utf-8"));
        assert_eq!(
            restore(&mut sources, [0, 2], &options()),
            Vec::<String>::new()
        );
        assert_eq!(sources.get(0).text(), Some("cmslint: 1\nservers: []\n"));
        assert!(sources.get(1).to_restore().is_some());
        assert_eq!(sources.get(2).text(), Some("kept"));
    }

    #[test]
    fn a_file_is_decoded_again_as_the_scan_decoded_it() {
        let oem: &[u8] = b"Nom de l'h\x93te: X\r\n";
        let utf16: &[u8] = b"\xFF\xFEH\0i\0";
        let mut sources = Sources::default();
        sources.add(released("oem.txt", oem, Decoder::Export, "cp850"));
        sources.add(released("utf16.txt", utf16, Decoder::Export, "utf-16le"));
        // A document that did not decode keeps the text that showed where.
        sources.add(released(
            "bad.yaml",
            b"a: \xFF\n",
            Decoder::Document,
            "utf-8",
        ));
        assert_eq!(
            restore(&mut sources, 0..3, &options()),
            Vec::<String>::new()
        );
        assert_eq!(sources.get(0).text(), Some("Nom de l'hôte: X\r\n"));
        assert_eq!(sources.get(1).text(), Some("Hi"));
        assert_eq!(sources.get(2).text(), Some("a: \u{FFFD}\n"));
    }

    #[test]
    fn many_files_are_read_again_in_parallel_in_the_same_way() {
        let mut sources = Sources::default();
        for i in 0..20 {
            let name = if i % 5 == 0 {
                "other.yaml"
            } else {
                "same.yaml"
            };
            sources.add(released(name, READ, Decoder::Document, "utf-8"));
        }
        let options = ScanOptions {
            threads: 2,
            ..options()
        };
        let changed = restore(&mut sources, 0..20, &options);
        assert_eq!(changed, vec!["other.yaml"; 4]);
        let known = (0..20)
            .filter(|&id| sources.get(id).text().is_some())
            .count();
        assert_eq!(known, 16);
    }
}
