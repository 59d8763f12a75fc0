//! UPG307 no-maintenance-window: a plan takes a CMS offline (downtime for its users) but declares
//! no `window`, so nobody has agreed when the outage happens.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::msg;
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
        // A group's kind and name are the same in every state: the start's are enough.
        let outage = replay.actions().find_map(|(step, action)| match *action {
            Action::SetOnline {
                group,
                online: false,
                ..
            } if replay.start.groups[group].is_cms() => {
                Some((step, replay.start.groups[group].name))
            }
            _ => None,
        });
        let Some((first, cms)) = outage else { continue };
        let name = &plan.name.text;
        let message = Message::new("upg307-message")
            .arg("plan", name)
            .arg("cms", cms)
            .arg("step", first.number);
        sink.report(plan.entity(), plan.name.span, message)
            .primary_label(msg!("upg307-label"))
            .label(first.span, msg!("upg307-label-offline", cms = cms))
            .note(msg!("upg307-note"))
            .help(msg!("upg307-help", plan = name));
    }
}
