//! Replaying a runbook: the cluster's state (who owns which group, which node and CMS run which
//! version, which CMS are online) before every step, starting from the inventory. The plan rules
//! judge each step against the state the earlier steps left. Every recognised step is applied
//! whatever is reported about it, so one mistake does not cascade (docs/plans.md).

use crate::model::{
    Cluster, ExchangeVersion, GroupKind, GroupState, Inventory, Plan, Step, StepKind,
    WindowsVersion, name_key,
};
use crate::plan::command::{Command, GroupOp, SetupMode};
use crate::source::Span;

/// A node as it stands at one point of the plan.
#[derive(Debug, Clone)]
pub struct NodeState {
    /// The name as the inventory spells it.
    pub name: String,
    /// Where the inventory defines it.
    pub span: Span,
    pub os: Option<WindowsVersion>,
    pub exchange: Option<ExchangeVersion>,
    /// The step that last upgraded Exchange on this node.
    pub upgraded_at: Option<Span>,
}

/// A cluster group as it stands at one point of the plan.
#[derive(Debug, Clone)]
pub struct GroupSnapshot {
    pub name: String,
    pub kind: GroupKind,
    /// Index into [`State::nodes`].
    pub owner: Option<usize>,
    /// Where the current owner was set: the inventory's `owner:` or the step that moved it.
    pub owner_span: Option<Span>,
    pub online: bool,
    /// For a CMS: the version it runs (its own, or its owner's when the inventory gives none).
    pub version: Option<ExchangeVersion>,
    /// The step that took it offline, while it is offline.
    pub offline_at: Option<Span>,
}

impl GroupSnapshot {
    pub fn is_cms(&self) -> bool {
        self.kind == GroupKind::Cms
    }
}

/// The whole cluster at one point.
#[derive(Debug, Clone)]
pub struct State {
    pub nodes: Vec<NodeState>,
    pub groups: Vec<GroupSnapshot>,
}

impl State {
    fn from_cluster(cluster: &Cluster) -> State {
        let nodes: Vec<NodeState> = cluster
            .nodes
            .iter()
            .map(|n| NodeState {
                name: n.name.text.clone(),
                span: n.name.span,
                os: n.os().cloned(),
                exchange: n.exchange().copied(),
                upgraded_at: None,
            })
            .collect();
        let groups = cluster
            .groups
            .iter()
            .map(|g| {
                let owner = g.owner.as_ref().and_then(|o| {
                    let key = o.key();
                    nodes.iter().position(|n| name_key(&n.name) == key)
                });
                GroupSnapshot {
                    name: g.name.text.clone(),
                    kind: g.kind,
                    owner,
                    owner_span: g.owner.as_ref().map(|o| o.span),
                    online: matches!(g.state(), GroupState::Online | GroupState::PartiallyOnline),
                    version: if g.is_cms() {
                        cluster.cms_version(g).copied()
                    } else {
                        None
                    },
                    offline_at: None,
                }
            })
            .collect();
        State { nodes, groups }
    }

    pub fn node_index(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        self.nodes.iter().position(|n| name_key(&n.name) == key)
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        self.groups.iter().position(|g| name_key(&g.name) == key)
    }

    pub fn cms_index(&self, name: &str) -> Option<usize> {
        self.group_index(name).filter(|&i| self.groups[i].is_cms())
    }

    /// Groups a node owns.
    pub fn groups_of(&self, node: usize) -> impl Iterator<Item = (usize, &GroupSnapshot)> {
        self.groups
            .iter()
            .enumerate()
            .filter(move |(_, g)| g.owner == Some(node))
    }

    /// A node that owns a CMS is active; one that owns none is passive.
    pub fn is_active(&self, node: usize) -> bool {
        self.groups_of(node).any(|(_, g)| g.is_cms())
    }

    /// Whether a node runs the target version or later (`None` when its version is unknown).
    pub fn node_reached(&self, node: usize, target: &ExchangeVersion) -> Option<bool> {
        self.nodes[node]
            .exchange
            .map(|v| v.service_pack >= target.service_pack)
    }
}

/// Which tool a step used to act on a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    ClusterExe,
    ExchangeCmdlet,
}

/// A step resolved against the cluster: what it does, with names turned into indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Setup `/mode:upgrade` (or the GUI wizard, `gui`) on a node.
    UpgradeNode { node: usize, gui: bool },
    /// Setup `/upgradecms` on a node: upgrades the CMS it owns and brings them online.
    UpgradeCms { node: usize },
    MoveGroup { group: usize, node: usize, tool: Tool },
    SetOnline { group: usize, online: bool, tool: Tool },
    InstallServicePack { node: usize, service_pack: Option<u8> },
    RemoveRollups { node: usize },
    UpgradeOs { node: usize, to: Option<WindowsVersion> },
    /// A note, an unrecognised command, or a name that is not in the cluster: nothing happens.
    Nothing,
}

/// One step with the state before it.
#[derive(Debug)]
pub struct Replayed<'a> {
    pub step: &'a Step,
    pub action: Action,
    pub before: State,
}

/// A plan replayed against its cluster.
#[derive(Debug)]
pub struct Replay<'a> {
    pub plan: &'a Plan,
    pub cluster: &'a Cluster,
    /// The target, when it is a version cmslint understands.
    pub target: Option<ExchangeVersion>,
    pub start: State,
    pub steps: Vec<Replayed<'a>>,
    pub end: State,
}

impl Replay<'_> {
    /// The state before step `number` (1-based).
    pub fn before(&self, number: usize) -> &State {
        &self.steps[number - 1].before
    }
}

/// Replays every plan whose cluster the inventory defines.
pub fn replay_all(inventory: &Inventory) -> Vec<Replay<'_>> {
    inventory
        .plans
        .iter()
        .filter_map(|plan| {
            let cluster = inventory.cluster(&plan.cluster.text)?;
            Some(replay(plan, cluster))
        })
        .collect()
}

pub fn replay<'a>(plan: &'a Plan, cluster: &'a Cluster) -> Replay<'a> {
    let target = plan.target.known().copied();
    let start = State::from_cluster(cluster);
    let mut state = start.clone();
    let mut steps = Vec::with_capacity(plan.steps.len());
    for step in &plan.steps {
        let action = resolve(step, &state);
        let before = state.clone();
        apply(&mut state, &action, step.span, target);
        steps.push(Replayed {
            step,
            action,
            before,
        });
    }
    Replay {
        plan,
        cluster,
        target,
        start,
        steps,
        end: state,
    }
}

fn resolve(step: &Step, state: &State) -> Action {
    let on = || step.on.as_ref().and_then(|n| state.node_index(&n.text));
    let node_named = |name: &crate::model::Name| state.node_index(&name.text);
    let resolved = match &step.kind {
        StepKind::Run {
            command: Ok(command),
            ..
        } => match command {
            Command::Setup { mode, .. } => on().map(|node| match mode {
                SetupMode::UpgradeNode => Action::UpgradeNode { node, gui: false },
                SetupMode::Gui => Action::UpgradeNode { node, gui: true },
                SetupMode::UpgradeCms => Action::UpgradeCms { node },
            }),
            Command::ClusterGroup { group, op, .. } => {
                state.group_index(group).and_then(|group| match op {
                    GroupOp::Move { node } => {
                        state.node_index(node).map(|node| Action::MoveGroup {
                            group,
                            node,
                            tool: Tool::ClusterExe,
                        })
                    }
                    GroupOp::Offline | GroupOp::Online => Some(Action::SetOnline {
                        group,
                        online: *op == GroupOp::Online,
                        tool: Tool::ClusterExe,
                    }),
                })
            }
            Command::StopCms { identity } | Command::StartCms { identity } => {
                state.cms_index(identity).map(|group| Action::SetOnline {
                    group,
                    online: matches!(command, Command::StartCms { .. }),
                    tool: Tool::ExchangeCmdlet,
                })
            }
            Command::MoveCms { identity, target } => state
                .cms_index(identity)
                .zip(state.node_index(target))
                .map(|(group, node)| Action::MoveGroup {
                    group,
                    node,
                    tool: Tool::ExchangeCmdlet,
                }),
        },
        StepKind::Run { command: Err(_), .. } | StepKind::Note => None,
        StepKind::InstallWindowsServicePack { node, service_pack } => {
            node_named(node).map(|node| Action::InstallServicePack {
                node,
                service_pack: *service_pack,
            })
        }
        StepKind::RemoveUpdateRollup { node } => {
            node_named(node).map(|node| Action::RemoveRollups { node })
        }
        StepKind::UpgradeOs { node, to } => node_named(node).map(|node| Action::UpgradeOs {
            node,
            to: to.known().cloned(),
        }),
    };
    resolved.unwrap_or(Action::Nothing)
}

fn raise(version: &mut Option<ExchangeVersion>, target: Option<ExchangeVersion>) {
    if let Some(target) = target
        && version.is_none_or(|v| v.service_pack < target.service_pack)
    {
        *version = Some(target);
    }
}

fn apply(state: &mut State, action: &Action, at: Span, target: Option<ExchangeVersion>) {
    match *action {
        Action::UpgradeNode { node, .. } => {
            raise(&mut state.nodes[node].exchange, target);
            state.nodes[node].upgraded_at = Some(at);
        }
        Action::UpgradeCms { node } => {
            for group in state.groups.iter_mut() {
                if group.is_cms() && group.owner == Some(node) {
                    raise(&mut group.version, target);
                    group.online = true;
                    group.offline_at = None;
                }
            }
        }
        Action::MoveGroup { group, node, .. } => {
            state.groups[group].owner = Some(node);
            state.groups[group].owner_span = Some(at);
        }
        Action::SetOnline { group, online, .. } => {
            let group = &mut state.groups[group];
            group.online = online;
            group.offline_at = (!online).then_some(at);
        }
        Action::InstallServicePack { node, service_pack } => {
            if let (Some(os), Some(sp)) = (state.nodes[node].os.as_mut(), service_pack) {
                os.service_pack = os.service_pack.max(sp);
            }
        }
        Action::UpgradeOs { node, ref to } => {
            if to.is_some() {
                state.nodes[node].os = to.clone();
            }
        }
        Action::RemoveRollups { .. } | Action::Nothing => {}
    }
}
