//! `cmslint plan`: the documented procedure for one cluster written as a runbook, or the reason
//! it cannot be: the cluster's definition has findings that change what the plan must do, no
//! compliant plan exists, or, a bug, the plan written breaks a rule of its own.

use super::{EXIT_CLEAN, EXIT_USAGE, Env, PlanArgs, PlanFormat, meant, show, show_text};
use crate::check::{CheckOptions, check, verify};
use crate::plan::write::write_plan;
use crate::report::human::{self, HumanOptions};
use crate::words::count;
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
    let why = |why: crate::i18n::Message| why.render(crate::i18n::Lang::En);
    let from = date_time(start).map_err(|e| format!(": the start {}", why(e)))?;
    let to = date_time(end).map_err(|e| format!(": the end {}", why(e)))?;
    order(from, to).map_err(|e| format!(": {}", why(e)))?;
    Ok((start.to_string(), end.to_string()))
}
