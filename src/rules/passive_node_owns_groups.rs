//! TOP103 passive-node-owns-groups: a passive node (one that owns no CMS) owns another cluster
//! group, the default "Cluster Group" or a non-Exchange group, which must be moved to an active
//! node before the passive node is upgraded. One finding per such group. A group of unknown
//! kind (a `type` the schema rejects, or a group only `cluster group` lists) may be a CMS: it is
//! not reported, its node is not known to be passive, and INV010 says so.

use crate::engine::{Input, Rule, Sink, UnknownFact};
use crate::model::{Cluster, Group, GroupKind, Property, computer_name};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP103.md"),
    doc_ja: include_str!("../../rules/ja/TOP103.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        // Without an active node there is nowhere to move the groups to (TOP102 covers a
        // cluster where no node is passive; here no node is active).
        let Some(active) = cluster.nodes.iter().find(|n| cluster.is_active(n)) else {
            continue;
        };
        for group in &cluster.groups {
            // A group of unknown kind may be a CMS: never moved on a guess, and said (INV010)
            // when its node is not known to be active.
            if group.kind == GroupKind::Unknown {
                let node = group.owner.as_ref().and_then(|o| cluster.node(&o.text));
                if node.is_some_and(|n| !cluster.is_active(n)) {
                    let skipped = format!("group `{}`", group.name.text);
                    unknown_kind(cluster, group, skipped, sink);
                }
                continue;
            }
            let Some(owner) = &group.owner else {
                if !group.is_cms() {
                    let skipped = format!("group `{}`", group.name.text);
                    unknown_owner(cluster, group, skipped, sink);
                }
                continue;
            };
            let Some(node) = cluster.node(&owner.text) else {
                continue;
            };
            // A node that owns a group of unknown kind, or may own a CMS whose owner is
            // unknown, may be active.
            if !cluster.is_passive(node) {
                if !cluster.is_active(node) && !group.is_cms() {
                    let skipped = format!("the groups of {}", node.name.text);
                    for cms in cluster.cms_groups().filter(|g| g.owner.is_none()) {
                        unknown_owner(cluster, cms, skipped.clone(), sink);
                    }
                    for unknown in cluster
                        .groups_of(node)
                        .filter(|g| g.kind == GroupKind::Unknown)
                    {
                        unknown_kind(cluster, unknown, skipped.clone(), sink);
                    }
                }
                continue;
            }
            let command = format!(
                "Cluster.exe group \"{}\" /move:{}",
                group.name.text,
                computer_name(&active.name.text)
            );
            sink.report(
                cluster.group_entity(group),
                owner.span,
                format!(
                    "passive node {} owns group \"{}\"",
                    node.name.text, group.name.text
                ),
            )
            .primary_label(format!("{} owns no CMS: it is passive", owner.text))
            .label(active.name.span, "active node: owns a CMS")
            .note("a passive node should hold no other cluster group, neither the default cluster group nor a non-Exchange resource group; these groups must be moved to another node by hand before the passive node is upgraded")
            .help(format!(
                "move \"{}\" to the active node {} before upgrading {}",
                group.name.text, active.name.text, node.name.text
            ))
            .fix(command);
        }
    }
}

/// A group without an owner kept the check from running (INV010): a group other than a CMS may
/// sit on a passive node, and a CMS may make a node active.
fn unknown_owner(cluster: &Cluster, group: &Group, skipped: String, sink: &mut Sink) {
    let name = &group.name.text;
    let fact = if group.is_cms() {
        format!("the owner of CMS {name}")
    } else {
        format!("the owner of group `{name}`")
    };
    let nodes: Vec<&str> = (cluster.nodes.iter())
        .map(|n| computer_name(&n.name.text))
        .collect();
    sink.unknown(UnknownFact {
        entity: cluster.group_entity(group),
        property: Property::Owner,
        span: group.name.span,
        fact: fact.into(),
        label: "no `owner` given".into(),
        why: group.is_cms().then(|| {
            "a node that may own this CMS is not known to be passive, so the groups it holds \
             are not judged"
                .into()
        }),
        skipped: skipped.into(),
        how: format!("owner: <{}>", nodes.join(" or ")),
    });
}

/// A group of unknown kind kept the check from running (INV010): it may be a CMS, which would
/// make its node active.
fn unknown_kind(cluster: &Cluster, group: &Group, skipped: String, sink: &mut Sink) {
    sink.unknown(UnknownFact {
        entity: cluster.group_entity(group),
        property: Property::GroupType,
        span: group.name.span,
        fact: format!("whether group `{}` is a CMS", group.name.text).into(),
        label: "nothing says whether this group is a CMS".into(),
        why: Some(
            "a group that may be a CMS may make its node active, so the node's groups are not \
             judged and it is never moved with cluster.exe on a guess; from exports, `cluster res` \
             tells a CMS by the Exchange resources it holds"
                .into(),
        ),
        skipped: skipped.into(),
        how: "type: <cms, cluster or other>".to_string(),
    });
}
