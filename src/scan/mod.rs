//! Scanning: walk the paths, read and decode each file, parse JSON and YAML with exact spans,
//! pick out the inventory documents and check them against the schema, and read every other
//! file that is a recognised raw export (`crate::exports`). A file that fails is reported at its
//! position (INV001, INV002) and never stops the others. Once the scan is done with a file on
//! disk, only where its text came from is kept; [`restore`] reads it again for the reports.

mod decode;
mod restore;
mod walk;

pub use restore::restore;
pub use walk::{Candidate, MissingPath, SkipReason};

use crate::catalog::meta;
use crate::engine::{Finding, Label};
use crate::exports::{self, Export, associate::FileExport};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::progress::Progress;
use crate::schema;
use crate::source::{Decoder, FileId, Origin, SourceFile, Sources, Span};
use crate::syntax::{Node, ParseLimits, Syntax};
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Reads a whole file of at most the given number of bytes, or fails with [`too_large`]; a
/// seam so tests can make a file vanish or change between walk and read.
pub type ReadFile = fn(&Path, u64) -> std::io::Result<Vec<u8>>;

/// The file system's [`ReadFile`]: one open, the length from the open file (no second look-up
/// of the path), and one buffer of that size. A file over `max` is not read.
pub fn read_file(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len > max {
        return Err(too_large(len));
    }
    // One byte more than the length, so the read that meets the end needs no larger buffer;
    // a file that grew past `max` since is cut there and refused.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The error of a [`ReadFile`] for a file over the limit, with its length.
pub fn too_large(len: u64) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::FileTooLarge, TooLarge(len))
}

/// The length of a file that [`too_large`] refused.
#[derive(Debug)]
struct TooLarge(u64);

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} bytes: over the size limit", self.0)
    }
}

impl std::error::Error for TooLarge {}

/// The length of the file, when `error` is [`too_large`]'s.
fn too_large_len(error: &std::io::Error) -> Option<u64> {
    error.get_ref()?.downcast_ref::<TooLarge>().map(|t| t.0)
}

/// The path argument that stands for the standard input (`cmslint check -`).
pub const STDIN_ARGUMENT: &str = "-";
/// The report path of the document read from the standard input.
pub const STDIN_PATH: &str = "<stdin>";

#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Files larger than this are not parsed (INV001 if they are inventories).
    pub max_file_size: u64,
    pub limits: ParseLimits,
    pub read: ReadFile,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// What the standard input held, read by the caller, for the path [`STDIN_ARGUMENT`]: one
    /// JSON document when it starts with `{`, otherwise YAML.
    pub stdin: Option<Arc<[u8]>>,
    /// The language of the stages it reports to a progress bar.
    pub lang: Lang,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            max_file_size: 64 * 1024 * 1024,
            limits: ParseLimits::default(),
            read: read_file,
            threads: 0,
            stdin: None,
            lang: Lang::default(),
        }
    }
}

/// Whether a file was checked, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileStatus {
    /// An inventory document (or one that failed to parse and mentions `cmslint`), or a
    /// recognised raw export.
    Checked,
    Skipped(SkipReason),
}

#[derive(Debug, Clone)]
pub struct FileEntry {
    /// The report path.
    pub path: String,
    /// Where the file is: the path given on the command line joined with the file's place
    /// under it.
    pub location: PathBuf,
    pub status: FileStatus,
}

/// Everything the scan produced but the documents, in walk order: [`scan_with`] hands each
/// document on as its file is done.
#[derive(Debug, Default)]
pub struct Scanned {
    pub sources: Sources,
    /// Recognised raw exports, in walk order.
    pub exports: Vec<FileExport>,
    pub files: Vec<FileEntry>,
    pub findings: Vec<Finding>,
}

impl Scanned {
    pub fn checked(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.status == FileStatus::Checked)
            .count()
    }

    pub fn skipped(&self) -> usize {
        self.files.len() - self.checked()
    }
}

/// Scans the given paths without modelling the documents (the scan's own findings, files and
/// sources). The only error is a path that does not exist.
pub fn scan(paths: &[PathBuf], cwd: &Path, options: &ScanOptions) -> Result<Scanned, MissingPath> {
    scan_with(paths, cwd, options, None, |_, _| (), |_, _, ()| {})
}

/// How many files are processed between two hand-overs of their documents: enough that the
/// workers rarely wait for each other, few enough that the documents of all the files never
/// exist at once.
const CHUNK: usize = 1024;

/// Scans the given paths and turns each inventory document into a `D` on the worker that
/// parsed it (after the schema check), so the syntax trees never outlive their file; `take`
/// gets each `D` with its file and the file's walk candidate, in walk order, as the files are
/// done. Files are processed in parallel on the current rayon pool (see [`crate::parallel`]),
/// [`CHUNK`] at a time; the result is in walk order whatever the number of workers. `progress`
/// hears of a stage `reading N files` with a step per file. The only error is a path that
/// does not exist.
pub fn scan_with<D: Send>(
    paths: &[PathBuf],
    cwd: &Path,
    options: &ScanOptions,
    progress: Option<&dyn Progress>,
    document: impl Fn(FileId, Node) -> D + Sync,
    mut take: impl FnMut(FileId, &Candidate, D) + Send,
) -> Result<Scanned, MissingPath> {
    use rayon::prelude::*;
    let walked = walk::walk(paths, cwd)?;
    if let Some(p) = progress {
        let count = walked.candidates.len();
        let files = crate::msg!("count-files", count = count);
        let stage = crate::msg!("scan-progress-reading", files = files);
        p.stage(&stage.render(options.lang), Some(count as u64));
    }
    let mut out = Scanned::default();
    // File ids are walk positions, so a worker can give spans their file before the others
    // are done; skipped files leave their id unused.
    let first = out.sources.reserve(walked.candidates.len());
    for (candidate, reason) in walked.skipped {
        out.files.push(FileEntry {
            path: candidate.display,
            location: candidate.path,
            status: FileStatus::Skipped(reason),
        });
    }
    out.files.reserve(walked.candidates.len());
    crate::parallel::install(options.threads, || {
        for (c, chunk) in walked.candidates.chunks(CHUNK).enumerate() {
            let first = first + c * CHUNK;
            let processed: Vec<Processed<D>> = chunk
                .par_iter()
                .enumerate()
                .map(|(i, candidate)| {
                    let processed = process(candidate, first + i, options, &document);
                    if let Some(p) = progress {
                        p.step();
                    }
                    processed
                })
                .collect();
            for (i, (candidate, result)) in chunk.iter().zip(processed).enumerate() {
                let status = out.file_done(first + i, candidate, result, &mut take);
                out.files.push(FileEntry {
                    path: candidate.display.clone(),
                    location: candidate.path.clone(),
                    status,
                });
            }
        }
    });
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

impl Scanned {
    /// Keeps what the scan made of one file and hands its documents to `take`.
    fn file_done<D>(
        &mut self,
        file: FileId,
        candidate: &Candidate,
        result: Processed<D>,
        take: &mut impl FnMut(FileId, &Candidate, D),
    ) -> FileStatus {
        let (source, documents, issues, export) = match result {
            Processed::Skipped(reason) => return FileStatus::Skipped(reason),
            Processed::Checked {
                source,
                documents,
                issues,
                export,
            } => (source, documents, issues, export),
        };
        self.sources.set(file, source);
        for issue in issues {
            self.findings
                .push(issue.into_finding(file, &candidate.display));
        }
        for doc in documents {
            take(file, candidate, doc);
        }
        if let Some(export) = export {
            self.exports.push(FileExport {
                file,
                folder: candidate
                    .display
                    .rsplit_once('/')
                    .map_or(String::new(), |(dir, _)| dir.to_string()),
                folder_name: folder_name(&candidate.path),
                file_name: candidate
                    .path
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned()),
                export,
            });
        }
        FileStatus::Checked
    }
}

enum Processed<D> {
    Skipped(SkipReason),
    Checked {
        source: SourceFile,
        documents: Vec<D>,
        issues: Vec<Issue>,
        export: Option<Export>,
    },
}

/// A finding raised while scanning, before the file has its id.
struct Issue {
    code: &'static str,
    range: Range<usize>,
    message: Message,
    /// Text under the primary span.
    label: Option<Message>,
    /// The enclosing entity; `None` for the file itself.
    entity: Option<String>,
    related: Vec<(Range<usize>, Message)>,
    notes: Vec<Message>,
    help: Option<Message>,
}

impl Issue {
    /// A finding of rule `code` at `range` that says only `message`.
    fn new(code: &'static str, range: Range<usize>, message: Message) -> Self {
        Issue {
            code,
            range,
            message,
            label: None,
            entity: None,
            related: Vec::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    fn into_finding(self, file: FileId, path: &str) -> Finding {
        let entity = self.entity.unwrap_or_else(|| format!("file:{path}"));
        let mut finding = Finding::new(
            meta(self.code),
            entity,
            Span::new(file, self.range),
            self.message,
        );
        for (range, message) in self.related {
            finding.secondary.push(Label {
                span: Span::new(file, range),
                message,
            });
        }
        if let Some(label) = self.label {
            finding.primary.message = label;
        }
        finding.notes = self.notes;
        finding.help = self.help;
        finding
    }
}

fn unparseable<D>(source: SourceFile, offset: usize, message: Message) -> Processed<D> {
    unparseable_with_help(source, offset, message, None)
}

fn unparseable_with_help<D>(
    source: SourceFile,
    offset: usize,
    message: Message,
    help: Option<Message>,
) -> Processed<D> {
    Processed::Checked {
        source,
        documents: Vec::new(),
        issues: vec![Issue {
            help,
            ..Issue::new("INV001", offset..offset, message)
        }],
        export: None,
    }
}

/// INV001 for a file over the size limit, shown with the head that was read.
fn too_large_file<D>(
    candidate: &Candidate,
    len: u64,
    head: String,
    options: &ScanOptions,
) -> Processed<D> {
    let source = SourceFile::new(candidate.display.clone(), head, "utf-8");
    let (size, limit) = (len.to_string(), options.max_file_size.to_string());
    unparseable(
        source,
        0,
        msg!("scan-too-large", size = size, limit = limit),
    )
}

fn process<D>(
    candidate: &Candidate,
    file: FileId,
    options: &ScanOptions,
    document: impl Fn(FileId, Node) -> D,
) -> Processed<D> {
    let stdin = (candidate.path.as_os_str() == STDIN_ARGUMENT)
        .then(|| options.stdin.clone().unwrap_or_default());
    let syntax = match &stdin {
        Some(bytes) => Some(stdin_syntax(bytes)),
        None => Syntax::from_path(&candidate.path),
    };
    let read = match &stdin {
        Some(bytes) if bytes.len() as u64 > options.max_file_size => {
            Err(too_large(bytes.len() as u64))
        }
        Some(bytes) => Ok(bytes.to_vec()),
        None => (options.read)(&candidate.path, options.max_file_size),
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(err) => {
            return match too_large_len(&err) {
                Some(len) => {
                    let head = match &stdin {
                        Some(bytes) => bytes[..bytes.len().min(4096)].to_vec(),
                        None => read_head(&candidate.path, 4096),
                    };
                    match syntax {
                        Some(_) => document_too_large(candidate, len, &head, options),
                        None => export_too_large(candidate, len, &head, options),
                    }
                }
                None => Processed::Skipped(SkipReason::Unreadable(err.to_string())),
            };
        }
    };
    if bytes.is_empty() {
        return Processed::Skipped(SkipReason::Empty);
    }
    let Some(syntax) = syntax else {
        return process_export(candidate, bytes);
    };
    // A file on disk keeps where it came from rather than its text, which the reports read
    // again for the files they show; the standard input cannot be read again.
    let origin = stdin
        .is_none()
        .then(|| Origin::new(candidate.path.clone(), &bytes, Decoder::Document));
    let keep = |text: String, encoding: &'static str| match origin {
        Some(origin) => SourceFile::released(candidate.display.clone(), origin, encoding),
        None => SourceFile::new(candidate.display.clone(), text, encoding),
    };
    // Plain UTF-8, the usual case, becomes the text without a copy.
    let (decoded, bytes) = match decode::plain_utf8(bytes) {
        Ok(decoded) => (Ok(decoded), Vec::new()),
        Err(bytes) => (decode::decode(&bytes), bytes),
    };
    let decoded = match decoded {
        Ok(decoded) => decoded,
        Err(err) => {
            if !mentions_cmslint(&err.lossy.text)
                && !mentions_cmslint(&String::from_utf8_lossy(&bytes))
            {
                return Processed::Skipped(SkipReason::NotInventory);
            }
            let source = keep(err.lossy.text, err.lossy.encoding);
            return unparseable(source, err.offset, err.message);
        }
    };
    if decoded.text.trim().is_empty() {
        return Processed::Skipped(SkipReason::Empty);
    }
    let decode::Decoded { text, encoding } = decoded;
    let documents = match syntax.parse(&text, options.limits) {
        Ok(documents) => documents,
        Err(err) => {
            if !mentions_cmslint(&text) {
                return Processed::Skipped(SkipReason::NotInventory);
            }
            let message = match syntax {
                Syntax::Json => msg!("invalid-json", error = err.message),
                Syntax::Yaml => msg!("scan-invalid-yaml", error = err.message),
            };
            return unparseable_with_help(keep(text, encoding), err.range.start, message, err.help);
        }
    };
    let source = keep(text, encoding);
    // Documents that lost their marker are inventories too: the schema check reports it.
    let documents: Vec<Node> = documents.into_iter().filter(schema::is_inventory).collect();
    if documents.is_empty() {
        return Processed::Skipped(SkipReason::NotInventory);
    }
    let mut issues = Vec::new();
    for doc in &documents {
        if let Err(err) = doc.check_numbers() {
            issues.push(Issue::new("INV001", err.range, err.message));
            continue;
        }
        for violation in schema::check_numbered(doc) {
            issues.push(Issue {
                entity: crate::model::entity_at_pointer(doc, &violation.pointer),
                related: violation.related.into_iter().collect(),
                help: violation.help,
                ..Issue::new("INV002", violation.range, violation.message)
            });
        }
    }
    Processed::Checked {
        source,
        documents: documents
            .into_iter()
            .map(|doc| document(file, doc))
            .collect(),
        issues,
        export: None,
    }
}

/// INV001 for an inventory over the size limit, when its head mentions `cmslint`.
fn document_too_large<D>(
    candidate: &Candidate,
    len: u64,
    head: &[u8],
    options: &ScanOptions,
) -> Processed<D> {
    let text = String::from_utf8_lossy(head).into_owned();
    if !mentions_cmslint(&text) {
        return Processed::Skipped(SkipReason::NotInventory);
    }
    too_large_file(candidate, len, text, options)
}

/// INV001 for a raw export over the size limit, when its head is recognised.
fn export_too_large<D>(
    candidate: &Candidate,
    len: u64,
    head: &[u8],
    options: &ScanOptions,
) -> Processed<D> {
    let text = match decode::export_candidates(head) {
        Ok(decoded) => decoded.into_iter().next().map(|d| d.text),
        Err(err) => Some(err.lossy.text),
    };
    match text.filter(|t| exports::recognise(t).is_some()) {
        Some(text) => too_large_file(candidate, len, text, options),
        None => Processed::Skipped(SkipReason::UnrecognizedContent),
    }
}

/// A file that is not JSON or YAML: a raw export when its content is recognised (in UTF-8,
/// UTF-16 with BOM or an OEM code page), otherwise skipped and counted.
fn process_export<D>(candidate: &walk::Candidate, bytes: Vec<u8>) -> Processed<D> {
    let unrecognized = Processed::Skipped(SkipReason::UnrecognizedContent);
    // Only where it came from is kept of the text, as for a document.
    let released = |encoding: &'static str| {
        let origin = Origin::new(candidate.path.clone(), &bytes, Decoder::Export);
        SourceFile::released(candidate.display.clone(), origin, encoding)
    };
    let decodings = match decode::export_candidates(&bytes) {
        Ok(decodings) => decodings,
        Err(err) => {
            if exports::recognise(&err.lossy.text).is_none() {
                return unrecognized;
            }
            return unparseable(released(err.lossy.encoding), err.offset, err.message);
        }
    };
    for decoded in decodings {
        if decoded.text.trim().is_empty() {
            return Processed::Skipped(SkipReason::Empty);
        }
        let Some(format) = exports::recognise(&decoded.text) else {
            continue;
        };
        let read = exports::read(&decoded.text);
        let source = released(decoded.encoding);
        return match read {
            Some(Ok(export)) => Processed::Checked {
                issues: multivalued_issue(&export).into_iter().collect(),
                source,
                documents: Vec::new(),
                export: Some(export),
            },
            Some(Err(err)) => {
                let (format, error) = (format.describe(), err.message);
                let message = msg!("scan-export-unreadable", format = format, error = error);
                unparseable(source, err.offset, message)
            }
            None => unrecognized,
        };
    }
    unrecognized
}

/// INV009: the Export-Csv cells that hold a type name instead of values, one finding per file
/// with a label on the first such cell of each column.
fn multivalued_issue(export: &Export) -> Option<Issue> {
    let mut columns: Vec<&(String, exports::Field)> = Vec::new();
    for cell in &export.multivalued {
        if !columns.iter().any(|c| c.0 == cell.0) {
            columns.push(cell);
        }
    }
    let ((first_column, first), rest) = columns.split_first()?;
    let names = || crate::words::code_list(columns.iter().map(|(c, _)| c.as_str()));
    let joins: Vec<String> = columns
        .iter()
        .map(|(c, _)| format!("@{{n='{c}';e={{$_.{c} -join ';'}}}}"))
        .collect();
    let command = format!("Select-Object Identity,{} | Export-Csv", joins.join(","));
    let lost = |column: &str| msg!("inv009-label-values-lost", column = column);
    let note = msg!("inv009-note", type_name = &first.text, columns = names());
    Some(Issue {
        label: Some(lost(first_column)),
        related: rest
            .iter()
            .map(|(c, cell)| (cell.range.clone(), lost(c)))
            .collect(),
        notes: vec![note],
        help: Some(msg!("inv009-help", command = command)),
        ..Issue::new(
            "INV009",
            first.range.clone(),
            match rest {
                [] => msg!("inv009-message-one", columns = names()),
                _ => msg!("inv009-message-many", columns = names()),
            },
        )
    })
}

/// The standard input is one JSON document when its first character (after a BOM and blanks)
/// is `{`, and YAML otherwise (YAML reads most JSON too, but JSON errors are clearer).
fn stdin_syntax(bytes: &[u8]) -> Syntax {
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Syntax::Json,
        _ => Syntax::Yaml,
    }
}

/// The name of the folder a file lies in (the cluster's name when no document names it).
fn folder_name(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parent = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
    parent
        .file_name()
        .map(|n| n.to_os_string())
        .or_else(|| {
            std::fs::canonicalize(&parent)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_os_string()))
        })
        .map_or(String::new(), |n| n.to_string_lossy().into_owned())
}

fn read_head(path: &Path, limit: u64) -> Vec<u8> {
    let mut head = Vec::new();
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(limit).read_to_end(&mut head);
    }
    head
}

/// Whether a text that failed to parse mentions the top-level key `cmslint` (so that the
/// failure is reported rather than the file skipped as some other JSON or YAML): the word as a
/// key: after a line start, brace or comma (blanks and quotes aside), and before a colon.
fn mentions_cmslint(text: &str) -> bool {
    text.match_indices("cmslint").any(|(at, word)| {
        let before = text[..at]
            .trim_end_matches(['"', '\'', ' ', '\t', '\r'])
            .chars()
            .next_back();
        let key_start = before.is_none_or(|c| matches!(c, '\n' | '{' | ',' | '\u{feff}'));
        let after = text[at + word.len()..].trim_start_matches(['"', '\'']);
        key_start && after.trim_start_matches([' ', '\t']).starts_with(':')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Scans a folder holding `files` (name, bytes).
    fn scan_files(files: &[(&str, &[u8])]) -> Scanned {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in files {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
        scan(
            &[dir.path().to_path_buf()],
            dir.path(),
            &ScanOptions::default(),
        )
        .unwrap()
    }

    /// Across several chunks of files, every document reaches `take` once, in walk order, with
    /// the id of its own file; skipped files take no id's documents and are still listed.
    #[test]
    fn documents_are_handed_on_in_walk_order_across_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let count = 2 * CHUNK + 5;
        for i in 0..count {
            let text = if i % 7 == 3 {
                "name: not an inventory\n".to_owned()
            } else {
                format!("cmslint: 1\nservers: [{{name: S{i:05}}}]\n")
            };
            std::fs::write(dir.path().join(format!("f{i:05}.yaml")), text).unwrap();
        }
        let options = ScanOptions {
            threads: 2,
            ..ScanOptions::default()
        };
        let mut taken = Vec::new();
        let name = |doc: &Node| {
            doc.get("servers").unwrap().items()[0]
                .get("name")
                .unwrap()
                .scalar_text()
        };
        let scanned = scan_with(
            &[dir.path().to_path_buf()],
            dir.path(),
            &options,
            None,
            |file, doc| (file, name(&doc)),
            |file, candidate, made| taken.push((file, candidate.display.clone(), made)),
        )
        .unwrap();
        let expected: Vec<usize> = (0..count).filter(|i| i % 7 != 3).collect();
        assert_eq!(taken.len(), expected.len());
        for ((file, path, (made_for, name)), i) in taken.iter().zip(&expected) {
            assert_eq!(path, &format!("f{i:05}.yaml"));
            assert_eq!(made_for, file);
            assert_eq!(scanned.sources.get(*file).path, *path);
            assert_eq!(name.as_deref(), Some(format!("S{i:05}").as_str()));
        }
        assert_eq!(scanned.files.len(), count);
        assert_eq!(scanned.checked(), expected.len());
    }

    /// The size limit, kept by the read: a file over it is not read, and only an inventory or a
    /// recognised export is reported (INV001, with its head shown); one at the limit is read.
    #[test]
    fn files_over_the_size_limit_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join("at.yaml");
        std::fs::write(&at, b"cmslint: 1\n").unwrap();
        assert_eq!(read_file(&at, 11).unwrap(), b"cmslint: 1\n");
        let over = read_file(&at, 10).unwrap_err();
        assert_eq!(over.kind(), std::io::ErrorKind::FileTooLarge);
        assert_eq!(too_large_len(&over), Some(11));
        assert_eq!(too_large_len(&std::io::Error::other("x")), None);

        const SYSTEMINFO: &[u8] = b"Host Name:                 EXNODE1\r\n\
            OS Name:                   Microsoft Windows Server 2003 R2 Enterprise x64 Edition\r\n\
            OS Version:                5.2.3790 Service Pack 2 Build 3790\r\n";
        const BIG: &[u8] = b"cmslint: 1\nservers: []\n";
        let files: [(&str, &[u8]); 4] = [
            ("big.yaml", BIG),
            ("other.yaml", b"name: not an inventory at all\n"),
            ("node.txt", SYSTEMINFO),
            (
                "notes.txt",
                b"nothing an export would say, only notes about the change\n",
            ),
        ];
        for (name, bytes) in files {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
        std::fs::remove_file(&at).unwrap();
        let options = ScanOptions {
            max_file_size: 20,
            ..ScanOptions::default()
        };
        let scanned = scan(&[dir.path().to_path_buf()], dir.path(), &options).unwrap();
        let statuses: Vec<(&str, &FileStatus)> = scanned
            .files
            .iter()
            .map(|f| (f.path.as_str(), &f.status))
            .collect();
        assert_eq!(
            statuses,
            [
                ("big.yaml", &FileStatus::Checked),
                ("node.txt", &FileStatus::Checked),
                (
                    "notes.txt",
                    &FileStatus::Skipped(SkipReason::UnrecognizedContent)
                ),
                ("other.yaml", &FileStatus::Skipped(SkipReason::NotInventory)),
            ]
        );
        let found: Vec<(&str, String)> = scanned
            .findings
            .iter()
            .map(|f| (f.code, f.texts(Lang::En).message))
            .collect();
        let over = |len: usize| {
            format!("the file is {len} bytes, over the limit of 20 bytes; it was not read")
        };
        assert_eq!(
            found,
            [
                ("INV001", over(BIG.len())),
                ("INV001", over(SYSTEMINFO.len()))
            ]
        );
    }

    #[test]
    fn unparseable_files_are_said_in_japanese() {
        let deep = format!("{{\"cmslint\": 1, \"a\": {}}}", "[".repeat(200));
        let scanned = scan_files(&[
            ("a.yaml", b"cmslint: 1\nservers:\n\t- name: A\n"),
            ("b.json", deep.as_bytes()),
            ("c.yaml", b"cmslint: 1\nname: \xff\n"),
            ("d.yaml", b"cmslint: 1\nn: 1e999\n"),
            ("e.json", b"{\"cmslint\": 1, \"n\": 1e999}"),
        ]);
        let texts: Vec<(&str, Option<String>)> = scanned
            .findings
            .iter()
            .map(|f| {
                let texts = f.texts(Lang::Ja);
                (
                    f.code,
                    Some(texts.message)
                        .into_iter()
                        .chain(texts.help)
                        .reduce(|m, h| format!("{m} / {h}")),
                )
            })
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "INV001",
                    Some(
                        "YAML として解析できない: この行はタブでインデントされている / YAML のインデントにはスペースを使う。タブをスペースに置き換える"
                            .to_string()
                    )
                ),
                (
                    "INV001",
                    Some("JSON として解析できない: 入れ子が 128 階層を超えている".to_string())
                ),
                (
                    "INV001",
                    Some("UTF-8 として無効である (バイト 0xFF)".to_string())
                ),
                // The parser's own words are quoted as they are.
                (
                    "INV001",
                    Some(
                        "YAML として解析できない: non-finite float `1e999` rejected by the configured policy"
                            .to_string()
                    )
                ),
                ("INV001", Some("数値 `1e999` が範囲外である".to_string())),
            ]
        );
    }

    /// INV009 names every column in both languages, and its help gives the same command.
    #[test]
    fn multivalued_columns_are_named_in_each_language() {
        let mv = "Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]";
        let csv = format!(
            "#TYPE Deserialized.Microsoft.Exchange.Management.SystemConfigurationTasks.ClusteredMailboxServerStatus\r\n\"Identity\",\"State\",\"OperationalMachines\",\"RedundantMachines\"\r\n\"EXCMS02\",\"Online\",\"{mv}\",\"{mv}\"\r\n"
        );
        let scanned = scan_files(&[("cms.csv", csv.as_bytes())]);
        let [finding] = scanned.findings.as_slice() else {
            panic!("{:#?}", scanned.findings);
        };
        assert_eq!(finding.code, "INV009");
        let command = "`Select-Object Identity,@{n='OperationalMachines';e={$_.OperationalMachines -join ';'}},@{n='RedundantMachines';e={$_.RedundantMachines -join ';'}} | Export-Csv`";
        let en = finding.texts(Lang::En);
        assert_eq!(
            en.message,
            "the columns `OperationalMachines`, `RedundantMachines` hold a type name instead of their values"
        );
        assert_eq!(
            (en.label.as_str(), en.labels.as_slice()),
            (
                "the values of `OperationalMachines` are lost",
                &["the values of `RedundantMachines` are lost".to_string()][..]
            )
        );
        assert_eq!(
            en.notes,
            [format!(
                "Export-Csv writes a multi-valued property as its type name (`{mv}`), so cmslint treats `OperationalMachines`, `RedundantMachines` as unknown"
            )]
        );
        assert_eq!(
            en.help,
            Some(format!("export the values joined into one text: {command}"))
        );
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "列 `OperationalMachines`、`RedundantMachines` に値ではなく型名が入っている"
        );
        assert_eq!(ja.label, "`OperationalMachines` の値が失われている");
        assert_eq!(
            ja.notes,
            [format!(
                "Export-Csv は複数値プロパティを型名 (`{mv}`) として書き出すため、cmslint は `OperationalMachines`、`RedundantMachines` を不明として扱う"
            )]
        );
        assert_eq!(
            ja.help,
            Some(format!(
                "値を 1 つのテキストに連結してエクスポートする: {command}"
            ))
        );
    }

    #[test]
    fn skipped_files_say_why_in_japanese() {
        let scanned = scan_files(&[
            ("a.yaml", b""),
            ("b.yaml", b"name: ci\n"),
            ("c.txt", b"hello\n"),
        ]);
        let reasons: Vec<(&str, String)> = scanned
            .files
            .iter()
            .map(|f| match &f.status {
                FileStatus::Skipped(reason) => {
                    (f.path.as_str(), reason.describe().render(Lang::Ja))
                }
                FileStatus::Checked => (f.path.as_str(), String::new()),
            })
            .collect();
        assert_eq!(
            reasons,
            [
                ("a.yaml", "空のファイル".to_string()),
                (
                    "b.yaml",
                    "インベントリではない (最上位に `cmslint` キーがない)".to_string()
                ),
                (
                    "c.txt",
                    "インベントリ ドキュメントでも、認識できるエクスポートでもない".to_string()
                ),
            ]
        );
        let reason = SkipReason::Unreadable("permission denied".into());
        assert_eq!(
            reason.describe().render(Lang::En),
            "could not be read: permission denied"
        );
        assert_eq!(
            reason.describe().render(Lang::Ja),
            "読み取れなかった: permission denied"
        );
    }

    #[test]
    fn mentions_of_the_marker() {
        assert!(mentions_cmslint("cmslint: 1\n"));
        assert!(mentions_cmslint("{\"cmslint\": 1,"));
        assert!(mentions_cmslint("  \"cmslint\" : 1"));
        assert!(!mentions_cmslint("run: cmslint check ."));
        assert!(!mentions_cmslint("{\"name\": \"x\"}"));
        assert!(mentions_cmslint("{\"a\": 1, \"cmslint\": 1"));
        assert!(!mentions_cmslint("image: cmslint:latest"));
    }
}
