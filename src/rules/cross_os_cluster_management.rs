//! ADM504 cross-os-cluster-management: a workstation on Windows Server 2003 or XP manages a CMS
//! on Windows Server 2008, or one on Windows Server 2008 manages a CMS on Windows Server 2003.
//! Vista is ADM503's. A CMS runs on its owner node's OS, or, when that is unknown, on the one
//! OS generation every node with a known OS shares (a failover cluster cannot mix them).

use super::management::{
    cms_names, describe_nodes, entry_cms, remote_desktop_fixes, remote_desktop_nodes,
    report_at_entries,
};
use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::{Cluster, ClusterNode, Family, Group};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM504.md"),
    doc_ja: include_str!("../../rules/ja/ADM504.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for ws in &inv.workstations {
        let (Some(os_field), Some(os)) = (&ws.os, ws.os()) else {
            continue;
        };
        let other = match os.family {
            Family::Xp | Family::Server2003 => Family::Server2008,
            Family::Server2008 => Family::Server2003,
            _ => continue,
        };
        let wrong = ws.managed_cms(inv, |c, g| cms_family(c, g) == Some(other));
        let other_name = if other == Family::Server2008 {
            "Windows Server 2008"
        } else {
            "Windows Server 2003"
        };
        let (name, names, product) = (ws.name.text.as_str(), cms_names(&wrong), os.product());
        let message = Message::new("adm504-message")
            .arg("workstation", name)
            .arg("os", product)
            .arg("cms", names.clone())
            .arg("other", other_name);
        let Some(finding) = report_at_entries(sink, ws, &wrong, message, |entry, list| {
            let cms = entry_cms(entry, list, None);
            msg!("adm504-label-entry", cms = cms, other = other_name)
        }) else {
            continue;
        };
        finding.label(os_field.span, Message::verbatim(product));
        finding.note(msg!("adm504-note"));
        let nodes = remote_desktop_nodes(&wrong, |cluster, group| {
            owner(cluster, group)
                .filter(|n| node_family(n) == Some(other))
                .or_else(|| cluster.nodes.iter().find(|n| node_family(n) == Some(other)))
        });
        let help = Message::new("adm504-help")
            .arg("cms", names)
            .arg("other", other_name)
            .arg("nodes", describe_nodes(&nodes));
        finding.help(help);
        remote_desktop_fixes(finding, &nodes);
    }
}

fn owner<'a>(cluster: &'a Cluster, group: &Group) -> Option<&'a ClusterNode> {
    cluster.owner_of(group)
}

/// Windows Server 2003 or 2008, the two OS generations of Exchange 2007 failover clusters.
fn node_family(node: &ClusterNode) -> Option<Family> {
    node.os().and_then(|os| server_family(os.family))
}

/// The OS a CMS runs on: its owner node's, or else the one every node with a known OS shares.
fn cms_family(cluster: &Cluster, group: &Group) -> Option<Family> {
    if let Some(node) = owner(cluster, group).filter(|n| n.os().is_some()) {
        return node_family(node);
    }
    let mut families = cluster
        .nodes
        .iter()
        .filter(|n| n.os().is_some())
        .map(node_family);
    let first = families.next()??;
    families.all(|f| f == Some(first)).then_some(first)
}

fn server_family(family: Family) -> Option<Family> {
    matches!(family, Family::Server2003 | Family::Server2008).then_some(family)
}
