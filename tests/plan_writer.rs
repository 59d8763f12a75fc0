//! `cmslint plan` writes a compliant runbook: for generated clusters (CCR and SCC, random group
//! placement, random Windows Server 2003 service packs) the written plan, checked together with
//! the inventory, yields no error and no warning, and carries no finding of its own. It refuses a
//! cluster whose definition cannot be trusted, and never prints a plan that breaks a rule.

use cmslint::catalog;
use cmslint::check::{CheckOptions, check};
use cmslint::engine::Severity;
use cmslint::i18n::Lang;
use cmslint::model::{Builder, exchange};
use cmslint::plan::write::{WrittenPlan, write_plan};
use cmslint::syntax::{ParseLimits, parse_yaml};
use proptest::prelude::*;
use std::fmt::Write as _;
use std::process::Output;

use crate::command;

/// Runs the binary from the project root, as a user would.
fn cmslint(args: &[&str]) -> Output {
    command::cmslint()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[derive(Debug, Clone)]
struct GeneratedCluster {
    scc: bool,
    /// Windows Server 2003 service pack of each node.
    service_packs: Vec<u8>,
    /// Owner (node index) of each CMS.
    cms_owners: Vec<usize>,
    /// Owner of "Cluster Group" and of each other group (`None`: not given).
    other_owners: Vec<Option<usize>>,
}

fn clusters() -> impl Strategy<Value = GeneratedCluster> {
    prop_oneof![
        // CCR: two nodes, one CMS.
        (
            prop::collection::vec(0u8..=2, 2),
            0usize..2,
            prop::collection::vec(prop::option::weighted(0.8, 0usize..2), 1..3)
        )
            .prop_map(|(service_packs, owner, other_owners)| GeneratedCluster {
                scc: false,
                service_packs,
                cms_owners: vec![owner],
                other_owners,
            }),
        // SCC: two to four nodes, at least one of them passive.
        (2usize..=4).prop_flat_map(|nodes| {
            (
                prop::collection::vec(0u8..=2, nodes),
                // Each CMS on its own node, leaving at least one node passive.
                Just((0..nodes).collect::<Vec<usize>>()).prop_shuffle(),
                1..nodes,
                prop::collection::vec(prop::option::weighted(0.8, 0usize..nodes), 1..4),
            )
                .prop_map(|(service_packs, order, cms, other_owners)| {
                    GeneratedCluster {
                        scc: true,
                        service_packs,
                        cms_owners: order[..cms].to_vec(),
                        other_owners,
                    }
                })
        }),
    ]
}

fn inventory_yaml(c: &GeneratedCluster) -> String {
    let mut out = String::from("cmslint: 1\nclusters:\n  - name: EXCLU01\n");
    let _ = writeln!(out, "    type: {}", if c.scc { "scc" } else { "ccr" });
    out.push_str("    nodes:\n");
    for (i, sp) in c.service_packs.iter().enumerate() {
        let _ = writeln!(
            out,
            "      - {{ name: EXNODE{i}, os: \"Windows Server 2003 Enterprise x64 Edition SP{sp}\", exchange: RTM RU7 }}"
        );
    }
    out.push_str("    groups:\n");
    for (i, owner) in c.other_owners.iter().enumerate() {
        let name = if i == 0 {
            "Cluster Group".to_string()
        } else {
            format!("Backup Agent {i}")
        };
        match owner {
            Some(owner) => {
                let _ = writeln!(out, "      - {{ name: {name}, owner: EXNODE{owner} }}");
            }
            None => {
                let _ = writeln!(out, "      - {{ name: {name} }}");
            }
        }
    }
    for (i, owner) in c.cms_owners.iter().enumerate() {
        let _ = writeln!(
            out,
            "      - {{ name: EXCMS{i}, type: cms, owner: EXNODE{owner} }}"
        );
    }
    out
}

fn written_plan(inventory: &str, target: &str) -> Result<String, String> {
    written(inventory, target).map(|plan| plan.to_yaml("cmslint plan", Lang::En))
}

fn written(inventory: &str, target: &str) -> Result<WrittenPlan, String> {
    let mut builder = Builder::default();
    for doc in parse_yaml(inventory, ParseLimits::default()).unwrap() {
        builder.add_document(0, &doc);
    }
    let inventory = builder.finish();
    let window = Some(("2026-12-05T22:00:00Z".into(), "2026-12-06T04:00:00Z".into()));
    write_plan(
        &inventory,
        "EXCLU01",
        exchange::parse(target).unwrap(),
        window,
    )
    .map_err(|r| r.0.render(Lang::En))
}

/// Checks inventory and plan together: the errors and warnings (TOP103 left out: it judges the
/// inventory as given, the random group placement, not the plan), and every finding of any
/// severity whose place is in the plan itself.
fn checked(inventory: &str, plan: &str) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("inventory.yaml"), inventory).unwrap();
    std::fs::write(dir.path().join("plan.yaml"), plan).unwrap();
    let options = CheckOptions {
        selection: catalog::selection(vec![], vec!["TOP103".into()]).unwrap(),
        ..CheckOptions::default()
    };
    let outcome = check(&[dir.path().to_path_buf()], dir.path(), &options).unwrap();
    let shown = |f: &cmslint::engine::Finding| {
        format!("{} {} {}", f.code, f.entity, f.message.render(Lang::En))
    };
    let serious = (outcome.findings.iter())
        .filter(|f| f.severity >= Severity::Warning)
        .map(shown)
        .collect();
    let own = (outcome.findings.iter())
        .filter(|f| outcome.sources.path(f.primary.span) == "plan.yaml")
        .map(shown)
        .collect();
    (serious, own)
}

fn findings(inventory: &str, plan: &str) -> Vec<String> {
    checked(inventory, plan).0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn written_plans_are_compliant(cluster in clusters(), sp2 in any::<bool>()) {
        let inventory = inventory_yaml(&cluster);
        let plan = written_plan(&inventory, if sp2 { "SP2" } else { "SP1" }).unwrap();
        let (found, own) = checked(&inventory, &plan);
        prop_assert!(found.is_empty(), "{found:#?}\n{inventory}\n{plan}");
        prop_assert!(own.is_empty(), "the plan carries findings: {own:#?}\n{inventory}\n{plan}");
    }
}

#[test]
fn the_plan_follows_the_documented_order() {
    let inventory = inventory_yaml(&GeneratedCluster {
        scc: false,
        service_packs: vec![2, 1],
        cms_owners: vec![0],
        other_owners: vec![Some(1)],
    });
    let plan = written_plan(&inventory, "SP2").unwrap();
    let steps: Vec<&str> = plan
        .lines()
        .filter(|l| l.starts_with("      - "))
        .map(str::trim)
        .collect();
    assert_eq!(
        steps,
        [
            "- action: install-windows-service-pack",
            "- run: \"Cluster.exe group \\\"Cluster Group\\\" /move:EXNODE0\"",
            "- run: \"setup.com /mode:upgrade\"",
            "- run: \"Stop-ClusteredMailboxServer EXCMS0 -StopReason \\\"SP2 upgrade\\\"\"",
            "- run: \"Move-ClusteredMailboxServer EXCMS0 -TargetMachine EXNODE1 -MoveComment \\\"SP2 upgrade\\\"\"",
            "- run: \"setup.com /upgradecms\"",
            "- run: \"Cluster.exe group \\\"Cluster Group\\\" /move:EXNODE1\"",
            "- run: \"setup.com /mode:upgrade\"",
        ],
        "{plan}"
    );
    assert!(findings(&inventory, &plan).is_empty());
}

#[test]
fn no_passive_node_is_refused_with_the_reason() {
    let inventory = inventory_yaml(&GeneratedCluster {
        scc: true,
        service_packs: vec![2, 2],
        cms_owners: vec![0, 1],
        other_owners: vec![Some(0)],
    });
    let refusal = written_plan(&inventory, "SP2").unwrap_err();
    assert!(
        refusal.starts_with("no passive node: every node of EXCLU01 owns a CMS"),
        "{refusal}"
    );
    let refusal = written_plan(&inventory, "SP3").unwrap_err();
    assert!(refusal.contains("SP1 or SP2"), "{refusal}");
}

#[test]
fn a_group_of_unknown_type_is_refused() {
    // EXCMS1's type is not understood: it may be a second CMS that runs on EXNODE1.
    let inventory = "cmslint: 1
clusters:
  - name: EXCLU01
    type: scc
    nodes:
      - {name: EXNODE0, exchange: RTM}
      - {name: EXNODE1, exchange: RTM}
      - {name: EXNODE2, exchange: RTM}
    groups:
      - {name: EXCMS0, type: cms, owner: EXNODE0}
      - {name: EXCMS1, type: CMSS, owner: EXNODE1}
";
    assert_eq!(
        written_plan(inventory, "SP2").unwrap_err(),
        "no source says whether group \"EXCMS1\" is a CMS (a `type` the format does not take \
         says nothing), so it cannot be moved safely; give it its type in the inventory \
         (`type: cms`, `type: cluster` or `type: other`), or export `cluster res` or the status \
         of every CMS"
    );
}

#[test]
fn an_unknown_windows_service_pack_is_refused() {
    // The caption names no service pack: whether EXNODE1 needs SP2 first is unknown.
    let inventory = "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes:
      - {name: EXNODE0, os: Windows Server 2003 R2 Enterprise x64 Edition SP2, exchange: RTM}
      - {name: EXNODE1, os: Windows Server 2003 R2 Enterprise x64 Edition, exchange: RTM}
    groups:
      - {name: EXCMS0, type: cms, owner: EXNODE0}
";
    assert_eq!(
        written_plan(inventory, "SP2").unwrap_err(),
        "the Windows service pack of EXNODE1 is unknown (Windows Server 2003 R2 names none), so \
         whether it needs Windows Server 2003 SP2 first is unknown; state it, e.g. `os: { name: \
         Windows Server 2003 R2, servicePack: 2 }`"
    );
    // A minimum that settles it is enough: Windows Server 2008 is at least SP1.
    let inventory = inventory
        .replace(
            "Windows Server 2003 R2 Enterprise x64 Edition SP2",
            "Windows Server 2008",
        )
        .replace(
            "Windows Server 2003 R2 Enterprise x64 Edition,",
            "Windows Server 2008,",
        );
    assert!(written_plan(&inventory, "SP2").is_ok());
}

/// The inventory lists the active node twice (`EXNODE1` and `exnode1.contoso.com`, INV003): a plan
/// written from it would upgrade the active node first. `cmslint plan` refuses, shows the finding
/// as `check` would, writes nothing and exits 2.
#[test]
fn a_duplicate_node_is_refused() {
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "--color",
        "never",
        "testdata/plan/duplicate-node",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    insta::assert_snapshot!(text(&out.stderr));
}

/// Without `--window` the plan keeps its UPG307 warning (the window is the user's to declare),
/// and stderr names the flag that fixes it.
#[test]
fn without_a_window_stderr_names_the_flag() {
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "testdata/examples/contoso/clusters",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Stop-ClusteredMailboxServer EXCMS01"));
    assert_eq!(
        text(&out.stderr),
        "warning: the plan takes a CMS offline but declares no maintenance window, so \
         `cmslint check` reports UPG307 for it; run again with `--window START/END` (e.g. \
         `--window 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z`)\n"
    );
    let out = cmslint(&[
        "plan",
        "--cluster",
        "EXCLU01",
        "--target",
        "SP2",
        "--window",
        "2026-12-05T22:00:00Z/2026-12-06T04:00:00Z",
        "testdata/examples/contoso/clusters",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stderr), "");
}

/// A group whose owner the inventory does not give may sit on a passive node: the plan moves it
/// to the active node before any passive node is upgraded, wherever it is.
#[test]
fn a_group_without_an_owner_is_moved_first() {
    let inventory = "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes:
      - {name: EXNODE0, os: Windows Server 2003 R2 Enterprise x64 Edition SP2, exchange: RTM}
      - {name: EXNODE1, os: Windows Server 2003 R2 Enterprise x64 Edition SP2, exchange: RTM}
    groups:
      - {name: EXCMS0, type: cms, owner: EXNODE0}
      - {name: Backup Agent}
";
    let plan = written_plan(inventory, "SP2").unwrap();
    let steps: Vec<&str> = plan
        .lines()
        .filter(|l| l.starts_with("      - "))
        .map(str::trim)
        .take(2)
        .collect();
    assert_eq!(
        steps,
        [
            "- run: \"Cluster.exe group \\\"Backup Agent\\\" /move:EXNODE0\"",
            "- run: \"setup.com /mode:upgrade\"",
        ],
        "{plan}"
    );
    assert!(findings(inventory, &plan).is_empty());
}

/// A written plan's steps as its YAML gives them: each `run` or `action`, and each `on`.
fn steps_of(plan: &str) -> Vec<&str> {
    (plan.lines())
        .filter(|l| l.starts_with("      - ") || l.starts_with("        on: "))
        .map(str::trim)
        .collect()
}

/// A CCR whose active node EXNODE0 already runs SP2 and also owns `Backup Agent`, beside the
/// passive EXNODE1 at RTM; `cms_exchange` is the CMS's own `exchange` entry, if any.
fn upgraded_active_node(cms_exchange: &str) -> String {
    format!(
        "cmslint: 1
clusters:
  - name: EXCLU01
    type: ccr
    nodes:
      - {{name: EXNODE0, os: Windows Server 2003 R2 Enterprise x64 Edition SP2, exchange: SP2}}
      - {{name: EXNODE1, os: Windows Server 2003 R2 Enterprise x64 Edition SP2, exchange: RTM}}
    groups:
      - {{name: EXCMS0, type: cms, owner: EXNODE0{cms_exchange}}}
      - {{name: Backup Agent, owner: EXNODE0}}
"
    )
}

/// Two nodes where the active one already runs the target: its CMS, still below the target,
/// is upgraded where it is (no move), after the passive node; a group beside it stays.
#[test]
fn a_cms_below_the_target_on_an_upgraded_node_is_upgraded_where_it_is() {
    let inventory = &upgraded_active_node(", exchange: RTM");
    let plan = written_plan(inventory, "SP2").unwrap();
    assert_eq!(
        steps_of(&plan),
        [
            "- run: \"setup.com /mode:upgrade\"",
            "on: \"EXNODE1\"",
            "- run: \"Stop-ClusteredMailboxServer EXCMS0 -StopReason \\\"SP2 upgrade\\\"\"",
            "- run: \"setup.com /upgradecms\"",
            "on: \"EXNODE0\"",
        ],
        "{plan}"
    );
    let found = findings(inventory, &plan);
    assert!(found.is_empty(), "{found:#?}");
}

/// The same cluster with its CMS at the target too: only the passive node is left to upgrade,
/// and the node already at the target is no downgrade.
#[test]
fn a_cms_at_the_target_on_an_upgraded_node_is_left_alone() {
    let inventory = &upgraded_active_node("");
    let plan = written_plan(inventory, "SP2").unwrap();
    assert_eq!(
        steps_of(&plan),
        ["- run: \"setup.com /mode:upgrade\"", "on: \"EXNODE1\""],
        "{plan}"
    );
    assert!(findings(inventory, &plan).is_empty());
}

/// The Markdown runbook says where each command is typed: on a named node, on any node (the
/// cluster.exe moves), or in the Exchange Management Shell (the CMS cmdlets).
#[test]
fn the_runbook_says_where_each_command_is_typed() {
    let inventory = inventory_yaml(&GeneratedCluster {
        scc: false,
        service_packs: vec![2, 1],
        cms_owners: vec![0],
        other_owners: vec![Some(1)],
    });
    let runbook = written(&inventory, "SP2").unwrap().to_markdown(Lang::En);
    let places: Vec<&str> = (runbook.lines())
        .filter(|l| l.starts_with("Run "))
        .collect();
    assert_eq!(
        places,
        [
            "Run on EXNODE1:",
            "Run on any node:",
            "Run on EXNODE1:",
            "Run in the Exchange Management Shell:",
            "Run in the Exchange Management Shell:",
            "Run on EXNODE1:",
            "Run on any node:",
            "Run on EXNODE0:",
        ],
        "{runbook}"
    );
}
