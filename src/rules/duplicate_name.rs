//! INV003 duplicate-name: names are unique within their kind across the whole inventory, group
//! names within one cluster, and a node belongs to one cluster only.

use crate::engine::{Input, Rule, Sink};
use crate::model::Name;
use foldhash::HashMap;
use std::collections::hash_map::Entry;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/INV003.md"),
    check: Some(check),
};

fn check(input: &Input, sink: &mut Sink) {
    let inv = input.inventory;
    let clusters = inv.clusters.iter().map(|c| (&c.name, move || c.entity()));
    report_duplicates(sink, "cluster", clusters);
    let nodes = inv.clusters.iter().flat_map(|c| {
        c.nodes
            .iter()
            .map(move |n| (&n.name, move || c.node_entity(n)))
    });
    report_duplicates(sink, "node", nodes);
    for cluster in &inv.clusters {
        let groups = cluster
            .groups
            .iter()
            .map(|g| (&g.name, move || cluster.group_entity(g)));
        report_duplicates(sink, "group", groups);
    }
    report_duplicates(
        sink,
        "server",
        inv.servers.iter().map(|s| (&s.name, move || s.entity())),
    );
    report_duplicates(
        sink,
        "workstation",
        inv.workstations
            .iter()
            .map(|w| (&w.name, move || w.entity())),
    );
    report_duplicates(
        sink,
        "plan",
        inv.plans.iter().map(|p| (&p.name, move || p.entity())),
    );
}

/// Reports every name whose key was seen before; the entity path is built only for those.
fn report_duplicates<'a, E: FnOnce() -> String>(
    sink: &mut Sink,
    kind: &str,
    names: impl Iterator<Item = (&'a Name, E)>,
) {
    let mut first: HashMap<String, &Name> = HashMap::default();
    for (name, entity) in names {
        match first.entry(name.key()) {
            Entry::Vacant(vacant) => {
                vacant.insert(name);
            }
            Entry::Occupied(earlier) => {
                let earlier = *earlier.get();
                sink.report(entity(), name.span, format!("{kind} `{}` is defined twice", name.text))
                    .primary_label("second definition")
                    .label(earlier.span, "first defined here")
                    .note("names compare case-insensitively and an FQDN stands for its first label, so both definitions describe one computer or object")
                    .help(format!("merge the two definitions of `{}` or rename one", name.text));
            }
        }
    }
}
