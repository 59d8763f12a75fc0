//! Association: all exports in one folder describe one cluster. This reads which nodes a
//! folder's exports name (for finding that cluster, [`merge`](super::merge)), and turns the
//! facts of its files into claims about the cluster in the model's terms (nodes, groups,
//! owners, states, versions), each with the span it came from: the `cluster.exe` tables first,
//! then the cmdlets' records (those about this cluster: an org-wide listing names others too),
//! then the per-node exports. A per-node export with no host inside attaches to the node its
//! file name starts with, only when the cluster has that node; an export whose facts cannot be
//! used says why (INV011). [`merge`](super::merge) folds the claims into the inventory and
//! records disagreements (INV006). The nodes a folder names are read in `named`, a `cluster
//! res` listing in `resources`, and the per-node exports in `per_node`.

mod named;
mod per_node;
mod resources;

pub use named::{Named, named_nodes};

use super::Missing;
use super::{Export, Fact, Field};
use crate::model::{
    ClusterKind, ExchangeField, GroupKind, GroupState, Located, Name, OsField, Version,
    computer_name, exchange, name_key,
};
use crate::source::{FileId, Span};
use resources::resource_claims;
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

/// One thing a folder's exports say about its cluster.
#[derive(Debug, Clone)]
pub enum Claim {
    Node(Name),
    Kind(Located<ClusterKind>),
    Group {
        name: Name,
        kind: GroupKind,
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

/// What a folder's exports say about their cluster, and the exports whose facts are not used.
#[derive(Debug, Default)]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub unused: Vec<Unused>,
}

/// An export whose facts are not used, and why.
#[derive(Debug, Clone)]
pub struct Unused {
    pub file: FileId,
    /// The first fact not used.
    pub span: Span,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// No host inside, and the file name starts with no node of the cluster.
    FileName,
    /// A Windows version of this node (as read) that lacks what would make it one Windows.
    Windows {
        missing: Missing,
        node: String,
        version: String,
    },
}

/// Whether a Get-ExchangeServer `IsMemberOfCluster` says yes.
fn is_yes(field: &Option<Field>) -> bool {
    field.as_ref().is_some_and(|c| {
        c.text.trim().eq_ignore_ascii_case("yes") || c.text.trim().eq_ignore_ascii_case("true")
    })
}

/// The claims of one folder's exports, in the order they are weighed. `cluster_nodes` and
/// `cluster_groups` are what the cluster already has (from documents and from other folders):
/// for overflowing rows, for telling this cluster's records from an org-wide listing's other
/// ones, and for the nodes a file name may name.
pub fn claims(
    files: &[&FileExport],
    cluster_nodes: &[String],
    cluster_groups: &HashSet<String>,
) -> Claims {
    let named = named_nodes(files);
    let facts = || {
        files
            .iter()
            .flat_map(|f| f.export.facts.iter().map(move |fact| (f, fact)))
    };
    // The cluster's own nodes and groups, before the cmdlets' records are weighed.
    let mut nodes: HashSet<String> = cluster_nodes.iter().map(|n| name_key(n)).collect();
    nodes.extend(named.own.iter().map(Name::key));
    let mut groups: HashSet<String> = cluster_groups.clone();
    for (_, fact) in facts() {
        match fact {
            Fact::GroupRow(row) => {
                let is_node = |n: &str| nodes.contains(&name_key(n));
                groups.insert(name_key(&row.group_row(&is_node).0.text));
            }
            // Rows that fit their columns name their group plainly; they split the others.
            Fact::ResourceRow(row) => {
                if let (Some(_), Some(cells)) = (row.plain_node(2), &row.cells) {
                    groups.insert(name_key(&cells[1].text));
                }
            }
            _ => {}
        }
    }
    // A record is about this cluster when it names one of its nodes or groups; when nothing
    // else describes the cluster, the records do.
    let anchored = !nodes.is_empty() || !groups.is_empty();
    let about = |name: &Field, machines: &[&Field]| {
        !anchored
            || groups.contains(&name_key(computer_name(&name.text)))
            || machines.iter().any(|m| nodes.contains(&name_key(&m.text)))
    };
    let relevant: Vec<bool> = facts()
        .map(|(_, fact)| match fact {
            Fact::CmsStatus { name, machines, .. } => {
                about(name, &machines.iter().map(|m| &m.name).collect::<Vec<_>>())
            }
            Fact::MailboxServer {
                name, redundant, ..
            } => about(name, &redundant.iter().collect::<Vec<_>>()),
            _ => true,
        })
        .collect();
    let records = || {
        facts()
            .zip(relevant.iter())
            .filter(|(_, r)| **r)
            .map(|(f, _)| f)
    };
    let mut cms_names: HashSet<String> = HashSet::new();
    for (_, fact) in records() {
        match fact {
            Fact::CmsStatus { name, machines, .. } => {
                cms_names.insert(name_key(computer_name(&name.text)));
                nodes.extend(machines.iter().map(|m| name_key(&m.name.text)));
            }
            Fact::MailboxServer {
                name, redundant, ..
            } => {
                cms_names.insert(name_key(computer_name(&name.text)));
                nodes.extend(redundant.iter().map(|m| name_key(&m.text)));
            }
            _ => {}
        }
    }
    let is_node = |n: &str| nodes.contains(&name_key(n));
    let mut out = Claims::default();
    let claims = &mut out.claims;
    // 1. `cluster node`.
    for (f, fact) in facts() {
        if let Fact::Node { name, .. } = fact {
            claims.push(Claim::Node(Ctx { file: f.file }.node(name)));
        }
    }
    // 2. `cluster group`: every group, its owner and its state.
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
        claims.push(Claim::Group {
            name: name.clone(),
            kind,
        });
        claims.push(Claim::Owner {
            group: GroupRef::Named(name.clone()),
            node: ctx.node(&node),
        });
        if let Some(state) = ctx.state(&status) {
            claims.push(Claim::State { group: name, state });
        }
    }
    // 3. `cluster res`: which groups exist, which node owns each (the node of its resources),
    // and which hold a CMS's Exchange resources.
    groups.extend(cms_names.iter().cloned());
    resource_claims(files, &is_node, &groups, claims);
    // 4. Get-ClusteredMailboxServerStatus and Get-MailboxServer about this cluster: CMSs,
    // nodes, owners, type.
    for (f, fact) in records() {
        let ctx = Ctx { file: f.file };
        match fact {
            Fact::CmsStatus {
                name,
                state,
                machines,
            } => {
                let cms = ctx.node(name);
                claims.push(Claim::Group {
                    name: cms.clone(),
                    kind: GroupKind::Cms,
                });
                for m in machines {
                    claims.push(Claim::Node(ctx.node(&m.name)));
                }
                for m in machines.iter().filter(|m| m.active) {
                    claims.push(Claim::Owner {
                        group: GroupRef::Named(cms.clone()),
                        node: ctx.node(&m.name),
                    });
                }
                for m in machines.iter().filter(|m| m.quorum) {
                    claims.push(Claim::Owner {
                        group: GroupRef::ClusterGroup,
                        node: ctx.node(&m.name),
                    });
                }
                if let Some(state) = state.as_ref().and_then(|s| ctx.state(s)) {
                    claims.push(Claim::State { group: cms, state });
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
                // `Disabled`: a stand-alone mailbox server, no part of any cluster.
                let Some(kind) = kind else { continue };
                let cms = ctx.node(name);
                claims.push(Claim::Kind(kind));
                claims.push(Claim::Group {
                    name: cms.clone(),
                    kind: GroupKind::Cms,
                });
                for m in redundant {
                    claims.push(Claim::Node(ctx.node(m)));
                }
                if let Some(v) = version {
                    claims.push(Claim::GroupExchange {
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
        let ours = groups.contains(&cms.key());
        if is_yes(clustered) && (ours || !anchored) {
            claims.push(Claim::Group {
                name: cms.clone(),
                kind: GroupKind::Cms,
            });
        }
        if let Some(v) = version.as_ref().filter(|_| ours || !anchored) {
            claims.push(Claim::GroupExchange {
                group: cms,
                version: ctx.exchange(v),
            });
        }
    }
    // 6. Per-node exports: Windows and Exchange of the node whose host name they carry, or
    // else of the node of this cluster whose name the file name starts with.
    let mut known: Vec<&str> = cluster_nodes.iter().map(String::as_str).collect();
    known.extend(named.own.iter().map(|n| n.text.as_str()));
    for (_, fact) in records() {
        match fact {
            Fact::CmsStatus { machines, .. } => {
                known.extend(machines.iter().map(|m| computer_name(&m.name.text)));
            }
            Fact::MailboxServer { redundant, .. } => {
                known.extend(redundant.iter().map(|m| computer_name(&m.text)));
            }
            _ => {}
        }
    }
    per_node::claims(files, &known, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::read;
    use std::ops::Range;

    fn file(name: &str, text: &str) -> FileExport {
        FileExport {
            file: 0,
            folder: "EXCLU01".into(),
            folder_name: "EXCLU01".into(),
            file_name: name.into(),
            export: read(text).unwrap().unwrap(),
        }
    }

    /// Each claim in a line of its own, then each unused export by its file.
    fn summary(claims: &Claims) -> Vec<String> {
        let claim = |c: &Claim| match c {
            Claim::Node(n) => format!("node {}", n.text),
            Claim::Kind(k) => format!("kind {:?}", k.value),
            Claim::Group { name, kind, .. } => format!("group {} {kind:?}", name.text),
            Claim::Owner {
                group: GroupRef::Named(g),
                node,
            } => format!("owner {} {}", g.text, node.text),
            Claim::Owner {
                group: GroupRef::ClusterGroup,
                node,
            } => format!("owner <cluster group> {}", node.text),
            Claim::State { group, state } => format!("state {} {:?}", group.text, state.value),
            Claim::GroupExchange { group, version } => {
                format!("exchange {} {}", group.text, version.text)
            }
            Claim::NodeOs { node, .. } => format!("os {}", node.text),
            Claim::NodeExchange { node, version } => {
                let sp = version.known().map(|v| v.service_pack);
                format!("setup {} {sp:?}", node.text)
            }
        };
        (claims.claims.iter().map(claim))
            .chain(
                claims
                    .unused
                    .iter()
                    .map(|u| format!("unused {} {:?}", u.file, u.why)),
            )
            .collect()
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
        let claims = claims(&[&groups, &cms, &setup], &[], &HashSet::new());
        assert!(claims.unused.is_empty());
        let summary = summary(&claims);
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
                "setup EXNODE1 Some(1)",
            ]
        );
    }

    const GROUPS: &str = "Group                Node            Status\n-------------------- --------------- ------\nEXCMS01              EXNODE1         Online\n";
    const RESOURCES: &str = "Resource                                      Group                Node            Status\n--------------------------------------------- -------------------- --------------- ------\nExchange Information Store Instance (EXCMS01) EXCMS01              EXNODE1         Online\n";
    /// Get-ClusteredMailboxServerStatus of the whole organization: EXCMS09 is another cluster's.
    const STATUS: &str = "Identity            : EXCMS01\nState               : Online\nOperationalMachines : {EXNODE1 <Active>, EXNODE2}\n\nIdentity            : EXCMS09\nState               : Online\nOperationalMachines : {EXNODE91 <Active>, EXNODE92}\n";
    /// Get-MailboxServer of the organization; EXCMS01's record names no machine.
    const MAILBOX: &str = "Name                 : EXCMS01\nClusteredStorageType : NonShared\n\nName                 : EXCMS09\nClusteredStorageType : NonShared\nRedundantMachines    : {EXNODE91, EXNODE92}\n";
    const MAILBOX_WITH_MACHINES: &str = "Name                 : EXCMS01\nClusteredStorageType : NonShared\nRedundantMachines    : {EXNODE1, EXNODE2}\n\nName                 : EXCMS09\nClusteredStorageType : NonShared\nRedundantMachines    : {EXNODE91, EXNODE92}\n";
    /// Get-ExchangeServer of the organization.
    const EXCHANGE: &str = "Name                : EXCMS01\nAdminDisplayVersion : Version 8.1 (Build 240.6)\nIsMemberOfCluster   : Yes\n\nName                : EXCMS09\nAdminDisplayVersion : Version 8.0 (Build 685.25)\nIsMemberOfCluster   : Yes\n";
    const SETUP: &str = "OriginalFilename : ExSetup.exe\nFileVersion      : 08.01.0240.006\n";

    /// Which records of an organization-wide listing are this cluster's: those that name a node
    /// or group the cluster tables or the documents gave, and then the nodes and CMSs those
    /// records name. Each case kills the claims of EXCMS09, another cluster's CMS.
    #[test]
    fn only_this_clusters_records_of_a_listing_become_claims() {
        let cms01 = [
            "group EXCMS01 Cms",
            "node EXNODE1",
            "node EXNODE2",
            "owner EXCMS01 EXNODE1",
            "state EXCMS01 Online",
        ];
        let exchange01 = [
            "group EXCMS01 Cms",
            "exchange EXCMS01 Version 8.1 (Build 240.6)",
        ];
        // What the case shows, its files (name and text), the documents' nodes, the claims.
        type Case<'a> = (
            &'a str,
            Vec<(&'a str, &'a str)>,
            &'a [&'a str],
            Vec<&'a str>,
        );
        let cases: [Case; 4] = [
            (
                // The `cluster group` table names EXCMS01: its Get-MailboxServer record, which
                // names no machine, is this cluster's by that name alone.
                "a group table",
                vec![
                    ("groups.txt", GROUPS),
                    ("status.txt", STATUS),
                    ("mailbox.txt", MAILBOX),
                    ("exchange.txt", EXCHANGE),
                    ("EXNODE2-exsetup.txt", SETUP),
                ],
                &[],
                [
                    &[
                        "group EXCMS01 Unknown",
                        "owner EXCMS01 EXNODE1",
                        "state EXCMS01 Online",
                    ][..],
                    &cms01,
                    &["kind Ccr", "group EXCMS01 Cms"],
                    &exchange01,
                    &["setup EXNODE2 Some(1)"],
                ]
                .concat(),
            ),
            (
                "a resource table",
                vec![("resources.txt", RESOURCES), ("mailbox.txt", MAILBOX)],
                &[],
                vec![
                    "group EXCMS01 Cms",
                    "owner EXCMS01 EXNODE1",
                    "kind Ccr",
                    "group EXCMS01 Cms",
                ],
            ),
            (
                // Only the documents' node: the status record that names it makes EXCMS01 and
                // EXNODE2 this cluster's, for Get-ExchangeServer and the per-node export.
                "the documents' nodes and Get-ClusteredMailboxServerStatus",
                vec![
                    ("status.txt", STATUS),
                    ("exchange.txt", EXCHANGE),
                    ("EXNODE2-exsetup.txt", SETUP),
                ],
                &["EXNODE1"],
                [&cms01[..], &exchange01, &["setup EXNODE2 Some(1)"]].concat(),
            ),
            (
                "the documents' nodes and Get-MailboxServer",
                vec![
                    ("mailbox.txt", MAILBOX_WITH_MACHINES),
                    ("exchange.txt", EXCHANGE),
                    ("EXNODE2-exsetup.txt", SETUP),
                ],
                &["EXNODE1"],
                [
                    &[
                        "kind Ccr",
                        "group EXCMS01 Cms",
                        "node EXNODE1",
                        "node EXNODE2",
                    ][..],
                    &exchange01,
                    &["setup EXNODE2 Some(1)"],
                ]
                .concat(),
            ),
        ];
        for (case, files, nodes, expected) in cases {
            let files: Vec<FileExport> = files.iter().map(|(n, t)| file(n, t)).collect();
            let files: Vec<&FileExport> = files.iter().collect();
            let nodes: Vec<String> = nodes.iter().map(|n| n.to_string()).collect();
            let claims = claims(&files, &nodes, &HashSet::new());
            assert_eq!(summary(&claims), expected, "{case}");
        }
    }

    /// The nodes a folder names: its own sources' (`cluster node`, the node columns read
    /// plainly, a host inside a per-node export), and apart the cmdlets' machine lists; the
    /// own ones find the cluster when there are any.
    #[test]
    fn the_nodes_a_folder_names() {
        let nodes = "Node           Node ID Status\n-------------- ------- ------\nEXNODE7              1 Up\n";
        let resources = RESOURCES.replace("EXNODE1 ", "EXNODE3 ");
        let os = "Host Name:                 EXNODE4\nOS Name:                   Microsoft(R) Windows(R) Server 2003, Enterprise Edition\nOS Version:                5.2.3790 Service Pack 2 Build 3790\n";
        let setup = "PSComputerName   : EXNODE5\nOriginalFilename : ExSetup.exe\nFileVersion      : 08.01.0240.006\n";
        let files = [
            file("nodes.txt", nodes),
            file("groups.txt", GROUPS),
            file("resources.txt", &resources),
            file("os.txt", os),
            file("setup.txt", setup),
            file("status.txt", STATUS),
            file("mailbox.txt", MAILBOX_WITH_MACHINES),
        ];
        let texts =
            |names: &[Name]| -> Vec<String> { names.iter().map(|n| n.text.clone()).collect() };
        let named = named_nodes(&files.iter().collect::<Vec<_>>());
        let own = ["EXNODE7", "EXNODE1", "EXNODE3", "EXNODE4", "EXNODE5"];
        assert_eq!(texts(&named.own), own);
        let listed = ["EXNODE1", "EXNODE2", "EXNODE91", "EXNODE92"];
        assert_eq!(texts(&named.listed), [listed, listed].concat());
        assert_eq!(texts(named.for_association()), own);
        let listings = [file("status.txt", STATUS)];
        let named = named_nodes(&listings.iter().collect::<Vec<_>>());
        assert_eq!(texts(named.for_association()), listed);
    }

    /// A `cluster res` row that cannot be split (its resource overflowed and its group is not
    /// known) still makes the CMS its resource names a CMS, at the name inside the resource.
    #[test]
    fn an_unsplit_resource_row_names_its_cms_where_it_stands() {
        let text = "Resource             Group                Node            Status\n-------------------- -------------------- --------------- ------\nExchange System Attendant Instance (EXCMS05) EXCMS05 EXNODE1 Online\n";
        let claims = claims(&[&file("resources.txt", text)], &[], &HashSet::new());
        let cms: Vec<(&str, Range<usize>)> = (claims.claims.iter())
            .filter_map(|c| match c {
                Claim::Group {
                    name,
                    kind: GroupKind::Cms,
                } => Some((name.text.as_str(), name.span.range())),
                _ => None,
            })
            .collect();
        let at = text.find("(EXCMS05)").unwrap() + 1;
        assert_eq!(cms, [("EXCMS05", at..at + 7)]);
    }

    /// With nothing else in the folder, every Get-ExchangeServer record is the cluster's; one
    /// that says it is in a cluster (`Yes` or `True`) is a CMS, any other gives its version only.
    #[test]
    fn exchange_server_records_alone_describe_the_cluster() {
        let listing = file(
            "exchange.txt",
            "Name                : EXCMS01\nAdminDisplayVersion : Version 8.1 (Build 240.6)\nIsMemberOfCluster   : Yes\n\nName                : EXCMS02\nAdminDisplayVersion : Version 8.1 (Build 240.6)\nIsMemberOfCluster   : True\n\nName                : EXMBX01\nAdminDisplayVersion : Version 8.0 (Build 685.24)\nIsMemberOfCluster   : No\n",
        );
        assert_eq!(
            summary(&claims(&[&listing], &[], &HashSet::new())),
            [
                "group EXCMS01 Cms",
                "exchange EXCMS01 Version 8.1 (Build 240.6)",
                "group EXCMS02 Cms",
                "exchange EXCMS02 Version 8.1 (Build 240.6)",
                "exchange EXMBX01 Version 8.0 (Build 685.24)",
            ]
        );
    }

    #[test]
    fn group_states_in_english_and_japanese() {
        use GroupState::*;
        for (text, state) in [
            ("Online", Some(Online)),
            ("オンライン", Some(Online)),
            ("Offline", Some(Offline)),
            ("オフライン", Some(Offline)),
            (" Partially Online ", Some(PartiallyOnline)),
            ("部分的にオンライン", Some(PartiallyOnline)),
            ("FAILED", Some(Failed)),
            ("失敗", Some(Failed)),
            ("Online Pending", None),
        ] {
            assert_eq!(group_state(text), state, "{text}");
        }
    }

    /// A node's span is its computer name's, wherever that starts in the field.
    #[test]
    fn a_node_is_its_computer_name_at_its_place() {
        let field = Field::new(" EXNODE1.contoso.com", 40..60);
        let node = Ctx { file: 3 }.node(&field);
        assert_eq!(node.text, "EXNODE1");
        assert_eq!((node.span.file(), node.span.range()), (3, 41..48));
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(text in "\\PC{0,200}", name in "[A-Za-z0-9.-]{0,12}") {
            if let Some(Ok(export)) = read(&text) {
                let f = FileExport { file: 0, folder: String::new(), folder_name: String::new(), file_name: name, export };
                let _ = claims(&[&f], &["EXNODE1".to_string()], &HashSet::new());
            }
        }
    }
}
