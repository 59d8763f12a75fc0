//! TOP101 ccr-topology-invalid: a CCR cluster has exactly two nodes (one active, one passive)
//! and exactly one CMS. A list the inventory does not give (no `nodes`, no `groups`) is unknown
//! and that half of the check is skipped; a name defined twice (INV003) counts once. A group whose
//! type is not understood (INV002) may be the CMS: the CMS half fires only when no reading of it
//! gives one CMS.

use crate::engine::{Input, Rule, Sink};
use crate::model::{ClusterKind, GroupKind, Name};
use std::collections::HashSet;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP101.md"),
    doc_ja: include_str!("../../rules/ja/TOP101.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        let Some(kind) = cluster
            .kind
            .as_ref()
            .filter(|k| k.value == ClusterKind::Ccr)
        else {
            continue;
        };
        let nodes = distinct(cluster.nodes.iter().map(|n| &n.name));
        let cms = distinct(cluster.cms_groups().map(|g| &g.name));
        // A group whose type is not understood (INV002) may be a CMS or not.
        let unknown = distinct(
            (cluster.groups.iter())
                .filter(|g| g.kind == GroupKind::Unknown)
                .map(|g| &g.name),
        );
        // Every cluster has at least one node and the default cluster group: an empty list
        // means the inventory does not describe them.
        let nodes_wrong = !nodes.is_empty() && nodes.len() != 2;
        let cms_wrong =
            !cluster.groups.is_empty() && !(cms.len()..=cms.len() + unknown.len()).contains(&1);
        if !nodes_wrong && !cms_wrong {
            continue;
        }
        let mut has = Vec::new();
        if !nodes.is_empty() {
            has.push(count(nodes.len(), "node", "nodes"));
        }
        if !cluster.groups.is_empty() {
            has.push(count(cms.len(), "CMS", "CMS"));
        }
        let finding = sink.report(
            cluster.entity(),
            kind.span,
            format!(
                "cluster {} (CCR) has {}; CCR needs exactly 2 nodes and 1 CMS",
                cluster.name.text,
                has.join(" and ")
            ),
        );
        finding.primary_label("cluster continuous replication");
        let mut missing = Vec::new();
        if nodes_wrong {
            for (i, node) in nodes.iter().enumerate().skip(2) {
                finding.label(node.span, format!("node {} of {}", i + 1, nodes.len()));
            }
            if nodes.len() < 2 {
                missing.push(format!("{} only", count(nodes.len(), "node", "nodes")));
            }
        }
        if cms_wrong {
            for (i, group) in cms.iter().enumerate().skip(1) {
                finding.label(group.span, format!("CMS {} of {}", i + 1, cms.len()));
            }
            if cms.is_empty() {
                missing.push("no group of `type: cms`".to_string());
            }
        }
        if !missing.is_empty() {
            finding.label(cluster.name.span, missing.join(", "));
        }
        finding
            .note("a CCR cluster keeps one copy of the data on each of its two nodes: one active node runs the CMS and exactly one passive node holds the replica, and the upgrade starts on that passive node")
            .help(format!(
                "make {} two nodes with one CMS; for more nodes or more CMS use a single copy cluster (SCC) or separate CCR clusters",
                cluster.name.text
            ));
    }
}

/// The names, each computer or group once (INV003 reports the duplicates).
fn distinct<'a>(names: impl Iterator<Item = &'a Name>) -> Vec<&'a Name> {
    let mut seen = HashSet::new();
    names.filter(|n| seen.insert(n.key())).collect()
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
