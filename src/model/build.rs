//! Builds the [`Inventory`] from parsed documents. Schema violations are reported elsewhere,
//! so this is lenient: a value of the wrong shape is left out and the rest is still modelled.

use super::*;
use crate::runbook::{self, SetupProgram};
use crate::source::FileId;
use crate::syntax::Node;
use windows::ProductType;

/// Accumulates documents into one inventory.
#[derive(Debug, Default)]
pub struct Builder {
    pub(super) inventory: Inventory,
}

/// Which kind of computer an `os` value describes, for numeric versions without productType.
#[derive(Clone, Copy)]
enum Context {
    Server,
    Workstation,
}

impl Builder {
    pub fn add_document(&mut self, file: FileId, doc: &Node) {
        let b = DocBuilder { file };
        let inv = &mut self.inventory;
        for item in list(doc, "clusters") {
            if let Some(c) = b.cluster(item) {
                inv.clusters.push(c);
            }
        }
        for item in list(doc, "servers") {
            if let Some(name) = b.name(item, "name") {
                inv.servers.push(Server {
                    name,
                    os: b.os(item.get("os"), Context::Server),
                    exchange: b.exchange(item.get("exchange")),
                });
            }
        }
        for item in list(doc, "workstations") {
            if let Some(w) = b.workstation(item) {
                inv.workstations.push(w);
            }
        }
        for item in list(doc, "plans") {
            if let Some(p) = b.plan(item, &mut inv.problems) {
                inv.plans.push(p);
            }
        }
        for item in list(doc, "migrations") {
            if let (Some(from), Some(to)) = (b.name(item, "from"), b.name(item, "to")) {
                inv.migrations.push(Migration {
                    from,
                    to,
                    mailboxes: b.text(item.get("mailboxes")),
                    public_folders: b.text(item.get("publicFolders")),
                });
            }
        }
    }

    /// Appends what [`document`] made of one document.
    pub fn add_part(&mut self, part: Inventory) {
        let inv = &mut self.inventory;
        let Inventory {
            clusters,
            servers,
            workstations,
            plans,
            migrations,
            problems,
            conflicts,
            unused_exports,
            index: _,
        } = part;
        inv.clusters.extend(clusters);
        inv.servers.extend(servers);
        inv.workstations.extend(workstations);
        inv.plans.extend(plans);
        inv.migrations.extend(migrations);
        inv.problems.extend(problems);
        inv.conflicts.extend(conflicts);
        inv.unused_exports.extend(unused_exports);
    }

    pub fn finish(self) -> Inventory {
        self.inventory
    }
}

/// The part of the inventory one document describes; [`Builder::add_part`] puts the parts
/// together. Lets each document be modelled on the worker that parsed it.
pub fn document(file: FileId, doc: &Node) -> Inventory {
    let mut builder = Builder::default();
    builder.add_document(file, doc);
    builder.finish()
}

/// The inventory of one YAML text as file 0, for the tests of the modules that read the model.
#[cfg(test)]
pub(crate) fn from_yaml(yaml: &str) -> Inventory {
    let docs = crate::syntax::parse_yaml(yaml, crate::syntax::ParseLimits::default());
    let mut builder = Builder::default();
    for doc in docs.expect("the test inventory parses") {
        builder.add_document(0, &doc);
    }
    builder.finish()
}

fn list<'a>(node: &'a Node, key: &str) -> &'a [Node] {
    node.get(key).map_or(&[], Node::items)
}

/// What `make` makes of each item, in a vector of exactly that many places. The model keeps its
/// vectors for the whole run, and `collect` from a filtering iterator reserves four places for
/// a cluster's two nodes.
fn exact<'a, I, T>(items: &'a [I], make: impl FnMut(&'a I) -> Option<T>) -> Vec<T> {
    let mut made = Vec::with_capacity(items.len());
    made.extend(items.iter().filter_map(make));
    made
}

struct DocBuilder {
    file: FileId,
}

impl DocBuilder {
    fn span(&self, node: &Node) -> Span {
        Span::new(self.file, node.range.clone())
    }

    fn text(&self, node: Option<&Node>) -> Option<Located<String>> {
        let node = node?;
        Some(Located {
            value: node.scalar_text()?,
            span: self.span(node),
        })
    }

    fn name(&self, node: &Node, key: &str) -> Option<Name> {
        self.name_of(node.get(key)?)
    }

    fn name_of(&self, node: &Node) -> Option<Name> {
        let text = node.scalar_text()?;
        (!text.trim().is_empty()).then(|| Name {
            text,
            span: self.span(node),
        })
    }

    fn exchange(&self, node: Option<&Node>) -> Option<ExchangeField> {
        let node = node?;
        let text = node.scalar_text()?;
        Some(Version {
            parsed: exchange::parse(&text),
            text,
            span: self.span(node),
        })
    }

    fn os(&self, node: Option<&Node>, context: Context) -> Option<OsField> {
        let node = node?;
        if let Some(text) = node.scalar_text() {
            return Some(Version {
                parsed: windows::parse_caption(&text, None),
                text,
                span: self.span(node),
            });
        }
        let service_pack = match node.get("servicePack") {
            None => Ok(None),
            Some(sp) => sp
                .scalar_text()
                .and_then(|t| windows::parse_service_pack(&t))
                .map(Some)
                .ok_or(()),
        };
        let (text, parsed) = if let Some(name) = node.get("name").and_then(Node::scalar_text) {
            let parsed = service_pack
                .ok()
                .and_then(|sp| windows::parse_caption(&name, sp));
            (name, parsed)
        } else if let Some(version) = node.get("version").and_then(Node::scalar_text) {
            let given = node.get("productType");
            let product = match given {
                Some(p) => p.as_str().and_then(product_type),
                None => Some(match context {
                    Context::Server => ProductType::Server,
                    Context::Workstation => ProductType::Workstation,
                }),
            };
            let parsed = service_pack.ok().and_then(|sp| {
                let read = |p| windows::parse_numeric(&version, sp, Some(p));
                match product {
                    Some(p) => read(p),
                    // A product type the schema rejects (INV002) is unknown: the version is
                    // understood only where both readings agree (5.1 is XP either way).
                    None => read(ProductType::Server)
                        .filter(|s| read(ProductType::Workstation).is_some_and(|w| w == *s)),
                }
            });
            let text = match given.and_then(Node::scalar_text) {
                Some(p) if product.is_none() => format!("{version}, product type {p}"),
                _ => version,
            };
            (text, parsed)
        } else {
            return None;
        };
        let text = match node.get("servicePack").and_then(Node::scalar_text) {
            Some(sp) => format!("{text}, service pack {sp}"),
            None => text,
        };
        Some(Version {
            text,
            parsed,
            span: self.span(node),
        })
    }

    fn cluster(&self, item: &Node) -> Option<Cluster> {
        let name = self.name(item, "name")?;
        // A type the schema rejects is as unknown as an absent one.
        let kind = item.get("type").and_then(|t| {
            Some(Located {
                value: t.as_str().and_then(cluster_kind)?,
                span: self.span(t),
            })
        });
        let nodes = exact(list(item, "nodes"), |n| {
            Some(ClusterNode {
                name: self.name(n, "name")?,
                os: self.os(n.get("os"), Context::Server),
                exchange: self.exchange(n.get("exchange")),
            })
        });
        let groups = exact(list(item, "groups"), |g| self.group(g));
        Some(Cluster::new(name, kind, nodes, groups))
    }

    fn group(&self, g: &Node) -> Option<Group> {
        let name = self.name(g, "name")?;
        // A value the schema rejects (INV002) is unknown, never the default.
        let kind = match g.get("type") {
            Some(t) => t
                .as_str()
                .and_then(group_kind)
                .unwrap_or(GroupKind::Unknown),
            None if name.text.trim().eq_ignore_ascii_case("Cluster Group") => GroupKind::Cluster,
            None => GroupKind::Other,
        };
        let state = g.get("state").map(|s| Located {
            value: s
                .as_str()
                .and_then(group_state)
                .unwrap_or(GroupState::Unknown),
            span: self.span(s),
        });
        Some(Group {
            name,
            kind,
            owner: self.name(g, "owner"),
            state,
            exchange: self.exchange(g.get("exchange")),
        })
    }

    fn workstation(&self, item: &Node) -> Option<Workstation> {
        let tools: Vec<Option<OsField>> = list(item, "clusterTools")
            .iter()
            .map(|t| {
                let text = t.scalar_text()?;
                Some(Version {
                    parsed: windows::parse_cluster_tools(&text),
                    text,
                    span: self.span(t),
                })
            })
            .collect();
        // Given, but not a list of Windows versions (INV002): unknown, not none.
        let cluster_tools_known = item
            .get("clusterTools")
            .is_none_or(|t| matches!(t.value, crate::syntax::Value::Seq(_)))
            && tools.iter().all(Option::is_some);
        Some(Workstation {
            name: self.name(item, "name")?,
            os: self.os(item.get("os"), Context::Workstation),
            exchange_tools: self.exchange(item.get("exchangeTools")),
            cluster_tools: {
                let mut known = Vec::with_capacity(tools.len());
                known.extend(tools.into_iter().flatten());
                known
            },
            cluster_tools_known,
            manages: exact(list(item, "manages"), |m| self.name_of(m)),
        })
    }

    fn plan(&self, item: &Node, problems: &mut Vec<ModelProblem>) -> Option<Plan> {
        let name = self.name(item, "name")?;
        let cluster = self.name(item, "cluster")?;
        let target = self.exchange(item.get("target"))?;
        let window = item.get("window").and_then(|w| {
            Some(Window {
                start: self.text(w.get("start"))?,
                end: self.text(w.get("end"))?,
            })
        });
        let mut plan = Plan {
            name,
            cluster,
            target,
            window,
            steps: Vec::with_capacity(list(item, "steps").len()),
        };
        for (i, step) in list(item, "steps").iter().enumerate() {
            if let Some(step) = self.step(i + 1, step) {
                if let StepKind::Run {
                    command: Ok(runbook::Command::Setup { program, .. }),
                    ..
                } = &step.kind
                    && step.on.is_none()
                {
                    let program = if *program == SetupProgram::Exe {
                        "Setup.exe"
                    } else {
                        "Setup"
                    };
                    problems.push(ModelProblem {
                        entity: plan.step_entity(&step),
                        span: step.span,
                        message: crate::msg!("model-setup-step-without-on", program = program),
                    });
                }
                plan.steps.push(step);
            }
        }
        Some(plan)
    }

    fn step(&self, number: usize, item: &Node) -> Option<Step> {
        let on = self.name(item, "on");
        if let Some(run) = item.get("run") {
            let text = run.scalar_text()?;
            return Some(Step {
                number,
                span: self.span(run),
                on,
                kind: StepKind::Run {
                    command: runbook::classify(&text),
                    text,
                },
            });
        }
        let action = item.get("action")?;
        let node = || self.name(item, "node");
        let kind = match action.as_str()? {
            "install-windows-service-pack" => StepKind::InstallWindowsServicePack {
                node: node()?,
                service_pack: item
                    .get("servicePack")
                    .and_then(Node::scalar_text)
                    .and_then(|t| windows::parse_service_pack(&t)),
            },
            "remove-update-rollup" => StepKind::RemoveUpdateRollup { node: node()? },
            "upgrade-os" => StepKind::UpgradeOs {
                node: node()?,
                to: self.os(item.get("to"), Context::Server)?,
            },
            "note" => StepKind::Note,
            _ => return None,
        };
        Some(Step {
            number,
            span: self.span(action),
            on,
            kind,
        })
    }
}

// Enumerated values compare case-insensitively (the schema's patterns take the same spellings;
// a test keeps them together). Each enum is read by one function.

/// A cluster's `type`: `ccr` or `scc`.
fn cluster_kind(text: &str) -> Option<ClusterKind> {
    match text.to_ascii_lowercase().as_str() {
        "ccr" => Some(ClusterKind::Ccr),
        "scc" => Some(ClusterKind::Scc),
        _ => None,
    }
}

/// A group's `type`: `cms`, `cluster` (the default cluster group) or `other`.
fn group_kind(text: &str) -> Option<GroupKind> {
    match text.to_ascii_lowercase().as_str() {
        "cms" => Some(GroupKind::Cms),
        "cluster" => Some(GroupKind::Cluster),
        "other" => Some(GroupKind::Other),
        _ => None,
    }
}

/// A group's `state`: `online`, `offline`, `partially-online` or `failed`, also as cluster.exe
/// and the cmdlets print them (`Partially Online`, `PartiallyOnline`).
fn group_state(text: &str) -> Option<GroupState> {
    match text.to_ascii_lowercase().as_str() {
        "online" => Some(GroupState::Online),
        "offline" => Some(GroupState::Offline),
        "partially-online" | "partially online" | "partiallyonline" => {
            Some(GroupState::PartiallyOnline)
        }
        "failed" => Some(GroupState::Failed),
        _ => None,
    }
}

/// `productType` of a numeric Windows version: `workstation` or `server`.
fn product_type(text: &str) -> Option<ProductType> {
    match text.to_ascii_lowercase().as_str() {
        "workstation" => Some(ProductType::Workstation),
        "server" => Some(ProductType::Server),
        _ => None,
    }
}

/// The entity that encloses the value at a JSON pointer in a document, for findings about that
/// value (INV002). `None` when no entity encloses it (the finding is then about the file).
pub fn entity_at_pointer(doc: &Node, pointer: &str) -> Option<String> {
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let section = tokens.first()?.as_str();
    let index: usize = tokens.get(1)?.parse().ok()?;
    let item = doc.get(section)?.items().get(index)?;
    let name = |node: &Node, key: &str| node.get(key).and_then(Node::scalar_text);
    let entity = match section {
        "clusters" => {
            let cluster = format!("cluster:{}", name(item, "name")?);
            let sub = match (tokens.get(2).map(String::as_str), tokens.get(3)) {
                (Some(kind @ ("nodes" | "groups")), Some(i)) => {
                    let child = item.get(kind)?.items().get(i.parse::<usize>().ok()?)?;
                    name(child, "name").map(|n| (&kind[..kind.len() - 1], n))
                }
                _ => None,
            };
            match sub {
                Some((kind, n)) => format!("{cluster}/{kind}:{n}"),
                None => cluster,
            }
        }
        "servers" => format!("server:{}", name(item, "name")?),
        "workstations" => format!("workstation:{}", name(item, "name")?),
        "plans" => {
            let plan = format!("plan:{}", name(item, "name")?);
            match (tokens.get(2).map(String::as_str), tokens.get(3)) {
                (Some("steps"), Some(i)) => {
                    format!("{plan}/step:{}", i.parse::<usize>().ok()? + 1)
                }
                _ => plan,
            }
        }
        "migrations" => format!("migration:{}->{}", name(item, "from")?, name(item, "to")?),
        _ => return None,
    };
    Some(entity)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::syntax::{ParseLimits, parse_yaml};

    fn inventory(text: &str) -> Inventory {
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        document(FileId::default(), doc)
    }

    /// Whether the published schema and the builder both take a spelling of one field.
    fn schema_takes(text: &str) -> bool {
        let doc = &parse_yaml(text, ParseLimits::default()).unwrap()[0];
        crate::schema::check(doc).is_empty()
    }

    #[test]
    fn enumerated_values_take_any_case_and_the_spellings_cluster_exe_prints() {
        let inv = inventory(
            "cmslint: 1\nclusters:\n  - name: A\n    type: CCR\n    groups:\n      - {name: G, type: CMS, state: Partially Online}\n      - {name: H, type: Cluster, state: OFFLINE}\n      - {name: I, type: Other, state: Failed}\n      - {name: J, state: Online}\nservers:\n  - {name: S, os: {version: \"6.0.6001\", servicePack: 1, productType: Workstation}}\n",
        );
        let cluster = &inv.clusters[0];
        assert_eq!(
            cluster.kind.as_ref().map(|k| k.value),
            Some(ClusterKind::Ccr)
        );
        let kinds: Vec<GroupKind> = cluster.groups.iter().map(|g| g.kind).collect();
        assert_eq!(
            kinds,
            [
                GroupKind::Cms,
                GroupKind::Cluster,
                GroupKind::Other,
                GroupKind::Other
            ]
        );
        let states: Vec<Option<GroupState>> = cluster
            .groups
            .iter()
            .map(|g| g.state.as_ref().map(|s| s.value))
            .collect();
        assert_eq!(
            states,
            [
                Some(GroupState::PartiallyOnline),
                Some(GroupState::Offline),
                Some(GroupState::Failed),
                Some(GroupState::Online)
            ]
        );
        let os = inv.servers[0].os.as_ref().and_then(|o| o.known()).unwrap();
        assert_eq!(os.family, Family::Vista);
    }

    #[test]
    fn a_setup_step_without_on_is_a_problem_said_in_each_language() {
        let inv = inventory(
            "cmslint: 1\nplans:\n  - name: p\n    cluster: C\n    target: SP2\n    steps:\n      - run: setup.com /mode:upgrade\n      - run: Setup.exe\n",
        );
        let said: Vec<(String, String)> = (inv.problems.iter())
            .map(|p| (p.message.render(Lang::En), p.message.render(Lang::Ja)))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "this Setup step has no `on:`, so the node it upgrades is unknown".to_string(),
                    "この Setup のステップには `on:` がないため、アップグレードするノードが不明である"
                        .to_string()
                ),
                (
                    "this Setup.exe step has no `on:`, so the node it upgrades is unknown"
                        .to_string(),
                    "この Setup.exe のステップには `on:` がないため、アップグレードするノードが不明である"
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn the_schema_and_the_builder_take_the_same_spellings() {
        let doc = |field: &str, value: &str| match field {
            "cluster type" => {
                format!("cmslint: 1\nclusters:\n  - {{name: A, type: \"{value}\"}}\n")
            }
            "group type" => format!(
                "cmslint: 1\nclusters:\n  - name: A\n    groups: [{{name: G, type: \"{value}\"}}]\n"
            ),
            "state" => format!(
                "cmslint: 1\nclusters:\n  - name: A\n    groups: [{{name: G, state: \"{value}\"}}]\n"
            ),
            _ => format!(
                "cmslint: 1\nservers:\n  - {{name: S, os: {{version: \"6.0.6001\", productType: \"{value}\"}}}}\n"
            ),
        };
        let cases = [
            ("cluster type", "ccr", true),
            ("cluster type", "SCC", true),
            ("cluster type", "Ccr", true),
            ("cluster type", "mnsc", false),
            ("cluster type", " ccr", false),
            ("group type", "CMS", true),
            ("group type", "cluster", true),
            ("group type", "OTHER", true),
            ("group type", "cms ", false),
            ("group type", "mailbox", false),
            ("state", "online", true),
            ("state", "Partially Online", true),
            ("state", "partially-online", true),
            ("state", "PartiallyOnline", true),
            ("state", "FAILED", true),
            ("state", "Offline", true),
            ("state", "Online Pending", false),
            ("state", "partially_online", false),
            ("state", "up", false),
            ("productType", "Workstation", true),
            ("productType", "SERVER", true),
            ("productType", "client", false),
        ];
        for (field, value, valid) in cases {
            let text = doc(field, value);
            assert_eq!(schema_takes(&text), valid, "schema, {field} `{value}`");
            let inv = inventory(&text);
            let parsed = match field {
                "cluster type" => inv.clusters[0].kind.is_some(),
                "group type" => group_kind(value).is_some(),
                "state" => group_state(value).is_some(),
                _ => product_type(value).is_some(),
            };
            assert_eq!(parsed, valid, "builder, {field} `{value}`");
        }
    }
}
