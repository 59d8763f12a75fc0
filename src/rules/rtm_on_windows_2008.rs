//! TOP105 rtm-on-windows-2008: a node on Windows Server 2008 runs Exchange 2007 RTM, or owns a
//! CMS that is RTM (its own `exchange`, or else its node's). One finding per node.

use crate::engine::{Input, Joiner, Rule, Sink, join_names};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP105.md"),
    doc_ja: include_str!("../../rules/ja/TOP105.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        for node in &cluster.nodes {
            let Some(os) = node
                .os
                .as_ref()
                .filter(|os| os.known().is_some_and(|v| v.family == Family::Server2008))
            else {
                continue;
            };
            let node_rtm = node
                .exchange
                .as_ref()
                .and_then(|e| Some((e.span, e.known().filter(|v| v.is_rtm())?)));
            // Each RTM CMS with the place that says so: its own `exchange`, or else its owner
            // (it then runs its node's version).
            let rtm_cms: Vec<_> = cluster
                .groups_of(node)
                .filter(|g| g.is_cms())
                .filter_map(|g| {
                    let version = cluster.cms_version(g).filter(|v| v.is_rtm())?;
                    let span = match &g.exchange {
                        Some(own) => own.span,
                        None => g.owner.as_ref()?.span,
                    };
                    Some((g, span, version))
                })
                .collect();
            // Each time it is named: a comma list of the CMS.
            let cms = || join_names(rtm_cms.iter().map(|(g, _, _)| &g.name.text), Joiner::Comma);
            let n = &node.name.text;
            let (span, version, message) = match (node_rtm, rtm_cms.first()) {
                (None, None) => continue,
                (Some((span, version)), None) => {
                    (span, version, msg!("top105-message-node", node = n))
                }
                (Some((span, version)), Some(_)) => (
                    span,
                    version,
                    msg!("top105-message-node-and-cms", node = n, cms = cms()),
                ),
                (None, Some(&(_, span, version))) => (
                    span,
                    version,
                    msg!("top105-message-cms", cms = cms(), node = n),
                ),
            };
            let finding = sink.report(cluster.node_entity(node), span, message);
            finding.primary_label(Message::verbatim(format!("Exchange 2007 {version}")));
            for &(group, cms_span, cms_version) in &rtm_cms {
                if cms_span != span {
                    let label = Message::new("top105-label-cms")
                        .arg("cms", &group.name.text)
                        .arg("version", cms_version.to_string());
                    finding.label(cms_span, label);
                }
            }
            let on_2008 = Message::new("rules-top-node-runs")
                .arg("node", n)
                .arg("version", "Windows Server 2008");
            finding.label(os.span, on_2008).note(msg!("top105-note"));
            let on_node = |command: &str| {
                Message::new("rules-top-command-on-node")
                    .arg("command", Message::verbatim(command))
                    .arg("node", n)
            };
            let node_upgraded = node.exchange().is_some_and(|v| !v.is_rtm());
            if node_upgraded {
                finding
                    .help(msg!("top105-help-upgrade-cms", cms = cms(), node = n))
                    .fix(on_node("setup.com /upgradecms"));
            } else if node_rtm.is_none() {
                finding.help(msg!("top105-help-node-unknown", node = n, cms = cms()));
            } else if cluster.is_active(node) {
                finding.help(msg!("top105-help-active-node", node = n));
            } else {
                finding
                    .help(msg!("top105-help-passive-node", node = n))
                    .fix(on_node("setup.com /mode:upgrade"));
            }
        }
    }
}
