//! UPG303 gui-setup-upgrade: a step runs the GUI Setup (Setup.exe, the Exchange Server 2007
//! Setup wizard) on a node of the cluster. Only the command-line Setup (Setup.com) upgrades a
//! clustered mailbox server; the fix keeps the step's folder and its switch, and runs
//! `setup.com /mode:upgrade` or `setup.com /upgradecms` as the step meant.

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::StepKind;
use crate::msg;
use crate::plan::replay::{Action, walk};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/UPG303.md"),
    doc_ja: include_str!("../../rules/ja/UPG303.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let mut steps = walk(input.replays);
    while let Some(replayed) = steps.next_step() {
        let (node, switch, message) = match *replayed.action {
            Action::UpgradeNode { node, gui: true } => {
                (node, "/mode:upgrade", Message::new("upg303-message-node"))
            }
            Action::UpgradeCms { node, gui: true } => {
                (node, "/upgradecms", Message::new("upg303-message-cms"))
            }
            _ => continue,
        };
        let step = replayed.step;
        let name = replayed.before.nodes[node].name;
        let command = match &step.kind {
            StepKind::Run { text, .. } => command_line_setup(text, switch),
            _ => format!("setup.com {switch}"),
        };
        let message = message.arg("step", step.number).arg("node", name);
        sink.report_step(replayed, message)
            .primary_label(msg!("upg303-label"))
            .note(msg!("upg303-note"))
            .help(msg!("upg303-help", node = name))
            .fix(Message::verbatim(command));
    }
}

/// The step's Setup.exe turned into Setup.com from the same folder (and with the same quoting),
/// with `switch` (`/mode:upgrade` or `/upgradecms`), e.g. `"D:\Exchange SP2\Setup.exe"` ->
/// `"D:\Exchange SP2\Setup.com" /mode:upgrade`.
fn command_line_setup(text: &str, switch: &str) -> String {
    let text = text.trim();
    let Some(at) = text.to_ascii_lowercase().find("setup.exe") else {
        return format!("setup.com {switch}");
    };
    let program_end = at + "setup.exe".len();
    let stem = &text[at..at + "setup.".len()];
    let ext = if &text[at + "setup.".len()..program_end] == "EXE" {
        "COM"
    } else {
        "com"
    };
    let quote: String = text[program_end..]
        .chars()
        .next()
        .filter(|&c| {
            matches!(
                c,
                '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}'
            )
        })
        .into_iter()
        .collect();
    // A pasted prompt (`PS C:\>`, `C:\>`) ends in `>`, which no Windows path holds.
    let before = &text[..at];
    let before = before
        .rfind('>')
        .map_or(before, |gt| before[gt + 1..].trim_start());
    format!("{before}{stem}{ext}{quote} {switch}")
}

#[cfg(test)]
mod tests {
    use super::command_line_setup;
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// The fix keeps what the step meant: `/upgradecms` stays `/upgradecms`.
    #[test]
    fn the_fix_keeps_the_switch() {
        let findings = findings_of(
            "UPG303",
            r"cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, exchange: RTM}, {name: EXNODE2, exchange: RTM}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE2}]
plans:
  - name: sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {run: D:\SP2\setup.exe /upgradecms, on: EXNODE2}
      - {run: D:\SP2\Setup.exe, on: EXNODE1}
",
        );
        let texts: Vec<_> = findings.iter().map(|f| f.texts(Lang::En)).collect();
        let fixes: Vec<(&str, &[String])> = texts
            .iter()
            .map(|t| (t.message.as_str(), t.fixes.as_slice()))
            .collect();
        assert_eq!(
            fixes,
            [
                (
                    "step 1 upgrades the CMS on EXNODE2 with the Setup wizard (Setup.exe)",
                    &[r"D:\SP2\setup.com /upgradecms".to_string()][..]
                ),
                (
                    "step 2 upgrades EXNODE1 with the Setup wizard (Setup.exe)",
                    &[r"D:\SP2\Setup.com /mode:upgrade".to_string()][..]
                ),
            ]
        );
    }

    #[test]
    fn keeps_the_folder_and_the_quotes() {
        assert_eq!(
            command_line_setup(r"D:\SP2\Setup.exe", "/mode:upgrade"),
            r"D:\SP2\Setup.com /mode:upgrade"
        );
        assert_eq!(
            command_line_setup(
                r#"& "E:\Exchange 2007 SP2\SETUP.EXE" /mode:upgrade"#,
                "/mode:upgrade"
            ),
            r#"& "E:\Exchange 2007 SP2\SETUP.COM" /mode:upgrade"#
        );
        assert_eq!(
            command_line_setup("setup.exe", "/mode:upgrade"),
            "setup.com /mode:upgrade"
        );
        assert_eq!(
            command_line_setup(r"D:\SP2\setup.exe /upgradecms", "/upgradecms"),
            r"D:\SP2\setup.com /upgradecms"
        );
        assert_eq!(
            command_line_setup(r#""E:\SP2\Setup.exe" /UpgradeCMS"#, "/upgradecms"),
            r#""E:\SP2\Setup.com" /upgradecms"#
        );
        assert_eq!(
            command_line_setup(r"PS C:\> D:\setup.exe /mode:upgrade", "/mode:upgrade"),
            r"D:\setup.com /mode:upgrade"
        );
    }
}
