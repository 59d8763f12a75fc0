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

/// Which value of an entity cannot be understood: its name, and how to write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Windows,
    Exchange,
    /// The Exchange management tools' version (`exchangeTools`).
    Tools,
    ClusterTools,
}

impl What {
    /// What it is, for the messages: `Windows version`.
    fn name(self) -> Message {
        match self {
            What::Windows => msg!("inv005-windows"),
            What::Exchange => msg!("inv005-exchange"),
            What::Tools => msg!("inv005-tools"),
            What::ClusterTools => msg!("inv005-cluster-tools"),
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
    /// `entity` is built only when there is something to report (most entities have not).
    fn report(self, sink: &mut Sink, entity: impl FnOnce() -> String) {
        let Some(((span, what, text), rest)) = self.0.split_first() else {
            return;
        };
        let entity = entity();
        let message = Message::new("inv005-message")
            .arg("what", what.name())
            .arg("text", text)
            .arg("entity", entity.as_str());
        let finding = sink.report(entity.clone(), *span, message);
        finding.primary_label(msg!("inv005-label", what = what.name()));
        for (span, what, text) in rest {
            let label = msg!("inv005-label-other", what = what.name(), text = text);
            finding.label(*span, label);
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
            u.report(sink, || cluster.node_entity(node));
        }
        for group in &cluster.groups {
            let mut u = Unknown::default();
            u.exchange(group.exchange.as_ref(), What::Exchange);
            u.report(sink, || cluster.group_entity(group));
        }
    }
    for server in &inv.servers {
        let mut u = Unknown::default();
        u.os(server.os.as_ref(), What::Windows);
        u.exchange(server.exchange.as_ref(), What::Exchange);
        u.report(sink, || server.entity());
    }
    for ws in &inv.workstations {
        let mut u = Unknown::default();
        u.os(ws.os.as_ref(), What::Windows);
        u.exchange(ws.exchange_tools.as_ref(), What::Tools);
        for tools in &ws.cluster_tools {
            u.os(Some(tools), What::ClusterTools);
        }
        u.report(sink, || ws.entity());
    }
    for plan in &inv.plans {
        for step in &plan.steps {
            if let StepKind::UpgradeOs { to, .. } = &step.kind {
                let mut u = Unknown::default();
                u.os(Some(to), What::Windows);
                u.report(sink, || plan.step_entity(step));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// Each value is named in the reader's language, with a space only where Japanese puts one
    /// (between a kana word and Latin letters).
    #[test]
    fn the_values_are_named_in_japanese() {
        let findings = findings_of(
            "INV005",
            "cmslint: 1
workstations:
  - {name: ADMIN01, os: Windows 95, exchangeTools: banana, clusterTools: [Solaris]}
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let en = finding.texts(Lang::En);
        assert_eq!(
            en.message,
            "cannot understand the Windows version `Windows 95` of workstation:ADMIN01"
        );
        assert_eq!(
            en.labels,
            [
                "unrecognised Exchange tools version `banana`",
                "unrecognised cluster tools `Solaris`"
            ]
        );
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "workstation:ADMIN01 の Windows のバージョン `Windows 95` を解釈できない"
        );
        assert_eq!(ja.label, "解釈できない Windows のバージョン");
        assert_eq!(
            ja.labels,
            [
                "解釈できない Exchange 管理ツールのバージョン `banana`",
                "解釈できないクラスタ管理ツール `Solaris`"
            ]
        );
        // One help for each kind of value, as sentences.
        assert_eq!(
            ja.help.as_deref(),
            Some(
                "Windows が表示するとおりに記述する (例: `Windows Server 2003 R2 Enterprise x64 \
                 Edition SP2`、`{name: Windows Server 2008 Enterprise, servicePack: 2}`、\
                 `{version: \"5.2.3790\", servicePack: 2}`)。Exchange 2007 のバージョンを記述する \
                 (`RTM`、`SP1`、`SP2 RU3`、`8.1.240.6` や `8.01.0240.006` のようなビルド番号、または \
                 `Version 8.1 (Build 240.6)`)。インストールされているクラスタ管理ツールの OS のバージョン\
                 をテキストで指定する。`Windows Server 2003` (管理ツール パックの `adminpak` も可) または \
                 `Windows Server 2008` (`RSAT-Clustering` も可) と記述する"
            )
        );
    }
}
