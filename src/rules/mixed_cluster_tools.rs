//! ADM505 mixed-cluster-tools: a workstation lists cluster administration tools of both OS
//! generations: Windows Server 2003/XP (Adminpak.msi) and Windows Server 2008 (RSAT, which
//! Vista's Remote Server Administration Tools also install). One computer holds one generation.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Family, WindowsVersion};

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM505.md"),
    check: Some(check),
};

/// Whether cluster tools (or the OS they run on) are of the 2003/XP generation; `None` outside
/// the two generations (Windows Server 2008 R2, Windows 7 and later).
fn generation_is_2003(os: &WindowsVersion) -> Option<bool> {
    match os.family {
        Family::Xp | Family::Server2003 => Some(true),
        Family::Server2008 | Family::Vista => Some(false),
        Family::LaterServer | Family::LaterClient => None,
    }
}

fn generation_name(is_2003: bool) -> &'static str {
    if is_2003 {
        "Windows Server 2003"
    } else {
        "Windows Server 2008"
    }
}

fn check(input: &Input, sink: &mut Sink) {
    for ws in &input.inventory.workstations {
        let mut known = ws
            .cluster_tools
            .iter()
            .filter_map(|t| Some((t, t.known()?, generation_is_2003(t.known()?)?)));
        let Some((first, first_os, generation)) = known.next() else {
            continue;
        };
        let Some((second, second_os, _)) = known.find(|(_, _, g)| *g != generation) else {
            continue;
        };
        let name = &ws.name.text;
        let finding = sink.report(
            ws.entity(),
            second.span,
            format!(
                "workstation {name} has cluster administration tools of {} and {}",
                first_os.product(),
                second_os.product()
            ),
        );
        finding
            .primary_label(format!("{} cluster tools", second_os.product()))
            .label(first.span, format!("{} cluster tools", first_os.product()))
            .note(
                "cluster administration tools of different operating system versions cannot be \
                 installed on the same computer",
            );
        match ws.os().and_then(|os| Some((os, generation_is_2003(os)?))) {
            Some((os, keep)) => finding.help(format!(
                "keep only the {} cluster tools on {name} (the ones {} can run), remove the {} \
                 ones, and manage the clusters on {} by Remote Desktop to one of their nodes \
                 (`mstsc /v:<node>`)",
                generation_name(keep),
                os.product(),
                generation_name(!keep),
                generation_name(!keep),
            )),
            None => finding.help(format!(
                "keep the cluster tools of one OS generation on {name} (Windows Server 2003 and \
                 XP, or Windows Server 2008) and manage the clusters on the other by Remote \
                 Desktop to one of their nodes (`mstsc /v:<node>`)"
            )),
        };
    }
}
