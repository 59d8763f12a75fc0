//! TOP106 cms-version-lags-nodes: a CMS whose own `exchange` is below the service pack of every
//! node of its cluster: the nodes were upgraded but `setup.com /upgradecms` was never run, and
//! the CMS will not start. Needs the CMS's own version and every node's version.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP106.md"),
    doc_ja: include_str!("../../rules/ja/TOP106.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        let Some(nodes) = cluster
            .nodes
            .iter()
            .map(|n| {
                let field = n.exchange.as_ref()?;
                Some((&n.name, field.span, field.known()?))
            })
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let Some(lowest) = nodes.iter().map(|(_, _, v)| v.level()).min() else {
            continue;
        };
        for group in cluster.cms_groups() {
            let Some((field, cms)) = group.exchange.as_ref().and_then(|f| Some((f, f.known()?)))
            else {
                continue;
            };
            if lowest <= cms.level() {
                continue;
            }
            let all_same = nodes.iter().all(|(_, _, v)| v.level() == lowest);
            let name = &group.name.text;
            let message = Message::new("top106-message")
                .arg("cms", name)
                .arg("cms_level", cms.level_name())
                .arg("cluster", &cluster.name.text)
                .arg("node_level", lowest.level_name())
                .arg("spread", if all_same { "same" } else { "later" });
            let finding = sink.report(cluster.group_entity(group), field.span, message);
            finding.primary_label(msg!("top106-label", version = cms.to_string()));
            for (node, span, version) in &nodes {
                let label = Message::new("rules-top-node-runs")
                    .arg("node", &node.text)
                    .arg("version", version.to_string());
                finding.label(*span, label);
            }
            finding.note(msg!("top106-note", cms = name));
            match cluster.owner_of(group) {
                Some(owner) => {
                    let owner = &owner.name.text;
                    let fix = Message::new("rules-top-command-on-node")
                        .arg("command", Message::verbatim("setup.com /upgradecms"))
                        .arg("node", owner);
                    finding
                        .help(msg!("top106-help-owner", node = owner, cms = name))
                        .fix(fix);
                }
                None => {
                    finding.help(msg!("top106-help", cms = name));
                }
            }
        }
    }
}
