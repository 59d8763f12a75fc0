//! TOP107 unsupported-windows-version: a cluster node runs a Windows version on which Exchange
//! 2007 is not supported: Windows Server 2008 R2 or later, or a client (XP, Vista, 7 and later).

use crate::engine::{Input, Rule, Sink};
use crate::model::Family;

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
                Family::LaterServer => {
                    "Exchange 2007 is not supported on Windows Server 2008 R2 or any later Windows Server"
                }
                Family::Xp | Family::Vista | Family::LaterClient => {
                    "a client edition of Windows cannot be a failover cluster node or run the Exchange 2007 mailbox role"
                }
            };
            let n = &node.name.text;
            sink.report(
                cluster.node_entity(node),
                field.span,
                format!(
                    "node {n} of cluster {} runs {}, on which Exchange 2007 is not supported",
                    cluster.name.text,
                    os.product()
                ),
            )
            .primary_label(os.to_string())
            .note(why)
            .help(format!(
                "rebuild {n} on Windows Server 2003 SP2, or on Windows Server 2008 with Exchange 2007 SP1 or SP2, or evict it from {}",
                cluster.name.text
            ));
        }
    }
}
