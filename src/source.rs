//! Source files as cmslint read them: the path reports show, the decoded text (or, once the scan
//! is done with a file on disk, where to read it again), and the one line/column computation
//! that every reporter uses.

use std::ops::Range;
use std::path::PathBuf;

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// A byte range in one source file. Every fact in the model carries one, so it is kept small:
/// 32-bit offsets, which is why `max-file-size` is capped (`gate::config::MAX_FILE_SIZE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    file: u32,
    start: u32,
    end: u32,
}

/// A byte offset (or file id) in 32 bits: texts are capped below 4 GiB
/// (`gate::config::MAX_FILE_SIZE`); anything beyond saturates.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Span {
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file: offset(file),
            start: offset(range.start),
            end: offset(range.end),
        }
    }

    pub fn file(&self) -> FileId {
        self.file as FileId
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }
}

/// A 1-based line and column; the column counts Unicode code points of the decoded line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// The start and end (exclusive) of a span, as reports print them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Region {
    pub start: LineCol,
    pub end: LineCol,
}

/// Where the bytes of a file on disk came from, so that they can be read again and known to be
/// the same: the file's location, how many bytes it held and their 64-bit hash (XXH3), and
/// which of the scan's decoders made its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub location: PathBuf,
    pub len: u64,
    pub hash: u64,
    pub decoder: Decoder,
}

impl Origin {
    pub fn new(location: PathBuf, bytes: &[u8], decoder: Decoder) -> Self {
        Origin {
            location,
            len: bytes.len() as u64,
            hash: xxhash_rust::xxh3::xxh3_64(bytes),
            decoder,
        }
    }

    /// Whether `bytes` are the bytes the file held when it was first read: the same length and
    /// the same hash.
    pub fn matches(&self, bytes: &[u8]) -> bool {
        bytes.len() as u64 == self.len && xxhash_rust::xxh3::xxh3_64(bytes) == self.hash
    }
}

/// Which of the scan's decoders turned a file's bytes into its text: the one for JSON and YAML
/// documents, or the one for raw exports, which also tries the console's code pages (the
/// file's encoding then says which of them it took).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoder {
    Document,
    Export,
}

/// What a [`SourceFile`] holds of its text.
#[derive(Debug)]
pub enum Text {
    /// The decoded text without BOM: kept from the start for a text that is no file on disk
    /// (the standard input, the config, the baseline, a written plan), or read again for the
    /// reports and found unchanged.
    Known(String),
    /// Let go once the scan was done with the file, which can be read again from its origin.
    Released(Box<Origin>),
    /// Read again and no longer what the scan read: the file changed, vanished or could not be
    /// read. Its text, and so any line and column in it, is unknown.
    Changed(Box<Origin>),
}

/// One decoded file.
#[derive(Debug)]
pub struct SourceFile {
    /// Relative path with `/`, as reports show it.
    pub path: String,
    /// Which encoding the bytes were in.
    pub encoding: &'static str,
    text: Text,
    /// Where each line starts; computed on first use, so only for files a report shows. 32-bit
    /// offsets, as in [`Span`].
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    /// A file whose text is kept for the whole run.
    pub fn new(path: String, text: String, encoding: &'static str) -> Self {
        SourceFile::with(path, Text::Known(text), encoding)
    }

    /// A file on disk whose text is let go: [`restore`](Self::restore) gives it back.
    pub fn released(path: String, origin: Origin, encoding: &'static str) -> Self {
        SourceFile::with(path, Text::Released(Box::new(origin)), encoding)
    }

    fn with(path: String, text: Text, encoding: &'static str) -> Self {
        SourceFile {
            path,
            encoding,
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// The decoded text, when it is known.
    pub fn text(&self) -> Option<&str> {
        match &self.text {
            Text::Known(text) => Some(text),
            Text::Released(_) | Text::Changed(_) => None,
        }
    }

    /// What the file holds of its text: the text, or where to read it again.
    pub fn state(&self) -> &Text {
        &self.text
    }

    /// Where to read the text again, when it was let go and not yet read again.
    pub fn to_restore(&self) -> Option<&Origin> {
        match &self.text {
            Text::Released(origin) => Some(origin),
            Text::Known(_) | Text::Changed(_) => None,
        }
    }

    /// Gives a released file its text read again, or, with `None`, marks it changed since the
    /// scan read it. A file whose text is known or changed stays as it is.
    pub fn restore(&mut self, text: Option<String>) {
        self.text = match (
            std::mem::replace(&mut self.text, Text::Known(String::new())),
            text,
        ) {
            (Text::Released(_), Some(text)) => Text::Known(text),
            (Text::Released(origin), None) => Text::Changed(origin),
            (kept_or_changed, _) => kept_or_changed,
        };
        // Lines counted before (in no text) would be stale.
        self.line_starts = std::sync::OnceLock::new();
    }

    /// Whether the file changed since the scan read it, so that its text is unknown.
    pub fn changed(&self) -> bool {
        matches!(self.text, Text::Changed(_))
    }

    /// The text the positions are computed in: none for a changed file, so that every position
    /// in it is line 1, column 1. A file whose text was let go and never read again has no
    /// position a report may show: the check reads again every file its findings point into.
    fn positions_text(&self) -> &str {
        match &self.text {
            Text::Known(text) => text,
            Text::Changed(_) => "",
            Text::Released(_) => {
                debug_assert!(false, "the text of {} was not read again", self.path);
                ""
            }
        }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    self.positions_text()
                        .match_indices('\n')
                        .map(|(i, _)| offset(i + 1)),
                )
                .collect()
        })
    }

    /// Where the 0-based line starts.
    fn line_start(&self, line_index: usize) -> usize {
        self.line_starts()[line_index] as usize
    }

    /// 0-based index of the line holding `byte`.
    pub fn line_index(&self, byte: usize) -> usize {
        match self.line_starts().binary_search(&offset(byte)) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte range of a 0-based line, without its line break (`\n` or `\r\n`).
    pub fn line_range(&self, line_index: usize) -> Range<usize> {
        let text = self.positions_text();
        let start = self.line_start(line_index);
        let mut end =
            (self.line_starts().get(line_index + 1)).map_or(text.len(), |&next| next as usize - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end.max(start)
    }

    /// The 1-based line and code-point column of a byte offset (clamped to the text); line 1,
    /// column 1 in a file that changed since the scan read it.
    pub fn line_col(&self, byte: usize) -> LineCol {
        let text = self.positions_text();
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.line_index(byte);
        let start = self.line_start(line);
        let column = text[start..byte].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    pub fn region(&self, range: Range<usize>) -> Region {
        Region {
            start: self.line_col(range.start),
            end: self.line_col(range.end.max(range.start)),
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }
}

/// All files of one run, indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct Sources {
    /// A reserved id whose file was never set (a file the scan skipped) holds `None`.
    files: Vec<Option<SourceFile>>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(Some(file));
        self.files.len() - 1
    }

    /// Reserves `count` ids, for files that are read in parallel and [`set`](Self::set) later;
    /// returns the first.
    pub fn reserve(&mut self, count: usize) -> FileId {
        let first = self.files.len();
        self.files.resize_with(first + count, || None);
        first
    }

    /// Gives a reserved id its file.
    pub fn set(&mut self, id: FileId, file: SourceFile) {
        self.files[id] = Some(file);
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        self.files[id]
            .as_ref()
            .expect("a span's file id names a file that was read")
    }

    pub fn get_mut(&mut self, id: FileId) -> &mut SourceFile {
        self.files[id]
            .as_mut()
            .expect("a span's file id names a file that was read")
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .filter_map(|(id, file)| Some((id, file.as_ref()?)))
    }

    /// How many files were read.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn region(&self, span: Span) -> Region {
        self.get(span.file()).region(span.range())
    }

    pub fn path(&self, span: Span) -> &str {
        &self.get(span.file()).path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_code_points_and_crlf_is_one_break() {
        let file = SourceFile::new("a".into(), "ab\r\nÉx: “y”\n".into(), "utf-8");
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(file.line_col(4), LineCol { line: 2, column: 1 });
        // "Éx: " is 4 code points but 5 bytes; the curly quote starts at column 5.
        let quote = file.text().unwrap().find('“').unwrap();
        assert_eq!(file.line_col(quote), LineCol { line: 2, column: 5 });
        assert_eq!(file.line_range(0), 0..2);
        assert_eq!(file.line_count(), 3);
    }
}
