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
    pub reason: Reason,
}

/// What keeps a step from being classified, with the words and values it is about as the step
/// wrote them (control characters blanked, long text cut short). Callers say it in the reader's
/// language; `Display` gives the English sentence, lowercase and without a trailing period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Nothing but blanks, a prompt or a comment.
    EmptyStep,
    /// The program or cmdlet is none that cmslint knows.
    UnknownCommand {
        name: String,
    },
    /// `;`, `|`, `&&` or a second line.
    SeveralCommands,
    /// `>` or `<`.
    Redirection,
    /// A PowerShell or cmd.exe escape character that does not continue the line.
    EscapeCharacter {
        character: char,
    },
    UnterminatedQuote,
    /// An argument the program (`setup.com`, `cluster.exe`, a cmdlet) takes no place for.
    UnexpectedArgument {
        argument: String,
        program: &'static str,
    },
    /// `setup.com /mode` without a value.
    SetupModeWithoutValue,
    /// `setup.com /upgradecms:<value>`.
    SetupUpgradeCmsWithValue,
    /// `setup.com /mode:<mode>` for a mode other than `upgrade`.
    SetupModeNotUpgrade {
        mode: String,
    },
    /// `setup.com /mode:upgrade /upgradecms`.
    SetupBothModes,
    /// `setup.com` with neither `/mode:upgrade` nor `/upgradecms`.
    SetupNotUpgrade,
    /// `cluster.exe` without `group`.
    ClusterWithoutGroup,
    /// `cluster.exe node`, `cluster.exe res`, an unknown switch before `group`.
    ClusterUnsupported {
        word: String,
    },
    /// `/cluster:` given twice, or beside a cluster name.
    ClusterNamedTwice,
    /// `cluster.exe group` followed by a switch or nothing.
    GroupNameMissing,
    /// A second word after the group name, usually an unquoted name with a space.
    UnexpectedGroupArgument {
        argument: String,
    },
    /// `/move <node>` rather than `/move:<node>`.
    MoveWithoutColon {
        switch: String,
    },
    /// `/move` without a node.
    MoveWithoutNode {
        switch: String,
    },
    /// `/online:<value>` or `/offline:<value>`.
    OnlineOfflineWithValue {
        switch: String,
    },
    /// A `cluster.exe group` switch other than move, online, offline and wait.
    UnsupportedGroupOption {
        option: String,
    },
    /// Two of move, online and offline.
    SeveralGroupOperations,
    /// `cluster.exe group "<group>"` with no operation.
    GroupWithoutOperation {
        group: String,
    },
    /// `-` alone.
    LoneDash,
    UnknownParameter {
        parameter: String,
        cmdlet: &'static str,
    },
    /// A prefix of several parameters (each given with its dash).
    AmbiguousParameter {
        parameter: String,
        candidates: Vec<String>,
    },
    ParameterTwice {
        parameter: &'static str,
    },
    ParameterWithoutValue {
        parameter: &'static str,
    },
    /// A switch given a value other than `$true` or `$false`.
    SwitchNotBoolean {
        parameter: &'static str,
        value: String,
    },
    /// `-WhatIf`: the step would change nothing.
    WhatIf,
    MissingIdentity {
        cmdlet: &'static str,
    },
    MissingTarget {
        cmdlet: &'static str,
    },
    /// A name given as a list (`a,b`).
    NameIsList {
        what: NameKind,
        value: String,
    },
    /// A name the shell would substitute (`$cms`, `%NODE%`).
    NameExpands {
        what: NameKind,
        value: String,
    },
    EmptyName {
        what: NameKind,
    },
    NameHasControl {
        what: NameKind,
        value: String,
    },
}

/// Which name of a command a [`Reason`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Cluster,
    Group,
    Node,
    /// `-Identity` of a cmdlet.
    Identity,
    /// `-TargetMachine` of `Move-ClusteredMailboxServer`.
    TargetMachine,
}

impl fmt::Display for NameKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameKind::Cluster => "cluster name",
            NameKind::Group => "group name",
            NameKind::Node => "node name",
            NameKind::Identity => "identity",
            NameKind::TargetMachine => "target machine",
        })
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NOT_UNDERSTOOD: &str = "is not a command cmslint understands";
        match self {
            Reason::EmptyStep => write!(f, "the step is empty"),
            Reason::UnknownCommand { name } => write!(f, "'{name}' {NOT_UNDERSTOOD}"),
            Reason::SeveralCommands => write!(f, "several commands in one step"),
            Reason::Redirection => {
                write!(f, "redirection ('<' or '>') is not supported in a step")
            }
            Reason::EscapeCharacter { character } => {
                write!(f, "escape character '{character}' is not supported")
            }
            Reason::UnterminatedQuote => write!(f, "unterminated quote"),
            Reason::UnexpectedArgument { argument, program } => {
                write!(f, "unexpected argument '{argument}' to {program}")
            }
            Reason::SetupModeWithoutValue => {
                write!(f, "setup.com /mode needs a value such as /mode:upgrade")
            }
            Reason::SetupUpgradeCmsWithValue => write!(f, "setup.com /upgradecms takes no value"),
            Reason::SetupModeNotUpgrade { mode } => {
                write!(f, "setup.com /mode:{mode} is not an upgrade")
            }
            Reason::SetupBothModes => write!(
                f,
                "setup.com with both /mode:upgrade and /upgradecms is ambiguous"
            ),
            Reason::SetupNotUpgrade => write!(
                f,
                "setup.com without /mode:upgrade or /upgradecms is not an upgrade step"
            ),
            Reason::ClusterWithoutGroup => {
                write!(f, "cluster.exe without the group verb {NOT_UNDERSTOOD}")
            }
            Reason::ClusterUnsupported { word } => {
                write!(f, "cluster.exe '{word}' {NOT_UNDERSTOOD}")
            }
            Reason::ClusterNamedTwice => write!(f, "cluster.exe names the cluster twice"),
            Reason::GroupNameMissing => write!(f, "cluster.exe group needs a group name"),
            Reason::UnexpectedGroupArgument { argument } => write!(
                f,
                "unexpected argument '{argument}' to cluster.exe group (quote group names with \
                 spaces)"
            ),
            Reason::MoveWithoutColon { switch } => write!(
                f,
                "cluster.exe /{switch} needs the colon form /{switch}:<node>"
            ),
            Reason::MoveWithoutNode { switch } => write!(
                f,
                "cluster.exe /{switch} without a node lets cluster.exe pick one, so the plan \
                 cannot be replayed"
            ),
            Reason::OnlineOfflineWithValue { switch } => {
                write!(f, "cluster.exe /{switch} with a value is not supported")
            }
            Reason::UnsupportedGroupOption { option } => {
                write!(f, "cluster.exe group option '{option}' is not supported")
            }
            Reason::SeveralGroupOperations => {
                write!(f, "cluster.exe group with several operations")
            }
            Reason::GroupWithoutOperation { group } => write!(
                f,
                "cluster.exe group '{group}' without /move, /offline or /online {NOT_UNDERSTOOD}"
            ),
            Reason::LoneDash => write!(f, "a lone '-' is not a parameter"),
            Reason::UnknownParameter { parameter, cmdlet } => {
                write!(f, "unknown parameter -{parameter} for {cmdlet}")
            }
            Reason::AmbiguousParameter {
                parameter,
                candidates,
            } => write!(
                f,
                "parameter -{parameter} is ambiguous: {}",
                candidates.join(", ")
            ),
            Reason::ParameterTwice { parameter } => {
                write!(f, "parameter -{parameter} is given more than once")
            }
            Reason::ParameterWithoutValue { parameter } => {
                write!(f, "parameter -{parameter} needs a value")
            }
            Reason::SwitchNotBoolean { parameter, value } => {
                write!(f, "-{parameter}:{value} is not $true or $false")
            }
            Reason::WhatIf => write!(f, "-WhatIf makes the step a dry run"),
            Reason::MissingIdentity { cmdlet } => write!(f, "missing identity for {cmdlet}"),
            Reason::MissingTarget { cmdlet } => write!(f, "missing -TargetMachine for {cmdlet}"),
            Reason::NameIsList { what, value } => write!(f, "{what} '{value}' is a list"),
            Reason::NameExpands { what, value } => {
                write!(f, "{what} '{value}' uses a variable or an expression")
            }
            Reason::EmptyName { what } => write!(f, "empty {what}"),
            Reason::NameHasControl { what, value } => {
                write!(f, "{what} '{value}' contains a control character")
            }
        }
    }
}

impl fmt::Display for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.reason.fmt(f)
    }
}

impl std::error::Error for Unrecognized {}

/// Classifies the text of one runbook step.
///
/// Accepts a pasted shell prompt (`PS C:\>`, `[PS] C:\>`, `C:\>`), a PowerShell
/// call operator (`& "C:\...\setup.com"`), a trailing `;`, typographic dashes and
/// quotes, and line continuations (`` ` `` or `^` at the end of a line).
pub fn classify(run: &str) -> Result<Command, Unrecognized> {
    // Copied only when there is something to drop (rarely). Every invisible character is
    // outside ASCII, and most steps are ASCII, which is a quicker test than the search.
    let cleaned: std::borrow::Cow<str> = if !run.is_ascii() && run.contains(is_invisible) {
        run.chars()
            .filter(|&c| !is_invisible(c))
            .collect::<String>()
            .into()
    } else {
        run.into()
    };
    let text = strip_prompt(cleaned.trim());
    let text = strip_call_operator(text);
    let tokens = tokenize(text)?;
    let Some((head, args)) = tokens.split_first() else {
        return Err(unrec(Reason::EmptyStep));
    };
    match identify(head) {
        Some(Head::Setup(program)) => parse_setup(program, args),
        Some(Head::Cluster) => parse_cluster(args),
        Some(Head::Cmdlet(cmdlet)) => parse_cmdlet(cmdlet, args),
        None => Err(unrec(Reason::UnknownCommand {
            name: shown(&head.text),
        })),
    }
}

pub(super) fn unrec(reason: Reason) -> Unrecognized {
    Unrecognized { reason }
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
