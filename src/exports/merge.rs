//! The merge: raw exports fold into the inventory built from the documents. All exports
//! of one folder describe one cluster ([`target_cluster`] gives the order it is found in), and
//! a document cluster and the exports for it are one cluster, so exports never make an INV003.
//! A fact two sources state differently is recorded as a [`Conflict`] (INV006) with both
//! places and left unknown: none of the sources wins. An export whose facts cannot be used is
//! recorded as an [`UnusedExport`] (INV011).

use super::Missing;
use super::associate::{self, Claim, FileExport, GroupRef, Why};
use crate::model::{
    Cluster, ClusterKind, ClusterNode, Conflict, ExchangeField, Group, GroupKind, GroupState,
    Inventory, Located, Name, OsField, Property, Unused, UnusedExport, Version,
};
use crate::msg;
use crate::source::{FileId, Sources, Span};
use std::collections::{BTreeMap, HashSet};

/// Folds the recognised exports into the inventory built from every document.
pub fn merge(inventory: &mut Inventory, exports: &[FileExport], sources: &Sources) {
    let mut folders: BTreeMap<&str, Vec<&FileExport>> = BTreeMap::new();
    for export in exports {
        folders
            .entry(export.folder.as_str())
            .or_default()
            .push(export);
    }
    let documents = inventory.clusters.len();
    let mut disputed = Vec::new();
    // The cluster each folder's exports went to; a parent folder sorts before its children.
    let mut described: BTreeMap<&str, usize> = BTreeMap::new();
    for (folder, files) in folders {
        let named = associate::named_nodes(&files);
        let folder_name = files[0].folder_name.as_str();
        let target = target_cluster(
            &inventory.clusters,
            &Folder {
                path: folder,
                name: folder_name,
                named: named.for_association(),
                files: &files,
            },
            documents,
            &described,
            sources,
        );
        let (cluster_nodes, cluster_groups) = match target {
            Some(i) => {
                let c = &inventory.clusters[i];
                (
                    c.nodes.iter().map(|n| n.name.text.clone()).collect(),
                    c.groups.iter().map(|g| g.name.key()).collect(),
                )
            }
            None => (Vec::new(), HashSet::new()),
        };
        let associate::Claims { claims, unused } =
            associate::claims(&files, &cluster_nodes, &cluster_groups);
        let index = match target {
            Some(i) => Some(i),
            None if claims.is_empty() => None,
            None => {
                let name = Name {
                    text: folder_name.to_string(),
                    span: claims[0].span(),
                };
                (inventory.clusters).push(Cluster::new(name, None, Vec::new(), Vec::new()));
                Some(inventory.clusters.len() - 1)
            }
        };
        if let Some(index) = index {
            described.insert(folder, index);
            let cluster = &mut inventory.clusters[index];
            for claim in claims {
                if let Some(slot) = apply(cluster, claim, &mut inventory.conflicts) {
                    disputed.push((index, slot));
                }
            }
        }
        let cluster = index.map(|i| &inventory.clusters[i]);
        for u in unused {
            let source = sources.get(u.file);
            let reason = match u.why {
                Why::FileName => Unused::FileName {
                    file_name: files
                        .iter()
                        .find(|f| f.file == u.file)
                        .map_or_else(String::new, |f| f.file_name.clone()),
                    cluster: cluster.map(|c| c.name.text.clone()),
                    nodes: cluster.map_or_else(Vec::new, |c| {
                        c.nodes.iter().map(|n| n.name.text.clone()).collect()
                    }),
                },
                Why::Windows {
                    missing,
                    node,
                    version,
                } => Unused::Windows {
                    version,
                    product: missing == Missing::ProductType,
                    node,
                },
            };
            inventory.unused_exports.push(UnusedExport {
                entity: format!("file:{}", source.path),
                span: u.span,
                reason,
            });
        }
    }
    // None of the sources wins: a fact they disagree about is unknown to the rules.
    for (cluster, slot) in disputed {
        slot.clear(&mut inventory.clusters[cluster]);
    }
    let files: HashSet<FileId> = exports.iter().map(|e| e.file).collect();
    for cluster in &mut inventory.clusters {
        one_cms_per_ccr(cluster, &files);
    }
}

/// A CCR holds one CMS: once it is known, the other groups the exports list (`exports`: their
/// files) are not CMSs. A document's group keeps the kind its document gives.
fn one_cms_per_ccr(cluster: &mut Cluster, exports: &HashSet<FileId>) {
    let ccr = cluster
        .kind
        .as_ref()
        .is_some_and(|k| k.value == ClusterKind::Ccr);
    if ccr && cluster.groups.iter().any(Group::is_cms) {
        for group in &mut cluster.groups {
            if group.kind == GroupKind::Unknown && exports.contains(&group.name.span.file()) {
                group.kind = GroupKind::Other;
            }
        }
    }
}

/// The folder of a report path (`a/b/c.yaml` -> `a/b`).
fn folder_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// Whether `dir` is `folder` or one of the folders above it.
fn is_at_or_above(dir: &str, folder: &str) -> bool {
    dir.is_empty()
        || folder == dir
        || folder
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// One folder of exports, as association sees it.
struct Folder<'a> {
    /// As reports show it (`exports/EXCLU01`).
    path: &'a str,
    /// Its own name.
    name: &'a str,
    /// The nodes its exports name inside their text (the cluster's own listings and per-node
    /// exports, or else the cmdlets' machine lists).
    named: &'a [Name],
    files: &'a [&'a FileExport],
}

/// The cluster a folder's exports describe, if one exists already (`None`: a new cluster named
/// after the folder). `documents` is how many clusters come from documents (the rest were
/// made from other folders' exports); `described` holds the clusters of the folders done. In
/// this order:
/// 1. a cluster defined by a document in that folder or above whose name is the folder's;
/// 2. a cluster defined in that folder or above whose nodes the exports name (inside their
///    text, or as the start of a per-node file's name), the most of them;
/// 3. the only cluster the documents in that folder or above define, unless the exports name
///    nodes and none of them is its;
/// 4. when the exports name no node at all, the cluster of the nearest folder above whose
///    exports were associated;
/// 5. a cluster named after the folder, wherever it is defined.
fn target_cluster(
    clusters: &[Cluster],
    folder: &Folder,
    documents: usize,
    described: &BTreeMap<&str, usize>,
    sources: &Sources,
) -> Option<usize> {
    let nearby: Vec<usize> = (0..documents)
        .filter(|&i| {
            let path = &sources.get(clusters[i].name.span.file()).path;
            is_at_or_above(folder_of(path), folder.path)
        })
        .collect();
    let has_name = |&i: &usize| clusters[i].name.is(folder.name);
    let named = |c: &Cluster| {
        c.nodes
            .iter()
            .filter(|n| {
                folder.named.iter().any(|m| n.name.is(&m.text))
                    || folder.files.iter().any(|f| {
                        crate::exports::host_in_file_name(&f.file_name, [n.name.text.as_str()])
                            .is_some()
                    })
            })
            .count()
    };
    nearby
        .iter()
        .copied()
        .find(has_name)
        .or_else(|| {
            nearby
                .iter()
                .copied()
                .map(|i| (named(&clusters[i]), i))
                .filter(|&(count, _)| count > 0)
                .max_by_key(|&(count, i)| (count, std::cmp::Reverse(i)))
                .map(|(_, i)| i)
        })
        .or(match nearby.as_slice() {
            // (A nearby cluster with a node the folder names was taken just above.)
            [only] if folder.named.is_empty() => Some(*only),
            _ => None,
        })
        .or_else(|| {
            if !folder.named.is_empty() {
                return None;
            }
            let mut above = folder.path;
            while !above.is_empty() {
                above = folder_of(above);
                if let Some(&i) = described.get(above) {
                    return Some(i);
                }
            }
            None
        })
        .or_else(|| (0..clusters.len()).find(has_name))
}

fn node_index(cluster: &mut Cluster, name: &Name) -> usize {
    match cluster.nodes.iter().position(|n| n.name.is(&name.text)) {
        Some(i) => i,
        None => {
            cluster.nodes.push(ClusterNode {
                name: name.clone(),
                os: None,
                exchange: None,
            });
            cluster.nodes.len() - 1
        }
    }
}

fn group_index(cluster: &Cluster, group: &GroupRef) -> Option<usize> {
    match group {
        GroupRef::Named(name) => cluster.groups.iter().position(|g| g.name.is(&name.text)),
        GroupRef::ClusterGroup => cluster
            .groups
            .iter()
            .position(|g| g.kind == GroupKind::Cluster),
    }
}

fn state_label(state: GroupState) -> &'static str {
    match state {
        GroupState::Online => "online",
        GroupState::Offline => "offline",
        GroupState::PartiallyOnline => "partially online",
        GroupState::Failed => "failed",
        GroupState::Unknown => "unknown",
    }
}

/// Whether two Windows versions agree (family and service pack); text that is not understood
/// is INV005's, not a disagreement.
fn same_os(a: &OsField, b: &OsField) -> bool {
    match (a.known(), b.known()) {
        (Some(x), Some(y)) => x.agrees_with(y),
        _ => true,
    }
}

/// Whether two Exchange versions agree at the precision both give: AdminDisplayVersion and
/// `SP1` name only the service pack (rollups never show there); builds compare in full.
fn same_exchange(a: &ExchangeField, b: &ExchangeField) -> bool {
    let precise = |v: &ExchangeField| {
        v.known().is_some_and(|k| k.build.is_some())
            && !v
                .text
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("version")
    };
    match (a.known(), b.known()) {
        (Some(x), Some(y)) if precise(a) && precise(b) => {
            x.service_pack == y.service_pack && x.build == y.build
        }
        (Some(x), Some(y)) => x.service_pack == y.service_pack,
        _ => true,
    }
}

/// A version as the conflict shows it: what it means, which differs between the sources'
/// spellings (`5.2.3790 Service Pack 2 Build 3790` is `Windows Server 2003 SP2`).
fn shown<T: std::fmt::Display>(field: &Version<T>) -> Located<String> {
    let text = field
        .known()
        .map_or_else(|| field.text.clone(), ToString::to_string);
    located(text, field.span)
}

fn located(text: impl Into<String>, span: Span) -> Located<String> {
    Located {
        value: text.into(),
        span,
    }
}

/// Sets an empty slot, or returns the value read first and the new one as the conflict shows
/// them when they disagree (the slot keeps the first until every claim is applied, so that
/// every later source is compared with it).
fn settle<T>(
    slot: &mut Option<T>,
    new: T,
    same: impl Fn(&T, &T) -> bool,
    show: impl Fn(&T) -> Located<String>,
) -> Option<(Located<String>, Located<String>)> {
    match slot {
        None => {
            *slot = Some(new);
            None
        }
        Some(old) if !same(old, &new) => Some((show(old), show(&new))),
        Some(_) => None,
    }
}

/// A fact of one cluster, for leaving it unknown once two sources disagree about it.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Kind,
    Owner(usize),
    State(usize),
    GroupExchange(usize),
    NodeOs(usize),
    NodeExchange(usize),
}

impl Slot {
    /// Which fact of its entity the slot holds.
    fn property(self) -> Property {
        match self {
            Slot::Kind => Property::ClusterType,
            Slot::Owner(_) => Property::Owner,
            Slot::State(_) => Property::State,
            Slot::GroupExchange(_) | Slot::NodeExchange(_) => Property::ExchangeVersion,
            Slot::NodeOs(_) => Property::WindowsVersion,
        }
    }

    fn clear(self, cluster: &mut Cluster) {
        match self {
            Slot::Kind => cluster.kind = None,
            Slot::Owner(g) => cluster.groups[g].owner = None,
            Slot::State(g) => cluster.groups[g].state = None,
            Slot::GroupExchange(g) => cluster.groups[g].exchange = None,
            Slot::NodeOs(n) => cluster.nodes[n].os = None,
            Slot::NodeExchange(n) => cluster.nodes[n].exchange = None,
        }
    }
}

/// Applies one claim; a disagreement with the value read before is recorded as a conflict, and
/// its slot returned.
fn apply(cluster: &mut Cluster, claim: Claim, conflicts: &mut Vec<Conflict>) -> Option<Slot> {
    // (slot, entity, fact, the first and the other value) of a disagreement.
    let settled = match claim {
        Claim::Node(name) => {
            node_index(cluster, &name);
            None
        }
        Claim::Kind(kind) => {
            let (entity, fact) = (
                cluster.entity(),
                msg!("exports-fact-cluster-type", cluster = &cluster.name.text),
            );
            settle(
                &mut cluster.kind,
                kind,
                |a, b| a.value == b.value,
                |k| located(k.value.label(), k.span),
            )
            .map(|pair| (Slot::Kind, entity, fact, pair))
        }
        Claim::Group { name, kind } => {
            match group_index(cluster, &GroupRef::Named(name.clone())) {
                Some(i) => {
                    let group = &mut cluster.groups[i];
                    // What a source knows wins over what none knew; a CMS over a group
                    // written without a type.
                    let known = match (group.kind, kind) {
                        (GroupKind::Unknown, _) | (GroupKind::Other, GroupKind::Cms) => kind,
                        (old, _) => old,
                    };
                    group.kind = known;
                }
                None => cluster.groups.push(new_group(name, kind)),
            }
            None
        }
        Claim::Owner { group, node } => {
            let index = match group_index(cluster, &group) {
                Some(i) => i,
                // The `<Quorum Owner>` tag names no group: it is "Cluster Group" only when no
                // group of unknown kind could be the default group under another name.
                None if matches!(group, GroupRef::ClusterGroup)
                    && !cluster.groups.iter().any(|g| g.kind == GroupKind::Unknown) =>
                {
                    let name = Name {
                        text: "Cluster Group".into(),
                        span: node.span,
                    };
                    cluster.groups.push(new_group(name, GroupKind::Cluster));
                    cluster.groups.len() - 1
                }
                None => return None,
            };
            node_index(cluster, &node);
            let entity = cluster.group_entity(&cluster.groups[index]);
            let group = &mut cluster.groups[index];
            let fact = msg!("exports-fact-owner", group = &group.name.text);
            settle(
                &mut group.owner,
                node,
                |a, b| a.is(&b.text),
                |n| located(&n.text, n.span),
            )
            .map(|pair| (Slot::Owner(index), entity, fact, pair))
        }
        Claim::State { group, state } => {
            let index = group_index(cluster, &GroupRef::Named(group))?;
            let entity = cluster.group_entity(&cluster.groups[index]);
            let group = &mut cluster.groups[index];
            let fact = msg!("exports-fact-state", group = &group.name.text);
            settle(
                &mut group.state,
                state,
                |a, b| a.value == b.value,
                |s| located(state_label(s.value), s.span),
            )
            .map(|pair| (Slot::State(index), entity, fact, pair))
        }
        Claim::GroupExchange { group, version } => {
            let index = group_index(cluster, &GroupRef::Named(group))?;
            let entity = cluster.group_entity(&cluster.groups[index]);
            let group = &mut cluster.groups[index];
            let fact = msg!("exports-fact-cms-exchange", cms = &group.name.text);
            settle(&mut group.exchange, version, same_exchange, shown)
                .map(|pair| (Slot::GroupExchange(index), entity, fact, pair))
        }
        Claim::NodeOs { node, os } => {
            let index = node_index(cluster, &node);
            let entity = cluster.node_entity(&cluster.nodes[index]);
            let n = &mut cluster.nodes[index];
            let fact = msg!("exports-fact-node-windows", node = &n.name.text);
            settle(&mut n.os, os, same_os, shown)
                .map(|pair| (Slot::NodeOs(index), entity, fact, pair))
        }
        Claim::NodeExchange { node, version } => {
            let index = node_index(cluster, &node);
            let entity = cluster.node_entity(&cluster.nodes[index]);
            let n = &mut cluster.nodes[index];
            let fact = msg!("exports-fact-node-exchange", node = &n.name.text);
            settle(&mut n.exchange, version, same_exchange, shown)
                .map(|pair| (Slot::NodeExchange(index), entity, fact, pair))
        }
    };
    let (slot, entity, fact, (first, other)) = settled?;
    conflicts.push(Conflict {
        entity,
        property: slot.property(),
        fact,
        first,
        other,
    });
    Some(slot)
}

fn new_group(name: Name, kind: GroupKind) -> Group {
    Group {
        name,
        kind,
        owner: None,
        state: None,
        exchange: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::exchange;

    fn field(text: &str) -> ExchangeField {
        Version {
            parsed: exchange::parse(text),
            text: text.into(),
            span: Span::new(0, 0..0),
        }
    }

    #[test]
    fn versions_agree_at_the_precision_both_give() {
        let cases = [
            ("SP1", "08.01.0311.003", true),
            ("SP1 RU4", "8.1.311.3", true),
            ("SP1 RU4", "8.1.240.6", false),
            ("Version 8.1 (Build 240.6)", "SP1 RU4", true),
            ("Version 8.1 (Build 240.6)", "RTM", false),
            ("banana", "RTM", true),
        ];
        for (a, b, same) in cases {
            assert_eq!(same_exchange(&field(a), &field(b)), same, "{a} / {b}");
        }
    }

    #[test]
    fn folders_at_or_above() {
        assert!(is_at_or_above("", "a/b"));
        assert!(is_at_or_above("a", "a/b"));
        assert!(is_at_or_above("a/b", "a/b"));
        assert!(!is_at_or_above("a/bc", "a/b"));
        assert!(!is_at_or_above("a/b/c", "a/b"));
        assert_eq!(folder_of("a/b/c.yaml"), "a/b");
        assert_eq!(folder_of("c.yaml"), "");
    }
}
