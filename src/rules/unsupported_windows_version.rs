//! TOP107 unsupported-windows-version: a cluster node runs a Windows version on which Exchange
//! 2007 is not supported: Windows Server 2008 R2 or later, or a client (XP, Vista, 7 and later).

use crate::engine::{Input, Rule, Sink};
use crate::i18n::Message;
use crate::model::Family;
use crate::msg;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/TOP107.md"),
    doc_ja: include_str!("../../rules/ja/TOP107.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    for cluster in &input.inventory.clusters {
        for node in &cluster.nodes {
            let Some((field, os)) = node.os.as_ref().and_then(|f| Some((f, f.known()?))) else {
                continue;
            };
            let why = match os.family {
                Family::Server2003 | Family::Server2008 => continue,
                Family::LaterServer => msg!("top107-note-later-server"),
                Family::Xp | Family::Vista | Family::LaterClient => msg!("top107-note-client"),
            };
            let (n, c) = (&node.name.text, &cluster.name.text);
            let message = Message::new("top107-message")
                .arg("node", n)
                .arg("cluster", c)
                .arg("product", os.product());
            sink.report(cluster.node_entity(node), field.span, message)
                .primary_label(Message::verbatim(os.to_string()))
                .note(why)
                .help(msg!("top107-help", node = n, cluster = c));
        }
    }
}
