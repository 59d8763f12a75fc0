//! ADM505 mixed-cluster-tools: a workstation lists cluster administration tools of more than one
//! OS version. Windows Server 2003 (Adminpak.msi, also on XP), Windows Server 2008 (the failover
//! cluster tools, which Vista's Remote Server Administration Tools also install) and Windows
//! Server 2008 R2 (also Windows 7's) are three versions, and so is each later server release;
//! one computer holds the tools of one version.

use crate::engine::{Input, Joiner, Rule, Sink, join_names, name_list};
use crate::i18n::Message;
use crate::model::{Family, OsField, WindowsVersion};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM505.md"),
    doc_ja: include_str!("../../rules/ja/ADM505.md"),
    check: Some(check),
};

/// The version of the cluster administration tools that an entry names, or that a computer on
/// this OS runs: the server release they come with. `None` when the version does not say which
/// release (a numeric 6.2 or later) or names a client after Windows 7.
fn tools_version(os: &WindowsVersion) -> Option<&'static str> {
    match os.family {
        Family::Xp | Family::Server2003 => Some("Windows Server 2003"),
        Family::Server2008 | Family::Vista => Some("Windows Server 2008"),
        Family::LaterClient if os.product() == "Windows 7" => Some("Windows Server 2008 R2"),
        Family::LaterServer if !os.product().ends_with("or later") => Some(os.product()),
        Family::LaterServer | Family::LaterClient => None,
    }
}

fn check(input: &Input, sink: &mut Sink) {
    for ws in &input.inventory.workstations {
        // Each version with the first entry that names it, in the order listed.
        let mut versions: Vec<(&str, &OsField)> = Vec::new();
        for entry in &ws.cluster_tools {
            let Some(version) = entry.known().and_then(tools_version) else {
                continue;
            };
            if !versions.iter().any(|(v, _)| *v == version) {
                versions.push((version, entry));
            }
        }
        let [first, second, rest @ ..] = versions.as_slice() else {
            continue;
        };
        let name = ws.name.text.as_str();
        let names: Vec<&str> = versions.iter().map(|(v, _)| *v).collect();
        let versions = name_list(&names);
        let message = msg!("adm505-message", workstation = name, versions = versions);
        let finding = sink.report(ws.entity(), second.1.span, message);
        finding
            .primary_label(msg!("adm505-label", version = second.0))
            .label(first.1.span, msg!("adm505-label", version = first.0));
        for (version, entry) in rest {
            finding.label(entry.span, msg!("adm505-label", version = *version));
        }
        finding.note(msg!("adm505-note"));
        let own = ws
            .os()
            .and_then(|os| Some((os, tools_version(os)?)))
            .filter(|(_, own)| names.contains(own));
        let help = match own {
            Some((os, keep)) => {
                let others: Vec<&str> = names.iter().copied().filter(|v| *v != keep).collect();
                Message::new("adm505-help-keep")
                    .arg("keep", keep)
                    .arg("os", os.product())
                    .arg("remove", join_names(&others, Joiner::And))
                    .arg("others", join_names(&others, Joiner::Or))
            }
            None => Message::new("adm505-help"),
        };
        finding.help(help.arg("workstation", name));
    }
}
