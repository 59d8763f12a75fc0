//! OS402 migration-method-unsupported: a migration moves mailboxes other than with Move-Mailbox
//! or the Move Mailbox wizard, or public folders other than by replication.

use crate::engine::{Input, Joiner, Rule, Sink, join};
use crate::i18n::Message;
use crate::model::{Inventory, Located, Name};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS402.md"),
    doc_ja: include_str!("../../rules/ja/OS402.md"),
    check: Some(check),
};

const MAILBOX_METHODS: [&str; 2] = ["move-mailbox", "move-mailbox-wizard"];
/// `none`: there are no public folders to move.
const FOLDER_METHODS: [&str; 2] = ["replication", "none"];

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for migration in &inv.migrations {
        let mailboxes = wrong(&migration.mailboxes, MAILBOX_METHODS);
        let folders = wrong(&migration.public_folders, FOLDER_METHODS);
        let mut parts: Vec<(&Located<String>, Message)> = Vec::new();
        if let Some(m) = mailboxes {
            parts.push((m, msg!("os402-mailboxes", method = m.value.trim())));
        }
        if let Some(p) = folders {
            parts.push((p, msg!("os402-public-folders", method = p.value.trim())));
        }
        parts.sort_by_key(|(v, _)| v.span);
        let Some(((first, first_text), rest)) = parts.split_first() else {
            continue;
        };
        let (from, to) = (&migration.from.text, &migration.to.text);
        let named = msg!("os-migration", from = from, to = to);
        let what = join(parts.iter().map(|(_, t)| t.clone()), Joiner::And);
        let finding = sink.report(
            migration.entity(),
            first.span,
            msg!("os402-message", migration = named, what = what),
        );
        finding.primary_label(msg!("os402-label", what = first_text.clone()));
        for (value, text) in rest {
            finding.label(value.span, msg!("os402-label", what = text.clone()));
        }
        finding.note(msg!("os402-note"));
        let old = cms_names(inv, &migration.from, "<old CMS>");
        let new = cms_names(inv, &migration.to, "<new CMS>");
        let new = &new[0];
        let mut help = Vec::new();
        if mailboxes.is_some() {
            help.push(msg!("os402-help-mailboxes", new = new));
            for cms in &old {
                finding.fix(Message::verbatim(format!(
                    "Get-Mailbox -Server {cms} | Move-Mailbox -TargetDatabase \
                     \"{new}\\First Storage Group\\Mailbox Database\""
                )));
            }
        }
        if folders.is_some() {
            help.push(msg!("os402-help-public-folders", new = new));
            for cms in &old {
                finding.fix(Message::verbatim(format!(
                    ".\\MoveAllReplicas.ps1 -Server {cms} -NewServer {new}"
                )));
            }
        }
        finding.help(join(help, Joiner::Semicolon));
    }
}

/// The value, when it is given and is none of the documented methods.
fn wrong<'a>(
    value: &'a Option<Located<String>>,
    allowed: [&str; 2],
) -> Option<&'a Located<String>> {
    value
        .as_ref()
        .filter(|v| !allowed.contains(&v.value.trim().to_ascii_lowercase().as_str()))
}

/// The CMS of a migration end, or a placeholder when the cluster is unknown or has none.
fn cms_names(inv: &Inventory, cluster: &Name, placeholder: &str) -> Vec<String> {
    let names: Vec<String> = inv
        .cluster(&cluster.text)
        .map(|c| c.cms_groups().map(|g| g.name.text.clone()).collect())
        .unwrap_or_default();
    if names.is_empty() {
        vec![placeholder.to_string()]
    } else {
        names
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn the_finding_reads_in_japanese() {
        let findings = findings_of(
            "OS402",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, os: Windows Server 2003 Enterprise Edition SP2, exchange: SP2}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
  - name: EXCLU03
    nodes: [{name: EXNODE5, os: Windows Server 2008 Enterprise, exchange: SP2}]
    groups: [{name: EXCMS04, type: cms, owner: EXNODE5}]
migrations:
  - {from: EXCLU01, to: EXCLU03, mailboxes: exmerge, publicFolders: pst-export}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "移行 EXCLU01->EXCLU03 は、ドキュメントに記載されていない方法でメールボックス \
             (`exmerge`)、パブリック フォルダ (`pst-export`) を移動する"
        );
        assert_eq!(ja.label, "メールボックス (`exmerge`) を移動する");
        assert_eq!(ja.labels, ["パブリック フォルダ (`pst-export`) を移動する"]);
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "Move-Mailbox またはメールボックスの移動ウィザードでメールボックスを移動し、\
                 `mailboxes: move-mailbox` と設定する (次のコマンドは、EXCMS04 のストレージ グループ\
                 とデータベースが既定の名前であることを前提としている)。パブリック フォルダを EXCMS04 \
                 のパブリック フォルダ データベースにレプリケートし、レプリケーションが完了したら古い\
                 レプリカを削除して、`publicFolders: replication` と設定する"
            )
        );
        assert_eq!(
            ja.fixes,
            [
                "Get-Mailbox -Server EXCMS01 | Move-Mailbox -TargetDatabase \
                 \"EXCMS04\\First Storage Group\\Mailbox Database\"",
                ".\\MoveAllReplicas.ps1 -Server EXCMS01 -NewServer EXCMS04"
            ]
        );
    }
}
