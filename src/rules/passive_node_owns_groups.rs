//! TOP103 passive-node-owns-groups: a passive node (one that owns no CMS) owns another cluster
//! group, the default "Cluster Group" or a non-Exchange group, which must be moved to an active
//! node before the passive node is upgraded. One finding per such group. A group of unknown
//! kind (a `type` the schema rejects, or a group only `cluster group` lists) may be a CMS: it is
//! not reported, its node is not known to be passive, and INV010 says so.

use crate::engine::{Input, Rule, Sink, UnknownFact};
use crate::i18n::Message;
use crate::model::{Cluster, Group, GroupKind, Property, computer_name};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP103.md"),
    doc_ja: include_str!("../../rules/ja/TOP103.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        // Without an active node there is nowhere to move the groups to (TOP102 covers a
        // cluster where no node is passive; here no node is active).
        let Some(active) = cluster.nodes.iter().find(|n| cluster.is_active(n)) else {
            continue;
        };
        for group in &cluster.groups {
            // A group of unknown kind may be a CMS: never moved on a guess, and said (INV010)
            // when its node is not known to be active.
            if group.kind == GroupKind::Unknown {
                let node = cluster.owner_of(group);
                if node.is_some_and(|n| !cluster.is_active(n)) {
                    let skipped = msg!("top103-skipped-group", group = &group.name.text);
                    unknown_kind(cluster, group, skipped, sink);
                }
                continue;
            }
            let Some(owner) = &group.owner else {
                if !group.is_cms() {
                    let skipped = msg!("top103-skipped-group", group = &group.name.text);
                    unknown_owner(cluster, group, skipped, sink);
                }
                continue;
            };
            let Some(node) = cluster.owner_of(group) else {
                continue;
            };
            // A node that owns a group of unknown kind, or may own a CMS whose owner is
            // unknown, may be active.
            if !cluster.is_passive(node) {
                if !cluster.is_active(node) && !group.is_cms() {
                    let skipped = msg!("top103-skipped-groups-of", node = &node.name.text);
                    for cms in cluster.cms_groups().filter(|g| g.owner.is_none()) {
                        unknown_owner(cluster, cms, skipped.clone(), sink);
                    }
                    for unknown in cluster
                        .groups_of(node)
                        .filter(|g| g.kind == GroupKind::Unknown)
                    {
                        unknown_kind(cluster, unknown, skipped.clone(), sink);
                    }
                }
                continue;
            }
            let command = format!(
                "Cluster.exe group \"{}\" /move:{}",
                group.name.text,
                computer_name(&active.name.text)
            );
            let (group_name, node) = (&group.name.text, &node.name.text);
            let active = &active.name;
            sink.report(
                cluster.group_entity(group),
                owner.span,
                msg!("top103-message", node = node, group = group_name),
            )
            .primary_label(msg!("top103-label", node = &owner.text))
            .label(active.span, msg!("top103-label-active"))
            .note(msg!("top103-note"))
            .help(
                Message::new("top103-help")
                    .arg("group", group_name)
                    .arg("active", &active.text)
                    .arg("node", node),
            )
            .fix(Message::verbatim(command));
        }
    }
}

/// A group without an owner kept the check from running (INV010): a group other than a CMS may
/// sit on a passive node, and a CMS may make a node active.
fn unknown_owner(cluster: &Cluster, group: &Group, skipped: Message, sink: &mut Sink) {
    let name = &group.name.text;
    let fact = if group.is_cms() {
        msg!("top103-unknown-cms-owner", cms = name)
    } else {
        msg!("top103-unknown-group-owner", group = name)
    };
    // Inventory text: the same in every language.
    let nodes: Vec<&str> = (cluster.nodes.iter())
        .map(|n| computer_name(&n.name.text))
        .collect();
    sink.unknown(UnknownFact {
        entity: cluster.group_entity(group),
        span: group.name.span,
        property: Property::Owner,
        fact,
        label: msg!("top103-unknown-owner-label"),
        why: (group.is_cms()).then(|| msg!("top103-unknown-owner-why")),
        skipped,
        how: format!("owner: <{}>", nodes.join(" or ")),
    });
}

/// A group of unknown kind kept the check from running (INV010): it may be a CMS, which would
/// make its node active.
fn unknown_kind(cluster: &Cluster, group: &Group, skipped: Message, sink: &mut Sink) {
    sink.unknown(UnknownFact {
        entity: cluster.group_entity(group),
        span: group.name.span,
        property: Property::GroupType,
        fact: msg!("top103-unknown-kind", group = &group.name.text),
        label: msg!("top103-unknown-kind-label"),
        why: Some(msg!("top103-unknown-kind-why")),
        skipped,
        // Inventory text: the same in every language.
        how: "type: <cms, cluster or other>".to_string(),
    });
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// The finding of the glossary's example, word for word: the inventory's names as written,
    /// the command as it is.
    #[test]
    fn speaks_japanese() {
        let findings = findings_of(
            "TOP103",
            "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes:
      - name: EXNODE1.contoso.com
      - name: EXNODE2.contoso.com
    groups:
      - {name: EXCMS01, type: cms, owner: EXNODE1}
      - {name: Cluster Group, owner: EXNODE2}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let texts = finding.texts(Lang::Ja);
        assert_eq!(
            texts.message,
            "パッシブ ノード EXNODE2.contoso.com がグループ \"Cluster Group\" を所有している"
        );
        assert_eq!(
            texts.label,
            "EXNODE2 は CMS を所有していないため、パッシブ ノードである"
        );
        assert_eq!(texts.labels, ["アクティブ ノード (CMS を所有している)"]);
        assert_eq!(
            texts.notes,
            [
                "パッシブ ノードには、既定のクラスタ グループや Exchange に関連しないリソース グループ\
                 など、他のクラスタ グループを含めない。これらのグループは、パッシブ ノードを\
                 アップグレードする前に別のノードへ手動で移動する必要がある"
            ]
        );
        assert_eq!(
            texts.help.as_deref(),
            Some(
                "EXNODE2.contoso.com をアップグレードする前に、\"Cluster Group\" をアクティブ ノード \
                 EXNODE1.contoso.com に移動する"
            )
        );
        assert_eq!(
            texts.fixes,
            ["Cluster.exe group \"Cluster Group\" /move:EXNODE1"]
        );
    }
}
