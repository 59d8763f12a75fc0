//! Replaying a runbook: the cluster's state (who owns which group, which node and CMS run which
//! version, which CMS are online) before every step, starting from the inventory. The plan rules
//! judge each step against the state the earlier steps left. Every recognised step is applied
//! whatever is reported about it, so one mistake does not cascade (docs/plans.md).
//!
//! There is one way to walk a replay: [`walk`] (or [`Replay::steps`] for one plan) gives each
//! step replayed with what it did and the state before and after it, and stops where the
//! replay stopped.

use crate::i18n::Message;
use crate::model::{
    Cluster, ExchangeVersion, GroupKind, Inventory, Plan, Step, StepKind, WindowsVersion, same_name,
};
use crate::msg;
use crate::runbook::{Command, GroupOp, SetupMode, SetupProgram};
use crate::source::Span;

/// A node as it stands at one point of the plan.
/// `Copy`, so that [`Walk`] copies a state in one move.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeState<'a> {
    /// The name as the inventory spells it.
    pub name: &'a str,
    /// Where the inventory defines it.
    pub span: Span,
    pub os: Option<WindowsVersion>,
    pub exchange: Option<ExchangeVersion>,
    /// The step that last upgraded Exchange on this node.
    pub upgraded_at: Option<Span>,
}

/// A cluster group as it stands at one point of the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupSnapshot<'a> {
    pub name: &'a str,
    pub kind: GroupKind,
    /// Index into [`State::nodes`].
    pub owner: Option<usize>,
    /// Where the current owner was set: the inventory's `owner:` or the step that moved it.
    pub owner_span: Option<Span>,
    /// Whether it is online: `None` when the inventory's state is not understood and no step
    /// has set it since.
    pub online: Option<bool>,
    /// For a CMS: the version it runs (its own, or its owner's when the inventory gives none).
    pub version: Option<ExchangeVersion>,
    /// The step that took it offline, while it is offline.
    pub offline_at: Option<Span>,
}

impl GroupSnapshot<'_> {
    /// Known to be a CMS.
    pub fn is_cms(&self) -> bool {
        self.kind == GroupKind::Cms
    }

    /// A CMS, or a group whose kind is unknown.
    pub fn may_be_cms(&self) -> bool {
        matches!(self.kind, GroupKind::Cms | GroupKind::Unknown)
    }
}

/// The whole cluster at one point.
#[derive(Debug, Default, PartialEq)]
pub struct State<'a> {
    pub nodes: Vec<NodeState<'a>>,
    pub groups: Vec<GroupSnapshot<'a>>,
}

// Written out for `clone_from`, which the derive leaves at `*self = source.clone()`: [`Walk`]
// copies a state into the vectors it already holds, without allocating.
impl Clone for State<'_> {
    fn clone(&self) -> Self {
        State {
            nodes: self.nodes.clone(),
            groups: self.groups.clone(),
        }
    }

    fn clone_from(&mut self, source: &Self) {
        self.nodes.clone_from(&source.nodes);
        self.groups.clone_from(&source.groups);
    }
}

impl<'a> State<'a> {
    /// The cluster as the inventory gives it.
    pub fn from_cluster(cluster: &'a Cluster) -> State<'a> {
        let nodes: Vec<NodeState> = cluster
            .nodes
            .iter()
            .map(|n| NodeState {
                name: &n.name.text,
                span: n.name.span,
                os: n.os().cloned(),
                exchange: n.exchange().copied(),
                upgraded_at: None,
            })
            .collect();
        let groups = cluster
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let owner = cluster.owner_position(i);
                GroupSnapshot {
                    name: &g.name.text,
                    kind: g.kind,
                    owner,
                    owner_span: g.owner.as_ref().map(|o| o.span),
                    online: g.state().is_online(),
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
        self.nodes.iter().position(|n| same_name(n.name, name))
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.groups.iter().position(|g| same_name(g.name, name))
    }

    /// A group a CMS cmdlet can act on: a CMS, or a group whose kind is unknown (the step is
    /// replayed on it, and the rules that need a CMS skip it).
    pub fn cms_index(&self, name: &str) -> Option<usize> {
        self.group_index(name)
            .filter(|&i| self.groups[i].may_be_cms())
    }

    /// Groups a node owns.
    pub fn groups_of(&self, node: usize) -> impl Iterator<Item = (usize, &GroupSnapshot<'_>)> {
        self.groups
            .iter()
            .enumerate()
            .filter(move |(_, g)| g.owner == Some(node))
    }

    /// A node that owns a CMS is active; one that owns none is passive. A node that owns a
    /// group of unknown kind and no CMS is neither [`State::is_active`] nor
    /// [`State::is_passive`].
    pub fn is_active(&self, node: usize) -> bool {
        self.groups_of(node).any(|(_, g)| g.is_cms())
    }

    /// Known to own no CMS: every group that may be a CMS has a known owner, and it is not this
    /// node.
    pub fn is_passive(&self, node: usize) -> bool {
        !(self.groups.iter()).any(|g| g.may_be_cms() && g.owner.is_none_or(|o| o == node))
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
    /// Setup `/mode:upgrade` on a node; `gui` when the GUI wizard (Setup.exe) runs it.
    UpgradeNode {
        node: usize,
        gui: bool,
    },
    /// Setup `/upgradecms` on a node: upgrades the CMS it owns and brings them online; `gui`
    /// when the GUI wizard (Setup.exe) runs it.
    UpgradeCms {
        node: usize,
        gui: bool,
    },
    MoveGroup {
        group: usize,
        node: usize,
        tool: Tool,
    },
    SetOnline {
        group: usize,
        online: bool,
        tool: Tool,
    },
    InstallServicePack {
        node: usize,
        service_pack: Option<u8>,
    },
    RemoveRollups {
        node: usize,
    },
    UpgradeOs {
        node: usize,
        to: Option<WindowsVersion>,
    },
    /// A note, an unrecognised command, a `cluster.exe` step for another cluster, or rollups
    /// removed from a node the cluster does not have: nothing happens.
    Nothing,
}

/// One step as the replay keeps it: what it did. The states between the steps are not kept;
/// [`Walk`] applies the actions again to a copy of the start, which costs far less than keeping
/// two vectors for every step of every plan for the whole check.
#[derive(Debug)]
struct Replayed<'a> {
    step: &'a Step,
    action: Action,
}

/// One replayed step as [`Walk`] gives it: the plan's replay, the step, what it did, and the
/// cluster's state before and after it.
#[derive(Debug, Clone, Copy)]
pub struct ReplayedStep<'r, 'a> {
    /// The replay the step belongs to: its plan, cluster and target.
    pub replay: &'r Replay<'a>,
    pub step: &'a Step,
    pub action: &'r Action,
    pub before: &'r State<'a>,
    /// The state after the step: the next step's state before, or the end of the plan. `None`
    /// for the last step replayed before the replay stopped: the step after it could not be
    /// replayed, so nothing after this point is judged.
    pub after: Option<&'r State<'a>>,
}

impl ReplayedStep<'_, '_> {
    /// The step's entity (`plan:exclu01-sp2/step:3`), which a finding about it reports on.
    pub fn entity(&self) -> String {
        self.replay.plan.step_entity(self.step)
    }
}

/// Every step of every replay, in plan order and then step order, each with the state before
/// and after it. A replay that stopped gives the steps before the one it stopped at, and none
/// from there on.
pub fn walk<'r, 'a>(replays: &'r [Replay<'a>]) -> Walk<'r, 'a> {
    Walk {
        replays: replays.iter(),
        current: None,
        next: 0,
        before: State::default(),
        after: State::default(),
    }
}

/// The steps of one or more replays, one at a time, with the state before and after each:
/// `while let Some(step) = walk.next_step() { .. }`. It holds two states and applies each
/// step's action to them again, so a step's states live until the next call; what outlives
/// that is copied out of them.
#[derive(Debug)]
pub struct Walk<'r, 'a> {
    replays: std::slice::Iter<'r, Replay<'a>>,
    current: Option<&'r Replay<'a>>,
    /// The index in the current replay of the next step to give.
    next: usize,
    before: State<'a>,
    after: State<'a>,
}

impl<'a> Walk<'_, 'a> {
    /// The next step replayed, or `None` after the last.
    pub fn next_step(&mut self) -> Option<ReplayedStep<'_, 'a>> {
        let (replay, replayed) = loop {
            if let Some(replay) = self.current
                && let Some(replayed) = replay.replayed.get(self.next)
            {
                break (replay, replayed);
            }
            self.current = Some(self.replays.next()?);
            self.next = 0;
        };
        if self.next == 0 {
            self.before.clone_from(&replay.start);
        } else {
            std::mem::swap(&mut self.before, &mut self.after);
        }
        self.after.clone_from(&self.before);
        apply(
            &mut self.after,
            &replayed.action,
            replayed.step.span,
            replay.target,
        );
        self.next += 1;
        // The last step before a stop has no state after it: the stopped step is not applied.
        let stopped_next = self.next == replay.replayed.len() && replay.stopped_at.is_some();
        Some(ReplayedStep {
            replay,
            step: replayed.step,
            action: &replayed.action,
            before: &self.before,
            after: (!stopped_next).then_some(&self.after),
        })
    }
}

/// A plan replayed against its cluster.
#[derive(Debug)]
pub struct Replay<'a> {
    pub plan: &'a Plan,
    pub cluster: &'a Cluster,
    /// The target, when it is a version cmslint understands.
    pub target: Option<ExchangeVersion>,
    pub start: State<'a>,
    /// What each step replayed did: every step before [`Replay::stopped_at`], or all of them.
    /// Walked with the states by [`Replay::steps`].
    replayed: Vec<Replayed<'a>>,
    /// A step that would change the cluster but names a node, group or CMS the cluster does not
    /// have (INV004), or Setup without `on:` (INV002): it cannot be replayed, every later state
    /// would be a guess, and so neither it nor any later step is judged.
    pub stopped_at: Option<&'a Step>,
    /// The state after the last step; `None` when the replay stopped.
    pub end: Option<State<'a>>,
}

impl<'a> Replay<'a> {
    /// The steps replayed, in order, each with the state before and after it: every step before
    /// [`Replay::stopped_at`], or all of them.
    pub fn steps(&self) -> Walk<'_, 'a> {
        walk(std::slice::from_ref(self))
    }

    /// The steps replayed and what each did, without the states.
    pub fn actions(&self) -> impl Iterator<Item = (&'a Step, &Action)> {
        self.replayed.iter().map(|r| (r.step, &r.action))
    }

    /// For the finding at `step`, when the replay stopped there: what is not judged because of
    /// it.
    pub fn stop_note(&self, step: &Step) -> Option<Message> {
        let stopped = self.stopped_at.filter(|s| std::ptr::eq(*s, step))?;
        let (n, plan) = (stopped.number, self.plan.name.text.as_str());
        let last = self.plan.steps.last().map_or(n, |s| s.number);
        Some(match last - n {
            0 => msg!("plan-replay-stopped-at-last", step = n, plan = plan),
            1 => Message::new("plan-replay-stopped-before-last")
                .arg("step", n)
                .arg("plan", plan)
                .arg("last", last),
            _ => Message::new("plan-replay-stopped")
                .arg("step", n)
                .arg("plan", plan)
                .arg("next", n + 1)
                .arg("last", last),
        })
    }
}

/// Replays every plan whose cluster the inventory defines, in parallel on the current rayon pool;
/// the replays are in plan order.
pub fn replay_all(inventory: &Inventory) -> Vec<Replay<'_>> {
    use rayon::prelude::*;
    inventory
        .plans
        .par_iter()
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
    let mut replayed = Vec::with_capacity(plan.steps.len());
    let mut stopped_at = None;
    for step in &plan.steps {
        let Some(action) = resolve(step, cluster, &state) else {
            stopped_at = Some(step);
            break;
        };
        apply(&mut state, &action, step.span, target);
        replayed.push(Replayed { step, action });
    }
    Replay {
        plan,
        cluster,
        target,
        start,
        replayed,
        stopped_at,
        end: stopped_at.is_none().then_some(state),
    }
}

/// The cluster a `cluster.exe` step names with `/cluster:`, `/c:` or its first argument, when
/// that is not `cluster`: the step acts on that cluster (or fails, when none has that name), so
/// it leaves `cluster` as it is. `None` when the step names no cluster or names `cluster`.
pub fn other_cluster<'s>(step: &'s Step, cluster: &Cluster) -> Option<&'s str> {
    match &step.kind {
        StepKind::Run {
            command:
                Ok(Command::ClusterGroup {
                    cluster: Some(named),
                    ..
                }),
            ..
        } if !cluster.name.is(named) => Some(named),
        _ => None,
    }
}

/// What a step does to the cluster. `None` when it would change the cluster but names a node,
/// group or CMS the cluster does not have, or is Setup without `on:`: it cannot be replayed.
fn resolve(step: &Step, cluster: &Cluster, state: &State) -> Option<Action> {
    if other_cluster(step, cluster).is_some() {
        return Some(Action::Nothing);
    }
    let on = || step.on.as_ref().and_then(|n| state.node_index(&n.text));
    let node_named = |name: &crate::model::Name| state.node_index(&name.text);
    match &step.kind {
        StepKind::Run {
            command: Ok(command),
            ..
        } => match command {
            Command::Setup { program, mode } => on().map(|node| {
                let gui = *program == SetupProgram::Exe;
                match mode {
                    SetupMode::UpgradeNode => Action::UpgradeNode { node, gui },
                    SetupMode::UpgradeCms => Action::UpgradeCms { node, gui },
                }
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
        StepKind::Run {
            command: Err(_), ..
        }
        | StepKind::Note => Some(Action::Nothing),
        StepKind::InstallWindowsServicePack { node, service_pack } => {
            node_named(node).map(|node| Action::InstallServicePack {
                node,
                service_pack: *service_pack,
            })
        }
        // Removing rollups changes nothing the replay follows, wherever it runs.
        StepKind::RemoveUpdateRollup { node } => {
            Some(node_named(node).map_or(Action::Nothing, |node| Action::RemoveRollups { node }))
        }
        StepKind::UpgradeOs { node, to } => node_named(node).map(|node| Action::UpgradeOs {
            node,
            to: to.known().cloned(),
        }),
    }
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
        Action::UpgradeCms { node, .. } => {
            for group in state.groups.iter_mut() {
                if group.may_be_cms() && group.owner == Some(node) {
                    raise(&mut group.version, target);
                    group.online = Some(true);
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
            group.online = Some(online);
            group.offline_at = (!online).then_some(at);
        }
        Action::InstallServicePack { node, service_pack } => {
            if let Some(os) = state.nodes[node].os.as_mut() {
                os.install_service_pack(service_pack);
            }
        }
        // A Windows version that cannot be understood leaves the node's Windows unknown.
        Action::UpgradeOs { node, ref to } => state.nodes[node].os = *to,
        Action::RemoveRollups { .. } | Action::Nothing => {}
    }
}

// ---------------------------------------------------------------------------
// Helpers the plan rules share (PRE202, UPG301-UPG305)
// ---------------------------------------------------------------------------

/// A group's name as findings show it: a CMS bare (`EXCMS01`, a computer name), any other group
/// in backticks (`` `Cluster Group` ``), since its name may hold spaces.
pub fn shown_group(group: &GroupSnapshot) -> String {
    if group.is_cms() {
        group.name.to_string()
    } else {
        format!("`{}`", group.name)
    }
}

/// Where a group's current owner was set, with the text of a label there: "EXCMS01 is owned by
/// EXNODE1 here" at the inventory's `owner:`, "EXCMS01 moved to EXNODE1 here" at the step that
/// moved it.
pub fn owner_label(replay: &Replay, state: &State, group: usize) -> Option<(Span, Message)> {
    let snapshot = &state.groups[group];
    let span = snapshot.owner_span?;
    let owner = &state.nodes[snapshot.owner?].name;
    let from_inventory = replay
        .cluster
        .groups
        .get(group)
        .and_then(|g| g.owner.as_ref())
        .is_some_and(|o| o.span == span);
    let group = shown_group(snapshot);
    let label = if from_inventory {
        msg!("plan-replay-owned-here", group = group, node = *owner)
    } else {
        msg!("plan-replay-moved-here", group = group, node = *owner)
    };
    Some((span, label))
}

/// The first step after step `number` that upgrades Exchange on `node` (Setup `/mode:upgrade`,
/// or the wizard).
pub fn later_upgrade<'a>(replay: &Replay<'a>, node: usize, number: usize) -> Option<&'a Step> {
    replay.actions().find_map(|(step, action)| {
        (step.number > number
            && matches!(*action, Action::UpgradeNode { node: n, .. } if n == node))
        .then_some(step)
    })
}

/// Where the inventory gives a node's Exchange version, or else where it defines the node.
pub fn exchange_span(replay: &Replay, node: usize) -> Span {
    replay
        .cluster
        .nodes
        .get(node)
        .and_then(|n| n.exchange.as_ref())
        .map_or(replay.start.nodes[node].span, |e| e.span)
}

/// Where a CMS should go for the upgrade: the first passive node (one known to own no CMS) that
/// has reached the target, else the first passive node.
pub fn passive_destination(state: &State, target: Option<&ExchangeVersion>) -> Option<usize> {
    let passive = || (0..state.nodes.len()).filter(|&n| state.is_passive(n));
    passive()
        .find(|&n| target.is_some_and(|t| state.node_reached(n, t) == Some(true)))
        .or_else(|| passive().next())
}

/// The `-StopReason` and `-MoveComment` the plan rules' fixes give the Exchange cmdlets:
/// `SP2 upgrade` (the target as written when cmslint does not understand it).
pub fn upgrade_reason(replay: &Replay) -> String {
    match replay.target {
        Some(target) => format!("{} upgrade", target.level_name()),
        None => format!("{} upgrade", replay.plan.target.text.trim()),
    }
}

/// `Stop-ClusteredMailboxServer EXCMS01 -StopReason "SP2 upgrade"`, for a plan rule's fix.
pub fn stop_cms_command(replay: &Replay, cms: &str) -> String {
    format!(
        "Stop-ClusteredMailboxServer {cms} -StopReason \"{}\"",
        upgrade_reason(replay)
    )
}

/// `Move-ClusteredMailboxServer EXCMS01 -TargetMachine EXNODE2 -MoveComment "SP2 upgrade"`.
/// The target is the node's cluster name, so an FQDN is cut to its first label.
pub fn move_cms_command(replay: &Replay, cms: &str, node: &str) -> String {
    let node = crate::model::computer_name(node);
    format!(
        "Move-ClusteredMailboxServer {cms} -TargetMachine {node} -MoveComment \"{}\"",
        upgrade_reason(replay)
    )
}

/// `Start-ClusteredMailboxServer EXCMS01`.
pub fn start_cms_command(cms: &str) -> String {
    format!("Start-ClusteredMailboxServer {cms}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::from_yaml;

    /// A CCR and a plan that upgrades its passive node and takes its CMS offline; the tests add
    /// steps.
    const PLAN: &str = "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes: [{name: EXNODE1, exchange: RTM}, {name: EXNODE2, exchange: RTM}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {run: setup.com /mode:upgrade, on: EXNODE2}
      - {run: Stop-ClusteredMailboxServer EXCMS01}
";

    /// Each step's state after is the next step's state before, and the last one's is the end.
    #[test]
    fn the_walk_gives_each_step_between_two_states() {
        let inventory = from_yaml(PLAN);
        let replays = replay_all(&inventory);
        let mut walk = walk(&replays);
        let first = walk.next_step().expect("step 1 is replayed");
        assert!(matches!(first.action, Action::UpgradeNode { node: 1, .. }));
        assert_eq!(first.before, &replays[0].start);
        let after_first = first.after.expect("step 2 is replayed").clone();
        assert_eq!(after_first.nodes[1].upgraded_at, Some(first.step.span));
        assert_ne!(&after_first, first.before);
        let second = walk.next_step().expect("step 2 is replayed");
        assert_eq!(second.before, &after_first);
        assert_eq!(second.after, replays[0].end.as_ref());
        assert_eq!(second.entity(), "plan:sp2/step:2");
        assert_eq!(second.after.unwrap().groups[0].online, Some(false));
        assert!(walk.next_step().is_none());
    }

    /// The walk goes on from one replay to the next, each starting from its own start.
    #[test]
    fn the_walk_starts_each_replay_from_its_start() {
        let inventory = from_yaml(&format!(
            "{PLAN}  - name: sp2-again
    cluster: EXCLU01
    target: SP2
    steps:
      - {{run: setup.com /mode:upgrade, on: EXNODE2}}
      - {{run: Stop-ClusteredMailboxServer EXCMS01}}
"
        ));
        let replays = replay_all(&inventory);
        assert_eq!(replays.len(), 2);
        let mut walk = walk(&replays);
        let mut seen = Vec::new();
        while let Some(step) = walk.next_step() {
            seen.push((step.replay.plan.name.text.clone(), step.step.number));
            if step.step.number == 1 {
                assert_eq!(step.before, &step.replay.start);
            }
        }
        let names = |p: &str| [(p.to_owned(), 1), (p.to_owned(), 2)];
        assert_eq!(seen, [names("sp2"), names("sp2-again")].concat());
    }

    /// A replay that stops gives the steps before the stop, the last of them with no state
    /// after it, and nothing from the stop on.
    #[test]
    fn the_walk_ends_where_the_replay_stopped() {
        let inventory = from_yaml(&format!(
            "{PLAN}      - {{run: setup.com /mode:upgrade, on: EXNODE9}}
      - {{run: Start-ClusteredMailboxServer EXCMS01}}
"
        ));
        let replays = replay_all(&inventory);
        assert_eq!(replays[0].stopped_at.map(|s| s.number), Some(3));
        let mut steps = Vec::new();
        let mut walk = walk(&replays);
        while let Some(s) = walk.next_step() {
            steps.push((s.step.number, s.after.is_some()));
        }
        assert_eq!(steps, [(1, true), (2, false)]);
    }

    /// Setup on a node already at the target's service pack keeps what the inventory knows of
    /// its version (the build, and from it the rollup) instead of the bare target.
    #[test]
    fn an_upgrade_to_the_service_pack_a_node_has_keeps_its_build() {
        let inventory = from_yaml(&PLAN.replace(
            "{name: EXNODE2, exchange: RTM}",
            "{name: EXNODE2, exchange: 8.2.176.2}",
        ));
        let replays = replay_all(&inventory);
        let end = replays[0].end.as_ref().unwrap();
        let version = end.nodes[1].exchange.unwrap();
        assert_eq!((version.service_pack, version.build), (2, Some((176, 2))));
    }

    /// `setup.com /upgradecms` upgrades and starts the CMS its node owns, and no other group:
    /// not the CMS another node owns, not the node's other groups.
    #[test]
    fn upgrading_a_cms_touches_only_the_cms_its_node_owns() {
        let inventory = from_yaml(
            "cmslint: 1
clusters:
  - name: EXCLU01
    type: scc
    nodes: [{name: EXNODE1, exchange: SP2}, {name: EXNODE2, exchange: RTM}, {name: EXNODE3, exchange: RTM}]
    groups:
      - {name: EXCMS01, type: cms, owner: EXNODE1, exchange: RTM, state: offline}
      - {name: EXCMS02, type: cms, owner: EXNODE2, exchange: RTM, state: offline}
      - {name: Cluster Group, type: cluster, owner: EXNODE1, state: offline}
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {run: setup.com /upgradecms, on: EXNODE1}
",
        );
        let replays = replay_all(&inventory);
        let end = replays[0].end.as_ref().unwrap();
        let groups: Vec<(&str, Option<u8>, Option<bool>)> = (end.groups.iter())
            .map(|g| (g.name, g.version.map(|v| v.service_pack), g.online))
            .collect();
        assert_eq!(
            groups,
            [
                ("EXCMS01", Some(2), Some(true)),
                ("EXCMS02", Some(0), Some(false)),
                ("Cluster Group", None, Some(false)),
            ]
        );
    }

    /// The CMS's destination is the passive node that already runs the target, before a
    /// passive node listed earlier that does not; without one, the first passive node.
    #[test]
    fn the_destination_is_the_first_passive_node_at_the_target() {
        let inventory = from_yaml(
            "cmslint: 1
clusters:
  - name: EXCLU01
    type: scc
    nodes: [{name: EXNODE1, exchange: RTM}, {name: EXNODE2, exchange: RTM}, {name: EXNODE3, exchange: SP2}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
plans:
  - {name: sp2, cluster: EXCLU01, target: SP2, steps: [{run: setup.com /mode:upgrade, on: EXNODE2}]}
",
        );
        let replays = replay_all(&inventory);
        let start = &replays[0].start;
        assert_eq!(
            passive_destination(start, replays[0].target.as_ref()),
            Some(2)
        );
        assert_eq!(
            passive_destination(start, Some(&ExchangeVersion::sp(3))),
            Some(1)
        );
    }

    /// The command a fix gives to start a CMS again: the cmdlet and the CMS's name.
    #[test]
    fn the_start_command_names_the_cms() {
        assert_eq!(
            start_cms_command("EXCMS01"),
            "Start-ClusteredMailboxServer EXCMS01"
        );
    }

    /// Taking a CMS offline records the step that did it; bringing it online forgets it.
    #[test]
    fn a_cms_taken_offline_remembers_the_step_until_it_is_started() {
        let stopped = from_yaml(PLAN);
        let replays = replay_all(&stopped);
        let stop = replays[0].plan.steps[1].span;
        assert_eq!(
            replays[0].end.as_ref().unwrap().groups[0].offline_at,
            Some(stop)
        );

        let started = from_yaml(&format!(
            "{PLAN}      - {{run: Start-ClusteredMailboxServer EXCMS01}}\n"
        ));
        let replays = replay_all(&started);
        let end = replays[0].end.as_ref().unwrap();
        assert_eq!(
            (end.groups[0].online, end.groups[0].offline_at),
            (Some(true), None)
        );
    }
}
