//! Every phrase of the HTML report that is composed in Rust rather than written in the
//! templates: severity words, roles, states and the descriptions of runbook actions. Together
//! with `templates/report/`, this is all the page says, so a translation touches these two
//! places only.

use super::Mark;
use crate::gate::FailOn;
use crate::gate::SuppressionKind;
use crate::model::{GroupKind, GroupState};

/// The word for a mark, as the severity badges and diagrams print it.
pub fn mark(mark: Mark) -> &'static str {
    match mark {
        Mark::Error => "error",
        Mark::Warning => "warning",
        Mark::Note => "note",
        Mark::Fine => "no finding",
    }
}

/// `--fail-on` as the command line spells it.
pub fn fail_on(fail_on: FailOn) -> &'static str {
    match fail_on {
        FailOn::Error => "error",
        FailOn::Warning => "warning",
        FailOn::Note => "note",
        FailOn::Never => "never",
    }
}

/// `1 finding`, `7 findings`.
pub fn findings(n: usize) -> String {
    format!("{n} finding{}", if n == 1 { "" } else { "s" })
}

pub fn hidden_by(kind: SuppressionKind) -> &'static str {
    match kind {
        SuppressionKind::Config => "suppression in the config",
        SuppressionKind::Baseline => "baseline entry",
    }
}

/// A node's role: active (it owns a CMS), passive (it is known to own none), or neither known
/// (it owns a group that may be a CMS, or a CMS has no known owner).
pub fn role(active: bool, passive: bool) -> &'static str {
    match (active, passive) {
        (true, _) => "active node",
        (false, true) => "passive node",
        (false, false) => "node of unknown role",
    }
}

pub fn group_kind(kind: GroupKind) -> &'static str {
    match kind {
        GroupKind::Cms => "CMS",
        GroupKind::Cluster => "cluster group",
        GroupKind::Other => "group",
        GroupKind::Unknown => "group of unknown kind",
    }
}

pub fn group_state(state: GroupState) -> &'static str {
    match state {
        GroupState::Online => "online",
        GroupState::Offline => "offline",
        GroupState::PartiallyOnline => "partially online",
        GroupState::Failed => "failed",
        GroupState::Unknown => UNKNOWN,
    }
}

pub fn online(online: Option<bool>) -> &'static str {
    match online {
        Some(true) => "online",
        Some(false) => "offline",
        None => UNKNOWN,
    }
}

/// A value the inventory does not give.
pub const UNKNOWN: &str = "unknown";

/// A value the inventory gives that cmslint could not understand: `Windows 2003ish (not
/// understood)`.
pub fn not_understood(text: &str) -> String {
    format!("{text} (not understood)")
}

pub fn windows(version: &str) -> String {
    format!("Windows: {version}")
}

pub fn exchange(version: &str) -> String {
    format!("Exchange: {version}")
}

/// The heading of the diagram's column for groups whose owner is not a node of the cluster.
pub const NO_OWNER: &str = "owner not among the nodes";

/// What the diagram says of a node or group: `✖ error: TOP106, TOP103`, or `✓ no finding`.
pub fn mark_line(worst: Mark, codes: &[&str]) -> String {
    if codes.is_empty() {
        format!("{} {}", worst.symbol(), mark(worst))
    } else {
        format!("{} {}: {}", worst.symbol(), mark(worst), codes.join(", "))
    }
}

/// The accessible name of a cluster diagram.
pub fn diagram_label(cluster: &str, nodes: usize, groups: usize) -> String {
    format!(
        "Diagram of cluster {cluster}: {nodes} node{}, {groups} group{}, each group drawn under \
         the node that owns it; the table below gives the same facts",
        if nodes == 1 { "" } else { "s" },
        if groups == 1 { "" } else { "s" }
    )
}

/// A runbook action, as the timeline's command column describes it.
pub fn install_service_pack(service_pack: Option<u8>) -> String {
    match service_pack {
        Some(sp) => format!("install Windows service pack {sp}"),
        None => "install a Windows service pack".to_string(),
    }
}

pub const REMOVE_ROLLUPS: &str = "remove the Exchange update rollups";

pub fn upgrade_windows(to: &str) -> String {
    format!("upgrade Windows to {to}")
}

pub const NOTE: &str = "note";

/// A maintenance window's length: `6 h`, `5 h 30 min`, `45 min`.
pub fn duration(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}
