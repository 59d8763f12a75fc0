//! ADM504 cross-os-cluster-management: a workstation on Windows Server 2003 or XP manages a CMS
//! on Windows Server 2008, or one on Windows Server 2008 manages a CMS on Windows Server 2003.
//! Vista is ADM503's. A CMS runs on its owner node's OS, or, when that is unknown, on the one
//! OS generation every node with a known OS shares (a failover cluster cannot mix them).

use super::management::{
    cms_names, describe_nodes, entry_cms, remote_desktop_nodes, report_at_entries,
};
use crate::engine::{Input, Rule, Sink};
use crate::model::{Cluster, ClusterNode, Family, Group};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM504.md"),
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
        let (name, names, product) = (&ws.name.text, cms_names(&wrong), os.product());
        let Some(finding) = report_at_entries(
            sink,
            ws,
            &wrong,
            format!("workstation {name} on {product} manages CMS {names} on {other_name}"),
            |entry, list| format!("{} on {other_name}", entry_cms(entry, list, "")),
        ) else {
            continue;
        };
        finding.label(os_field.span, product.to_string());
        finding.note(
            "the cluster administration tools cannot remotely manage a failover cluster on another \
             operating system, so neither can the Exchange management tools: not a CMS on Windows \
             Server 2008 from Windows Server 2003 or XP, nor a CMS on Windows Server 2003 from \
             Windows Server 2008",
        );
        let nodes = remote_desktop_nodes(&wrong, |cluster, group| {
            owner(cluster, group)
                .filter(|n| node_family(n) == Some(other))
                .or_else(|| cluster.nodes.iter().find(|n| node_family(n) == Some(other)))
        });
        finding.help(format!(
            "manage {names} by Remote Desktop to a computer that runs {other_name}, such as {}",
            describe_nodes(&nodes)
        ));
        for (_, node) in &nodes {
            finding.fix(format!("mstsc /v:{}", node.name.text));
        }
    }
}

fn owner<'a>(cluster: &'a Cluster, group: &Group) -> Option<&'a ClusterNode> {
    cluster.node(&group.owner.as_ref()?.text)
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
