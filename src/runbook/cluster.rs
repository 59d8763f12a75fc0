//! `cluster.exe group`: a group moved to a node (`/move:`, `/moveto:`), taken offline or
//! brought online, on the local cluster or the one a step names.

use super::tokenize::{Token, checked_name, split_switch};
use super::{Command, GroupOp, NameKind, Reason, Unrecognized, shown, unrec};

/// cluster.exe object keywords other than `group`; any other word before `group`
/// is a cluster name (`cluster EXCLUS1 group ...`).
const CLUSTER_KEYWORDS: &[&str] = &[
    "node",
    "resource",
    "res",
    "resourcetype",
    "restype",
    "type",
    "network",
    "net",
    "netinterface",
    "netint",
];

pub(super) fn parse_cluster(args: &[Token]) -> Result<Command, Unrecognized> {
    let mut rest = args.iter();
    let mut cluster: Option<String> = None;
    // Everything up to the `group` keyword.
    loop {
        let Some(tok) = rest.next() else {
            return Err(unrec(Reason::ClusterWithoutGroup));
        };
        if let Some((name, value)) = split_switch(&tok.text) {
            if !matches!(name.to_ascii_lowercase().as_str(), "cluster" | "c") {
                return Err(unrec(Reason::ClusterUnsupported {
                    word: shown(&tok.text),
                }));
            }
            if cluster.is_some() {
                return Err(unrec(Reason::ClusterNamedTwice));
            }
            cluster = Some(checked_name(tok, value.unwrap_or(""), NameKind::Cluster)?);
            continue;
        }
        let word = tok.text.to_ascii_lowercase();
        if word == "group" {
            break;
        }
        if CLUSTER_KEYWORDS.contains(&word.as_str()) {
            return Err(unrec(Reason::ClusterUnsupported {
                word: shown(&tok.text),
            }));
        }
        if cluster.is_some() {
            return Err(unrec(Reason::UnexpectedArgument {
                argument: shown(&tok.text),
                program: "cluster.exe",
            }));
        }
        cluster = Some(checked_name(tok, &tok.text, NameKind::Cluster)?);
    }

    let group = match rest.next() {
        Some(tok) if split_switch(&tok.text).is_none() => {
            checked_name(tok, &tok.text, NameKind::Group)?
        }
        _ => return Err(unrec(Reason::GroupNameMissing)),
    };

    let mut op: Option<GroupOp> = None;
    let mut rest = rest.peekable();
    while let Some(tok) = rest.next() {
        let Some((name, value)) = split_switch(&tok.text) else {
            return Err(unrec(Reason::UnexpectedGroupArgument {
                argument: shown(&tok.text),
            }));
        };
        let this = match name.to_ascii_lowercase().as_str() {
            "move" | "moveto" => match value {
                Some(node) if !node.is_empty() => GroupOp::Move {
                    node: checked_name(tok, node, NameKind::Node)?,
                },
                _ if rest.peek().is_some_and(|t| split_switch(&t.text).is_none()) => {
                    return Err(unrec(Reason::MoveWithoutColon {
                        switch: name.to_string(),
                    }));
                }
                _ => {
                    return Err(unrec(Reason::MoveWithoutNode {
                        switch: name.to_string(),
                    }));
                }
            },
            "offline" if value.is_none() => GroupOp::Offline,
            "online" if value.is_none() => GroupOp::Online,
            "offline" | "online" => {
                return Err(unrec(Reason::OnlineOfflineWithValue {
                    switch: name.to_string(),
                }));
            }
            // `/wait` and `/wait:<seconds>` only make cluster.exe wait for the
            // operation to finish.
            "wait" if value.is_none_or(|v| v.chars().all(|c| c.is_ascii_digit())) => continue,
            _ => {
                return Err(unrec(Reason::UnsupportedGroupOption {
                    option: shown(&tok.text),
                }));
            }
        };
        if op.is_some() {
            return Err(unrec(Reason::SeveralGroupOperations));
        }
        op = Some(this);
    }
    let Some(op) = op else {
        return Err(unrec(Reason::GroupWithoutOperation {
            group: shown(&group),
        }));
    };
    Ok(Command::ClusterGroup { cluster, group, op })
}
