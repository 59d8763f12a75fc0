//! ADM506 missing-cluster-tools: a workstation manages a CMS but lists no cluster
//! administration tools. The fix depends on its OS: the Administration Tools Pack
//! (Adminpak.msi) on Windows Server 2003 or XP, the RSAT-Clustering feature on Windows Server
//! 2008. Vista is ADM503's; Windows Server 2008 R2, Windows 7 and later are outside the lists.

use super::management::{cms_names, entry_cms, report_at_entries};
use crate::engine::{Input, Rule, Sink};
use crate::model::Family;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM506.md"),
    check: Some(check),
};

const ADMINPAK: &str = "msiexec /i Adminpak.msi";
const RSAT: &str = "ServerManagerCmd -i RSAT-Clustering";

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for ws in &inv.workstations {
        if !ws.cluster_tools.is_empty() || !ws.cluster_tools_known {
            continue;
        }
        let family = ws.os().map(|os| os.family);
        if matches!(
            family,
            Some(Family::Vista | Family::LaterServer | Family::LaterClient)
        ) {
            continue;
        }
        let managed = ws.managed_cms(inv, |_, _| true);
        let (name, names) = (&ws.name.text, cms_names(&managed));
        let Some(finding) = report_at_entries(
            sink,
            ws,
            &managed,
            format!("workstation {name} manages CMS {names} without cluster administration tools"),
            |entry, list| entry_cms(entry, list, ""),
        ) else {
            continue;
        };
        finding.note(
            "the Exchange management tools manage a CMS through the cluster administration tools, \
             which come with the Administration Tools Pack (Adminpak.msi) on Windows Server 2003 \
             or Windows XP and with the RSAT-Clustering feature on Windows Server 2008",
        );
        finding.note("if the cluster tools are installed already, list them under `clusterTools`");
        let adminpak = format!(
            "install the Windows Server 2003 Administration Tools Pack on {name} \
             (`{ADMINPAK}`, see KB 304718)"
        );
        let rsat = format!("install the failover cluster tools on {name} (`{RSAT}`)");
        match family {
            Some(Family::Xp | Family::Server2003) => {
                finding.help(adminpak).fix(ADMINPAK);
            }
            Some(Family::Server2008) => {
                finding.help(rsat).fix(RSAT);
            }
            _ => {
                finding.help(format!(
                    "on Windows Server 2003 or Windows XP, {adminpak}; on Windows Server 2008, \
                     {rsat}"
                ));
            }
        }
    }
}
