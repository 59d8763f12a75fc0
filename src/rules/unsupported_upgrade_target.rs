//! PRE202 unsupported-upgrade-target: a plan's target is not a version cmslint understands, is
//! not SP1 or SP2 (the targets the procedure covers), or is below what a node of the cluster
//! already runs (Exchange 2007 cannot be downgraded). One finding per plan names every problem.
//!
//! The target's own kind needs no cluster, so every plan is looked at; the downgrade needs the
//! cluster, so only replayed plans (INV004 reports a plan whose cluster is unknown).

use crate::engine::{Input, Joiner, Rule, Sink, join, join_names};
use crate::i18n::Message;
use crate::model::{ExchangeVersion, Plan};
use crate::msg;
use crate::plan::replay::{Replay, exchange_span};
use crate::source::Span;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE202.md"),
    doc_ja: include_str!("../../rules/ja/PRE202.md"),
    check: Some(check),
};

/// A node that already runs more than the target.
struct Above {
    name: String,
    /// Where the inventory gives its version.
    span: Span,
    version: ExchangeVersion,
}

fn check(input: &Input, sink: &mut Sink) {
    let replay_of: HashMap<*const Plan, &Replay> = input
        .replays
        .iter()
        .map(|r| (std::ptr::from_ref(r.plan), r))
        .collect();
    for plan in &input.inventory.plans {
        let target = plan.target.known().copied();
        let above: Vec<Above> = match (target, replay_of.get(&std::ptr::from_ref(plan))) {
            (Some(t), Some(replay)) => replay
                .start
                .nodes
                .iter()
                .enumerate()
                .filter_map(|(i, node)| {
                    let version = node.exchange.filter(|v| v.service_pack > t.service_pack)?;
                    Some(Above {
                        name: node.name.to_string(),
                        span: exchange_span(replay, i),
                        version,
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        let highest = above.iter().map(|a| a.version.service_pack).max();
        let documented = target.is_some_and(|t| (1..=2).contains(&t.service_pack));
        if documented && above.is_empty() {
            continue;
        }

        let name = plan.name.text.as_str();
        // What is wrong with the target itself, and how to write it.
        let (shown, own, primary, mut help) = match target {
            None => (
                format!("`{}`", plan.target.text),
                Some(msg!("pre202-problem-unknown")),
                msg!("pre202-label-unknown"),
                vec![msg!("pre202-help-unknown")],
            ),
            Some(t) if !documented => (
                t.level_name().to_string(),
                Some(msg!("pre202-problem-not-documented")),
                msg!("pre202-label-not-documented"),
                vec![msg!("pre202-help-not-documented", level = t.level_name())],
            ),
            Some(t) => (
                t.level_name().to_string(),
                None,
                msg!("pre202-label-below", node = &above[0].name),
                Vec::new(),
            ),
        };
        let below = highest.map(|highest| {
            let names: Vec<&str> = above.iter().map(|a| a.name.as_str()).collect();
            let level = ExchangeVersion::sp(highest).level_name();
            help.push(if highest <= 2 {
                msg!("pre202-help-no-downgrade", level = level)
            } else {
                msg!("pre202-help-nothing-to-upgrade", level = level)
            });
            if above.iter().all(|a| a.version.service_pack == highest) {
                Message::new("pre202-below")
                    .arg("level", level)
                    .arg("nodes", join_names(&names, Joiner::Comma))
                    .arg("count", names.len())
            } else {
                let each = above.iter().map(|a| {
                    let level = a.version.level_name();
                    msg!("pre202-node-at-level", node = &a.name, level = level)
                });
                let each = join(each, Joiner::Comma);
                msg!("pre202-below-each", nodes = each)
            }
        });
        let what = match (own, below) {
            (Some(own), None) => own,
            (None, Some(below)) => below,
            // Only a target that is not SP1 or SP2 can be below a node as well.
            (Some(_), Some(below)) => {
                msg!("pre202-problem-not-documented-and-below", below = below)
            }
            (None, None) => continue,
        };

        let finding = sink.report(
            plan.entity(),
            plan.target.span,
            msg!("pre202-message", plan = name, target = shown, what = what),
        );
        finding.primary_label(primary);
        for a in &above {
            let level = a.version.level_name();
            finding.label(
                a.span,
                msg!("pre202-label-node-runs", node = &a.name, level = level),
            );
        }
        finding
            .note(msg!("pre202-note"))
            .help(join(help, Joiner::Semicolon));
        if highest.is_none_or(|h| h <= 2) {
            finding.fix(Message::verbatim("target: SP2"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// The nodes a target is below, counted in English and listed in Japanese.
    #[test]
    fn a_target_below_the_nodes_reads_in_each_language() {
        let findings = findings_of(
            "PRE202",
            "cmslint: 1
clusters:
  - name: EXCLU02
    nodes: [{name: EXNODE3, exchange: SP2}, {name: EXNODE4, exchange: SP2}]
    groups: [{name: EXCMS02, type: cms, owner: EXNODE3}]
plans:
  - {name: scc-sp1, cluster: EXCLU02, target: SP1, steps: []}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        assert_eq!(
            finding.texts(Lang::En).message,
            "plan scc-sp1 targets SP1, below the SP2 that EXNODE3, EXNODE4 already run"
        );
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "計画 scc-sp1 の対象バージョン SP1 は、EXNODE3、EXNODE4 が既に実行している SP2 より低い"
        );
        assert_eq!(
            ja.help.as_deref(),
            Some("Exchange 2007 はダウングレードできないため、対象バージョンを SP2 以上にする")
        );
    }
}
