//! OS403 migration-target-not-2008: a migration's new cluster is not on Windows Server 2008, or
//! runs Exchange 2007 RTM, which does not run there.

use crate::engine::{Input, Joiner, Rule, Sink, join};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS403.md"),
    doc_ja: include_str!("../../rules/ja/OS403.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for migration in &input.inventory.migrations {
        let Some(cluster) = input.inventory.cluster(&migration.to.text) else {
            continue;
        };
        let mut wrong: Vec<(Span, Message)> = Vec::new();
        for node in &cluster.nodes {
            let name = &node.name.text;
            if let Some(os) = &node.os
                && let Some(v) = os.known()
                && v.family != Family::Server2008
            {
                let os_name = v.product();
                wrong.push((os.span, msg!("os403-node-runs", node = name, os = os_name)));
            }
            if let Some(exchange) = &node.exchange
                && exchange.known().is_some_and(|v| v.is_rtm())
            {
                wrong.push((exchange.span, msg!("os403-node-rtm", node = name)));
            }
        }
        for group in cluster.cms_groups() {
            if cluster.cms_version(group).is_some_and(|v| v.is_rtm()) {
                // Its own `exchange:`, or its name when it runs its owner's version.
                let span = (group.exchange.as_ref())
                    .filter(|field| field.known().is_some())
                    .map_or(group.name.span, |field| field.span);
                wrong.push((span, msg!("os403-cms-rtm", cms = &group.name.text)));
            }
        }
        if wrong.is_empty() {
            continue;
        }
        let what = join(wrong.iter().map(|(_, t)| t.clone()), Joiner::Comma);
        let (from, to) = (&migration.from.text, &migration.to.text);
        let name = msg!("os-migration", from = from, to = to);
        // The new cluster as the inventory defines it.
        let to = &cluster.name.text;
        let message = msg!("os403-message", migration = name, cluster = to, what = what);
        let finding = sink.report(migration.entity(), migration.to.span, message);
        finding.primary_label(msg!("os403-label", cluster = to));
        for (span, text) in &wrong {
            finding.label(*span, text.clone());
        }
        finding
            .note(msg!("os403-note"))
            .help(msg!("os403-help", cluster = to));
    }
}
