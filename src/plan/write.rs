//! Writing the documented upgrade procedure for a cluster as it stands (`cmslint plan`):
//! Windows Server 2003 SP2 where missing, empty the passive nodes, upgrade them with Setup.com,
//! move each CMS to an upgraded node and run `setup.com /upgradecms` there, then empty and
//! upgrade the old active nodes. The result is a `plans:` document or a Markdown runbook, whose
//! comments and prose are in the language asked; the commands are the same in every language.

use crate::i18n::{Lang, Message};
use crate::model::{Cluster, ExchangeVersion, Family, GroupKind, Inventory, computer_name};
use crate::msg;
use crate::plan::replay::State;
use std::fmt::Write as _;

/// One step of a written plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlannedStep {
    /// A command, typed on `on` (a node) or, when `None`, on any node of the cluster.
    Run {
        command: String,
        on: Option<String>,
        why: Message,
    },
    /// Install a Windows Server 2003 service pack.
    InstallServicePack { node: String, service_pack: u8 },
}

/// A compliant runbook for one cluster.
#[derive(Debug, Clone)]
pub struct WrittenPlan {
    pub name: String,
    pub cluster: String,
    pub kind: Option<&'static str>,
    pub target: ExchangeVersion,
    pub window: Option<(String, String)>,
    pub steps: Vec<PlannedStep>,
}

/// Why no compliant plan can be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub Message);

/// Writes the procedure for `cluster_name` to `target` (SP1 or SP2).
pub fn write_plan(
    inventory: &Inventory,
    cluster_name: &str,
    target: ExchangeVersion,
    window: Option<(String, String)>,
) -> Result<WrittenPlan, Refusal> {
    let cluster = inventory
        .cluster(cluster_name)
        .ok_or_else(|| Refusal(msg!("plan-refusal-no-cluster", cluster = cluster_name)))?;
    if !matches!(target.service_pack, 1 | 2) {
        let target = target.level_name();
        return Err(Refusal(msg!("plan-refusal-target", target = target)));
    }
    let mut state = State::from_cluster(cluster);
    check_plannable(cluster, &state, target)?;
    let label = target.level_name();
    let mut steps = Vec::new();

    // 1. Windows Server 2003 SP2 on every node that lacks it.
    for node in &state.nodes {
        if let Some(os) = &node.os
            && os.family == Family::Server2003
            && os.service_pack_below(2) == Some(true)
        {
            steps.push(PlannedStep::InstallServicePack {
                node: node.name.to_string(),
                service_pack: 2,
            });
        }
    }
    let below = |state: &State, node: usize| state.node_reached(node, &target) != Some(true);
    let actives: Vec<usize> = (0..state.nodes.len())
        .filter(|&n| state.is_active(n))
        .collect();
    let passives: Vec<usize> = (0..state.nodes.len())
        .filter(|&n| !state.is_active(n))
        .collect();

    // 2. Empty each passive node, 3. upgrade it. A group whose owner is unknown may be on one:
    //    it moves to the active node too, wherever it is.
    let unowned: Vec<usize> = (0..state.groups.len())
        .filter(|&g| state.groups[g].owner.is_none() && !state.groups[g].is_cms())
        .collect();
    for g in unowned {
        let (group, node) = (state.groups[g].name, state.nodes[actives[0]].name);
        let why = msg!("plan-step-move-unowned", group = group, node = node);
        move_group(&mut state, g, actives[0], why, &mut steps);
    }
    for &p in &passives {
        empty_node(&mut state, p, actives[0], &mut steps);
    }
    for &p in &passives {
        if below(&state, p) {
            steps.push(PlannedStep::Run {
                command: "setup.com /mode:upgrade".into(),
                on: Some(state.nodes[p].name.to_string()),
                why: Message::new("plan-step-upgrade-passive")
                    .arg("node", state.nodes[p].name)
                    .arg("target", label),
            });
        }
    }

    // 4. One CMS at a time (a node runs one CMS): stop it, move it to a passive node that
    //    has been upgraded, upgrade it there; then empty and upgrade the node it left, which
    //    takes the next CMS. In CCR this is the single CMS and the original active node.
    let mut free: std::collections::VecDeque<usize> = passives.iter().copied().collect();
    let cms: Vec<usize> = (0..state.groups.len())
        .filter(|&g| state.groups[g].is_cms())
        .collect();
    for &g in &cms {
        let owner = state.groups[g]
            .owner
            .expect("checked: every CMS has an owner");
        let name = state.groups[g].name.to_string();
        let cms_below = state.groups[g]
            .version
            .is_none_or(|v| v.service_pack < target.service_pack);
        if !below(&state, owner) && !cms_below {
            continue;
        }
        steps.push(PlannedStep::Run {
            command: format!("Stop-ClusteredMailboxServer {name} -StopReason \"{label} upgrade\""),
            on: None,
            why: msg!("plan-step-stop", cms = &name),
        });
        let destination = if below(&state, owner) {
            let to = free.pop_front().expect("checked: a passive node exists");
            steps.push(PlannedStep::Run {
                command: format!(
                    "Move-ClusteredMailboxServer {name} -TargetMachine {} -MoveComment \"{label} upgrade\"",
                    computer_name(state.nodes[to].name)
                ),
                on: None,
                why: msg!("plan-step-move-cms", cms = &name, node = state.nodes[to].name),
            });
            state.groups[g].owner = Some(to);
            to
        } else {
            owner
        };
        steps.push(PlannedStep::Run {
            command: "setup.com /upgradecms".into(),
            on: Some(state.nodes[destination].name.to_string()),
            why: msg!("plan-step-upgrade-cms", cms = &name, target = label),
        });
        state.groups[g].version = Some(target);
        if destination != owner && !state.is_active(owner) {
            // 5. The node the CMS left is passive now: empty it and upgrade it.
            empty_node(&mut state, owner, destination, &mut steps);
            let node = state.nodes[owner].name;
            steps.push(PlannedStep::Run {
                command: "setup.com /mode:upgrade".into(),
                on: Some(node.to_string()),
                why: msg!("plan-step-upgrade-original", node = node, target = label),
            });
            free.push_back(owner);
        }
    }

    Ok(WrittenPlan {
        name: format!("{}-{}", cluster.name.text, label).to_lowercase(),
        cluster: cluster.name.text.clone(),
        kind: cluster.kind.as_ref().map(|k| k.value.label()),
        target,
        window,
        steps,
    })
}

/// Moves every group other than a CMS off `node` to `to`.
fn empty_node(state: &mut State, node: usize, to: usize, steps: &mut Vec<PlannedStep>) {
    let owned: Vec<usize> = state
        .groups_of(node)
        .filter(|(_, g)| !g.is_cms())
        .map(|(i, _)| i)
        .collect();
    for g in owned {
        let (group, node) = (state.groups[g].name, state.nodes[node].name);
        let why = msg!("plan-step-move-off", group = group, node = node);
        move_group(state, g, to, why, steps);
    }
}

/// Moves group `g` to node `to` with cluster.exe, for the reason `why`.
fn move_group(state: &mut State, g: usize, to: usize, why: Message, steps: &mut Vec<PlannedStep>) {
    let name = state.groups[g].name;
    steps.push(PlannedStep::Run {
        command: format!(
            "Cluster.exe group \"{name}\" /move:{}",
            computer_name(state.nodes[to].name)
        ),
        on: None,
        why,
    });
    state.groups[g].owner = Some(to);
}

fn check_plannable(
    cluster: &Cluster,
    state: &State,
    target: ExchangeVersion,
) -> Result<(), Refusal> {
    let name = &cluster.name.text;
    if state.nodes.is_empty() {
        return Err(Refusal(msg!("plan-refusal-no-nodes", cluster = name)));
    }
    // Whether a Windows Server 2003 node needs SP2 first must be known.
    if let Some((node, os)) = (state.nodes.iter())
        .filter_map(|n| Some((n, n.os.as_ref()?)))
        .find(|(_, os)| os.family == Family::Server2003 && os.service_pack_below(2).is_none())
    {
        let refusal = Message::new("plan-refusal-service-pack-unknown")
            .arg("node", node.name)
            .arg("product", os.product());
        return Err(Refusal(refusal));
    }
    // A CMS moves only with Move-ClusteredMailboxServer, any other group with cluster.exe: a
    // group of unknown kind (a `type` the schema rejects, or a group only `cluster group` lists)
    // cannot be moved safely either way.
    if let Some(g) = state.groups.iter().find(|g| g.kind == GroupKind::Unknown) {
        return Err(Refusal(msg!("plan-refusal-unknown-kind", group = g.name)));
    }
    if let Some(node) = state.nodes.iter().find(|n| {
        n.exchange
            .is_some_and(|v| v.service_pack > target.service_pack)
    }) {
        let refusal = Message::new("plan-refusal-downgrade")
            .arg("node", node.name)
            .arg("version", node.exchange.expect("checked").level_name())
            .arg("target", target.level_name());
        return Err(Refusal(refusal));
    }
    if let Some(g) = state
        .groups
        .iter()
        .find(|g| g.is_cms() && g.owner.is_none())
    {
        return Err(Refusal(msg!("plan-refusal-cms-no-owner", cms = g.name)));
    }
    if let Some(node) =
        (0..state.nodes.len()).find(|&n| state.groups_of(n).filter(|(_, g)| g.is_cms()).count() > 1)
    {
        let node = state.nodes[node].name;
        return Err(Refusal(msg!("plan-refusal-several-cms", node = node)));
    }
    if !state.groups.iter().any(|g| g.is_cms()) {
        return Err(Refusal(msg!("plan-refusal-no-cms", cluster = name)));
    }
    if (0..state.nodes.len()).all(|n| state.is_active(n)) {
        return Err(Refusal(msg!("plan-refusal-no-passive", cluster = name)));
    }
    Ok(())
}

/// A YAML string that is always valid whatever the name holds: JSON string syntax is a
/// subset of YAML's double-quoted scalars.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialise")
}

impl WrittenPlan {
    /// A `plans:` inventory document, its comment in `lang`.
    pub fn to_yaml(&self, invocation: &str, lang: Lang) -> String {
        let mut out = String::new();
        let written = msg!("plan-yaml-written-by", invocation = invocation);
        let _ = writeln!(out, "# {}", written.render(lang));
        out.push_str("cmslint: 1\nplans:\n");
        let _ = writeln!(out, "  - name: {}", quoted(&self.name));
        let _ = writeln!(out, "    cluster: {}", quoted(&self.cluster));
        let _ = writeln!(out, "    target: {}", self.target.level_name());
        if let Some((start, end)) = &self.window {
            let _ = writeln!(
                out,
                "    window: {{ start: {}, end: {} }}",
                quoted(start),
                quoted(end)
            );
        }
        if self.steps.is_empty() {
            out.push_str("    steps: []\n");
            return out;
        }
        out.push_str("    steps:\n");
        for step in &self.steps {
            match step {
                PlannedStep::Run { command, on, .. } => {
                    let _ = writeln!(out, "      - run: {}", quoted(command));
                    if let Some(on) = on {
                        let _ = writeln!(out, "        on: {}", quoted(on));
                    }
                }
                PlannedStep::InstallServicePack { node, service_pack } => {
                    out.push_str("      - action: install-windows-service-pack\n");
                    let _ = writeln!(out, "        node: {}", quoted(node));
                    let _ = writeln!(out, "        servicePack: {service_pack}");
                }
            }
        }
        out
    }

    /// A runbook an operator follows, in `lang`: one command per step and where to type it.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let label = self.target.level_name();
        let mut out = String::new();
        let title = msg!("plan-md-title", cluster = md(&self.cluster), target = label);
        let _ = writeln!(out, "# {}\n", title.render(lang));
        if let Some(kind) = self.kind {
            let _ = writeln!(out, "{}", msg!("plan-md-kind", kind = kind).render(lang));
        }
        let window = match &self.window {
            Some((start, end)) => msg!("plan-md-window", start = md(start), end = md(end)),
            None => msg!("plan-md-no-window"),
        };
        let _ = writeln!(out, "{}\n", window.render(lang));
        let _ = writeln!(out, "{}", lang.text("plan-md-downtime"));
        if self.steps.is_empty() {
            let _ = writeln!(out, "\n{}", lang.text("plan-md-nothing"));
        }
        for (i, step) in self.steps.iter().enumerate() {
            let (command, on, why) = match step {
                PlannedStep::Run { command, on, why } => (command.clone(), on.clone(), why.clone()),
                PlannedStep::InstallServicePack { node, service_pack } => (
                    format!(
                        "WindowsServer2003-KB914961-SP{service_pack}-x64-ENU.exe /passive /norestart"
                    ),
                    Some(node.clone()),
                    Message::new("plan-step-install-service-pack")
                        .arg("node", node)
                        .arg("service_pack", *service_pack),
                ),
            };
            let place = match &on {
                Some(node) => msg!("plan-md-run-on", node = md(node)),
                None if command.starts_with("Cluster.exe") => msg!("plan-md-run-any-node"),
                None => msg!("plan-md-run-in-shell"),
            };
            let why = md(&why.render(lang));
            let step = msg!("plan-md-step", number = i + 1, why = why);
            let _ = writeln!(out, "\n## {}\n", step.render(lang));
            let _ = writeln!(out, "{}\n", place.render(lang));
            let fence = if command.contains("```") {
                "~~~~"
            } else {
                "```"
            };
            let _ = writeln!(out, "{fence}\n{command}\n{fence}");
        }
        out
    }
}

/// Escapes Markdown inline syntax and folds line breaks, so names from the inventory cannot
/// break the runbook's layout.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
