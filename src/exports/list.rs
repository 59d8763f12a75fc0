//! Format-List output (`| Format-List`, `| fl`): records of `Name<spaces>: value` lines ended by
//! a blank line, or by a property name that repeats (output copied from a console or a web page
//! loses the blank lines). Values wrap at the console width mid-word; continuation lines are
//! indented to the value column and join with nothing added.

use super::record::{self, Prop, Record};
use super::text::{self, Line};
use super::{Field, ReadError};

/// The name and the byte offset of the value of a `Name<spaces>: value` line.
fn property(line: &str) -> Option<(&str, usize)> {
    let colon = line.find(" :")?;
    let name = line[..colon].trim_end();
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    let rest = &line[colon + 2..];
    if !valid || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((name, (colon + 3).min(line.len())))
}

fn name(line: &str) -> Option<&str> {
    property(line).map(|(name, _)| name)
}

/// Whether the first record of a text is Format-List output of something cmslint reads.
pub fn recognise(text: &str) -> bool {
    let lines = text::lines(text);
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return false;
    };
    let head: Vec<Line> = lines[first..]
        .iter()
        .take_while(|l| !l.is_blank())
        .copied()
        .collect();
    let Some(block) = text::records(&head, name).into_iter().next() else {
        return false;
    };
    block
        .iter()
        .all(|l| l.text.starts_with(' ') || property(l.text).is_some())
        && read_block(&block).is_ok_and(|r| record::is_known(&r))
}

/// Reads one record from its lines.
fn read_block(block: &[&Line]) -> Result<Record, ReadError> {
    let mut props: Vec<Prop> = Vec::new();
    // The value column of the last property, for continuation lines.
    let mut column = 0;
    for line in block {
        if line.text.starts_with(' ') {
            let Some(last) = props.last_mut() else {
                return Err(ReadError::new(
                    line.start,
                    crate::msg!("exports-list-continuation-first"),
                ));
            };
            let indent = line.text.len() - line.text.trim_start_matches(' ').len();
            let from = indent.min(column);
            let part = line.text[from..].trim_end_matches('\r');
            last.value.text.push_str(part);
            last.value.range.end = line.start + from + part.len();
            continue;
        }
        let Some((name, value_at)) = property(line.text) else {
            return Err(ReadError::new(line.start, crate::msg!("exports-list-line")));
        };
        column = value_at;
        let value = &line.text[value_at..];
        props.push(Prop {
            name: name.to_string(),
            value: Field::new(value, line.at(value_at..line.text.len())),
        });
    }
    for prop in &mut props {
        let trimmed = prop.value.text.trim_end();
        prop.value.range.end -= prop.value.text.len() - trimmed.len();
        prop.value.text.truncate(trimmed.len());
    }
    Ok(Record { props })
}

/// Every record of a Format-List text.
pub fn read(text: &str) -> Result<Vec<Record>, ReadError> {
    text::records(&text::lines(text), name)
        .iter()
        .map(|block| read_block(block))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMS: &str = "\r\nIdentity                        : EXCMS01\r\nClusteredMailboxServerName      : EXCMS01.contoso.com\r\nState                           : Online\r\nOperationalMachines             : {EXNODE1 <Active, Quorum Owner>, EXNODE2.contoso.c\r\n                                  om}\r\nFailedResources                 : {}\r\n\r\n";

    #[test]
    fn property_lines() {
        for (line, expected) in [
            ("Name                : EXCMS01", Some(("Name", "EXCMS01"))),
            ("_Ref.Count : 2", Some(("_Ref.Count", "2"))),
            ("State :", Some(("State", ""))),
            (" : EXCMS01", None),
            ("1Name : EXCMS01", None),
            ("Name-2 : EXCMS01", None),
            ("Name :EXCMS01", None),
        ] {
            let got = property(line).map(|(name, at)| (name, &line[at..]));
            assert_eq!(got, expected, "{line:?}");
        }
    }

    /// A console pads values with spaces, and a value copied from a narrower window may wrap
    /// to a line indented less than the value column.
    #[test]
    fn padded_values_and_short_indents() {
        let text = "Name                : EXCMS01   \nOperationalMachines : {EXNODE1 <Active>,\n EXNODE2}\n";
        let records = read(text).unwrap();
        let value = |name| {
            let field = records[0].get(name).unwrap();
            (field.text.as_str(), &text[field.range.clone()])
        };
        assert_eq!(value("Name"), ("EXCMS01", "EXCMS01"));
        assert_eq!(
            value("OperationalMachines"),
            (
                "{EXNODE1 <Active>,EXNODE2}",
                "{EXNODE1 <Active>,\n EXNODE2}"
            )
        );
    }

    #[test]
    fn wrapped_values_join_without_a_space() {
        assert!(recognise(CMS));
        let records = read(CMS).unwrap();
        assert_eq!(records.len(), 1);
        let machines = records[0].get("OperationalMachines").unwrap();
        assert_eq!(
            machines.text,
            "{EXNODE1 <Active, Quorum Owner>, EXNODE2.contoso.com}"
        );
        assert!(CMS[machines.range.clone()].starts_with("{EXNODE1"));
        assert!(CMS[machines.range.clone()].ends_with("om}"));
        assert_eq!(records[0].get("FailedResources").unwrap().text, "{}");
        assert_eq!(
            &CMS[records[0].get("State").unwrap().range.clone()],
            "Online"
        );
    }

    #[test]
    fn recognition_needs_a_record_cmslint_reads() {
        let cases = [
            (CMS, true),
            (
                "Name                : EXCMS01\nAdminDisplayVersion : Version 8.1 (Build 240.6)\n",
                true,
            ),
            ("Name  : x\nColor : blue\n", false),
            ("Host Name:                 EXNODE1\n", false),
            ("just text\n", false),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(recognise(text), expected, "{text}");
        }
    }

    #[test]
    fn several_records_and_located_errors() {
        let text = "Name                : EXCMS01\nAdminDisplayVersion : Version 8.1 (Build 240.6)\n\nName                : EXCMS02\nAdminDisplayVersion : Version 8.0 (Build 685.25)\nthis is not a property\n";
        let err = read(text).unwrap_err();
        assert_eq!(err.offset, text.find("this is").unwrap());
        let ok = "Name : a\nAdminDisplayVersion :\n\nName : b\nAdminDisplayVersion : x\n";
        let records = read(ok).unwrap();
        assert_eq!(records.len(), 2);
        assert!(records[0].get("AdminDisplayVersion").is_none());
    }

    #[test]
    fn a_repeated_property_name_starts_a_new_record() {
        let text = "Name                : EXCMS01\nAdminDisplayVersion : Version 8.1 (Build 240.6)\nname                : EXCMS02\nAdminDisplayVersion : Version 8.0 (Build 685.25)\n\nName : EXCMS03\n";
        assert!(recognise(text));
        let names: Vec<String> = read(text)
            .unwrap()
            .iter()
            .map(|r| r.get("Name").unwrap().text.clone())
            .collect();
        assert_eq!(names, ["EXCMS01", "EXCMS02", "EXCMS03"]);
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(lines in proptest::collection::vec("([A-Za-z]{1,12} {0,4}: )?[ -~{}<>,]{0,40}|\\PC{0,20}", 0..8)) {
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
