//! TOP101 ccr-topology-invalid: a CCR cluster has exactly two nodes (one active, one passive)
//! and exactly one CMS. A list the inventory does not give (no `nodes`, no `groups`) is unknown
//! and that half of the check is skipped; a name defined twice (INV003) counts once. A group whose
//! type is not understood (INV002) may be the CMS: the CMS half fires only when no reading of it
//! gives one CMS.

use crate::engine::{Input, Rule, Sink};
use crate::model::{ClusterKind, GroupKind, Name, NameKey, same_name};
use crate::msg;
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
            has.push(msg!("top101-nodes", count = nodes.len()));
        }
        if !cluster.groups.is_empty() {
            has.push(msg!("top101-cms", count = cms.len()));
        }
        let name = &cluster.name.text;
        let finding = sink.report(
            cluster.entity(),
            kind.span,
            msg!("top101-message", cluster = name, has = has),
        );
        finding.primary_label(msg!("top101-label"));
        let mut missing = Vec::new();
        if nodes_wrong {
            for (i, node) in nodes.iter().enumerate().skip(2) {
                let total = nodes.len();
                finding.label(
                    node.span,
                    msg!("top101-label-node", number = i + 1, total = total),
                );
            }
            if nodes.len() < 2 {
                missing.push(msg!("top101-missing-nodes", count = nodes.len()));
            }
        }
        if cms_wrong {
            for (i, group) in cms.iter().enumerate().skip(1) {
                let total = cms.len();
                finding.label(
                    group.span,
                    msg!("top101-label-cms", number = i + 1, total = total),
                );
            }
            if cms.is_empty() {
                missing.push(msg!("top101-missing-cms"));
            }
        }
        if !missing.is_empty() {
            let missing = crate::engine::join(missing, crate::engine::Joiner::Comma);
            finding.label(cluster.name.span, missing);
        }
        finding
            .note(msg!("top101-note"))
            .help(msg!("top101-help", cluster = name));
    }
}

/// The names, each computer or group once (INV003 reports the duplicates). A cluster's few
/// names are compared with the ones kept so far; past [`PAIRWISE`], a set takes over.
fn distinct<'a>(names: impl Iterator<Item = &'a Name>) -> Vec<&'a Name> {
    const PAIRWISE: usize = 16;
    let mut kept: Vec<&Name> = Vec::new();
    let mut seen: Option<HashSet<NameKey>> = None;
    for name in names {
        let new = match &mut seen {
            Some(seen) => seen.insert(NameKey(&name.text)),
            None => !kept.iter().any(|k| same_name(&k.text, &name.text)),
        };
        if new {
            kept.push(name);
            if kept.len() == PAIRWISE {
                seen = Some(kept.iter().map(|k| NameKey(&k.text)).collect());
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::distinct;
    use crate::model::Name;
    use crate::source::Span;

    /// Each name once, however spelled, whether compared pairwise or, past sixteen, in a set:
    /// the duplicates on both sides of the switch are left out and the order is kept.
    #[test]
    fn each_name_counts_once_on_both_sides_of_the_switch() {
        let mut spellings: Vec<String> = (0..20).map(|i| format!("EXNODE{i}")).collect();
        spellings.insert(5, "exnode3.contoso.com".into());
        spellings.push("ExNode18".into());
        spellings.push(" exnode0 ".into());
        let names: Vec<Name> = (spellings.iter())
            .map(|text| Name {
                text: text.clone(),
                span: Span::new(0, 0..0),
            })
            .collect();
        let kept: Vec<&str> = distinct(names.iter())
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        let expected: Vec<String> = (0..20).map(|i| format!("EXNODE{i}")).collect();
        assert_eq!(kept, expected);
    }
}
