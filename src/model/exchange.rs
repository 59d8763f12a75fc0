//! Exchange Server 2007 versions: `RTM`, `SP1 RU4`, builds (`8.1.240.6`, `8.01.0240.006`) and
//! AdminDisplayVersion (`Version 8.1 (Build 240.6)`), with the build table of every release.

use std::cmp::Ordering;
use std::fmt;

/// Every Exchange 2007 release: (service pack, build, revision, rollup). RTM and each service
/// pack have their own rollup series; the service pack is the minor version.
const BUILDS: &[(u8, u32, u32, u8)] = &[
    (0, 685, 25, 0),
    (0, 708, 3, 1),
    (0, 711, 2, 2),
    (0, 730, 1, 3),
    (0, 744, 0, 4),
    (0, 754, 0, 5),
    (0, 783, 2, 6),
    (0, 813, 0, 7),
    (1, 240, 6, 0),
    (1, 263, 1, 1),
    (1, 278, 2, 2),
    (1, 291, 2, 3),
    (1, 311, 3, 4),
    (1, 336, 1, 5),
    (1, 340, 1, 6),
    (1, 359, 2, 7),
    (1, 375, 2, 8),
    (1, 393, 1, 9),
    (1, 436, 0, 10),
    (2, 176, 2, 0),
    (2, 217, 3, 1),
    (2, 234, 1, 2),
    (2, 247, 2, 3),
    (2, 254, 0, 4),
    (2, 305, 3, 5),
    (3, 83, 6, 0),
    (3, 106, 2, 1),
    (3, 137, 3, 2),
    (3, 159, 2, 3),
    (3, 192, 1, 4),
    (3, 213, 1, 5),
    (3, 245, 2, 6),
    (3, 264, 0, 7),
    (3, 279, 3, 8),
    (3, 279, 5, 8),
    (3, 279, 6, 8),
    (3, 297, 2, 9),
    (3, 298, 3, 10),
    (3, 327, 1, 11),
    (3, 342, 4, 12),
    (3, 348, 2, 13),
    (3, 379, 2, 14),
    (3, 389, 2, 15),
    (3, 406, 0, 16),
    (3, 417, 1, 17),
    (3, 445, 0, 18),
    (3, 459, 0, 19),
    (3, 468, 0, 20),
    (3, 485, 1, 21),
    (3, 502, 0, 22),
    (3, 517, 0, 23),
];

/// One understood Exchange 2007 version. Ordered by service pack, then build: never by text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExchangeVersion {
    /// 0 = RTM, 1 = SP1, 2 = SP2, 3 = SP3 (the minor version).
    pub service_pack: u8,
    /// Build and revision, when given.
    pub build: Option<(u32, u32)>,
    /// Update rollup, when given or known from the build table.
    pub rollup: Option<u8>,
}

impl ExchangeVersion {
    pub const fn sp(service_pack: u8) -> Self {
        ExchangeVersion {
            service_pack,
            build: None,
            rollup: None,
        }
    }

    /// RTM tools and servers form one management generation; SP1 and later the other.
    pub fn is_rtm(&self) -> bool {
        self.service_pack == 0
    }

    /// The service-pack level alone (`SP1`), for comparisons against upgrade targets.
    pub fn level(&self) -> ExchangeVersion {
        ExchangeVersion::sp(self.service_pack)
    }

    pub fn level_name(&self) -> &'static str {
        match self.service_pack {
            0 => "RTM",
            1 => "SP1",
            2 => "SP2",
            _ => "SP3",
        }
    }
}

impl PartialOrd for ExchangeVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ExchangeVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let rank = |v: &ExchangeVersion| {
            let build = v
                .build
                .or_else(|| {
                    let ru = v.rollup.unwrap_or(0);
                    BUILDS
                        .iter()
                        .find(|b| b.0 == v.service_pack && b.3 == ru)
                        .map(|b| (b.1, b.2))
                })
                .unwrap_or((0, 0));
            (v.service_pack, build)
        };
        rank(self).cmp(&rank(other))
    }
}

impl fmt::Display for ExchangeVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.level_name())?;
        if let Some(ru) = self.rollup.filter(|&ru| ru > 0) {
            write!(f, " RU{ru}")?;
        }
        if let Some((build, rev)) = self.build {
            write!(f, " (8.{}.{build}.{rev})", self.service_pack)?;
        }
        Ok(())
    }
}

fn from_build(service_pack: u8, build: u32, revision: u32) -> ExchangeVersion {
    let rollup = BUILDS
        .iter()
        .find(|b| b.0 == service_pack && b.1 == build && b.2 == revision)
        .map(|b| b.3);
    ExchangeVersion {
        service_pack,
        build: Some((build, revision)),
        rollup,
    }
}

/// Parses any spelling the inventory format allows. Returns `None` for text that is not an
/// Exchange 2007 version (including other Exchange generations such as 14.x).
pub fn parse(text: &str) -> Option<ExchangeVersion> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return None;
    }
    // AdminDisplayVersion: "Version 8.1 (Build 240.6)".
    if let Some(rest) = lower.strip_prefix("version") {
        let (major_minor, build) = rest.split_once("(build")?;
        let (major, minor) = major_minor.trim().split_once('.')?;
        if major.trim().parse::<u32>().ok()? != 8 {
            return None;
        }
        let minor: u8 = minor.trim().parse().ok()?;
        let (b, r) = build.trim().trim_end_matches(')').trim().split_once('.')?;
        return valid(from_build(minor, b.parse().ok()?, r.parse().ok()?));
    }
    if lower.starts_with(|c: char| c.is_ascii_digit()) {
        let parts: Vec<u32> = lower
            .split('.')
            .map(|p| p.trim().parse::<u32>())
            .collect::<Result<_, _>>()
            .ok()?;
        return match parts.as_slice() {
            [8, minor] => valid(ExchangeVersion::sp(u8::try_from(*minor).ok()?)),
            [8, minor, build] => valid(from_build(u8::try_from(*minor).ok()?, *build, 0)),
            [8, minor, build, rev] => valid(from_build(u8::try_from(*minor).ok()?, *build, *rev)),
            _ => None,
        };
    }
    // Words: "RTM", "SP1", "SP1 RU4", "Exchange 2007 SP2 Update Rollup 3", "Service Pack 1".
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "exchange" | "server" | "2007" | "microsoft"))
        .collect();
    let mut service_pack = None;
    let mut rollup = None;
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let next = words.get(i + 1).and_then(|n| n.parse::<u8>().ok());
        match word {
            "rtm" => service_pack = Some(0),
            "service" if words.get(i + 1) == Some(&"pack") => {
                service_pack = Some(words.get(i + 2)?.parse().ok()?);
                i += 2;
            }
            "sp" => {
                service_pack = Some(next?);
                i += 1;
            }
            "ru" | "ur" => {
                rollup = Some(next?);
                i += 1;
            }
            "update" if words.get(i + 1) == Some(&"rollup") => {
                rollup = Some(words.get(i + 2)?.parse().ok()?);
                i += 2;
            }
            "rollup" => {
                rollup = Some(next?);
                i += 1;
            }
            _ => {
                if let Some(n) = word.strip_prefix("sp").and_then(|n| n.parse().ok()) {
                    service_pack = Some(n);
                } else if let Some(n) = word
                    .strip_prefix("ru")
                    .or_else(|| word.strip_prefix("ur"))
                    .and_then(|n| n.parse().ok())
                {
                    rollup = Some(n);
                } else {
                    return None;
                }
            }
        }
        i += 1;
    }
    let mut version = ExchangeVersion::sp(service_pack?);
    if let Some(ru) = rollup {
        let known = BUILDS
            .iter()
            .find(|b| b.0 == version.service_pack && b.3 == ru)?;
        version.rollup = Some(ru);
        version.build = Some((known.1, known.2));
    }
    valid(version)
}

fn valid(version: ExchangeVersion) -> Option<ExchangeVersion> {
    (version.service_pack <= 3).then_some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version without a build is ordered by the build of its service pack and rollup in the
    /// build table: equal to that build, above the rollup before it, below the next.
    #[test]
    fn a_rollup_orders_by_its_build() {
        let level = |service_pack, rollup| ExchangeVersion {
            service_pack,
            build: None,
            rollup: Some(rollup),
        };
        let build = |service_pack, build| ExchangeVersion {
            service_pack,
            build: Some(build),
            rollup: None,
        };
        assert_eq!(level(1, 2).cmp(&build(1, (278, 2))), Ordering::Equal);
        assert_eq!(level(0, 7).cmp(&build(0, (813, 0))), Ordering::Equal);
        assert_eq!(level(1, 2).cmp(&level(1, 3)), Ordering::Less);
        assert_eq!(level(1, 3).cmp(&build(1, (278, 2))), Ordering::Greater);
    }

    #[test]
    fn every_documented_spelling() {
        let cases = [
            ("RTM", 0, None),
            ("SP1", 1, None),
            ("SP2", 2, None),
            ("sp3", 3, None),
            ("SP1 RU4", 1, Some(4)),
            ("RTM RU7", 0, Some(7)),
            ("8.1.240.6", 1, Some(0)),
            ("8.01.0240.006", 1, Some(0)),
            ("08.01.0240.006", 1, Some(0)),
            ("8.01.0336.01", 1, Some(5)),
            ("Version 8.1 (Build 240.6)", 1, Some(0)),
            ("Version 8.2 (Build 176.2)", 2, Some(0)),
            ("8.0.685.25", 0, Some(0)),
            ("Exchange 2007 SP2 Update Rollup 3", 2, Some(3)),
            ("Service Pack 1", 1, None),
            ("8.1", 1, None),
            // Without the revision the build is not one of the table's: no rollup is claimed.
            ("8.1.240", 1, None),
            // The number as a word of its own.
            ("SP 2", 2, None),
            ("SP1 RU 4", 1, Some(4)),
            ("RTM UR 5", 0, Some(5)),
            ("SP2 Rollup 3", 2, Some(3)),
        ];
        for (text, sp, ru) in cases {
            let v = parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((v.service_pack, v.rollup), (sp, ru), "{text}");
        }
        for bad in [
            "",
            "14.0.639.21",
            "SP9",
            "banana",
            "8.x",
            "Version 14.0 (Build 639.21)",
            // `service` and `update` only with the word that completes them.
            "Service 1 2",
            "SP2 Update 1 3",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn rollups_of_rtm_are_never_newer_than_sp1() {
        let rtm_ru7 = parse("8.0.813.0").unwrap();
        let sp1 = parse("8.1.240.6").unwrap();
        assert!(rtm_ru7 < sp1);
        assert!(parse("SP1 RU4").unwrap() > sp1);
        assert!(parse("8.1.311.3").unwrap() == parse("SP1 RU4").unwrap());
        // Zero padding is numeric, never textual.
        assert!(parse("8.01.0240.006").unwrap() < parse("8.1.263.1").unwrap());
    }
}
