//! ADM503 vista-manages-cms: a workstation on Windows Vista manages a clustered mailbox server.
//! Stand-alone servers may be managed from Vista; a CMS may not.

use super::management::{
    cms_names, describe_nodes, entry_cms, remote_desktop_nodes, report_at_entries,
};
use crate::engine::{Input, Rule, Sink};
use crate::model::Family;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM503.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for ws in &inv.workstations {
        let (Some(os_field), Some(os)) = (&ws.os, ws.os()) else {
            continue;
        };
        if os.family != Family::Vista {
            continue;
        }
        let managed = ws.managed_cms(inv, |_, _| true);
        let (name, names) = (&ws.name.text, cms_names(&managed));
        let Some(finding) = report_at_entries(
            sink,
            ws,
            &managed,
            format!("workstation {name} on Windows Vista manages CMS {names}"),
            |entry, list| entry_cms(entry, list, ""),
        ) else {
            continue;
        };
        finding.label(os_field.span, "Windows Vista");
        finding.note(
            "a clustered mailbox server cannot be managed remotely from Windows Vista; only \
             stand-alone servers that run Exchange 2007 SP1 or SP2 can",
        );
        // Any node will do: it runs the CMS's own OS and the Exchange management tools.
        let nodes = remote_desktop_nodes(&managed, |cluster, group| {
            group
                .owner
                .as_ref()
                .and_then(|o| cluster.node(&o.text))
                .or_else(|| cluster.nodes.first())
        });
        let via = if nodes.is_empty() {
            String::new()
        } else {
            format!(
                ", for example by Remote Desktop to {}",
                describe_nodes(&nodes)
            )
        };
        finding.help(format!(
            "manage {names} from a computer on Windows Server 2008, Windows Server 2003 or Windows \
             XP{via}; {name} can go on managing stand-alone servers that run SP1 or SP2"
        ));
        for (_, node) in &nodes {
            finding.fix(format!("mstsc /v:{}", node.name.text));
        }
    }
}
