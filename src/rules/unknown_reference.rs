//! INV004 unknown-reference: an owner, plan cluster, `on:` node, command argument, `manages`
//! entry or migration end that names nothing defined.

use crate::engine::{Input, Joiner, Rule, Sink, join, join_names};
use crate::i18n::{Arg, Message};
use crate::model::{Cluster, Inventory, Plan, Step, StepKind, computer_name};
use crate::msg;
use crate::plan::replay::other_cluster;
use crate::runbook::{Command, GroupOp};
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV004.md"),
    doc_ja: include_str!("../../rules/ja/INV004.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for cluster in &inv.clusters {
        for group in &cluster.groups {
            if let Some(owner) = &group.owner
                && cluster.owner_of(group).is_none()
            {
                let message = Message::new("inv004-owner-message")
                    .arg("group", &group.name.text)
                    .arg("owner", &owner.text)
                    .arg("cluster", &cluster.name.text);
                sink.report(cluster.group_entity(group), owner.span, message)
                    .primary_label(msg!("inv004-owner-label"))
                    .label(cluster.name.span, msg!("inv004-owner-label-cluster"))
                    .help(known_names(cluster, false));
            }
        }
    }
    // The replays are in plan order, one for each plan whose cluster is defined.
    let mut replays = input.replays.iter().peekable();
    for plan in &inv.plans {
        match inv.cluster(&plan.cluster.text) {
            None => {
                let (name, c) = (&plan.name.text, &plan.cluster.text);
                let message = msg!("inv004-plan-message", plan = name, cluster = c);
                sink.report(plan.entity(), plan.cluster.span, message)
                    .primary_label(msg!("inv004-label-unknown-cluster"))
                    .help(msg!("inv004-plan-help"));
            }
            Some(cluster) => {
                let replay = replays.next_if(|r| std::ptr::eq(r.plan, plan));
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
                let (name, text) = (&ws.name.text, &entry.text);
                let message = msg!("inv004-manages-message", workstation = name, entry = text);
                sink.report(ws.entity(), entry.span, message)
                    .primary_label(msg!("inv004-manages-label"))
                    .help(msg!("inv004-manages-help"));
            }
        }
    }
    for migration in &inv.migrations {
        for end in [&migration.from, &migration.to] {
            if inv.cluster(&end.text).is_none() {
                let message = msg!("inv004-migration-message", cluster = &end.text);
                sink.report(migration.entity(), end.span, message)
                    .primary_label(msg!("inv004-label-unknown-cluster"))
                    .help(msg!("inv004-migration-help"));
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
    note: Option<impl Into<Message>>,
    sink: &mut Sink,
) {
    // (name, where, kind): the kind is the key the messages name it by (node, group or CMS).
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
    let Some(((first, span, kind), rest)) = unknown.split_first() else {
        return;
    };
    let names = unknown
        .iter()
        .map(|(name, _, kind)| msg!("inv004-step-name", kind = *kind, name = name));
    let message = Message::new("inv004-step-message")
        .arg("step", step.number)
        .arg("names", join(names, Joiner::And))
        .arg("cluster", &cluster.name.text);
    let finding = sink.report(plan.step_entity(step), *span, message);
    finding.primary_label(msg!("inv004-step-label", kind = *kind, name = first));
    for (name, span, kind) in rest {
        finding.label(*span, msg!("inv004-step-label", kind = *kind, name = name));
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
    let own = &cluster.name.text;
    let message = Message::new("inv004-foreign")
        .arg("step", step.number)
        .arg("named", named)
        .arg("cluster", own)
        .arg("plan", &plan.name.text);
    let finding = sink.report(plan.step_entity(step), step.span, message);
    finding.primary_label(match other {
        Some(_) => msg!("inv004-foreign-label-defined", named = named),
        None => msg!("inv004-foreign-label-none", named = named),
    });
    finding.note(msg!("inv004-foreign-note", cluster = own));
    let name = computer_name(own);
    finding.help(match other {
        Some(other) => {
            let other = &other.name.text;
            msg!("inv004-foreign-help-other", other = other, name = name)
        }
        None => {
            let names: Vec<&str> = inv.clusters.iter().map(|c| c.name.text.as_str()).collect();
            Message::new("inv004-foreign-help")
                .arg("count", names.len())
                .arg("clusters", join_names(&names, Joiner::Comma))
                .arg("name", name)
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
fn known_names(cluster: &Cluster, groups: bool) -> Message {
    // `nodes EXNODE1, EXNODE2`, or `no nodes`.
    let part = |names: Vec<&str>, some: Message, none: Message| {
        if names.is_empty() {
            none
        } else {
            some.arg("names", join_names(&names, Joiner::Comma))
        }
    };
    let nodes: Vec<&str> = cluster.nodes.iter().map(|n| n.name.text.as_str()).collect();
    let cms: Vec<&str> = cluster.cms_groups().map(|g| g.name.text.as_str()).collect();
    let mut parts = vec![
        part(nodes, msg!("inv004-has-nodes"), msg!("inv004-has-no-nodes")),
        part(cms, msg!("inv004-has-cms"), msg!("inv004-has-no-cms")),
    ];
    if groups {
        let others: Vec<&str> = (cluster.groups.iter())
            .filter(|g| !g.is_cms())
            .map(|g| g.name.text.as_str())
            .collect();
        let (some, none) = (
            msg!("inv004-has-other-groups"),
            msg!("inv004-has-no-other-groups"),
        );
        parts.push(part(others, some, none));
    }
    let parts = Arg::List(parts);
    msg!("inv004-known", cluster = &cluster.name.text, parts = parts)
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

    #[test]
    fn the_findings_read_in_japanese() {
        let yaml = format!(
            "{CLUSTER}plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {{run: cluster group \"Cluster Grp\" /move:EXNODE09, on: EXNODE9}}
      - {{run: cluster EXCLU02 group \"Cluster Group\" /move:EXNODE02}}
"
        );
        let findings = findings_of("INV004", &yaml);
        let texts: Vec<_> = findings.iter().map(|f| f.texts(Lang::Ja)).collect();
        let [unknown, other] = texts.as_slice() else {
            panic!("{texts:#?}");
        };
        assert_eq!(
            unknown.message,
            "ステップ 1 が指定している名前のうち、ノード `EXNODE9`、グループ `Cluster Grp`、ノード \
             `EXNODE09` はクラスタ EXCLU01 にない"
        );
        assert_eq!(unknown.label, "不明なノード `EXNODE9`");
        assert_eq!(
            unknown.labels,
            ["不明なグループ `Cluster Grp`", "不明なノード `EXNODE09`"]
        );
        assert_eq!(
            unknown.help.as_deref(),
            Some(
                "クラスタ EXCLU01 の内容は、ノード (EXNODE01、EXNODE02)、CMS (EXCMS01)、その他のグループ \
                 (Cluster Group) である"
            )
        );
        assert_eq!(
            other.message,
            "ステップ 2 は、計画 sp2 のクラスタ EXCLU01 ではなく、クラスタ `EXCLU02` に対して \
             cluster.exe を実行する"
        );
        assert_eq!(other.label, "クラスタ `EXCLU02` は定義されていない");
        assert_eq!(
            other.help.as_deref(),
            Some(
                "インベントリで定義されているクラスタは EXCLU01 である。EXCLU01 を指定するか、クラスタを\
                 指定しない (実行するノードのクラスタに対して動作させる)"
            )
        );
    }
}
