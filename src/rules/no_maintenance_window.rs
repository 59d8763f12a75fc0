//! UPG307 no-maintenance-window: a plan takes a CMS offline (downtime for its users) but declares
//! no `window`, so nobody has agreed when the outage happens.

use crate::engine::{Input, Rule, Sink};
use crate::plan::replay::Action;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG307.md"),
    doc_ja: include_str!("../../rules/ja/UPG307.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for replay in input.replays {
        let plan = replay.plan;
        if plan.window.is_some() {
            continue;
        }
        let outage = replay.steps().find_map(|r| match *r.action {
            Action::SetOnline {
                group,
                online: false,
                ..
            } if r.before.groups[group].is_cms() => Some((r, &r.before.groups[group].name)),
            _ => None,
        });
        let Some((first, cms)) = outage else { continue };
        sink.report(
            plan.entity(),
            plan.name.span,
            format!(
                "plan {} takes CMS {cms} offline at step {} but declares no maintenance window",
                plan.name.text, first.step.number
            ),
        )
        .primary_label("no `window:` in this plan")
        .label(first.step.span, format!("{cms} goes offline here"))
        .note(
            "upgrading a clustered mailbox server to SP1 or SP2 means downtime for the CMS; how \
             long depends on how long the procedure takes for the whole cluster, and it begins \
             midway, when the CMS is taken offline",
        )
        .help(format!(
            "agree on a maintenance window and declare it in plan {}, e.g. \
             `window: {{ start: 2026-12-05T22:00:00Z, end: 2026-12-06T04:00:00Z }}` \
             under `target:`",
            plan.name.text
        ));
    }
}
