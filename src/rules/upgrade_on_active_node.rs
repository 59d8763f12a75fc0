//! UPG301 upgrade-on-active-node: a step upgrades Exchange (Setup `/mode:upgrade` or the wizard)
//! on a node that owns a CMS at that point of the plan. Only passive nodes can be upgraded.

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::msg;
use crate::plan::replay::{
    Action, move_cms_command, owner_label, passive_destination, stop_cms_command, walk,
};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG301.md"),
    doc_ja: include_str!("../../rules/ja/UPG301.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
        let replay = replayed.replay;
        let Action::UpgradeNode { node, .. } = *replayed.action else {
            continue;
        };
        let before = replayed.before;
        let cms: Vec<usize> = before
            .groups_of(node)
            .filter(|(_, g)| g.is_cms())
            .map(|(i, _)| i)
            .collect();
        if cms.is_empty() {
            continue;
        }
        let step = replayed.step.number;
        let name = before.nodes[node].name;
        // Each time it is named: the CMS as a comma list.
        let names = || join_names(cms.iter().map(|&g| before.groups[g].name), Joiner::Comma);
        let message = msg!("upg301-message", step = step, node = name, cms = names());
        let finding = sink.report_step(replayed, message);
        finding.primary_label(msg!("upg301-label", node = name));
        for &g in &cms {
            if let Some((span, text)) = owner_label(replay, before, g) {
                finding.label(span, text);
            }
        }
        finding.note(msg!("upg301-note"));
        let passive = passive_destination(before, replay.target.as_ref());
        let upgraded = passive.is_some_and(|d| {
            replay
                .target
                .is_some_and(|t| before.node_reached(d, &t) == Some(true))
        });
        let cluster = &replay.cluster.name.text;
        let Some(dest) = passive else {
            // A node runs one CMS at a time: a node that owns another one is no destination.
            finding.help(if before.nodes.len() == 1 {
                msg!("upg301-help-only", node = name, cluster = cluster)
            } else {
                msg!("upg301-help-no-passive", cluster = cluster, cms = names())
            });
            continue;
        };
        let dest_name = before.nodes[dest].name;
        let help = if upgraded {
            Message::new("upg301-help-move")
        } else {
            Message::new("upg301-help-upgrade-then-move")
        };
        finding.help(
            help.arg("cms", names())
                .arg("destination", dest_name)
                .arg("step", step),
        );
        for &g in &cms {
            let group = &before.groups[g];
            if group.online != Some(false) {
                finding.fix(Message::verbatim(stop_cms_command(replay, group.name)));
            }
            finding.fix(Message::verbatim(move_cms_command(
                replay, group.name, dest_name,
            )));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn no_move_onto_a_node_that_runs_another_cms() {
        let findings = findings_of(
            "UPG301",
            "cmslint: 1
clusters:
  - name: EXCLU02
    type: scc
    nodes: [{name: EXSCC1, exchange: RTM}, {name: EXSCC2, exchange: RTM}]
    groups:
      - {name: EXCMS01, type: cms, owner: EXSCC1}
      - {name: EXCMS02, type: cms, owner: EXSCC2}
plans:
  - name: scc-sp2
    cluster: EXCLU02
    target: SP2
    steps:
      - {run: setup.com /mode:upgrade, on: EXSCC1}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        assert_eq!(
            finding.texts(Lang::En).help.as_deref(),
            Some(
                "no node of cluster EXCLU02 is passive at that point, and a node runs one CMS at \
                 a time: EXCMS01 has no node to move to; upgrade a node while it is passive, \
                 before a CMS moves to it"
            )
        );
        assert!(finding.fixes.is_empty(), "{:?}", finding.fixes);
    }

    /// A finding in Japanese: the inventory's names as written, the commands as they are.
    #[test]
    fn speaks_japanese() {
        let findings = findings_of(
            "UPG301",
            "cmslint: 1
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
      - {run: setup.com /mode:upgrade, on: EXNODE1}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let texts = finding.texts(Lang::Ja);
        assert_eq!(
            texts.message,
            "ステップ 2 は EXNODE1 をアップグレードするが、その時点で EXNODE1 は CMS EXCMS01 を\
             所有している"
        );
        assert_eq!(texts.label, "この時点で EXNODE1 はアクティブ ノードである");
        assert_eq!(
            texts.notes,
            [
                "Exchange 2007 SP1 または SP2 にアップグレードできるのは、クラスタ化メールボックス \
                 サーバーを保持していないノード、つまりパッシブ ノードだけである"
            ]
        );
        assert_eq!(
            texts.help.as_deref(),
            Some(
                "ステップ 2 の前に、EXCMS01 をオフラインにして、アップグレード済みのパッシブ ノード \
                 EXNODE2 に移動する。次のコマンドを挿入する"
            )
        );
        assert_eq!(
            texts.fixes,
            [
                "Stop-ClusteredMailboxServer EXCMS01 -StopReason \"SP2 upgrade\"",
                "Move-ClusteredMailboxServer EXCMS01 -TargetMachine EXNODE2 -MoveComment \
                 \"SP2 upgrade\""
            ]
        );
    }
}
