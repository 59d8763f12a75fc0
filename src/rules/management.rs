//! What the management rules (ADM501-ADM506) share: naming the CMSs a workstation's `manages`
//! entries resolve to, reporting at those entries, and picking nodes to work from.

use crate::engine::{Finding, Sink};
use crate::model::{Cluster, ClusterNode, Group, Name, Workstation};

/// `manages` entries, each with the CMSs it names (`Workstation::managed_cms`).
pub(super) type Entries<'a> = [(&'a Name, Vec<(&'a Cluster, &'a Group)>)];

/// The CMSs the entries name, each once, as first spelled: `EXCMS01, EXCMS02`.
pub(super) fn cms_names(entries: &Entries) -> String {
    let mut names: Vec<&Name> = Vec::new();
    for (_, list) in entries {
        for (_, group) in list {
            if !names.iter().any(|n| n.key() == group.name.key()) {
                names.push(&group.name);
            }
        }
    }
    let names: Vec<&str> = names.iter().map(|n| n.text.as_str()).collect();
    names.join(", ")
}

/// What one entry names, for its label: `RTM CMS EXCMS01`, or `cluster EXCLU01: RTM CMS
/// EXCMS01, EXCMS02` for an entry that names a cluster. `qualifier` may be empty.
pub(super) fn entry_cms(entry: &Name, list: &[(&Cluster, &Group)], qualifier: &str) -> String {
    let cms = if qualifier.is_empty() {
        "CMS".to_string()
    } else {
        format!("{qualifier} CMS")
    };
    let names: Vec<&str> = list.iter().map(|(_, g)| g.name.text.as_str()).collect();
    match list {
        [(_, group)] if entry.is(&group.name.text) => format!("{cms} {}", group.name.text),
        [(cluster, _), ..] => format!("cluster {}: {cms} {}", cluster.name.text, names.join(", ")),
        [] => cms,
    }
}

/// Reports `message` about `ws` at the first entry, with a label from `describe` on each entry.
/// `None` when there is no entry.
pub(super) fn report_at_entries<'s>(
    sink: &'s mut Sink,
    ws: &Workstation,
    entries: &Entries,
    message: String,
    describe: impl Fn(&Name, &[(&Cluster, &Group)]) -> String,
) -> Option<&'s mut Finding> {
    let ((first, first_list), rest) = entries.split_first()?;
    let finding = sink.report(ws.entity(), first.span, message);
    finding.primary_label(describe(first, first_list));
    for (entry, list) in rest {
        finding.label(entry.span, describe(entry, list));
    }
    Some(finding)
}

/// One node per cluster the entries name, to open a Remote Desktop session on: the first CMS's
/// node that `pick` chooses. Clusters for which `pick` finds none are left out.
pub(super) fn remote_desktop_nodes<'a>(
    entries: &Entries<'a>,
    pick: impl Fn(&'a Cluster, &'a Group) -> Option<&'a ClusterNode>,
) -> Vec<(&'a Cluster, &'a ClusterNode)> {
    let mut out: Vec<(&Cluster, &ClusterNode)> = Vec::new();
    for (cluster, group) in entries.iter().flat_map(|(_, l)| l.iter().copied()) {
        if out.iter().any(|(c, _)| std::ptr::eq(*c, cluster)) {
            continue;
        }
        if let Some(node) = pick(cluster, group) {
            out.push((cluster, node));
        }
    }
    out
}

/// `node EXNODE1 of cluster EXCLU01` (or several, joined with `or`).
pub(super) fn describe_nodes(nodes: &[(&Cluster, &ClusterNode)]) -> String {
    let parts: Vec<String> = nodes
        .iter()
        .map(|(c, n)| format!("node {} of cluster {}", n.name.text, c.name.text))
        .collect();
    parts.join(" or ")
}
