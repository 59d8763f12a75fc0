//! UPG305 early-cms-outage: a step takes an online CMS offline (with either tool) while no
//! passive node has reached the plan's target at that point: the outage starts before there is
//! an upgraded node to move the CMS to.
//!
//! The nodes a CMS could move to are the passive nodes at that point: a node that owns another
//! CMS is active and cannot take a second one (an Exchange 2007 cluster node runs one CMS at a
//! time), even when it is upgraded. Skipped when the target or a passive node's version is
//! unknown, and when the cluster has no passive node at that point (downtime is then
//! unavoidable; TOP102 reports such a cluster).

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::msg;
use crate::plan::replay::{Action, exchange_span, later_upgrade, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG305.md"),
    doc_ja: include_str!("../../rules/ja/UPG305.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
        let replay = replayed.replay;
        let Some(target) = replay.target else {
            continue;
        };
        let Action::SetOnline {
            group,
            online: false,
            ..
        } = *replayed.action
        else {
            continue;
        };
        let before = replayed.before;
        let cms = &before.groups[group];
        if !cms.is_cms() || cms.online != Some(true) {
            continue;
        }
        // An Exchange 2007 cluster node runs one CMS at a time: the CMS can only go to a
        // passive node (its owner is active). A node that owns a group of unknown kind may
        // be passive too.
        let passive: Vec<usize> = (0..before.nodes.len())
            .filter(|&n| before.is_passive(n))
            .collect();
        let maybe_passive =
            (0..before.nodes.len()).filter(|&n| !before.is_active(n) && !before.is_passive(n));
        let none_reached = (passive.iter().copied())
            .chain(maybe_passive)
            .all(|n| before.node_reached(n, &target) == Some(false));
        if passive.is_empty() || !none_reached {
            continue;
        }
        let step = replayed.step;
        let comma_list =
            |items: Vec<Message>| crate::engine::join(items, crate::engine::Joiner::Comma);
        let names = join_names(passive.iter().map(|&n| before.nodes[n].name), Joiner::Comma);
        let message = Message::new("upg305-message")
            .arg("step", step.number)
            .arg("cms", cms.name)
            .arg("nodes", names)
            .arg("target", target.level_name());
        let finding = sink.report_step(replayed, message);
        finding.primary_label(msg!("upg305-label"));
        // Each passive node's later upgrade is a step to move before this one.
        let mut later_steps = Vec::new();
        for &n in &passive {
            let node = &before.nodes[n];
            let runs = node.exchange.map_or("", |v| v.level_name());
            let label = msg!("rules-upg-node-runs", node = node.name, version = runs);
            finding.label(exchange_span(replay, n), label);
            if let Some(later) = later_upgrade(replay, n, step.number) {
                let label = msg!("rules-upg-upgraded-only-here", node = node.name);
                finding.label(later.span, label);
                later_steps.push(later.number);
            }
        }
        finding.note(msg!("upg305-note"));
        let help = match later_steps.as_slice() {
            [] => {
                for &n in &passive {
                    finding.fix(Message::verbatim(format!(
                        "{{run: setup.com /mode:upgrade, on: {}}}",
                        before.nodes[n].name
                    )));
                }
                Message::new("upg305-help-upgrade-first")
            }
            later => {
                let numbers = later.iter().map(|n| Message::verbatim(n.to_string()));
                Message::new("upg305-help-move-steps")
                    .arg("step_count", later.len())
                    .arg("steps", comma_list(numbers.collect()))
            }
        };
        finding.help(
            (help.arg("node_count", passive.len()))
                .arg("step", step.number)
                .arg("cms", cms.name),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// The steps to move and the passive nodes are counted in Japanese, which has no plural.
    #[test]
    fn counts_in_japanese() {
        let findings = findings_of(
            "UPG305",
            "cmslint: 1
clusters:
  - name: EXCLU02
    type: scc
    nodes:
      - {name: EXNODE1, exchange: RTM}
      - {name: EXNODE2, exchange: RTM}
      - {name: EXNODE3, exchange: RTM}
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1, state: online}]
plans:
  - name: sp2
    cluster: EXCLU02
    target: SP2
    steps:
      - {run: Stop-ClusteredMailboxServer EXCMS01}
      - {run: setup.com /mode:upgrade, on: EXNODE2}
      - {run: setup.com /mode:upgrade, on: EXNODE3}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let texts = finding.texts(Lang::Ja);
        assert_eq!(
            texts.message,
            "ステップ 1 は、パッシブ ノード (EXNODE2、EXNODE3) がどれも SP2 にアップグレードされる\
             前に、CMS EXCMS01 をオフラインにする"
        );
        assert_eq!(
            texts.labels,
            [
                "EXNODE2 は RTM を実行している",
                "EXNODE2 はここで初めてアップグレードされる",
                "EXNODE3 は RTM を実行している",
                "EXNODE3 はここで初めてアップグレードされる",
            ]
        );
        assert_eq!(
            texts.help.as_deref(),
            Some(
                "ステップ 2、3 の 2 つをステップ 1 の前に移動する。最初に 2 つのパッシブ ノードを\
                 アップグレードすれば、その間 EXCMS01 はオンラインのままでよい"
            )
        );
        assert_eq!(
            finding.texts(Lang::En).help.as_deref(),
            Some(
                "move steps 2, 3 before step 1: upgrade the passive nodes first, EXCMS01 can stay \
                 online meanwhile"
            )
        );
    }
}
