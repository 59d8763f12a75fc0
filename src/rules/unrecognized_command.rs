//! INV007 unrecognized-command: a plan's `run` step whose command cmslint cannot classify. The
//! replay treats such a step as doing nothing, so the checks after it may be wrong.
//!
//! Every plan is looked at, also one whose cluster is unknown (INV004): the command is not
//! understood whatever cluster it runs on.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::StepKind;
use crate::msg;
use crate::runbook::{NameKind, Reason};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV007.md"),
    doc_ja: include_str!("../../rules/ja/INV007.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for plan in &input.inventory.plans {
        for step in &plan.steps {
            let StepKind::Run {
                command: Err(unrecognized),
                ..
            } = &step.kind
            else {
                continue;
            };
            let reason = reason(&unrecognized.reason);
            let message = msg!("inv007-message", step = step.number, reason = reason);
            sink.report(plan.step_entity(step), step.span, message)
                .primary_label(msg!("inv007-label"))
                .note(msg!("inv007-note"))
                .help(msg!("inv007-help"));
        }
    }
}

/// The classifier's reason, said after the message: an unknown program is `unknown program or
/// cmdlet 'net'`, and a cluster.exe command is named without repeating that cmslint does not
/// understand it.
fn reason(reason: &Reason) -> Message {
    let name = |what: &NameKind| match what {
        NameKind::Cluster => msg!("runbook-name-cluster"),
        NameKind::Group => msg!("runbook-name-group"),
        NameKind::Node => msg!("runbook-name-node"),
        NameKind::Identity => msg!("runbook-name-identity"),
        NameKind::TargetMachine => msg!("runbook-name-target-machine"),
    };
    match reason {
        Reason::EmptyStep => msg!("runbook-empty-step"),
        Reason::UnknownCommand { name } => msg!("runbook-unknown-command", name = name),
        Reason::SeveralCommands => msg!("runbook-several-commands"),
        Reason::Redirection => msg!("runbook-redirection"),
        Reason::EscapeCharacter { character } => {
            Message::new("runbook-escape-character").arg("character", character.to_string())
        }
        Reason::UnterminatedQuote => msg!("runbook-unterminated-quote"),
        Reason::UnexpectedArgument { argument, program } => {
            Message::new("runbook-unexpected-argument")
                .arg("argument", argument)
                .arg("program", *program)
        }
        Reason::SetupModeWithoutValue => msg!("runbook-setup-mode-without-value"),
        Reason::SetupUpgradeCmsWithValue => msg!("runbook-setup-upgradecms-with-value"),
        Reason::SetupModeNotUpgrade { mode } => msg!("runbook-setup-mode-not-upgrade", mode = mode),
        Reason::SetupBothModes => msg!("runbook-setup-both-modes"),
        Reason::SetupNotUpgrade => msg!("runbook-setup-not-upgrade"),
        Reason::ClusterWithoutGroup => msg!("runbook-cluster-without-group"),
        Reason::ClusterUnsupported { word } => msg!("runbook-cluster-unsupported", word = word),
        Reason::ClusterNamedTwice => msg!("runbook-cluster-named-twice"),
        Reason::GroupNameMissing => msg!("runbook-group-name-missing"),
        Reason::UnexpectedGroupArgument { argument } => {
            msg!("runbook-unexpected-group-argument", argument = argument)
        }
        Reason::MoveWithoutColon { switch } => msg!("runbook-move-without-colon", switch = switch),
        Reason::MoveWithoutNode { switch } => msg!("runbook-move-without-node", switch = switch),
        Reason::OnlineOfflineWithValue { switch } => {
            msg!("runbook-online-offline-with-value", switch = switch)
        }
        Reason::UnsupportedGroupOption { option } => {
            msg!("runbook-unsupported-group-option", option = option)
        }
        Reason::SeveralGroupOperations => msg!("runbook-several-group-operations"),
        Reason::GroupWithoutOperation { group } => {
            msg!("runbook-group-without-operation", group = group)
        }
        Reason::LoneDash => msg!("runbook-lone-dash"),
        Reason::UnknownParameter { parameter, cmdlet } => Message::new("runbook-unknown-parameter")
            .arg("parameter", parameter)
            .arg("cmdlet", *cmdlet),
        Reason::AmbiguousParameter {
            parameter,
            candidates,
        } => Message::new("runbook-ambiguous-parameter")
            .arg("parameter", parameter)
            .arg("candidates", comma_list(candidates)),
        Reason::ParameterTwice { parameter } => {
            msg!("runbook-parameter-twice", parameter = *parameter)
        }
        Reason::ParameterWithoutValue { parameter } => {
            msg!("runbook-parameter-without-value", parameter = *parameter)
        }
        Reason::SwitchNotBoolean { parameter, value } => Message::new("runbook-switch-not-boolean")
            .arg("parameter", *parameter)
            .arg("value", value),
        Reason::WhatIf => msg!("runbook-whatif"),
        Reason::MissingIdentity { cmdlet } => msg!("runbook-missing-identity", cmdlet = *cmdlet),
        Reason::MissingTarget { cmdlet } => msg!("runbook-missing-target", cmdlet = *cmdlet),
        Reason::NameIsList { what, value } => {
            msg!("runbook-name-is-list", what = name(what), value = value)
        }
        Reason::NameExpands { what, value } => {
            msg!("runbook-name-expands", what = name(what), value = value)
        }
        Reason::EmptyName { what } => msg!("runbook-empty-name", what = name(what)),
        Reason::NameHasControl { what, value } => {
            msg!("runbook-name-has-control", what = name(what), value = value)
        }
    }
}

/// `-a, -b, -c` in English, `-a、-b、-c` in Japanese.
fn comma_list(items: &[String]) -> Message {
    crate::engine::join_names(items, crate::engine::Joiner::Comma)
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;
    use crate::runbook::{NameKind, Reason, classify};

    fn messages(steps: &str) -> Vec<String> {
        let yaml = format!(
            "cmslint: 1
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
{steps}"
        );
        (findings_of("INV007", &yaml).iter())
            .map(|f| f.texts(Lang::En).message)
            .collect()
    }

    /// Only a program or cmdlet cmslint does not know is "unknown": a cluster.exe command
    /// it does not support is named as it is.
    #[test]
    fn only_an_unknown_program_is_called_unknown() {
        assert_eq!(
            messages(
                "      - run: net stop MSExchangeIS
      - run: cluster node EXNODE1 /pause
      - run: cluster
      - run: cluster group \"EXCMS01\"
"
            ),
            [
                "step 1 is not a command cmslint understands: unknown program or cmdlet 'net'",
                "step 2 is not a command cmslint understands: cluster.exe 'node'",
                "step 3 is not a command cmslint understands: cluster.exe without the group verb",
                "step 4 is not a command cmslint understands: cluster.exe group 'EXCMS01' \
                 without /move, /offline or /online",
            ]
        );
    }

    /// A finding in Japanese: the reason is said in Japanese, the commands of the help stay
    /// as they are.
    #[test]
    fn speaks_japanese() {
        let yaml = "cmslint: 1
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - run: Stop-ClusteredMailboxServer EXCMS01 -D dc1
";
        let findings = findings_of("INV007", yaml);
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let texts = finding.texts(Lang::Ja);
        assert_eq!(
            texts.message,
            "ステップ 1 は cmslint が解釈できるコマンドではない。パラメータ -D はあいまいである \
             (-DomainController、-Debug)"
        );
        assert_eq!(texts.label, "再現されない");
        assert_eq!(
            texts.notes,
            [
                "cmslint はこのステップを再現しないため、それより後のステップの検査は、このステップが\
              クラスタを何も変更しないものとして行われる"
            ]
        );
        assert_eq!(
            texts.help.as_deref(),
            Some(
                "cmslint が解釈できる次のいずれかのコマンドを記述する。`setup.com /mode:upgrade`、\
                 `setup.com /upgradecms` (いずれも `on: <node>` を付ける)、\
                 `cluster.exe group \"<group>\" /move:<node>`、\
                 `cluster.exe group \"<group>\" /offline` または `/online`、\
                 `Stop-ClusteredMailboxServer <cms>`、`Start-ClusteredMailboxServer <cms>`、\
                 `Move-ClusteredMailboxServer <cms> -TargetMachine <node>`。手作業のステップは、\
                 `text:` を付けた `action: note` にする"
            )
        );
    }

    /// A runbook step for every reason, and the reason as INV007 says it in English: the words
    /// it said before reasons were typed (the classifier's sentence; `unknown program or
    /// cmdlet` for an unknown program; a cluster.exe command it does not support named without
    /// repeating that cmslint does not understand it).
    const REASONS: &[(&str, &str)] = &[
        ("PS C:\\>", "the step is empty"),
        ("net stop MSExchangeIS", "unknown program or cmdlet 'net'"),
        ("a | b", "several commands in one step"),
        (
            "setup.com /mode:upgrade > C:\\sp2.log",
            "redirection ('<' or '>') is not supported in a step",
        ),
        (
            "setup.com ^ /mode:upgrade",
            "escape character '^' is not supported",
        ),
        ("cluster group \"EXCMS01 /offline", "unterminated quote"),
        (
            "setup.com upgrade",
            "unexpected argument 'upgrade' to setup.com",
        ),
        (
            "cluster EXCLU01 EXCLU02 group G /online",
            "unexpected argument 'EXCLU02' to cluster.exe",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 EXCMS02",
            "unexpected argument 'EXCMS02' to Stop-ClusteredMailboxServer",
        ),
        (
            "setup.com /mode",
            "setup.com /mode needs a value such as /mode:upgrade",
        ),
        (
            "setup.com /upgradecms:yes",
            "setup.com /upgradecms takes no value",
        ),
        (
            "setup.com /mode:install",
            "setup.com /mode:install is not an upgrade",
        ),
        (
            "setup.com /mode:upgrade /upgradecms",
            "setup.com with both /mode:upgrade and /upgradecms is ambiguous",
        ),
        (
            "setup.com /roles:mb",
            "setup.com without /mode:upgrade or /upgradecms is not an upgrade step",
        ),
        ("cluster", "cluster.exe without the group verb"),
        ("cluster node EXNODE1 /pause", "cluster.exe 'node'"),
        (
            "cluster /cluster:A /cluster:B group G /online",
            "cluster.exe names the cluster twice",
        ),
        (
            "cluster group /move:EXNODE2",
            "cluster.exe group needs a group name",
        ),
        (
            "cluster group Cluster Group /online",
            "unexpected argument 'Group' to cluster.exe group (quote group names with spaces)",
        ),
        (
            "cluster group G /move EXNODE2",
            "cluster.exe /move needs the colon form /move:<node>",
        ),
        (
            "cluster group G /moveto",
            "cluster.exe /moveto without a node lets cluster.exe pick one, so the plan cannot \
             be replayed",
        ),
        (
            "cluster group G /online:EXNODE2",
            "cluster.exe /online with a value is not supported",
        ),
        (
            "cluster group G /prop",
            "cluster.exe group option '/prop' is not supported",
        ),
        (
            "cluster group G /offline /online",
            "cluster.exe group with several operations",
        ),
        (
            "cluster group \"EXCMS01\"",
            "cluster.exe group 'EXCMS01' without /move, /offline or /online",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 -",
            "a lone '-' is not a parameter",
        ),
        (
            "Start-ClusteredMailboxServer EXCMS01 -StopReason x",
            "unknown parameter -StopReason for Start-ClusteredMailboxServer",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 -D dc1",
            "parameter -D is ambiguous: -DomainController, -Debug",
        ),
        (
            "Move-ClusteredMailboxServer -I EXCMS01 -TargetMachine EXNODE2",
            "parameter -I is ambiguous: -Identity, -IgnoreDismountFailure",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 -Identity EXCMS01",
            "parameter -Identity is given more than once",
        ),
        (
            "Move-ClusteredMailboxServer -Identity EXCMS01 -TargetMachine",
            "parameter -TargetMachine needs a value",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 -Confirm:no",
            "-Confirm:no is not $true or $false",
        ),
        (
            "Stop-ClusteredMailboxServer EXCMS01 -WhatIf",
            "-WhatIf makes the step a dry run",
        ),
        (
            "Stop-ClusteredMailboxServer",
            "missing identity for Stop-ClusteredMailboxServer",
        ),
        (
            "Move-ClusteredMailboxServer -Identity EXCMS01",
            "missing -TargetMachine for Move-ClusteredMailboxServer",
        ),
        (
            "Stop-ClusteredMailboxServer a,b",
            "identity 'a,b' is a list",
        ),
        (
            "Move-ClusteredMailboxServer EXCMS01 -TargetMachine N1,N2",
            "target machine 'N1,N2' is a list",
        ),
        (
            "cluster group EXCMS01 /move:%NODE%",
            "node name '%NODE%' uses a variable or an expression",
        ),
        (
            "cluster /cluster:$c group G /online",
            "cluster name '$c' uses a variable or an expression",
        ),
        ("cluster group \" \" /online", "empty group name"),
        (
            "cluster group \"a\u{1}b\" /online",
            "group name 'a b' contains a control character",
        ),
    ];

    /// Each reason's place among the variants of `Reason`; this match stops compiling when a
    /// variant is added, so that `REASONS` gets a step for it.
    fn ordinal(reason: &Reason) -> usize {
        match reason {
            Reason::EmptyStep => 0,
            Reason::UnknownCommand { .. } => 1,
            Reason::SeveralCommands => 2,
            Reason::Redirection => 3,
            Reason::EscapeCharacter { .. } => 4,
            Reason::UnterminatedQuote => 5,
            Reason::UnexpectedArgument { .. } => 6,
            Reason::SetupModeWithoutValue => 7,
            Reason::SetupUpgradeCmsWithValue => 8,
            Reason::SetupModeNotUpgrade { .. } => 9,
            Reason::SetupBothModes => 10,
            Reason::SetupNotUpgrade => 11,
            Reason::ClusterWithoutGroup => 12,
            Reason::ClusterUnsupported { .. } => 13,
            Reason::ClusterNamedTwice => 14,
            Reason::GroupNameMissing => 15,
            Reason::UnexpectedGroupArgument { .. } => 16,
            Reason::MoveWithoutColon { .. } => 17,
            Reason::MoveWithoutNode { .. } => 18,
            Reason::OnlineOfflineWithValue { .. } => 19,
            Reason::UnsupportedGroupOption { .. } => 20,
            Reason::SeveralGroupOperations => 21,
            Reason::GroupWithoutOperation { .. } => 22,
            Reason::LoneDash => 23,
            Reason::UnknownParameter { .. } => 24,
            Reason::AmbiguousParameter { .. } => 25,
            Reason::ParameterTwice { .. } => 26,
            Reason::ParameterWithoutValue { .. } => 27,
            Reason::SwitchNotBoolean { .. } => 28,
            Reason::WhatIf => 29,
            Reason::MissingIdentity { .. } => 30,
            Reason::MissingTarget { .. } => 31,
            Reason::NameIsList { .. } => 32,
            Reason::NameExpands { .. } => 33,
            Reason::EmptyName { .. } => 34,
            Reason::NameHasControl { .. } => 35,
        }
    }
    const VARIANTS: usize = 36;

    #[test]
    fn every_reason_reads_in_english_as_before() {
        let mut seen = std::collections::BTreeSet::new();
        for &(run, english) in REASONS {
            let Err(unrecognized) = classify(run) else {
                panic!("{run:?} is classified");
            };
            seen.insert(ordinal(&unrecognized.reason));
            assert_eq!(
                super::reason(&unrecognized.reason).render(Lang::En),
                english,
                "{run:?}"
            );
        }
        assert_eq!(seen, (0..VARIANTS).collect(), "the reasons REASONS covers");
    }

    /// Each kind of name a reason may be about has its own words.
    #[test]
    fn every_kind_of_name_is_named() {
        let kinds = [
            NameKind::Cluster,
            NameKind::Group,
            NameKind::Node,
            NameKind::Identity,
            NameKind::TargetMachine,
        ];
        let english: Vec<String> = (kinds.iter())
            .map(|&what| super::reason(&Reason::EmptyName { what }).render(Lang::En))
            .collect();
        assert_eq!(
            english,
            [
                "empty cluster name",
                "empty group name",
                "empty node name",
                "empty identity",
                "empty target machine"
            ]
        );
        let japanese: Vec<String> = (kinds.iter())
            .map(|&what| super::reason(&Reason::EmptyName { what }).render(Lang::Ja))
            .collect();
        assert_eq!(
            japanese,
            [
                "クラスタ名が空である",
                "グループ名が空である",
                "ノード名が空である",
                "Identity パラメータの値が空である",
                "TargetMachine パラメータの値が空である"
            ]
        );
    }
}
