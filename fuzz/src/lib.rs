//! What the fuzz targets share: a one-file tree whose file the scan reads through its read
//! seam (`ScanOptions::read`), so that each input goes through the real scan without being
//! written to disk, and the span checks every target makes on what comes back.

use cmslint::engine::Finding;
use cmslint::scan::{ScanOptions, Scanned};
use cmslint::source::{FileId, Sources};
use cmslint::syntax::Node;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// The bytes the read seam hands out for the tree's one file.
static INPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// A folder (made once per process) holding one file called `name`. The file on disk holds
/// one byte so that the walk does not skip it as empty; its content is the fuzz input.
pub fn one_file_tree(name: &str) -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT
        .get_or_init(|| std::env::temp_dir().join(format!("cmslint-fuzz-{}", std::process::id())));
    let dir = root.join(name.replace('.', "-"));
    let file = dir.join(name);
    if !file.exists() {
        std::fs::create_dir_all(&dir).expect("creating the fuzz tree");
        std::fs::write(&file, b"x").expect("writing the fuzz tree's file");
    }
    dir
}

/// Scan options whose read seam returns `data` for every file, on one worker thread.
pub fn scan_options(data: &[u8]) -> ScanOptions {
    *INPUT.lock().unwrap_or_else(|e| e.into_inner()) = data.to_vec();
    ScanOptions {
        read: |_, max| {
            let data = INPUT.lock().unwrap_or_else(|e| e.into_inner()).clone();
            match data.len() as u64 {
                len if len > max => Err(cmslint::scan::too_large(len)),
                _ => Ok(data),
            }
        },
        threads: 1,
        ..ScanOptions::default()
    }
}

/// Scans a one-file tree whose file is called `name` and holds `data`, turning each inventory
/// document into a `D` and handing it to `take` as `cmslint::scan::scan_with` does.
pub fn scan_one<D: Send>(
    name: &str,
    data: &[u8],
    document: impl Fn(FileId, &Node) -> D + Sync,
    mut take: impl FnMut(D) + Send,
) -> Scanned {
    let dir = one_file_tree(name);
    cmslint::scan::scan_with(
        std::slice::from_ref(&dir),
        &dir,
        &scan_options(data),
        None,
        |file, doc| document(file, &doc),
        |_, _, doc| take(doc),
    )
    .expect("the fuzz tree exists")
}

/// Reads again, through the read seam, the text of the files a scan's findings point into.
pub fn restore(scanned: &mut Scanned) {
    let files = (scanned.findings.iter())
        .flat_map(|f| std::iter::once(&f.primary).chain(&f.secondary))
        .map(|label| label.span.file());
    let options = ScanOptions {
        read: |_, _| Ok(INPUT.lock().unwrap_or_else(|e| e.into_inner()).clone()),
        threads: 1,
        ..ScanOptions::default()
    };
    cmslint::scan::restore(&mut scanned.sources, files, &options);
}

/// Every span of every finding lies inside its file's text, on character boundaries. The text
/// must be known: read again after a scan ([`restore`]), as the check does for its findings.
pub fn assert_spans(sources: &Sources, findings: &[Finding]) {
    for finding in findings {
        for label in std::iter::once(&finding.primary).chain(&finding.secondary) {
            let text = sources
                .get(label.span.file())
                .text()
                .expect("the text of a finding's file is known");
            let range = label.span.range();
            assert!(
                range.start <= range.end
                    && range.end <= text.len()
                    && text.is_char_boundary(range.start)
                    && text.is_char_boundary(range.end),
                "{} has the span {range:?} in a text of {} bytes",
                finding.code,
                text.len()
            );
        }
    }
}

/// What the loader targets run: one inventory file called `name` holding `data`, scanned and
/// modelled as the check does it, with every finding's span checked.
pub fn load(name: &str, data: &[u8]) {
    let mut builder = cmslint::model::Builder::default();
    let mut scanned = scan_one(name, data, cmslint::model::document, |part| {
        builder.add_part(part);
    });
    restore(&mut scanned);
    assert_spans(&scanned.sources, &scanned.findings);
    let _ = builder.finish();
}
