//! Association: all exports in one folder describe one cluster. This turns the facts of a
//! folder's files into claims about that cluster in the model's terms (nodes, groups, owners,
//! states, versions), each with the span it came from, in the order they are weighed: the
//! `cluster.exe` tables first, then the cmdlets' records, then the per-node exports.
//! `model::merge` folds the claims into the inventory and records disagreements (INV006).

use super::{Export, Fact, Field, host_from_file_name};
use crate::model::{
    ClusterKind, ExchangeField, GroupKind, GroupState, Located, Name, OsField, Version,
    computer_name, exchange, name_key,
};
use crate::source::{FileId, Span};
use std::collections::HashSet;

/// One recognised export and where it lies.
#[derive(Debug, Clone)]
pub struct FileExport {
    pub file: FileId,
    /// The folder as reports show it (`exports/EXCLU01`; empty for the scan root).
    pub folder: String,
    /// The folder's own name, the cluster's name when no document names it.
    pub folder_name: String,
    pub file_name: String,
    pub export: Export,
}

/// Which group an owner claim is about.
#[derive(Debug, Clone)]
pub enum GroupRef {
    Named(Name),
    /// The default cluster group, whatever its name (`<Quorum Owner>` names no group).
    ClusterGroup,
}

/// Whether a group claim may add a group the cluster does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    Yes,
    /// Only for a cluster that no source gives any group (a Get-ExchangeServer record alone).
    IfNoGroups,
    /// Only marks an existing group.
    No,
}

/// One thing a folder's exports say about its cluster.
#[derive(Debug, Clone)]
pub enum Claim {
    Node(Name),
    Kind(Located<ClusterKind>),
    Group {
        name: Name,
        kind: GroupKind,
        create: Create,
    },
    Owner {
        group: GroupRef,
        node: Name,
    },
    State {
        group: Name,
        state: Located<GroupState>,
    },
    GroupExchange {
        group: Name,
        version: ExchangeField,
    },
    NodeOs {
        node: Name,
        os: OsField,
    },
    NodeExchange {
        node: Name,
        version: ExchangeField,
    },
}

impl Claim {
    /// The place the claim comes from.
    pub fn span(&self) -> Span {
        match self {
            Claim::Node(name) => name.span,
            Claim::Kind(kind) => kind.span,
            Claim::Group { name, .. } => name.span,
            Claim::Owner { node, .. } => node.span,
            Claim::State { state, .. } => state.span,
            Claim::GroupExchange { version, .. } | Claim::NodeExchange { version, .. } => {
                version.span
            }
            Claim::NodeOs { os, .. } => os.span,
        }
    }
}

/// Names of the default cluster group: English, German, and Japanese Windows Server 2003 and
/// 2008.
const CLUSTER_GROUP_NAMES: [&str; 4] = [
    "cluster group",
    "clustergruppe",
    "クラスタ グループ",
    "クラスター グループ",
];

pub fn is_cluster_group_name(name: &str) -> bool {
    CLUSTER_GROUP_NAMES.contains(&name.trim().to_lowercase().as_str())
}

/// A group state as `cluster group` or Get-ClusteredMailboxServerStatus prints it. Pending
/// states are passing and are left unknown.
fn group_state(text: &str) -> Option<GroupState> {
    match text.trim().to_lowercase().as_str() {
        "online" | "オンライン" => Some(GroupState::Online),
        "offline" | "オフライン" => Some(GroupState::Offline),
        "partially online" | "部分的にオンライン" => Some(GroupState::PartiallyOnline),
        "failed" | "失敗" => Some(GroupState::Failed),
        _ => None,
    }
}

struct Ctx {
    file: FileId,
}

impl Ctx {
    fn span(&self, field: &Field) -> Span {
        Span::new(self.file, field.range.clone())
    }

    fn name(&self, field: &Field) -> Name {
        Name {
            text: field.text.clone(),
            span: self.span(field),
        }
    }

    /// A node as a computer name: the first label of an FQDN, so that every source spells it
    /// the same way.
    fn node(&self, field: &Field) -> Name {
        let short = computer_name(&field.text);
        let start = field.range.start + field.text.find(short).unwrap_or(0);
        Name {
            text: short.to_string(),
            span: Span::new(self.file, start..start + short.len()),
        }
    }

    fn exchange(&self, field: &Field) -> ExchangeField {
        Version {
            parsed: exchange::parse(&field.text),
            text: field.text.clone(),
            span: self.span(field),
        }
    }

    fn state(&self, field: &Field) -> Option<Located<GroupState>> {
        Some(Located {
            value: group_state(&field.text)?,
            span: self.span(field),
        })
    }
}

/// Node names that the folder's exports list, for finding the document cluster they belong
/// to and for resolving overflowing table rows.
pub fn node_names(files: &[&FileExport]) -> Vec<Name> {
    let mut out = Vec::new();
    for f in files {
        let ctx = Ctx { file: f.file };
        for fact in &f.export.facts {
            match fact {
                Fact::Node { name, .. } => out.push(ctx.node(name)),
                Fact::GroupRow(row) => out.extend(row.plain_node(1).map(|n| ctx.node(n))),
                Fact::ResourceRow(row) => out.extend(row.plain_node(2).map(|n| ctx.node(n))),
                Fact::CmsStatus { machines, .. } => {
                    out.extend(machines.iter().map(|m| ctx.node(&m.name)));
                }
                Fact::MailboxServer { redundant, .. } => {
                    out.extend(redundant.iter().map(|m| ctx.node(m)));
                }
                Fact::Os { host: Some(h), .. } | Fact::Setup { host: Some(h), .. } => {
                    out.push(ctx.node(h));
                }
                _ => {}
            }
        }
    }
    out
}

/// Names of the CMSs the cmdlets' records name, to split overflowing `cluster res` rows.
fn record_names(files: &[&FileExport]) -> Vec<String> {
    let mut out = Vec::new();
    for f in files {
        for fact in &f.export.facts {
            if let Fact::CmsStatus { name, .. } | Fact::MailboxServer { name, .. } = fact {
                out.push(name_key(computer_name(&name.text)));
            }
        }
    }
    out
}

/// The CMS a resource that Exchange setup creates for one belongs to:
/// `Exchange Information Store Instance (EXCMS01)`, `Exchange System Attendant Instance
/// (EXCMS01)`.
fn cms_of_resource(resource: &str) -> Option<&str> {
    const PREFIXES: [&str; 2] = [
        "exchange information store instance (",
        "exchange system attendant instance (",
    ];
    let lower = resource.to_ascii_lowercase();
    let prefix = PREFIXES.iter().find(|p| lower.starts_with(*p))?;
    let rest = &resource[prefix.len()..];
    let name = rest[..rest.find(')')?].trim();
    (!name.is_empty()).then_some(name)
}

/// The claims of a `cluster res` listing: each group it names (a CMS when it holds a CMS's
/// Exchange resources; another group when it holds none and every row could be read), then
/// the owner of each group from each node its resources name (two nodes for one group are a
/// disagreement: reported, not guessed).
fn resource_claims(
    files: &[&FileExport],
    is_node: &dyn Fn(&str) -> bool,
    groups: &mut HashSet<String>,
    out: &mut Vec<Claim>,
) {
    let rows = || {
        files.iter().flat_map(|f| {
            f.export.facts.iter().filter_map(move |fact| match fact {
                Fact::ResourceRow(row) => Some((Ctx { file: f.file }, row)),
                _ => None,
            })
        })
    };
    // Rows that fit their columns name their group plainly; they split the others.
    for (_, row) in rows() {
        if let (Some(_), Some(cells)) = (row.plain_node(2), &row.cells) {
            groups.insert(name_key(&cells[1].text));
        }
    }
    let is_group = |g: &str| groups.contains(&name_key(g));
    // Each group once, and whether one of its resources is a CMS's.
    let mut listed: Vec<(Name, bool)> = Vec::new();
    let mut owners: Vec<Claim> = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut unread = false;
    for (ctx, row) in rows() {
        let Some((resource, group, node)) = row.resource_row(is_node, &is_group) else {
            unread = true;
            // The CMS a row that cannot be split names in its resource is still a CMS.
            if let Some(cms) = cms_of_resource(&row.line.text) {
                let start = row.line.range.start + row.line.text.find(cms).unwrap_or(0);
                let name = Name {
                    text: cms.to_string(),
                    span: Span::new(ctx.file, start..start + cms.len()),
                };
                match listed.iter_mut().find(|(g, _)| g.is(&name.text)) {
                    Some((_, holds)) => *holds = true,
                    None => listed.push((name, true)),
                }
            }
            continue;
        };
        let name = ctx.name(&group);
        let holds_cms = cms_of_resource(&resource.text).is_some();
        match listed.iter_mut().find(|(g, _)| g.is(&name.text)) {
            Some((_, cms)) => *cms |= holds_cms,
            None => listed.push((name.clone(), holds_cms)),
        }
        let node = ctx.node(&node);
        if seen.insert((name.key(), node.key())) {
            owners.push(Claim::Owner {
                group: GroupRef::Named(name),
                node,
            });
        }
    }
    for (name, holds_cms) in listed {
        let kind = if holds_cms {
            GroupKind::Cms
        } else if is_cluster_group_name(&name.text) {
            GroupKind::Cluster
        } else if unread {
            GroupKind::Unknown
        } else {
            GroupKind::Other
        };
        out.push(Claim::Group {
            name,
            kind,
            create: Create::Yes,
        });
    }
    out.extend(owners);
}

/// The claims of one folder's exports, in the order they are weighed. `known_nodes` and
/// `known_groups` are names from elsewhere (the document cluster), for overflowing rows.
pub fn claims(
    files: &[&FileExport],
    known_nodes: &HashSet<String>,
    known_groups: &HashSet<String>,
) -> Vec<Claim> {
    let mut nodes: HashSet<String> = known_nodes.clone();
    nodes.extend(node_names(files).iter().map(Name::key));
    let is_node = |n: &str| nodes.contains(&name_key(n));
    let facts = || {
        files
            .iter()
            .flat_map(|f| f.export.facts.iter().map(move |fact| (f, fact)))
    };
    let mut out = Vec::new();
    // 1. `cluster node`.
    for (f, fact) in facts() {
        if let Fact::Node { name, .. } = fact {
            out.push(Claim::Node(Ctx { file: f.file }.node(name)));
        }
    }
    // 2. `cluster group`: every group, its owner and its state.
    let mut groups: HashSet<String> = known_groups.clone();
    for (f, fact) in facts() {
        let Fact::GroupRow(row) = fact else { continue };
        let ctx = Ctx { file: f.file };
        let (group, node, status) = row.group_row(&is_node);
        let name = ctx.name(&group);
        groups.insert(name.key());
        // `cluster group` does not say which group is a CMS: the records and `cluster res`
        // may.
        let kind = if is_cluster_group_name(&group.text) {
            GroupKind::Cluster
        } else {
            GroupKind::Unknown
        };
        out.push(Claim::Group {
            name: name.clone(),
            kind,
            create: Create::Yes,
        });
        out.push(Claim::Owner {
            group: GroupRef::Named(name.clone()),
            node: ctx.node(&node),
        });
        if let Some(state) = ctx.state(&status) {
            out.push(Claim::State { group: name, state });
        }
    }
    // 3. `cluster res`: which groups exist, which node owns each (the node of its resources),
    // and which hold a CMS's Exchange resources.
    groups.extend(record_names(files));
    resource_claims(files, &is_node, &mut groups, &mut out);
    // 4. Get-ClusteredMailboxServerStatus and Get-MailboxServer: CMSs, nodes, owners, type.
    let mut cms_records = false;
    for (f, fact) in facts() {
        let ctx = Ctx { file: f.file };
        match fact {
            Fact::CmsStatus {
                name,
                state,
                machines,
            } => {
                cms_records = true;
                let cms = ctx.node(name);
                groups.insert(cms.key());
                out.push(Claim::Group {
                    name: cms.clone(),
                    kind: GroupKind::Cms,
                    create: Create::Yes,
                });
                for m in machines {
                    out.push(Claim::Node(ctx.node(&m.name)));
                }
                for m in machines.iter().filter(|m| m.active) {
                    out.push(Claim::Owner {
                        group: GroupRef::Named(cms.clone()),
                        node: ctx.node(&m.name),
                    });
                }
                for m in machines.iter().filter(|m| m.quorum) {
                    out.push(Claim::Owner {
                        group: GroupRef::ClusterGroup,
                        node: ctx.node(&m.name),
                    });
                }
                if let Some(state) = state.as_ref().and_then(|s| ctx.state(s)) {
                    out.push(Claim::State { group: cms, state });
                }
            }
            Fact::MailboxServer {
                name,
                storage,
                redundant,
                version,
            } => {
                let kind = storage.as_ref().and_then(|s| {
                    let kind = match s.text.trim().to_ascii_lowercase().as_str() {
                        "nonshared" => ClusterKind::Ccr,
                        "shared" => ClusterKind::Scc,
                        _ => return None,
                    };
                    Some(Located {
                        value: kind,
                        span: ctx.span(s),
                    })
                });
                let Some(kind) = kind else { continue };
                cms_records = true;
                let cms = ctx.node(name);
                groups.insert(cms.key());
                out.push(Claim::Kind(kind));
                out.push(Claim::Group {
                    name: cms.clone(),
                    kind: GroupKind::Cms,
                    create: Create::Yes,
                });
                for m in redundant {
                    out.push(Claim::Node(ctx.node(m)));
                }
                if let Some(v) = version {
                    out.push(Claim::GroupExchange {
                        group: cms,
                        version: ctx.exchange(v),
                    });
                }
            }
            _ => {}
        }
    }
    // 5. Get-ExchangeServer: the version of each CMS of this cluster (records of other
    // servers in the same listing are passed over).
    let has_groups = !groups.is_empty() || cms_records;
    for (f, fact) in facts() {
        let Fact::ExchangeServer {
            name,
            version,
            clustered,
        } = fact
        else {
            continue;
        };
        let ctx = Ctx { file: f.file };
        let cms = ctx.node(name);
        let clustered = clustered.as_ref().is_some_and(|c| {
            c.text.trim().eq_ignore_ascii_case("yes") || c.text.trim().eq_ignore_ascii_case("true")
        });
        if clustered {
            out.push(Claim::Group {
                name: cms.clone(),
                kind: GroupKind::Cms,
                create: if has_groups {
                    Create::No
                } else {
                    Create::IfNoGroups
                },
            });
        }
        if let Some(v) = version {
            out.push(Claim::GroupExchange {
                group: cms,
                version: ctx.exchange(v),
            });
        }
    }
    // 6. Per-node exports: Windows and Exchange of the node whose host name they carry, or
    // whose name the file name starts with.
    for (f, fact) in facts() {
        let ctx = Ctx { file: f.file };
        let host = |host: &Option<Field>, value: &Field| match host {
            Some(h) => Some(ctx.node(h)),
            None => host_from_file_name(&f.file_name).map(|h| Name {
                text: h.to_string(),
                span: ctx.span(value),
            }),
        };
        match fact {
            Fact::Os {
                host: h,
                text,
                parsed,
            } => {
                if let Some(node) = host(h, text) {
                    out.push(Claim::NodeOs {
                        node,
                        os: Version {
                            text: text.text.clone(),
                            parsed: parsed.clone(),
                            span: ctx.span(text),
                        },
                    });
                }
            }
            Fact::Setup { host: h, version } => {
                if let Some(node) = host(h, version) {
                    out.push(Claim::NodeExchange {
                        node,
                        version: ctx.exchange(version),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::read;

    fn file(name: &str, text: &str) -> FileExport {
        FileExport {
            file: 0,
            folder: "EXCLU01".into(),
            folder_name: "EXCLU01".into(),
            file_name: name.into(),
            export: read(text).unwrap().unwrap(),
        }
    }

    #[test]
    fn tables_and_records_become_claims_in_order() {
        let groups = file(
            "groups.txt",
            "Group                Node            Status\n-------------------- --------------- ------\nCluster Group        EXNODE2         Online\nEXCMS01              EXNODE1         Online\n",
        );
        let cms = file(
            "cms.txt",
            "Identity            : EXCMS01\nState               : Offline\nOperationalMachines : {EXNODE1.contoso.com <Active>, EXNODE2 <Quorum Owner>}\n",
        );
        let setup = file(
            "EXNODE1-exsetup.txt",
            "OriginalFilename : ExSetup.exe\nFileVersion      : 08.01.0240.006\n",
        );
        let claims = claims(&[&groups, &cms, &setup], &HashSet::new(), &HashSet::new());
        let summary: Vec<String> = claims
            .iter()
            .map(|c| match c {
                Claim::Node(n) => format!("node {}", n.text),
                Claim::Kind(_) => "kind".into(),
                Claim::Group { name, kind, .. } => format!("group {} {kind:?}", name.text),
                Claim::Owner {
                    group: GroupRef::Named(g),
                    node,
                } => {
                    format!("owner {} {}", g.text, node.text)
                }
                Claim::Owner {
                    group: GroupRef::ClusterGroup,
                    node,
                } => {
                    format!("owner <cluster group> {}", node.text)
                }
                Claim::State { group, state } => format!("state {} {:?}", group.text, state.value),
                Claim::GroupExchange { group, .. } => format!("exchange {}", group.text),
                Claim::NodeOs { node, .. } => format!("os {}", node.text),
                Claim::NodeExchange { node, version } => {
                    format!(
                        "setup {} {}",
                        node.text,
                        version.known().unwrap().service_pack
                    )
                }
            })
            .collect();
        assert_eq!(
            summary,
            [
                "group Cluster Group Cluster",
                "owner Cluster Group EXNODE2",
                "state Cluster Group Online",
                "group EXCMS01 Unknown",
                "owner EXCMS01 EXNODE1",
                "state EXCMS01 Online",
                "group EXCMS01 Cms",
                "node EXNODE1",
                "node EXNODE2",
                "owner EXCMS01 EXNODE1",
                "owner <cluster group> EXNODE2",
                "state EXCMS01 Offline",
                "setup EXNODE1 1",
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(text in "\\PC{0,200}", name in "[A-Za-z0-9.-]{0,12}") {
            if let Some(Ok(export)) = read(&text) {
                let f = FileExport { file: 0, folder: String::new(), folder_name: String::new(), file_name: name, export };
                let _ = claims(&[&f], &HashSet::new(), &HashSet::new());
            }
        }
    }
}
