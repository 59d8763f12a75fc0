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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowsVersion {
    pub family: Family,
    /// Windows Server 2003 R2.
    pub r2: bool,
    /// The service pack: `Some(0)` when none is installed, `None` when no source gives it (a
    /// caption alone never does).
    pub service_pack: Option<u8>,
    /// The lowest service pack the edition runs, whatever `service_pack` says: 1 for Windows
    /// Server 2003 R2 and the x64 editions of Windows Server 2003 and Windows XP (built on SP1)
    /// and for Windows Server 2008 (first released as 6.0.6001, the SP1 level); else 0.
    pub min_service_pack: u8,
    /// The product as it is best named (`Windows Server 2008 R2`, `Windows 7`).
    label: &'static str,
}

impl WindowsVersion {
    pub fn new(family: Family, service_pack: Option<u8>) -> Self {
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
            min_service_pack: u8::from(family == Family::Server2008),
            label,
        }
    }

    /// Whether the service pack is below `level`: `None` when it is unknown and the edition's
    /// minimum does not settle it.
    pub fn service_pack_below(&self, level: u8) -> Option<bool> {
        match self.service_pack {
            Some(sp) => Some(sp < level),
            None if self.min_service_pack >= level => Some(false),
            None => None,
        }
    }

    /// Records that service pack `level` was installed: the service pack is at least `level`.
    /// An install whose level is unknown leaves the service pack unknown, at least what it was.
    pub fn install_service_pack(&mut self, level: Option<u8>) {
        match (&mut self.service_pack, level) {
            (Some(sp), Some(level)) => *sp = (*sp).max(level),
            (None, Some(level)) => self.min_service_pack = self.min_service_pack.max(level),
            (Some(sp), None) => {
                self.min_service_pack = self.min_service_pack.max(*sp);
                self.service_pack = None;
            }
            (None, None) => {}
        }
    }

    /// Whether two sources describe the same Windows: one family, and service packs that do not
    /// contradict each other (an unknown one contradicts none at or above its minimum).
    pub fn agrees_with(&self, other: &WindowsVersion) -> bool {
        let fits = |a: &WindowsVersion, b: &WindowsVersion| match (a.service_pack, b.service_pack) {
            (Some(x), Some(y)) => x == y,
            (None, Some(y)) => y >= a.min_service_pack,
            (_, None) => true,
        };
        self.family == other.family && fits(self, other) && fits(other, self)
    }

    /// Short product name without service pack (`Windows Server 2003 R2`).
    pub fn product(&self) -> &'static str {
        self.label
    }
}

impl fmt::Display for WindowsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label)?;
        if let Some(sp) = self.service_pack.filter(|&sp| sp > 0) {
            write!(f, " SP{sp}")?;
        }
        Ok(())
    }
}

/// Parses a service pack: `2`, `SP2`, `sp 2`, `Service Pack 2`, `N/A`, `RTM` (none).
pub fn parse_service_pack(text: &str) -> Option<u8> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() || lower == "n/a" || lower == "none" || lower == "rtm" {
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
///
/// An estate repeats a handful of captions on thousands of machines, so each worker thread
/// remembers the captions it has read (up to [`REMEMBERED_CAPTIONS`], then it starts over).
pub fn parse_caption(caption: &str, service_pack: Option<u8>) -> Option<WindowsVersion> {
    type Remembered = Vec<(Option<u8>, Option<WindowsVersion>)>;
    thread_local! {
        static CAPTIONS: std::cell::RefCell<foldhash::HashMap<String, Remembered>> =
            Default::default();
    }
    CAPTIONS.with_borrow_mut(|captions| {
        if let Some(known) = captions.get(caption)
            && let Some((_, version)) = known.iter().find(|(sp, _)| *sp == service_pack)
        {
            return *version;
        }
        let version = read_caption(caption, service_pack);
        if captions.len() >= REMEMBERED_CAPTIONS {
            captions.clear();
        }
        captions
            .entry(caption.to_string())
            .or_default()
            .push((service_pack, version));
        version
    })
}

/// How many distinct captions a worker thread remembers.
const REMEMBERED_CAPTIONS: usize = 512;

fn read_caption(caption: &str, service_pack: Option<u8>) -> Option<WindowsVersion> {
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
    // A caption without a service pack leaves it unknown: the captions Windows prints never
    // carry it.
    let service_pack = service_pack.or_else(|| sp_in_words(&words));
    let mut version = if has("xp") {
        WindowsVersion::new(Family::Xp, service_pack)
    } else if has("vista") {
        WindowsVersion::new(Family::Vista, service_pack)
    } else if has("2003") {
        let mut v = WindowsVersion::new(Family::Server2003, service_pack);
        if has("r2") {
            v.r2 = true;
            v.label = "Windows Server 2003 R2";
        }
        v
    } else if has("2008") && has("r2") {
        let mut v = WindowsVersion::new(Family::LaterServer, service_pack);
        v.label = "Windows Server 2008 R2";
        v
    } else if has("2008") {
        WindowsVersion::new(Family::Server2008, service_pack)
    } else if let Some(&(_, plain, r2)) = LATER_SERVERS.iter().find(|(year, ..)| has(year)) {
        let mut v = WindowsVersion::new(Family::LaterServer, service_pack);
        v.label = if has("r2") { r2 } else { plain };
        v
    } else if has("windows")
        && let Some(&(_, label)) = LATER_CLIENTS.iter().find(|(n, _)| has(n))
    {
        let mut v = WindowsVersion::new(Family::LaterClient, service_pack);
        v.label = label;
        v
    } else {
        return None;
    };
    // Windows Server 2003 R2 and the x64 editions of 2003 and XP were built on SP1.
    if version.r2 || (has("x64") && matches!(version.family, Family::Server2003 | Family::Xp)) {
        version.min_service_pack = 1;
    }
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
    let mut v = WindowsVersion::new(family, service_pack);
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

/// Cluster administration tools as `clusterTools` names them: the Windows version whose tools
/// they are, or the package that installs them: `adminpak` (`Adminpak.msi`, the Windows Server
/// 2003 Administration Tools Pack, for Windows Server 2003 and XP) and `RSAT-Clustering` (the
/// Windows Server 2008 Failover Clustering tools feature).
pub fn parse_cluster_tools(text: &str) -> Option<WindowsVersion> {
    let caption = match text.trim().to_ascii_lowercase().as_str() {
        "adminpak" | "adminpak.msi" => "Windows Server 2003",
        "rsat-clustering" => "Windows Server 2008",
        _ => text,
    };
    parse_caption(caption, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Family, service pack (`None`: unknown) and the edition's minimum service pack.
    fn cap(text: &str) -> (Family, Option<u8>, u8) {
        let v = parse_caption(text, None).unwrap_or_else(|| panic!("{text}"));
        (v.family, v.service_pack, v.min_service_pack)
    }

    #[test]
    fn captions_as_windows_prints_them() {
        use Family::*;
        let cases = [
            (
                "Windows Server 2003 R2 Enterprise x64 Edition SP2",
                (Server2003, Some(2), 1),
            ),
            (
                "Microsoft(R) Windows(R) Server 2003, Enterprise Edition Service Pack 1",
                (Server2003, Some(1), 0),
            ),
            (
                "Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition Service Pack 2",
                (Server2003, Some(2), 1),
            ),
            // No service pack in the caption: unknown, with the edition's minimum.
            (
                "Microsoft(R) Windows(R) Server 2003 R2 Enterprise x64 Edition",
                (Server2003, None, 1),
            ),
            (
                "Microsoft(R) Windows(R) Server 2003, Enterprise Edition",
                (Server2003, None, 0),
            ),
            ("Windows XP Professional x64 Edition", (Xp, None, 1)),
            (
                "Microsoftr Windows Serverr 2008 Enterprise",
                (Server2008, None, 1),
            ),
            ("Microsoftr Windows VistaT Enterprise", (Vista, None, 0)),
            ("Microsoftr WindowsT XPr Professional", (Xp, None, 0)),
            (
                "Microsoft Windows Server 2008T R2r Enterprise",
                (LaterServer, None, 0),
            ),
            (
                "Microsoft® Windows Server® 2008 Enterprise ",
                (Server2008, None, 1),
            ),
            ("Windows XP Professional SP3", (Xp, Some(3), 0)),
            ("Windows Vista Business SP1", (Vista, Some(1), 0)),
            ("Windows Vista Business", (Vista, None, 0)),
            ("Windows Server 2008 R2 Enterprise", (LaterServer, None, 0)),
            ("Windows 7 Professional", (LaterClient, None, 0)),
            (
                "5.2.3790 Service Pack 2 Build 3790",
                (Server2003, Some(2), 0),
            ),
            ("5.2.3790 Build 3790", (Server2003, None, 0)),
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
    fn only_the_words_captions_are_read_by_lose_a_glued_sign() {
        // systeminfo glues `r` and `T` to any word; a word that merely ends in one keeps it.
        assert_eq!(
            words("microsoftr windowst serverr 2012r r2t 7t 10r server datacenter xpr"),
            "microsoft windows server 2012 r2 7 10 server datacenter xp"
                .split(' ')
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_minimum_decides_only_when_it_settles_the_question() {
        let r2 = parse_caption("Windows Server 2003 R2 Enterprise x64 Edition", None).unwrap();
        assert_eq!(r2.service_pack_below(1), Some(false));
        assert_eq!(r2.service_pack_below(2), None);
        let stated = parse_caption("Windows Server 2003 Enterprise Edition", Some(0)).unwrap();
        assert_eq!(stated.service_pack_below(2), Some(true));
        assert_eq!(stated.to_string(), "Windows Server 2003");
        let mut installed = r2;
        installed.install_service_pack(Some(2));
        assert_eq!(installed.service_pack_below(2), Some(false));
        assert_eq!(installed.service_pack, None);
        let mut unreadable = stated;
        unreadable.install_service_pack(None);
        assert_eq!(unreadable.service_pack_below(2), None);
        let sp2 = parse_caption("Windows Server 2003 R2 Enterprise x64 Edition SP2", None).unwrap();
        assert!(r2.agrees_with(&sp2) && sp2.agrees_with(&r2));
        let sp0 = parse_caption("Windows Server 2003 R2", Some(0)).unwrap();
        assert!(
            !r2.agrees_with(&sp0),
            "R2 cannot run without a service pack"
        );
        assert!(!sp0.agrees_with(&sp2));
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
            ("6.1.7600", Some(0)),
            ("6.1.7601", Some(1)),
            ("5.2.3790", None),
            ("5.1.2600", None),
            ("6.0", None),
        ] {
            assert_eq!(service_pack_of_build(version), sp, "{version}");
        }
    }

    #[test]
    fn a_service_pack_among_a_captions_words() {
        for (words, sp) in [
            (
                &["windows", "xp", "professional", "service", "pack", "3"][..],
                Some(3),
            ),
            (&["windows", "vista", "sp2"], Some(2)),
            (&["windows", "vista", "sp", "1"], Some(1)),
            // `pack` counts only after `service`, and `service` only before `pack`.
            (&["pack", "3"], None),
            (&["feature", "pack", "3"], None),
            (&["service", "3"], None),
        ] {
            assert_eq!(sp_in_words(words), sp, "{words:?}");
        }
    }

    #[test]
    fn numeric_xp() {
        let xp = parse_numeric("5.1.2600", Some(3), None).unwrap();
        assert_eq!((xp.family, xp.service_pack), (Family::Xp, Some(3)));
    }

    #[test]
    fn service_packs() {
        assert_eq!(parse_service_pack("SP2"), Some(2));
        assert_eq!(parse_service_pack("Service Pack 2"), Some(2));
        assert_eq!(parse_service_pack("2"), Some(2));
        assert_eq!(parse_service_pack("N/A"), Some(0));
        assert_eq!(parse_service_pack("RTM"), Some(0));
        assert_eq!(parse_service_pack("two"), None);
    }
}
