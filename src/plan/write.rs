//! Writing the documented upgrade procedure for a cluster as it stands (`cmslint plan`):
//! Windows Server 2003 SP2 where missing, empty the passive nodes, upgrade them with Setup.com,
//! move each CMS to an upgraded node and run `setup.com /upgradecms` there, then empty and
//! upgrade the old active nodes. The result is a `plans:` document or a Markdown runbook.

use crate::model::{Cluster, ExchangeVersion, Family, GroupKind, Inventory, computer_name};
use crate::plan::replay::State;
use std::fmt::Write as _;

/// One step of a written plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlannedStep {
    /// A command, typed on `on` (a node) or, when `None`, on any node of the cluster.
    Run {
        command: String,
        on: Option<String>,
        why: String,
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
pub struct Refusal(pub String);

/// Writes the procedure for `cluster_name` to `target` (SP1 or SP2).
pub fn write_plan(
    inventory: &Inventory,
    cluster_name: &str,
    target: ExchangeVersion,
    window: Option<(String, String)>,
) -> Result<WrittenPlan, Refusal> {
    let cluster = inventory
        .cluster(cluster_name)
        .ok_or_else(|| Refusal(format!("the inventory defines no cluster `{cluster_name}`")))?;
    if !matches!(target.service_pack, 1 | 2) {
        return Err(Refusal(format!(
            "the documented procedure upgrades to SP1 or SP2, not {}",
            target.level_name()
        )));
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
        let why = format!(
            "to {}: the inventory does not say which node owns it, and no passive node may keep it",
            state.nodes[actives[0]].name
        );
        move_group(&mut state, g, actives[0], &why, &mut steps);
    }
    for &p in &passives {
        empty_node(&mut state, p, actives[0], &mut steps);
    }
    for &p in &passives {
        if below(&state, p) {
            steps.push(PlannedStep::Run {
                command: "setup.com /mode:upgrade".into(),
                on: Some(state.nodes[p].name.to_string()),
                why: format!(
                    "upgrade passive node {} to {label}; the CMS stay online",
                    state.nodes[p].name
                ),
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
            why: format!("take {name} offline; downtime for its users begins"),
        });
        let destination = if below(&state, owner) {
            let to = free.pop_front().expect("checked: a passive node exists");
            steps.push(PlannedStep::Run {
                command: format!(
                    "Move-ClusteredMailboxServer {name} -TargetMachine {} -MoveComment \"{label} upgrade\"",
                    computer_name(state.nodes[to].name)
                ),
                on: None,
                why: format!("move {name} to upgraded node {}", state.nodes[to].name),
            });
            state.groups[g].owner = Some(to);
            to
        } else {
            owner
        };
        steps.push(PlannedStep::Run {
            command: "setup.com /upgradecms".into(),
            on: Some(state.nodes[destination].name.to_string()),
            why: format!("upgrade {name} to {label} and bring it online"),
        });
        state.groups[g].version = Some(target);
        if destination != owner && !state.is_active(owner) {
            // 5. The node the CMS left is passive now: empty it and upgrade it.
            empty_node(&mut state, owner, destination, &mut steps);
            steps.push(PlannedStep::Run {
                command: "setup.com /mode:upgrade".into(),
                on: Some(state.nodes[owner].name.to_string()),
                why: format!(
                    "upgrade the original active node {} to {label}",
                    state.nodes[owner].name
                ),
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
        let off = format!("off {} before it is upgraded", state.nodes[node].name);
        move_group(state, g, to, &off, steps);
    }
}

/// Moves group `g` to node `to` with cluster.exe; `why` ends the step's reason.
fn move_group(state: &mut State, g: usize, to: usize, why: &str, steps: &mut Vec<PlannedStep>) {
    let name = state.groups[g].name;
    steps.push(PlannedStep::Run {
        command: format!(
            "Cluster.exe group \"{name}\" /move:{}",
            computer_name(state.nodes[to].name)
        ),
        on: None,
        why: format!("move \"{name}\" {why}"),
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
        return Err(Refusal(format!("cluster {name} defines no nodes")));
    }
    // Whether a Windows Server 2003 node needs SP2 first must be known.
    if let Some((node, os)) = (state.nodes.iter())
        .filter_map(|n| Some((n, n.os.as_ref()?)))
        .find(|(_, os)| os.family == Family::Server2003 && os.service_pack_below(2).is_none())
    {
        return Err(Refusal(format!(
            "the Windows service pack of {} is unknown ({} names none), so whether it needs \
             Windows Server 2003 SP2 first is unknown; state it, e.g. `os: {{ name: {}, \
             servicePack: 2 }}`",
            node.name,
            os.product(),
            os.product()
        )));
    }
    // A CMS moves only with Move-ClusteredMailboxServer, any other group with cluster.exe: a
    // group of unknown kind (a `type` the schema rejects, or a group only `cluster group` lists)
    // cannot be moved safely either way.
    if let Some(g) = state.groups.iter().find(|g| g.kind == GroupKind::Unknown) {
        return Err(Refusal(format!(
            "no source says whether group \"{}\" is a CMS (a `type` the format does not take \
             says nothing), so it cannot be moved safely; give it its type in the inventory \
             (`type: cms`, `type: cluster` or `type: other`), or export `cluster res` or the \
             status of every CMS",
            g.name
        )));
    }
    if let Some(node) = state.nodes.iter().find(|n| {
        n.exchange
            .is_some_and(|v| v.service_pack > target.service_pack)
    }) {
        return Err(Refusal(format!(
            "node {} already runs {}, above {}; Exchange cannot be downgraded",
            node.name,
            node.exchange.expect("checked").level_name(),
            target.level_name()
        )));
    }
    if let Some(g) = state
        .groups
        .iter()
        .find(|g| g.is_cms() && g.owner.is_none())
    {
        return Err(Refusal(format!(
            "CMS {} has no owner node in the inventory, so the procedure cannot be planned",
            g.name
        )));
    }
    if let Some(node) =
        (0..state.nodes.len()).find(|&n| state.groups_of(n).filter(|(_, g)| g.is_cms()).count() > 1)
    {
        return Err(Refusal(format!(
            "node {} owns several CMS, but an Exchange 2007 cluster node runs one CMS at a time; correct the inventory",
            state.nodes[node].name
        )));
    }
    if !state.groups.iter().any(|g| g.is_cms()) {
        return Err(Refusal(format!(
            "cluster {name} has no clustered mailbox server to upgrade"
        )));
    }
    if (0..state.nodes.len()).all(|n| state.is_active(n)) {
        return Err(Refusal(format!(
            "no passive node: every node of {name} owns a CMS, and only passive nodes can be upgraded; add a node or move a CMS so that one node owns none"
        )));
    }
    Ok(())
}

/// A YAML string that is always valid whatever the name holds: JSON string syntax is a
/// subset of YAML's double-quoted scalars.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialise")
}

impl WrittenPlan {
    /// A `plans:` inventory document.
    pub fn to_yaml(&self, invocation: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Written by `{invocation}`. Check it with `cmslint check`."
        );
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

    /// A runbook an operator follows: one command per step and where to type it.
    pub fn to_markdown(&self) -> String {
        let label = self.target.level_name();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Upgrade cluster {} to Exchange Server 2007 {label}\n",
            md(&self.cluster)
        );
        if let Some(kind) = self.kind {
            let _ = writeln!(out, "Cluster type: {kind}.");
        }
        match &self.window {
            Some((start, end)) => {
                let _ = writeln!(out, "Maintenance window: {} to {}.\n", md(start), md(end));
            }
            None => out.push_str("Maintenance window: none declared; plan for downtime.\n\n"),
        }
        out.push_str(
            "Downtime begins when a clustered mailbox server is stopped and ends when \
             `setup.com /upgradecms` brings it online. Run `cluster.exe` on any node of the \
             cluster and the `*-ClusteredMailboxServer` cmdlets in the Exchange Management Shell.\n",
        );
        if self.steps.is_empty() {
            out.push_str("\nNothing to do: every node and CMS already runs the target.\n");
        }
        for (i, step) in self.steps.iter().enumerate() {
            let (command, on, why) = match step {
                PlannedStep::Run { command, on, why } => (command.clone(), on.clone(), why.clone()),
                PlannedStep::InstallServicePack { node, service_pack } => (
                    format!(
                        "WindowsServer2003-KB914961-SP{service_pack}-x64-ENU.exe /passive /norestart"
                    ),
                    Some(node.clone()),
                    format!(
                        "install Windows Server 2003 SP{service_pack} on {node} (use the package for its architecture and language), then restart it"
                    ),
                ),
            };
            let place = match &on {
                Some(node) => format!("on {}", md(node)),
                None if command.starts_with("Cluster.exe") => "on any node".to_string(),
                None => "in the Exchange Management Shell".to_string(),
            };
            let _ = writeln!(out, "\n## Step {}: {}\n", i + 1, md(&why));
            let _ = writeln!(out, "Run {place}:\n");
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
