//! PRE202 unsupported-upgrade-target: a plan's target is not a version cmslint understands, is
//! not SP1 or SP2 (the targets the procedure covers), or is below what a node of the cluster
//! already runs (Exchange 2007 cannot be downgraded). One finding per plan names every problem.
//!
//! The target's own kind needs no cluster, so every plan is looked at; the downgrade needs the
//! cluster, so only replayed plans (INV004 reports a plan whose cluster is unknown).

use crate::engine::{Input, Rule, Sink};
use crate::model::{ExchangeVersion, Plan};
use crate::plan::replay::{Replay, exchange_span};
use crate::source::Span;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/PRE202.md"),
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

        let (shown, mut problems, primary, mut help) = match target {
            None => (
                format!("`{}`", plan.target.text),
                vec!["which is not an Exchange 2007 version cmslint understands".to_string()],
                "unknown version".to_string(),
                vec!["write the target as `SP1` or `SP2`".to_string()],
            ),
            Some(t) if !documented => (
                t.level_name().to_string(),
                vec!["not SP1 or SP2".to_string()],
                "not SP1 or SP2".to_string(),
                vec![format!(
                    "this procedure upgrades a CMS from RTM to SP1 or SP2: target `SP1` or `SP2`, \
                     or check an {} upgrade against its own documentation",
                    t.level_name()
                )],
            ),
            Some(t) => (
                t.level_name().to_string(),
                Vec::new(),
                format!("below what {} already runs", above[0].name),
                Vec::new(),
            ),
        };
        if let Some(highest) = highest {
            let names: Vec<&str> = above.iter().map(|a| a.name.as_str()).collect();
            let level = ExchangeVersion::sp(highest).level_name();
            let same = above.iter().all(|a| a.version.service_pack == highest);
            problems.push(if same {
                format!(
                    "below the {level} that {} already run{}",
                    names.join(", "),
                    if names.len() == 1 { "s" } else { "" }
                )
            } else {
                let each: Vec<String> = above
                    .iter()
                    .map(|a| format!("{} ({})", a.name, a.version.level_name()))
                    .collect();
                format!("below what {} already run", each.join(", "))
            });
            help.push(if highest <= 2 {
                format!("Exchange 2007 cannot be downgraded: target at least {level}")
            } else {
                format!(
                    "Exchange 2007 cannot be downgraded and the cluster already runs {level}: \
                     this procedure has nothing left to upgrade"
                )
            });
        }

        let finding = sink.report(
            plan.entity(),
            plan.target.span,
            format!(
                "plan {} targets {shown}, {}",
                plan.name.text,
                problems.join(", and ")
            ),
        );
        finding.primary_label(primary);
        for a in &above {
            finding.label(
                a.span,
                format!("{} already runs {}", a.name, a.version.level_name()),
            );
        }
        finding
            .note(
                "the documented procedure upgrades a clustered mailbox server from Exchange 2007 \
                 RTM to Exchange 2007 SP1 or SP2",
            )
            .help(help.join("; "));
        if highest.is_none_or(|h| h <= 2) {
            finding.fix("target: SP2");
        }
    }
}
