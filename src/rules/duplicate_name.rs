//! INV003 duplicate-name: names are unique within their kind across the whole inventory, group
//! names within one cluster, and a node belongs to one cluster only.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Name, NameKey, same_name};
use crate::msg;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use std::hash::BuildHasher;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV003.md"),
    doc_ja: include_str!("../../rules/ja/INV003.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    // The names seen first in each list, with their hashes so that a table grows without
    // reading the names again (they are a pointer away, and there are hundreds of thousands).
    // The table for the groups, a few per cluster, is one table emptied before each cluster.
    let mut first = Seen::default();
    let mut groups_first = Seen::default();
    let nodes: usize = inv.clusters.iter().map(|c| c.nodes.len()).sum();
    first.reserve(inv.clusters.len().max(nodes));
    let clusters = inv.clusters.iter().map(|c| (&c.name, move || c.entity()));
    report_duplicates(sink, &mut first, "cluster", clusters);
    let nodes = inv.clusters.iter().flat_map(|c| {
        c.nodes
            .iter()
            .map(move |n| (&n.name, move || c.node_entity(n)))
    });
    report_duplicates(sink, &mut first, "node", nodes);
    for cluster in &inv.clusters {
        let groups = cluster
            .groups
            .iter()
            .map(|g| (&g.name, move || cluster.group_entity(g)));
        report_duplicates(sink, &mut groups_first, "group", groups);
    }
    report_duplicates(
        sink,
        &mut first,
        "server",
        inv.servers.iter().map(|s| (&s.name, move || s.entity())),
    );
    report_duplicates(
        sink,
        &mut first,
        "workstation",
        inv.workstations
            .iter()
            .map(|w| (&w.name, move || w.entity())),
    );
    report_duplicates(
        sink,
        &mut first,
        "plan",
        inv.plans.iter().map(|p| (&p.name, move || p.entity())),
    );
}

/// The first name of each key seen in one list, with its hash.
#[derive(Default)]
struct Seen<'a> {
    hasher: foldhash::fast::RandomState,
    table: HashTable<(u64, &'a Name)>,
}

impl<'a> Seen<'a> {
    fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional, |e| e.0);
    }

    /// The earlier name of the same key, or `None` after remembering this one.
    fn earlier(&mut self, name: &'a Name) -> Option<&'a Name> {
        let hash = self.hasher.hash_one(NameKey(&name.text));
        let same = |e: &(u64, &Name)| e.0 == hash && same_name(&e.1.text, &name.text);
        match self.table.entry(hash, same, |e| e.0) {
            Entry::Occupied(earlier) => Some(earlier.get().1),
            Entry::Vacant(vacant) => {
                vacant.insert((hash, name));
                None
            }
        }
    }
}

/// Reports every name whose key was seen before; the entity path is built only for those.
/// `kind` is the key `inv003-message` names the kind by.
fn report_duplicates<'a, E: FnOnce() -> String>(
    sink: &mut Sink,
    first: &mut Seen<'a>,
    kind: &'static str,
    names: impl Iterator<Item = (&'a Name, E)>,
) {
    first.table.clear();
    for (name, entity) in names {
        let Some(earlier) = first.earlier(name) else {
            continue;
        };
        let text = &name.text;
        sink.report(
            entity(),
            name.span,
            msg!("inv003-message", kind = kind, name = text),
        )
        .primary_label(msg!("inv003-label-second"))
        .label(earlier.span, msg!("inv003-label-first"))
        .note(msg!("inv003-note"))
        .help(msg!("inv003-help", name = text));
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    #[test]
    fn the_finding_reads_in_japanese() {
        let findings = findings_of(
            "INV003",
            "cmslint: 1
clusters:
  - name: EXCLU01
    nodes: [{name: EXNODE1}, {name: exnode1.contoso.com}]
",
        );
        let [finding] = findings.as_slice() else {
            panic!("{findings:#?}");
        };
        let ja = finding.texts(Lang::Ja);
        assert_eq!(
            ja.message,
            "ノード `exnode1.contoso.com` が 2 回定義されている"
        );
        assert_eq!(ja.label, "2 つ目の定義");
        assert_eq!(ja.labels, ["最初の定義"]);
        assert_eq!(
            ja.help.as_deref(),
            Some("`exnode1.contoso.com` の 2 つの定義を 1 つにまとめるか、一方の名前を変更する")
        );
    }
}
