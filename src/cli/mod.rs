//! The command line: argument definitions (clap), [`run`], and the commands that only print
//! (`rules`, `explain`, `schema`, `completions`, `man`); `check` and `plan` have a room each.
//! Output goes to the writers the binary hands in; the exit code is returned.

mod check;
pub mod lang;
mod plan;

use crate::catalog::{self, lookup};
use crate::check::Progress;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::report::{category_word, severity_word};
use check::run_check;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use plan::run_plan;
use std::io::{self, Read, Write};
use std::path::PathBuf;
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
        /// The language of the summaries: en or ja [default: the locale]
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Print a rule's documentation
    Explain {
        /// A rule code (UPG302) or name (passive-node-not-emptied)
        rule: String,
        /// The language of the documentation: en or ja [default: the locale]
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<Lang>,
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
    /// The language of the runbook's comments and of the messages: en or ja [default: the
    /// locale]
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
    /// The language of the reports and messages: en or ja [default: `lang` of cmslint.toml,
    /// else the locale]
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
        parse_error(
            Message::new("cli-unknown-format")
                .arg("format", name)
                .arg("meant", meant(name, known.iter().copied()))
                .arg("known", known.join(", ")),
        )
    })?;
    match path {
        Some("") => Err(parse_error(msg!("cli-format-needs-path", format = name))),
        Some("-") | None => Ok(ReportSpec { format, path: None }),
        Some(path) => Ok(ReportSpec {
            format,
            path: Some(PathBuf::from(path)),
        }),
    }
}

/// Parses `--lang`: `en` or `ja`, in any case.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let meant = meant(code, Lang::ALL.map(Lang::code));
        parse_error(msg!("cli-unknown-lang", lang = code, meant = meant))
    })
}

/// What a value parser tells clap, which writes it after its own `invalid value` line: in the
/// environment's language, since `--lang` may not be read yet.
fn parse_error(message: Message) -> String {
    show_text(&message.render(lang::from_environment()))
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
        Command::Rules { format, lang } => {
            rules(format, lang::choose(lang, None), stdout)?;
            Ok(EXIT_CLEAN)
        }
        Command::Explain { rule, lang } => {
            let lang = lang::choose(lang, None);
            match lookup(&rule) {
                Some(doc) => {
                    let m = &doc.meta;
                    writeln!(stdout, "# {} {}\n", m.code, m.name)?;
                    let summary = Message::new("cli-explain-summary")
                        .arg("summary", doc.summary_in(lang))
                        .arg("severity", severity_word(m.severity))
                        .arg("category", category_word(m.category));
                    writeln!(stdout, "{}\n", summary.render(lang))?;
                    let source = msg!("cli-explain-source", source = doc.source_in(lang));
                    writeln!(stdout, "{}\n", source.render(lang))?;
                    write!(stdout, "{}", doc.body_in(lang).trim_start())?;
                    Ok(EXIT_CLEAN)
                }
                None => {
                    let unknown = msg!("cli-unknown-rule", rule = &rule, meant = meant_rule(&rule));
                    error(stderr, lang, unknown)?;
                    Ok(EXIT_USAGE)
                }
            }
        }
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

/// `cmslint rules`: one line per rule, or the catalog as JSON (versioned like the report). The
/// summaries are in `lang`; the codes, severities, names, categories and sources are keys.
fn rules(format: RulesFormat, lang: Lang, stdout: &mut dyn Write) -> io::Result<()> {
    if format == RulesFormat::Json {
        let rules: Vec<serde_json::Value> = catalog::all()
            .iter()
            .map(|doc| {
                let m = &doc.meta;
                serde_json::json!({
                    "code": m.code,
                    "name": m.name,
                    "summary": doc.summary_in(lang),
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
            doc.summary_in(lang)
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
                let unknown = msg!("cli-unknown-command", command = name);
                error(stderr, lang::from_environment(), unknown)?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    clap_mangen::Man::new(page).render(stdout)?;
    Ok(EXIT_CLEAN)
}

/// ` (did you mean `X`?)` when one of `known` is near `word`, otherwise nothing.
fn meant<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Message {
    crate::words::did_you_mean(word, known)
        .map_or_else(Message::default, |m| msg!("cli-did-you-mean", word = m))
}

/// [`meant`] over the rules' codes and names.
fn meant_rule(word: &str) -> Message {
    let known = catalog::all()
        .iter()
        .flat_map(|doc| [doc.meta.code.as_str(), doc.meta.name.as_str()]);
    meant(word, known)
}

/// What the binary writes when cmslint panics: the panic, then a line that asks for a bug report,
/// in the environment's language (the command line may not be read yet).
pub fn panic_message(panic: &dyn std::fmt::Display) -> String {
    let lang = lang::from_environment();
    let first = msg!("cli-internal-error", message = panic.to_string());
    format!("{}\n{}", first.render(lang), lang.text("cli-report-bug"))
}

/// What the binary writes when writing the output fails (`error: ...`), in the environment's
/// language.
pub fn io_error_message(error: &io::Error) -> String {
    let message = msg!("cli-error", message = error.to_string());
    message.render(lang::from_environment())
}

/// Writes `error: MESSAGE` in `lang` on `out` (stderr).
fn error(out: &mut dyn Write, lang: Lang, message: Message) -> io::Result<()> {
    say(out, lang, msg!("cli-error", message = message))
}

/// Writes `warning: MESSAGE` in `lang` on `out` (stderr).
fn warning(out: &mut dyn Write, lang: Lang, message: Message) -> io::Result<()> {
    say(out, lang, msg!("cli-warning", message = message))
}

/// Writes a line of what cmslint says on stderr, in `lang`, with the control and bidirectional
/// characters of the names in it shown escaped.
fn say(out: &mut dyn Write, lang: Lang, line: Message) -> io::Result<()> {
    writeln!(out, "{}", show_text(&line.render(lang)))
}

fn show_text(text: &str) -> String {
    crate::escape::escape_message(text).replace(['\n', '\r'], " ")
}
