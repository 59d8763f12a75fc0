//! `cmslint check`: the config and the baseline found and read, the check run, every report
//! written (to stdout or, whole, to its file), the baseline written when asked, and the exit
//! code the gate's threshold gives.

use super::{
    CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, Env, FailOnArg, Format,
    ReportSpec, TODAY_VARIABLE, error, lang, meant_rule, say,
};
use crate::catalog;
use crate::check::{CheckOptions, Outcome, check};
use crate::gate::config::{self, Config};
use crate::gate::{self, FailOn, FilterOptions, LoadError, baseline};
use crate::i18n::Message;
use crate::msg;
use crate::output::FileKey;
use crate::report::human::{self, HumanOptions};
use crate::report::{github, html, json, junit, markdown, sarif};
use crate::scan::STDIN_ARGUMENT;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(super) fn run_check(
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
    // What goes wrong before the config is read is said in the language of `--lang` or the
    // environment.
    let lang = lang::choose(args.lang, None);
    if let Some(problem) = output_conflict(&reports, &args, config_path.as_deref(), &env.cwd) {
        error(stderr, lang, problem)?;
        return Ok(EXIT_USAGE);
    }
    let today = match env.today.as_deref().filter(|t| !t.is_empty()) {
        None => None,
        Some(text) => match gate::parse_date(text) {
            Some(date) => Some(date),
            None => {
                let problem = msg!("cli-today-invalid", variable = TODAY_VARIABLE, value = text);
                error(stderr, lang, problem)?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    let diagnostics_color = args.color.on_stderr(env);
    let config = match load_config(config_path.as_deref(), env) {
        Ok(config) => config,
        Err(problem) => {
            problem.render(stderr, diagnostics_color, lang)?;
            return Ok(EXIT_USAGE);
        }
    };
    // The language of the run once the config is read.
    let lang = lang::choose(args.lang, config.as_deref().and_then(|c| c.lang));
    let baseline = match &args.baseline {
        None => None,
        Some(path) => {
            match baseline::load(&env.cwd.join(path), config::display_path(path, &env.cwd)) {
                Ok(baseline) => Some(Arc::new(baseline)),
                Err(problem) => {
                    problem.render(stderr, diagnostics_color, lang)?;
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
            let patterns: Vec<String> = (unknown.iter())
                .map(|u| msg!("cli-rule-pattern", pattern = u, meant = meant_rule(u)).render(lang))
                .collect();
            let patterns = crate::report::comma_list(lang, &patterns);
            error(
                stderr,
                lang,
                msg!("cli-no-rule-matches", patterns = patterns),
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
        lang,
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
        lang,
    };
    let outcome = match check(&args.paths, &env.cwd, &options) {
        Ok(outcome) => outcome,
        Err(missing) => {
            let path = missing.0.display().to_string();
            error(stderr, lang, msg!("cli-path-missing", path = path))?;
            return Ok(EXIT_USAGE);
        }
    };
    if outcome.checked() == 0 && !args.allow_empty {
        let skipped = msg!("count-files", count = outcome.skipped());
        error(
            stderr,
            lang,
            msg!("cli-nothing-to-check", skipped = skipped),
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
        let shown = path.display().to_string();
        match crate::output::replace_file(&env.cwd.join(path), text.as_bytes()) {
            Ok(()) => {
                let entries = baseline::entries_of(&outcome.findings).len();
                let written = msg!("cli-baseline-written", path = shown, entries = entries);
                say(stderr, lang, written)?;
            }
            Err(e) => {
                let problem = Message::new("cli-baseline-unwritable")
                    .arg("path", shown)
                    .arg("error", e.to_string());
                error(stderr, lang, problem)?;
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
                    let problem = Message::new("cli-report-unwritable")
                        .arg("format", report.format.name())
                        .arg("path", path.display().to_string())
                        .arg("error", e.to_string());
                    error(stderr, lang, problem)?;
                    unwritten = true;
                }
            }
        }
    }
    // With every report in a file, the log still says in one line what the run found.
    if reports.iter().all(|r| r.path.is_some()) {
        writeln!(stderr, "{}", human::summary(&outcome).render(lang))?;
    }
    let code = if unwritten {
        EXIT_USAGE
    } else if outcome.fails(fail_on) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    // The outcome of a large estate is millions of small allocations: freeing them takes a
    // tenth of the run, and the binary exits next anyway. Freed on a thread of its own, the
    // process ends without waiting for it; a caller that lives on still gets the memory back.
    // (If no thread can be started, the closure, and the outcome with it, is dropped here.)
    let _ = std::thread::Builder::new().spawn(move || drop(outcome));
    Ok(code)
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
) -> Option<Message> {
    let to_stdout: Vec<&str> = reports
        .iter()
        .filter(|r| r.path.is_none())
        .map(|r| r.format.name())
        .collect();
    if to_stdout.len() > 1 {
        return Some(
            Message::new("cli-reports-to-stdout")
                .arg("count", to_stdout.len())
                .arg("formats", to_stdout.join(", ")),
        );
    }
    // (what, the path as shown, its key)
    let file = |what: Message, shown: String, path: &Path| (what, shown, FileKey::of(path, cwd));
    let shown = |path: &Path| path.display().to_string();
    let written: Vec<_> = reports
        .iter()
        .filter_map(|r| {
            let path = r.path.as_deref()?;
            let what = msg!("cli-the-report", format = r.format.name());
            Some(file(what, shown(path), path))
        })
        .chain(
            (args.write_baseline.as_deref())
                .map(|path| file(msg!("cli-the-baseline"), shown(path), path)),
        )
        .collect();
    let read: Vec<_> = (args.baseline.as_deref())
        .map(|path| file(msg!("cli-the-baseline"), shown(path), path))
        .into_iter()
        .chain(config.map(|path| {
            let shown = config::display_path(path, cwd);
            file(msg!("cli-the-config"), shown, path)
        }))
        .collect();
    for (i, (what, path, key)) in written.iter().enumerate() {
        if let Some((first, first_path, _)) = written[..i].iter().find(|w| w.2.same(key)) {
            return Some(
                Message::new("cli-one-file")
                    .arg("first", first.clone())
                    .arg("first_path", first_path)
                    .arg("second", what.clone())
                    .arg("second_path", path),
            );
        }
        if let Some((input, input_path, _)) = read.iter().find(|r| r.2.same(key)) {
            return Some(
                Message::new("cli-overwrites-input")
                    .arg("output", what.clone())
                    .arg("path", path)
                    .arg("input", input.clone())
                    .arg("input_path", input_path),
            );
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
