//! ADM502 tools-on-unsupported-os: Exchange management tools on a Windows version their
//! generation does not support. RTM tools run on Windows Server 2003 and XP; SP1/SP2 tools also
//! on Windows Server 2008 and Vista. Whether the workstation manages anything does not matter.

use crate::engine::{Input, Rule, Sink, one_of};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM502.md"),
    doc_ja: include_str!("../../rules/ja/ADM502.md"),
    check: Some(check),
};

const RTM_OS: &[Family] = &[Family::Server2003, Family::Xp];
const SP_OS: &[Family] = &[
    Family::Server2008,
    Family::Server2003,
    Family::Xp,
    Family::Vista,
];
/// The same lists as Microsoft names them.
const RTM_OS_NAMES: &[&str] = &["Windows Server 2003", "Windows XP"];
const SP_OS_NAMES: &[&str] = &[
    "Windows Server 2008",
    "Windows Server 2003",
    "Windows XP",
    "Windows Vista",
];

fn check(input: &Input, sink: &mut Sink) {
    for ws in &input.inventory.workstations {
        let (Some(tools_field), Some(tools), Some(os_field), Some(os)) =
            (&ws.exchange_tools, ws.tools(), &ws.os, ws.os())
        else {
            continue;
        };
        let (supported, names) = if tools.is_rtm() {
            (RTM_OS, RTM_OS_NAMES)
        } else {
            (SP_OS, SP_OS_NAMES)
        };
        // Exchange 2007 SP3 added Windows Server 2008 R2 and Windows 7 for its tools.
        let sp3_on_newer = tools.service_pack >= 3
            && matches!(os.product(), "Windows Server 2008 R2" | "Windows 7");
        if supported.contains(&os.family) || sp3_on_newer {
            continue;
        }
        let (name, have, product) = (ws.name.text.as_str(), tools.level_name(), os.product());
        let list = || one_of(names.iter().map(|n| Message::verbatim(*n)));
        let message = Message::new("adm502-message")
            .arg("workstation", name)
            .arg("tools", have)
            .arg("os", product);
        let label = Message::new("adm502-label-os")
            .arg("os", product)
            .arg("tools", have)
            .arg("supported", list());
        let finding = sink.report(ws.entity(), tools_field.span, message);
        finding
            .primary_label(msg!("adm-tools", tools = have))
            .label(os_field.span, label)
            .note(msg!("adm502-note"));
        if tools.is_rtm() && SP_OS.contains(&os.family) {
            let help = Message::new("adm502-help-upgrade")
                .arg("workstation", name)
                .arg("os", product);
            finding
                .help(help)
                .fix(Message::verbatim("setup.com /mode:upgrade"));
        } else {
            let help = Message::new("adm502-help-remove")
                .arg("workstation", name)
                .arg("tools", have)
                .arg("supported", list());
            finding.help(help);
        }
    }
}
