//! ADM503 vista-manages-cms: a workstation on Windows Vista manages a clustered mailbox server.
//! Stand-alone servers may be managed from Vista; a CMS may not.

use super::management::{
    cms_names, describe_nodes, entry_cms, remote_desktop_fixes, remote_desktop_nodes,
    report_at_entries,
};
use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM503.md"),
    doc_ja: include_str!("../../rules/ja/ADM503.md"),
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
        let (name, names) = (ws.name.text.as_str(), cms_names(&managed));
        let message = msg!("adm503-message", workstation = name, cms = names.clone());
        let Some(finding) = report_at_entries(sink, ws, &managed, message, |entry, list| {
            entry_cms(entry, list, None)
        }) else {
            continue;
        };
        finding.label(os_field.span, Message::verbatim("Windows Vista"));
        finding.note(msg!("adm503-note"));
        // Any node will do: it runs the CMS's own OS and the Exchange management tools.
        let nodes = remote_desktop_nodes(&managed, |cluster, group| {
            (cluster.owner_of(group)).or_else(|| cluster.nodes.first())
        });
        let help = if nodes.is_empty() {
            Message::new("adm503-help")
        } else {
            Message::new("adm503-help-via").arg("nodes", describe_nodes(&nodes))
        };
        finding.help(help.arg("cms", names).arg("workstation", name));
        remote_desktop_fixes(finding, &nodes);
    }
}
