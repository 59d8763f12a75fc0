//! INV003 duplicate-name: names are unique within their kind across the whole inventory, group
//! names within one cluster, and a node belongs to one cluster only.

use crate::engine::{Input, Rule, Sink};
use crate::model::{Name, NameTable};
use crate::msg;

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
    let nodes: usize = inv.clusters.iter().map(|c| c.nodes.len()).sum();
    let mut first = NameTable::with_capacity(inv.clusters.len().max(nodes));
    let mut groups_first = NameTable::default();
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

/// Reports every name whose key was seen before; the entity path is built only for those.
/// `kind` is the key `inv003-message` names the kind by.
fn report_duplicates<'a, E: FnOnce() -> String>(
    sink: &mut Sink,
    first: &mut NameTable<&'a Name>,
    kind: &'static str,
    names: impl Iterator<Item = (&'a Name, E)>,
) {
    first.clear();
    for (name, entity) in names {
        let Some(&earlier) = first.first(&name.text, name, |n| &n.text) else {
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
