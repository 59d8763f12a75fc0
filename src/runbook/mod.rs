//! Runbook commands: turns the text of one runbook step, the command line an administrator
//! pasted from a web page or an old runbook, into a typed [`Command`] that the replay can
//! simulate, or explains in an [`Unrecognized`] reason why it cannot. It knows Exchange Server
//! 2007 Setup (`setup.com` / `setup.exe`, in `setup`), `cluster.exe group` moves and
//! on/offline operations (`cluster`), and the Exchange Management Shell cmdlets `Stop-`,
//! `Start-` and `Move-ClusteredMailboxServer` (`cmdlet`), after `tokenize` has split the line
//! as the shell would. The module is pure and a leaf: no IO, no printing, nothing from the
//! crate, nothing beyond `std`. Names (groups, nodes, identities, clusters) come back exactly
//! as written, only their quotes removed; the caller folds case and strips domains.

mod cluster;
mod cmdlet;
mod setup;
mod tokenize;

use cluster::parse_cluster;
use cmdlet::{Cmdlet, parse_cmdlet};
use setup::parse_setup;
use std::fmt;
use tokenize::{Token, is_dash, is_invisible, strip_call_operator, strip_prompt, tokenize};

/// One runbook step the planner knows how to simulate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Exchange Setup. `program` tells Setup.com from Setup.exe (the GUI wizard, recognised
    /// whatever its arguments and read as the operation its switch names).
    Setup {
        program: SetupProgram,
        mode: SetupMode,
    },
    /// cluster.exe group "<group>" /move:<node> | /moveto:<node> | /offline | /online
    ClusterGroup {
        cluster: Option<String>,
        group: String,
        op: GroupOp,
    },
    /// Stop-ClusteredMailboxServer
    StopCms { identity: String },
    /// Start-ClusteredMailboxServer
    StartCms { identity: String },
    /// Move-ClusteredMailboxServer -TargetMachine <node>
    MoveCms { identity: String, target: String },
}

/// Which Exchange Setup program a step runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupProgram {
    /// `setup.com`, the unattended command-line Setup (also bare `setup`).
    Com,
    /// `setup.exe`, the GUI wizard.
    Exe,
}

/// What an Exchange Setup step does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupMode {
    /// `/mode:upgrade` or `/m:upgrade`: upgrades the node it runs on
    UpgradeNode,
    /// `/upgradecms`: upgrades the CMS on the node it runs on and brings it online
    UpgradeCms,
}

/// What a `cluster.exe group` step does to the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupOp {
    /// `/move:<node>` or `/moveto:<node>`.
    Move { node: String },
    /// `/offline`.
    Offline,
    /// `/online`.
    Online,
}

/// Why a step is not a command cmslint can simulate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrecognized {
    /// A lowercase sentence without a trailing period, e.g.
    /// `parameter -D is ambiguous: -DomainController, -Debug`.
    pub reason: String,
}

impl fmt::Display for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for Unrecognized {}

/// Classifies the text of one runbook step.
///
/// Accepts a pasted shell prompt (`PS C:\>`, `[PS] C:\>`, `C:\>`), a PowerShell
/// call operator (`& "C:\...\setup.com"`), a trailing `;`, typographic dashes and
/// quotes, and line continuations (`` ` `` or `^` at the end of a line).
pub fn classify(run: &str) -> Result<Command, Unrecognized> {
    let cleaned: String = run.chars().filter(|&c| !is_invisible(c)).collect();
    let text = strip_prompt(cleaned.trim());
    let text = strip_call_operator(text);
    let tokens = tokenize(text)?;
    let Some((head, args)) = tokens.split_first() else {
        return Err(unrec("the step is empty"));
    };
    match identify(head) {
        Some(Head::Setup(program)) => parse_setup(program, args),
        Some(Head::Cluster) => parse_cluster(args),
        Some(Head::Cmdlet(cmdlet)) => parse_cmdlet(cmdlet, args),
        None => Err(unrec(format!(
            "'{}' is not a command cmslint understands",
            shown(&head.text)
        ))),
    }
}

pub(super) fn unrec(reason: impl Into<String>) -> Unrecognized {
    Unrecognized {
        reason: reason.into(),
    }
}

pub(super) fn several() -> Unrecognized {
    unrec("several commands in one step")
}

/// A name or value for a reason: control characters blanked, long text cut short.
pub(super) fn shown(s: &str) -> String {
    const MAX: usize = 60;
    let mut out: String = s
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

const SNAPIN: &str = "Microsoft.Exchange.Management.PowerShell.Admin";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Setup(SetupProgram),
    Cluster,
    Cmdlet(Cmdlet),
}

fn identify(head: &Token) -> Option<Head> {
    let text = head.text.as_str();
    let base = text.rsplit(['\\', '/']).next().unwrap_or(text);
    match base.to_ascii_lowercase().as_str() {
        // cmd.exe tries .com before .exe, so bare `setup` is Setup.com.
        "setup" | "setup.com" => return Some(Head::Setup(SetupProgram::Com)),
        "setup.exe" => return Some(Head::Setup(SetupProgram::Exe)),
        "cluster" | "cluster.exe" => return Some(Head::Cluster),
        _ => {}
    }
    // A cmdlet, bare or qualified with the Exchange 2007 snap-in name.
    let name = match text.rsplit_once('\\') {
        Some((snapin, name)) if snapin.eq_ignore_ascii_case(SNAPIN) => name,
        Some(_) => return None,
        None => text,
    };
    let name: String = name
        .chars()
        .map(|c| if is_dash(c) { '-' } else { c })
        .collect();
    [Cmdlet::Stop, Cmdlet::Start, Cmdlet::Move]
        .into_iter()
        .find(|c| c.name().eq_ignore_ascii_case(&name))
        .map(Head::Cmdlet)
}

// Exchange 2007 parameter sets, each cmdlet's own parameters first.
// PowerShell 1.0 common parameters, then the ShouldProcess pair.

#[cfg(test)]
mod tests;
