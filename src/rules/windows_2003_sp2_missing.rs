//! PRE201 windows-2003-sp2-missing: a step upgrades a node (Setup `/mode:upgrade` or the
//! wizard) or the CMS on it (`/upgradecms`) while the node runs Windows Server 2003 below SP2 at
//! that point of the plan. An earlier `install-windows-service-pack` step fixes it.

use crate::engine::{Input, Rule, Sink, UnknownFact};
use crate::i18n::Message;
use crate::model::{Family, Property, Step, WindowsVersion};
use crate::msg;
use crate::plan::replay::{Action, Replay, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE201.md"),
    doc_ja: include_str!("../../rules/ja/PRE201.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
        let (node, upgrades_cms) = match *replayed.action {
            Action::UpgradeNode { node, .. } => (node, false),
            Action::UpgradeCms { node, .. } => (node, true),
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
        let product = os.product();
        let runs = || match os.service_pack {
            Some(0) => msg!("pre201-without-service-pack", product = product),
            _ => Message::verbatim(os.to_string()),
        };
        let target = replay.target.map_or_else(
            || replay.plan.target.text.clone(),
            |t| t.level_name().into(),
        );
        let node = state.name.to_string();
        let (n, node) = (step.number, node.as_str());
        let message = if upgrades_cms {
            msg!("pre201-message-cms", step = n, node = node, os = runs())
        } else {
            msg!("pre201-message-node", step = n, node = node, os = runs())
        };
        sink.report_step(replayed, message)
            .primary_label(msg!("pre201-label-not-sp2", node = node))
            .label(
                state.span,
                msg!("pre201-label-runs", node = node, os = runs()),
            )
            .note(msg!("pre201-note", target = target))
            .help(msg!("pre201-help", node = node, step = n))
            .fix(Message::verbatim(format!(
                "{{action: install-windows-service-pack, node: {node}, servicePack: 2}}"
            )));
    }
}

/// The step that PRE201 could not judge, for INV010.
fn skipped(replay: &Replay, step: &Step) -> Message {
    let plan = &replay.plan.name.text;
    msg!("pre201-skipped", step = step.number, plan = plan)
}

/// A node without `os`: whether it runs Windows Server 2003 SP2 is unknown (INV010). A value
/// that is given but not understood is INV005's.
fn unknown_windows(replay: &Replay, node: usize, step: &Step, sink: &mut Sink) {
    let Some(defined) = replay.cluster.nodes.get(node).filter(|n| n.os.is_none()) else {
        return;
    };
    sink.unknown(UnknownFact {
        entity: replay.cluster.node_entity(defined),
        property: Property::WindowsVersion,
        span: defined.name.span,
        fact: msg!("pre201-fact-windows", node = &defined.name.text),
        label: msg!("pre201-label-no-os"),
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
    let product = os.product();
    let why = match os.min_service_pack {
        0 => msg!("pre201-why-caption"),
        n => msg!("pre201-why-minimum", product = product, minimum = n),
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
        property: Property::ServicePack,
        span: field.span,
        fact: msg!("pre201-fact-service-pack", node = &defined.name.text),
        label: msg!("pre201-label-no-service-pack"),
        why: Some(why),
        skipped: skipped(replay, step),
        how,
    });
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn the_finding_reads_in_japanese() {
        let findings = findings_of(
            "PRE201",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes:
      - {name: EXNODE1, os: Windows Server 2003 Enterprise Edition SP1, exchange: RTM}
      - {name: EXNODE2, os: Windows Server 2003 Enterprise Edition SP2, exchange: RTM}
    groups: [{name: EXCMS01, type: cms, owner: EXNODE2}]
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {run: setup.com /mode:upgrade, on: EXNODE1}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let en = finding.texts(Lang::En);
        assert_eq!(
            en.message,
            "step 1 upgrades Exchange on EXNODE1, which runs Windows Server 2003 SP1, not SP2, at \
             that point"
        );
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "ステップ 1 は、その時点で SP2 ではなく Windows Server 2003 SP1 を実行している EXNODE1 \
             の Exchange をアップグレードする"
        );
        assert_eq!(ja.label, "EXNODE1 はまだ Windows Server 2003 SP2 ではない");
        assert_eq!(
            ja.labels,
            ["EXNODE1 は Windows Server 2003 SP1 を実行している"]
        );
        assert_eq!(
            ja.notes,
            [
                "Exchange 2007 SP2 にアップグレードする前に、クラスタ ノードで Windows Server 2003 \
                 Service Pack 2 を実行している必要がある"
            ]
        );
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "先に EXNODE1 に Windows Server 2003 SP2 をインストールする (ステップ 1 の前に\
                 このステップを挿入する)"
            )
        );
        assert_eq!(
            ja.fixes,
            ["{action: install-windows-service-pack, node: EXNODE1, servicePack: 2}"]
        );
    }
}
