//! The two guards of `cmslint plan`. Before writing: the findings about the cluster's own
//! definition that change what its plan must do (a node or group defined twice or unknown, a
//! version or value that cannot be read, facts that conflict, a topology the procedure does not
//! fit) make it refuse. After writing: the plan is checked with the inventory in the same
//! process, and any error or warning of its own is a bug, never a runbook (docs/plans.md).

use crate::catalog;
use crate::engine::{self, Finding, Input, Selection};
use crate::model::{self, Builder, Cluster, Inventory, same_name};
use crate::source::{FileId, SourceFile, Sources};
use crate::syntax::{ParseLimits, parse_yaml};

/// The codes whose findings about a cluster's definition make `cmslint plan` refuse it: the
/// model it would plan from may be wrong (INV002 a rejected value, INV003 a name defined twice,
/// INV004 an owner that is no node, INV005 a version that cannot be read, INV006 facts that
/// conflict), or the procedure does not fit the cluster (TOP101 not one active and one passive
/// node in CCR, TOP102 no passive node, TOP104 Windows Server 2003 and 2008 mixed, TOP107 a
/// Windows that Exchange 2007 does not run on). TOP103, TOP105 and TOP106 are what the plan
/// itself fixes.
pub const REFUSED: &[&str] = &[
    "INV002", "INV003", "INV004", "INV005", "INV006", "TOP101", "TOP102", "TOP104", "TOP107",
];

/// The codes a written plan must not carry: the rules that judge a plan (PRE, UPG, OS) and
/// INV007 (a step cmslint does not understand).
fn judges_plans(code: &str) -> bool {
    ["PRE", "UPG", "OS"].iter().any(|p| code.starts_with(p)) || code == "INV007"
}

/// The findings that concern `cluster`'s own definition and make its plan untrustworthy: of a
/// [`REFUSED`] code, about the cluster or something in it (by entity), or pointing at one of its
/// names (a node that is also defined in another cluster).
pub fn refusals<'f>(cluster: &Cluster, findings: &'f [Finding]) -> Vec<&'f Finding> {
    let in_cluster = |entity: &str| {
        let Some(rest) = entity.strip_prefix("cluster:") else {
            return false;
        };
        let name = rest.split_once('/').map_or(rest, |(name, _)| name);
        same_name(name, &cluster.name.text)
    };
    let names: Vec<_> = std::iter::once(&cluster.name)
        .chain(cluster.nodes.iter().map(|n| &n.name))
        .chain(cluster.groups.iter().map(|g| &g.name))
        .map(|n| n.span)
        .collect();
    findings
        .iter()
        .filter(|f| REFUSED.contains(&f.code))
        .filter(|f| {
            in_cluster(&f.entity)
                || std::iter::once(&f.primary)
                    .chain(&f.secondary)
                    .any(|label| names.contains(&label.span))
        })
        .collect()
}

/// What checking a written plan found.
#[derive(Debug)]
pub struct Checked {
    /// The inventory with the plan added.
    pub inventory: Inventory,
    /// The plan's file in the sources.
    pub file: FileId,
    /// The errors and warnings of the plan's own (PRE, UPG, OS, INV007), UPG307 included.
    pub findings: Vec<Finding>,
}

impl Checked {
    /// The findings that make the plan a bug: all but `UPG307` when the plan has no window on
    /// purpose (the user did not give one).
    pub fn broken(&self, window_given: bool) -> Vec<&Finding> {
        (self.findings.iter())
            .filter(|f| window_given || f.code != "UPG307")
            .collect()
    }
}

/// Checks the YAML of a written plan with `inventory`: adds it to `sources` as `path`, replays
/// it and runs every rule. `Err` when the text is not a document cmslint reads, which is a bug
/// too.
pub fn check_written(
    inventory: Inventory,
    sources: &mut Sources,
    yaml: &str,
    path: &str,
) -> Result<Checked, String> {
    let docs = parse_yaml(yaml, ParseLimits::default())
        .map_err(|e| e.message.render(crate::i18n::Lang::En))?;
    let file = sources.add(SourceFile::new(path.to_string(), yaml.to_string(), "utf-8"));
    let mut builder = Builder::default();
    builder.add_part(inventory);
    for doc in &docs {
        builder.add_part(model::document(file, doc));
    }
    let inventory = builder.finish();
    let replays = crate::plan::replay::replay_all(&inventory);
    let input = Input {
        inventory: &inventory,
        replays: &replays,
    };
    let findings: Vec<Finding> = engine::run(&input, catalog::all(), &Selection::default())
        .into_iter()
        .filter(|f| f.primary.span.file() == file)
        .filter(|f| f.severity >= engine::Severity::Warning && judges_plans(f.code))
        .collect();
    drop(replays);
    Ok(Checked {
        inventory,
        file,
        findings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inventory(yaml: &str) -> (Inventory, Sources) {
        let mut sources = Sources::default();
        // The first file: its id is 0, as the inventory's spans say.
        sources.add(SourceFile::new(
            "inventory.yaml".into(),
            yaml.into(),
            "utf-8",
        ));
        (crate::model::from_yaml(yaml), sources)
    }

    const CLUSTER: &str = "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes: [{name: EXNODE1, exchange: RTM}, {name: EXNODE2, exchange: RTM}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
";

    /// A plan that upgrades the active node is caught before it is printed; the missing window
    /// is the user's.
    #[test]
    fn a_plan_that_breaks_a_rule_is_caught() {
        let (inventory, mut sources) = inventory(CLUSTER);
        let plan = "cmslint: 1
plans:
  - name: exclu01-sp2
    cluster: EXCLU01
    target: SP2
    steps:
      - {run: Stop-ClusteredMailboxServer EXCMS01, on: EXNODE1}
      - {run: setup.com /mode:upgrade, on: EXNODE1}
";
        let checked = check_written(inventory, &mut sources, plan, "plan.yaml").unwrap();
        let codes = |found: Vec<&Finding>| -> Vec<&str> { found.iter().map(|f| f.code).collect() };
        assert_eq!(
            codes(checked.broken(false)),
            ["UPG301", "UPG305", "UPG306"],
            "{:#?}",
            checked.findings
        );
        assert_eq!(
            codes(checked.broken(true)),
            ["UPG301", "UPG305", "UPG306", "UPG307"]
        );
        assert_eq!(sources.get(checked.file).path, "plan.yaml");
    }

    #[test]
    fn refusals_are_the_cluster_definition_errors() {
        let (inventory, _) = inventory(
            "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes: [{name: EXNODE1}, {name: EXNODE2}, {name: exnode2.contoso.com}]
    groups: [{name: EXCMS01, type: cms, owner: EXNODE1}]
  - name: EXCLU02
    nodes: [{name: EXNODE1}, {name: EXNODE3}]
workstations:
  - {name: ADMIN01, manages: [EXCMS09]}
",
        );
        let replays = crate::plan::replay::replay_all(&inventory);
        let findings = engine::run(
            &Input {
                inventory: &inventory,
                replays: &replays,
            },
            catalog::all(),
            &Selection::default(),
        );
        let cluster = inventory.cluster("EXCLU01").unwrap();
        let mut refused: Vec<(&str, &str)> = refusals(cluster, &findings)
            .iter()
            .map(|f| (f.code, f.entity.as_str()))
            .collect();
        refused.sort_unstable();
        assert_eq!(
            refused,
            [
                // EXNODE1 is also a node of EXCLU02: reported there, with a label here.
                ("INV003", "cluster:EXCLU01/node:exnode2.contoso.com"),
                ("INV003", "cluster:EXCLU02/node:EXNODE1"),
            ]
        );
    }
}
