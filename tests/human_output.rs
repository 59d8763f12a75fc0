//! Snapshots of the rendered human output, so reviewers see exactly what users see.

use cmslint::check::{CheckOptions, check};
use cmslint::report::human::{HumanOptions, render};
use std::path::{Path, PathBuf};

fn human(paths: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    let outcome = check(&paths, root, &CheckOptions::default()).unwrap();
    let mut out = Vec::new();
    render(&outcome, &mut out, HumanOptions::default()).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn broken_file_beside_a_good_one() {
    insta::assert_snapshot!(human(&["testdata/cli/broken-beside-good"]));
}

#[test]
fn schema_violations() {
    insta::assert_snapshot!(human(&["testdata/rules/INV002/fail-bad-values.yaml"]));
}

#[test]
fn duplicate_names() {
    insta::assert_snapshot!(human(&[
        "testdata/rules/INV003/fail-node-in-two-clusters.yaml"
    ]));
}

#[test]
fn unknown_references_in_a_plan() {
    insta::assert_snapshot!(human(&["testdata/rules/INV004/fail-plan-references.yaml"]));
}

/// What a new user sees first: the README's first command.
#[test]
fn contoso_example() {
    insta::assert_snapshot!(human(&["testdata/examples/contoso"]));
}
