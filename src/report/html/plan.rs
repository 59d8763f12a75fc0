//! Each runbook as a timeline: a row per step with the command, where it runs, the cluster after
//! it (each node's Exchange version, the owner and state of each CMS and of the other groups) and
//! the step's findings. The states come from the replay every plan rule judges by; this module is
//! the report's only reader of it, and reads it through its public state types alone.

use super::{FindingRef, Mark, Marks, clean, text, worst};
use crate::i18n::{Lang, Message};
use crate::model::{Inventory, Plan, StepKind, computer_name};
use crate::msg;
use crate::plan::replay::{Replay, State, replay_all};

#[derive(Debug)]
pub struct PlanView {
    pub anchor: String,
    /// `Plan exclu01-sp2`.
    pub title: String,
    /// The timeline's caption.
    pub caption: String,
    pub cluster: String,
    /// Whether the inventory defines the cluster (else the plan was not replayed).
    pub replayed: bool,
    /// Why the steps were not replayed, when they were not.
    pub not_replayed: String,
    pub target: String,
    pub window: Option<WindowView>,
    /// Findings about the plan as a whole.
    pub own: Vec<FindingRef>,
    pub mark: Mark,
    /// Column headings: the nodes, then the CMSs.
    pub nodes: Vec<String>,
    pub cms: Vec<String>,
    /// Whether the cluster has groups other than CMSs (a column for them).
    pub has_others: bool,
    /// The cluster before the first step.
    pub start: Option<StateRow>,
    pub steps: Vec<StepRow>,
}

impl PlanView {
    /// The timeline's number of columns.
    pub fn columns(&self) -> usize {
        4 + self.nodes.len() + self.cms.len() + usize::from(self.has_others)
    }
}

#[derive(Debug)]
pub struct WindowView {
    /// `START to END (6 h)`: the window, and its length when both ends are timestamps.
    pub span: String,
    /// The rows that mark where the window opens and closes in the timeline.
    pub opens: String,
    pub closes: String,
}

#[derive(Debug)]
pub struct StepRow {
    pub number: usize,
    pub command: String,
    /// Whether the command is the runbook's own text (shown as code) or a described action.
    pub literal: bool,
    pub on: Option<String>,
    pub state: Option<StateRow>,
    pub refs: Vec<FindingRef>,
    pub mark: Mark,
}

/// The cluster at one point of the plan.
#[derive(Debug)]
pub struct StateRow {
    pub nodes: Vec<NodeCell>,
    pub cms: Vec<GroupCell>,
    pub others: Vec<GroupCell>,
}

#[derive(Debug)]
pub struct NodeCell {
    pub version: String,
    /// The step upgraded it.
    pub changed: bool,
}

#[derive(Debug)]
pub struct GroupCell {
    pub name: String,
    pub owner: String,
    pub online: bool,
    pub state: String,
    /// The step moved it to another node.
    pub moved: bool,
    /// The step took it offline or brought it online.
    pub toggled: bool,
}

pub fn views(inventory: &Inventory, marks: &Marks, lang: Lang) -> Vec<PlanView> {
    let replays = replay_all(inventory);
    inventory
        .plans
        .iter()
        .enumerate()
        .map(|(i, plan)| {
            let replay = replays.iter().find(|r| std::ptr::eq(r.plan, plan));
            view(i, plan, replay, marks, lang)
        })
        .collect()
}

fn view(index: usize, plan: &Plan, replay: Option<&Replay>, marks: &Marks, lang: Lang) -> PlanView {
    let (first, after) = match replay {
        Some(replay) => {
            let (start, after) = states(replay);
            (Some(start), after)
        }
        None => (None, Vec::new()),
    };
    let (nodes, cms) = first.map_or((Vec::new(), Vec::new()), |s| {
        (
            s.nodes.iter().map(|n| node_name(n.name)).collect(),
            s.groups
                .iter()
                .filter(|g| g.is_cms())
                .map(|g| clean(g.name))
                .collect(),
        )
    });
    let has_others = first.is_some_and(|s| s.groups.iter().any(|g| !g.is_cms()));
    let mut previous = first;
    let mut steps = Vec::with_capacity(plan.steps.len());
    for (i, step) in plan.steps.iter().enumerate() {
        let state = after.get(i).and_then(Option::as_ref);
        let (command, literal) = match &step.kind {
            StepKind::Run { text, .. } => (clean(text), true),
            StepKind::InstallWindowsServicePack { service_pack, .. } => {
                (text::install_service_pack(*service_pack, lang), false)
            }
            StepKind::RemoveUpdateRollup { .. } => (text::remove_rollups(lang), false),
            StepKind::UpgradeOs { to, .. } => {
                (text::upgrade_windows(&clean(&to.text), lang), false)
            }
            StepKind::Note => (text::note(lang), false),
        };
        let on = match &step.kind {
            StepKind::InstallWindowsServicePack { node, .. }
            | StepKind::RemoveUpdateRollup { node }
            | StepKind::UpgradeOs { node, .. } => Some(node),
            StepKind::Run { .. } | StepKind::Note => step.on.as_ref(),
        };
        let refs = marks.of(&plan.step_entity(step));
        steps.push(StepRow {
            number: step.number,
            command,
            literal,
            on: on.map(|n| clean(&n.text)),
            state: state.map(|s| row(s, previous, lang)),
            mark: worst(&refs),
            refs,
        });
        if state.is_some() {
            previous = state;
        }
    }
    let own = marks.of(&plan.entity());
    let mark = steps
        .iter()
        .map(|s| s.mark)
        .chain([worst(&own)])
        .max()
        .unwrap_or_default();
    let (name, cluster) = (clean(&plan.name.text), clean(&plan.cluster.text));
    PlanView {
        anchor: format!("plan-{}", index + 1),
        title: msg!("report-html-plan-title", plan = &name).render(lang),
        caption: msg!("report-html-timeline-caption", plan = &name).render(lang),
        not_replayed: msg!("report-html-not-replayed", cluster = &cluster).render(lang),
        cluster,
        replayed: replay.is_some(),
        target: match plan.target.known() {
            Some(v) => v.level_name().to_string(),
            None => clean(&plan.target.text),
        },
        window: plan.window.as_ref().map(|w| {
            let (start, end) = (clean(&w.start.value), clean(&w.end.value));
            let length = minutes(&w.start.value, &w.end.value).map(|m| text::duration(m, lang));
            window_view(start, end, length, lang)
        }),
        own,
        mark,
        nodes,
        cms,
        has_others,
        start: first.map(|s| row(s, None, lang)),
        steps,
    }
}

/// A maintenance window as the plan's facts and its timeline say it.
fn window_view(start: String, end: String, length: Option<String>, lang: Lang) -> WindowView {
    let (span, closes) = match &length {
        Some(length) => (
            Message::new("report-html-window-length")
                .arg("start", &start)
                .arg("end", &end)
                .arg("length", length),
            Message::new("report-html-window-closes-after")
                .arg("end", &end)
                .arg("length", length),
        ),
        None => (
            msg!("report-html-window-span", start = &start, end = &end),
            msg!("report-html-window-closes", end = &end),
        ),
    };
    WindowView {
        span: span.render(lang),
        opens: msg!("report-html-window-opens", start = &start).render(lang),
        closes: closes.render(lang),
    }
}

/// The state before the first step, and after each step replayed. A replay that stopped (a
/// step naming what the cluster does not have) has no state after the step before the stop,
/// nor after any later step.
fn states<'r>(replay: &'r Replay) -> (&'r State<'r>, Vec<Option<State<'r>>>) {
    let mut after = Vec::new();
    let mut steps = replay.steps();
    while let Some(step) = steps.next_step() {
        after.push(step.after.cloned());
    }
    (&replay.start, after)
}

fn row(state: &State, previous: Option<&State>, lang: Lang) -> StateRow {
    let nodes = state
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| NodeCell {
            version: node
                .exchange
                .map_or_else(|| text::unknown(lang), |v| v.to_string()),
            changed: previous
                .is_some_and(|p| p.nodes.get(i).map(|n| n.exchange) != Some(node.exchange)),
        })
        .collect();
    let (mut cms, mut others) = (Vec::new(), Vec::new());
    for (i, group) in state.groups.iter().enumerate() {
        let before = previous.and_then(|p| p.groups.get(i));
        let cell = GroupCell {
            name: clean(group.name),
            owner: group
                .owner
                .and_then(|o| state.nodes.get(o))
                .map_or_else(|| text::unknown(lang), |n| node_name(n.name)),
            // Only a CMS known to be offline is drawn down; an unknown state says so in words.
            online: group.online != Some(false),
            state: text::online(group.online, lang),
            moved: before.is_some_and(|b| b.owner != group.owner),
            toggled: before.is_some_and(|b| b.online != group.online),
        };
        if group.is_cms() {
            cms.push(cell);
        } else {
            others.push(cell);
        }
    }
    StateRow { nodes, cms, others }
}

/// A node as runbook commands name it: `EXNODE1` for `EXNODE1.contoso.com`.
fn node_name(name: &str) -> String {
    clean(computer_name(name))
}

/// The minutes between two timestamps with offsets (`2026-12-05T22:00:00+01:00`).
fn minutes(start: &str, end: &str) -> Option<i64> {
    let start: jiff::Timestamp = start.trim().parse().ok()?;
    let end: jiff::Timestamp = end.trim().parse().ok()?;
    let minutes = (end.as_second() - start.as_second()) / 60;
    (minutes > 0).then_some(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_length_from_timestamps_with_offsets() {
        assert_eq!(
            minutes("2026-12-05T22:00:00+01:00", "2026-12-06T04:00:00+01:00"),
            Some(360)
        );
        assert_eq!(
            minutes("2026-12-05T22:00:00Z", "2026-12-05T22:45:00+00:00"),
            Some(45)
        );
        assert_eq!(minutes("Saturday night", "2026-12-06T04:00:00Z"), None);
        assert_eq!(
            minutes("2026-12-06T04:00:00Z", "2026-12-05T22:00:00Z"),
            None
        );
    }
}
