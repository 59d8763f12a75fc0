//! PRE201 windows-2003-sp2-missing: a step upgrades a node (Setup `/mode:upgrade` or the
//! wizard) or the CMS on it (`/upgradecms`) while the node runs Windows Server 2003 below SP2 at
//! that point of the plan. An earlier `install-windows-service-pack` step fixes it.

use crate::engine::{Input, Rule, Sink, UnknownFact};
use crate::model::{Family, Step, WindowsVersion};
use crate::plan::replay::{Action, Replay, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE201.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replayed in walk(input.replays) {
        let (node, what) = match *replayed.action {
            Action::UpgradeNode { node, .. } => (node, "upgrades Exchange on"),
            Action::UpgradeCms { node, .. } => (node, "upgrades the CMS on"),
            _ => continue,
        };
        let replay = replayed.replay;
        let state = &replayed.before.nodes[node];
        let step = replayed.step;
        let Some(os) = state.os.as_ref() else {
            unknown_windows(replay, node, step, sink);
            continue;
        };
        if os.family != Family::Server2003 {
            continue;
        }
        match os.service_pack_below(2) {
            Some(true) => {}
            Some(false) => continue,
            None => {
                unknown_service_pack(replay, node, os, step, sink);
                continue;
            }
        }
        let runs = if os.service_pack == Some(0) {
            format!("{} without a service pack", os.product())
        } else {
            os.to_string()
        };
        let target = replay.target.map_or_else(
            || replay.plan.target.text.clone(),
            |t| t.level_name().into(),
        );
        sink.report_step(
            replayed,
            format!(
                "step {} {what} {}, which runs {runs}, not SP2, at that point",
                step.number, state.name
            ),
        )
        .primary_label(format!(
            "{} is not on Windows Server 2003 SP2 yet",
            state.name
        ))
        .label(state.span, format!("{} runs {runs}", state.name))
        .note(format!(
            "cluster nodes must run Windows Server 2003 Service Pack 2 before they are \
             upgraded to Exchange 2007 {target}"
        ))
        .help(format!(
            "install Windows Server 2003 SP2 on {} first: insert this step before step {}",
            state.name, step.number
        ))
        .fix(format!(
            "{{action: install-windows-service-pack, node: {}, servicePack: 2}}",
            state.name
        ));
    }
}

/// The step that PRE201 could not judge, for INV010.
fn skipped(replay: &Replay, step: &Step) -> String {
    format!("step {} of plan {}", step.number, replay.plan.name.text)
}

/// A node without `os`: whether it runs Windows Server 2003 SP2 is unknown (INV010). A value
/// that is given but not understood is INV005's.
fn unknown_windows(replay: &Replay, node: usize, step: &Step, sink: &mut Sink) {
    let Some(defined) = replay.cluster.nodes.get(node).filter(|n| n.os.is_none()) else {
        return;
    };
    let name = &defined.name.text;
    sink.unknown(UnknownFact {
        entity: replay.cluster.node_entity(defined),
        span: defined.name.span,
        fact: format!("the Windows version of {name}"),
        label: "no `os` given".to_string(),
        why: None,
        skipped: skipped(replay, step),
        how: "os: Windows Server 2003 R2 Enterprise x64 Edition SP2".to_string(),
    });
}

/// A Windows Server 2003 node whose service pack no source gives, and whose edition's minimum
/// does not settle SP2 (INV010).
fn unknown_service_pack(
    replay: &Replay,
    node: usize,
    os: &WindowsVersion,
    step: &Step,
    sink: &mut Sink,
) {
    let Some(defined) = replay.cluster.nodes.get(node) else {
        return;
    };
    // Only a service pack the inventory leaves out: one a plan step made unknown is not.
    let Some(field) =
        (defined.os.as_ref()).filter(|f| f.known().is_some_and(|v| v.service_pack.is_none()))
    else {
        return;
    };
    let name = &defined.name.text;
    let minimum = match os.min_service_pack {
        0 => String::new(),
        n => format!(
            "; {} is at least SP{n}, which does not settle SP2",
            os.product()
        ),
    };
    // The form the value was written in, with the service pack beside it.
    let text = field.text.trim();
    let how = if text.starts_with(|c: char| c.is_ascii_digit()) {
        format!("os: {{ version: \"{text}\", servicePack: 2 }}")
    } else {
        format!("os: {{ name: {text}, servicePack: 2 }}")
    };
    sink.unknown(UnknownFact {
        entity: replay.cluster.node_entity(defined),
        span: field.span,
        fact: format!("the Windows service pack of {name}"),
        label: "names no service pack".to_string(),
        why: Some(format!(
            "a Windows caption names no service pack (systeminfo's OS Name and WMI's Caption \
             never do){minimum}"
        )),
        skipped: skipped(replay, step),
        how,
    });
}
