//! Raw exports: the text that `cluster.exe`, the Exchange Management Shell, `systeminfo` and
//! WMI print, recognised by content (never by file name) and read into facts that carry their
//! byte ranges. One parser per format; [`associate`] turns one folder's facts into claims about
//! its cluster in the model's terms, and [`merge`] folds them into the inventory built from the
//! documents. The model knows nothing of exports. Format facts: `docs/exports.md`.

pub mod associate;
mod csvfile;
mod list;
mod merge;
mod os;
mod record;
mod systeminfo;
mod table;
mod text;
mod wmic;

pub use merge::merge;
pub use os::{Missing, OsReading};
pub use record::{Fact, Machine, Record};
pub use table::{TableKind, TableRow};

use crate::i18n::Message;
use crate::msg;
use std::ops::Range;

/// A value read from an export and the byte range it came from in the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub text: String,
    pub range: Range<usize>,
}

impl Field {
    pub fn new(text: impl Into<String>, range: Range<usize>) -> Self {
        Field {
            text: text.into(),
            range,
        }
    }
}

/// Which kind of export a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A fixed-width `cluster.exe` table, or the `Format-Table` listing of ExSetup's version.
    Table(TableKind),
    /// `Format-List` records of the Exchange cmdlets or of a FileVersionInfo.
    FormatList,
    /// `Export-Csv` of the Exchange cmdlets or of WMI, or `systeminfo /fo csv`.
    Csv,
    /// `systeminfo` in its default list form.
    SystemInfo,
    /// `wmic ... /format:list`: `Name=value` lines.
    WmicList,
}

impl Format {
    /// Every format, each with its own parser (for driving each parser, as the fuzz targets do).
    pub const ALL: [Format; 8] = [
        Format::Csv,
        Format::Table(TableKind::Group),
        Format::Table(TableKind::Node),
        Format::Table(TableKind::Resource),
        Format::Table(TableKind::ExSetup),
        Format::FormatList,
        Format::SystemInfo,
        Format::WmicList,
    ];

    /// What the export is, as a message names it (`` `cluster group` table ``).
    pub fn describe(self) -> Message {
        match self {
            Format::Table(TableKind::Group) => msg!("exports-format-group-table"),
            Format::Table(TableKind::Node) => msg!("exports-format-node-table"),
            Format::Table(TableKind::Resource) => msg!("exports-format-resource-table"),
            Format::Table(TableKind::ExSetup) => msg!("exports-format-exsetup-table"),
            Format::FormatList => msg!("exports-format-format-list"),
            Format::Csv => msg!("exports-format-csv"),
            Format::SystemInfo => msg!("exports-format-systeminfo"),
            Format::WmicList => msg!("exports-format-wmic"),
        }
    }
}

/// One recognised export, read.
#[derive(Debug, Clone)]
pub struct Export {
    pub format: Format,
    pub facts: Vec<Fact>,
    /// Export-Csv cells that hold a type name instead of values (INV009), with their column.
    pub multivalued: Vec<(String, Field)>,
}

/// A recognised export that cannot be read: where and why (INV001).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub offset: usize,
    pub message: Message,
}

impl ReadError {
    pub fn new(offset: usize, message: Message) -> Self {
        ReadError { offset, message }
    }
}

/// Whether a text is a recognised export, without reading it whole.
pub fn recognise(text: &str) -> Option<Format> {
    if csvfile::recognise(text) {
        Some(Format::Csv)
    } else if let Some(kind) = table::recognise(text) {
        Some(Format::Table(kind))
    } else if list::recognise(text) {
        Some(Format::FormatList)
    } else if systeminfo::recognise(text) {
        Some(Format::SystemInfo)
    } else if wmic::recognise(text) {
        Some(Format::WmicList)
    } else {
        None
    }
}

/// Recognises and reads an export. `None`: the text is not an export cmslint knows.
pub fn read(text: &str) -> Option<Result<Export, ReadError>> {
    recognise(text).map(|format| read_as(text, format))
}

/// Reads a text with the parser of the given format, whether or not [`recognise`] would pick
/// it: what [`read`] does once the format is known (the fuzz targets drive each parser this way).
pub fn read_as(text: &str, format: Format) -> Result<Export, ReadError> {
    let records = |records: Result<Vec<Record>, ReadError>| {
        records.map(|records| Export {
            format,
            facts: records.iter().filter_map(record::interpret).collect(),
            multivalued: Vec::new(),
        })
    };
    match format {
        Format::Csv => csvfile::read(text).map(|(facts, multivalued)| Export {
            format,
            facts,
            multivalued,
        }),
        Format::Table(kind) => table::read(text, kind).map(|facts| Export {
            format,
            facts,
            multivalued: Vec::new(),
        }),
        Format::FormatList => records(list::read(text)),
        Format::SystemInfo => records(systeminfo::read(text)),
        Format::WmicList => records(wmic::read(text)),
    }
}

/// The node a per-node export's file name names: the longest of `nodes` that the file name
/// starts with, followed by `-`, `_` or `.` (`EXNODE1-exsetup.txt`, `EXNODE1.exsetup.txt`,
/// `MB-EX75-N1_exsetup.txt`), compared without case. Node names may hold hyphens, so the name
/// is never cut at the first one.
pub fn host_in_file_name<'a>(
    file_name: &str,
    nodes: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    nodes
        .into_iter()
        .filter(|node| {
            let node = crate::model::computer_name(node);
            !node.is_empty()
                && file_name
                    .get(..node.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(node))
                && file_name[node.len()..].starts_with(['-', '_', '.'])
        })
        .max_by_key(|node| crate::model::computer_name(node).len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hosts_from_file_names() {
        let nodes = [
            "EXNODE1",
            "EXNODE10",
            "MB-EX75-N1",
            "MB",
            "exnode2.contoso.com",
        ];
        for (file, host) in [
            ("EXNODE1-exsetup.txt", Some("EXNODE1")),
            ("exnode1.exsetup.txt", Some("EXNODE1")),
            ("EXNODE10_os.csv", Some("EXNODE10")),
            ("MB-EX75-N1-exsetup.txt", Some("MB-EX75-N1")),
            ("MB-EX75-N2-exsetup.txt", Some("MB")),
            ("EXNODE2-systeminfo.txt", Some("exnode2.contoso.com")),
            ("EXNODE1exsetup.txt", None),
            ("wmi-os.txt", None),
            (".txt", None),
        ] {
            assert_eq!(host_in_file_name(file, nodes), host, "{file}");
        }
    }

    #[test]
    fn unrelated_text_is_not_an_export() {
        for text in [
            "not an inventory\n",
            "# Notes\n\nName: value\n",
            "a,b,c\n1,2,3\n",
            "Name  State\n----  -----\nfoo   bar\n",
            "",
        ] {
            assert_eq!(recognise(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn no_input_panics(text in "\\PC*") {
            let _ = read(&text);
        }

        #[test]
        fn no_export_shaped_input_panics(
            lines in proptest::collection::vec(
                prop_oneof![
                    Just("Group                Node            Status".to_string()),
                    Just("-------------------- --------------- ------".to_string()),
                    Just("#TYPE Microsoft.Exchange.Data.Directory.Management.ExchangeServer".to_string()),
                    Just("\"Name\",\"AdminDisplayVersion\"".to_string()),
                    Just("OperationalMachines : {EXNODE1 <Active>, ".to_string()),
                    Just("Host Name:                 EXNODE1".to_string()),
                    Just("OS Version:                5.2.3790 Service Pack 2 Build 3790".to_string()),
                    "[ -~]{0,60}",
                    "\\PC{0,30}",
                ],
                0..12,
            ),
            crlf in any::<bool>(),
        ) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            let _ = read(&text);
        }
    }
}
