//! TOP102 no-passive-node: every node of a cluster owns a CMS, so no node is passive and the
//! upgrade, which starts on a passive node, cannot begin.

use crate::engine::{Input, Rule, Sink};
use crate::model::ClusterKind;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP102.md"),
    doc_ja: include_str!("../../rules/ja/TOP102.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        if cluster.nodes.is_empty() || !cluster.nodes.iter().all(|n| cluster.is_active(n)) {
            continue;
        }
        let name = &cluster.name.text;
        let finding = sink.report(
            cluster.entity(),
            cluster.name.span,
            msg!("top102-message", cluster = name),
        );
        finding.primary_label(msg!("top102-label"));
        for group in cluster.cms_groups() {
            if let Some(owner) = &group.owner
                && cluster.owner_of(group).is_some()
            {
                let cms = &group.name.text;
                finding.label(
                    owner.span,
                    msg!("top102-label-owner", node = &owner.text, cms = cms),
                );
            }
        }
        let kind = match cluster.kind.as_ref().map(|k| k.value) {
            Some(ClusterKind::Ccr) => "ccr",
            _ => "other",
        };
        finding
            .note(msg!("top102-note"))
            .help(msg!("top102-help", cluster = name, kind = kind));
    }
}
