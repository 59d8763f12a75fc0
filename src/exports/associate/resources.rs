//! A `cluster res` listing: the groups it names, which of them hold a CMS's Exchange resources,
//! and the node that owns each.

use super::{Claim, Ctx, FileExport, GroupRef, is_cluster_group_name};
use crate::exports::Fact;
use crate::model::{GroupKind, Name, name_key};
use crate::source::Span;
use std::collections::HashSet;

/// The CMS a resource that Exchange setup creates for one belongs to:
/// `Exchange Information Store Instance (EXCMS01)`, `Exchange System Attendant Instance
/// (EXCMS01)`.
fn cms_of_resource(resource: &str) -> Option<&str> {
    const PREFIXES: [&str; 2] = [
        "exchange information store instance (",
        "exchange system attendant instance (",
    ];
    let lower = resource.to_ascii_lowercase();
    let prefix = PREFIXES.iter().find(|p| lower.starts_with(*p))?;
    let rest = &resource[prefix.len()..];
    let name = rest[..rest.find(')')?].trim();
    (!name.is_empty()).then_some(name)
}

/// The claims of a `cluster res` listing: each group it names (a CMS when it holds a CMS's
/// Exchange resources; another group when it holds none and every row could be read), then
/// the owner of each group from each node its resources name (two nodes for one group are a
/// disagreement: reported, not guessed). `groups` are the group names known, to split rows
/// whose resource overflowed its column.
pub(super) fn resource_claims(
    files: &[&FileExport],
    is_node: &dyn Fn(&str) -> bool,
    groups: &HashSet<String>,
    out: &mut Vec<Claim>,
) {
    let rows = || {
        files.iter().flat_map(|f| {
            f.export.facts.iter().filter_map(move |fact| match fact {
                Fact::ResourceRow(row) => Some((Ctx { file: f.file }, row)),
                _ => None,
            })
        })
    };
    let is_group = |g: &str| groups.contains(&name_key(g));
    // Each group once, and whether one of its resources is a CMS's.
    let mut listed: Vec<(Name, bool)> = Vec::new();
    let mut owners: Vec<Claim> = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut unread = false;
    for (ctx, row) in rows() {
        let Some((resource, group, node)) = row.resource_row(is_node, &is_group) else {
            unread = true;
            // The CMS a row that cannot be split names in its resource is still a CMS.
            if let Some(cms) = cms_of_resource(&row.line.text) {
                let start = row.line.range.start + row.line.text.find(cms).unwrap_or(0);
                let name = Name {
                    text: cms.to_string(),
                    span: Span::new(ctx.file, start..start + cms.len()),
                };
                match listed.iter_mut().find(|(g, _)| g.is(&name.text)) {
                    Some((_, holds)) => *holds = true,
                    None => listed.push((name, true)),
                }
            }
            continue;
        };
        let name = ctx.name(&group);
        let holds_cms = cms_of_resource(&resource.text).is_some();
        match listed.iter_mut().find(|(g, _)| g.is(&name.text)) {
            Some((_, cms)) => *cms |= holds_cms,
            None => listed.push((name.clone(), holds_cms)),
        }
        let node = ctx.node(&node);
        if seen.insert((name.key(), node.key())) {
            owners.push(Claim::Owner {
                group: GroupRef::Named(name),
                node,
            });
        }
    }
    for (name, holds_cms) in listed {
        let kind = if holds_cms {
            GroupKind::Cms
        } else if is_cluster_group_name(&name.text) {
            GroupKind::Cluster
        } else if unread {
            GroupKind::Unknown
        } else {
            GroupKind::Other
        };
        out.push(Claim::Group { name, kind });
    }
    out.extend(owners);
}
