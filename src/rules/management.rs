//! What the management rules (ADM501-ADM506) share: naming the CMSs a workstation's `manages`
//! entries resolve to, reporting at those entries, and picking nodes to work from.

use crate::engine::{Finding, Joiner, Sink, join, join_names};
use crate::i18n::Message;
use crate::model::{Cluster, ClusterNode, Group, Name, Workstation};
use crate::msg;

/// `manages` entries, each with the CMSs it names (`Workstation::managed_cms`).
pub(super) type Entries<'a> = [(&'a Name, Vec<(&'a Cluster, &'a Group)>)];

/// The CMSs the entries name, each once, as first spelled: `EXCMS01, EXCMS02`.
pub(super) fn cms_names(entries: &Entries) -> Message {
    let mut names: Vec<&Name> = Vec::new();
    for (_, list) in entries {
        for (_, group) in list {
            if !names.iter().any(|n| n.is(&group.name.text)) {
                names.push(&group.name);
            }
        }
    }
    let names: Vec<&str> = names.iter().map(|n| n.text.as_str()).collect();
    join_names(&names, Joiner::Comma)
}

/// What one entry names, for its label: `CMS EXCMS01`, `RTM CMS EXCMS01` with a `level`, or
/// `cluster EXCLU01: RTM CMS EXCMS01, EXCMS02` for an entry that names a cluster.
pub(super) fn entry_cms(entry: &Name, list: &[(&Cluster, &Group)], level: Option<&str>) -> Message {
    let names: Vec<&str> = list.iter().map(|(_, g)| g.name.text.as_str()).collect();
    let names = join_names(&names, Joiner::Comma);
    let cms = match level {
        Some(level) => msg!("adm-cms-at-level", level = level, names = names),
        None => msg!("adm-cms", names = names),
    };
    match list {
        [(_, group)] if entry.is(&group.name.text) => cms,
        [(cluster, _), ..] => msg!("adm-cluster-cms", cluster = &cluster.name.text, cms = cms),
        // `Workstation::managed_cms` leaves out entries that name no CMS.
        [] => cms,
    }
}

/// Reports `message` about `ws` at the first entry, with a label from `describe` on each entry.
/// `None` when there is no entry.
pub(super) fn report_at_entries<'s>(
    sink: &'s mut Sink,
    ws: &Workstation,
    entries: &Entries,
    message: Message,
    describe: impl Fn(&Name, &[(&Cluster, &Group)]) -> Message,
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
pub(super) fn describe_nodes(nodes: &[(&Cluster, &ClusterNode)]) -> Message {
    let nodes = nodes.iter().map(|(c, n)| {
        let (node, cluster) = (&n.name.text, &c.name.text);
        msg!("adm-node-of-cluster", node = node, cluster = cluster)
    });
    join(nodes, Joiner::Or)
}

/// The `mstsc` command that opens a Remote Desktop session on each node.
pub(super) fn remote_desktop_fixes(finding: &mut Finding, nodes: &[(&Cluster, &ClusterNode)]) {
    for (_, node) in nodes {
        finding.fix(Message::verbatim(format!("mstsc /v:{}", node.name.text)));
    }
}
