//! A deterministic generator of realistic inventory estates, for the benchmark and the
//! determinism test. It is included with `#[path]` by `examples/gen-inventory.rs` (the
//! command-line front end) and by `tests/determinism.rs`, so both write the same estates.
//!
//! The estate is laid out as a real repository would be, in folders of at most 1000 files:
//! `clusters/NNN/exclu*.{yaml,json}` (one file per cluster, some with a runbook), and per block of
//! 100 clusters one shared `workstations/NNN/admins-*.{yaml,json}` and one
//! `servers/NNN/servers-*.{yaml,json}`. About a fifth of the clusters, plans and workstations
//! (fewer servers) carry one of the documented problems.
//!
//! Same seed, same bytes: every block of 100 clusters draws from its own random stream, so the
//! blocks can be written on several threads without changing a byte.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// Clusters per block; each block has one workstation file and one server file.
pub const BLOCK: usize = 100;
/// Files per folder.
const FOLDER: usize = 1000;

/// Which syntax the files are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
    /// About two files in three in YAML, the rest in JSON.
    Mixed,
}

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        match text {
            "yaml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            "mixed" => Some(Format::Mixed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub clusters: usize,
    pub seed: u64,
    pub format: Format,
    /// Percentage of entities that carry a documented problem (20 by default; 0 gives a clean
    /// estate).
    pub problem_percent: u32,
}

/// What was written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    pub clusters: usize,
    pub plans: usize,
    pub workstations: usize,
    pub servers: usize,
    /// Entities given a documented problem.
    pub problems: usize,
}

impl Summary {
    fn add(&mut self, other: &Summary) {
        self.files += other.files;
        self.bytes += other.bytes;
        self.clusters += other.clusters;
        self.plans += other.plans;
        self.workstations += other.workstations;
        self.servers += other.servers;
        self.problems += other.problems;
    }
}

/// Writes the estate under `out` (created if needed), on one thread per core.
pub fn generate(options: &Options, out: &Path) -> io::Result<Summary> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let blocks = options.clusters.div_ceil(BLOCK);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, blocks.max(1));
    let next = AtomicUsize::new(0);
    let results: Vec<io::Result<Summary>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut summary = Summary::default();
                    loop {
                        let block = next.fetch_add(1, Ordering::Relaxed);
                        if block >= blocks {
                            return Ok(summary);
                        }
                        summary.add(&write_block(options, block, out)?);
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a generator thread panicked"))
            .collect()
    });
    let mut summary = Summary::default();
    for result in results {
        summary.add(&result?);
    }
    Ok(summary)
}

/// SplitMix64 (Steele, Lea and Flood), written inline rather than taken from `rand`: ten lines,
/// and the estate a seed gives can never change with a crate upgrade.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_add(1).wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (the modulo bias is irrelevant at these sizes).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn percent(&mut self, p: u32) -> bool {
        self.below(100) < p as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// A small document tree, written out as YAML or JSON.

enum V {
    Str(String),
    Int(i64),
    /// A mapping; `flow` writes it on one line (`{ name: X, os: Y }`).
    Map(Vec<(&'static str, V)>, bool),
    /// A sequence; `flow` writes it on one line (`[A, B]`).
    List(Vec<V>, bool),
    /// A scalar with a trailing YAML comment (JSON has none).
    Noted(Box<V>, String),
}

fn s(text: impl Into<String>) -> V {
    V::Str(text.into())
}

fn block(entries: Vec<(&'static str, V)>) -> V {
    V::Map(entries, false)
}

fn flow(entries: Vec<(&'static str, V)>) -> V {
    V::Map(entries, true)
}

/// One file: YAML documents (each with its header comments), or one JSON document.
struct File {
    comments: Vec<String>,
    documents: Vec<V>,
}

impl File {
    /// A shared file: one inventory document holding one list under `key`.
    fn list(comment: String, key: &'static str, items: Vec<V>) -> File {
        File {
            comments: vec![comment],
            documents: vec![block(vec![
                ("cmslint", V::Int(1)),
                (key, V::List(items, false)),
            ])],
        }
    }

    fn render(&self, syntax: Syntax) -> String {
        let mut out = String::with_capacity(2048);
        match syntax {
            Syntax::Yaml => {
                for line in &self.comments {
                    let _ = writeln!(out, "# {line}");
                }
                for (i, doc) in self.documents.iter().enumerate() {
                    if i > 0 {
                        out.push_str("---\n");
                    }
                    yaml_block(doc, 0, &mut out);
                }
            }
            Syntax::Json => {
                debug_assert_eq!(self.documents.len(), 1);
                json(&self.documents[0], 0, &mut out);
                out.push('\n');
            }
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Yaml,
    Json,
}

impl Syntax {
    fn extension(self) -> &'static str {
        match self {
            Syntax::Yaml => "yaml",
            Syntax::Json => "json",
        }
    }
}

fn indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// A block mapping at `at` columns; the first line's indentation is already written when
/// `first_done` (after `- `).
fn yaml_map_entries(entries: &[(&'static str, V)], at: usize, first_done: bool, out: &mut String) {
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 || !first_done {
            indent(out, at);
        }
        out.push_str(key);
        out.push(':');
        match value {
            V::Map(inner, false) => {
                out.push('\n');
                yaml_map_entries(inner, at + 2, false, out);
            }
            V::List(items, false) => {
                out.push('\n');
                yaml_list_items(items, at + 2, out);
            }
            _ => {
                out.push(' ');
                yaml_inline(value, false, out);
                out.push('\n');
            }
        }
    }
}

fn yaml_list_items(items: &[V], at: usize, out: &mut String) {
    for item in items {
        indent(out, at);
        out.push_str("- ");
        match item {
            V::Map(entries, false) => yaml_map_entries(entries, at + 2, true, out),
            V::List(inner, false) => {
                out.push('\n');
                yaml_list_items(inner, at + 2, out);
            }
            _ => {
                yaml_inline(item, false, out);
                out.push('\n');
            }
        }
    }
}

fn yaml_block(value: &V, at: usize, out: &mut String) {
    match value {
        V::Map(entries, _) => yaml_map_entries(entries, at, false, out),
        V::List(items, _) => yaml_list_items(items, at, out),
        _ => {
            yaml_inline(value, false, out);
            out.push('\n');
        }
    }
}

/// A scalar or a flow collection; `in_flow` when inside `{}`/`[]`.
fn yaml_inline(value: &V, in_flow: bool, out: &mut String) {
    match value {
        V::Str(text) => yaml_scalar(text, in_flow, out),
        V::Int(n) => {
            let _ = write!(out, "{n}");
        }
        V::Map(entries, _) => {
            out.push_str("{ ");
            for (i, (key, value)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(key);
                out.push_str(": ");
                yaml_inline(value, true, out);
            }
            out.push_str(" }");
        }
        V::List(items, _) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                yaml_inline(item, true, out);
            }
            out.push(']');
        }
        V::Noted(inner, comment) => {
            yaml_inline(inner, in_flow, out);
            if !in_flow {
                out.push_str("  # ");
                out.push_str(comment);
            }
        }
    }
}

/// Writes a string plain when YAML reads it back as the same string, else double-quoted.
// One YAML rule per line reads better than the single negation clippy proposes.
#[allow(clippy::nonminimal_bool)]
fn yaml_scalar(text: &str, in_flow: bool, out: &mut String) {
    let first = text.chars().next();
    let plain = first.is_some_and(|c| !"-?:,[]{}#&*!|>'\"%@` ".contains(c))
        && !text.ends_with([' ', ':'])
        && !text.contains(": ")
        && !text.contains(" #")
        && !(in_flow && text.contains([',', '[', ']', '{', '}']))
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off"
        )
        && text.parse::<f64>().is_err();
    if plain {
        out.push_str(text);
    } else {
        json_string(text, out);
    }
}

/// A JSON string literal; also valid YAML double-quoted (ASCII control characters escaped).
fn json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Pretty JSON: two spaces per level, flow mappings and lists on one line.
fn json(value: &V, at: usize, out: &mut String) {
    match value {
        V::Str(text) => json_string(text, out),
        V::Int(n) => {
            let _ = write!(out, "{n}");
        }
        V::Noted(inner, _) => json(inner, at, out),
        V::Map(entries, true) => {
            out.push_str("{ ");
            for (i, (key, value)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                json_string(key, out);
                out.push_str(": ");
                json(value, at, out);
            }
            out.push_str(" }");
        }
        V::List(items, true) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                json(item, at, out);
            }
            out.push(']');
        }
        V::Map(entries, false) => {
            out.push_str("{\n");
            for (i, (key, value)) in entries.iter().enumerate() {
                indent(out, at + 2);
                json_string(key, out);
                out.push_str(": ");
                json(value, at + 2, out);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            indent(out, at);
            out.push('}');
        }
        V::List(items, false) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, at + 2);
                json(item, at + 2, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(out, at);
            out.push(']');
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Facts, spelt the many ways administrators copy them from systeminfo, WMI and Get-ExchangeServer.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OsGen {
    W2003,
    W2008,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Rtm,
    Sp1,
    Sp2,
}

impl Level {
    /// The management generation: RTM tools manage RTM, SP1/SP2 tools manage SP1 and SP2.
    fn rtm_generation(self) -> bool {
        self == Level::Rtm
    }
}

/// A cluster node's OS (Enterprise x64: Exchange 2007 clusters need it).
fn node_os(rng: &mut Rng, os: OsGen, sp: i64) -> V {
    match (os, sp) {
        (OsGen::W2003, 2) => match rng.below(6) {
            0 | 1 => s("Windows Server 2003 R2 Enterprise x64 Edition SP2"),
            2 => s("Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition Service Pack 2"),
            3 => flow(vec![
                ("name", s("Windows Server 2003 Enterprise x64 Edition")),
                ("servicePack", V::Int(2)),
            ]),
            4 => flow(vec![("version", s("5.2.3790")), ("servicePack", V::Int(2))]),
            _ => s("Windows Server 2003 Enterprise x64 Edition Service Pack 2"),
        },
        (OsGen::W2003, _) => match rng.below(2) {
            0 => s(format!(
                "Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition Service Pack {sp}"
            )),
            _ => flow(vec![
                ("version", s("5.2.3790")),
                ("servicePack", V::Int(sp)),
            ]),
        },
        (OsGen::W2008, 1) => match rng.below(4) {
            0 => s("Microsoftr Windows Serverr 2008 Enterprise"),
            1 => s("Microsoft® Windows Server® 2008 Enterprise "),
            2 => flow(vec![("version", s("6.0.6001")), ("servicePack", V::Int(1))]),
            _ => s("Windows Server 2008 Enterprise SP1"),
        },
        (OsGen::W2008, _) => match rng.below(2) {
            0 => s(format!("Windows Server 2008 Enterprise SP{sp}")),
            _ => flow(vec![
                ("name", s("Windows Server 2008 Enterprise")),
                ("servicePack", V::Int(sp)),
            ]),
        },
    }
}

/// An Exchange 2007 version: a level, a build or an AdminDisplayVersion, with or without a
/// rollup. `rollup` keeps the nodes of one cluster on one build.
fn exchange(level: Level, rollup: usize) -> V {
    s(match (level, rollup % 5) {
        (Level::Rtm, 0) => "RTM",
        (Level::Rtm, 1) => "RTM RU7",
        (Level::Rtm, 2) => "8.0.685.25",
        (Level::Rtm, 3) => "8.00.0813.000",
        (Level::Rtm, _) => "Version 8.0 (Build 685.24)",
        (Level::Sp1, 0) => "SP1",
        (Level::Sp1, 1) => "SP1 RU4",
        (Level::Sp1, 2) => "8.1.240.6",
        (Level::Sp1, 3) => "8.01.0240.006",
        (Level::Sp1, _) => "Version 8.1 (Build 240.6)",
        (Level::Sp2, 0) => "SP2",
        (Level::Sp2, 1) => "SP2 RU1",
        (Level::Sp2, 2) => "8.2.176.2",
        (Level::Sp2, 3) => "8.02.0176.002",
        (Level::Sp2, _) => "Version 8.2 (Build 176.2)",
    })
}

const DOMAINS: [&str; 4] = [
    "contoso.com",
    "corp.fabrikam.com",
    "northwindtraders.local",
    "emea.adatum.net",
];

/// What a workstation needs to know about a CMS to manage it compliantly.
#[derive(Debug, Clone)]
struct Cms {
    name: String,
    rtm: bool,
    os: OsGen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClusterProblem {
    PassiveOwnsClusterGroup,
    RtmOnWindows2008,
    CmsLags,
    MixedOs,
    CcrThirdNode,
    UnrecognizedExchange,
    OwnerTypo,
    NoPassiveNode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanProblem {
    ForgetsToEmptyPassive,
    GuiSetup,
    ClusterExeMovesCms,
    NoWindow,
    UpgradesActiveFirst,
    Windows2003Sp1,
    UnknownCommand,
    RemovesRollup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WorkstationProblem {
    WrongToolsGeneration,
    Vista,
    MixedClusterTools,
    MissingClusterTools,
    CrossOs,
    UnknownManaged,
}

/// One generated cluster: its file and the CMSs the shared files may refer to.
struct Cluster {
    file: File,
    cms: Vec<Cms>,
    plan: bool,
    problems: usize,
}

fn cluster(rng: &mut Rng, index: usize, problem_percent: u32) -> Cluster {
    let id = format!("{:06}", index + 1);
    let name = format!("EXCLU{id}");
    let ccr = rng.percent(70);
    let os = if rng.percent(75) {
        OsGen::W2003
    } else {
        OsGen::W2008
    };
    let mut level = match (os, rng.below(10)) {
        (OsGen::W2003, 0..=2) => Level::Rtm,
        (_, 0..=5) => Level::Sp1,
        _ => Level::Sp2,
    };
    let domain = *rng.pick(&DOMAINS);
    let fqdn = rng.percent(30);
    // Runbooks are written for CCR clusters on SP1 going to SP2.
    let wants_plan = ccr && rng.percent(40);
    if wants_plan {
        level = Level::Sp1;
    }
    let cluster_problem = rng.percent(problem_percent).then(|| {
        *rng.pick(&[
            ClusterProblem::PassiveOwnsClusterGroup,
            ClusterProblem::RtmOnWindows2008,
            ClusterProblem::CmsLags,
            ClusterProblem::MixedOs,
            ClusterProblem::CcrThirdNode,
            ClusterProblem::UnrecognizedExchange,
            ClusterProblem::OwnerTypo,
            ClusterProblem::NoPassiveNode,
        ])
    });
    // A plan on a cluster that already has a problem would mostly repeat it.
    let plan_problem = (wants_plan && cluster_problem.is_none() && rng.percent(problem_percent))
        .then(|| {
            *rng.pick(&[
                PlanProblem::ForgetsToEmptyPassive,
                PlanProblem::GuiSetup,
                PlanProblem::ClusterExeMovesCms,
                PlanProblem::NoWindow,
                PlanProblem::UpgradesActiveFirst,
                PlanProblem::Windows2003Sp1,
                PlanProblem::UnknownCommand,
                PlanProblem::RemovesRollup,
            ])
        });
    let plan = wants_plan && cluster_problem.is_none();
    let os = match (cluster_problem, plan_problem) {
        (Some(ClusterProblem::RtmOnWindows2008), _) => OsGen::W2008,
        (_, Some(PlanProblem::Windows2003Sp1)) => OsGen::W2003,
        _ => os,
    };
    if os == OsGen::W2008 && level == Level::Rtm {
        level = Level::Sp1;
    }

    let node_count = match (ccr, cluster_problem) {
        (true, Some(ClusterProblem::CcrThirdNode)) => 3,
        (true, _) => 2,
        (false, _) => 3 + rng.below(2),
    };
    let cms_count = match (ccr, cluster_problem) {
        (true, _) => 1,
        (false, Some(ClusterProblem::NoPassiveNode)) => node_count,
        (false, _) => 1 + rng.below(node_count - 1),
    };
    let letters = ['A', 'B', 'C', 'D'];
    let node_names: Vec<String> = letters[..node_count]
        .iter()
        .map(|l| format!("EXN{id}{l}"))
        .collect();
    // Which nodes are active: a random rotation, so the active node is not always the first.
    let first_active = rng.below(node_count);
    let owners: Vec<usize> = (0..cms_count)
        .map(|k| (first_active + k) % node_count)
        .collect();
    let passive: Vec<usize> = (0..node_count).filter(|n| !owners.contains(n)).collect();
    let rollup = rng.below(5);
    let sp = if plan_problem == Some(PlanProblem::Windows2003Sp1) {
        1
    } else {
        match os {
            OsGen::W2003 => 2,
            OsGen::W2008 => 1 + rng.below(2) as i64,
        }
    };
    let inline_nodes = rng.percent(40);
    let mut nodes = Vec::new();
    for (n, node) in node_names.iter().enumerate() {
        let node_os_gen = match cluster_problem {
            Some(ClusterProblem::MixedOs) if n == node_count - 1 => match os {
                OsGen::W2003 => OsGen::W2008,
                OsGen::W2008 => OsGen::W2003,
            },
            _ => os,
        };
        let node_sp = match (node_os_gen == os, node_os_gen) {
            (true, _) => sp,
            (false, OsGen::W2003) => 2,
            (false, OsGen::W2008) => 1,
        };
        let node_level = match cluster_problem {
            Some(ClusterProblem::RtmOnWindows2008) if passive.first() == Some(&n) => Level::Rtm,
            _ => level,
        };
        let exchange_value = match cluster_problem {
            Some(ClusterProblem::UnrecognizedExchange) if n == 0 => s("SP1 (see CMDB)"),
            _ => exchange(node_level, rollup),
        };
        let shown = if fqdn {
            format!("{node}.{domain}")
        } else {
            node.clone()
        };
        let entries = vec![
            ("name", s(shown)),
            ("os", node_os(rng, node_os_gen, node_sp)),
            ("exchange", exchange_value),
        ];
        nodes.push(if inline_nodes {
            flow(entries)
        } else {
            block(entries)
        });
    }

    let cms_names: Vec<String> = (0..cms_count)
        .map(|k| format!("EXCMS{id}{}", letters[k]))
        .collect();
    let mut groups = Vec::new();
    let cluster_group_owner = match cluster_problem {
        Some(ClusterProblem::PassiveOwnsClusterGroup) => passive.first().copied(),
        _ => None,
    }
    .unwrap_or(owners[0]);
    let owner_name = |n: usize| {
        if cluster_problem == Some(ClusterProblem::OwnerTypo) && n == cluster_group_owner {
            // A digit dropped while typing the owner: the name matches no node.
            format!("EXN{}{}", &id[1..], letters[n])
        } else {
            node_names[n].clone()
        }
    };
    let mut cluster_group = vec![
        ("name", s("Cluster Group")),
        ("owner", s(owner_name(cluster_group_owner))),
    ];
    if rng.percent(10) {
        cluster_group.insert(1, ("type", s("cluster")));
    }
    groups.push(block(cluster_group));
    let mut cms = Vec::new();
    for (k, cms_name) in cms_names.iter().enumerate() {
        let mut entries = vec![
            ("name", s(cms_name.clone())),
            ("type", s("cms")),
            ("owner", s(node_names[owners[k]].clone())),
        ];
        if rng.percent(30) {
            entries.push(("state", s("online")));
        }
        let cms_level = match cluster_problem {
            Some(ClusterProblem::CmsLags) => {
                let lagging = match level {
                    Level::Sp2 => Level::Sp1,
                    _ => Level::Rtm,
                };
                entries.push((
                    "exchange",
                    V::Noted(
                        Box::new(exchange(lagging, rollup)),
                        "setup.com /upgradecms was never run".into(),
                    ),
                ));
                // TOP106 wants the nodes above the CMS: lift an RTM cluster's nodes to SP1.
                lagging
            }
            _ => {
                if rng.percent(20) {
                    entries.push(("exchange", exchange(level, rollup + 1)));
                }
                level
            }
        };
        groups.push(block(entries));
        cms.push(Cms {
            name: cms_name.clone(),
            rtm: cms_level.rtm_generation(),
            os,
        });
    }
    let mut other_groups = Vec::new();
    if rng.percent(35) {
        let owner = match cluster_problem {
            Some(ClusterProblem::PassiveOwnsClusterGroup) => owners[0],
            _ => *rng.pick(&owners),
        };
        let group = *rng.pick(&["Backup Agent Group", "MSDTC", "File Share Witness"]);
        other_groups.push(group);
        groups.push(flow(vec![
            ("name", s(group)),
            ("owner", s(node_names[owner].clone())),
        ]));
    }
    // CmsLags on an RTM cluster: the nodes must be above the CMS.
    if cluster_problem == Some(ClusterProblem::CmsLags) && level == Level::Rtm {
        for node in &mut nodes {
            if let V::Map(entries, _) = node
                && let Some(entry) = entries.iter_mut().find(|(k, _)| *k == "exchange")
            {
                entry.1 = exchange(Level::Sp1, rollup);
            }
        }
    }

    let mut cluster_entries = vec![
        ("name", s(name.clone())),
        ("type", s(if ccr { "ccr" } else { "scc" })),
        ("nodes", V::List(nodes, false)),
        ("groups", V::List(groups, false)),
    ];
    if cluster_problem == Some(ClusterProblem::CcrThirdNode) {
        cluster_entries[1].1 = V::Noted(
            Box::new(s("ccr")),
            "the third node was added for the file share witness".into(),
        );
    }

    let mut comments = Vec::new();
    if rng.percent(50) {
        comments.push("yaml-language-server: $schema=../../schema/inventory-v1.schema.json".into());
    }
    comments.push(format!(
        "{name}: {} on Windows Server {}, Exchange 2007 {}.",
        if ccr {
            "cluster continuous replication"
        } else {
            "single copy cluster"
        },
        match os {
            OsGen::W2003 => "2003",
            OsGen::W2008 => "2008",
        },
        match level {
            Level::Rtm => "RTM",
            Level::Sp1 => "SP1",
            Level::Sp2 => "SP2",
        }
    ));
    comments.push("Facts copied from systeminfo, cluster group and Get-ExchangeServer.".into());

    let clusters = ("clusters", V::List(vec![block(cluster_entries)], false));
    let mut documents = vec![block(vec![("cmslint", V::Int(1)), clusters])];
    if plan {
        let plan = runbook(
            rng,
            &name,
            &node_names,
            owners[0],
            &cms_names[0],
            &other_groups,
            plan_problem,
        );
        let plans = ("plans", V::List(vec![plan], false));
        if rng.percent(50) {
            if let V::Map(entries, _) = &mut documents[0] {
                entries.push(plans);
            }
        } else {
            documents.push(block(vec![("cmslint", V::Int(1)), plans]));
        }
    }
    Cluster {
        file: File {
            comments,
            documents,
        },
        cms,
        plan,
        problems: usize::from(cluster_problem.is_some()) + usize::from(plan_problem.is_some()),
    }
}

/// The documented SP1-to-SP2 procedure for a two-node CCR cluster, or one mistake in it.
fn runbook(
    rng: &mut Rng,
    cluster: &str,
    nodes: &[String],
    active: usize,
    cms: &str,
    other_groups: &[&str],
    problem: Option<PlanProblem>,
) -> V {
    let a = &nodes[active];
    let b = &nodes[1 - active];
    let media = *rng.pick(&[r"D:\Exchange2007SP2", r"E:\SP2", r"\\fs01\media\E2K7SP2"]);
    let setup = |args: &str, on: &str| {
        block(vec![
            ("run", s(format!(r"{media}\setup.com {args}"))),
            ("on", s(on)),
        ])
    };
    let run = |text: String| block(vec![("run", s(text))]);
    let mut steps = Vec::new();
    if problem == Some(PlanProblem::RemovesRollup) {
        steps.push(block(vec![
            ("action", s("remove-update-rollup")),
            ("node", s(b.clone())),
        ]));
    }
    if problem == Some(PlanProblem::UpgradesActiveFirst) {
        steps.push(setup("/mode:upgrade", a));
    }
    if problem == Some(PlanProblem::GuiSetup) {
        steps.push(block(vec![
            ("run", s(format!(r"{media}\setup.exe"))),
            ("on", s(b.clone())),
        ]));
    } else {
        steps.push(setup(
            if rng.percent(20) {
                "/m:upgrade"
            } else {
                "/mode:upgrade"
            },
            b,
        ));
    }
    if problem == Some(PlanProblem::UnknownCommand) {
        steps.push(run(format!(
            "Suspend-StorageGroupCopy {cms}\\SG1 -Confirm:$false"
        )));
    }
    steps.push(run(format!(
        "Stop-ClusteredMailboxServer {cms} -StopReason \"SP2 upgrade\""
    )));
    if problem == Some(PlanProblem::ClusterExeMovesCms) {
        steps.push(run(format!("cluster group \"{cms}\" /moveto:{b}")));
    } else if rng.percent(50) {
        steps.push(run(format!(
            "Move-ClusteredMailboxServer {cms} -TargetMachine {b} -MoveComment \"SP2 upgrade\""
        )));
    } else {
        steps.push(run(format!(
            "Move-ClusteredMailboxServer -Identity {cms} -Target {b} -MoveComment \"SP2 upgrade\""
        )));
    }
    steps.push(setup("/upgradecms", b));
    // The active node is passive now: it must be emptied of every other group before Setup.
    if problem != Some(PlanProblem::ForgetsToEmptyPassive) {
        let program = *rng.pick(&["cluster", "cluster.exe", "Cluster.exe"]);
        for group in std::iter::once(&"Cluster Group").chain(other_groups) {
            steps.push(run(format!("{program} group \"{group}\" /move:{b}")));
        }
    }
    if problem != Some(PlanProblem::UpgradesActiveFirst) {
        steps.push(setup("/mode:upgrade", a));
    }
    steps.push(block(vec![
        ("action", s("note")),
        (
            "text",
            s("Test OWA and Outlook; tell the service desk the window is closed."),
        ),
    ]));
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(27);
    let mut entries = vec![
        ("name", s(format!("{}-sp2", cluster.to_ascii_lowercase()))),
        ("cluster", s(cluster)),
        ("target", s("SP2")),
    ];
    if problem != Some(PlanProblem::NoWindow) {
        entries.push((
            "window",
            flow(vec![
                ("start", s(format!("2026-{month:02}-{day:02}T22:00:00Z"))),
                (
                    "end",
                    s(format!("2026-{month:02}-{:02}T04:00:00Z", day + 1)),
                ),
            ]),
        ));
    }
    entries.push(("steps", V::List(steps, false)));
    block(entries)
}

/// One workstation of the team that manages the block's clusters.
fn workstation(
    rng: &mut Rng,
    name: String,
    cms: &[Cms],
    servers: &[String],
    problem: Option<WorkstationProblem>,
) -> V {
    // Manage a few CMSs of one generation and one OS, as one admin team would.
    let anchor = rng.pick(cms).clone();
    let mut managed: Vec<V> = cms
        .iter()
        .filter(|c| c.rtm == anchor.rtm && c.os == anchor.os && c.name != anchor.name)
        .take(rng.below(4))
        .chain(std::iter::once(&anchor))
        .map(|c| {
            if rng.percent(10) {
                s(c.name.to_ascii_lowercase())
            } else {
                s(c.name.clone())
            }
        })
        .collect();
    if !servers.is_empty() && rng.percent(40) {
        managed.push(s(rng.pick(servers).clone()));
    }
    let mut rtm_tools = anchor.rtm;
    let mut os = match anchor.os {
        OsGen::W2003 => s(*rng.pick(&[
            "Windows XP Professional SP3",
            "Windows XP Professional SP3",
            "Microsoft(R) Windows(R) Server 2003, Standard Edition Service Pack 2",
            "Windows Server 2003 R2 Standard Edition SP2",
        ])),
        OsGen::W2008 => match rng.below(3) {
            0 => s("Windows Server 2008 Standard SP1"),
            1 => s("Windows Server 2008 Standard SP2"),
            _ => flow(vec![
                ("version", s("6.0.6002")),
                ("servicePack", V::Int(2)),
                ("productType", s("server")),
            ]),
        },
    };
    let mut cluster_tools = Some(match anchor.os {
        OsGen::W2003 => vec![s("Windows Server 2003")],
        OsGen::W2008 => vec![s("Windows Server 2008")],
    });
    match problem {
        None => {}
        Some(WorkstationProblem::WrongToolsGeneration) => rtm_tools = !rtm_tools,
        Some(WorkstationProblem::Vista) => {
            os = s("Windows Vista Business SP1");
            rtm_tools = false;
            cluster_tools = Some(vec![s("Windows Vista")]);
        }
        Some(WorkstationProblem::MixedClusterTools) => {
            cluster_tools = Some(vec![s("Windows Server 2003"), s("Windows Server 2008")]);
        }
        Some(WorkstationProblem::MissingClusterTools) => cluster_tools = None,
        Some(WorkstationProblem::CrossOs) => {
            let other = match anchor.os {
                OsGen::W2003 => OsGen::W2008,
                OsGen::W2008 => OsGen::W2003,
            };
            if let Some(c) = cms.iter().find(|c| c.os == other && c.rtm == anchor.rtm) {
                managed.push(s(c.name.clone()));
            } else {
                cluster_tools = None;
            }
        }
        Some(WorkstationProblem::UnknownManaged) => {
            // A CMS name with a transposed digit pair.
            let mut typo: Vec<char> = anchor.name.chars().collect();
            let n = typo.len();
            typo.swap(n - 2, n - 3);
            let typo: String = typo.into_iter().collect();
            if typo == anchor.name {
                managed.push(s(format!("{typo}X")));
            } else {
                managed.push(s(typo));
            }
        }
    }
    let tools = if rtm_tools {
        *rng.pick(&["RTM", "RTM RU7", "8.0.685.25"])
    } else {
        *rng.pick(&["SP1", "SP1 RU4", "SP2", "8.01.0240.006", "8.2.176.2"])
    };
    let mut entries = vec![("name", s(name)), ("os", os), ("exchangeTools", s(tools))];
    if let Some(tools) = cluster_tools {
        entries.push(("clusterTools", V::List(tools, true)));
    }
    entries.push(("manages", V::List(managed, true)));
    block(entries)
}

fn server(rng: &mut Rng, name: String, problem: bool) -> V {
    let (os, level) = if rng.percent(60) {
        (
            *rng.pick(&[
                "Windows Server 2003 R2 Standard Edition SP2",
                "Microsoft(R) Windows(R) Server 2003, Standard x64 Edition Service Pack 2",
            ]),
            *rng.pick(&[Level::Rtm, Level::Sp1, Level::Sp2]),
        )
    } else {
        (
            *rng.pick(&[
                "Microsoft® Windows Server® 2008 Enterprise ",
                "Windows Server 2008 Standard SP1",
            ]),
            *rng.pick(&[Level::Sp1, Level::Sp2]),
        )
    };
    let os = if problem {
        s("Windows Server (ask the datacenter team)")
    } else {
        s(os)
    };
    flow(vec![
        ("name", s(name)),
        ("os", os),
        ("exchange", exchange(level, rng.below(5))),
    ])
}

fn pick_syntax(rng: &mut Rng, format: Format) -> Syntax {
    match format {
        Format::Yaml => Syntax::Yaml,
        Format::Json => Syntax::Json,
        Format::Mixed if rng.percent(65) => Syntax::Yaml,
        Format::Mixed => Syntax::Json,
    }
}

/// `kind/NNN/` for the file with this index: folders of [`FOLDER`] files.
fn folder(out: &Path, kind: &str, index: usize) -> PathBuf {
    out.join(kind).join(format!("{:03}", index / FOLDER))
}

fn write_file(
    dir: &Path,
    stem: &str,
    file: &File,
    syntax: Syntax,
    summary: &mut Summary,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let text = file.render(syntax);
    std::fs::write(dir.join(format!("{stem}.{}", syntax.extension())), &text)?;
    summary.files += 1;
    summary.bytes += text.len() as u64;
    Ok(())
}

/// Writes the clusters of one block, then its workstation and server files.
fn write_block(options: &Options, block_index: usize, out: &Path) -> io::Result<Summary> {
    let mut rng = Rng::new(options.seed, block_index as u64);
    let mut summary = Summary::default();
    let first = block_index * BLOCK;
    let last = (first + BLOCK).min(options.clusters);
    let mut cms = Vec::new();
    for index in first..last {
        let generated = cluster(&mut rng, index, options.problem_percent);
        // A YAML stream may hold several documents; a JSON file holds one, so a plan kept in a
        // second document goes into the first.
        let mut syntax = pick_syntax(&mut rng, options.format);
        let mut file = generated.file;
        if syntax == Syntax::Json && file.documents.len() > 1 {
            if options.format == Format::Mixed {
                syntax = Syntax::Yaml;
            } else {
                let second = file.documents.pop().expect("two documents");
                if let (V::Map(entries, _), V::Map(more, _)) = (&mut file.documents[0], second) {
                    entries.extend(more.into_iter().filter(|(k, _)| *k != "cmslint"));
                }
            }
        }
        let stem = format!("exclu{:06}", index + 1);
        write_file(
            &folder(out, "clusters", index),
            &stem,
            &file,
            syntax,
            &mut summary,
        )?;
        summary.clusters += 1;
        summary.plans += usize::from(generated.plan);
        summary.problems += generated.problems;
        cms.extend(generated.cms);
    }

    let block_id = format!("{:05}", block_index + 1);
    let server_names: Vec<String> = (0..2 + rng.below(3))
        .map(|k| format!("{}{block_id}{k}", rng.pick(&["EXHUB", "EXCAS", "EXEDG"])))
        .collect();
    let servers: Vec<V> = server_names
        .iter()
        .map(|name| {
            let problem = rng.percent(options.problem_percent / 4);
            summary.problems += usize::from(problem);
            server(&mut rng, name.clone(), problem)
        })
        .collect();
    summary.servers += servers.len();
    let file = File::list(
        format!("Stand-alone Exchange servers of site {block_id} (hub, client access, edge)."),
        "servers",
        servers,
    );
    let syntax = pick_syntax(&mut rng, options.format);
    let servers_folder = folder(out, "servers", block_index);
    let name = format!("servers-{block_id}");
    write_file(&servers_folder, &name, &file, syntax, &mut summary)?;

    let count = 4 + rng.below(6);
    let workstations: Vec<V> = (0..count)
        .map(|k| {
            let problem = rng.percent(options.problem_percent).then(|| {
                *rng.pick(&[
                    WorkstationProblem::WrongToolsGeneration,
                    WorkstationProblem::Vista,
                    WorkstationProblem::MixedClusterTools,
                    WorkstationProblem::MissingClusterTools,
                    WorkstationProblem::CrossOs,
                    WorkstationProblem::UnknownManaged,
                ])
            });
            summary.problems += usize::from(problem.is_some());
            workstation(
                &mut rng,
                format!("ADM{block_id}-{k:02}"),
                &cms,
                &server_names,
                problem,
            )
        })
        .collect();
    summary.workstations += workstations.len();
    let file = File::list(
        format!("Computers the messaging team of site {block_id} manages Exchange from."),
        "workstations",
        workstations,
    );
    let syntax = pick_syntax(&mut rng, options.format);
    let admins_folder = folder(out, "workstations", block_index);
    let name = format!("admins-{block_id}");
    write_file(&admins_folder, &name, &file, syntax, &mut summary)?;
    Ok(summary)
}
