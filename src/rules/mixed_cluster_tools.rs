//! ADM505 mixed-cluster-tools: a workstation lists cluster administration tools of more than one
//! OS version. Windows Server 2003 (Adminpak.msi, also on XP), Windows Server 2008 (the failover
//! cluster tools, which Vista's Remote Server Administration Tools also install) and Windows
//! Server 2008 R2 (also Windows 7's) are three versions, and so is each later server release;
//! one computer holds the tools of one version.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Family, OsField, WindowsVersion};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM505.md"),
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
        let name = &ws.name.text;
        let names: Vec<&str> = versions.iter().map(|(v, _)| *v).collect();
        let listed = match names.as_slice() {
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
            [] => String::new(),
        };
        let finding = sink.report(
            ws.entity(),
            second.1.span,
            format!("workstation {name} has cluster administration tools of {listed}"),
        );
        finding
            .primary_label(format!("{} cluster tools", second.0))
            .label(first.1.span, format!("{} cluster tools", first.0));
        for (version, entry) in rest {
            finding.label(entry.span, format!("{version} cluster tools"));
        }
        finding.note(
            "cluster administration tools of different operating system versions cannot be \
             installed on the same computer",
        );
        let own = ws
            .os()
            .and_then(|os| Some((os, tools_version(os)?)))
            .filter(|(_, own)| names.contains(own));
        match own {
            Some((os, keep)) => {
                let others: Vec<&str> = names.iter().copied().filter(|v| *v != keep).collect();
                finding.help(format!(
                    "keep only the {keep} cluster tools on {name} (the ones {} runs), remove the \
                     {} ones, and manage the clusters on {} by Remote Desktop to one of their \
                     nodes (`mstsc /v:<node>`)",
                    os.product(),
                    others.join(" and "),
                    others.join(" or ")
                ))
            }
            None => finding.help(format!(
                "keep the cluster tools of one OS version on {name}, the one its own Windows \
                 runs, and manage the clusters on the others by Remote Desktop to one of their \
                 nodes (`mstsc /v:<node>`)"
            )),
        };
    }
}
