//! INV005 unrecognized-version: an `os` or `exchange` value that cannot be understood. The
//! entity is then left out of the checks that need that fact. Plan targets are PRE202's.

use crate::engine::{Input, Joiner, Rule, Sink, join};
use crate::i18n::Message;
use crate::model::{ExchangeField, OsField, StepKind};
use crate::msg;
use crate::source::Span;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV005.md"),
    doc_ja: include_str!("../../rules/ja/INV005.md"),
    check: Some(check),
};

/// Which value of an entity cannot be understood: the key the messages name it by, and how to
/// write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Windows,
    Exchange,
    /// The Exchange management tools' version (`exchangeTools`).
    Tools,
    ClusterTools,
}

impl What {
    fn key(self) -> &'static str {
        match self {
            What::Windows => "windows",
            What::Exchange => "exchange",
            What::Tools => "tools",
            What::ClusterTools => "cluster-tools",
        }
    }

    fn help(self) -> Message {
        match self {
            What::Windows => msg!("inv005-help-os"),
            What::ClusterTools => msg!("inv005-help-cluster-tools"),
            What::Exchange | What::Tools => msg!("inv005-help-exchange"),
        }
    }
}

/// Unrecognised fields of one entity: (span, what, text).
#[derive(Default)]
struct Unknown(Vec<(Span, What, String)>);

impl Unknown {
    fn os(&mut self, field: Option<&OsField>, what: What) {
        if let Some(f) = field.filter(|f| f.parsed.is_none()) {
            self.0.push((f.span, what, f.text.clone()));
        }
    }
    fn exchange(&mut self, field: Option<&ExchangeField>, what: What) {
        if let Some(f) = field.filter(|f| f.parsed.is_none()) {
            self.0.push((f.span, what, f.text.clone()));
        }
    }
    fn report(self, sink: &mut Sink, entity: String) {
        let Some(((span, what, text), rest)) = self.0.split_first() else {
            return;
        };
        let (key, path) = (what.key(), entity.as_str());
        let message = msg!("inv005-message", what = key, text = text, entity = path);
        let finding = sink.report(entity.clone(), *span, message);
        finding.primary_label(msg!("inv005-label", what = key));
        for (span, what, text) in rest {
            let key = what.key();
            finding.label(*span, msg!("inv005-label-other", what = key, text = text));
        }
        finding.note(msg!("inv005-note"));
        // One help for each kind of value that could not be read.
        let mut helps: Vec<Message> = Vec::new();
        for (_, what, _) in &self.0 {
            let help = what.help();
            if !helps.contains(&help) {
                helps.push(help);
            }
        }
        finding.help(join(helps, Joiner::Semicolon));
    }
}

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    for cluster in &inv.clusters {
        for node in &cluster.nodes {
            let mut u = Unknown::default();
            u.os(node.os.as_ref(), What::Windows);
            u.exchange(node.exchange.as_ref(), What::Exchange);
            u.report(sink, cluster.node_entity(node));
        }
        for group in &cluster.groups {
            let mut u = Unknown::default();
            u.exchange(group.exchange.as_ref(), What::Exchange);
            u.report(sink, cluster.group_entity(group));
        }
    }
    for server in &inv.servers {
        let mut u = Unknown::default();
        u.os(server.os.as_ref(), What::Windows);
        u.exchange(server.exchange.as_ref(), What::Exchange);
        u.report(sink, server.entity());
    }
    for ws in &inv.workstations {
        let mut u = Unknown::default();
        u.os(ws.os.as_ref(), What::Windows);
        u.exchange(ws.exchange_tools.as_ref(), What::Tools);
        for tools in &ws.cluster_tools {
            u.os(Some(tools), What::ClusterTools);
        }
        u.report(sink, ws.entity());
    }
    for plan in &inv.plans {
        for step in &plan.steps {
            if let StepKind::UpgradeOs { to, .. } = &step.kind {
                let mut u = Unknown::default();
                u.os(Some(to), What::Windows);
                u.report(sink, plan.step_entity(step));
            }
        }
    }
}
