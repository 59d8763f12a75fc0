//! The command line: argument definitions (clap) and the commands. Output goes to the writers
//! the binary hands in; the exit code is returned.

use crate::check::{CheckOptions, FailOn, check};
use crate::engine::{Selection, catalog, lookup};
use crate::report::human::{self, HumanOptions};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Exit codes (conventions.md): 0 clean, 1 findings at or above `--fail-on`, 2 usage errors,
/// missing paths, nothing to check, and internal errors.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "cmslint",
    version,
    about = "Checks Exchange 2007 clustered mailbox server estates and SP1/SP2 upgrade runbooks against the documented rules",
    after_help = "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error, missing path or nothing to check."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check inventory files and report findings
    Check(CheckArgs),
    /// List every rule
    Rules,
    /// Print a rule's documentation
    Explain {
        /// A rule code (UPG302) or name (passive-node-not-emptied)
        rule: String,
    },
    /// Print the JSON Schema of the inventory format
    Schema,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(short, long, value_enum, default_value = "human")]
    pub format: Format,
    /// Lowest severity that makes the exit code 1
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOnArg,
    /// Only these rules: codes, prefixes (ADM) or names, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Leave out these rules: codes, prefixes or names, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Exit 0 rather than 2 when no inventory file is found
    #[arg(long)]
    pub allow_empty: bool,
    /// List every skipped file with its reason
    #[arg(short, long)]
    pub verbose: bool,
    /// When to colour the output
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
    Note,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What the binary knows about its environment.
#[derive(Debug, Clone)]
pub struct Env {
    pub cwd: PathBuf,
    pub stdout_is_terminal: bool,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
}

pub fn run(cli: Cli, env: &Env, stdout: &mut dyn Write, stderr: &mut dyn Write) -> io::Result<u8> {
    match cli.command {
        Command::Check(args) => run_check(args, env, stdout, stderr),
        Command::Rules => {
            for doc in catalog() {
                let m = &doc.meta;
                writeln!(
                    stdout,
                    "{:<7} {:<8} {:<32} {}",
                    m.code,
                    m.severity.as_str(),
                    m.name,
                    m.summary
                )?;
            }
            Ok(EXIT_CLEAN)
        }
        Command::Explain { rule } => match lookup(&rule) {
            Some(doc) => {
                let m = &doc.meta;
                writeln!(stdout, "# {} {}\n", m.code, m.name)?;
                writeln!(
                    stdout,
                    "{} ({}, {})\n",
                    m.summary,
                    m.severity,
                    m.category.as_str()
                )?;
                writeln!(stdout, "Source: {}\n", m.source)?;
                write!(stdout, "{}", doc.body.trim_start())?;
                Ok(EXIT_CLEAN)
            }
            None => {
                writeln!(
                    stderr,
                    "error: no rule is called `{rule}`; `cmslint rules` lists them"
                )?;
                Ok(EXIT_USAGE)
            }
        },
        Command::Schema => {
            write!(stdout, "{}", crate::schema::SCHEMA)?;
            Ok(EXIT_CLEAN)
        }
    }
}

fn run_check(
    args: CheckArgs,
    env: &Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<u8> {
    let selection = match Selection::new(args.select, args.ignore) {
        Ok(selection) => selection,
        Err(unknown) => {
            writeln!(
                stderr,
                "error: no rule matches {}; use codes (UPG302), prefixes (ADM) or names",
                unknown
                    .iter()
                    .map(|u| format!("`{u}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
            return Ok(EXIT_USAGE);
        }
    };
    let options = CheckOptions {
        selection,
        ..CheckOptions::default()
    };
    let outcome = match check(&args.paths, &env.cwd, &options) {
        Ok(outcome) => outcome,
        Err(missing) => {
            writeln!(stderr, "error: path `{}` does not exist", show(&missing.0))?;
            return Ok(EXIT_USAGE);
        }
    };
    if outcome.checked() == 0 && !args.allow_empty {
        writeln!(
            stderr,
            "error: nothing to check: {} files skipped (no inventory document found; pass --allow-empty to accept this)",
            outcome.skipped()
        )?;
        if args.verbose {
            human::render(
                &outcome,
                stderr,
                HumanOptions {
                    color: false,
                    verbose: true,
                },
            )?;
        }
        return Ok(EXIT_USAGE);
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => env.stdout_is_terminal && !env.no_color,
    };
    match args.format {
        Format::Human => human::render(
            &outcome,
            stdout,
            HumanOptions {
                color,
                verbose: args.verbose,
            },
        )?,
    }
    let fail_on = match args.fail_on {
        FailOnArg::Error => FailOn::Error,
        FailOnArg::Warning => FailOn::Warning,
        FailOnArg::Note => FailOn::Note,
        FailOnArg::Never => FailOn::Never,
    };
    Ok(if outcome.fails(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

fn show(path: &Path) -> String {
    crate::report::escape_message(&path.display().to_string())
}
