//! `cmslint plan`: the documented procedure for one cluster written as a runbook, or the reason
//! it cannot be: the cluster's definition has findings that change what the plan must do, no
//! compliant plan exists, or, a bug, the plan written breaks a rule of its own.

use super::{EXIT_CLEAN, EXIT_USAGE, Env, PlanArgs, PlanFormat, error, lang, meant, say, warning};
use crate::check::{CheckOptions, check, verify};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::plan::write::write_plan;
use crate::report::human::{self, HumanOptions};
use std::io::{self, Write};

/// `cmslint plan`: exit 0 with the plan on stdout, or 2 with the reason on stderr: the cluster's
/// definition has findings that change what the plan must do (shown as `check` shows them), no
/// compliant plan exists, or, a bug, the plan written breaks a rule of its own.
pub(super) fn run_plan(
    args: PlanArgs,
    env: &Env,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<u8> {
    // `cmslint plan` reads no config: `--lang`, else the environment.
    let lang = lang::choose(args.lang, None);
    let Some(target) = crate::model::exchange::parse(&args.target) else {
        error(
            stderr,
            lang,
            msg!("cli-plan-bad-target", target = &args.target),
        )?;
        return Ok(EXIT_USAGE);
    };
    let window = match args.window.as_deref().map(plan_window) {
        None => None,
        Some(Ok(window)) => Some(window),
        Some(Err(problem)) => {
            error(stderr, lang, problem)?;
            return Ok(EXIT_USAGE);
        }
    };
    let options = CheckOptions {
        lang,
        ..CheckOptions::default()
    };
    let mut outcome = match check(&args.paths, &env.cwd, &options) {
        Ok(outcome) => outcome,
        Err(missing) => {
            let path = missing.0.display().to_string();
            error(stderr, lang, msg!("cli-path-missing", path = path))?;
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
        let (cluster, meant) = (&args.cluster, meant(&args.cluster, names.iter().copied()));
        let problem = if names.is_empty() {
            msg!("cli-plan-no-clusters", cluster = cluster, meant = meant)
        } else {
            let defined: Vec<Message> = names.iter().map(|&n| Message::verbatim(n)).collect();
            Message::new("cli-plan-no-cluster")
                .arg("cluster", cluster)
                .arg("meant", meant)
                .arg("defined", defined)
        };
        error(stderr, lang, problem)?;
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
            let (cluster, count) = (&cluster.name.text, refused.len());
            let problem = msg!("cli-plan-refused", cluster = cluster, count = count);
            outcome.findings = refused;
            outcome.suppressed.clear();
            human::render(&outcome, stderr, human)?;
            error(stderr, lang, problem)?;
            return Ok(EXIT_USAGE);
        }
    }
    let unreadable = outcome
        .findings
        .iter()
        .filter(|f| matches!(f.code, "INV001" | "INV002"))
        .count();
    if unreadable > 0 {
        warning(
            stderr,
            lang,
            msg!("cli-plan-unreadable", count = unreadable),
        )?;
    }
    let mut plan = match write_plan(&outcome.inventory, &args.cluster, target, window) {
        Ok(plan) => plan,
        Err(refusal) => {
            let problem = Message::new("cli-plan-no-compliant")
                .arg("cluster", &args.cluster)
                .arg("refusal", refusal.0);
            error(stderr, lang, problem)?;
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
        warning(stderr, lang, msg!("cli-plan-name-taken", name = &plan.name))?;
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
    let yaml = plan.to_yaml(&super::show_text(&invocation), lang);
    // Check what was written, with the inventory, before printing anything.
    let inventory = std::mem::take(&mut outcome.inventory);
    let path = msg!("plan-written-path", cluster = &plan.cluster).render(lang);
    let checked = match verify::check_written(inventory, &mut outcome.sources, &yaml, &path) {
        Ok(checked) => checked,
        Err(problem) => {
            let problem = Message::new("cli-plan-unreadable-back")
                .arg("cluster", &plan.cluster)
                .arg("problem", problem);
            internal_error(stderr, lang, problem)?;
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
        // Their labels may point into files that no finding of the check pointed into.
        outcome.read_texts(&options.scan);
        human::render(&outcome, stderr, human)?;
        let problem = msg!("cli-plan-breaks-rules", cluster = &plan.cluster);
        internal_error(stderr, lang, problem)?;
        return Ok(EXIT_USAGE);
    }
    // The window is the user's to declare: the plan keeps its UPG307, and this says how.
    if checked.findings.iter().any(|f| f.code == "UPG307") {
        warning(stderr, lang, msg!("cli-plan-no-window"))?;
    }
    let text = match args.format {
        PlanFormat::Yaml => yaml,
        PlanFormat::Markdown => plan.to_markdown(lang),
    };
    write!(stdout, "{text}")?;
    Ok(EXIT_CLEAN)
}

/// `internal error: MESSAGE`, then a line that asks for a bug report: a plan written that
/// breaks a rule of its own is a bug of cmslint's.
fn internal_error(stderr: &mut dyn Write, lang: Lang, message: Message) -> io::Result<()> {
    say(stderr, lang, msg!("cli-internal-error", message = message))?;
    say(stderr, lang, msg!("cli-report-bug-with-inventory"))
}

/// `--window START/END`: two RFC 3339 date-times with an offset, the end after the start, as a
/// plan's `window:` must be; otherwise the error.
fn plan_window(text: &str) -> Result<(String, String), Message> {
    use crate::schema::window::{date_time, order};
    let Some((start, end)) = text.split_once('/').filter(|(_, end)| !end.contains('/')) else {
        return Err(msg!("cli-window-format", window = text));
    };
    let from = date_time(start).map_err(|why| msg!("cli-window-start", why = why))?;
    let to = date_time(end).map_err(|why| msg!("cli-window-end", why = why))?;
    order(from, to).map_err(|why| msg!("cli-window-order", why = why))?;
    Ok((start.to_string(), end.to_string()))
}
