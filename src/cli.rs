//! The command line: argument definitions (clap) and the commands. Output goes to the writers
//! the binary hands in; the exit code is returned.

use crate::baseline;
use crate::check::{CheckOptions, FailOn, Outcome, Progress, check};
use crate::config::{self, Config, LoadError};
use crate::engine::{Selection, catalog, lookup};
use crate::filter::FilterOptions;
use crate::report::human::{self, HumanOptions};
use crate::report::{github, html, json, junit, markdown, sarif};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    after_help = "Exit codes: 0 no finding at or above --fail-on (after suppressions and the baseline), 1 findings, 2 usage or config error, missing path or nothing to check.\nConfig: cmslint.toml (docs/configuration.md); CMSLINT_TODAY=YYYY-MM-DD fixes the date suppressions expire by."
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
    /// Write the documented upgrade procedure for a cluster as it stands
    Plan(PlanArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): cmslint(1), or a command's own page such as cmslint-check(1)
    Man {
        /// A command whose page to print (check, rules, explain, ...)
        command: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The cluster to upgrade
    #[arg(long)]
    pub cluster: String,
    /// The service pack to upgrade to: SP1 or SP2
    #[arg(long)]
    pub target: String,
    /// The maintenance window, START/END (e.g. 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z)
    #[arg(long, value_name = "START/END")]
    pub window: Option<String>,
    /// yaml: a `plans:` document cmslint can check; markdown: a runbook for the operator
    #[arg(short, long, value_enum, default_value = "yaml")]
    pub format: PlanFormat,
    /// Inventory files or folders
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Yaml,
    Markdown,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// A report to write: FORMAT goes to stdout, FORMAT=PATH to a file; repeat it for several
    /// reports (at most one to stdout). FORMAT is human, json, sarif, junit, github, markdown
    /// or html [default: human]
    #[arg(short, long, value_name = "FORMAT[=PATH]", value_parser = parse_report)]
    pub format: Vec<ReportSpec>,
    /// Lowest severity that makes the exit code 1 [default: `fail-on` of cmslint.toml, else error]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    /// Only these rules: codes, prefixes (ADM) or names, comma-separated (replaces `select` of
    /// cmslint.toml)
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Leave out these rules: codes, prefixes or names, comma-separated (replaces `ignore` of
    /// cmslint.toml)
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The config file [default: the first cmslint.toml in the first path's folder or above]
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no config file
    #[arg(long)]
    pub no_config: bool,
    /// Hide the findings this baseline lists (by code and entity)
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Write every finding that remains to FILE as a baseline, then exit as usual
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Also show suppressed and baselined findings (human, JSON, and SARIF `suppressions`)
    #[arg(long)]
    pub show_suppressed: bool,
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
    /// Diagnostics with source snippets, for people
    Human,
    /// The versioned JSON report (docs/report.schema.json)
    Json,
    /// SARIF 2.1.0, for code scanning
    Sarif,
    /// JUnit XML, for CI test viewers
    Junit,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// A Markdown summary ($GITHUB_STEP_SUMMARY, pull-request comments)
    Markdown,
    /// A self-contained HTML audit report for a change ticket (prints to A4)
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Github => "github",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// One `--format` argument: a format and the file it goes to (`None`: stdout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSpec {
    pub format: Format,
    pub path: Option<PathBuf>,
}

/// Parses `FORMAT` or `FORMAT=PATH`; `FORMAT=-` is stdout, as `FORMAT` alone.
fn parse_report(arg: &str) -> Result<ReportSpec, String> {
    let (name, path) = match arg.split_once('=') {
        Some((name, path)) => (name, Some(path)),
        None => (arg, None),
    };
    let format = Format::from_str(name, true).map_err(|_| {
        let known: Vec<&str> = Format::value_variants().iter().map(|f| f.name()).collect();
        format!("unknown format `{name}`; use one of {}", known.join(", "))
    })?;
    match path {
        Some("") => Err(format!("`{name}=` needs a file path after `=`")),
        Some("-") | None => Ok(ReportSpec { format, path: None }),
        Some(path) => Ok(ReportSpec {
            format,
            path: Some(PathBuf::from(path)),
        }),
    }
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
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub cwd: PathBuf,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
    /// `CMSLINT_TODAY` (`YYYY-MM-DD`): the date suppressions expire by, instead of the clock.
    pub today: Option<String>,
    /// Where the check reports its progress (a progress bar on a terminal).
    pub progress: Option<Arc<dyn Progress>>,
}

/// The environment variable that fixes "today" for `expires` (tests, reproducible runs).
pub const TODAY_VARIABLE: &str = "CMSLINT_TODAY";

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
        Command::Plan(args) => run_plan(args, env, stdout, stderr),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "cmslint", stdout);
            Ok(EXIT_CLEAN)
        }
        Command::Man { command } => man(command.as_deref(), stdout, stderr),
    }
}

/// `cmslint man [COMMAND]`: the roff page of cmslint or of one command, from the clap
/// definitions.
fn man(command: Option<&str>, stdout: &mut dyn Write, stderr: &mut dyn Write) -> io::Result<u8> {
    let mut cli = Cli::command();
    cli.build();
    let page = match command {
        None => cli,
        Some(name) => match cli.find_subcommand(name) {
            Some(sub) => sub
                .clone()
                .name(format!("cmslint-{}", sub.get_name()))
                .version(cli.get_version().unwrap_or_default().to_string()),
            None => {
                writeln!(
                    stderr,
                    "error: cmslint has no command `{}`; `cmslint --help` lists them",
                    show_text(name)
                )?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    clap_mangen::Man::new(page).render(stdout)?;
    Ok(EXIT_CLEAN)
}

/// `cmslint plan`: exit 0 with the plan on stdout, or 2 with the reason on stderr.
fn run_plan(
    args: PlanArgs,
    env: &Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<u8> {
    let Some(target) = crate::model::exchange::parse(&args.target) else {
        writeln!(
            stderr,
            "error: `{}` is not an Exchange 2007 version; use SP1 or SP2",
            show_text(&args.target)
        )?;
        return Ok(EXIT_USAGE);
    };
    let window = match args.window.as_deref().map(|w| w.split_once('/')) {
        None => None,
        Some(Some((start, end))) if !start.is_empty() && !end.is_empty() => {
            Some((start.to_string(), end.to_string()))
        }
        Some(_) => {
            writeln!(stderr, "error: --window takes START/END")?;
            return Ok(EXIT_USAGE);
        }
    };
    let outcome = match check(&args.paths, &env.cwd, &CheckOptions::default()) {
        Ok(outcome) => outcome,
        Err(missing) => {
            writeln!(stderr, "error: path `{}` does not exist", show(&missing.0))?;
            return Ok(EXIT_USAGE);
        }
    };
    let unreadable = outcome
        .findings
        .iter()
        .filter(|f| matches!(f.code, "INV001" | "INV002"))
        .count();
    if unreadable > 0 {
        writeln!(
            stderr,
            "warning: {unreadable} inventory problems (INV001/INV002); run `cmslint check` first: the plan is written from what could be read"
        )?;
    }
    match crate::plan::write::write_plan(&outcome.inventory, &args.cluster, target, window) {
        Ok(plan) => {
            let text = match args.format {
                PlanFormat::Yaml => {
                    let mut invocation = format!(
                        "cmslint plan --cluster {} --target {}",
                        plan.cluster,
                        target.level_name()
                    );
                    if let Some((start, end)) = &plan.window {
                        invocation.push_str(&format!(" --window {start}/{end}"));
                    }
                    plan.to_yaml(&show_text(&invocation))
                }
                PlanFormat::Markdown => plan.to_markdown(),
            };
            write!(stdout, "{text}")?;
            Ok(EXIT_CLEAN)
        }
        Err(refusal) => {
            writeln!(
                stderr,
                "error: no compliant plan for `{}`: {}",
                show_text(&args.cluster),
                show_text(&refusal.0)
            )?;
            Ok(EXIT_USAGE)
        }
    }
}

fn run_check(
    args: CheckArgs,
    env: &Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<u8> {
    let reports = if args.format.is_empty() {
        vec![ReportSpec {
            format: Format::Human,
            path: None,
        }]
    } else {
        args.format.clone()
    };
    if let Some(problem) = report_conflict(&reports) {
        writeln!(stderr, "error: {problem}")?;
        return Ok(EXIT_USAGE);
    }
    let today = match env.today.as_deref().filter(|t| !t.is_empty()) {
        None => None,
        Some(text) => match config::parse_date(text) {
            Some(date) => Some(date),
            None => {
                writeln!(
                    stderr,
                    "error: {TODAY_VARIABLE} is `{}`; it must be a date written YYYY-MM-DD",
                    show_text(text)
                )?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    let diagnostics_color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => env.stderr_is_terminal && !env.no_color,
    };
    let config = match load_config(&args, env) {
        Ok(config) => config,
        Err(error) => {
            error.render(stderr, diagnostics_color)?;
            return Ok(EXIT_USAGE);
        }
    };
    let baseline = match &args.baseline {
        None => None,
        Some(path) => {
            match baseline::load(&env.cwd.join(path), config::display_path(path, &env.cwd)) {
                Ok(baseline) => Some(Arc::new(baseline)),
                Err(error) => {
                    error.render(stderr, diagnostics_color)?;
                    return Ok(EXIT_USAGE);
                }
            }
        }
    };
    let cli_select = Some(args.select).filter(|s| !s.is_empty());
    let cli_ignore = Some(args.ignore).filter(|s| !s.is_empty());
    let selection = match &config {
        Some(config) => config.selection(cli_select, cli_ignore),
        None => Selection::new(
            cli_select.unwrap_or_default(),
            cli_ignore.unwrap_or_default(),
        ),
    };
    let selection = match selection {
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
    let fail_on = match args.fail_on {
        Some(FailOnArg::Error) => FailOn::Error,
        Some(FailOnArg::Warning) => FailOn::Warning,
        Some(FailOnArg::Note) => FailOn::Note,
        Some(FailOnArg::Never) => FailOn::Never,
        None => config.as_ref().and_then(|c| c.fail_on).unwrap_or_default(),
    };
    let limits = config.as_ref().map(|c| c.limits).unwrap_or_default();
    let defaults = crate::scan::ScanOptions::default();
    let scan = crate::scan::ScanOptions {
        max_file_size: limits.max_file_size.unwrap_or(defaults.max_file_size),
        limits: crate::syntax::ParseLimits {
            max_depth: limits.max_depth.unwrap_or(defaults.limits.max_depth),
        },
        ..defaults
    };
    let options = CheckOptions {
        selection,
        scan,
        max_findings_per_file: limits.max_findings_per_file,
        filter: FilterOptions {
            config,
            baseline,
            today,
        },
        progress: env.progress.clone(),
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
                    show_suppressed: false,
                },
            )?;
        }
        return Ok(EXIT_USAGE);
    }
    let html_run = html::Run {
        paths: &args.paths,
        fail_on,
        date: options.filter.today.unwrap_or_else(config::today_utc),
        options: &options,
        show_suppressed: args.show_suppressed,
    };
    let mut unwritten = false;
    if let Some(path) = &args.write_baseline {
        let text = baseline::write(&outcome.findings);
        match std::fs::write(env.cwd.join(path), text) {
            Ok(()) => writeln!(
                stderr,
                "wrote the baseline `{}`: {} entries",
                show(path),
                baseline::entries_of(&outcome.findings).len()
            )?,
            Err(e) => {
                writeln!(
                    stderr,
                    "error: cannot write the baseline to `{}`: {e}",
                    show(path)
                )?;
                unwritten = true;
            }
        }
    }
    for report in &reports {
        let human = HumanOptions {
            color: match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    report.path.is_none() && env.stdout_is_terminal && !env.no_color
                }
            },
            verbose: args.verbose,
            show_suppressed: args.show_suppressed,
        };
        match &report.path {
            None => {
                // Buffered: stdout is line-buffered, and a report has a line per finding field.
                let mut buffered = io::BufWriter::with_capacity(64 * 1024, &mut *stdout);
                render(report.format, &outcome, &mut buffered, human, &html_run)?;
                buffered.flush()?;
            }
            Some(path) => {
                // Rendered whole first, so a failed write never leaves half a report behind a
                // success, and the error names the file.
                let mut buffer = Vec::new();
                render(report.format, &outcome, &mut buffer, human, &html_run)?;
                if let Err(e) = std::fs::write(env.cwd.join(path), &buffer) {
                    writeln!(
                        stderr,
                        "error: cannot write the {} report to `{}`: {e}",
                        report.format.name(),
                        show(path)
                    )?;
                    unwritten = true;
                }
            }
        }
    }
    if unwritten {
        return Ok(EXIT_USAGE);
    }
    Ok(if outcome.fails(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// The config: none with `--no-config`, the `--config` file, or the first `cmslint.toml` from
/// the first path upward.
fn load_config(args: &CheckArgs, env: &Env) -> Result<Option<Arc<Config>>, LoadError> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(path) => env.cwd.join(path),
        None => {
            let first = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
            match config::discover(first, &env.cwd) {
                Some(path) => path,
                None => return Ok(None),
            }
        }
    };
    let shown = config::display_path(&path, &env.cwd);
    config::load(&path, shown).map(|c| Some(Arc::new(c)))
}

/// Two reports to stdout, or two to one file, is a usage error.
fn report_conflict(reports: &[ReportSpec]) -> Option<String> {
    let to_stdout: Vec<&str> = reports
        .iter()
        .filter(|r| r.path.is_none())
        .map(|r| r.format.name())
        .collect();
    if to_stdout.len() > 1 {
        return Some(format!(
            "{} reports would go to stdout ({}); give all but one a file with --format FORMAT=PATH",
            to_stdout.len(),
            to_stdout.join(", ")
        ));
    }
    for (i, report) in reports.iter().enumerate() {
        let Some(path) = &report.path else { continue };
        if reports[..i].iter().any(|r| r.path.as_ref() == Some(path)) {
            return Some(format!(
                "two reports would be written to `{}`; give each its own file",
                show(path)
            ));
        }
    }
    None
}

/// Writes one report.
fn render(
    format: Format,
    outcome: &Outcome,
    out: &mut dyn Write,
    human: HumanOptions,
    html_run: &html::Run,
) -> io::Result<()> {
    match format {
        Format::Human => human::render(outcome, out, human),
        Format::Json => json::render_with(outcome, out, human.show_suppressed),
        Format::Sarif => sarif::render_with(outcome, out, human.show_suppressed),
        Format::Junit => junit::render(outcome, out),
        Format::Github => github::render(outcome, out),
        Format::Markdown => markdown::render(outcome, out),
        Format::Html => html::render(outcome, html_run, out),
    }
}

fn show_text(text: &str) -> String {
    crate::report::escape_message(text).replace(['\n', '\r'], " ")
}

fn show(path: &Path) -> String {
    crate::report::escape_message(&path.display().to_string())
}
