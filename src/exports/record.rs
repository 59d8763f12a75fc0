//! Records (a Format-List block, a `wmic /format:list` block, a CSV row, a systeminfo listing)
//! and what they say: each record is read by its property names, which PowerShell and WMI never
//! translate, into one fact. What a record says about Windows is read in `os`.

use super::Field;
use super::OsReading;
use super::table::TableRow;

/// One property of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prop {
    pub name: String,
    pub value: Field,
}

/// Properties of one object, in the order printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub props: Vec<Prop>,
}

impl Record {
    /// A property's value by name (case-insensitive); blank values count as absent.
    pub fn get(&self, name: &str) -> Option<&Field> {
        self.props
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .map(|p| &p.value)
            .filter(|v| !v.text.trim().is_empty())
    }

    pub fn has(&self, name: &str) -> bool {
        self.props.iter().any(|p| p.name.eq_ignore_ascii_case(name))
    }

    pub(super) fn first(&self, names: &[&str]) -> Option<&Field> {
        names.iter().find_map(|n| self.get(n))
    }
}

/// A node listed in OperationalMachines, with its tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    pub name: Field,
    /// `<Active>`: owns the CMS.
    pub active: bool,
    /// `<Quorum Owner>`: owns the cluster group.
    pub quorum: bool,
}

/// What one row or record of an export says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A `cluster group` row: group, owner node and status.
    GroupRow(TableRow),
    /// A `cluster res` row: resource, group, owner node and status.
    ResourceRow(TableRow),
    /// A `cluster node` row.
    Node { name: Field, status: Field },
    /// Get-ClusteredMailboxServerStatus.
    CmsStatus {
        name: Field,
        state: Option<Field>,
        machines: Vec<Machine>,
    },
    /// Get-MailboxServer.
    MailboxServer {
        name: Field,
        storage: Option<Field>,
        redundant: Vec<Field>,
        version: Option<Field>,
    },
    /// Get-ExchangeServer (`ExchangeVersion`, the schema version, is never read).
    ExchangeServer {
        name: Field,
        version: Option<Field>,
        clustered: Option<Field>,
    },
    /// ExSetup's FileVersion on one node.
    Setup { host: Option<Field>, version: Field },
    /// Windows on one node (systeminfo, Win32_OperatingSystem).
    Os {
        host: Option<Field>,
        /// The value shown and pointed at (the numeric version).
        text: Field,
        reading: OsReading,
    },
}

/// Items of a multi-valued property: `{a, b}` as Format-List prints it, or `a;b` as
/// `-join ';'` writes it. Commas inside `<...>` tags belong to the item. A list cut short by
/// `$FormatEnumerationLimit` (`{a, b...}`) keeps the items it shows.
pub fn list_items(value: &Field) -> Vec<Field> {
    let text = value.text.as_str();
    let (body, base) = match text.trim().strip_prefix('{') {
        Some(rest) => {
            let lead = text.len() - text.trim_start().len() + 1;
            let rest = rest.trim_end();
            let rest = rest.strip_suffix('}').unwrap_or(rest);
            let rest = rest.strip_suffix("...").unwrap_or(rest);
            (rest, value.range.start + lead)
        }
        None => (text, value.range.start),
    };
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let slice = &body[from..to];
        let trimmed = slice.trim();
        if !trimmed.is_empty() {
            let lead = slice.len() - slice.trim_start().len();
            let at = base + from + lead;
            out.push(Field::new(trimmed, at..at + trimmed.len()));
        }
    };
    for (i, c) in body.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                push(start, i);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(start, body.len());
    out
}

/// An OperationalMachines item: `EXNODE1 <Active, Quorum Owner>`. Localised tags are known by
/// their shape (two tags are both) or, alone, by their word (`Aktiv`, `アクティブ`,
/// `Quorumbesitzer`, `クォーラム所有者`).
fn machine(item: Field) -> Machine {
    let Some(open) = item.text.find('<') else {
        return Machine {
            name: item,
            active: false,
            quorum: false,
        };
    };
    let name_text = item.text[..open].trim_end();
    let name = Field::new(
        name_text,
        item.range.start..item.range.start + name_text.len(),
    );
    let tags_text = item.text[open + 1..].trim_end_matches('>');
    let tags: Vec<&str> = tags_text.split(',').map(str::trim).collect();
    let both = tags.len() == 2;
    let tag = |words: &[&str]| {
        both || {
            tags.iter()
                .any(|t| words.iter().any(|w| t.to_lowercase().contains(w)))
        }
    };
    Machine {
        name,
        active: tag(&["active", "aktiv", "アクティブ"]),
        quorum: tag(&["quorum", "クォーラム"]),
    }
}

/// The fact a record states, read by its property names.
pub fn interpret(record: &Record) -> Option<Fact> {
    let name = || record.first(&["Identity", "Name"]).cloned();
    if record.has("OperationalMachines") || record.has("ClusteredMailboxServerName") {
        return Some(Fact::CmsStatus {
            name: name().or_else(|| record.get("ClusteredMailboxServerName").cloned())?,
            state: record.get("State").cloned(),
            machines: record
                .get("OperationalMachines")
                .map(|m| list_items(m).into_iter().map(machine).collect())
                .unwrap_or_default(),
        });
    }
    if record.has("ClusteredStorageType") || record.has("RedundantMachines") {
        return Some(Fact::MailboxServer {
            name: record.first(&["Name", "Identity"]).cloned()?,
            storage: record.get("ClusteredStorageType").cloned(),
            redundant: record
                .get("RedundantMachines")
                .map(list_items)
                .unwrap_or_default(),
            version: record.get("AdminDisplayVersion").cloned(),
        });
    }
    if record.has("AdminDisplayVersion") || record.has("IsMemberOfCluster") {
        return Some(Fact::ExchangeServer {
            name: record.first(&["Name", "Identity"]).cloned()?,
            version: record.get("AdminDisplayVersion").cloned(),
            clustered: record.get("IsMemberOfCluster").cloned(),
        });
    }
    if let Some(version) = record.get("FileVersion") {
        let file = record.first(&["OriginalFilename", "InternalName", "FileName"]);
        if file.is_none_or(|f| f.text.to_ascii_lowercase().contains("exsetup")) {
            return Some(Fact::Setup {
                host: record.first(&["PSComputerName", "CSName"]).cloned(),
                version: version.clone(),
            });
        }
        return None;
    }
    super::os::fact(record)
}

/// Whether a record's property names are ones cmslint reads (used to recognise files).
pub fn is_known(record: &Record) -> bool {
    interpret(record).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::Missing;
    use crate::exports::os::os_configuration;
    use crate::model::windows::Family;

    fn record(props: &[(&str, &str)]) -> Record {
        let mut at = 0;
        Record {
            props: props
                .iter()
                .map(|(n, v)| {
                    let field = Field::new(*v, at..at + v.len());
                    at += v.len() + 1;
                    Prop {
                        name: n.to_string(),
                        value: field,
                    }
                })
                .collect(),
        }
    }

    #[test]
    fn lists_and_tags() {
        let value = Field::new("{EXNODE1 <Active, Quorum Owner>, EXNODE2}", 10..51);
        let items = list_items(&value);
        assert_eq!(
            items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
            ["EXNODE1 <Active, Quorum Owner>", "EXNODE2"]
        );
        assert_eq!(items[1].range, 10 + 33..10 + 40);
        let m = machine(items[0].clone());
        assert_eq!(
            (m.name.text.as_str(), m.active, m.quorum),
            ("EXNODE1", true, true)
        );
        assert_eq!(m.name.range, 11..18, "the name without its tags");
        let joined = list_items(&Field::new(
            "EXNODE1 <Quorum Owner>;EXNODE2 <Active>",
            0..38,
        ));
        let m: Vec<Machine> = joined.into_iter().map(machine).collect();
        assert!(!m[0].active && m[0].quorum && m[1].active && !m[1].quorum);
        // Each item's range is where its text is, however many spaces come before it.
        for text in ["{EXNODE1,EXNODE2}", "{EXNODE1,   EXNODE2 }"] {
            let items = list_items(&Field::new(text, 0..text.len()));
            let placed: Vec<&str> = items.iter().map(|i| &text[i.range.clone()]).collect();
            assert_eq!(placed, ["EXNODE1", "EXNODE2"], "{text}");
        }
        assert!(list_items(&Field::new("{}", 0..2)).is_empty());
        assert_eq!(list_items(&Field::new("{a, b...}", 0..9)).len(), 2);
        let jp = machine(Field::new("EXNODE1 <アクティブ, クォーラム所有者>", 0..10));
        assert!(jp.active && jp.quorum);
        // One tag alone, translated.
        for (tag, active, quorum) in [
            ("EXNODE2 <アクティブ>", true, false),
            ("EXNODE2 <クォーラム所有者>", false, true),
            ("EXNODE2 <Aktiv>", true, false),
            ("EXNODE2 <Quorumbesitzer>", false, true),
            ("EXNODE2 <ACTIVE>", true, false),
        ] {
            let m = machine(Field::new(tag, 0..tag.len()));
            assert_eq!((m.active, m.quorum), (active, quorum), "{tag}");
        }
    }

    #[test]
    fn records_by_property_names() {
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (
                vec![
                    ("Identity", "EXCMS01"),
                    ("State", "Online"),
                    ("OperationalMachines", "{EXNODE1 <Active>}"),
                ],
                "cms",
            ),
            (
                vec![("Name", "EXCMS01"), ("ClusteredStorageType", "NonShared")],
                "mailbox",
            ),
            (
                vec![
                    ("Name", "EXCMS01"),
                    ("AdminDisplayVersion", "Version 8.1 (Build 240.6)"),
                    ("ExchangeVersion", "0.1 (8.0.535.0)"),
                ],
                "exchange",
            ),
            (
                vec![
                    ("OriginalFilename", "ExSetup.exe"),
                    ("FileVersion", "08.01.0240.006"),
                ],
                "setup",
            ),
            (
                vec![
                    ("OriginalFilename", "store.exe"),
                    ("FileVersion", "08.01.0240.006"),
                ],
                "none",
            ),
            (
                vec![
                    ("CSName", "EXNODE1"),
                    (
                        "Caption",
                        "Microsoft(R) Windows(R) Server 2003, Enterprise Edition",
                    ),
                    ("Version", "5.2.3790"),
                    ("ServicePackMajorVersion", "2"),
                    ("ProductType", "3"),
                ],
                "os",
            ),
            (
                vec![
                    ("Host Name", "EXNODE1"),
                    ("OS Name", "Microsoftr Windows Serverr 2008 Enterprise"),
                    ("OS Version", "6.0.6001 Service Pack 1 Build 6001"),
                ],
                "os",
            ),
            (vec![("Name", "x"), ("Color", "blue")], "none"),
        ];
        for (props, expected) in cases {
            let fact = interpret(&record(&props));
            let kind = match &fact {
                Some(Fact::CmsStatus { .. }) => "cms",
                Some(Fact::MailboxServer { .. }) => "mailbox",
                Some(Fact::ExchangeServer { .. }) => "exchange",
                Some(Fact::Setup { .. }) => "setup",
                Some(Fact::Os { .. }) => "os",
                _ => "none",
            };
            assert_eq!(kind, expected, "{props:?}");
        }
    }

    #[test]
    fn windows_from_numbers_and_captions() {
        let os_of = |props: &[(&str, &str)]| match interpret(&record(props)) {
            Some(Fact::Os { reading, .. }) => {
                reading.known().map(|v| (v.family, v.service_pack, v.r2))
            }
            _ => panic!("not an OS record"),
        };
        assert_eq!(
            os_of(&[
                ("Host Name", "N1"),
                (
                    "OS Name",
                    "Microsoft(R) Windows(R) Server 2003 R2, Enterprise x64 Edition"
                ),
                ("OS Version", "5.2.3790 Service Pack 2 Build 3790")
            ]),
            Some((Family::Server2003, Some(2), true))
        );
        assert_eq!(
            os_of(&[
                ("Host Name", "N1"),
                ("OS Name", "Microsoft Windows Server 2003"),
                ("OS Version", "5.2.3790 N/A ビルド 3790")
            ]),
            Some((Family::Server2003, Some(0), false))
        );
        // 6.0 is Vista and Windows Server 2008 alike: with no OS Configuration and a caption
        // that says nothing, the product is not guessed.
        let reading = |props: &[(&str, &str)]| match interpret(&record(props)) {
            Some(Fact::Os { reading, .. }) => reading,
            _ => panic!("not an OS record"),
        };
        assert_eq!(
            reading(&[
                ("Host Name", "N1"),
                ("OS Name", "謎の OS"),
                ("OS Version", "6.0.6002 Service Pack 2 Build 6002")
            ]),
            OsReading::Undecided(Missing::ProductType)
        );
        // The default view of Win32_OperatingSystem: no product type, no service pack. 6001 is
        // the build of SP1, but 5.2.3790 is every service pack's.
        assert_eq!(
            reading(&[
                ("SystemDirectory", "C:\\Windows\\system32"),
                ("BuildNumber", "6001"),
                ("Version", "6.0.6001")
            ]),
            OsReading::Undecided(Missing::ProductType)
        );
        assert_eq!(
            reading(&[("BuildNumber", "2600"), ("Version", "5.1.2600")]),
            OsReading::Undecided(Missing::ServicePack)
        );
        // Both missing: the product is what is said.
        assert_eq!(
            reading(&[("BuildNumber", "3790"), ("Version", "5.2.3790")]),
            OsReading::Undecided(Missing::ProductType)
        );
        assert_eq!(
            reading(&[
                (
                    "Caption",
                    "Microsoft(R) Windows(R) Server 2003, Enterprise Edition"
                ),
                ("Version", "5.2.3790")
            ]),
            OsReading::Undecided(Missing::ServicePack)
        );
        assert_eq!(
            os_of(&[
                ("CSName", "N1"),
                ("Version", "5.2.3790"),
                ("CSDVersion", ""),
                ("ProductType", "3")
            ]),
            Some((Family::Server2003, Some(0), false)),
            "a blank CSDVersion is no service pack"
        );
        assert_eq!(
            os_of(&[
                ("CSName", "W1"),
                ("Caption", "Microsoft Windows XP Professional x64 Edition"),
                ("Version", "5.2.3790"),
                ("CSDVersion", "Service Pack 2"),
                ("ProductType", "1")
            ]),
            Some((Family::Xp, Some(2), false))
        );
        assert_eq!(
            os_of(&[
                ("Host Name", "N1"),
                ("OS Version", "5.2.3790 Service Pack two Build 3790")
            ]),
            None
        );
        // Without ProductType, a client's caption says it is a workstation: 6.0 is Vista.
        assert_eq!(
            os_of(&[
                ("CSName", "W2"),
                ("Caption", "Microsoft® Windows Vista™ Business"),
                ("Version", "6.0.6001")
            ]),
            Some((Family::Vista, Some(1), false))
        );
        // Without a caption, ProductType 1 does.
        assert_eq!(
            os_of(&[
                ("CSName", "W3"),
                ("Version", "6.0.6002"),
                ("ProductType", "1")
            ]),
            Some((Family::Vista, Some(2), false))
        );
    }

    #[test]
    fn systeminfo_os_configuration_and_translated_service_pack_slots() {
        let os_of = |name: &str, version: &str, config: &str| match interpret(&record(&[
            ("Host Name", "N1"),
            ("OS Name", name),
            ("OS Version", version),
            ("OS Manufacturer", "Microsoft Corporation"),
            ("OS Configuration", config),
        ])) {
            Some(Fact::Os { reading, .. }) => reading.known().map(|v| (v.family, v.service_pack)),
            _ => panic!("not an OS record"),
        };
        let vista = "Microsoftr Windows VistaT Enterprise";
        let v = "6.0.6002 Service Pack 2 Build 6002";
        for config in [
            "Standalone Workstation",
            "Member Workstation",
            "Eigenständige Arbeitsstation",
            "Mitgliedsarbeitsstation",
            "スタンドアロン ワークステーション",
            "メンバー ワークステーション",
        ] {
            // The configuration decides, whatever the OS Name reads.
            assert_eq!(
                os_of("Windows Server 2008", v, config),
                Some((Family::Vista, Some(2))),
                "{config}"
            );
        }
        for config in [
            "Member Server",
            "Standalone Server",
            "Primary Domain Controller",
            "Additional Domain Controller",
            "Mitgliedsserver",
            "メンバー サーバー",
            "メンバ サーバー",
        ] {
            assert_eq!(
                os_of(vista, v, config),
                Some((Family::Server2008, Some(2))),
                "{config}"
            );
        }
        assert_eq!(os_configuration("Unbekannt"), None);
        for version in [
            "6.1.7600 N/A Build 7600",
            "6.1.7600 Nicht zutreffend Build 7600",
            "6.1.7600 Non applicable Build 7600",
            "6.1.7600 該当なし ビルド 7600",
        ] {
            assert_eq!(
                os_of("Windows Server 2008 R2", version, "Member Server"),
                Some((Family::LaterServer, Some(0))),
                "{version}"
            );
        }
        assert_eq!(
            os_of(vista, "6.0.6002 Service Pack Build 6002", "Member Server"),
            None
        );
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(props in proptest::collection::vec(("[A-Za-z ]{1,20}", "\\PC{0,30}"), 0..8)) {
            let pairs: Vec<(&str, &str)> = props.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            let r = record(&pairs);
            let _ = interpret(&r);
            for p in &r.props {
                for item in list_items(&p.value) {
                    let _ = machine(item);
                }
            }
        }
    }
}
