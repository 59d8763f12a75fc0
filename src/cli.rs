//! The command line: argument definitions (clap) and the commands. Output goes to the writers
//! the binary hands in; the exit code is returned.

use crate::catalog::{self, lookup};
use crate::check::verify;
use crate::check::{CheckOptions, Outcome, Progress, check};
use crate::gate::config::{self, Config};
use crate::gate::{self, FailOn, FilterOptions, LoadError, baseline};
use crate::output::FileKey;
use crate::plan::write::write_plan;
use crate::report::human::{self, HumanOptions};
use crate::report::{github, html, json, junit, markdown, sarif};
use crate::scan::STDIN_ARGUMENT;
use crate::words::count;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{self, Read, Write};
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
    Rules {
        /// text: one line per rule; json: `{"version": 1, "rules": [{code, name, summary,
        /// severity, category, source}]}`
        #[arg(short, long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
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
    ///
    /// powershell needs PowerShell 5.0 or later (Windows PowerShell 5.1 or PowerShell 7): not the
    /// Exchange Management Shell of Exchange 2007, which runs on PowerShell 1.0 or 2.0. Load it
    /// from your profile: `cmslint completions powershell | Out-String | Invoke-Expression`.
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
    /// The maintenance window, START/END: RFC 3339 date-times with an offset, the end after the
    /// start (e.g. 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z)
    #[arg(long, value_name = "START/END")]
    pub window: Option<String>,
    /// The plan's name [default: <cluster>-<target>, e.g. exclu01-sp2]
    #[arg(long, value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub name: Option<String>,
    /// yaml: a `plans:` document cmslint can check; markdown: a runbook for the operator
    #[arg(short, long, value_enum, default_value = "yaml")]
    pub format: PlanFormat,
    /// When to colour the findings shown when the plan is refused
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Inventory files or folders
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Yaml,
    Markdown,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; `-` is one JSON or YAML document read from the standard input
    /// (reported as `<stdin>`)
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
        format!(
            "unknown format `{name}`{}; use one of {}",
            meant(name, known.iter().copied()),
            known.join(", ")
        )
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

impl ColorChoice {
    /// Whether what goes to stderr is coloured (auto: on a terminal, unless `NO_COLOR`).
    fn on_stderr(self, env: &Env) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => env.stderr_is_terminal && !env.no_color,
        }
    }
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

/// Runs a command. `stdin` is read only by `check -`.
pub fn run(
    cli: Cli,
    env: &Env,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<u8> {
    match cli.command {
        Command::Check(args) => run_check(args, env, stdin, stdout, stderr),
        Command::Rules { format } => {
            rules(format, stdout)?;
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
                writeln!(stdout, "Source: {}\n", m.source_text())?;
                write!(stdout, "{}", doc.body.trim_start())?;
                Ok(EXIT_CLEAN)
            }
            None => {
                writeln!(
                    stderr,
                    "error: no rule is called `{}`{}; `cmslint rules` lists them",
                    show_text(&rule),
                    meant_rule(&rule)
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
            // Generated whole first: clap_complete panics on a write error, such as a closed pipe.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "cmslint", &mut script);
            stdout.write_all(&script)?;
            Ok(EXIT_CLEAN)
        }
        Command::Man { command } => man(command.as_deref(), stdout, stderr),
    }
}

/// `cmslint rules`: one line per rule, or the catalog as JSON (versioned like the report).
fn rules(format: RulesFormat, stdout: &mut dyn Write) -> io::Result<()> {
    if format == RulesFormat::Json {
        let rules: Vec<serde_json::Value> = catalog::all()
            .iter()
            .map(|doc| {
                let m = &doc.meta;
                serde_json::json!({
                    "code": m.code,
                    "name": m.name,
                    "summary": m.summary,
                    "severity": m.severity,
                    "category": m.category.as_str(),
                    "source": m.source,
                })
            })
            .collect();
        let doc = serde_json::json!({ "version": 1, "rules": rules });
        serde_json::to_writer_pretty(&mut *stdout, &doc)?;
        return writeln!(stdout);
    }
    for doc in catalog::all() {
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
    Ok(())
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

/// `cmslint plan`: exit 0 with the plan on stdout, or 2 with the reason on stderr: the cluster's
/// definition has findings that change what the plan must do (shown as `check` shows them), no
/// compliant plan exists, or, a bug, the plan written breaks a rule of its own.
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
    let window = match args.window.as_deref().map(plan_window) {
        None => None,
        Some(Ok(window)) => Some(window),
        Some(Err(problem)) => {
            writeln!(stderr, "error: --window{}", show_text(&problem))?;
            return Ok(EXIT_USAGE);
        }
    };
    let mut outcome = match check(&args.paths, &env.cwd, &CheckOptions::default()) {
        Ok(outcome) => outcome,
        Err(missing) => {
            writeln!(stderr, "error: path `{}` does not exist", show(&missing.0))?;
            return Ok(EXIT_USAGE);
        }
    };
    let inventory = &outcome.inventory;
    if inventory.cluster(&args.cluster).is_none() {
        let names: Vec<&str> = inventory
            .clusters
            .iter()
            .map(|c| c.name.text.as_str())
            .collect();
        let defined = match names.split_last() {
            None => "no cluster at all".to_string(),
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        };
        writeln!(
            stderr,
            "error: the inventory defines no cluster `{}`{}; it defines {}",
            show_text(&args.cluster),
            meant(&args.cluster, names.iter().copied()),
            show_text(&defined)
        )?;
        return Ok(EXIT_USAGE);
    }
    let human = HumanOptions {
        color: args.color.on_stderr(env),
        ..HumanOptions::default()
    };
    if let Some(cluster) = outcome.inventory.cluster(&args.cluster) {
        let refused: Vec<_> = verify::refusals(cluster, &outcome.findings)
            .into_iter()
            .cloned()
            .collect();
        if !refused.is_empty() {
            let name = show_text(&cluster.name.text);
            let count = refused.len();
            outcome.findings = refused;
            outcome.suppressed.clear();
            human::render(&outcome, stderr, human)?;
            writeln!(
                stderr,
                "error: no plan for cluster {name}: its definition has {count} problem{} above \
                 that change{} what the plan must do; correct the inventory and run again",
                if count == 1 { "" } else { "s" },
                if count == 1 { "s" } else { "" },
            )?;
            return Ok(EXIT_USAGE);
        }
    }
    let unreadable = outcome
        .findings
        .iter()
        .filter(|f| matches!(f.code, "INV001" | "INV002"))
        .count();
    if unreadable > 0 {
        writeln!(
            stderr,
            "warning: {} (INV001/INV002); run `cmslint check` first: the plan is written from what could be read",
            count(unreadable, "inventory problem", "inventory problems")
        )?;
    }
    let mut plan = match write_plan(&outcome.inventory, &args.cluster, target, window) {
        Ok(plan) => plan,
        Err(refusal) => {
            writeln!(
                stderr,
                "error: no compliant plan for `{}`: {}",
                show_text(&args.cluster),
                show_text(&refusal.0)
            )?;
            return Ok(EXIT_USAGE);
        }
    };
    if let Some(name) = &args.name {
        plan.name.clone_from(name);
    }
    if outcome
        .inventory
        .plans
        .iter()
        .any(|p| p.name.is(&plan.name))
    {
        writeln!(
            stderr,
            "warning: the inventory already has a plan named `{}`; give this one another with --name NAME",
            show_text(&plan.name)
        )?;
    }
    let mut invocation = format!(
        "cmslint plan --cluster {} --target {}",
        plan.cluster,
        target.level_name()
    );
    if let Some(name) = &args.name {
        invocation.push_str(&format!(" --name {name}"));
    }
    if let Some((start, end)) = &plan.window {
        invocation.push_str(&format!(" --window {start}/{end}"));
    }
    let yaml = plan.to_yaml(&show_text(&invocation));
    // Check what was written, with the inventory, before printing anything.
    let inventory = std::mem::take(&mut outcome.inventory);
    let path = format!("<plan written for {}>", plan.cluster);
    let checked = match verify::check_written(inventory, &mut outcome.sources, &yaml, &path) {
        Ok(checked) => checked,
        Err(problem) => {
            writeln!(
                stderr,
                "internal error: the plan written for {} cannot be read back: {}\nThis is a bug \
                 in cmslint; please report it with the inventory that caused it.",
                show_text(&plan.cluster),
                show_text(&problem)
            )?;
            return Ok(EXIT_USAGE);
        }
    };
    let broken: Vec<_> = checked
        .broken(plan.window.is_some())
        .into_iter()
        .cloned()
        .collect();
    if !broken.is_empty() {
        outcome.findings = broken;
        outcome.suppressed.clear();
        outcome.inventory = checked.inventory;
        human::render(&outcome, stderr, human)?;
        writeln!(
            stderr,
            "internal error: the plan written for {} breaks the rules above, so it was not \
             printed\nThis is a bug in cmslint; please report it with the inventory that caused \
             it.",
            show_text(&plan.cluster)
        )?;
        return Ok(EXIT_USAGE);
    }
    // The window is the user's to declare: the plan keeps its UPG307, and this says how.
    if checked.findings.iter().any(|f| f.code == "UPG307") {
        writeln!(
            stderr,
            "warning: the plan takes a CMS offline but declares no maintenance window, so \
             `cmslint check` reports UPG307 for it; run again with `--window START/END` (e.g. \
             `--window 2026-12-05T22:00:00Z/2026-12-06T04:00:00Z`)"
        )?;
    }
    let text = match args.format {
        PlanFormat::Yaml => yaml,
        PlanFormat::Markdown => plan.to_markdown(),
    };
    write!(stdout, "{text}")?;
    Ok(EXIT_CLEAN)
}

/// `--window START/END`: two RFC 3339 date-times with an offset, the end after the start, as a
/// plan's `window:` must be; otherwise what follows `--window` in the error.
fn plan_window(text: &str) -> Result<(String, String), String> {
    use crate::schema::window::{date_time, order};
    let Some((start, end)) = text.split_once('/').filter(|(_, end)| !end.contains('/')) else {
        return Err(format!(
            " takes START/END, two RFC 3339 date-times with an offset separated by one `/` \
             (2026-11-14T20:00:00+01:00/2026-11-15T02:00:00+01:00), not `{text}`"
        ));
    };
    let from = date_time(start).map_err(|why| format!(": the start {why}"))?;
    let to = date_time(end).map_err(|why| format!(": the end {why}"))?;
    order(from, to).map_err(|why| format!(": {why}"))?;
    Ok((start.to_string(), end.to_string()))
}

fn run_check(
    args: CheckArgs,
    env: &Env,
    stdin: &mut dyn Read,
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
    let config_path = config_path(&args, env);
    if let Some(problem) = output_conflict(&reports, &args, config_path.as_deref(), &env.cwd) {
        writeln!(stderr, "error: {problem}")?;
        return Ok(EXIT_USAGE);
    }
    let today = match env.today.as_deref().filter(|t| !t.is_empty()) {
        None => None,
        Some(text) => match gate::parse_date(text) {
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
    let diagnostics_color = args.color.on_stderr(env);
    let config = match load_config(config_path.as_deref(), env) {
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
        None => catalog::selection(
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
                    .map(|u| format!("`{}`{}", show_text(u), meant_rule(u)))
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
    let max_file_size = limits.max_file_size.unwrap_or(defaults.max_file_size);
    // `-` is one document from the standard input; past the size limit it is not read further.
    let stdin = if args.paths.iter().any(|p| p.as_os_str() == STDIN_ARGUMENT) {
        let mut bytes = Vec::new();
        stdin.take(max_file_size + 1).read_to_end(&mut bytes)?;
        Some(Arc::from(bytes))
    } else {
        None
    };
    let scan = crate::scan::ScanOptions {
        max_file_size,
        limits: crate::syntax::ParseLimits {
            max_depth: limits.max_depth.unwrap_or(defaults.limits.max_depth),
        },
        stdin,
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
            "error: nothing to check: {} skipped (no inventory document found; pass --allow-empty to accept this)",
            count(outcome.skipped(), "file", "files")
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
        date: options.filter.today.unwrap_or_else(gate::today_utc),
        selection: &options.selection,
        config: options.filter.config.as_deref().map(|c| html::ConfigFile {
            path: &c.path,
            text: &c.text,
        }),
        baseline: options.filter.baseline.as_deref().map(|b| b.path.as_str()),
        show_suppressed: args.show_suppressed,
    };
    let mut unwritten = false;
    if let Some(path) = &args.write_baseline {
        let text = baseline::write(&outcome.findings);
        match crate::output::replace_file(&env.cwd.join(path), text.as_bytes()) {
            Ok(()) => writeln!(
                stderr,
                "wrote the baseline `{}`: {}",
                show(path),
                count(
                    baseline::entries_of(&outcome.findings).len(),
                    "entry",
                    "entries"
                )
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
                if let Err(e) = crate::output::replace_file(&env.cwd.join(path), &buffer) {
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
    // With every report in a file, the log still says in one line what the run found.
    if reports.iter().all(|r| r.path.is_some()) {
        writeln!(stderr, "{}", human::summary(&outcome))?;
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

/// The config file: none with `--no-config`, the `--config` file, or the first `cmslint.toml`
/// from the first path upward.
fn config_path(args: &CheckArgs, env: &Env) -> Option<PathBuf> {
    if args.no_config {
        return None;
    }
    match &args.config {
        Some(path) => Some(env.cwd.join(path)),
        None => {
            let first = args.paths.first().map_or(Path::new("."), PathBuf::as_path);
            config::discover(first, &env.cwd)
        }
    }
}

fn load_config(path: Option<&Path>, env: &Env) -> Result<Option<Arc<Config>>, LoadError> {
    let Some(path) = path else { return Ok(None) };
    let shown = config::display_path(path, &env.cwd);
    config::load(path, shown).map(|c| Some(Arc::new(c)))
}

/// Two reports to stdout, two files written to one file (however the paths are spelt: the file
/// system decides, see [`FileKey`]), or a file written over the baseline or config that the run
/// reads, is a usage error.
fn output_conflict(
    reports: &[ReportSpec],
    args: &CheckArgs,
    config: Option<&Path>,
    cwd: &Path,
) -> Option<String> {
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
    // (what, the path as shown, its key)
    let file = |what: String, shown: String, path: &Path| (what, shown, FileKey::of(path, cwd));
    let written: Vec<_> = reports
        .iter()
        .filter_map(|r| {
            let path = r.path.as_deref()?;
            Some(file(
                format!("the {} report", r.format.name()),
                show(path),
                path,
            ))
        })
        .chain(
            args.write_baseline
                .as_deref()
                .map(|path| file("the baseline".into(), show(path), path)),
        )
        .collect();
    let read: Vec<_> = (args.baseline.as_deref())
        .map(|path| file("the baseline".into(), show(path), path))
        .into_iter()
        .chain(config.map(|path| {
            let shown = crate::escape::escape_message(&config::display_path(path, cwd));
            file("the config".into(), shown, path)
        }))
        .collect();
    for (i, (what, path, key)) in written.iter().enumerate() {
        if let Some((first, first_path, _)) = written[..i].iter().find(|w| w.2.same(key)) {
            return Some(format!(
                "{first} `{first_path}` and {what} `{path}` are one file; give each its own file"
            ));
        }
        if let Some((input, input_path, _)) = read.iter().find(|r| r.2.same(key)) {
            return Some(format!(
                "{what} `{path}` would overwrite {input} `{input_path}` that this run reads; give {what} another file"
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

/// ` (did you mean `X`?)` when one of `known` is near `word`, otherwise nothing.
fn meant<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    crate::words::did_you_mean(word, known).map_or(String::new(), |m| {
        format!(" (did you mean `{}`?)", show_text(m))
    })
}

/// [`meant`] over the rules' codes and names.
fn meant_rule(word: &str) -> String {
    let known = catalog::all()
        .iter()
        .flat_map(|doc| [doc.meta.code.as_str(), doc.meta.name.as_str()]);
    meant(word, known)
}

fn show_text(text: &str) -> String {
    crate::escape::escape_message(text).replace(['\n', '\r'], " ")
}

fn show(path: &Path) -> String {
    crate::escape::escape_message(&path.display().to_string())
}
