//! What an administrator new to cmslint meets first, tested by running the real binary: the
//! spellings inventories are written in, a lost marker, the maintenance window, and the
//! messages and suggestions for mistyped words.

use std::path::Path;
use std::process::{Command, Output};

fn cmslint(args: &[&str]) -> Output {
    cmslint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn cmslint_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cmslint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn enumerated_values_take_any_case_and_the_spellings_cluster_exe_prints() {
    let out = cmslint(&["check", "testdata/cli/enum-spellings"]);
    assert_eq!(
        stdout(&out),
        "checked 1 file (0 skipped): 0 errors, 0 warnings, 0 notes\n"
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
