//! Turns the text of one runbook step, the command line an administrator pasted
//! from a web page or an old runbook, into a typed [`Command`] that the planner
//! can simulate, or explains in an [`Unrecognized`] reason why it cannot. It knows
//! Exchange Server 2007 Setup (`setup.com` / `setup.exe`), `cluster.exe group`
//! moves and on/offline operations, and the Exchange Management Shell cmdlets
//! `Stop-`, `Start-` and `Move-ClusteredMailboxServer`. The module is pure: no IO,
//! no printing, nothing beyond `std`. Names (groups, nodes, identities, clusters)
//! come back exactly as written, only their quotes removed; the caller folds case
//! and strips domains.

use std::fmt;

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

fn unrec(reason: impl Into<String>) -> Unrecognized {
    Unrecognized {
        reason: reason.into(),
    }
}

fn several() -> Unrecognized {
    unrec("several commands in one step")
}

/// A name or value for a reason: control characters blanked, long text cut short.
fn shown(s: &str) -> String {
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

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

/// `-` and the dashes web pages and word processors substitute for it. PowerShell
/// itself accepts en dash, em dash and horizontal bar as a parameter dash.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

/// `"` and its typographic stand-ins `“ ” „ ‟`, all interchangeable.
fn is_dquote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}')
}

/// `'` and its typographic stand-ins `‘ ’ ‚ ‛`, all interchangeable.
fn is_squote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Zero-width characters and soft hyphens that ride along when copying from web
/// pages; they are dropped before anything else looks at the text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

// ---------------------------------------------------------------------------
// Prompt and call operator
// ---------------------------------------------------------------------------

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// `C:`, `\\server\share` or a provider path (`Microsoft.PowerShell.Core\FileSystem::...`).
fn looks_like_location(p: &str) -> bool {
    let b = p.as_bytes();
    let drive = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':';
    (drive || p.starts_with("\\\\") || p.contains("::"))
        && !p.chars().any(|c| is_dquote(c) || is_squote(c) || c == '|')
}

/// A cmd.exe prompt path like `C:\Program Files\Exchange Server\Bin`. Strict, so
/// that `C:\SP2\setup.com /mode:upgrade >log` is not mistaken for a prompt.
fn is_cmd_prompt_path(p: &str) -> bool {
    let b = p.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_alphabetic() || b[1] != b':' || b[2] != b'\\' {
        return false;
    }
    let rest = &p[3..];
    let mut prev_space = false;
    for c in rest.chars() {
        if matches!(c, ':' | '/' | '|' | '&' | '<') || is_dquote(c) || is_squote(c) {
            return false;
        }
        if prev_space && is_dash(c) {
            return false;
        }
        prev_space = c.is_whitespace();
    }
    true
}

/// Drops a leading `PS C:\>`, `[PS] C:\>`, `PS>` or `C:\>` prompt.
fn strip_prompt(s: &str) -> &str {
    let (powershell, rest) = if let Some(r) = strip_prefix_ci(s, "[PS]") {
        (true, r)
    } else if let Some(r) = strip_prefix_ci(s, "PS")
        && r.starts_with(|c: char| c.is_whitespace() || c == '>')
    {
        (true, r)
    } else {
        (false, s)
    };
    let Some(gt) = rest.find('>') else {
        return s;
    };
    let path = &rest[..gt];
    let is_prompt = if powershell {
        let p = path.trim();
        p.is_empty() || looks_like_location(p)
    } else {
        is_cmd_prompt_path(path)
    };
    if is_prompt {
        rest[gt + 1..].trim_start()
    } else {
        s
    }
}

/// Drops PowerShell's call operator in `& "C:\Program Files\...\setup.com" ...`.
fn strip_call_operator(s: &str) -> &str {
    match s.strip_prefix('&') {
        Some(rest) if !rest.starts_with('&') => rest.trim_start(),
        _ => s,
    }
}

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

// The tokenizer is hand-written because no crate parses cmd.exe/PowerShell command
// lines of this narrow shape: one command, either shell's quoting (straight and
// typographic quotes alike), quotes in the middle of an argument (`/move:"N 2"`),
// and the few constructs (pipes, `;`, `&&`, variables, redirection) that must be
// detected and refused rather than interpreted.

/// One argument, after quote removal.
#[derive(Debug, Clone, Default)]
struct Token {
    /// The argument with its quotes removed.
    text: String,
    /// The argument began with a quote, so PowerShell never reads it as a parameter.
    quoted_start: bool,
    /// Holds `$` or `%` outside single quotes, unquoted `( ) { }` or a leading `@`:
    /// the shell would substitute something the linter cannot know.
    expands: bool,
    /// Holds an unquoted comma: PowerShell would pass a list.
    list: bool,
}

/// If `chars[i..]` is optional blanks then a line break (or the end), the index
/// after that line break: the escape character before `i` continues the line.
fn continuation(chars: &[char], mut i: usize) -> Option<usize> {
    while i < chars.len() && chars[i].is_whitespace() && !is_newline(chars[i]) {
        i += 1;
    }
    match chars.get(i) {
        None => Some(i),
        Some('\r') if chars.get(i + 1) == Some(&'\n') => Some(i + 2),
        Some(&c) if is_newline(c) => Some(i + 1),
        Some(_) => None,
    }
}

/// Splits one command line into arguments, refusing anything that is not exactly
/// one simple command.
fn tokenize(text: &str) -> Result<Vec<Token>, Unrecognized> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens: Vec<Token> = Vec::new();
    let mut cur: Option<Token> = None;
    // A `;` or a line break closed the command: anything but blanks, further
    // `;` and comments after it is a second command.
    let mut ended = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            tokens.extend(cur.take());
            if is_newline(c) && !tokens.is_empty() {
                ended = true;
            }
            i += 1;
            continue;
        }
        if cur.is_none() {
            if c == '#' {
                // PowerShell comment, to the end of the line.
                while i < chars.len() && !is_newline(chars[i]) {
                    i += 1;
                }
                continue;
            }
            if c == ';' {
                ended |= !tokens.is_empty();
                i += 1;
                continue;
            }
            if ended {
                return Err(several());
            }
        }
        match c {
            ';' => {
                tokens.extend(cur.take());
                ended = true;
                i += 1;
            }
            '|' | '&' => return Err(several()),
            '<' | '>' => return Err(unrec("redirection ('<' or '>') is not supported in a step")),
            '`' | '^' => match continuation(&chars, i + 1) {
                Some(next) => {
                    tokens.extend(cur.take());
                    i = next;
                }
                None => {
                    return Err(unrec(format!("escape character '{c}' is not supported")));
                }
            },
            _ if is_dquote(c) || is_squote(c) => {
                let double = is_dquote(c);
                let tok = cur.get_or_insert_with(|| Token {
                    quoted_start: true,
                    ..Token::default()
                });
                i += 1;
                loop {
                    let Some(&q) = chars.get(i) else {
                        return Err(unrec("unterminated quote"));
                    };
                    i += 1;
                    if (double && is_dquote(q)) || (!double && is_squote(q)) {
                        break;
                    }
                    if double {
                        if q == '`' {
                            return Err(unrec("escape character '`' is not supported"));
                        }
                        if matches!(q, '$' | '%') {
                            tok.expands = true;
                        }
                    }
                    tok.text.push(q);
                }
            }
            _ => {
                let tok = cur.get_or_insert_with(Token::default);
                if matches!(c, '$' | '%' | '(' | ')' | '{' | '}')
                    || (c == '@' && tok.text.is_empty())
                {
                    tok.expands = true;
                }
                if c == ',' {
                    tok.list = true;
                }
                tok.text.push(c);
                i += 1;
            }
        }
    }
    tokens.extend(cur);
    Ok(tokens)
}

/// `/name`, `/name:value`, `-name:value` (any dash): the switch syntax of Setup and
/// cluster.exe. `None` for anything else, including a bare `/`.
fn split_switch(text: &str) -> Option<(&str, Option<&str>)> {
    let first = text.chars().next()?;
    if first != '/' && !is_dash(first) {
        return None;
    }
    let rest = &text[first.len_utf8()..];
    let (name, value) = match rest.split_once(':') {
        Some((n, v)) => (n, Some(v)),
        None => (rest, None),
    };
    (!name.is_empty()).then_some((name, value))
}

/// A name the step acts on: refused if the shell would substitute it, or if it is
/// empty or holds control characters.
fn checked_name(tok: &Token, value: &str, what: &str) -> Result<String, Unrecognized> {
    if tok.expands {
        return Err(unrec(format!(
            "{what} '{}' uses a variable or an expression",
            shown(value)
        )));
    }
    if value.trim().is_empty() {
        return Err(unrec(format!("empty {what}")));
    }
    if value.chars().any(char::is_control) {
        return Err(unrec(format!(
            "{what} '{}' contains a control character",
            shown(value)
        )));
    }
    Ok(value.to_string())
}

// ---------------------------------------------------------------------------
// Which command
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Exchange Setup
// ---------------------------------------------------------------------------

fn parse_setup(program: SetupProgram, args: &[Token]) -> Result<Command, Unrecognized> {
    if program == SetupProgram::Exe {
        // The wizard, whatever its arguments: `/upgradecms` upgrades the CMS, anything else
        // (`/mode:upgrade`, no switch) the node it runs on.
        let switch = |wanted: &str, value: Option<&str>| {
            args.iter().any(|tok| {
                split_switch(&tok.text).is_some_and(|(name, v)| {
                    name.eq_ignore_ascii_case(wanted)
                        && v.map(str::to_ascii_lowercase).as_deref() == value
                })
            })
        };
        let upgrade_node = switch("mode", Some("upgrade")) || switch("m", Some("upgrade"));
        let mode = if switch("upgradecms", None) && !upgrade_node {
            SetupMode::UpgradeCms
        } else {
            SetupMode::UpgradeNode
        };
        return Ok(Command::Setup { program, mode });
    }
    let mut upgrade_node = false;
    let mut upgrade_cms = false;
    let mut other_mode: Option<&str> = None;
    for tok in args {
        let Some((name, value)) = split_switch(&tok.text) else {
            return Err(unrec(format!(
                "unexpected argument '{}' to setup.com",
                shown(&tok.text)
            )));
        };
        match name.to_ascii_lowercase().as_str() {
            "mode" | "m" => match value {
                Some(v) if v.eq_ignore_ascii_case("upgrade") => upgrade_node = true,
                Some(v) if !v.is_empty() => other_mode = other_mode.or(Some(v)),
                _ => return Err(unrec("setup.com /mode needs a value such as /mode:upgrade")),
            },
            "upgradecms" => {
                if value.is_some() {
                    return Err(unrec("setup.com /upgradecms takes no value"));
                }
                upgrade_cms = true;
            }
            // /DomainController:, /EnableErrorReporting and the like do not
            // change what the step does.
            _ => {}
        }
    }
    if let Some(mode) = other_mode {
        return Err(unrec(format!(
            "setup.com /mode:{} is not an upgrade",
            shown(mode)
        )));
    }
    let mode = match (upgrade_node, upgrade_cms) {
        (true, true) => {
            return Err(unrec(
                "setup.com with both /mode:upgrade and /upgradecms is ambiguous",
            ));
        }
        (true, false) => SetupMode::UpgradeNode,
        (false, true) => SetupMode::UpgradeCms,
        (false, false) => {
            return Err(unrec(
                "setup.com without /mode:upgrade or /upgradecms is not an upgrade step",
            ));
        }
    };
    Ok(Command::Setup { program, mode })
}

// ---------------------------------------------------------------------------
// cluster.exe
// ---------------------------------------------------------------------------

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

fn parse_cluster(args: &[Token]) -> Result<Command, Unrecognized> {
    let mut rest = args.iter();
    let mut cluster: Option<String> = None;
    // Everything up to the `group` keyword.
    loop {
        let Some(tok) = rest.next() else {
            return Err(unrec(
                "cluster.exe without the group verb is not a command cmslint understands",
            ));
        };
        if let Some((name, value)) = split_switch(&tok.text) {
            if !matches!(name.to_ascii_lowercase().as_str(), "cluster" | "c") {
                return Err(unrec(format!(
                    "cluster.exe '{}' is not a command cmslint understands",
                    shown(&tok.text)
                )));
            }
            if cluster.is_some() {
                return Err(unrec("cluster.exe names the cluster twice"));
            }
            cluster = Some(checked_name(tok, value.unwrap_or(""), "cluster name")?);
            continue;
        }
        let word = tok.text.to_ascii_lowercase();
        if word == "group" {
            break;
        }
        if CLUSTER_KEYWORDS.contains(&word.as_str()) {
            return Err(unrec(format!(
                "cluster.exe '{}' is not a command cmslint understands",
                shown(&tok.text)
            )));
        }
        if cluster.is_some() {
            return Err(unrec(format!(
                "unexpected argument '{}' to cluster.exe",
                shown(&tok.text)
            )));
        }
        cluster = Some(checked_name(tok, &tok.text, "cluster name")?);
    }

    let group = match rest.next() {
        Some(tok) if split_switch(&tok.text).is_none() => {
            checked_name(tok, &tok.text, "group name")?
        }
        _ => return Err(unrec("cluster.exe group needs a group name")),
    };

    let mut op: Option<GroupOp> = None;
    let mut rest = rest.peekable();
    while let Some(tok) = rest.next() {
        let Some((name, value)) = split_switch(&tok.text) else {
            return Err(unrec(format!(
                "unexpected argument '{}' to cluster.exe group (quote group names with spaces)",
                shown(&tok.text)
            )));
        };
        let this = match name.to_ascii_lowercase().as_str() {
            "move" | "moveto" => match value {
                Some(node) if !node.is_empty() => GroupOp::Move {
                    node: checked_name(tok, node, "node name")?,
                },
                _ if rest.peek().is_some_and(|t| split_switch(&t.text).is_none()) => {
                    return Err(unrec(format!(
                        "cluster.exe /{name} needs the colon form /{name}:<node>"
                    )));
                }
                _ => {
                    return Err(unrec(format!(
                        "cluster.exe /{name} without a node lets cluster.exe pick one, so the plan cannot be replayed"
                    )));
                }
            },
            "offline" if value.is_none() => GroupOp::Offline,
            "online" if value.is_none() => GroupOp::Online,
            "offline" | "online" => {
                return Err(unrec(format!(
                    "cluster.exe /{name} with a value is not supported"
                )));
            }
            // `/wait` and `/wait:<seconds>` only make cluster.exe wait for the
            // operation to finish.
            "wait" if value.is_none_or(|v| v.chars().all(|c| c.is_ascii_digit())) => continue,
            _ => {
                return Err(unrec(format!(
                    "cluster.exe group option '{}' is not supported",
                    shown(&tok.text)
                )));
            }
        };
        if op.is_some() {
            return Err(unrec("cluster.exe group with several operations"));
        }
        op = Some(this);
    }
    let Some(op) = op else {
        return Err(unrec(format!(
            "cluster.exe group '{}' without /move, /offline or /online is not a command cmslint understands",
            shown(&group)
        )));
    };
    Ok(Command::ClusterGroup { cluster, group, op })
}

// ---------------------------------------------------------------------------
// Exchange Management Shell cmdlets
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmdlet {
    Stop,
    Start,
    Move,
}

/// What a parameter means to the planner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Identity,
    Target,
    WhatIf,
    /// Accepted and ignored (DomainController, StopReason, Verbose, Confirm...).
    Other,
}

#[derive(Debug)]
struct Param {
    name: &'static str,
    aliases: &'static [&'static str],
    /// `false` for a switch parameter.
    takes_value: bool,
    role: Role,
}

const fn param(name: &'static str, takes_value: bool, role: Role) -> Param {
    Param {
        name,
        aliases: &[],
        takes_value,
        role,
    }
}

const fn aliased(name: &'static str, aliases: &'static [&'static str], takes_value: bool) -> Param {
    Param {
        name,
        aliases,
        takes_value,
        role: Role::Other,
    }
}

// Exchange 2007 parameter sets, each cmdlet's own parameters first.
const STOP_PARAMS: &[Param] = &[
    param("Identity", true, Role::Identity),
    param("StopReason", true, Role::Other),
    param("DomainController", true, Role::Other),
];
const START_PARAMS: &[Param] = &[
    param("Identity", true, Role::Identity),
    param("DomainController", true, Role::Other),
];
const MOVE_PARAMS: &[Param] = &[
    param("Identity", true, Role::Identity),
    param("TargetMachine", true, Role::Target),
    param("MoveComment", true, Role::Other),
    param("IgnoreDismountFailure", false, Role::Other),
    param("DomainController", true, Role::Other),
];
// PowerShell 1.0 common parameters, then the ShouldProcess pair.
const COMMON_PARAMS: &[Param] = &[
    aliased("Verbose", &["vb"], false),
    aliased("Debug", &["db"], false),
    aliased("ErrorAction", &["ea"], true),
    aliased("WarningAction", &["wa"], true),
    aliased("ErrorVariable", &["ev"], true),
    aliased("WarningVariable", &["wv"], true),
    aliased("OutVariable", &["ov"], true),
    aliased("OutBuffer", &["ob"], true),
    Param {
        name: "WhatIf",
        aliases: &["wi"],
        takes_value: false,
        role: Role::WhatIf,
    },
    aliased("Confirm", &["cf"], false),
];

impl Cmdlet {
    fn name(self) -> &'static str {
        match self {
            Cmdlet::Stop => "Stop-ClusteredMailboxServer",
            Cmdlet::Start => "Start-ClusteredMailboxServer",
            Cmdlet::Move => "Move-ClusteredMailboxServer",
        }
    }

    fn params(self) -> impl Iterator<Item = &'static Param> {
        let own = match self {
            Cmdlet::Stop => STOP_PARAMS,
            Cmdlet::Start => START_PARAMS,
            Cmdlet::Move => MOVE_PARAMS,
        };
        own.iter().chain(COMMON_PARAMS)
    }

    /// PowerShell's binding: an exact name or alias wins, otherwise the written
    /// name must be a prefix of exactly one parameter (or of one of its aliases).
    fn resolve(self, written: &str) -> Result<&'static Param, Unrecognized> {
        if written.is_empty() {
            return Err(unrec("a lone '-' is not a parameter"));
        }
        let is_prefix = |full: &str| {
            full.len() >= written.len()
                && full.as_bytes()[..written.len()].eq_ignore_ascii_case(written.as_bytes())
        };
        if let Some(p) = self.params().find(|p| {
            p.name.eq_ignore_ascii_case(written)
                || p.aliases.iter().any(|a| a.eq_ignore_ascii_case(written))
        }) {
            return Ok(p);
        }
        let matches: Vec<&Param> = self
            .params()
            .filter(|p| is_prefix(p.name) || p.aliases.iter().any(|a| is_prefix(a)))
            .collect();
        match matches.as_slice() {
            [] => Err(unrec(format!(
                "unknown parameter -{} for {}",
                shown(written),
                self.name()
            ))),
            [one] => Ok(one),
            many => Err(unrec(format!(
                "parameter -{} is ambiguous: {}",
                shown(written),
                many.iter()
                    .map(|p| format!("-{}", p.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }
}

/// `-Name` or `-Name:value` (any dash), unless the token began with a quote.
fn ps_param(tok: &Token) -> Option<(&str, Option<&str>)> {
    if tok.quoted_start {
        return None;
    }
    let first = tok.text.chars().next()?;
    if !is_dash(first) {
        return None;
    }
    let rest = &tok.text[first.len_utf8()..];
    Some(match rest.split_once(':') {
        Some((n, v)) => (n, Some(v)),
        None => (rest, None),
    })
}

/// A value bound to an Identity or TargetMachine parameter.
fn ps_name(tok: &Token, value: &str, what: &str) -> Result<String, Unrecognized> {
    if tok.list {
        return Err(unrec(format!("{what} '{}' is a list", shown(value))));
    }
    checked_name(tok, value, what)
}

fn parse_cmdlet(cmdlet: Cmdlet, args: &[Token]) -> Result<Command, Unrecognized> {
    let mut identity: Option<String> = None;
    let mut target: Option<String> = None;
    let mut bound: Vec<&'static str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let tok = &args[i];
        i += 1;
        let Some((written, inline)) = ps_param(tok) else {
            // Identity is the only positional parameter.
            if identity.is_some() {
                return Err(unrec(format!(
                    "unexpected argument '{}' to {}",
                    shown(&tok.text),
                    cmdlet.name()
                )));
            }
            identity = Some(ps_name(tok, &tok.text, "identity")?);
            bound.push("Identity");
            continue;
        };
        let spec = cmdlet.resolve(written)?;
        if bound.contains(&spec.name) {
            return Err(unrec(format!(
                "parameter -{} is given more than once",
                spec.name
            )));
        }
        bound.push(spec.name);
        // `-Name:value` binds the value; `-Name:` or `-Name: value` takes the
        // next argument; `-Name value` does so only for a non-switch parameter.
        let value = match inline {
            Some(v) if !v.is_empty() => Some((tok, v)),
            None if !spec.takes_value => None,
            _ => match args.get(i) {
                Some(next) if ps_param(next).is_none() => {
                    i += 1;
                    Some((next, next.text.as_str()))
                }
                _ => {
                    return Err(unrec(format!("parameter -{} needs a value", spec.name)));
                }
            },
        };
        if !spec.takes_value {
            let on = match value {
                None => true,
                Some((_, v)) if v.eq_ignore_ascii_case("$true") => true,
                Some((_, v)) if v.eq_ignore_ascii_case("$false") => false,
                Some((_, v)) => {
                    return Err(unrec(format!(
                        "-{}:{} is not $true or $false",
                        spec.name,
                        shown(v)
                    )));
                }
            };
            if spec.role == Role::WhatIf && on {
                return Err(unrec("-WhatIf makes the step a dry run"));
            }
            continue;
        }
        let Some((vtok, v)) = value else { continue };
        match spec.role {
            Role::Identity => identity = Some(ps_name(vtok, v, "identity")?),
            Role::Target => target = Some(ps_name(vtok, v, "target machine")?),
            Role::WhatIf | Role::Other => {}
        }
    }
    let Some(identity) = identity else {
        return Err(unrec(format!("missing identity for {}", cmdlet.name())));
    };
    Ok(match cmdlet {
        Cmdlet::Stop => Command::StopCms { identity },
        Cmdlet::Start => Command::StartCms { identity },
        Cmdlet::Move => {
            let Some(target) = target else {
                return Err(unrec(format!(
                    "missing -TargetMachine for {}",
                    cmdlet.name()
                )));
            };
            Command::MoveCms { identity, target }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn setup(program: SetupProgram, mode: SetupMode) -> Command {
        Command::Setup { program, mode }
    }

    fn group(cluster: Option<&str>, group: &str, op: GroupOp) -> Command {
        Command::ClusterGroup {
            cluster: cluster.map(str::to_string),
            group: group.to_string(),
            op,
        }
    }

    fn mv(node: &str) -> GroupOp {
        GroupOp::Move {
            node: node.to_string(),
        }
    }

    fn stop(identity: &str) -> Command {
        Command::StopCms {
            identity: identity.to_string(),
        }
    }

    fn start(identity: &str) -> Command {
        Command::StartCms {
            identity: identity.to_string(),
        }
    }

    fn move_cms(identity: &str, target: &str) -> Command {
        Command::MoveCms {
            identity: identity.to_string(),
            target: target.to_string(),
        }
    }

    /// `Ok(command)` expects that command; `Err(parts)` expects Unrecognized with a
    /// reason containing every part (an exact reason is a single full part).
    type Expect = Result<Command, &'static [&'static str]>;

    fn cases() -> Vec<(&'static str, Expect)> {
        use GroupOp::{Offline, Online};
        use SetupMode::{UpgradeCms, UpgradeNode};
        use SetupProgram::{Com, Exe};
        vec![
            // ---- Exchange Setup ----
            ("setup.com /mode:upgrade", Ok(setup(Com, UpgradeNode))),
            ("Setup.com /mode:Upgrade", Ok(setup(Com, UpgradeNode))),
            ("SETUP.COM /M:UPGRADE", Ok(setup(Com, UpgradeNode))),
            ("setup /m:upgrade", Ok(setup(Com, UpgradeNode))),
            (
                r"D:\SP2\setup.com /mode:upgrade",
                Ok(setup(Com, UpgradeNode)),
            ),
            (
                r#""C:\Program Files\x\setup.com" /upgradecms"#,
                Ok(setup(Com, UpgradeCms)),
            ),
            (r".\setup.com /upgradeCMS", Ok(setup(Com, UpgradeCms))),
            ("E:/setup.com -mode:upgrade", Ok(setup(Com, UpgradeNode))),
            ("setup.com –mode:upgrade", Ok(setup(Com, UpgradeNode))),
            ("setup.com /mode:“upgrade”", Ok(setup(Com, UpgradeNode))),
            (
                "setup.com /mode:upgrade /DomainController:dc1.contoso.com /EnableErrorReporting",
                Ok(setup(Com, UpgradeNode)),
            ),
            (r"C:\> D:\setup.com /upgradecms", Ok(setup(Com, UpgradeCms))),
            (
                r#"[PS] C:\Windows\system32>& "E:\Exchange 2007 SP3\setup.com" /m:upgrade"#,
                Ok(setup(Com, UpgradeNode)),
            ),
            ("setup.exe", Ok(setup(Exe, UpgradeNode))),
            (r"D:\Setup.EXE /mode:upgrade", Ok(setup(Exe, UpgradeNode))),
            (r"D:\SP2\setup.exe /upgradecms", Ok(setup(Exe, UpgradeCms))),
            (
                "setup.exe /UpgradeCMS /DomainController:dc1",
                Ok(setup(Exe, UpgradeCms)),
            ),
            ("setup.exe /m:upgrade", Ok(setup(Exe, UpgradeNode))),
            // The wizard whatever its arguments: what it does is read from its switch.
            ("setup.exe /mode:install", Ok(setup(Exe, UpgradeNode))),
            ("setup.exe upgrade", Ok(setup(Exe, UpgradeNode))),
            ("setup.com /mode:upgrade;", Ok(setup(Com, UpgradeNode))),
            ("setup.com /mode:install /roles:mb", Err(&["/mode:install"])),
            ("setup.com /roles:mb", Err(&["without /mode:upgrade"])),
            ("setup.com", Err(&["without /mode:upgrade"])),
            ("setup.com /mode:upgrade /upgradecms", Err(&["both"])),
            ("setup.com /mode", Err(&["needs a value"])),
            ("setup.com upgrade", Err(&["'upgrade'"])),
            ("setup.com /newcms /cmsname:EXCMS01", Err(&["without"])),
            // ---- cluster.exe ----
            (
                r#"cluster group "EXCMS01" /move:EXNODE2"#,
                Ok(group(None, "EXCMS01", mv("EXNODE2"))),
            ),
            (
                "cluster group EXCMS01 /move:EXNODE2",
                Ok(group(None, "EXCMS01", mv("EXNODE2"))),
            ),
            (
                r#"cluster.exe group "Cluster Group" /moveto:exnode1.contoso.com"#,
                Ok(group(None, "Cluster Group", mv("exnode1.contoso.com"))),
            ),
            (
                r#"CLUSTER GROUP "EXCMS01" /MOVE:"EXNODE2""#,
                Ok(group(None, "EXCMS01", mv("EXNODE2"))),
            ),
            (
                r#"cluster /cluster:EXCLUS1 group "EXCMS01" /offline"#,
                Ok(group(Some("EXCLUS1"), "EXCMS01", Offline)),
            ),
            (
                "cluster /c:EXCLUS1 group EXCMS01 /online",
                Ok(group(Some("EXCLUS1"), "EXCMS01", Online)),
            ),
            (
                "cluster EXCLUS1 group EXCMS01 /online",
                Ok(group(Some("EXCLUS1"), "EXCMS01", Online)),
            ),
            (
                r"C:\>.\cluster.exe group “Cluster Group” /move:EXNODE2",
                Ok(group(None, "Cluster Group", mv("EXNODE2"))),
            ),
            (
                r#"%windir%\system32\cluster.exe group "EXCMS01" –offline"#,
                Ok(group(None, "EXCMS01", Offline)),
            ),
            (
                r#"cluster group "EXCMS01" /move:EXNODE2 /wait:120"#,
                Ok(group(None, "EXCMS01", mv("EXNODE2"))),
            ),
            (
                "PS C:\\> cluster group 'EXCMS 01' /online",
                Ok(group(None, "EXCMS 01", Online)),
            ),
            (r#"cluster group "EXCMS01" /move"#, Err(&["without a node"])),
            (
                r#"cluster group "EXCMS01" /move:"#,
                Err(&["without a node"]),
            ),
            (
                r#"cluster group "EXCMS01" /move EXNODE2"#,
                Err(&["colon form"]),
            ),
            (r#"cluster group "EXCMS01" /prop"#, Err(&["'/prop'"])),
            (r#"cluster group "EXCMS01""#, Err(&["without /move"])),
            ("cluster group Cluster Group /online", Err(&["'Group'"])),
            ("cluster group /move:EXNODE2", Err(&["needs a group name"])),
            ("cluster node EXNODE1 /pause", Err(&["'node'"])),
            (
                r#"cluster res "EXCMS01 Network Name" /offline"#,
                Err(&["'res'"]),
            ),
            ("cluster /prop", Err(&["'/prop'"])),
            ("cluster", Err(&["without the group verb"])),
            (
                r#"cluster group "EXCMS01" /offline /online"#,
                Err(&["several operations"]),
            ),
            (
                r#"cluster group "EXCMS01" /online:EXNODE2"#,
                Err(&["/online"]),
            ),
            (
                r#"cluster group "EXCMS01 /offline"#,
                Err(&["unterminated quote"]),
            ),
            (r#"cluster group EXCMS01 /move:%NODE%"#, Err(&["variable"])),
            // ---- Exchange Management Shell ----
            ("Stop-ClusteredMailboxServer EXCMS01", Ok(stop("EXCMS01"))),
            (
                "stop-clusteredmailboxserver -Identity EXCMS01 -StopReason \"SP3 upgrade\" -Confirm:$false",
                Ok(stop("EXCMS01")),
            ),
            (
                "Stop-ClusteredMailboxServer -Identity:'contoso\\EXCMS01' -StopReason:Upgrade",
                Ok(stop("contoso\\EXCMS01")),
            ),
            (
                "[PS] C:\\Windows\\system32>Stop-ClusteredMailboxServer –Identity “EXCMS01” —StopReason “Upgrade”",
                Ok(stop("EXCMS01")),
            ),
            (
                "PS C:\\> Stop-ClusteredMailboxServer −id EXCMS01 -sto x -dom dc1 -vb -ea Stop;",
                Ok(stop("EXCMS01")),
            ),
            (
                "Start-ClusteredMailboxServer -Identity EXCMS01",
                Ok(start("EXCMS01")),
            ),
            (
                "START-CLUSTEREDMAILBOXSERVER 'EXCMS 01'",
                Ok(start("EXCMS 01")),
            ),
            (
                "Start–ClusteredMailboxServer EXCMS01 -Confirm:$False",
                Ok(start("EXCMS01")),
            ),
            (
                "Microsoft.Exchange.Management.PowerShell.Admin\\Start-ClusteredMailboxServer EXCMS01",
                Ok(start("EXCMS01")),
            ),
            (
                "Move-ClusteredMailboxServer -Identity EXCMS01 -TargetMachine EXNODE2 -MoveComment \"SP3\" -Confirm:$false",
                Ok(move_cms("EXCMS01", "EXNODE2")),
            ),
            (
                "Move-ClusteredMailboxServer EXCMS01 -Target:EXNODE2 -IgnoreDismountFailure",
                Ok(move_cms("EXCMS01", "EXNODE2")),
            ),
            (
                "Move-ClusteredMailboxServer -TargetMachine 'EXNODE2' -Identity \"EXCMS01\" -WhatIf:$false",
                Ok(move_cms("EXCMS01", "EXNODE2")),
            ),
            (
                "Move-ClusteredMailboxServer -Identity EXCMS01 `\n    -TargetMachine EXNODE2 `\r\n    -MoveComment \"patching\"",
                Ok(move_cms("EXCMS01", "EXNODE2")),
            ),
            (
                "Move-ClusteredMailboxServer EXCMS01 -TargetMachine EXNODE2 # fail over for SP3",
                Ok(move_cms("EXCMS01", "EXNODE2")),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01 -D dc1",
                Err(&["parameter -D is ambiguous: -DomainController, -Debug"]),
            ),
            (
                "Move-ClusteredMailboxServer -I EXCMS01 -TargetMachine EXNODE2",
                Err(&["ambiguous", "-Identity", "-IgnoreDismountFailure"]),
            ),
            (
                "Move-ClusteredMailboxServer -Identity EXCMS01 -TargetMachine EXNODE2 -W",
                Err(&["ambiguous", "-WarningAction", "-WarningVariable", "-WhatIf"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01 -WhatIf",
                Err(&["-WhatIf makes the step a dry run"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01 -wh",
                Err(&["-WhatIf makes the step a dry run"]),
            ),
            (
                "Start-ClusteredMailboxServer EXCMS01 -StopReason x",
                Err(&["unknown parameter -StopReason"]),
            ),
            ("Stop-ClusteredMailboxServer", Err(&["missing identity"])),
            (
                "Stop-ClusteredMailboxServer -StopReason Upgrade",
                Err(&["missing identity"]),
            ),
            (
                "Move-ClusteredMailboxServer -Identity EXCMS01",
                Err(&["missing -TargetMachine"]),
            ),
            (
                "Move-ClusteredMailboxServer -Identity EXCMS01 -TargetMachine",
                Err(&["-TargetMachine needs a value"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01 -Identity EXCMS01",
                Err(&["more than once"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01 EXCMS02",
                Err(&["'EXCMS02'"]),
            ),
            ("Stop-ClusteredMailboxServer $cms", Err(&["variable"])),
            ("Stop-ClusteredMailboxServer a,b", Err(&["list"])),
            (
                "Stop-ClusteredMailboxServer EXCMS01 -Confirm:no",
                Err(&["not $true or $false"]),
            ),
            (
                "Get-ClusteredMailboxServer EXCMS01 | Stop-ClusteredMailboxServer",
                Err(&["several commands in one step"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01; Start-ClusteredMailboxServer EXCMS01",
                Err(&["several commands in one step"]),
            ),
            (
                "setup.com /mode:upgrade && cluster group EXCMS01 /online",
                Err(&["several commands in one step"]),
            ),
            (
                "Stop-ClusteredMailboxServer EXCMS01\nStart-ClusteredMailboxServer EXCMS01",
                Err(&["several commands in one step"]),
            ),
            (
                "setup.com /mode:upgrade > C:\\upgrade.log",
                Err(&["redirection"]),
            ),
            // ---- everything else ----
            ("", Err(&["the step is empty"])),
            ("   ", Err(&["the step is empty"])),
            ("PS C:\\>", Err(&["the step is empty"])),
            (
                "Restart-Computer",
                Err(&["'Restart-Computer' is not a command cmslint understands"]),
            ),
            (
                "Get-ClusteredMailboxServer",
                Err(&["'Get-ClusteredMailboxServer'"]),
            ),
            (
                "Move-Mailbox user@contoso.com -TargetDatabase DB2",
                Err(&["'Move-Mailbox'"]),
            ),
            ("net stop MSExchangeIS", Err(&["'net'"])),
            (
                r"C:\tools\Stop-ClusteredMailboxServer EXCMS01",
                Err(&["not a command"]),
            ),
        ]
    }

    #[test]
    fn real_world_spellings() {
        let cases = cases();
        assert!(cases.len() >= 40);
        for (input, expect) in cases {
            let got = classify(input);
            match expect {
                Ok(cmd) => assert_eq!(got, Ok(cmd), "input: {input:?}"),
                Err(parts) => {
                    let Err(u) = got else {
                        panic!("input {input:?} should be unrecognized, got {got:?}");
                    };
                    for part in parts {
                        assert!(
                            u.reason.contains(part),
                            "input {input:?}: reason {:?} lacks {part:?}",
                            u.reason
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn exact_reasons() {
        let reason = |s: &str| classify(s).unwrap_err().reason;
        assert_eq!(
            reason("Restart-Computer"),
            "'Restart-Computer' is not a command cmslint understands"
        );
        assert_eq!(
            reason("Stop-ClusteredMailboxServer -D dc1 EXCMS01"),
            "parameter -D is ambiguous: -DomainController, -Debug"
        );
        assert_eq!(
            reason("Move-ClusteredMailboxServer EXCMS01 -TargetMachine N2 -WhatIf"),
            "-WhatIf makes the step a dry run"
        );
        assert_eq!(reason("a | b"), "several commands in one step");
    }

    #[test]
    fn exact_name_beats_prefix() {
        // `-Debug` is a prefix of nothing else, `-db` and `-ev` are exact aliases.
        assert_eq!(
            classify("Stop-ClusteredMailboxServer EXCMS01 -Debug -db -ev errs"),
            Err(unrec("parameter -Debug is given more than once"))
        );
        assert_eq!(
            classify("Stop-ClusteredMailboxServer EXCMS01 -ev errs -ob 10"),
            Ok(stop("EXCMS01"))
        );
    }

    #[test]
    fn quoted_dash_is_a_value() {
        assert_eq!(
            classify("Stop-ClusteredMailboxServer '-odd-name'"),
            Ok(stop("-odd-name"))
        );
    }

    #[test]
    fn display_is_the_reason() {
        let u = classify("net stop x").unwrap_err();
        assert_eq!(u.to_string(), u.reason);
    }

    fn reason_is_well_formed(run: &str) -> Result<(), TestCaseError> {
        if let Err(u) = classify(run) {
            prop_assert!(!u.reason.is_empty());
            prop_assert!(!u.reason.ends_with('.'), "reason {:?}", u.reason);
            let first = u.reason.chars().next().unwrap_or(' ');
            prop_assert!(!first.is_uppercase(), "reason {:?}", u.reason);
        }
        Ok(())
    }

    const FRAGMENTS: &[&str] = &[
        "setup",
        "setup.com",
        "setup.exe",
        "Setup.COM",
        "/mode:",
        "/m:",
        "upgrade",
        "/upgradecms",
        "cluster",
        "cluster.exe",
        "group",
        "/move:",
        "/moveto",
        "/offline",
        "/online",
        "/c:",
        "/cluster:",
        "/wait:",
        "Stop-ClusteredMailboxServer",
        "Start-ClusteredMailboxServer",
        "Move–ClusteredMailboxServer",
        "-Identity",
        "-TargetMachine",
        "-D",
        "-WhatIf",
        "-Confirm:",
        "$false",
        ":",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\"",
        "'",
        "“",
        "”",
        "„",
        "‘",
        "’",
        "–",
        "—",
        "\u{2212}",
        "-",
        "/",
        "\\",
        "`",
        "^",
        ";",
        "|",
        "&",
        ">",
        "#",
        "$",
        "%",
        "(",
        ",",
        "@",
        "PS C:\\>",
        "[PS] ",
        "C:\\>",
        "EXCMS01",
        "EXNODE2",
        "é",
        "\u{200B}",
        "\u{AD}",
        "\u{0}",
    ];

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(run in any::<String>()) {
            reason_is_well_formed(&run)?;
        }

        #[test]
        fn fragment_soup_never_panics(
            parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..16)
        ) {
            reason_is_well_formed(&parts.concat())?;
        }

        #[test]
        fn names_come_back_as_written(
            grp in "[A-Za-z][A-Za-z0-9 ._-]{0,14}[A-Za-z0-9]",
            node in "[A-Za-z][A-Za-z0-9.-]{0,14}",
            cms in "[A-Za-z][A-Za-z0-9.-]{0,14}",
        ) {
            prop_assert_eq!(
                classify(&format!("cluster /cluster:{cms} group \"{grp}\" /move:{node}")),
                Ok(group(Some(&cms), &grp, mv(&node)))
            );
            prop_assert_eq!(
                classify(&format!("Move-ClusteredMailboxServer '{cms}' -TargetMachine \"{node}\"")),
                Ok(move_cms(&cms, &node))
            );
        }
    }
}
