//! The inventory model: clusters, nodes, groups, servers, workstations, plans and migrations
//! merged from every document, each fact with the span it came from.

mod build;
pub mod exchange;
pub mod windows;

#[cfg(test)]
pub(crate) use build::from_yaml;
pub use build::{Builder, document, entity_at_pointer};
pub use exchange::ExchangeVersion;
pub use windows::{Family, WindowsVersion};

use crate::i18n::Message;
use crate::runbook::{Command, Unrecognized};
use crate::source::Span;
use foldhash::HashMap;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// A Windows computer, cluster, group or CMS name as spelled at one place.
#[derive(Debug, Clone)]
pub struct Name {
    /// The spelling at this place.
    pub text: String,
    pub span: Span,
}

impl Name {
    /// Comparison key: case-insensitive, and an FQDN refers to its first label.
    pub fn key(&self) -> String {
        name_key(&self.text)
    }

    pub fn is(&self, other: &str) -> bool {
        same_name(&self.text, other)
    }
}

/// Whether two spellings have the same [`name_key`], without building either key (names are
/// compared in every rule, so this one avoids the allocations).
pub fn same_name(a: &str, b: &str) -> bool {
    // Spellings that differ at most in ASCII case have the same key; most names compared are.
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // ASCII without white space, control characters or a dot: each spelling is its own compared
    // part, so they differ.
    let plain = |s: &str| !s.bytes().any(|b| b <= b' ' || b == b'.' || b >= 0x7f);
    if plain(a) && plain(b) {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return ascii_compared_part(a.as_bytes())
            .eq_ignore_ascii_case(ascii_compared_part(b.as_bytes()));
    }
    let (a, b) = (compared_part(a), compared_part(b));
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// [`compared_part`] of an ASCII spelling, on bytes: names are compared in every rule and are
/// nearly always ASCII, and the `str` walk (Unicode trimming, char searches) cost more than the
/// comparison itself. Written by hand for that reason; `names_compare_...` checks it against the
/// general path.
fn ascii_compared_part(text: &[u8]) -> &[u8] {
    // What `str::trim` and `char::is_whitespace` see as white space among ASCII bytes; unlike
    // `u8::is_ascii_whitespace`, it includes the vertical tab.
    let space = |b: &u8| b.is_ascii_whitespace() || *b == 0x0b;
    let start = text.iter().position(|b| !space(b)).unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| i + 1);
    let text = &text[start..end];
    if text.iter().any(space) {
        return text;
    }
    match text.iter().position(|&b| b == b'.') {
        Some(dot) => &text[..dot],
        None => text,
    }
}

/// `EXNODE1.contoso.com` and `exnode1` share the key `exnode1`. Group names with spaces
/// (`Backup Agent v2.1`) are not host names and are only case-folded.
pub fn name_key(text: &str) -> String {
    compared_part(text).to_lowercase()
}

/// A spelling as a hash key: equal to another when [`same_name`] says so, hashed to match
/// (the bytes of its [`name_key`]), without building the key for an ASCII spelling. Lets maps
/// and the inventory's index look names up without allocating.
#[derive(Debug, Clone, Copy)]
pub struct NameKey<'a>(pub &'a str);

impl PartialEq for NameKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        same_name(self.0, other.0)
    }
}

impl Eq for NameKey<'_> {}

impl std::hash::Hash for NameKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        /// Names longer than this are lowercased on the heap.
        const ON_STACK: usize = 64;
        let text = self.0.as_bytes();
        let part = ascii_compared_part(text);
        if text.is_ascii() && part.len() <= ON_STACK {
            let mut lower = [0u8; ON_STACK];
            for (to, from) in lower.iter_mut().zip(part) {
                *to = from.to_ascii_lowercase();
            }
            state.write(&lower[..part.len()]);
        } else {
            state.write(name_key(self.0).as_bytes());
        }
        state.write_u8(0xff);
    }
}

/// Values by name, the first of each [`NameKey`] kept: the name is not stored but read through
/// `name_at` from the value (a position, a reference), and each entry keeps its name's hash, so
/// that a table grows without reading the names again (at 100k clusters they are hundreds of
/// thousands of pointer chases). The inventory's index and INV003 are built on it.
#[derive(Debug)]
pub struct NameTable<T> {
    hasher: foldhash::fast::RandomState,
    table: HashTable<(u64, T)>,
}

impl<T> Default for NameTable<T> {
    fn default() -> Self {
        NameTable::with_capacity(0)
    }
}

impl<T> NameTable<T> {
    pub fn with_capacity(capacity: usize) -> Self {
        NameTable {
            hasher: foldhash::fast::RandomState::default(),
            table: HashTable::with_capacity(capacity),
        }
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Keeps `value` under `name` unless a value of the same name is there already, and gives
    /// that earlier value.
    pub fn first<'a>(
        &mut self,
        name: &str,
        value: T,
        name_at: impl Fn(&T) -> &'a str,
    ) -> Option<&T> {
        let hash = self.hasher.hash_one(NameKey(name));
        let same = |e: &(u64, T)| e.0 == hash && same_name(name_at(&e.1), name);
        match self.table.entry(hash, same, |e| e.0) {
            hashbrown::hash_table::Entry::Occupied(earlier) => Some(&earlier.into_mut().1),
            hashbrown::hash_table::Entry::Vacant(vacant) => {
                vacant.insert((hash, value));
                None
            }
        }
    }

    /// The value kept under `name`.
    pub fn find<'a>(&self, name: &str, name_at: impl Fn(&T) -> &'a str) -> Option<&T> {
        let hash = self.hasher.hash_one(NameKey(name));
        let found = self
            .table
            .find(hash, |e| e.0 == hash && same_name(name_at(&e.1), name));
        found.map(|e| &e.1)
    }
}

/// The part of a spelling that names compare on: trimmed, and the first label of a host name.
fn compared_part(text: &str) -> &str {
    let text = text.trim();
    // Byte tests first: names are nearly always ASCII, and a char walk costs more.
    let has_space = if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_whitespace() || b == 0x0b)
    } else {
        text.contains(char::is_whitespace)
    };
    if has_space { text } else { computer_name(text) }
}

/// The computer name a command takes: the first label of an FQDN, as spelled
/// (`EXNODE1.contoso.com` -> `EXNODE1`).
pub fn computer_name(text: &str) -> &str {
    let text = text.trim();
    text.split('.').next().unwrap_or(text)
}

/// A value with the span it came from.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// A version field: the text as written and, when understood, its meaning.
#[derive(Debug, Clone)]
pub struct Version<T> {
    pub text: String,
    pub parsed: Option<T>,
    pub span: Span,
}

impl<T> Version<T> {
    pub fn known(&self) -> Option<&T> {
        self.parsed.as_ref()
    }
}

pub type OsField = Version<WindowsVersion>;
pub type ExchangeField = Version<ExchangeVersion>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterKind {
    Ccr,
    Scc,
}

impl ClusterKind {
    pub fn label(self) -> &'static str {
        match self {
            ClusterKind::Ccr => "CCR",
            ClusterKind::Scc => "SCC",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// The default cluster group ("Cluster Group").
    Cluster,
    /// A clustered mailbox server.
    Cms,
    Other,
    /// Not known: a `type` the schema rejects (INV002), or a group that only a `cluster group`
    /// listing names. The group may be any of the others, so the checks that depend on its kind
    /// skip it (it is neither a CMS nor another group for them), and it is never moved with
    /// cluster.exe (a CMS moves only with Move-ClusteredMailboxServer).
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupState {
    Online,
    Offline,
    PartiallyOnline,
    Failed,
    /// A `state` the schema rejects (INV002): online or not is unknown.
    Unknown,
}

impl GroupState {
    /// Whether the group serves clients: `None` when the state is unknown.
    pub fn is_online(self) -> Option<bool> {
        match self {
            GroupState::Online | GroupState::PartiallyOnline => Some(true),
            GroupState::Offline | GroupState::Failed => Some(false),
            GroupState::Unknown => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub name: Name,
    /// `None` when no source gives the type or the schema rejects it: unknown either way.
    pub kind: Option<Located<ClusterKind>>,
    pub nodes: Vec<ClusterNode>,
    pub groups: Vec<Group>,
    /// Which node owns each group, resolved on the first question about owners; the cluster
    /// does not change after building. Boxed: with the table inline (48 bytes more in every
    /// cluster) the peak RSS of a 100k-cluster estate measured about 70 MiB higher; boxed, it
    /// measures as without the table.
    owners: std::sync::OnceLock<Box<Owners>>,
}

/// Owners by position: the rules ask whose each group is for every node, and comparing the
/// spellings each time cost more than the rules' own work.
#[derive(Debug, Clone)]
struct Owners {
    /// For each node, the position of the first node of its name (a duplicate shares it).
    node: Vec<u32>,
    /// For each group, that position for the node its owner names; `None` when it has no owner
    /// or the owner names no node of the cluster.
    group: Vec<Option<u32>>,
}

impl Owners {
    fn new(cluster: &Cluster) -> Self {
        let nodes = &cluster.nodes;
        // A handful of nodes is searched; a hostile cluster of thousands gets an index.
        let index = (nodes.len() > 16).then(|| {
            let mut index: HashMap<NameKey, u32> = HashMap::default();
            for (i, node) in nodes.iter().enumerate().rev() {
                index.insert(NameKey(&node.name.text), i as u32);
            }
            index
        });
        let first = |name: &str| match &index {
            Some(index) => index.get(&NameKey(name)).copied(),
            None => (nodes.iter().position(|n| n.name.is(name))).map(|i| i as u32),
        };
        Owners {
            node: (nodes.iter().enumerate())
                .map(|(i, n)| first(&n.name.text).unwrap_or(i as u32))
                .collect(),
            group: (cluster.groups.iter())
                .map(|g| first(&g.owner.as_ref()?.text))
                .collect(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ClusterNode {
    pub name: Name,
    pub os: Option<OsField>,
    pub exchange: Option<ExchangeField>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub name: Name,
    pub kind: GroupKind,
    pub owner: Option<Name>,
    pub state: Option<Located<GroupState>>,
    pub exchange: Option<ExchangeField>,
}

impl Group {
    /// Known to be a CMS.
    pub fn is_cms(&self) -> bool {
        self.kind == GroupKind::Cms
    }

    /// A CMS, or a group whose kind is unknown.
    pub fn may_be_cms(&self) -> bool {
        matches!(self.kind, GroupKind::Cms | GroupKind::Unknown)
    }

    /// The state: `online` when none is given (the format's default).
    pub fn state(&self) -> GroupState {
        self.state.as_ref().map_or(GroupState::Online, |s| s.value)
    }
}

#[derive(Debug, Clone)]
pub struct Server {
    pub name: Name,
    pub os: Option<OsField>,
    pub exchange: Option<ExchangeField>,
}

#[derive(Debug, Clone)]
pub struct Workstation {
    pub name: Name,
    pub os: Option<OsField>,
    pub exchange_tools: Option<ExchangeField>,
    pub cluster_tools: Vec<OsField>,
    /// `false` when `clusterTools` is given but is not a list of Windows versions (INV002):
    /// which cluster tools are installed is then unknown. Absent, it is none.
    pub cluster_tools_known: bool,
    pub manages: Vec<Name>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub name: Name,
    pub cluster: Name,
    pub target: ExchangeField,
    pub window: Option<Window>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone)]
pub struct Window {
    pub start: Located<String>,
    pub end: Located<String>,
}

#[derive(Debug, Clone)]
pub struct Step {
    /// 1-based position in the plan.
    pub number: usize,
    /// The `run` or `action` value.
    pub span: Span,
    pub on: Option<Name>,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Run {
        text: String,
        command: Result<Command, Unrecognized>,
    },
    InstallWindowsServicePack {
        node: Name,
        service_pack: Option<u8>,
    },
    RemoveUpdateRollup {
        node: Name,
    },
    UpgradeOs {
        node: Name,
        to: OsField,
    },
    Note,
}

#[derive(Debug, Clone)]
pub struct Migration {
    pub from: Name,
    pub to: Name,
    pub mailboxes: Option<Located<String>>,
    pub public_folders: Option<Located<String>>,
}

/// Everything the documents describe, merged. Duplicates are kept (INV003 reports them);
/// lookups return the first definition.
#[derive(Debug, Default)]
pub struct Inventory {
    pub clusters: Vec<Cluster>,
    pub servers: Vec<Server>,
    pub workstations: Vec<Workstation>,
    pub plans: Vec<Plan>,
    pub migrations: Vec<Migration>,
    /// A `run` step with Setup and no `on:` (INV002, raised while building).
    pub problems: Vec<ModelProblem>,
    /// Facts on which two sources disagree (INV006, found while merging raw exports).
    pub conflicts: Vec<Conflict>,
    /// Raw exports whose facts are not used (INV011, found while merging them).
    pub unused_exports: Vec<UnusedExport>,
    /// Name lookups, built on the first lookup; the inventory does not change after building.
    index: std::sync::OnceLock<Index>,
}

/// Where the first definition of each name is: positions in [`Inventory::clusters`] (and in
/// the cluster's `groups`) and [`Inventory::servers`], in [`NameTable`]s, so that neither
/// building the index nor a lookup builds a key.
#[derive(Debug, Default)]
struct Index {
    clusters: NameTable<u32>,
    servers: NameTable<u32>,
    /// (cluster, group) of each CMS.
    cms: NameTable<(u32, u32)>,
    /// (cluster, group) of each group whose kind is unknown (any of them may be a CMS).
    unknown_groups: NameTable<(u32, u32)>,
    /// How many clusters and servers were indexed, to catch a change after the first lookup.
    sizes: (usize, usize),
}

impl Index {
    fn new(inventory: &Inventory) -> Self {
        let cluster = |&c: &u32| inventory.clusters[c as usize].name.text.as_str();
        let group = |&at: &(u32, u32)| inventory.group_name(at);
        let server = |&s: &u32| inventory.servers[s as usize].name.text.as_str();
        let mut index = Index {
            clusters: NameTable::with_capacity(inventory.clusters.len()),
            servers: NameTable::with_capacity(inventory.servers.len()),
            sizes: (inventory.clusters.len(), inventory.servers.len()),
            ..Index::default()
        };
        // Built on one thread even inside the pool: a worker waiting for a share of this
        // work would take other work, and work that looks a name up would wait for this index
        // on the thread that is building it.
        for (c, cl) in (0u32..).zip(&inventory.clusters) {
            index.clusters.first(&cl.name.text, c, cluster);
            for (g, gr) in (0u32..).zip(&cl.groups) {
                let table = match gr.kind {
                    GroupKind::Cms => &mut index.cms,
                    GroupKind::Unknown => &mut index.unknown_groups,
                    _ => continue,
                };
                table.first(&gr.name.text, (c, g), group);
            }
        }
        for (s, sv) in (0u32..).zip(&inventory.servers) {
            index.servers.first(&sv.name.text, s, server);
        }
        index
    }
}

/// Which fact of an entity: what a disagreement (INV006) and an unknown fact (INV010) are
/// about, so that the two can be matched whatever language their messages are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Property {
    /// Whether a cluster is a CCR or an SCC (`type`).
    ClusterType,
    /// Whether a group is a CMS, the default cluster group or another group (`type`).
    GroupType,
    /// The node that owns a group (`owner`).
    Owner,
    /// Whether a group is online (`state`).
    State,
    /// The Exchange version of a node or a CMS.
    ExchangeVersion,
    /// The Windows version of a node or a computer.
    WindowsVersion,
    /// The Windows service pack of a node or a computer.
    ServicePack,
}

/// Two sources that disagree about one fact: the value read first and the other one. The
/// model leaves the fact unknown.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// The entity the fact belongs to (`cluster:EXCLU01/node:EXNODE1`).
    pub entity: String,
    /// Which fact of the entity it is.
    pub property: Property,
    /// What the fact is, for the message (`the owner of group EXCMS01`).
    pub fact: Message,
    pub first: Located<String>,
    pub other: Located<String>,
}

/// A raw export whose facts are not used (INV011): where, and why.
#[derive(Debug, Clone)]
pub struct UnusedExport {
    /// `file:<path>`.
    pub entity: String,
    /// The first fact that is not used.
    pub span: Span,
    pub reason: Unused,
}

/// Why an export's facts are not used.
#[derive(Debug, Clone)]
pub enum Unused {
    /// The export names no host inside, and its file name starts with no node of the cluster
    /// its folder describes: a host from a file name never creates a node.
    FileName {
        file_name: String,
        /// The cluster, when the folder has one, and its nodes as spelled.
        cluster: Option<String>,
        nodes: Vec<String>,
    },
    /// A Windows version of `node` that does not tell a workstation from a server
    /// (`product`) or the service pack, with nothing else in the export to tell it.
    Windows {
        version: String,
        product: bool,
        node: String,
    },
}

/// Something the builder found that the schema cannot express.
#[derive(Debug, Clone)]
pub struct ModelProblem {
    pub entity: String,
    pub span: Span,
    pub message: Message,
}

impl Inventory {
    fn index(&self) -> &Index {
        let index = self.index.get_or_init(|| Index::new(self));
        debug_assert_eq!(
            index.sizes,
            (self.clusters.len(), self.servers.len()),
            "the inventory changed after its first lookup"
        );
        index
    }

    /// The first cluster of that name.
    pub fn cluster(&self, name: &str) -> Option<&Cluster> {
        let cluster = |&c: &u32| self.clusters[c as usize].name.text.as_str();
        let &c = self.index().clusters.find(name, cluster)?;
        Some(&self.clusters[c as usize])
    }

    /// The first stand-alone server of that name.
    pub fn server(&self, name: &str) -> Option<&Server> {
        let server = |&s: &u32| self.servers[s as usize].name.text.as_str();
        let &s = self.index().servers.find(name, server)?;
        Some(&self.servers[s as usize])
    }

    /// The cluster a CMS (clustered mailbox server group) belongs to, and the group.
    pub fn cms(&self, name: &str) -> Option<(&Cluster, &Group)> {
        let &(c, g) = self.index().cms.find(name, |&at| self.group_name(at))?;
        let cluster = &self.clusters[c as usize];
        Some((cluster, &cluster.groups[g as usize]))
    }

    /// Whether some cluster has a group of that name whose kind is unknown (it may be a CMS).
    pub fn may_be_cms(&self, name: &str) -> bool {
        let unknown = &self.index().unknown_groups;
        unknown.find(name, |&at| self.group_name(at)).is_some()
    }

    fn group_name(&self, (c, g): (u32, u32)) -> &str {
        &self.clusters[c as usize].groups[g as usize].name.text
    }
}

impl Cluster {
    pub fn new(
        name: Name,
        kind: Option<Located<ClusterKind>>,
        nodes: Vec<ClusterNode>,
        groups: Vec<Group>,
    ) -> Self {
        Cluster {
            name,
            kind,
            nodes,
            groups,
            owners: std::sync::OnceLock::new(),
        }
    }

    fn owners(&self) -> &Owners {
        let owners = self.owners.get_or_init(|| Box::new(Owners::new(self)));
        assert_eq!(
            (owners.node.len(), owners.group.len()),
            (self.nodes.len(), self.groups.len()),
            "the cluster changed after its first question about owners"
        );
        owners
    }

    /// Whether the group at position `g` is owned by `node`: by position for a node of this
    /// cluster, by name for any other.
    fn owns<'a>(&'a self, node: &'a ClusterNode) -> impl Fn(usize) -> bool + 'a {
        let owners = self.owners();
        let at = self.nodes.iter().position(|n| std::ptr::eq(n, node));
        move |g| match at {
            Some(i) => owners.group[g] == Some(owners.node[i]),
            None => (self.groups[g].owner.as_ref()).is_some_and(|o| o.is(&node.name.text)),
        }
    }

    /// The node a group's owner names: the first of that name.
    pub fn owner_of(&self, group: &Group) -> Option<&ClusterNode> {
        match self.groups.iter().position(|g| std::ptr::eq(g, group)) {
            Some(g) => Some(&self.nodes[self.owner_position(g)?]),
            None => self.node(&group.owner.as_ref()?.text),
        }
    }

    /// The position in `nodes` of the node the owner of the group at position `group` names.
    pub fn owner_position(&self, group: usize) -> Option<usize> {
        self.owners().group[group].map(|n| n as usize)
    }

    pub fn entity(&self) -> String {
        format!("cluster:{}", self.name.text)
    }

    pub fn node_entity(&self, node: &ClusterNode) -> String {
        format!("cluster:{}/node:{}", self.name.text, node.name.text)
    }

    pub fn group_entity(&self, group: &Group) -> String {
        format!("cluster:{}/group:{}", self.name.text, group.name.text)
    }

    pub fn node(&self, name: &str) -> Option<&ClusterNode> {
        self.nodes.iter().find(|n| n.name.is(name))
    }

    pub fn cms_groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.is_cms())
    }

    /// Groups owned by a node (or by a node of its name).
    pub fn groups_of<'a>(&'a self, node: &'a ClusterNode) -> impl Iterator<Item = &'a Group> + 'a {
        let owns = self.owns(node);
        (self.groups.iter().enumerate())
            .filter(move |&(g, _)| owns(g))
            .map(|(_, group)| group)
    }

    /// A node that owns a CMS is active; one that owns none is passive (the seed's definition).
    /// A node that owns a group of unknown kind and no CMS is neither [`Cluster::is_active`]
    /// nor [`Cluster::is_passive`].
    pub fn is_active(&self, node: &ClusterNode) -> bool {
        self.groups_of(node).any(Group::is_cms)
    }

    /// Known to own no CMS: every group that may be a CMS has a known owner, and it is not this
    /// node.
    pub fn is_passive(&self, node: &ClusterNode) -> bool {
        let owns = self.owns(node);
        !(self.groups.iter().enumerate())
            .any(|(g, group)| group.may_be_cms() && (group.owner.is_none() || owns(g)))
    }

    /// The Exchange version a CMS runs: its own, or, when it gives none, its owner node's. An
    /// own version that cannot be understood (INV005) is unknown, not its node's.
    pub fn cms_version<'a>(&'a self, group: &'a Group) -> Option<&'a ExchangeVersion> {
        match &group.exchange {
            Some(own) => own.known(),
            None => self.owner_of(group)?.exchange.as_ref()?.known(),
        }
    }
}

impl ClusterNode {
    pub fn os(&self) -> Option<&WindowsVersion> {
        self.os.as_ref().and_then(Version::known)
    }

    pub fn exchange(&self) -> Option<&ExchangeVersion> {
        self.exchange.as_ref().and_then(Version::known)
    }
}

impl Server {
    pub fn entity(&self) -> String {
        format!("server:{}", self.name.text)
    }
}

impl Workstation {
    pub fn entity(&self) -> String {
        format!("workstation:{}", self.name.text)
    }

    pub fn os(&self) -> Option<&WindowsVersion> {
        self.os.as_ref().and_then(Version::known)
    }

    pub fn tools(&self) -> Option<&ExchangeVersion> {
        self.exchange_tools.as_ref().and_then(Version::known)
    }

    /// The `manages` entries that name a CMS for which `keep` holds, in inventory order, each
    /// with those CMSs (a cluster entry names every CMS in it). Stand-alone servers, unknown
    /// names and entries left with no CMS are dropped. For the management rules (ADM5xx).
    pub fn managed_cms<'a>(
        &'a self,
        inventory: &'a Inventory,
        keep: impl Fn(&Cluster, &Group) -> bool,
    ) -> Vec<(&'a Name, Vec<(&'a Cluster, &'a Group)>)> {
        let mut out: Vec<(&Name, Vec<(&Cluster, &Group)>)> = Vec::new();
        for (entry, target) in inventory.managed_by(self) {
            let Managed::Cms(cluster, group) = target else {
                continue;
            };
            if !keep(cluster, group) {
                continue;
            }
            match out.last_mut() {
                Some((last, list)) if std::ptr::eq(*last, entry) => list.push((cluster, group)),
                _ => out.push((entry, vec![(cluster, group)])),
            }
        }
        out
    }
}

impl Plan {
    pub fn entity(&self) -> String {
        format!("plan:{}", self.name.text)
    }

    pub fn step_entity(&self, step: &Step) -> String {
        format!("plan:{}/step:{}", self.name.text, step.number)
    }
}

impl Migration {
    pub fn entity(&self) -> String {
        format!("migration:{}->{}", self.from.text, self.to.text)
    }
}

/// What a workstation's `manages` entry resolves to.
#[derive(Debug, Clone, Copy)]
pub enum Managed<'a> {
    Cms(&'a Cluster, &'a Group),
    Server(&'a Server),
}

impl Inventory {
    /// Resolves `manages` entries: a CMS, a cluster (every CMS in it) or a stand-alone server.
    /// Each target comes with the entry that named it; unknown names are left out (INV004).
    pub fn managed_by<'a>(&'a self, ws: &'a Workstation) -> Vec<(&'a Name, Managed<'a>)> {
        let mut out = Vec::new();
        for entry in &ws.manages {
            if let Some((cluster, group)) = self.cms(&entry.text) {
                out.push((entry, Managed::Cms(cluster, group)));
            } else if let Some(cluster) = self.cluster(&entry.text) {
                out.extend(
                    cluster
                        .cms_groups()
                        .map(|group| (entry, Managed::Cms(cluster, group))),
                );
            } else if let Some(server) = self.server(&entry.text) {
                out.push((entry, Managed::Server(server)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_case_insensitively_and_by_first_label() {
        assert_eq!(name_key("EXNODE1.contoso.com"), "exnode1");
        assert_eq!(name_key(" exnode1 "), "exnode1");
        assert_ne!(name_key("EXNODE1"), name_key("EXNODE10"));
        assert_ne!(name_key("Agent v2.1"), name_key("Agent v2.2"));
        for (a, b) in [
            ("EXNODE1.contoso.com", "exnode1"),
            (" exnode1 ", "EXNODE1"),
            ("EXNODE1", "EXNODE10"),
            ("Agent v2.1", "agent V2.1"),
            ("Agent v2.1", "Agent v2.2"),
            ("Agent v2.1", "Agent"),
            ("ÉX", "éx.x"),
            ("a\u{b}b", "A\u{b}B.c"),
            ("a\u{a0}b", "a\u{a0}b.c"),
            ("EX.", "ex"),
            ("\u{b}ex\u{b}", "EX"),
            ("\tex.a b", "EX.A B"),
            ("ex .a", "EX"),
            ("  ", ""),
            (".x", ""),
            // The Kelvin sign lowercases to an ASCII `k`: one side ASCII is not enough for the
            // byte path.
            ("EX\u{212A}", "exk"),
            ("exk.contoso", "EX\u{212A}"),
        ] {
            assert_eq!(same_name(a, b), name_key(a) == name_key(b), "{a:?} / {b:?}");
            // Equal keys hash alike (`NameKey` is what the index and INV003 look names up by).
            if same_name(a, b) {
                let hasher = foldhash::fast::FixedState::default();
                let hash = |t| hasher.hash_one(NameKey(t));
                assert_eq!(hash(a), hash(b), "{a:?} / {b:?}");
                assert_eq!(NameKey(a), NameKey(b));
            }
        }
        // A name over the stack buffer is hashed from its key on the heap, as a short one is.
        let long = "N".repeat(70);
        let hasher = foldhash::fast::FixedState::default();
        assert_eq!(
            hasher.hash_one(NameKey(&long)),
            hasher.hash_one(NameKey(&format!(" {}.contoso.com", long.to_lowercase())))
        );
        assert_ne!(
            hasher.hash_one(NameKey("EXNODE1")),
            hasher.hash_one(NameKey("EXNODE2"))
        );
    }

    /// The index finds the first definition of a name, however it is spelled, and nothing for
    /// a name it does not have.
    #[test]
    fn the_index_finds_the_first_definition_by_any_spelling() {
        let inventory = from_yaml(
            "cmslint: 1
clusters:
  - name: EXCLU1
    groups: [{name: EXCMS1, type: cms}, {name: Backup, type: nonsense}]
  - name: exclu1.contoso.com
    groups: [{name: excms1, type: cms}]
  - name: EXCLU2
servers: [{name: EXHUB1}, {name: exhub1}]
",
        );
        let cluster = inventory.cluster("Exclu1.Contoso.COM").expect("EXCLU1");
        assert!(std::ptr::eq(cluster, &inventory.clusters[0]));
        assert!(std::ptr::eq(
            inventory.cluster("exclu2").unwrap(),
            &inventory.clusters[2]
        ));
        assert!(inventory.cluster("EXCLU3").is_none());
        let (c, g) = inventory.cms("EXCMS1.contoso.com").expect("EXCMS1");
        assert!(std::ptr::eq(c, &inventory.clusters[0]));
        assert_eq!(g.name.text, "EXCMS1");
        assert!(inventory.cms("Backup").is_none());
        assert!(inventory.may_be_cms("backup"));
        assert!(!inventory.may_be_cms("EXCMS1"));
        assert!(std::ptr::eq(
            inventory.server("EXHUB1").unwrap(),
            &inventory.servers[0]
        ));
        assert!(inventory.server("EXHUB2").is_none());
    }

    /// Owners resolved by position agree with owners compared by name: an FQDN or another case
    /// names the node, a duplicate node shares its groups, and a node of another cluster (or a
    /// copy) is asked about by name.
    #[test]
    fn owners_by_position_and_by_name() {
        for extra in [0, 20] {
            let more: String = (0..extra)
                .map(|i| format!("      - name: SPARE{i}\n"))
                .collect();
            let inventory = from_yaml(&format!(
                "cmslint: 1\nclusters:\n  - name: EXCLU1\n    type: ccr\n    nodes:\n      - name: EXNODE1\n      - name: EXNODE2\n      - name: exnode1\n{more}    groups:\n      - name: EXCMS1\n        type: cms\n        owner: exnode1.contoso.com\n      - name: Cluster Group\n        type: cluster\n        owner: EXNODE2\n      - name: Backup\n        type: other\n        owner: EXNODE9\n"
            ));
            let cluster = &inventory.clusters[0];
            let [n1, n2, dup] = [0, 1, 2].map(|i| &cluster.nodes[i]);
            let [cms, core, backup] = [0, 1, 2].map(|g| &cluster.groups[g]);
            let names = |node| -> Vec<&str> {
                (cluster.groups_of(node).map(|g| g.name.text.as_str())).collect()
            };
            assert_eq!(names(n1), ["EXCMS1"], "{extra} more nodes");
            assert_eq!(names(dup), ["EXCMS1"]);
            assert_eq!(names(n2), ["Cluster Group"]);
            assert!(cluster.is_active(dup) && !cluster.is_passive(dup));
            assert!(cluster.is_passive(n2) && !cluster.is_active(n2));
            assert!(std::ptr::eq(cluster.owner_of(cms).unwrap(), n1));
            assert!(std::ptr::eq(cluster.owner_of(core).unwrap(), n2));
            assert!(cluster.owner_of(backup).is_none());
            // A copy is not one of the cluster's nodes: it is asked about by its name.
            let copy = n2.clone();
            assert_eq!(names(&copy), ["Cluster Group"]);
            assert!(cluster.is_passive(&copy));
            let (group_copy, stranger) = (cms.clone(), n1.clone());
            assert_eq!(cluster.owner_of(&group_copy).unwrap().name.text, "EXNODE1");
            assert!(cluster.is_active(&stranger));
        }
    }

    proptest::proptest! {
        /// The byte path for ASCII names agrees with the keys on any spelling.
        #[test]
        fn same_name_agrees_with_the_keys(
            a in "[ \t\x0b.aAbB1-]{0,8}",
            b in "[ \t\x0b.aAbB1-]{0,8}",
        ) {
            proptest::prop_assert_eq!(same_name(&a, &b), name_key(&a) == name_key(&b));
        }
    }
}
