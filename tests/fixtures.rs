//! The rule fixture harness (conventions.md): every case under `testdata/rules/<CODE>/` runs
//! with only that rule selected, and the exact set of (path, line, code) must match what the
//! case declares: `# expect: <CODE>` comments in single-file cases, `expect.txt` in folders.
//!
//! A folder case with a `cmslint.toml` runs with that config instead (its selection, severities
//! and suppressions, and `baseline.json` beside it as the baseline, on the fixed date [`TODAY`]),
//! and only the findings of the rule under test are compared: INV008 needs the other rules to
//! run to know which suppressions match nothing.

use cmslint::catalog;
use cmslint::check::{CheckOptions, Outcome, check};
use cmslint::engine::Selection;
use cmslint::gate::{self, FilterOptions, baseline, config};
use cmslint::report::human::{HumanOptions, render};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The date config cases run on, so that `expires` gives the same answer every day.
const TODAY: &str = "2026-06-01";

type Expected = BTreeSet<(String, usize, String)>;

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/rules")
}

fn run(code: &str, cwd: &Path, target: &Path) -> Outcome {
    let config_path = target.join(config::FILE_NAME);
    let options = if config_path.is_file() {
        let config = config::load(&config_path, config::FILE_NAME.into())
            .unwrap_or_else(|e| panic!("{}: {e:?}", config_path.display()));
        let baseline_path = target.join("baseline.json");
        let baseline = baseline_path.is_file().then(|| {
            Arc::new(
                baseline::load(&baseline_path, "baseline.json".into())
                    .unwrap_or_else(|e| panic!("{}: {e:?}", baseline_path.display())),
            )
        });
        CheckOptions {
            selection: config
                .selection(None, None)
                .expect("the config names rules"),
            filter: FilterOptions {
                config: Some(Arc::new(config)),
                baseline,
                today: gate::parse_date(TODAY),
            },
            ..CheckOptions::default()
        }
    } else {
        CheckOptions {
            selection: Selection::only(code),
            ..CheckOptions::default()
        }
    };
    check(&[target.to_path_buf()], cwd, &options).expect("fixture path exists")
}

/// The (path, line, code) of the findings of rule `code`.
fn found(outcome: &Outcome, code: &str) -> Expected {
    outcome
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| {
            let region = outcome.sources.region(f.primary.span);
            (
                outcome.sources.path(f.primary.span).to_string(),
                region.start.line,
                f.code.to_string(),
            )
        })
        .collect()
}

/// `# expect: CODE` comments of a single-file case; the first line of a pass case says `none`.
fn expected_in_file(name: &str, text: &str) -> Expected {
    let mut out = Expected::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(pos) = line.find("# expect: ") {
            for code in line[pos + "# expect: ".len()..].split([',', ' ']) {
                let code = code.trim();
                if !code.is_empty() && code != "none" {
                    out.insert((name.to_string(), i + 1, code.to_string()));
                }
            }
        }
    }
    out
}

fn expected_in_folder(dir: &Path) -> Expected {
    let text = fs::read_to_string(dir.join("expect.txt"))
        .unwrap_or_else(|_| panic!("{} has no expect.txt", dir.display()));
    let mut out = Expected::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line == "none" {
            continue;
        }
        let (place, code) = line
            .split_once(' ')
            .unwrap_or_else(|| panic!("bad expect.txt line `{line}`"));
        let (path, number) = place
            .rsplit_once(':')
            .unwrap_or_else(|| panic!("bad expect.txt line `{line}`"));
        out.insert((path.to_string(), number.parse().unwrap(), code.to_string()));
    }
    out
}

/// One fixture case: its rule, its file or folder name, and its path.
struct Case {
    code: String,
    name: String,
    path: PathBuf,
}

impl Case {
    fn is_pass(&self) -> bool {
        self.name.starts_with("pass-")
    }

    /// The case checked with its rule (or its config), from the folder that holds it.
    fn outcome(&self) -> Outcome {
        if self.path.is_dir() {
            run(&self.code, &self.path, &self.path)
        } else {
            run(&self.code, &rules_dir().join(&self.code), &self.path)
        }
    }
}

/// Every `pass-*` and `fail-*` case of every rule, in the catalog's order, then by name.
fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for doc in catalog::all() {
        let code = &doc.meta.code;
        let Ok(entries) = fs::read_dir(rules_dir().join(code)) else {
            continue;
        };
        let mut entries: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with("pass-") || name.starts_with("fail-") {
                cases.push(Case {
                    code: code.clone(),
                    name,
                    path,
                });
            }
        }
    }
    cases
}

#[test]
fn every_rule_fixture_yields_exactly_its_expected_findings() {
    let mut failures = Vec::new();
    let cases = cases();
    for case in &cases {
        let (code, name, is_pass) = (&case.code, &case.name, case.is_pass());
        let expected = if case.path.is_dir() {
            expected_in_folder(&case.path)
        } else {
            let text = String::from_utf8_lossy(&fs::read(&case.path).unwrap()).into_owned();
            if is_pass
                && !text
                    .trim_start_matches('\u{feff}')
                    .starts_with("# expect: none")
            {
                failures.push(format!(
                    "{code}/{name}: a pass case starts with `# expect: none`"
                ));
            }
            expected_in_file(name, &text)
        };
        let outcome = case.outcome();
        let found = found(&outcome, code);
        if is_pass != expected.is_empty() {
            failures.push(format!(
                "{code}/{name}: a {} case must {} findings",
                if is_pass { "pass" } else { "fail" },
                if is_pass { "expect no" } else { "expect" }
            ));
        }
        if found != expected {
            failures.push(format!(
                "{code}/{name}:\n  expected {expected:?}\n  found    {found:?}\n  messages {:?}",
                outcome
                    .findings
                    .iter()
                    .map(|f| &f.message)
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(!cases.is_empty(), "no fixtures found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What a user sees of each rule's failing cases: the human report in English, one reviewed
/// snapshot per rule (`tests/snapshots/integration__fixtures__<CODE>.snap`). The expectations
/// above pin where findings are; this pins what they say: the message, every label and its
/// place, the notes, the help and the fixes, with the fixture's own names filled in.
#[test]
fn every_failing_fixture_renders_as_reviewed() {
    let mut by_rule: Vec<(String, String)> = Vec::new();
    for case in cases().iter().filter(|c| !c.is_pass()) {
        let mut out = Vec::new();
        render(&case.outcome(), &mut out, HumanOptions::default()).unwrap();
        let text = format!("## {}\n\n{}\n", case.name, String::from_utf8(out).unwrap());
        match by_rule.last_mut() {
            Some((code, all)) if *code == case.code => all.push_str(&text),
            _ => by_rule.push((case.code.clone(), text)),
        }
    }
    for (code, text) in by_rule {
        insta::assert_snapshot!(code, text);
    }
}

#[test]
fn every_rule_has_passing_and_failing_fixtures() {
    let mut missing = Vec::new();
    for doc in catalog::all() {
        let dir = rules_dir().join(&doc.meta.code);
        let names: Vec<String> = fs::read_dir(&dir)
            .map(|e| {
                e.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        for kind in ["pass-", "fail-"] {
            if names.iter().filter(|n| n.starts_with(kind)).count() < 2 {
                missing.push(format!(
                    "{} has fewer than two {kind}* cases",
                    doc.meta.code
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_fixture_folder_belongs_to_a_rule() {
    for entry in fs::read_dir(rules_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            catalog::all().iter().any(|d| d.meta.code == name),
            "testdata/rules/{name} names no rule"
        );
    }
}
