//! ADM501 tools-version-mismatch: a workstation manages a CMS with Exchange management tools of
//! the other generation (RTM tools for an SP1/SP2 CMS, SP1/SP2 tools for an RTM CMS).

use super::management::{Entries, cms_names, entry_cms};
use crate::engine::{Input, Rule, Sink};
use crate::model::{Cluster, ExchangeVersion, Family, Group};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM501.md"),
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
        let (name, have, names) = (&ws.name.text, tools.level_name(), cms_names(&wrong));
        let finding = sink.report(
            ws.entity(),
            field.span,
            format!(
                "workstation {name} manages {} with {have} tools",
                qualified(&wrong)
            ),
        );
        finding.primary_label(format!("{have} tools"));
        for (entry, list) in &wrong {
            finding.label(entry.span, entry_cms(entry, list, &levels(list)));
        }
        finding.note(
            "the RTM version of the Exchange management tools manages clustered mailbox servers \
             that run Exchange 2007 RTM; the SP1 or SP2 version manages those that run SP1 or SP2",
        );
        let on_2003_or_xp = ws
            .os()
            .is_some_and(|os| matches!(os.family, Family::Xp | Family::Server2003));
        match (tools.is_rtm(), also_right) {
            (true, false) => {
                finding
                    .help(format!(
                        "upgrade the Exchange management tools on {name} to SP1 or SP2 (run \
                         `setup.com /mode:upgrade` from the service pack's files there), or manage \
                         {names} from another computer that has the SP1 or SP2 tools"
                    ))
                    .fix("setup.com /mode:upgrade");
            }
            (true, true) => {
                finding.help(format!(
                    "keep the RTM tools on {name} for its RTM CMSs and manage {names} from another \
                     computer that has the SP1 or SP2 tools (a computer holds one version of the tools)"
                ));
            }
            (false, false) if on_2003_or_xp => {
                finding.help(format!(
                    "manage {names} with the RTM management tools: replace the {have} tools on \
                     {name} with them (uninstall the {have} tools, then run `setup.com \
                     /mode:install /roles:ManagementTools` from the RTM files), or manage {names} \
                     from another computer on Windows Server 2003 or Windows XP that has the RTM tools"
                ));
            }
            (false, _) => {
                finding.help(format!(
                    "manage {names} from a computer on Windows Server 2003 or Windows XP that has \
                     the RTM management tools{}",
                    if also_right {
                        format!(", and keep the {have} tools on {name} for its SP1/SP2 CMSs")
                    } else {
                        String::new()
                    }
                ));
            }
        }
    }
}

/// `RTM CMS EXCMS01`, `SP1/SP2 CMS EXCMS02, EXCMS03`.
fn qualified(entries: &Entries) -> String {
    let all: Vec<(&Cluster, &Group)> = entries.iter().flat_map(|(_, l)| l.clone()).collect();
    format!("{} CMS {}", levels(&all), cms_names(entries))
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
}
