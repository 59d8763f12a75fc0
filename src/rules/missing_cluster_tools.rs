//! ADM506 missing-cluster-tools: a workstation manages a CMS but lists no cluster
//! administration tools. The fix depends on its OS: the Administration Tools Pack
//! (Adminpak.msi) on Windows Server 2003 or XP, the RSAT-Clustering feature on Windows Server
//! 2008. Vista is ADM503's; Windows Server 2008 R2, Windows 7 and later are outside the lists.

use super::management::{cms_names, entry_cms, report_at_entries};
use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM506.md"),
    doc_ja: include_str!("../../rules/ja/ADM506.md"),
    check: Some(check),
};

const ADMINPAK: &str = "msiexec /i Adminpak.msi";
const RSAT: &str = "ServerManagerCmd -i RSAT-Clustering";

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for ws in &inv.workstations {
        if !ws.cluster_tools.is_empty() || !ws.cluster_tools_known {
            continue;
        }
        let family = ws.os().map(|os| os.family);
        if matches!(
            family,
            Some(Family::Vista | Family::LaterServer | Family::LaterClient)
        ) {
            continue;
        }
        let managed = ws.managed_cms(inv, |_, _| true);
        let (name, names) = (ws.name.text.as_str(), cms_names(&managed));
        let message = msg!("adm506-message", workstation = name, cms = names);
        let Some(finding) = report_at_entries(sink, ws, &managed, message, |entry, list| {
            entry_cms(entry, list, None)
        }) else {
            continue;
        };
        finding.note(msg!("adm506-note"));
        finding.note(msg!("adm506-note-listed"));
        let adminpak = Message::new("adm506-help-adminpak")
            .arg("workstation", name)
            .arg("command", ADMINPAK);
        let rsat = msg!("adm506-help-rsat", workstation = name, command = RSAT);
        match family {
            Some(Family::Xp | Family::Server2003) => {
                finding.help(adminpak).fix(Message::verbatim(ADMINPAK));
            }
            Some(Family::Server2008) => {
                finding.help(rsat).fix(Message::verbatim(RSAT));
            }
            _ => {
                finding.help(msg!("adm506-help-either", adminpak = adminpak, rsat = rsat));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// Without a known OS the help gives both ways, each in the reader's language.
    #[test]
    fn the_finding_reads_in_japanese() {
        let findings = findings_of(
            "ADM506",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, exchange: SP2}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
workstations:
  - {name: ADMIN01, exchangeTools: SP2, manages: [EXCMS01]}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "ワークステーション ADMIN01 はクラスタ管理ツールなしで CMS EXCMS01 を管理している"
        );
        assert_eq!(ja.label, "CMS EXCMS01");
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "Windows Server 2003 または Windows XP の場合は、ADMIN01 に Windows Server 2003 管理ツール \
                 パックをインストールする (`msiexec /i Adminpak.msi`。マイクロソフト サポート技術情報の記事 \
                 304718 を参照)。Windows Server 2008 の場合は、ADMIN01 にフェールオーバー クラスタ管理ツール\
                 をインストールする (`ServerManagerCmd -i RSAT-Clustering`)"
            )
        );
        assert!(ja.fixes.is_empty());
    }
}
