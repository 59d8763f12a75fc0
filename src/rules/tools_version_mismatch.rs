//! ADM501 tools-version-mismatch: a workstation manages a CMS with Exchange management tools of
//! the other generation (RTM tools for an SP1/SP2 CMS, SP1/SP2 tools for an RTM CMS).

use super::management::{Entries, cms_names, entry_cms};
use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::{Cluster, ExchangeVersion, Family, Group};
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM501.md"),
    doc_ja: include_str!("../../rules/ja/ADM501.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for ws in &inv.workstations {
        let (Some(field), Some(tools)) = (&ws.exchange_tools, ws.tools()) else {
            continue;
        };
        let generation_is = |same: bool| {
            move |c: &Cluster, g: &Group| {
                c.cms_version(g)
                    .is_some_and(|v| (v.is_rtm() == tools.is_rtm()) == same)
            }
        };
        let wrong = ws.managed_cms(inv, generation_is(false));
        if wrong.is_empty() {
            continue;
        }
        let also_right = !ws.managed_cms(inv, generation_is(true)).is_empty();
        let (name, have) = (ws.name.text.as_str(), tools.level_name());
        let message = Message::new("adm501-message")
            .arg("workstation", name)
            .arg("cms", qualified(&wrong))
            .arg("tools", have);
        let finding = sink.report(ws.entity(), field.span, message);
        finding.primary_label(msg!("adm-tools", tools = have));
        for (entry, list) in &wrong {
            finding.label(entry.span, entry_cms(entry, list, Some(&levels(list))));
        }
        finding.note(msg!("adm-note-generation"));
        let on_2003_or_xp = ws
            .os()
            .is_some_and(|os| matches!(os.family, Family::Xp | Family::Server2003));
        let help = match (tools.is_rtm(), also_right) {
            (true, false) => {
                finding.fix(Message::verbatim("setup.com /mode:upgrade"));
                Message::new("adm501-help-upgrade")
            }
            (true, true) => Message::new("adm501-help-split"),
            (false, false) if on_2003_or_xp => Message::new("adm501-help-replace"),
            (false, false) => Message::new("adm501-help-elsewhere"),
            (false, true) => Message::new("adm501-help-elsewhere-keep"),
        };
        // Each help names what it needs of these.
        let help = help
            .arg("workstation", name)
            .arg("cms", cms_names(&wrong))
            .arg("tools", have);
        finding.help(help);
    }
}

/// `RTM CMS EXCMS01`, `SP1/SP2 CMS EXCMS02, EXCMS03`.
fn qualified(entries: &Entries) -> Message {
    let all: Vec<(&Cluster, &Group)> = entries.iter().flat_map(|(_, l)| l.clone()).collect();
    let (level, names) = (levels(&all), cms_names(entries));
    msg!("adm-cms-at-level", level = level, names = names)
}

/// The service-pack levels the CMSs run, lowest first, without repeats: `RTM`, `SP1/SP2`.
fn levels(list: &[(&Cluster, &Group)]) -> String {
    let mut out: Vec<u8> = list
        .iter()
        .filter_map(|(cluster, group)| Some(cluster.cms_version(group)?.service_pack))
        .collect();
    out.sort_unstable();
    out.dedup();
    let names: Vec<&str> = out
        .into_iter()
        .map(|sp| ExchangeVersion::sp(sp).level_name())
        .collect();
    names.join("/")
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// Replacing the tools with the RTM ones is advised only on a Windows known to run them.
    #[test]
    fn an_unknown_windows_gets_no_advice_that_needs_one() {
        let findings = findings_of(
            "ADM501",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, exchange: RTM}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
workstations:
  - {name: ADMIN01, exchangeTools: SP1, manages: [EXCMS01]}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        assert_eq!(
            finding.texts(Lang::En).help.as_deref(),
            Some(
                "manage EXCMS01 from a computer on Windows Server 2003 or Windows XP that has \
                 the RTM management tools"
            )
        );
    }

    /// The labels name each entry's CMS in the reader's language; the names stay as written.
    #[test]
    fn the_finding_reads_in_japanese() {
        let findings = findings_of(
            "ADM501",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1, exchange: SP2}]
    groups:
      - {name: EXCMS01, type: cms, owner: EXNODE1}
      - {name: EXCMS02, type: cms, owner: EXNODE1}
workstations:
  - {name: ADMIN01, os: Windows XP Professional SP3, exchangeTools: RTM, manages: [EXCLU01]}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let en = finding.texts(Lang::En);
        assert_eq!(
            en.message,
            "workstation ADMIN01 manages SP2 CMS EXCMS01, EXCMS02 with RTM tools"
        );
        assert_eq!(en.labels, ["cluster EXCLU01: SP2 CMS EXCMS01, EXCMS02"]);
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "ワークステーション ADMIN01 が RTM のツールで、SP2 を実行している CMS EXCMS01、EXCMS02 を\
             管理している"
        );
        assert_eq!(ja.label, "RTM のツール");
        assert_eq!(
            ja.labels,
            ["クラスタ EXCLU01 の SP2 を実行している CMS EXCMS01、EXCMS02"]
        );
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "ADMIN01 の Exchange 管理ツールを SP1 または SP2 にアップグレードする (そのコンピュータで\
                 サービス パックのファイルから `setup.com /mode:upgrade` を実行する) か、SP1 または SP2 \
                 のツールがインストールされている別のコンピュータから CMS EXCMS01、EXCMS02 を管理する"
            )
        );
        assert_eq!(ja.fixes, ["setup.com /mode:upgrade"]);
    }
}
