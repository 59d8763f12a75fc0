//! OS402 migration-method-unsupported: a migration moves mailboxes other than with Move-Mailbox
//! or the Move Mailbox wizard, or public folders other than by replication.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Inventory, Located, Name};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/OS402.md"),
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
        let mut parts: Vec<(&Located<String>, String)> = Vec::new();
        if let Some(m) = mailboxes {
            parts.push((m, format!("mailboxes with `{}`", m.value.trim())));
        }
        if let Some(p) = folders {
            parts.push((p, format!("public folders with `{}`", p.value.trim())));
        }
        parts.sort_by_key(|(v, _)| v.span);
        let Some(((first, first_text), rest)) = parts.split_first() else {
            continue;
        };
        let texts: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
        let finding = sink.report(
            migration.entity(),
            first.span,
            format!(
                "migration {}->{} moves {}, not a documented method",
                migration.from.text,
                migration.to.text,
                texts.join(" and ")
            ),
        );
        finding.primary_label(format!("moves {first_text}"));
        for (value, text) in rest {
            finding.label(value.span, format!("moves {text}"));
        }
        finding.note(
            "to move a clustered mailbox server to a new Windows Server 2008 failover cluster, \
             the mailboxes are moved with the Move Mailbox wizard or the Move-Mailbox cmdlet, and \
             the public folder data with public folder replication",
        );
        let old = cms_names(inv, &migration.from, "<old CMS>");
        let new = cms_names(inv, &migration.to, "<new CMS>");
        let new = &new[0];
        let mut help = Vec::new();
        if mailboxes.is_some() {
            help.push(format!(
                "move the mailboxes with Move-Mailbox or the Move Mailbox wizard and set \
                 `mailboxes: move-mailbox` (the command below assumes the default storage group \
                 and database names on {new})"
            ));
            for cms in &old {
                finding.fix(format!(
                    "Get-Mailbox -Server {cms} | Move-Mailbox -TargetDatabase \
                     \"{new}\\First Storage Group\\Mailbox Database\""
                ));
            }
        }
        if folders.is_some() {
            help.push(format!(
                "replicate the public folders to {new}'s public folder database, remove the old \
                 replicas once replication is done, and set `publicFolders: replication`"
            ));
            for cms in &old {
                finding.fix(format!(
                    ".\\MoveAllReplicas.ps1 -Server {cms} -NewServer {new}"
                ));
            }
        }
        finding.help(help.join("; "));
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
