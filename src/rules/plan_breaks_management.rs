//! ADM507 plan-breaks-management: once a plan has upgraded a CMS from RTM to SP1/SP2, a
//! workstation that manages it today with the RTM tools holds tools of the wrong generation.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Cluster, ExchangeVersion, Managed, Workstation};
use crate::source::Span;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM507.md"),
    check: Some(check),
};

/// A CMS a plan takes to the other management generation.
struct Change<'a> {
    cms: &'a str,
    plan: &'a str,
    plan_span: Span,
    from: ExchangeVersion,
    to: ExchangeVersion,
}

/// The replays with a target, by the cluster they run on (in plan order).
type ReplaysByCluster = HashMap<*const Cluster, Vec<usize>>;

fn check(input: &Input, sink: &mut Sink) {
    let mut by_cluster = ReplaysByCluster::new();
    for (r, replay) in input.replays.iter().enumerate() {
        if replay.target.is_some() {
            by_cluster
                .entry(std::ptr::from_ref(replay.cluster))
                .or_default()
                .push(r);
        }
    }
    for ws in &input.inventory.workstations {
        let Some(tools) = ws.tools() else { continue };
        let changes = changes_for(input, &by_cluster, ws, tools);
        let Some(first) = changes.first() else {
            continue;
        };
        let Some(field) = &ws.exchange_tools else {
            continue;
        };
        let mut cms: Vec<&str> = Vec::new();
        for change in &changes {
            if !cms.contains(&change.cms) {
                cms.push(change.cms);
            }
        }
        let (now, then) = (first.from.level_name(), first.to.level_name());
        let generation = |v: &ExchangeVersion| if v.is_rtm() { "RTM" } else { "SP1/SP2" };
        let finding = sink.report(
            ws.entity(),
            field.span,
            format!(
                "workstation {} manages {} with the {} Exchange management tools, which cannot \
                 manage {} once plan {} upgrades {} to {then}",
                ws.name.text,
                and_list(&cms),
                generation(&first.from),
                if cms.len() > 1 { "them" } else { "it" },
                first.plan,
                if cms.len() > 1 { "them" } else { "it" },
            ),
        );
        finding.primary_label(format!("{now} tools, fine today"));
        let mut plans: Vec<(&Change, Vec<&str>)> = Vec::new();
        for change in &changes {
            match plans
                .iter_mut()
                .find(|(c, _)| c.plan_span == change.plan_span)
            {
                Some((_, names)) => names.push(change.cms),
                None => plans.push((change, vec![change.cms])),
            }
        }
        for (change, names) in &plans {
            finding.label(
                change.plan_span,
                format!(
                    "plan {} upgrades {} to {}",
                    change.plan,
                    and_list(names),
                    change.to.level_name()
                ),
            );
        }
        finding
            .note(
                "the RTM version of the Exchange management tools manages clustered mailbox \
                 servers that run Exchange 2007 RTM; the SP1 or SP2 version manages those that \
                 run SP1 or SP2",
            )
            .help(format!(
                "after the plan, upgrade the Exchange management tools on {} to {then} (run {then} \
                 Setup there; the {} tools cannot manage {} CMS), or manage {} from another \
                 computer",
                ws.name.text,
                generation(&first.from),
                if first.to.is_rtm() {
                    "an RTM"
                } else {
                    "an SP1/SP2"
                },
                and_list(&cms)
            ))
            .fix(format!("setup.com /mode:upgrade (on {})", ws.name.text));
    }
}

/// The CMS the workstation manages today with tools of their generation that a plan takes to
/// the other generation.
fn changes_for<'a>(
    input: &'a Input,
    by_cluster: &ReplaysByCluster,
    ws: &'a Workstation,
    tools: &ExchangeVersion,
) -> Vec<Change<'a>> {
    // (replay, group) pairs for every managed CMS that a plan replays, in plan then group order.
    let mut replayed: Vec<(usize, usize)> = Vec::new();
    for (_, managed) in input.inventory.managed_by(ws) {
        let Managed::Cms(cluster, group) = managed else {
            continue;
        };
        let Some(replays) = by_cluster.get(&std::ptr::from_ref(cluster)) else {
            continue;
        };
        let Some(g) = cluster.groups.iter().position(|x| std::ptr::eq(x, group)) else {
            continue;
        };
        replayed.extend(replays.iter().map(|&r| (r, g)));
    }
    replayed.sort_unstable();
    replayed.dedup();
    let mut out = Vec::new();
    for (r, i) in replayed {
        let replay = &input.replays[r];
        // A replay that stopped early has no end state.
        let Some(end) = &replay.end else { continue };
        let versions = replay.start.groups[i].version.zip(end.groups[i].version);
        let Some((from, to)) = versions else { continue };
        if from.is_rtm() == to.is_rtm() || tools.is_rtm() != from.is_rtm() {
            continue;
        }
        out.push(Change {
            cms: &replay.cluster.groups[i].name.text,
            plan: &replay.plan.name.text,
            plan_span: replay.plan.name.span,
            from,
            to,
        });
    }
    out
}

/// `EXCMS01`, `EXCMS01 and EXCMS02`, `EXCMS01, EXCMS02 and EXCMS03`.
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
