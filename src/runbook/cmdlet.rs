//! The Exchange Management Shell cmdlets `Stop-`, `Start-` and `Move-ClusteredMailboxServer`,
//! with PowerShell's parameter binding: exact names and aliases, unambiguous prefixes, switch
//! values, and the one positional parameter (Identity).

use super::tokenize::{Token, checked_name, is_dash};
use super::{Command, NameKind, Reason, Unrecognized, shown, unrec};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmdlet {
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
    pub(super) fn name(self) -> &'static str {
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
            return Err(unrec(Reason::LoneDash));
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
            [] => Err(unrec(Reason::UnknownParameter {
                parameter: shown(written),
                cmdlet: self.name(),
            })),
            [one] => Ok(one),
            many => Err(unrec(Reason::AmbiguousParameter {
                parameter: shown(written),
                candidates: many.iter().map(|p| format!("-{}", p.name)).collect(),
            })),
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
fn ps_name(tok: &Token, value: &str, what: NameKind) -> Result<String, Unrecognized> {
    if tok.list {
        return Err(unrec(Reason::NameIsList {
            what,
            value: shown(value),
        }));
    }
    checked_name(tok, value, what)
}

pub(super) fn parse_cmdlet(cmdlet: Cmdlet, args: &[Token]) -> Result<Command, Unrecognized> {
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
                return Err(unrec(Reason::UnexpectedArgument {
                    argument: shown(&tok.text),
                    program: cmdlet.name(),
                }));
            }
            identity = Some(ps_name(tok, &tok.text, NameKind::Identity)?);
            bound.push("Identity");
            continue;
        };
        let spec = cmdlet.resolve(written)?;
        if bound.contains(&spec.name) {
            return Err(unrec(Reason::ParameterTwice {
                parameter: spec.name,
            }));
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
                    return Err(unrec(Reason::ParameterWithoutValue {
                        parameter: spec.name,
                    }));
                }
            },
        };
        if !spec.takes_value {
            let on = match value {
                None => true,
                Some((_, v)) if v.eq_ignore_ascii_case("$true") => true,
                Some((_, v)) if v.eq_ignore_ascii_case("$false") => false,
                Some((_, v)) => {
                    return Err(unrec(Reason::SwitchNotBoolean {
                        parameter: spec.name,
                        value: shown(v),
                    }));
                }
            };
            if spec.role == Role::WhatIf && on {
                return Err(unrec(Reason::WhatIf));
            }
            continue;
        }
        let Some((vtok, v)) = value else { continue };
        match spec.role {
            Role::Identity => identity = Some(ps_name(vtok, v, NameKind::Identity)?),
            Role::Target => target = Some(ps_name(vtok, v, NameKind::TargetMachine)?),
            Role::WhatIf | Role::Other => {}
        }
    }
    let Some(identity) = identity else {
        return Err(unrec(Reason::MissingIdentity {
            cmdlet: cmdlet.name(),
        }));
    };
    Ok(match cmdlet {
        Cmdlet::Stop => Command::StopCms { identity },
        Cmdlet::Start => Command::StartCms { identity },
        Cmdlet::Move => {
            let Some(target) = target else {
                return Err(unrec(Reason::MissingTarget {
                    cmdlet: cmdlet.name(),
                }));
            };
            Command::MoveCms { identity, target }
        }
    })
}
