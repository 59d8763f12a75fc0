//! ADM502 tools-on-unsupported-os: Exchange management tools on a Windows version their
//! generation does not support. RTM tools run on Windows Server 2003 and XP; SP1/SP2 tools also
//! on Windows Server 2008 and Vista. Whether the workstation manages anything does not matter.

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM502.md"),
    check: Some(check),
};

const RTM_OS: &[Family] = &[Family::Server2003, Family::Xp];
const SP_OS: &[Family] = &[
    Family::Server2008,
    Family::Server2003,
    Family::Xp,
    Family::Vista,
];

fn check(input: &Input, sink: &mut Sink) {
    for ws in &input.inventory.workstations {
        let (Some(tools_field), Some(tools), Some(os_field), Some(os)) =
            (&ws.exchange_tools, ws.tools(), &ws.os, ws.os())
        else {
            continue;
        };
        let (supported, list) = if tools.is_rtm() {
            (RTM_OS, "Windows Server 2003 or Windows XP")
        } else {
            (
                SP_OS,
                "Windows Server 2008, Windows Server 2003, Windows XP or Windows Vista",
            )
        };
        // Exchange 2007 SP3 added Windows Server 2008 R2 and Windows 7 for its tools.
        let sp3_on_newer = tools.service_pack >= 3
            && matches!(os.product(), "Windows Server 2008 R2" | "Windows 7");
        if supported.contains(&os.family) || sp3_on_newer {
            continue;
        }
        let (name, have, product) = (&ws.name.text, tools.level_name(), os.product());
        let finding = sink.report(
            ws.entity(),
            tools_field.span,
            format!("workstation {name} runs {have} tools on {product}"),
        );
        finding
            .primary_label(format!("{have} tools"))
            .label(
                os_field.span,
                format!("{product}: the {have} tools run only on {list}"),
            )
            .note(
                "the RTM version of the Exchange management tools runs on Windows Server 2003 or \
                 Windows XP; the SP1 or SP2 version runs on Windows Server 2008, Windows Server \
                 2003, Windows XP or Windows Vista",
            );
        if tools.is_rtm() && SP_OS.contains(&os.family) {
            finding
                .help(format!(
                    "upgrade the Exchange management tools on {name} to SP1 or SP2, which \
                     {product} supports (run `setup.com /mode:upgrade` from the service pack's \
                     files there); manage RTM servers from a computer on Windows Server 2003 or \
                     Windows XP with the RTM tools"
                ))
                .fix("setup.com /mode:upgrade");
        } else {
            finding.help(format!(
                "remove the {have} tools from {name} and manage Exchange 2007 from a computer on \
                 {list}"
            ));
        }
    }
}
