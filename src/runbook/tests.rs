//! The runbook commands, through [`classify`]: a table of the spellings administrators paste,
//! the exact reasons for what is refused, and properties over arbitrary text.

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
                        u.reason.to_string().contains(part),
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
    let reason = |s: &str| classify(s).unwrap_err().reason.to_string();
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
        Err(unrec(Reason::ParameterTwice { parameter: "Debug" }))
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
    assert_eq!(u.to_string(), u.reason.to_string());
}

fn reason_is_well_formed(run: &str) -> Result<(), TestCaseError> {
    if let Err(u) = classify(run) {
        let reason = u.reason.to_string();
        prop_assert!(!reason.is_empty());
        prop_assert!(!reason.ends_with('.'), "reason {reason:?}");
        let first = reason.chars().next().unwrap_or(' ');
        prop_assert!(!first.is_uppercase(), "reason {reason:?}");
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

/// Runs of plain characters are copied whole, and what follows a run inside the same argument
/// is still read one character at a time: `$` and `(` expand, `@` only at the start, `,`
/// makes a list, quotes join the argument.
#[test]
fn plain_runs_and_the_characters_after_them() {
    let tokens = tokenize::tokenize(r#"E:\SP2\setup.com mid@dle @start a$b x,y /move:"N 2"z q(1)"#)
        .expect("one command");
    let seen: Vec<(&str, bool, bool, bool)> = (tokens.iter())
        .map(|t| (t.text.as_str(), t.expands, t.list, t.quoted_start))
        .collect();
    assert_eq!(
        seen,
        [
            (r"E:\SP2\setup.com", false, false, false),
            ("mid@dle", false, false, false),
            ("@start", true, false, false),
            ("a$b", true, false, false),
            ("x,y", false, true, false),
            ("/move:N 2z", false, false, false),
            ("q(1)", true, false, false),
        ]
    );
}
