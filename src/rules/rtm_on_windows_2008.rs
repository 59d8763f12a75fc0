//! TOP105 rtm-on-windows-2008: a node on Windows Server 2008 runs Exchange 2007 RTM, or owns a
//! CMS that is RTM (its own `exchange`, or else its node's). One finding per node.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;

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
            let cms_names = rtm_cms
                .iter()
                .map(|(g, _, _)| g.name.text.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let n = &node.name.text;
            let (span, version, message) = match (node_rtm, rtm_cms.first()) {
                (None, None) => continue,
                (Some((span, version)), None) => (
                    span,
                    version,
                    format!("node {n} on Windows Server 2008 runs Exchange 2007 RTM"),
                ),
                (Some((span, version)), Some(_)) => (
                    span,
                    version,
                    format!(
                        "node {n} on Windows Server 2008 runs Exchange 2007 RTM, and so does its CMS {cms_names}"
                    ),
                ),
                (None, Some(&(_, span, version))) => (
                    span,
                    version,
                    format!(
                        "clustered mailbox server {cms_names} on Windows Server 2008 node {n} runs Exchange 2007 RTM"
                    ),
                ),
            };
            let finding = sink.report(cluster.node_entity(node), span, message);
            finding.primary_label(format!("Exchange 2007 {version}"));
            for &(group, cms_span, cms_version) in &rtm_cms {
                if cms_span != span {
                    finding.label(
                        cms_span,
                        format!("CMS {} runs {cms_version}", group.name.text),
                    );
                }
            }
            finding
                .label(os.span, format!("{n} runs Windows Server 2008"))
                .note("Windows Server 2008 support, including clustered mailbox servers on it, came with Exchange 2007 SP1 and SP2: RTM does not support Windows Server 2008");
            let node_upgraded = node.exchange().is_some_and(|v| !v.is_rtm());
            if node_upgraded {
                finding
                    .help(format!(
                        "upgrade {cms_names} to the service pack of {n} with `setup.com /upgradecms` on {n}"
                    ))
                    .fix(format!("setup.com /upgradecms (on {n})"));
            } else if node_rtm.is_none() {
                finding.help(format!(
                    "install Exchange 2007 SP1 or later on {n}, then upgrade {cms_names} with `setup.com /upgradecms` on it"
                ));
            } else if cluster.is_active(node) {
                finding.help(format!(
                    "install Exchange 2007 SP1 or later on {n}; it owns a CMS, so upgrade a passive node first, move the CMS there and run `setup.com /upgradecms` on it, then upgrade {n}"
                ));
            } else {
                finding
                    .help(format!(
                        "install Exchange 2007 SP1 or later on {n} with Setup.com in upgrade mode"
                    ))
                    .fix(format!("setup.com /mode:upgrade (on {n})"));
            }
        }
    }
}
