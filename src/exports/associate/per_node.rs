//! The per-node exports (systeminfo, WMI, ExSetup's version): the Windows and Exchange of the
//! node whose host name they carry, or else of the node of the cluster whose name the file name
//! starts with; an export whose facts cannot be used says why (INV011).

use super::{Claim, Claims, Ctx, FileExport, Unused, Why};
use crate::exports::OsReading;
use crate::exports::{Fact, host_in_file_name};
use crate::model::{Name, Version, computer_name};
use crate::source::FileId;
use std::collections::HashSet;

/// Step 6 of [`claims`](super::claims): the claims of the per-node exports among `files`, each
/// about the node its host names or, without one, the node of `known` its file name starts with.
pub(super) fn claims(files: &[&FileExport], known: &[&str], out: &mut Claims) {
    let mut reported: HashSet<FileId> = HashSet::new();
    let facts = files
        .iter()
        .flat_map(|f| f.export.facts.iter().map(move |fact| (f, fact)));
    for (f, fact) in facts {
        let ctx = Ctx { file: f.file };
        let (host, value) = match fact {
            Fact::Os { host, text, .. } => (host, text),
            Fact::Setup { host, version } => (host, version),
            _ => continue,
        };
        let node = match host {
            Some(h) => ctx.node(h),
            None => match host_in_file_name(&f.file_name, known.iter().copied()) {
                Some(h) => Name {
                    text: h.to_string(),
                    span: ctx.span(value),
                },
                None => {
                    if reported.insert(f.file) {
                        out.unused.push(Unused {
                            file: f.file,
                            span: ctx.span(value),
                            why: Why::FileName,
                        });
                    }
                    continue;
                }
            },
        };
        match fact {
            Fact::Os { text, reading, .. } => {
                let parsed = match reading {
                    OsReading::Known(v) => Some(*v),
                    OsReading::Unreadable => None,
                    OsReading::Undecided(missing) => {
                        if reported.insert(f.file) {
                            out.unused.push(Unused {
                                file: f.file,
                                span: ctx.span(text),
                                why: Why::Windows {
                                    missing: *missing,
                                    node: computer_name(&node.text).to_string(),
                                    version: text.text.clone(),
                                },
                            });
                        }
                        out.claims.push(Claim::Node(node));
                        continue;
                    }
                };
                out.claims.push(Claim::NodeOs {
                    node,
                    os: Version {
                        text: text.text.clone(),
                        parsed,
                        span: ctx.span(text),
                    },
                });
            }
            Fact::Setup { version, .. } => out.claims.push(Claim::NodeExchange {
                node,
                version: ctx.exchange(version),
            }),
            _ => {}
        }
    }
}
