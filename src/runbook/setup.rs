//! Exchange Setup: `setup.com` with `/mode:upgrade` or `/upgradecms`, and the Setup wizard
//! (`setup.exe`), read as the operation its switch names whatever its other arguments.

use super::tokenize::{Token, split_switch};
use super::{Command, Reason, SetupMode, SetupProgram, Unrecognized, shown, unrec};

pub(super) fn parse_setup(program: SetupProgram, args: &[Token]) -> Result<Command, Unrecognized> {
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
            return Err(unrec(Reason::UnexpectedArgument {
                argument: shown(&tok.text),
                program: "setup.com",
            }));
        };
        match name.to_ascii_lowercase().as_str() {
            "mode" | "m" => match value {
                Some(v) if v.eq_ignore_ascii_case("upgrade") => upgrade_node = true,
                Some(v) if !v.is_empty() => other_mode = other_mode.or(Some(v)),
                _ => return Err(unrec(Reason::SetupModeWithoutValue)),
            },
            "upgradecms" => {
                if value.is_some() {
                    return Err(unrec(Reason::SetupUpgradeCmsWithValue));
                }
                upgrade_cms = true;
            }
            // /DomainController:, /EnableErrorReporting and the like do not
            // change what the step does.
            _ => {}
        }
    }
    if let Some(mode) = other_mode {
        return Err(unrec(Reason::SetupModeNotUpgrade { mode: shown(mode) }));
    }
    let mode = match (upgrade_node, upgrade_cms) {
        (true, true) => {
            return Err(unrec(Reason::SetupBothModes));
        }
        (true, false) => SetupMode::UpgradeNode,
        (false, true) => SetupMode::UpgradeCms,
        (false, false) => {
            return Err(unrec(Reason::SetupNotUpgrade));
        }
    };
    Ok(Command::Setup { program, mode })
}
