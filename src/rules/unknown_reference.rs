//! INV004 unknown-reference: an owner, plan cluster, `on:` node, command argument, `manages`
//! entry or migration end that names nothing defined.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Cluster, Inventory, Plan, Step, StepKind, computer_name};
use crate::plan::replay::other_cluster;
use crate::runbook::{Command, GroupOp};
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV004.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for cluster in &inv.clusters {
        for group in &cluster.groups {
            if let Some(owner) = &group.owner
                && cluster.node(&owner.text).is_none()
            {
                sink.report(
                    cluster.group_entity(group),
                    owner.span,
                    format!(
                        "group `{}` is owned by `{}`, which is not a node of cluster {}",
                        group.name.text, owner.text, cluster.name.text
                    ),
                )
                .primary_label("not a node of this cluster")
                .label(cluster.name.span, "cluster defined here")
                .help(known_names(cluster, false));
            }
        }
    }
    for plan in &inv.plans {
        match inv.cluster(&plan.cluster.text) {
            None => {
                sink.report(
                    plan.entity(),
                    plan.cluster.span,
                    format!(
                        "plan `{}` is for cluster `{}`, which the inventory does not define",
                        plan.name.text, plan.cluster.text
                    ),
                )
                .primary_label("unknown cluster")
                .help("define the cluster under `clusters:` or correct the name");
            }
            Some(cluster) => {
                let replay = input.replays.iter().find(|r| std::ptr::eq(r.plan, plan));
                for step in &plan.steps {
                    let note = replay.and_then(|r| r.stop_note(step));
                    check_step(inv, cluster, plan, step, note, sink);
                }
            }
        }
    }
    for ws in &inv.workstations {
        for entry in &ws.manages {
            // A group whose type is not understood may be the CMS the entry names.
            let known = inv.cms(&entry.text).is_some()
                || inv.cluster(&entry.text).is_some()
                || inv.server(&entry.text).is_some()
                || inv.may_be_cms(&entry.text);
            if !known {
                sink.report(
                    ws.entity(),
                    entry.span,
                    format!(
                        "workstation {} manages `{}`, which is neither a CMS, a cluster nor a server of the inventory",
                        ws.name.text, entry.text
                    ),
                )
                .primary_label("unknown name")
                .help("name a CMS, a cluster or a stand-alone server defined in the inventory");
            }
        }
    }
    for migration in &inv.migrations {
        for end in [&migration.from, &migration.to] {
            if inv.cluster(&end.text).is_none() {
                sink.report(
                    migration.entity(),
                    end.span,
                    format!(
                        "migration names cluster `{}`, which the inventory does not define",
                        end.text
                    ),
                )
                .primary_label("unknown cluster")
                .help("define both clusters under `clusters:` (the new one as it will be built)");
            }
        }
    }
}

/// Reports what a step names that the plan's cluster does not have; `note` says what the replay
/// could not judge when it stopped at this step.
fn check_step(
    inv: &Inventory,
    cluster: &Cluster,
    plan: &Plan,
    step: &Step,
    note: Option<crate::i18n::Message>,
    sink: &mut Sink,
) {
    let mut unknown: Vec<(String, Span, &str)> = Vec::new();
    let node = |name: &str, span: Span, unknown: &mut Vec<(String, Span, &str)>| {
        if cluster.node(name).is_none() {
            unknown.push((name.to_string(), span, "node"));
        }
    };
    if let Some(on) = &step.on {
        node(&on.text, on.span, &mut unknown);
    }
    // A step that acts on another cluster names that cluster's group and node.
    let other = other_cluster(step, cluster);
    if let Some(named) = other {
        report_other_cluster(inv, cluster, plan, step, named, sink);
    }
    match &step.kind {
        StepKind::Run {
            command: Ok(command),
            ..
        } if other.is_none() => match command {
            Command::ClusterGroup { group, op, .. } => {
                if !cluster.groups.iter().any(|g| g.name.is(group)) {
                    unknown.push((group.clone(), step.span, "group"));
                }
                if let GroupOp::Move { node: target } = op {
                    node(target, step.span, &mut unknown);
                }
            }
            Command::StopCms { identity } | Command::StartCms { identity } => {
                cms(inv, cluster, identity, step.span, &mut unknown);
            }
            Command::MoveCms { identity, target } => {
                cms(inv, cluster, identity, step.span, &mut unknown);
                node(target, step.span, &mut unknown);
            }
            Command::Setup { .. } => {}
        },
        StepKind::InstallWindowsServicePack { node: n, .. }
        | StepKind::RemoveUpdateRollup { node: n }
        | StepKind::UpgradeOs { node: n, .. } => node(&n.text, n.span, &mut unknown),
        StepKind::Run { .. } | StepKind::Note => {}
    }
    if unknown.is_empty() {
        return;
    }
    let names: Vec<String> = unknown
        .iter()
        .map(|(name, _, kind)| format!("{kind} `{name}`"))
        .collect();
    let finding = sink.report(
        plan.step_entity(step),
        unknown[0].1,
        format!(
            "step {} names {}, not in cluster {}",
            step.number,
            names.join(" and "),
            cluster.name.text
        ),
    );
    finding.primary_label(format!("unknown {} `{}`", unknown[0].2, unknown[0].0));
    for (name, span, kind) in &unknown[1..] {
        finding.label(*span, format!("unknown {kind} `{name}`"));
    }
    if let Some(note) = note {
        finding.note(note);
    }
    let groups = unknown.iter().any(|(_, _, kind)| *kind == "group");
    finding.help(known_names(cluster, groups));
}

/// A `cluster.exe` step whose `/cluster:` switch (or first argument) names a cluster other than
/// the plan's: another cluster of the inventory (a step pasted from its runbook) or none (a typo).
fn report_other_cluster(
    inv: &Inventory,
    cluster: &Cluster,
    plan: &Plan,
    step: &Step,
    named: &str,
    sink: &mut Sink,
) {
    let other = inv.cluster(named);
    let finding = sink.report(
        plan.step_entity(step),
        step.span,
        format!(
            "step {} runs cluster.exe against cluster `{named}`, not against {}, the cluster of plan {}",
            step.number, cluster.name.text, plan.name.text
        ),
    );
    finding.primary_label(match other {
        Some(_) => format!("`{named}` is another cluster of the inventory"),
        None => format!("no cluster `{named}` is defined"),
    });
    finding.note(format!(
        "cluster.exe acts on the cluster its `/cluster:` switch or first argument names, so this \
         step leaves {} as it is: cmslint does not replay it, and judges the later steps as if \
         it did nothing",
        cluster.name.text
    ));
    let name = computer_name(&cluster.name.text);
    finding.help(match other {
        Some(other) => format!(
            "this step belongs to the runbook of {}: delete it, or name {name} (or no cluster, \
             to act on the cluster of the node it runs on)",
            other.name.text
        ),
        None => {
            let names: Vec<&str> = inv.clusters.iter().map(|c| c.name.text.as_str()).collect();
            format!(
                "the inventory defines cluster{} {}: name {name}, or no cluster (to act on the \
                 cluster of the node it runs on)",
                if names.len() == 1 { "" } else { "s" },
                names.join(", ")
            )
        }
    });
}

fn cms(
    inv: &Inventory,
    cluster: &Cluster,
    identity: &str,
    span: Span,
    unknown: &mut Vec<(String, Span, &str)>,
) {
    // A group whose type is not understood may be the CMS.
    let in_cluster = (cluster.groups.iter()).any(|g| g.may_be_cms() && g.name.is(identity));
    if !in_cluster
        && inv
            .cms(identity)
            .is_none_or(|(c, _)| !c.name.is(&cluster.name.text))
    {
        unknown.push((identity.to_string(), span, "CMS"));
    }
}

/// `cluster EXCLU01 has nodes EXNODE1, EXNODE2 and CMS EXCMS01`, and its other groups too when
/// `groups`.
fn known_names(cluster: &Cluster, groups: bool) -> String {
    let list = |kind: &str, names: Vec<&str>| {
        if names.is_empty() {
            format!("no {kind}")
        } else {
            format!("{kind} {}", names.join(", "))
        }
    };
    let mut parts = vec![
        list(
            "nodes",
            cluster.nodes.iter().map(|n| n.name.text.as_str()).collect(),
        ),
        list(
            "CMS",
            cluster.cms_groups().map(|g| g.name.text.as_str()).collect(),
        ),
    ];
    if groups {
        parts.push(list(
            "other groups",
            (cluster.groups.iter())
                .filter(|g| !g.is_cms())
                .map(|g| g.name.text.as_str())
                .collect(),
        ));
    }
    let (last, init) = parts.split_last().expect("two parts or more");
    format!(
        "cluster {} has {} and {last}",
        cluster.name.text,
        init.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    const CLUSTER: &str = "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE01, exchange: RTM}, {name: EXNODE02, exchange: RTM}]
    groups:
      - {name: Cluster Group, owner: EXNODE01}
      - {name: EXCMS01, type: cms, owner: EXNODE01}
";

    /// The first step the replay cannot follow says that the later steps are not judged.
    #[test]
    fn the_step_that_stops_the_replay_says_so() {
        let yaml = format!(
            "{CLUSTER}plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {{run: Restart-Computer EXNODE02}}
      - {{run: setup.com /mode:upgrade, on: EXNODE2}}
      - {{run: cluster group \"Cluster Grp\" /move:EXNODE02}}
      - {{run: setup.com /mode:upgrade, on: EXNODE01}}
"
        );
        let findings = findings_of("INV004", &yaml);
        let texts: Vec<_> = findings.iter().map(|f| f.texts(Lang::En)).collect();
        let summary: Vec<(&str, &[String], Option<&str>)> = texts
            .iter()
            .map(|t| (t.message.as_str(), t.notes.as_slice(), t.help.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "step 2 names node `EXNODE2`, not in cluster EXCLU01",
                    &[
                        "cmslint cannot replay step 2 without knowing what it acts on, and every \
                       later state of the cluster would be a guess: steps 3 to 4 of plan sp2 are \
                       not judged"
                            .to_string()
                    ][..],
                    Some("cluster EXCLU01 has nodes EXNODE01, EXNODE02 and CMS EXCMS01"),
                ),
                (
                    "step 3 names group `Cluster Grp`, not in cluster EXCLU01",
                    &[][..],
                    Some(
                        "cluster EXCLU01 has nodes EXNODE01, EXNODE02, CMS EXCMS01 and other \
                         groups Cluster Group"
                    ),
                ),
            ]
        );
    }
}
