//! Raw exports against hand-written inventories: each folder of `testdata/exports/` holds what
//! cluster.exe, the Exchange Management Shell, systeminfo and WMI print for one cluster, and
//! `testdata/exports/inventories/` the same estate written as YAML. Both must yield exactly the
//! same findings (code and entity), apart from the findings only an export can have (INV006,
//! INV009); and the exports must add to their YAML cluster, never make a second one.
//!
//! `testdata/exports/cases/<case>/` each hold a folder as an administrator hands it to
//! `cmslint check` (one layout, language or association problem each); their tests assert the
//! model read from it and the exact findings.

use crate::command;

use cmslint::check::{CheckOptions, Outcome, check};
use cmslint::i18n::Lang;
use cmslint::model::{GroupKind, Property};
use cmslint::scan::{FileStatus, ScanOptions, restore};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The estates: CCR on Windows Server 2003, SCC with three nodes on Japanese Windows Server
/// 2003 R2, CCR on Windows Server 2008.
const CLUSTERS: [&str; 3] = ["EXCLU01", "EXSCC01", "EXCLU02"];

/// Findings only a raw export can have.
const EXPORT_ONLY: [&str; 2] = ["INV006", "INV009"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn run(paths: &[&str]) -> Outcome {
    let paths: Vec<PathBuf> = paths.iter().map(|p| root().join(p)).collect();
    check(&paths, &root(), &CheckOptions::default()).expect("the test data exists")
}

fn codes_and_entities(
    outcome: &Outcome,
    keep: impl Fn(&str) -> bool,
) -> BTreeSet<(String, String)> {
    outcome
        .findings
        .iter()
        .filter(|f| keep(f.code))
        .map(|f| (f.code.to_string(), f.entity.clone()))
        .collect()
}

#[test]
fn each_export_folder_yields_the_findings_of_its_inventory() {
    for cluster in CLUSTERS {
        let exports = run(&[&format!("testdata/exports/{cluster}")]);
        let yaml = run(&[&format!("testdata/exports/inventories/{cluster}.yaml")]);
        let from_exports = codes_and_entities(&exports, |c| !EXPORT_ONLY.contains(&c));
        let from_yaml = codes_and_entities(&yaml, |_| true);
        assert!(!from_yaml.is_empty(), "{cluster}: the estate has findings");
        assert_eq!(from_exports, from_yaml, "{cluster}");
        // Every file of the folder was read as an export.
        assert!(
            exports
                .files
                .iter()
                .all(|f| f.status == FileStatus::Checked),
            "{cluster}: {:?}",
            exports.files
        );
    }
}

#[test]
fn the_estates_have_the_findings_they_were_built_for() {
    let all = run(&[
        "testdata/exports/EXCLU01",
        "testdata/exports/EXSCC01",
        "testdata/exports/EXCLU02",
    ]);
    let expected: BTreeSet<(String, String)> = [
        ("TOP103", "cluster:EXCLU01/group:Cluster Group"),
        ("TOP106", "cluster:EXCLU01/group:EXCMS01"),
        (
            "TOP103",
            "cluster:EXSCC01/group:Veritas Backup Exec Agent Group",
        ),
        ("TOP105", "cluster:EXCLU02/node:EXNODE7"),
        ("INV009", "file:testdata/exports/EXCLU02/cms.csv"),
    ]
    .into_iter()
    .map(|(c, e)| (c.to_string(), e.to_string()))
    .collect();
    assert_eq!(codes_and_entities(&all, |_| true), expected);
}

#[test]
fn exports_add_to_their_yaml_cluster() {
    for cluster in CLUSTERS {
        let both = run(&[
            &format!("testdata/exports/inventories/{cluster}.yaml"),
            &format!("testdata/exports/{cluster}"),
        ]);
        let yaml = run(&[&format!("testdata/exports/inventories/{cluster}.yaml")]);
        assert_eq!(
            codes_and_entities(&both, |c| c != "INV009"),
            codes_and_entities(&yaml, |_| true),
            "{cluster}: no INV003, no INV006"
        );
        assert_eq!(both.inventory.clusters.len(), 1, "{cluster}");
    }
}

#[test]
fn the_model_read_from_exports_is_the_estate() {
    let mut outcome = run(&["testdata/exports/EXSCC01"]);
    let inv = &outcome.inventory;
    let cluster = inv.cluster("EXSCC01").expect("named after its folder");
    assert_eq!(cluster.kind.as_ref().map(|k| k.value.label()), Some("SCC"));
    let nodes: Vec<&str> = cluster.nodes.iter().map(|n| n.name.text.as_str()).collect();
    assert_eq!(nodes, ["EXNODE3", "EXNODE4", "EXNODE5"]);
    for node in &cluster.nodes {
        let os = node.os().expect("every node has its OS");
        assert_eq!(
            os.to_string(),
            "Windows Server 2003 R2 SP2",
            "{}",
            node.name.text
        );
        assert_eq!(
            node.exchange().map(|v| v.to_string()).as_deref(),
            Some("SP1 RU4 (8.1.311.3)")
        );
    }
    let owners: Vec<(&str, &str, bool)> = cluster
        .groups
        .iter()
        .map(|g| {
            (
                g.name.text.as_str(),
                g.owner.as_ref().unwrap().text.as_str(),
                g.is_cms(),
            )
        })
        .collect();
    assert_eq!(
        owners,
        [
            ("クラスタ グループ", "EXNODE3", false),
            ("EXCMS02", "EXNODE3", true),
            ("EXCMS03", "EXNODE4", true),
            ("Veritas Backup Exec Agent Group", "EXNODE5", false),
        ]
    );
    // The CP932 systeminfo was decoded as Shift_JIS; spans point into the decoded text, which
    // the check lets go for a file no finding points into, and which is read again as decoded.
    let (file, _) = outcome
        .sources
        .iter()
        .find(|(_, s)| s.path.ends_with("EXNODE3-systeminfo.txt"))
        .unwrap();
    let span = cluster.nodes[0].os.as_ref().unwrap().span;
    assert_eq!(span.file(), file);
    assert_eq!(outcome.sources.get(file).text(), None);
    let changed = restore(&mut outcome.sources, [file], &ScanOptions::default());
    assert_eq!(changed, Vec::<String>::new());
    let source = outcome.sources.get(file);
    assert_eq!(source.encoding, "shift_jis (cp932)");
    assert_eq!(
        &source.text().unwrap()[span.range()],
        "5.2.3790 Service Pack 2 ビルド 3790"
    );
    let cp437 = outcome
        .sources
        .iter()
        .find(|(_, s)| s.path.ends_with("EXCLU01/EXNODE2-systeminfo.txt"));
    assert!(cp437.is_none(), "another folder");
    let mut exclu01 = run(&["testdata/exports/EXCLU01"]);
    let (file, _) = exclu01
        .sources
        .iter()
        .find(|(_, s)| s.path.ends_with("EXNODE2-systeminfo.txt"))
        .unwrap();
    restore(&mut exclu01.sources, [file], &ScanOptions::default());
    let sysinfo = exclu01.sources.get(file);
    assert_eq!(sysinfo.encoding, "cp437");
    assert!(sysinfo.text().unwrap().contains("Jürgen Müller"));
}

#[test]
fn a_yaml_cluster_above_the_exports_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("2009-03-02");
    std::fs::create_dir(&exports).unwrap();
    for entry in std::fs::read_dir(root().join("testdata/exports/EXCLU01")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), exports.join(entry.file_name())).unwrap();
    }
    let yaml = std::fs::read_to_string(root().join("testdata/exports/inventories/EXCLU01.yaml"))
        .unwrap()
        .replace("name: EXCLU01", "name: CLUSTER-A");
    std::fs::write(dir.path().join("estate.yaml"), yaml).unwrap();
    let outcome = check(
        &[dir.path().to_path_buf()],
        dir.path(),
        &CheckOptions::default(),
    )
    .unwrap();
    let names: Vec<&str> = outcome
        .inventory
        .clusters
        .iter()
        .map(|c| c.name.text.as_str())
        .collect();
    assert_eq!(names, ["CLUSTER-A"], "the folder's name is not used");
    let entities = codes_and_entities(&outcome, |_| true);
    assert!(entities.contains(&("TOP106".into(), "cluster:CLUSTER-A/group:EXCMS01".into())));
    assert!(
        entities.iter().all(|(c, _)| c != "INV003" && c != "INV006"),
        "{entities:?}"
    );
}

#[test]
fn unrecognised_text_files_are_still_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("readme.txt"),
        "Exports of EXCLU01, 2 March 2009.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("image.png"),
        [0x89, b'P', b'N', b'G', 0, 0, 0xFF, 0xFE],
    )
    .unwrap();
    let outcome = check(
        &[dir.path().to_path_buf()],
        dir.path(),
        &CheckOptions::default(),
    )
    .unwrap();
    assert_eq!(outcome.checked(), 0);
    assert_eq!(outcome.skipped(), 2);
}

/// The (path under the case folder, line, code) of every finding of a case in
/// `testdata/exports/cases/`: a folder as an administrator hands it to `cmslint check`.
fn case(name: &str) -> (Outcome, BTreeSet<(String, usize, String)>) {
    let outcome = run(&[&format!("testdata/exports/cases/{name}")]);
    let prefix = format!("testdata/exports/cases/{name}/");
    let placed = outcome
        .findings
        .iter()
        .map(|f| {
            let path = outcome.sources.path(f.primary.span);
            (
                path.strip_prefix(&prefix).unwrap_or(path).to_string(),
                outcome.sources.region(f.primary.span).start.line,
                f.code.to_string(),
            )
        })
        .collect();
    (outcome, placed)
}

fn placed(expected: &[(&str, usize, &str)]) -> BTreeSet<(String, usize, String)> {
    expected
        .iter()
        .map(|(p, l, c)| (p.to_string(), *l, c.to_string()))
        .collect()
}

/// The groups of a cluster: (name, owner, CMS).
fn groups(outcome: &Outcome, cluster: &str) -> Vec<(String, Option<String>, bool)> {
    let cluster = outcome
        .inventory
        .cluster(cluster)
        .expect("the cluster exists");
    cluster
        .groups
        .iter()
        .map(|g| {
            (
                g.name.text.clone(),
                g.owner.as_ref().map(|o| o.text.clone()),
                g.is_cms(),
            )
        })
        .collect()
}

fn owned(list: &[(&str, Option<&str>, bool)]) -> Vec<(String, Option<String>, bool)> {
    list.iter()
        .map(|(g, o, c)| (g.to_string(), o.map(str::to_string), *c))
        .collect()
}

#[test]
fn format_list_records_without_a_blank_line_between_them_are_two_records() {
    // Copied from a console: the blank line between the two CMSs' records is lost. The second
    // CMS must still be known as a CMS, or its node looks passive (TOP103 with a cluster.exe
    // move of a CMS).
    let (outcome, found) = case("records-without-blank-lines");
    assert_eq!(found, placed(&[]));
    assert_eq!(
        groups(&outcome, "EXSCC02"),
        owned(&[
            ("Cluster Group", Some("EXNODE11"), false),
            ("EXCMS05", Some("EXNODE11"), true),
            ("EXCMS06", Some("EXNODE12"), true),
        ])
    );
}

/// The Windows version of each node of a cluster, as shown.
fn node_os(outcome: &Outcome, cluster: &str) -> Vec<(String, Option<String>)> {
    let cluster = outcome
        .inventory
        .cluster(cluster)
        .expect("the cluster exists");
    cluster
        .nodes
        .iter()
        .map(|n| (n.name.text.clone(), n.os().map(ToString::to_string)))
        .collect()
}

fn os_list(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(n, o)| (n.to_string(), o.map(str::to_string)))
        .collect()
}

#[test]
fn wmic_list_output_is_read_in_utf16_and_in_the_oem_code_page() {
    // EXNODE21: `wmic os get Caption,CSDVersion,CSName,Version,ProductType /format:list` from
    // PowerShell (UTF-16 LE); EXNODE22: every property, from cmd.exe (CP437), copied from a
    // console that wrapped the Name value onto a line of its own.
    let (outcome, found) = case("wmic-list");
    assert_eq!(
        node_os(&outcome, "EXCLU03"),
        os_list(&[
            ("EXNODE21", Some("Windows Server 2003 SP2")),
            ("EXNODE22", Some("Windows Server 2008 SP1")),
        ])
    );
    assert_eq!(found, placed(&[("EXCLU03/EXNODE22-os.txt", 45, "TOP104")]));
    assert!(
        outcome
            .files
            .iter()
            .all(|f| f.status == FileStatus::Checked)
    );
}

#[test]
fn vista_is_told_from_windows_server_2008_by_its_os_configuration() {
    // systeminfo from cmd.exe mangles the trademark sign to `T`: `Microsoftr Windows VistaT
    // Enterprise`; `OS Configuration: Standalone Workstation` says it is a client either way.
    let (outcome, found) = case("vista-node");
    assert_eq!(
        node_os(&outcome, "EXCLU04"),
        os_list(&[
            ("EXNODE31", Some("Windows Server 2008 SP2")),
            ("EXNODE32", Some("Windows Vista SP2")),
        ])
    );
    assert_eq!(
        found,
        placed(&[("EXCLU04/EXNODE32-systeminfo.txt", 4, "TOP107")])
    );
}

#[test]
fn localised_systeminfo_keeps_its_numbers() {
    // German (CP850) and Japanese (CP932) systeminfo: the labels, the OS Configuration and the
    // `N/A` of the service-pack slot are translated (`Nicht zutreffend`, `該当なし`).
    let (outcome, found) = case("localised-systeminfo");
    assert_eq!(
        node_os(&outcome, "EXCLU05"),
        os_list(&[
            ("EXNODE41", Some("Windows Vista SP1")),
            ("EXNODE42", Some("Windows Server 2008 R2")),
            ("EXNODE43", Some("Windows Server 2008 R2")),
        ])
    );
    assert_eq!(
        found,
        placed(&[
            ("EXCLU05/EXNODE41-systeminfo.txt", 4, "TOP107"),
            ("EXCLU05/EXNODE42-systeminfo.txt", 4, "TOP107"),
            ("EXCLU05/EXNODE43-systeminfo.txt", 4, "TOP107"),
        ])
    );
}

#[test]
fn systeminfo_appended_for_several_hosts_is_read_whole() {
    // `systeminfo /s EXNODE51 >> systeminfo.txt`, then the same for EXNODE52.
    let (outcome, found) = case("systeminfo-appended");
    assert_eq!(
        node_os(&outcome, "EXCLU06"),
        os_list(&[
            ("EXNODE51", Some("Windows Server 2003 SP2")),
            ("EXNODE52", Some("Windows Server 2008 SP2")),
        ])
    );
    assert_eq!(found, placed(&[("EXCLU06/systeminfo.txt", 16, "TOP104")]));
}

#[test]
fn repeated_systeminfo_csv_headers_are_headers() {
    // `systeminfo /s EXNODE61 /fo csv >> systeminfo.csv`, then EXNODE62, without `/nh`: the
    // header row comes before each host, and is never a host called "Host Name".
    let (outcome, found) = case("systeminfo-csv-appended");
    assert_eq!(
        node_os(&outcome, "EXCLU07"),
        os_list(&[
            ("EXNODE61", Some("Windows Server 2003 SP2")),
            ("EXNODE62", Some("Windows Server 2003 SP2")),
        ])
    );
    assert_eq!(found, placed(&[]));
}

/// The fix commands of the findings of one code.
fn fixes(outcome: &Outcome, code: &str) -> Vec<String> {
    outcome
        .findings
        .iter()
        .filter(|f| f.code == code)
        .flat_map(|f| f.texts(Lang::En).fixes)
        .collect()
}

#[test]
fn cluster_exe_tables_are_recognised_by_their_shape_in_any_language() {
    // German Windows (CP850): `Gruppe`, `Knoten`, `Status`, and the default group is
    // `Clustergruppe`; the `<Quorum Owner>` tag points at it, not at an invented "Cluster Group".
    let (outcome, found) = case("german-cluster-exe");
    assert_eq!(
        groups(&outcome, "EXCLU08"),
        owned(&[
            ("Clustergruppe", Some("EXNODE72"), false),
            ("EXCMS09", Some("EXNODE71"), true),
        ])
    );
    assert_eq!(found, placed(&[("EXCLU08/groups.txt", 5, "TOP103")]));
    assert_eq!(
        fixes(&outcome, "TOP103"),
        ["Cluster.exe group \"Clustergruppe\" /move:EXNODE71"]
    );
}

#[test]
fn an_overflowing_row_is_read_so_that_its_node_is_a_known_node() {
    // `NetBackup Client for Windows Servers` is longer than its column, and its blanks fall
    // at the next columns' starts: cut at the columns, it reads as group `NetBackup Client
    // for` on node `Windows Servers`, which no source knows.
    let (outcome, found) = case("overflowing-group-name");
    assert_eq!(
        groups(&outcome, "EXCLU09"),
        owned(&[
            ("Cluster Group", Some("EXNODE81"), false),
            ("EXCMS10", Some("EXNODE81"), true),
            (
                "NetBackup Client for Windows Servers",
                Some("EXNODE82"),
                false
            ),
        ])
    );
    assert_eq!(found, placed(&[("EXCLU09/groups.txt", 7, "TOP103")]));
    assert_eq!(
        fixes(&outcome, "TOP103"),
        ["Cluster.exe group \"NetBackup Client for Windows Servers\" /move:EXNODE81"]
    );
}

#[test]
fn groups_listed_only_in_cluster_res_are_modelled() {
    // No `cluster group` file: the resource listing says which groups exist and which node
    // owns each. The witness group's two resources name two nodes: its owner is not guessed.
    let (outcome, found) = case("resources-only");
    assert_eq!(
        groups(&outcome, "EXCLU10"),
        owned(&[
            ("Cluster Group", Some("EXNODE92"), false),
            ("EXCMS11", Some("EXNODE91"), true),
            ("Backup Agent Group", Some("EXNODE92"), false),
            ("Witness Group", None, false),
        ])
    );
    assert_eq!(
        found,
        placed(&[
            ("EXCLU10/resources.txt", 5, "TOP103"),
            ("EXCLU10/resources.txt", 12, "TOP103"),
            ("EXCLU10/resources.txt", 14, "INV006"),
        ])
    );
    assert_eq!(
        fixes(&outcome, "TOP103"),
        [
            "Cluster.exe group \"Cluster Group\" /move:EXNODE91",
            "Cluster.exe group \"Backup Agent Group\" /move:EXNODE91"
        ]
    );
}

#[test]
fn a_cms_is_known_from_its_exchange_resources() {
    // An SCC whose status was exported for EXCMS12 only: `cluster res` shows EXCMS13 holding
    // the Information Store and System Attendant instances, so EXNODE102 is active, not a
    // passive node to empty with cluster.exe.
    let (outcome, found) = case("scc-status-for-one-cms");
    assert_eq!(
        groups(&outcome, "EXSCC03"),
        owned(&[
            ("Cluster Group", Some("EXNODE101"), false),
            ("EXCMS12", Some("EXNODE101"), true),
            ("EXCMS13", Some("EXNODE102"), true),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn a_group_of_unknown_kind_is_never_moved_with_cluster_exe() {
    // The same SCC without `cluster res`: nothing says whether EXCMS15 is a CMS. A CMS is
    // moved only with Move-ClusteredMailboxServer, so no fix may move it with cluster.exe.
    let (outcome, _) = case("scc-unknown-kind");
    let cluster = outcome.inventory.cluster("EXSCC04").unwrap();
    let kinds: Vec<(&str, GroupKind)> = cluster
        .groups
        .iter()
        .map(|g| (g.name.text.as_str(), g.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Cluster Group", GroupKind::Cluster),
            ("EXCMS14", GroupKind::Cms),
            ("EXCMS15", GroupKind::Unknown),
        ]
    );
    let moves: Vec<String> = outcome
        .findings
        .iter()
        .flat_map(|f| f.texts(Lang::En).fixes)
        .filter(|c| c.contains("EXCMS15"))
        .collect();
    assert!(moves.is_empty(), "{moves:?}");
}

#[test]
fn a_conflicting_fact_is_unknown_and_fails_the_gate() {
    // The document says EXNODE121 owns the cluster group; `cluster group` and the
    // `<Quorum Owner>` tag say EXNODE122, the passive node. cmslint cannot know which is true:
    // INV006 is an error, and no rule judges the group on either side (no TOP103).
    let (outcome, found) = case("owner-conflict");
    assert_eq!(found, placed(&[("EXCLU11/groups.txt", 5, "INV006")]));
    assert_eq!(outcome.findings[0].severity.as_str(), "error");
    assert_eq!(
        groups(&outcome, "EXCLU11"),
        owned(&[
            ("Cluster Group", None, false),
            ("EXCMS16", Some("EXNODE121"), true),
        ])
    );
    let status = command::cmslint()
        .args(["check", "testdata/exports/cases/owner-conflict"])
        .current_dir(root())
        .output()
        .unwrap()
        .status;
    assert_eq!(status.code(), Some(1));
}

/// The disputed fact is named in the reader's language and kept as (entity, property), so that
/// the checks that skip it can be matched to it whatever the language. `cluster group` and the
/// `<Quorum Owner>` tag each disagree with the document.
#[test]
fn a_conflict_names_its_fact_in_each_language() {
    let (outcome, _) = case("owner-conflict");
    let conflicts: Vec<(&str, Property, String, String)> = (outcome.inventory.conflicts.iter())
        .map(|c| {
            let fact = (c.fact.render(Lang::En), c.fact.render(Lang::Ja));
            (c.entity.as_str(), c.property, fact.0, fact.1)
        })
        .collect();
    let owner = (
        "cluster:EXCLU11/group:Cluster Group",
        Property::Owner,
        "the owner of group Cluster Group".to_string(),
        "グループ Cluster Group の所有者".to_string(),
    );
    assert_eq!(conflicts, [owner.clone(), owner]);
}

#[test]
fn a_plan_fix_never_moves_a_group_of_unknown_kind_with_cluster_exe() {
    // EXCMS19 appears only in `cluster group`: UPG302 still says EXNODE133 is not emptied,
    // but its fix must not move what may be a CMS with cluster.exe.
    let (outcome, found) = case("unknown-kind-in-a-plan");
    assert!(found.contains(&("estate.yaml".to_string(), 28, "UPG302".to_string())));
    let moves: Vec<String> = outcome
        .findings
        .iter()
        .flat_map(|f| f.texts(Lang::En).fixes)
        .filter(|c| c.contains("\"EXCMS19\""))
        .collect();
    assert!(moves.is_empty(), "{moves:?}");
}

/// The Exchange version of each node of a cluster, as shown.
fn node_exchange(outcome: &Outcome, cluster: &str) -> Vec<(String, Option<String>)> {
    let cluster = outcome
        .inventory
        .cluster(cluster)
        .expect("the cluster exists");
    cluster
        .nodes
        .iter()
        .map(|n| (n.name.text.clone(), n.exchange().map(ToString::to_string)))
        .collect()
}

fn cluster_names(outcome: &Outcome) -> Vec<&str> {
    outcome
        .inventory
        .clusters
        .iter()
        .map(|c| c.name.text.as_str())
        .collect()
}

#[test]
fn a_dated_snapshot_folder_belongs_to_the_only_cluster_above_it() {
    // `snapshot-2026-11-01/` under a document that defines EXCLU13: its ExSetup listings name
    // no node inside, and the folder's name is no cluster's.
    let (outcome, found) = case("snapshot-folder");
    assert_eq!(cluster_names(&outcome), ["EXCLU13"]);
    assert_eq!(
        node_exchange(&outcome, "EXCLU13"),
        os_list(&[
            ("EXNODE141", Some("SP1 (8.1.240.6)")),
            ("EXNODE142", Some("SP1 (8.1.240.6)")),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn a_folder_that_names_no_node_belongs_to_its_parent_folders_cluster() {
    // `EXCLU14/exsetup/`: per-node files only, whose names start with EXCLU14's nodes.
    let (outcome, found) = case("exsetup-subfolder");
    assert_eq!(cluster_names(&outcome), ["EXCLU14"]);
    assert_eq!(
        node_exchange(&outcome, "EXCLU14"),
        os_list(&[
            ("EXNODE151", Some("SP1 (8.1.240.6)")),
            ("EXNODE152", Some("RTM (8.0.685.25)")),
        ])
    );
    assert!(
        found.iter().all(|(_, _, code)| code != "INV003"),
        "{found:?}"
    );
}

#[test]
fn folders_under_a_document_of_two_clusters_go_to_the_cluster_whose_nodes_they_name() {
    let (outcome, found) = case("east-west");
    assert_eq!(cluster_names(&outcome), ["EXCLU15", "EXCLU16"]);
    assert_eq!(
        node_exchange(&outcome, "EXCLU15"),
        os_list(&[("EXNODE161", None), ("EXNODE162", Some("SP1 (8.1.240.6)"))])
    );
    assert_eq!(
        node_exchange(&outcome, "EXCLU16"),
        os_list(&[("EXNODE171", None), ("EXNODE172", Some("SP1 (8.1.240.6)"))])
    );
    assert_eq!(
        node_os(&outcome, "EXCLU16"),
        os_list(&[
            ("EXNODE171", Some("Windows Server 2003 SP2")),
            ("EXNODE172", None)
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn a_folder_that_names_only_nodes_of_no_document_is_a_cluster_of_its_own() {
    // `EXCLU20/` beside a document of EXCLU19: its listings name EXNODE201 and EXNODE202 only,
    // so they are not EXCLU19's, although EXCLU19 is the only cluster near it.
    let (outcome, found) = case("cluster-beside-the-estate");
    assert_eq!(cluster_names(&outcome), ["EXCLU19", "EXCLU20"]);
    assert_eq!(
        groups(&outcome, "EXCLU19"),
        owned(&[
            ("Cluster Group", Some("EXNODE191"), false),
            ("EXCMS26", Some("EXNODE191"), true)
        ])
    );
    assert_eq!(
        node_exchange(&outcome, "EXCLU20"),
        os_list(&[("EXNODE201", None), ("EXNODE202", None)])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn a_file_name_names_the_longest_node_name_it_starts_with() {
    // `MB-EX01-N1-exsetup.txt` is MB-EX01-N1's, not a node `MB`'s; `_` separates too.
    let (outcome, found) = case("hyphenated-nodes");
    assert_eq!(
        node_exchange(&outcome, "MB-EX01"),
        os_list(&[
            ("MB-EX01-N1", Some("SP1 (8.1.240.6)")),
            ("MB-EX01-N2", Some("SP1 (8.1.240.6)")),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn org_wide_listings_add_nothing_about_other_clusters() {
    // Get-MailboxServer, Get-ClusteredMailboxServerStatus and Get-ExchangeServer for every
    // server of the organisation, saved in EXCLU17's folder: EXCMS22 and its nodes are
    // another cluster's.
    let (outcome, found) = case("org-wide-listing");
    assert_eq!(
        node_os(&outcome, "EXCLU17"),
        os_list(&[("EXNODE181", None), ("EXNODE182", None)])
    );
    assert_eq!(
        groups(&outcome, "EXCLU17"),
        owned(&[
            ("Cluster Group", Some("EXNODE181"), false),
            ("EXCMS21", Some("EXNODE181"), true),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn a_host_from_a_file_name_never_creates_a_node() {
    // `wmi-os.txt`: the default view of Get-WmiObject Win32_OperatingSystem, with no host
    // inside, and `wmi` is no node. `EXNODE202-wmi-os.txt` is a node's, but 6.0.6001 alone
    // does not tell Vista from Windows Server 2008. Neither file's facts are used (INV011).
    let (outcome, found) = case("phantom-node");
    assert_eq!(
        node_os(&outcome, "EXCLU18"),
        os_list(&[("EXNODE201", None), ("EXNODE202", None)])
    );
    assert_eq!(
        found,
        placed(&[
            ("EXCLU18/EXNODE202-wmi-os.txt", 8, "INV011"),
            ("EXCLU18/wmi-os.txt", 8, "INV011"),
        ])
    );
    let wmi = outcome
        .findings
        .iter()
        .find(|f| f.entity.ends_with("/wmi-os.txt"))
        .unwrap();
    assert_eq!(
        wmi.entity,
        "file:testdata/exports/cases/phantom-node/EXCLU18/wmi-os.txt"
    );
    let wmi = wmi.texts(Lang::En);
    assert!(
        wmi.notes.iter().any(|n| n.contains("EXNODE201, EXNODE202")),
        "{:?}",
        wmi.notes
    );
    assert_eq!(
        wmi.help.as_deref(),
        Some(
            "name the file after the node it comes from: `EXNODE201-wmi-os.txt` or `EXNODE202-wmi-os.txt`"
        )
    );
    let named = outcome
        .findings
        .iter()
        .find(|f| f.entity.ends_with("/EXNODE202-wmi-os.txt"))
        .unwrap()
        .texts(Lang::En);
    assert_eq!(
        named.message,
        "the Windows version `6.0.6001` of EXNODE202 does not tell whether it is a workstation or a server"
    );
    assert_eq!(
        named.fixes,
        [
            "Get-WmiObject Win32_OperatingSystem -ComputerName EXNODE202 | Select-Object CSName,Caption,Version,BuildNumber,CSDVersion,ServicePackMajorVersion,ProductType | Export-Csv EXNODE202-os.csv -NoTypeInformation"
        ]
    );
}

#[test]
fn a_file_version_table_of_another_program_is_not_exchange_setup() {
    // `Get-Command powershell | ForEach { $_.FileVersionInfo }` saved as
    // EXNODE211-commands.txt beside the ExSetup listing: its FileName says it is not
    // ExSetup.exe. A FileName cut short by Format-Table (`...`) cannot say, and is read.
    let (outcome, found) = case("other-file-versions");
    assert_eq!(
        node_exchange(&outcome, "EXCLU19"),
        os_list(&[
            ("EXNODE211", Some("SP1 (8.1.240.6)")),
            ("EXNODE212", Some("SP1 (8.1.240.6)")),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn no_plan_is_written_for_a_cluster_with_a_group_of_unknown_kind() {
    // The plan would empty the passive node EXNODE133 with `Cluster.exe group "EXCMS19"
    // /move:...`, and EXCMS19 may be a CMS.
    let out = command::cmslint()
        .args([
            "plan",
            "--cluster",
            "EXSCC05",
            "--target",
            "SP2",
            "--window",
            "2026-12-05T22:00:00+01:00/2026-12-06T04:00:00+01:00",
            "testdata/exports/cases/unknown-kind-in-a-plan",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(!stdout.contains("EXCMS19"), "{stdout}");
    assert!(
        stderr.contains("no source says whether group \"EXCMS19\" is a CMS"),
        "{stderr}"
    );
}

#[test]
fn the_quorum_owner_tag_names_the_cluster_group_when_no_listing_does() {
    // Only Get-ClusteredMailboxServerStatus: `<Quorum Owner>` is the only word about the
    // default group, which no group of unknown kind could be, so it is "Cluster Group".
    let (outcome, found) = case("status-only");
    assert_eq!(
        groups(&outcome, "EXCLU21"),
        owned(&[
            ("EXCMS31", Some("EXNODE231"), true),
            ("Cluster Group", Some("EXNODE231"), false),
        ])
    );
    assert_eq!(found, placed(&[]));
}

#[test]
fn the_quorum_owner_tag_does_not_invent_a_cluster_group() {
    // French Windows: the default group's name is not one cmslint knows, so it is a group of
    // unknown kind, and the `<Quorum Owner>` tag must not add a second one called "Cluster
    // Group" (whose cluster.exe move would name a group that does not exist).
    let (outcome, found) = case("unnamed-default-group");
    assert_eq!(
        groups(&outcome, "EXCLU20"),
        owned(&[
            ("Groupe de cluster", Some("EXNODE222"), false),
            ("EXCMS27", Some("EXNODE221"), true),
        ])
    );
    // Nothing says whether "Groupe de cluster" is a CMS, so EXNODE222 may be active: TOP103
    // does not judge it, and INV010 says which fact would let it.
    assert_eq!(found, placed(&[("EXCLU20/groups.txt", 5, "INV010")]));
    assert!(fixes(&outcome, "TOP103").is_empty());
}
