//! `systeminfo` in its default list form: `Label:<spaces>value`, values from column 27,
//! multi-line values (processors, hotfixes, network cards) indented below their label. Labels
//! are translated on localised Windows, so where the English labels are absent the first three
//! lines are taken by position (host name, OS name, OS version: the same on every version),
//! and the numeric OS version confirms the shape.

use super::os::os_configuration;
use super::record::{Prop, Record};
use super::text;
use super::{Field, ReadError};

/// The label a line starts (`OS Name:`, `ホスト名：`) and where its value starts, if it is a
/// label line.
fn label(line: &str) -> Option<(&str, usize)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let (end, colon) = line.char_indices().find(|&(_, c)| c == ':' || c == '：')?;
    let label = line[..end].trim();
    (!label.is_empty()).then_some((label, end + colon.len_utf8()))
}

/// A label line: the label and the value after the colon.
fn label_line(line: &text::Line) -> Option<(String, Field)> {
    let (label, at) = label(line.text)?;
    let value = line
        .field(at..line.text.len())
        .unwrap_or_else(|| Field::new("", line.at(line.text.len()..line.text.len())));
    Some((label.to_string(), value))
}

/// `5.2.3790 ...`: the numeric version that opens an OS Version value.
pub fn is_numeric_version(value: &str) -> bool {
    let first = value.split_whitespace().next().unwrap_or("");
    let parts: Vec<&str> = first.split('.').collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// The shape of an OS Version value in any language: the numeric version, and at the end the
/// build number again (`5.2.3790 Service Pack 2 Build 3790`, `5.2.3790 N/A ビルド 3790`).
pub fn is_os_version(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    is_numeric_version(value)
        && words.len() >= 3
        && words[0].split('.').nth(2) == words.last().copied()
}

/// The canonical (English) names of the first three systeminfo fields.
pub const FIRST_THREE: [&str; 3] = ["Host Name", "OS Name", "OS Version"];

/// Renames the first three fields to their English names when the labels are localised, and
/// the fifth to `OS Configuration` when its value reads as one
/// ([`os_configuration`]).
pub fn canonical(record: &mut Record) {
    if record.get("OS Version").is_none()
        && record.props.len() >= 3
        && is_os_version(&record.props[2].value.text)
    {
        for (prop, name) in record.props.iter_mut().zip(FIRST_THREE) {
            prop.name = name.to_string();
        }
    }
    if record.get("OS Version").is_some()
        && !record.has("OS Configuration")
        && let Some(fifth) = record.props.get_mut(4)
        && os_configuration(&fifth.value.text).is_some()
    {
        fifth.name = "OS Configuration".to_string();
    }
}

/// Reads one listing (one host); `None` when its OS Version is not numeric.
fn read_block(block: &[&text::Line]) -> Result<Option<Record>, ReadError> {
    let mut record = Record::default();
    for line in block {
        if line.text.starts_with(char::is_whitespace) {
            continue;
        }
        let Some((name, value)) = label_line(line) else {
            return Err(ReadError::new(
                line.start,
                crate::msg!("exports-systeminfo-line"),
            ));
        };
        record.props.push(Prop { name, value });
    }
    canonical(&mut record);
    Ok(record
        .get("OS Version")
        .is_some_and(|v| is_numeric_version(&v.text))
        .then_some(record))
}

pub fn recognise(text: &str) -> bool {
    let lines = text::lines(text);
    let head: Vec<_> = lines.iter().skip_while(|l| l.is_blank()).take(3).collect();
    head.len() == 3
        && head.iter().all(|l| label_line(l).is_some())
        && (label_line(head[2]).is_some_and(|(_, v)| is_os_version(&v.text))
            || head.iter().any(|l| l.text.starts_with("OS Version:")))
}

/// Every listing of a systeminfo text: one per host (`systeminfo /s A >> x.txt` run for
/// several hosts appends them, each after a blank line).
pub fn read(text: &str) -> Result<Vec<Record>, ReadError> {
    let lines = text::lines(text);
    let mut records = Vec::new();
    let name = |line| label(line).map(|(name, _)| name);
    for block in text::records(&lines, name) {
        match read_block(&block)? {
            Some(record) => records.push(record),
            None => {
                // The OS Version line: by its label, or else the third (localised labels).
                let labelled: Vec<_> = block.iter().filter(|l| name(l.text).is_some()).collect();
                let at = labelled
                    .iter()
                    .find(|l| name(l.text) == Some("OS Version"))
                    .or(labelled.get(2))
                    .map_or(block[0].start, |l| l.start);
                return Err(ReadError::new(
                    at,
                    crate::msg!("exports-systeminfo-os-version"),
                ));
            }
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\r\nHost Name:                 EXNODE1\r\nOS Name:                   Microsoft(R) Windows(R) Server 2003, Enterprise Edition\r\nOS Version:                5.2.3790 Service Pack 2 Build 3790\r\nOS Manufacturer:           Microsoft Corporation\r\nProcessor(s):              2 Processor(s) Installed.\r\n                           [01]: x86 Family 15 Model 4 Stepping 3 GenuineIntel ~2992 Mhz\r\nSystem Up Time:            12 Days, 3 Hours, 4 Minutes, 5 Seconds\r\n";
    const JA: &str = "\r\nホスト名:                  EXNODE3\r\nOS 名:                     Microsoft(R) Windows(R) Server 2003, Enterprise Edition\r\nOS バージョン:             5.2.3790 Service Pack 2 ビルド 3790\r\nシステム起動時間:          2009/03/02, 9:12:45\r\n";

    #[test]
    fn english_and_localised_labels() {
        for (text, host) in [(EN, "EXNODE1"), (JA, "EXNODE3")] {
            assert!(recognise(text), "{text}");
            let records = read(text).unwrap();
            assert_eq!(records[0].get("Host Name").unwrap().text, host);
            let version = records[0].get("OS Version").unwrap();
            assert_eq!(&text[version.range.clone()], version.text);
            assert!(version.text.starts_with("5.2.3790"));
        }
    }

    #[test]
    fn other_text_is_not_systeminfo() {
        for text in [
            "Title: notes\nDate: today\nAuthor: me\n",
            "Project: cmslint\nAuthor: me\nVersion: 1.2.3\n",
            "a:\nb:\n",
            "",
        ] {
            assert!(!recognise(text), "{text}");
        }
        assert!(is_numeric_version("6.0.6001 Service Pack 1 Build 6001"));
        assert!(!is_numeric_version("6.0 SP1"));
        for not_a_version in ["6.0", "a.b.c", "5..3790", "5.2.x3790", ""] {
            assert!(!is_numeric_version(not_a_version), "{not_a_version}");
        }
        assert!(is_os_version("5.2.3790 N/A ビルド 3790"));
        assert!(!is_os_version("5.2.3790 Service Pack 2 Build 3791"));
    }

    /// Japanese labels: the fifth field is the OS configuration by its value, which tells a
    /// workstation from a server where 6.0 names both.
    #[test]
    fn a_localised_fifth_field_is_the_os_configuration() {
        let text = "\r\nホスト名:                  W1\r\nOS 名:                     Microsoft Windows Vista Business\r\nOS バージョン:             6.0.6001 Service Pack 1 ビルド 6001\r\nOS 製造元:                 Microsoft Corporation\r\nOS 構成:                   メンバー ワークステーション\r\n";
        let mut records = read(text).unwrap();
        canonical(&mut records[0]);
        let configuration = records[0].get("OS Configuration").map(|f| f.text.as_str());
        assert_eq!(configuration, Some("メンバー ワークステーション"));
    }

    /// Listings appended for several hosts: one cut short after two fields has no Windows
    /// version, which is said at its first line.
    #[test]
    fn a_listing_of_two_fields_is_located() {
        let text = format!(
            "{EN}\r\nHost Name:                 EXNODE2\r\nOS Name:                   Microsoft Windows\r\n"
        );
        let err = read(&text).unwrap_err();
        assert_eq!(
            err.offset,
            text.find("Host Name:                 EXNODE2").unwrap()
        );
        assert_eq!(err.message, crate::msg!("exports-systeminfo-os-version"));
    }

    #[test]
    fn a_mangled_version_is_located() {
        let text = "Host Name:   N1\nOS Name:     Windows\nOS Version:  unknown\n";
        assert!(recognise(text));
        assert_eq!(
            read(text).unwrap_err().message,
            crate::msg!("exports-systeminfo-os-version")
        );
        let text =
            "Hostname:   N1\nName:     Windows\nVersion:  5.2.3790 N/A Build 3790\ngarbage line\n";
        assert_eq!(
            read(text).unwrap_err().offset,
            text.find("garbage").unwrap()
        );
    }

    #[test]
    fn listings_appended_for_several_hosts() {
        let text = format!("{EN}{}", EN.replace("EXNODE1", "EXNODE2"));
        let hosts: Vec<String> = read(&text)
            .unwrap()
            .iter()
            .map(|r| r.get("Host Name").unwrap().text.clone())
            .collect();
        assert_eq!(hosts, ["EXNODE1", "EXNODE2"]);
        let broken = format!("{EN}{}", EN.replace("5.2.3790 ", "five "));
        let err = read(&broken).unwrap_err();
        assert_eq!(err.offset, EN.len() + EN.find("OS Version").unwrap());
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(lines in proptest::collection::vec("[^\n]{0,12}[:：]? {0,20}[ -~ビルド]{0,30}", 0..8)) {
            let text = lines.join("\n");
            let _ = recognise(&text);
            let _ = read(&text);
        }
    }
}
