//! Windows versions as Windows and its tools print them: captions (with `(R)`, `®` or the
//! code-page-mangled `r`), `{name, servicePack}` and numeric `5.2.3790` forms.

use std::fmt;

/// The Windows families cmslint knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Xp,
    Vista,
    Server2003,
    Server2008,
    /// Windows Server 2008 R2 and every later server: Exchange 2007 is not supported there.
    LaterServer,
    /// Windows 7 and every later client.
    LaterClient,
}

/// Whether a numeric version belongs to a client or a server edition (WMI `ProductType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductType {
    Workstation,
    Server,
}

/// One understood Windows version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowsVersion {
    pub family: Family,
    /// Windows Server 2003 R2.
    pub r2: bool,
    pub service_pack: u8,
    /// The product as it is best named (`Windows Server 2008 R2`, `Windows 7`).
    label: &'static str,
}

impl WindowsVersion {
    pub fn new(family: Family, service_pack: u8) -> Self {
        let label = match family {
            Family::Xp => "Windows XP",
            Family::Vista => "Windows Vista",
            Family::Server2003 => "Windows Server 2003",
            Family::Server2008 => "Windows Server 2008",
            Family::LaterServer => "Windows Server 2008 R2 or later",
            Family::LaterClient => "Windows 7 or later",
        };
        WindowsVersion {
            family,
            r2: false,
            service_pack,
            label,
        }
    }

    /// The OS generation that matters for cluster administration: 2003/XP tools or 2008 tools.
    pub fn is_2003_generation(&self) -> bool {
        matches!(self.family, Family::Xp | Family::Server2003)
    }

    /// Short product name without service pack (`Windows Server 2003 R2`).
    pub fn product(&self) -> &str {
        self.label
    }
}

impl fmt::Display for WindowsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label)?;
        if self.service_pack > 0 {
            write!(f, " SP{}", self.service_pack)?;
        }
        Ok(())
    }
}

/// Parses a service pack: `2`, `SP2`, `sp 2`, `Service Pack 2`, `N/A` (none).
pub fn parse_service_pack(text: &str) -> Option<u8> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() || lower == "n/a" || lower == "none" {
        return Some(0);
    }
    let digits = lower
        .trim_start_matches("service pack")
        .trim_start_matches("sp")
        .trim();
    digits.parse().ok()
}

/// A caption in lowercase, with trademark signs blanked.
fn cleaned_lowercase(caption: &str) -> String {
    let mut lowered = caption.to_lowercase();
    if lowered.contains(['(', '®', '™', '©']) {
        lowered = lowered
            .replace("(r)", " ")
            .replace("(tm)", " ")
            .replace(['®', '™', '©'], " ");
    }
    lowered
}

/// The words of a lowercase caption, with the mangled trademark forms repaired.
fn words(lowered: &str) -> Vec<&str> {
    lowered
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .map(repaired)
        .collect()
}

/// A word without the sign glued to it: systeminfo writes ® as `r` and ™ as `T` in the OEM
/// code page, after any word (`Microsoftr`, `Serverr`, `VistaT`). Only a word the captions are
/// read by loses its last letter, so `server` stays `server`.
fn repaired(word: &str) -> &str {
    let known = |w: &str| {
        [
            "microsoft",
            "windows",
            "server",
            "xp",
            "vista",
            "2003",
            "2008",
            "r2",
        ]
        .contains(&w)
            || LATER_SERVERS.iter().any(|(year, ..)| *year == w)
            || LATER_CLIENTS.iter().any(|(n, _)| *n == w)
    };
    match word.strip_suffix(['r', 't']) {
        Some(stem) if known(stem) && !known(word) => stem,
        _ => word,
    }
}

/// Server releases after 2008 R2 by the year in their caption: the name, and the R2 name.
const LATER_SERVERS: [(&str, &str, &str); 5] = [
    ("2012", "Windows Server 2012", "Windows Server 2012 R2"),
    ("2016", "Windows Server 2016", "Windows Server 2016 R2"),
    ("2019", "Windows Server 2019", "Windows Server 2019 R2"),
    ("2022", "Windows Server 2022", "Windows Server 2022 R2"),
    ("2025", "Windows Server 2025", "Windows Server 2025 R2"),
];

/// Client releases after Vista by the number in their caption.
const LATER_CLIENTS: [(&str, &str); 5] = [
    ("7", "Windows 7"),
    ("8", "Windows 8"),
    ("8.1", "Windows 8.1"),
    ("10", "Windows 10"),
    ("11", "Windows 11"),
];

/// Parses a caption as Windows prints it. `service_pack` (from a separate field) wins over one
/// written in the caption.
pub fn parse_caption(caption: &str, service_pack: Option<u8>) -> Option<WindowsVersion> {
    let lowered = cleaned_lowercase(caption);
    let words = words(&lowered);
    if let Some(first) = words.first()
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.contains('.')
    {
        let sp = service_pack.or_else(|| sp_in_words(&words));
        return parse_numeric(first, sp, None);
    }
    let has = |w: &str| words.contains(&w);
    let mut version = if has("xp") {
        WindowsVersion::new(Family::Xp, 0)
    } else if has("vista") {
        WindowsVersion::new(Family::Vista, 0)
    } else if has("2003") {
        let mut v = WindowsVersion::new(Family::Server2003, 0);
        if has("r2") {
            v.r2 = true;
            v.label = "Windows Server 2003 R2";
        }
        v
    } else if has("2008") && has("r2") {
        let mut v = WindowsVersion::new(Family::LaterServer, 0);
        v.label = "Windows Server 2008 R2";
        v
    } else if has("2008") {
        WindowsVersion::new(Family::Server2008, 0)
    } else if let Some(&(_, plain, r2)) = LATER_SERVERS.iter().find(|(year, ..)| has(year)) {
        let mut v = WindowsVersion::new(Family::LaterServer, 0);
        v.label = if has("r2") { r2 } else { plain };
        v
    } else if has("windows")
        && let Some(&(_, label)) = LATER_CLIENTS.iter().find(|(n, _)| has(n))
    {
        let mut v = WindowsVersion::new(Family::LaterClient, 0);
        v.label = label;
        v
    } else {
        return None;
    };
    version.service_pack = service_pack.or_else(|| sp_in_words(&words)).unwrap_or(0);
    Some(version)
}

fn sp_in_words(words: &[&str]) -> Option<u8> {
    words.iter().enumerate().find_map(|(i, w)| {
        if let Some(n) = w.strip_prefix("sp")
            && let Ok(n) = n.parse()
        {
            return Some(n);
        }
        if *w == "sp" || (*w == "pack" && i > 0 && words[i - 1] == "service") {
            return words.get(i + 1).and_then(|n| n.parse().ok());
        }
        None
    })
}

/// Major and minor of a numeric version (`6.0.6001` -> 6, 0).
fn major_minor(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.trim().split('.');
    Some((
        parts.next()?.trim().parse().ok()?,
        parts.next()?.trim().parse().ok()?,
    ))
}

/// Whether a numeric version names a client and a server release alike, so that only the
/// product type tells them apart: 5.2 (XP x64, Windows Server 2003), 6.x (Vista and Windows
/// Server 2008, 7 and 2008 R2, ...) and 10.0.
pub fn names_client_and_server(version: &str) -> bool {
    matches!(major_minor(version), Some((5, 2) | (6, _) | (10, _)))
}

/// The service pack a build number stands for, where each service pack has its own build:
/// 6.0.6000 to 6.0.6002 (6.0.6003 is a later update of SP2), 6.1.7600 and 6.1.7601. `None`
/// where the build stays the same across service packs (5.1.2600, 5.2.3790).
pub fn service_pack_of_build(version: &str) -> Option<u8> {
    let build: u32 = version.trim().split('.').nth(2)?.trim().parse().ok()?;
    match (major_minor(version)?, build) {
        ((6, 0), 6000..=6003) => Some((build - 6000).min(2) as u8),
        ((6, 1), 7600 | 7601) => Some((build - 7600) as u8),
        _ => None,
    }
}

/// Parses a numeric version (`5.2.3790`, `6.0.6002`). Without a product type, 5.2 and 6.0
/// are the server editions.
pub fn parse_numeric(
    version: &str,
    service_pack: Option<u8>,
    product: Option<ProductType>,
) -> Option<WindowsVersion> {
    let (major, minor) = major_minor(version)?;
    let workstation = product == Some(ProductType::Workstation);
    let family = match (major, minor) {
        (5, 1) => Family::Xp,
        (5, 2) if workstation => Family::Xp,
        (5, 2) => Family::Server2003,
        (6, 0) if workstation => Family::Vista,
        (6, 0) => Family::Server2008,
        (6, _) | (10, _) if workstation => Family::LaterClient,
        (6, _) | (10, _) => Family::LaterServer,
        _ => return None,
    };
    let mut v = WindowsVersion::new(family, service_pack.unwrap_or(0));
    if (major, minor) == (6, 1) {
        v.label = if workstation {
            "Windows 7"
        } else {
            "Windows Server 2008 R2"
        };
    }
    if (major, minor) == (5, 2) && workstation {
        v.label = "Windows XP x64";
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cap(text: &str) -> (Family, u8) {
        let v = parse_caption(text, None).unwrap_or_else(|| panic!("{text}"));
        (v.family, v.service_pack)
    }

    #[test]
    fn captions_as_windows_prints_them() {
        use Family::*;
        let cases = [
            (
                "Windows Server 2003 R2 Enterprise x64 Edition SP2",
                (Server2003, 2),
            ),
            (
                "Microsoft(R) Windows(R) Server 2003, Enterprise Edition Service Pack 1",
                (Server2003, 1),
            ),
            (
                "Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition Service Pack 2",
                (Server2003, 2),
            ),
            (
                "Microsoftr Windows Serverr 2008 Enterprise",
                (Server2008, 0),
            ),
            ("Microsoftr Windows VistaT Enterprise", (Vista, 0)),
            ("Microsoftr WindowsT XPr Professional", (Xp, 0)),
            (
                "Microsoft Windows Server 2008T R2r Enterprise",
                (LaterServer, 0),
            ),
            (
                "Microsoft® Windows Server® 2008 Enterprise ",
                (Server2008, 0),
            ),
            ("Windows XP Professional SP3", (Xp, 3)),
            ("Windows Vista Business SP1", (Vista, 1)),
            ("Windows Server 2008 R2 Enterprise", (LaterServer, 0)),
            ("Windows 7 Professional", (LaterClient, 0)),
            ("5.2.3790 Service Pack 2 Build 3790", (Server2003, 2)),
        ];
        for (text, expected) in cases {
            assert_eq!(cap(text), expected, "{text}");
        }
        assert!(
            parse_caption("Windows Server 2003 R2 SP2", None)
                .unwrap()
                .r2
        );
        assert_eq!(parse_caption("Solaris 10", None), None);
        assert_eq!(parse_caption("", None), None);
    }

    #[test]
    fn numeric_versions_need_the_product_type_to_tell_clients_from_servers() {
        let vista = parse_numeric("6.0.6001", Some(1), Some(ProductType::Workstation)).unwrap();
        assert_eq!(vista.family, Family::Vista);
        let server = parse_numeric("6.0.6001", Some(1), None).unwrap();
        assert_eq!(server.family, Family::Server2008);
        let xp64 = parse_numeric("5.2.3790", None, Some(ProductType::Workstation)).unwrap();
        assert_eq!(xp64.family, Family::Xp);
        assert_eq!(
            parse_numeric("6.1.7600", None, None).unwrap().to_string(),
            "Windows Server 2008 R2"
        );
        assert_eq!(parse_numeric("banana", None, None), None);
    }

    #[test]
    fn what_the_numbers_alone_tell() {
        for (version, both) in [
            ("5.1.2600", false),
            ("5.2.3790", true),
            ("6.0.6001", true),
            ("6.1.7601", true),
            ("10.0.14393", true),
            ("banana", false),
        ] {
            assert_eq!(names_client_and_server(version), both, "{version}");
        }
        for (version, sp) in [
            ("6.0.6000", Some(0)),
            ("6.0.6001", Some(1)),
            ("6.0.6002", Some(2)),
            ("6.0.6003", Some(2)),
            ("6.1.7601", Some(1)),
            ("5.2.3790", None),
            ("5.1.2600", None),
            ("6.0", None),
        ] {
            assert_eq!(service_pack_of_build(version), sp, "{version}");
        }
    }

    #[test]
    fn service_packs() {
        assert_eq!(parse_service_pack("SP2"), Some(2));
        assert_eq!(parse_service_pack("Service Pack 2"), Some(2));
        assert_eq!(parse_service_pack("2"), Some(2));
        assert_eq!(parse_service_pack("N/A"), Some(0));
        assert_eq!(parse_service_pack("two"), None);
    }
}
