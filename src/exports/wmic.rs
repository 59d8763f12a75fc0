//! `wmic ... /format:list` output (`wmic os get Caption,CSDVersion,CSName,Version,ProductType
//! /format:list`, or every property with a bare `get`): `Name=value` lines, records between
//! blank lines. Copied from a console, a long value (`Name=...|C:\Windows|` then
//! `\Device\Harddisk0\Partition1`) wraps onto a line of its own: such a line continues the value
//! before it and joins with nothing added.

use super::record::{self, Prop, Record};
use super::text::{self, Line};
use super::{Field, ReadError};

/// The name of a `Name=value` line (a WMI property name: letters, digits and `_`).
fn name(line: &str) -> Option<&str> {
    let (name, _) = line.split_once('=')?;
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then_some(name)
}

/// Reads one record; a line that is not `Name=value` continues the value before it.
fn read_block(block: &[&Line]) -> Result<Record, ReadError> {
    let mut props: Vec<Prop> = Vec::new();
    for line in block {
        let text = line.text.trim_end();
        match name(text) {
            Some(name) => {
                let at = name.len() + 1;
                props.push(Prop {
                    name: name.to_string(),
                    value: Field::new(&text[at..], line.at(at..text.len())),
                });
            }
            None => {
                let Some(last) = props.last_mut() else {
                    return Err(ReadError::new(line.start, crate::msg!("exports-wmic-line")));
                };
                last.value.text.push_str(text);
                last.value.range.end = line.start + text.len();
            }
        }
    }
    Ok(Record { props })
}

/// Whether the first record of a text is wmic list output of something cmslint reads.
pub fn recognise(text: &str) -> bool {
    let lines = text::lines(text);
    let Some(first) = lines.iter().find(|l| !l.is_blank()) else {
        return false;
    };
    name(first.text).is_some()
        && text::records(&lines, name)
            .first()
            .is_some_and(|block| read_block(block).is_ok_and(|r| record::is_known(&r)))
}

/// Every record of a wmic list text.
pub fn read(text: &str) -> Result<Vec<Record>, ReadError> {
    text::records(&text::lines(text), name)
        .iter()
        .map(|block| read_block(block))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OS: &str = "\r\r\n\r\r\nCaption=Microsoft(R) Windows(R) Server 2003, Enterprise Edition\r\r\nCSDVersion=Service Pack 2\r\r\nCSName=EXNODE1\r\r\nName=Microsoft(R) Windows(R) Server 2003, Enterprise Edition|C:\\WINDOWS|\r\r\n\\Device\\Harddisk0\\Partition1\r\r\nProductType=3\r\r\nVersion=5.2.3790\r\r\n\r\r\n\r\r\n";

    #[test]
    fn property_names() {
        for (line, expected) in [
            ("CSName=EXNODE1", Some("CSName")),
            ("_Ref_1=x", Some("_Ref_1")),
            ("Service_Pack=2", Some("Service_Pack")),
            ("1Name=x", None),
            ("CS-Name=x", None),
            ("=x", None),
            ("\\Device\\Harddisk0", None),
        ] {
            assert_eq!(name(line), expected, "{line}");
        }
    }

    #[test]
    fn name_value_lines_and_wrapped_values() {
        assert!(recognise(OS));
        let records = read(OS).unwrap();
        assert_eq!(records.len(), 1);
        let r = &records[0];
        assert_eq!(r.get("CSName").unwrap().text, "EXNODE1");
        let version = r.get("Version").unwrap();
        assert_eq!(&OS[version.range.clone()], "5.2.3790");
        let name = r.get("Name").unwrap();
        assert_eq!(
            name.text,
            "Microsoft(R) Windows(R) Server 2003, Enterprise Edition|C:\\WINDOWS|\\Device\\Harddisk0\\Partition1"
        );
        assert!(OS[name.range.clone()].ends_with("Partition1"));
    }

    #[test]
    fn other_text_is_not_wmic_output() {
        for text in [
            "Name=x\nColor=blue\n",
            "# Version=5.2.3790\nCaption=x\n",
            "key = value\n",
            "",
        ] {
            assert!(!recognise(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(lines in proptest::collection::vec("([A-Za-z_]{1,12}=)?[ -~]{0,40}|\\PC{0,20}", 0..8)) {
            let text = lines.join("\r\n");
            let _ = recognise(&text);
            if let Ok(records) = read(&text) {
                for r in &records {
                    for p in &r.props {
                        proptest::prop_assert!(text.get(p.value.range.clone()).is_some());
                    }
                }
            }
        }
    }
}
