//! INV005 unrecognized-version: an `os` or `exchange` value that cannot be understood. The
//! entity is then left out of the checks that need that fact. Plan targets are PRE202's.

use crate::engine::{Input, Rule, Sink};
use crate::model::{ExchangeField, OsField, StepKind};
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV005.md"),
    check: Some(check),
};

const OS_HELP: &str = "write Windows as it prints itself, e.g. `Windows Server 2003 R2 Enterprise x64 Edition SP2`, `{name: Windows Server 2008 Enterprise, servicePack: 2}` or `{version: \"5.2.3790\", servicePack: 2}`";
const CLUSTER_TOOLS_HELP: &str = "name the OS version whose cluster administration tools are installed, as a text: `Windows Server 2003` (also `adminpak`, the Administration Tools Pack) or `Windows Server 2008` (also `RSAT-Clustering`)";
const EXCHANGE_HELP: &str = "write an Exchange 2007 version: `RTM`, `SP1`, `SP2 RU3`, a build such as `8.1.240.6` or `8.01.0240.006`, or `Version 8.1 (Build 240.6)`";

/// Unrecognised fields of one entity: (span, what, text).
#[derive(Default)]
struct Unknown(Vec<(Span, &'static str, String)>);

impl Unknown {
    fn os(&mut self, field: Option<&OsField>, what: &'static str) {
        if let Some(f) = field.filter(|f| f.parsed.is_none()) {
            self.0.push((f.span, what, f.text.clone()));
        }
    }
    fn exchange(&mut self, field: Option<&ExchangeField>, what: &'static str) {
        if let Some(f) = field.filter(|f| f.parsed.is_none()) {
            self.0.push((f.span, what, f.text.clone()));
        }
    }
    fn report(self, sink: &mut Sink, entity: String) {
        let Some(((span, what, text), rest)) = self.0.split_first() else {
            return;
        };
        let finding = sink.report(
            entity.clone(),
            *span,
            format!("cannot understand the {what} `{text}` of {entity}"),
        );
        finding.primary_label(format!("unrecognised {what}"));
        for (span, what, text) in rest {
            finding.label(*span, format!("unrecognised {what} `{text}`"));
        }
        finding.note("the checks that need this fact skip this entity");
        // One help for each kind of value that could not be read.
        let mut helps: Vec<&str> = Vec::new();
        for (_, what, _) in &self.0 {
            let help = match *what {
                "cluster tools" => CLUSTER_TOOLS_HELP,
                w if w.contains("Windows") => OS_HELP,
                _ => EXCHANGE_HELP,
            };
            if !helps.contains(&help) {
                helps.push(help);
            }
        }
        finding.help(helps.join("; "));
    }
}

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for cluster in &inv.clusters {
        for node in &cluster.nodes {
            let mut u = Unknown::default();
            u.os(node.os.as_ref(), "Windows version");
            u.exchange(node.exchange.as_ref(), "Exchange version");
            u.report(sink, cluster.node_entity(node));
        }
        for group in &cluster.groups {
            let mut u = Unknown::default();
            u.exchange(group.exchange.as_ref(), "Exchange version");
            u.report(sink, cluster.group_entity(group));
        }
    }
    for server in &inv.servers {
        let mut u = Unknown::default();
        u.os(server.os.as_ref(), "Windows version");
        u.exchange(server.exchange.as_ref(), "Exchange version");
        u.report(sink, server.entity());
    }
    for ws in &inv.workstations {
        let mut u = Unknown::default();
        u.os(ws.os.as_ref(), "Windows version");
        u.exchange(ws.exchange_tools.as_ref(), "Exchange tools version");
        for tools in &ws.cluster_tools {
            u.os(Some(tools), "cluster tools");
        }
        u.report(sink, ws.entity());
    }
    for plan in &inv.plans {
        for step in &plan.steps {
            if let StepKind::UpgradeOs { to, .. } = &step.kind {
                let mut u = Unknown::default();
                u.os(Some(to), "Windows version");
                u.report(sink, plan.step_entity(step));
            }
        }
    }
}
