//! Which nodes a folder's exports name inside their text: what finds the cluster the folder
//! describes (the merge's association order).

use super::{Ctx, FileExport};
use crate::exports::Fact;
use crate::model::Name;

/// Nodes a folder's exports name inside their text.
#[derive(Debug, Default)]
pub struct Named {
    /// By the cluster's own listings and the per-node exports: `cluster node`, the node
    /// column of `cluster group` and `cluster res` rows read plainly, a Host Name, CSName or
    /// PSComputerName.
    pub own: Vec<Name>,
    /// By the cmdlets' machine lists (OperationalMachines, RedundantMachines), which an
    /// org-wide listing fills with other clusters' nodes too.
    pub listed: Vec<Name>,
}

impl Named {
    /// The names that find the folder's cluster: its own sources', or else the listed ones.
    pub fn for_association(&self) -> &[Name] {
        if self.own.is_empty() {
            &self.listed
        } else {
            &self.own
        }
    }
}

/// The nodes a folder's exports name inside their text.
pub fn named_nodes(files: &[&FileExport]) -> Named {
    let mut out = Named::default();
    for f in files {
        let ctx = Ctx { file: f.file };
        for fact in &f.export.facts {
            match fact {
                Fact::Node { name, .. } => out.own.push(ctx.node(name)),
                Fact::GroupRow(row) => out.own.extend(row.plain_node(1).map(|n| ctx.node(n))),
                Fact::ResourceRow(row) => out.own.extend(row.plain_node(2).map(|n| ctx.node(n))),
                Fact::Os { host: Some(h), .. } | Fact::Setup { host: Some(h), .. } => {
                    out.own.push(ctx.node(h));
                }
                Fact::CmsStatus { machines, .. } => {
                    out.listed
                        .extend(machines.iter().map(|m| ctx.node(&m.name)));
                }
                Fact::MailboxServer { redundant, .. } => {
                    out.listed.extend(redundant.iter().map(|m| ctx.node(m)));
                }
                _ => {}
            }
        }
    }
    out
}
