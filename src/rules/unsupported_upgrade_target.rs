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
            let nodes = join_names(&names, Joiner::Comma);
            if !above.iter().all(|a| a.version.service_pack == highest) {
                let each = above.iter().map(|a| {
                    let level = a.version.level_name();
                    msg!("pre202-node-at-level", node = &a.name, level = level)
                });
                let each = join(each, Joiner::Comma);
                msg!("pre202-below-each", nodes = each)
            } else if names.len() == 1 {
                msg!("pre202-below-one", level = level, nodes = nodes)
            } else {
                msg!("pre202-below-many", level = level, nodes = nodes)
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
