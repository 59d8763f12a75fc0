//! What a record says about Windows: the numeric version decides the family, the product type
//! (or else the caption, or systeminfo's OS Configuration in the languages cmslint knows)
//! tells a client from a server, and the service pack comes from the record or its build; what
//! the record leaves open is said ([`Missing`]), never guessed.

use super::Field;
use super::record::{Fact, Record};
use crate::model::windows::{self, ProductType, WindowsVersion};

/// What a record says about Windows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OsReading {
    Known(WindowsVersion),
    /// Understood, but the record does not say what the version needs to be one Windows.
    Undecided(Missing),
    /// Not understood (INV005).
    Unreadable,
}

/// What a Windows version read from a record lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The numbers name a client and a server release alike (5.2 is XP x64 and Windows Server
    /// 2003, 6.0 Vista and Windows Server 2008), and no product type, OS configuration or
    /// caption tells which.
    ProductType,
    /// No service pack in the record, and the build number does not tell it (5.2.3790 is every
    /// service pack of Windows Server 2003).
    ServicePack,
}

impl OsReading {
    pub fn known(&self) -> Option<&WindowsVersion> {
        match self {
            OsReading::Known(v) => Some(v),
            _ => None,
        }
    }
}

/// Service pack of a systeminfo OS Version: `5.2.3790 Service Pack 2 Build 3790`; the last two
/// words are the (localised) build label and number. A slot without a number is systeminfo's
/// `N/A` in the language of Windows (`N/A`, `Nicht zutreffend`, `Non applicable`, `該当なし`):
/// no service pack. `None`: a `Service Pack` without its number.
fn systeminfo_service_pack(version: &str) -> Option<u8> {
    let words: Vec<&str> = version.split_whitespace().collect();
    let slot = match words.len() {
        0 | 1 => "".to_string(),
        2 => words[1].to_string(),
        n => words[1..n - 2].join(" "),
    };
    if slot.contains(|c: char| c.is_ascii_digit()) {
        windows::parse_service_pack(&slot)
    } else if slot.to_ascii_lowercase().contains("service pack") {
        None
    } else {
        Some(0)
    }
}

/// What systeminfo's OS Configuration says about the computer, in the languages whose words
/// cmslint knows: English (`Standalone Workstation`, `Member Workstation`, `Standalone Server`,
/// `Member Server`, `Primary Domain Controller`, `Additional Domain Controller`), German
/// (`Eigenständige Arbeitsstation`, `Mitgliedsarbeitsstation`, `Mitgliedsserver`, ...) and
/// Japanese (`スタンドアロン ワークステーション`, `メンバー サーバー`, ...). A workstation
/// word makes a workstation; a server or domain-controller word a server.
pub fn os_configuration(value: &str) -> Option<ProductType> {
    const WORKSTATION: [&str; 3] = ["workstation", "arbeitsstation", "ワークステーション"];
    const SERVER: [&str; 5] = [
        "server",
        "domain controller",
        "domänencontroller",
        "サーバ",
        "ドメイン コントローラ",
    ];
    let value = value.to_lowercase();
    if WORKSTATION.iter().any(|w| value.contains(w)) {
        Some(ProductType::Workstation)
    } else if SERVER.iter().any(|w| value.contains(w)) {
        Some(ProductType::Server)
    } else {
        None
    }
}

/// The service pack a record gives.
#[derive(Clone, Copy)]
enum ServicePack {
    Known(u8),
    /// Given, but not understood.
    Unreadable,
    /// Not given, and the build does not tell it.
    Missing,
}

/// Windows from a caption and a numeric version: the numeric version decides the family
/// (robust against localised and mangled captions); the product type (or else the caption)
/// tells a client from a server where the numbers name both; the caption adds what it alone
/// knows (R2).
fn os(
    caption: Option<&Field>,
    numeric: &str,
    sp: ServicePack,
    product: Option<ProductType>,
) -> OsReading {
    let sp = match sp {
        ServicePack::Known(sp) => Some(sp),
        ServicePack::Unreadable => return OsReading::Unreadable,
        ServicePack::Missing => None,
    };
    let from_caption = caption.and_then(|c| windows::parse_caption(&c.text, sp));
    let product = product.or_else(|| {
        from_caption.as_ref().map(|v| match v.family {
            windows::Family::Xp | windows::Family::Vista | windows::Family::LaterClient => {
                ProductType::Workstation
            }
            _ => ProductType::Server,
        })
    });
    if product.is_none() && windows::names_client_and_server(numeric) {
        return OsReading::Undecided(Missing::ProductType);
    }
    let Some(sp) = sp else {
        return OsReading::Undecided(Missing::ServicePack);
    };
    let Some(from_number) = windows::parse_numeric(numeric, Some(sp), product) else {
        return OsReading::Unreadable;
    };
    OsReading::Known(match from_caption {
        Some(v) if v.family == from_number.family => v,
        _ => from_number,
    })
}

/// The Windows fact a record states: systeminfo's `OS Version`, or WMI's `Version` beside the
/// properties of Win32_OperatingSystem.
pub(super) fn fact(record: &Record) -> Option<Fact> {
    if let Some(version) = record.get("OS Version") {
        let sp = systeminfo_service_pack(&version.text)
            .map_or(ServicePack::Unreadable, ServicePack::Known);
        let number = version.text.split_whitespace().next().unwrap_or("");
        let product = record
            .get("OS Configuration")
            .and_then(|c| os_configuration(&c.text));
        return Some(Fact::Os {
            host: record.get("Host Name").cloned(),
            text: version.clone(),
            reading: os(record.get("OS Name"), number, sp, product),
        });
    }
    if let Some(version) = record.get("Version")
        && [
            "Caption",
            "BuildNumber",
            "CSDVersion",
            "ServicePackMajorVersion",
            "ProductType",
        ]
        .iter()
        .any(|p| record.has(p))
    {
        // A blank CSDVersion is WMI's null: no service pack. Without either property (the
        // default view) the service pack is unknown, unless the build tells it.
        let given = if let Some(n) = record.get("ServicePackMajorVersion") {
            Some(windows::parse_service_pack(&n.text))
        } else if record.has("CSDVersion") || record.has("ServicePackMajorVersion") {
            Some(windows::parse_service_pack(
                record.get("CSDVersion").map_or("", |f| &f.text),
            ))
        } else {
            None
        };
        let sp = match given {
            Some(Some(sp)) => ServicePack::Known(sp),
            Some(None) => ServicePack::Unreadable,
            None => windows::service_pack_of_build(&version.text)
                .map_or(ServicePack::Missing, ServicePack::Known),
        };
        let product = record.get("ProductType").and_then(|p| match p.text.trim() {
            "1" => Some(ProductType::Workstation),
            "2" | "3" => Some(ProductType::Server),
            _ => None,
        });
        return Some(Fact::Os {
            host: record
                .first(&["CSName", "PSComputerName", "__SERVER"])
                .cloned(),
            text: version.clone(),
            reading: os(record.get("Caption"), &version.text, sp, product),
        });
    }
    None
}
