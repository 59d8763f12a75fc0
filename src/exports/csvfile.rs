//! Export-Csv files (the Exchange cmdlets, Win32_OperatingSystem, FileVersionInfo) and
//! `systeminfo /fo csv`, read with the csv crate. An optional first line `#TYPE <type>` names
//! the object type (`Deserialized.` and `Selected.` stripped); otherwise the header columns tell
//! what the file holds. Export-Csv writes the type name of a multi-valued property instead of
//! its values; such cells are collected (INV009) and the property is left unknown.

use super::record::{self, Fact, Prop, Record};
use super::systeminfo;
use super::{Field, ReadError};
use std::ops::Range;

/// Object types whose Export-Csv cmslint reads (the last part of the `#TYPE` name).
const KNOWN_TYPES: [&str; 5] = [
    "exchangeserver",
    "mailboxserver",
    "clusteredmailboxserverstatus",
    "win32_operatingsystem",
    "fileversioninfo",
];

/// Columns that name a property cmslint reads.
const KNOWN_COLUMNS: [&str; 10] = [
    "operationalmachines",
    "clusteredmailboxservername",
    "clusteredstoragetype",
    "redundantmachines",
    "admindisplayversion",
    "ismemberofcluster",
    "fileversion",
    "os version",
    "caption",
    "servicepackmajorversion",
];

/// systeminfo /fo csv has this many columns or more (about 25-30, depending on the version).
const SYSTEMINFO_COLUMNS: usize = 10;

/// The object type of a `#TYPE` line, without the prefixes that remoting and Select-Object add.
fn type_name(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("#TYPE")?.trim();
    let rest = rest.strip_prefix("Deserialized.").unwrap_or(rest);
    let rest = rest.strip_prefix("Selected.").unwrap_or(rest);
    Some(rest.to_string())
}

fn known_type(name: &str) -> bool {
    let last = name
        .rsplit(['.', '\\', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    KNOWN_TYPES.contains(&last.as_str())
}

/// Whether a cell holds a type name instead of values.
fn is_type_name(cell: &str) -> bool {
    let cell = cell.trim();
    cell.starts_with("Microsoft.Exchange.Data.MultiValuedProperty")
        || cell.starts_with("Microsoft.Exchange.Data.Directory.ADMultiValuedProperty")
        || (cell.starts_with("System.")
            && cell.ends_with("[]")
            && !cell.contains(char::is_whitespace))
}

/// Byte ranges of the values of the record that starts at `start` (inside the quotes of a
/// quoted value).
fn field_ranges(text: &str, start: usize, count: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(count);
    // A record's position can be the line break that ended the record before it.
    let mut i = start;
    while matches!(bytes.get(i), Some(b'\r' | b'\n')) {
        i += 1;
    }
    while out.len() < count && i <= bytes.len() {
        if bytes.get(i) == Some(&b'"') {
            let from = i + 1;
            let mut j = from;
            loop {
                match bytes.get(j) {
                    None => break,
                    Some(b'"') if bytes.get(j + 1) == Some(&b'"') => j += 2,
                    Some(b'"') => break,
                    Some(_) => j += 1,
                }
            }
            out.push(from..j.min(bytes.len()));
            i = j + 1;
            while i < bytes.len() && !matches!(bytes[i], b',' | b'\n' | b'\r') {
                i += 1;
            }
        } else {
            let from = i;
            while i < bytes.len() && !matches!(bytes[i], b',' | b'\n' | b'\r') {
                i += 1;
            }
            out.push(from..i);
        }
        if bytes.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    while out.len() < count {
        out.push(i.min(bytes.len())..i.min(bytes.len()));
    }
    out
}

/// A CSV record: its values with their byte ranges.
struct Row {
    values: Vec<Field>,
}

fn rows(text: &str, body: usize) -> impl Iterator<Item = Result<Row, ReadError>> + '_ {
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(&text.as_bytes()[body..]);
    reader.into_records().map(move |record| match record {
        Ok(record) => {
            let start = body + record.position().map_or(0, |p| p.byte() as usize);
            let ranges = field_ranges(text, start, record.len());
            Ok(Row {
                values: record
                    .iter()
                    .zip(ranges)
                    .map(|(value, range)| Field::new(value, range))
                    .collect(),
            })
        }
        Err(err) => {
            let mut at = err.position().map_or(body, |p| body + p.byte() as usize);
            while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
                at += 1;
            }
            let message = match err.kind() {
                &csv::ErrorKind::UnequalLengths {
                    expected_len: header,
                    len: count,
                    ..
                } => crate::msg!("exports-csv-row-length", count = count, header = header),
                _ => crate::msg!("exports-csv-invalid", error = err.to_string()),
            };
            Err(ReadError::new(at.min(text.len()), message))
        }
    })
}

/// What the head of a CSV text says: the `#TYPE`, where the records start, the header names
/// (`None` for a systeminfo CSV written without one), and whether cmslint reads it.
struct Head {
    body: usize,
    columns: Option<Vec<String>>,
    known: bool,
}

fn head(text: &str) -> Option<Head> {
    let lead = text.len() - text.trim_start().len();
    let first_line = text[lead..].lines().next()?;
    let (type_name, body) = match type_name(first_line) {
        Some(name) => {
            let end = text[lead..].find('\n').map_or(text.len(), |i| lead + i + 1);
            (Some(name), end)
        }
        None => (None, lead),
    };
    let mut rows = rows(text, body);
    let header = rows.next()?.ok()?;
    let names: Vec<String> = header
        .values
        .iter()
        .map(|v| v.text.trim().to_string())
        .collect();
    if names.len() < 2 && type_name.is_none() {
        return None;
    }
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let by_columns = lower.iter().any(|n| KNOWN_COLUMNS.contains(&n.as_str()))
        || (lower.iter().any(|n| n == "version")
            && lower
                .iter()
                .any(|n| ["buildnumber", "csdversion", "producttype"].contains(&n.as_str())));
    // systeminfo /fo csv with localised headers, or without any (/nh).
    let looks_like_systeminfo = |row: &Row| {
        row.values.len() >= SYSTEMINFO_COLUMNS && systeminfo::is_os_version(&row.values[2].text)
    };
    if names.len() >= SYSTEMINFO_COLUMNS && systeminfo::is_os_version(&names[2]) {
        return Some(Head {
            body,
            columns: None,
            known: true,
        });
    }
    let systeminfo = !by_columns
        && names.len() >= SYSTEMINFO_COLUMNS
        && rows
            .next()
            .and_then(Result::ok)
            .is_some_and(|r| looks_like_systeminfo(&r));
    let known = by_columns || systeminfo || type_name.as_deref().is_some_and(known_type);
    Some(Head {
        body,
        columns: Some(names),
        known,
    })
}

pub fn recognise(text: &str) -> bool {
    let trimmed = text.trim_start();
    (trimmed.starts_with("#TYPE")
        || trimmed.starts_with('"')
        || trimmed.lines().next().is_some_and(|l| l.contains(',')))
        && head(text).is_some_and(|h| h.known)
}

/// The facts of a CSV export and its cells that hold a type name instead of values.
pub type Read = (Vec<Fact>, Vec<(String, Field)>);

pub fn read(text: &str) -> Result<Read, ReadError> {
    let Some(head) = head(text) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let mut rows = rows(text, head.body);
    let columns = match head.columns {
        Some(columns) => {
            rows.next();
            columns
        }
        None => Vec::new(),
    };
    let mut facts = Vec::new();
    let mut multivalued = Vec::new();
    for row in rows {
        let row = row?;
        // `systeminfo /fo csv >> file` run for several hosts repeats the header row before
        // each: a row equal to the header row is a header.
        if !columns.is_empty()
            && row.values.len() == columns.len()
            && row
                .values
                .iter()
                .zip(&columns)
                .all(|(v, c)| v.text.trim() == c)
        {
            continue;
        }
        let mut record = Record::default();
        for (i, mut value) in row.values.into_iter().enumerate() {
            let name = match columns.get(i) {
                Some(name) => name.clone(),
                None => systeminfo::FIRST_THREE
                    .get(i)
                    .map_or_else(|| format!("Column{}", i + 1), |n| n.to_string()),
            };
            if is_type_name(&value.text) {
                multivalued.push((name.clone(), value.clone()));
                value.text.clear();
            }
            record.props.push(Prop { name, value });
        }
        if record.props.iter().all(|p| p.value.text.is_empty()) {
            continue;
        }
        if record.props.len() >= SYSTEMINFO_COLUMNS {
            systeminfo::canonical(&mut record);
        }
        facts.extend(record::interpret(&record));
    }
    Ok((facts, multivalued))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMS: &str = "#TYPE Deserialized.Microsoft.Exchange.Management.SystemConfigurationTasks.ClusteredMailboxServerStatus\r\n\"Identity\",\"ClusteredMailboxServerName\",\"State\",\"OperationalMachines\"\r\n\"EXCMS02\",\"EXCMS02.contoso.com\",\"Online\",\"Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]\"\r\n";

    #[test]
    fn type_line_columns_and_multivalued_cells() {
        assert!(recognise(CMS));
        let (facts, multivalued) = read(CMS).unwrap();
        assert_eq!(multivalued.len(), 1);
        assert_eq!(multivalued[0].0, "OperationalMachines");
        let cell = &multivalued[0].1;
        assert_eq!(&CMS[cell.range.clone()], cell.text);
        match &facts[0] {
            Fact::CmsStatus {
                name,
                machines,
                state,
            } => {
                assert_eq!(&CMS[name.range.clone()], "EXCMS02");
                assert!(machines.is_empty());
                assert_eq!(state.as_ref().unwrap().text, "Online");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn recognition_by_type_or_columns() {
        let cases = [
            (CMS, true),
            (
                "\"Name\",\"AdminDisplayVersion\"\n\"EXCMS01\",\"Version 8.1 (Build 240.6)\"\n",
                true,
            ),
            (
                "#TYPE System.Management.ManagementObject#root\\cimv2\\Win32_OperatingSystem\n\"CSName\",\"Caption\"\n",
                true,
            ),
            (
                "\"CSName\",\"Caption\",\"Version\",\"BuildNumber\"\n\"N1\",\"x\",\"5.2.3790\",\"3790\"\n",
                true,
            ),
            // Win32_OperatingSystem without a type line: Version with BuildNumber, CSDVersion
            // or ProductType, and neither alone.
            (
                "\"CSName\",\"Version\",\"BuildNumber\"\n\"N1\",\"5.2.3790\",\"3790\"\n",
                true,
            ),
            (
                "\"CSName\",\"ProductType\",\"Version\"\n\"N1\",\"3\",\"5.2.3790\"\n",
                true,
            ),
            ("\"Name\",\"Version\"\n\"x\",\"1.0\"\n", false),
            ("\"Name\",\"BuildNumber\"\n\"x\",\"1\"\n", false),
            // A quoted header is read by its columns even when its first line holds no comma.
            (
                "\"Name\n\",\"AdminDisplayVersion\"\n\"EXCMS01\",\"Version 8.1 (Build 240.6)\"\n",
                true,
            ),
            // Known by the type alone: none of the columns is one cmslint reads.
            (
                "#TYPE Selected.System.Diagnostics.FileVersionInfo\n\"FileName\",\"ProductVersion\"\n",
                true,
            ),
            ("#TYPE System.Diagnostics.Process\n\"Name\",\"Id\"\n", false),
            ("a,b,c\n1,2,3\n", false),
            ("\"Name\",\"Color\"\n\"x\",\"blue\"\n", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(recognise(text), expected, "{text}");
        }
    }

    #[test]
    fn systeminfo_csv_in_any_language_and_without_header() {
        let cols: Vec<String> = (4..=12).map(|i| format!("\"c{i}\"")).collect();
        let vals: Vec<String> = (4..=12).map(|i| format!("\"v{i}\"")).collect();
        let row = format!(
            "\"EXNODE3\",\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\",\"5.2.3790 Service Pack 2 ビルド 3790\",{}\r\n",
            vals.join(",")
        );
        let ja = format!(
            "\"ホスト名\",\"OS 名\",\"OS バージョン\",{}\r\n{row}",
            cols.join(",")
        );
        let nh = row.clone();
        for text in [ja, nh] {
            assert!(recognise(&text), "{text}");
            let (facts, _) = read(&text).unwrap();
            match &facts[..] {
                [Fact::Os { host, reading, .. }] => {
                    assert_eq!(host.as_ref().unwrap().text, "EXNODE3");
                    assert_eq!(reading.known().unwrap().service_pack, Some(2));
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn repeated_header_rows_are_skipped() {
        let cols: Vec<String> = (4..=12).map(|i| format!("\"c{i}\"")).collect();
        let header = format!(
            "\"ホスト名\",\"OS 名\",\"OS バージョン\",{}\r\n",
            cols.join(",")
        );
        let row = |host: &str| {
            format!(
                "\"{host}\",\"Microsoft(R) Windows(R) Server 2003, Enterprise Edition\",\"5.2.3790 Service Pack 2 ビルド 3790\",{}\r\n",
                cols.join(",")
            )
        };
        let text = format!("{header}{}{header}{}", row("EXNODE3"), row("EXNODE4"));
        let (facts, _) = read(&text).unwrap();
        let hosts: Vec<&str> = facts
            .iter()
            .map(|f| match f {
                Fact::Os { host, .. } => host.as_ref().unwrap().text.as_str(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(hosts, ["EXNODE3", "EXNODE4"]);
    }

    /// `Get-ExchangeServer | Export-Csv` writes every property, ten columns and more: it is
    /// still read by its columns, not taken for systeminfo.
    #[test]
    fn a_wide_cmdlet_export_is_not_systeminfo() {
        let text = "#TYPE Microsoft.Exchange.Data.Directory.Management.ExchangeServer\n\"Name\",\"Edition\",\"AdminDisplayVersion\",\"IsMemberOfCluster\",\"Site\",\"ServerRole\",\"Fqdn\",\"Domain\",\"IsMailboxServer\",\"IsClientAccessServer\",\"IsExchange2007OrLater\"\n\"EXCMS01\",\"Enterprise\",\"Version 8.1 (Build 240.6)\",\"Yes\",\"contoso.com/Configuration/Sites/Tokyo\",\"Mailbox\",\"EXCMS01.contoso.com\",\"contoso.com\",\"True\",\"False\",\"True\"\n";
        let (facts, _) = read(text).unwrap();
        match &facts[..] {
            [
                Fact::ExchangeServer {
                    name,
                    version,
                    clustered,
                },
            ] => {
                assert_eq!(name.text, "EXCMS01");
                assert_eq!(version.as_ref().unwrap().text, "Version 8.1 (Build 240.6)");
                assert_eq!(clustered.as_ref().unwrap().text, "Yes");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unequal_rows_are_located() {
        let text = "\"Name\",\"AdminDisplayVersion\"\n\"EXCMS01\",\"Version 8.1 (Build 240.6)\"\n\"EXCMS02\"\n";
        let err = read(text).unwrap_err();
        assert_eq!(err.offset, text.find("\"EXCMS02\"\n").unwrap());
        assert_eq!(
            err.message.render(crate::i18n::Lang::En),
            "this row has 1 value where the header has 2"
        );
    }

    #[test]
    fn field_ranges_follow_quotes() {
        let values = |text: &str, start, count| -> Vec<String> {
            let ranges = field_ranges(text, start, count);
            ranges.into_iter().map(|r| text[r].to_string()).collect()
        };
        assert_eq!(
            values("\"a,b\",c,\"d\"\"e\"\n", 0, 3),
            ["a,b", "c", "d\"\"e"]
        );
        // A comma just before the closing quote stays in the value.
        assert_eq!(values("\"x,\",y\n", 0, 2), ["x,", "y"]);
        // As many ranges as the record has values: fewer values are padded with empty ranges
        // at the end, more are left out.
        assert_eq!(values("a\n", 0, 3), ["a", "", ""]);
        assert_eq!(field_ranges("a\n", 0, 3), [0..1, 1..1, 1..1]);
        assert_eq!(values("a,b,c\n", 0, 2), ["a", "b"]);
        // A record's position may be the line break that ended the one before.
        assert_eq!(values("h\r\n\"v\",w\r\n", 1, 2), ["v", "w"]);
    }

    #[test]
    fn type_names_in_cells() {
        for (cell, expected) in [
            (
                "Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]",
                true,
            ),
            (
                " Microsoft.Exchange.Data.Directory.ADMultiValuedProperty`1[Microsoft.Exchange.Data.Directory.ADObjectId] ",
                true,
            ),
            ("System.String[]", true),
            ("System.String", false),
            ("Roles[]", false),
            ("System.Object[] and more", false),
            ("EXNODE1", false),
        ] {
            assert_eq!(is_type_name(cell), expected, "{cell}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(rows in proptest::collection::vec("[ -~\"]{0,40}|\\PC{0,20}", 0..6), typed in proptest::bool::ANY) {
            let head = if typed { "#TYPE Microsoft.Exchange.Data.Directory.Management.ExchangeServer\n" } else { "" };
            let text = format!("{head}\"Name\",\"AdminDisplayVersion\"\n{}", rows.join("\n"));
            let _ = recognise(&text);
            if let Ok((_, cells)) = read(&text) {
                for (_, cell) in cells {
                    proptest::prop_assert!(text.get(cell.range).is_some());
                }
            }
            let _ = field_ranges(&text, text.len() / 2, 5);
        }
    }
}
