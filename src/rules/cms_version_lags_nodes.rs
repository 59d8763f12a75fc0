//! TOP106 cms-version-lags-nodes: a CMS whose own `exchange` is below the service pack of every
//! node of its cluster: the nodes were upgraded but `setup.com /upgradecms` was never run, and
//! the CMS will not start. Needs the CMS's own version and every node's version.

use crate::engine::{Input, Rule, Sink};

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
            let finding = sink.report(
                cluster.group_entity(group),
                field.span,
                format!(
                    "clustered mailbox server {name} is at {} but every node of cluster {} is at {}{}",
                    cms.level_name(),
                    cluster.name.text,
                    lowest.level_name(),
                    if all_same { "" } else { " or later" }
                ),
            );
            finding.primary_label(format!("CMS at {cms}"));
            for (node, span, version) in &nodes {
                finding.label(*span, format!("{} runs {version}", node.text));
            }
            finding.note(format!(
                "the nodes were upgraded but `setup.com /upgradecms` was never run for {name}: a CMS below the version of its node will not start"
            ));
            match group.owner.as_ref().and_then(|o| cluster.node(&o.text)) {
                Some(owner) => {
                    let owner = &owner.name.text;
                    finding
                        .help(format!(
                            "run `setup.com /upgradecms` on {owner}, the node that owns {name}: it upgrades the CMS and brings it online"
                        ))
                        .fix(format!("setup.com /upgradecms (on {owner})"));
                }
                None => {
                    finding.help(format!(
                        "run `setup.com /upgradecms` on the node that owns {name}: it upgrades the CMS and brings it online"
                    ));
                }
            }
        }
    }
}
