//! ADM501 tools-version-mismatch: a workstation manages a CMS with Exchange management tools of
//! the other generation (RTM tools for an SP1/SP2 CMS, SP1/SP2 tools for an RTM CMS). Also home
//! of the small helpers the management rules (ADM501-ADM506) share to name CMSs and nodes.

use crate::engine::{Finding, Input, Rule, Sink};
use crate::model::{Cluster, ClusterNode, ExchangeVersion, Family, Group, Name, Workstation};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM501.md"),
    check: Some(check),
};

/// `manages` entries, each with the CMSs it names (`Workstation::managed_cms`).
pub(super) type Entries<'a> = [(&'a Name, Vec<(&'a Cluster, &'a Group)>)];

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
            .is_none_or(|os| matches!(os.family, Family::Xp | Family::Server2003));
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

/// The CMSs the entries name, each once, as first spelled: `EXCMS01, EXCMS02`.
pub(super) fn cms_names(entries: &Entries) -> String {
    let mut names: Vec<&Name> = Vec::new();
    for (_, list) in entries {
        for (_, group) in list {
            if !names.iter().any(|n| n.key() == group.name.key()) {
                names.push(&group.name);
            }
        }
    }
    let names: Vec<&str> = names.iter().map(|n| n.text.as_str()).collect();
    names.join(", ")
}

/// What one entry names, for its label: `RTM CMS EXCMS01`, or `cluster EXCLU01: RTM CMS
/// EXCMS01, EXCMS02` for an entry that names a cluster. `qualifier` may be empty.
pub(super) fn entry_cms(entry: &Name, list: &[(&Cluster, &Group)], qualifier: &str) -> String {
    let cms = if qualifier.is_empty() {
        "CMS".to_string()
    } else {
        format!("{qualifier} CMS")
    };
    let names: Vec<&str> = list.iter().map(|(_, g)| g.name.text.as_str()).collect();
    match list {
        [(_, group)] if entry.is(&group.name.text) => format!("{cms} {}", group.name.text),
        [(cluster, _), ..] => format!("cluster {}: {cms} {}", cluster.name.text, names.join(", ")),
        [] => cms,
    }
}

/// Reports `message` about `ws` at the first entry, with a label from `describe` on each entry.
/// `None` when there is no entry.
pub(super) fn report_at_entries<'s>(
    sink: &'s mut Sink,
    ws: &Workstation,
    entries: &Entries,
    message: String,
    describe: impl Fn(&Name, &[(&Cluster, &Group)]) -> String,
) -> Option<&'s mut Finding> {
    let ((first, first_list), rest) = entries.split_first()?;
    let finding = sink.report(ws.entity(), first.span, message);
    finding.primary_label(describe(first, first_list));
    for (entry, list) in rest {
        finding.label(entry.span, describe(entry, list));
    }
    Some(finding)
}

/// One node per cluster the entries name, to open a Remote Desktop session on: the first CMS's
/// node that `pick` chooses. Clusters for which `pick` finds none are left out.
pub(super) fn remote_desktop_nodes<'a>(
    entries: &Entries<'a>,
    pick: impl Fn(&'a Cluster, &'a Group) -> Option<&'a ClusterNode>,
) -> Vec<(&'a Cluster, &'a ClusterNode)> {
    let mut out: Vec<(&Cluster, &ClusterNode)> = Vec::new();
    for (cluster, group) in entries.iter().flat_map(|(_, l)| l.iter().copied()) {
        if out.iter().any(|(c, _)| std::ptr::eq(*c, cluster)) {
            continue;
        }
        if let Some(node) = pick(cluster, group) {
            out.push((cluster, node));
        }
    }
    out
}

/// `node EXNODE1 of cluster EXCLU01` (or several, joined with `or`).
pub(super) fn describe_nodes(nodes: &[(&Cluster, &ClusterNode)]) -> String {
    let parts: Vec<String> = nodes
        .iter()
        .map(|(c, n)| format!("node {} of cluster {}", n.name.text, c.name.text))
        .collect();
    parts.join(" or ")
}
