//! The engine: what a rule is (its doc and its check), what it sees ([`Input`]: the model and
//! the replayed plans, never files or other rules' findings), the [`Sink`] that collects its
//! findings with the code and severity of its doc, rule selection, and [`run`], which runs the
//! rules it is handed. It never names a rule: the `catalog` above it hands in the list.

mod doc;
mod finding;
mod selection;

pub use doc::{Category, RuleDoc, RuleMeta, Translation, parse_doc, parse_translation};
pub use finding::{Finding, Label, Severity, Texts};
pub use selection::Selection;

use crate::model::Inventory;
use crate::plan::replay::{Replay, ReplayedStep};
use foldhash::HashMap;

/// What a rule sees: the model and the replayed plans, never files or other rules' findings.
#[derive(Debug)]
pub struct Input<'a> {
    pub inventory: &'a Inventory,
    /// Every plan whose cluster is defined, replayed step by step (walked with
    /// `plan::replay::walk`).
    pub replays: &'a [Replay<'a>],
}

/// One rule: its embedded doc (the single source of its code, name and severity) and its
/// check. Rules raised by other stages (INV001 scanning, INV002 schema, INV008 filtering) have
/// no check of their own.
#[derive(Debug)]
pub struct Rule {
    pub doc: &'static str,
    pub check: Option<fn(&Input, &mut Sink)>,
}

/// A fact a check needed and no source gives, so the check skipped what depends on it. The
/// engine reports these as INV010 (unknown-fact), once per entity and fact, naming the checks
/// each one kept from running.
#[derive(Debug, Clone)]
pub struct UnknownFact {
    /// The entity the fact belongs to (`cluster:EXCLU01/node:EXNODE1`).
    pub entity: String,
    /// Where the fact would be stated: the value that leaves it open, or the entity's name.
    pub span: crate::source::Span,
    /// What is unknown, for the message: `the Windows service pack of EXNODE1`.
    pub fact: String,
    /// The label at `span`: `names no service pack`.
    pub label: String,
    /// Why it is unknown, when that is not plain from the label.
    pub why: Option<String>,
    /// What the check could not judge: `step 3 of plan sp2`, `group \`Backup Agent\``.
    pub skipped: String,
    /// How to state it, with the inventory's names: `os: { name: ..., servicePack: 2 }`.
    pub how: String,
}

/// Collects one rule's findings. Code and severity come from the rule's metadata, so a rule
/// cannot get them wrong.
#[derive(Debug)]
pub struct Sink {
    meta: &'static RuleMeta,
    findings: Vec<Finding>,
    unknown: Vec<UnknownFact>,
}

impl Sink {
    pub fn new(meta: &'static RuleMeta) -> Self {
        Sink {
            meta,
            findings: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// Records that the check skipped something because `fact` is unknown (INV010).
    pub fn unknown(&mut self, fact: UnknownFact) {
        self.unknown.push(fact);
    }

    /// Reports a finding about `entity` at `span`. Returns it for labels, notes and help.
    pub fn report(
        &mut self,
        entity: impl Into<String>,
        span: crate::source::Span,
        message: impl Into<crate::i18n::Message>,
    ) -> &mut Finding {
        self.findings
            .push(Finding::new(self.meta, entity.into(), span, message));
        self.findings.last_mut().expect("just pushed")
    }

    /// Reports a finding about a step of a replayed plan: on the step's entity, at the step.
    pub fn report_step(
        &mut self,
        step: ReplayedStep,
        message: impl Into<crate::i18n::Message>,
    ) -> &mut Finding {
        self.report(step.entity(), step.step.span, message)
    }

    /// The findings, at most one per entity: a later finding for the same entity joins the
    /// first as a secondary label.
    pub fn finish(self) -> Vec<Finding> {
        let mut out: Vec<Finding> = Vec::with_capacity(self.findings.len());
        let mut first_of: HashMap<String, usize> =
            HashMap::with_capacity_and_hasher(self.findings.len(), Default::default());
        for finding in self.findings {
            match first_of.get(&finding.entity) {
                Some(&first) => out[first].absorb(finding),
                None => {
                    first_of.insert(finding.entity.clone(), out.len());
                    out.push(finding);
                }
            }
        }
        out
    }
}

/// Runs every selected rule of `rules` that has a check, in parallel on the current rayon pool;
/// the findings come out in the order of `rules` whatever the number of workers. When INV010 is
/// among `rules` and selected, the facts the checks that ran found unknown follow as its
/// findings.
pub fn run(input: &Input, rules: &'static [RuleDoc], selection: &Selection) -> Vec<Finding> {
    use rayon::prelude::*;
    type Unknown = (&'static RuleMeta, Vec<UnknownFact>);
    let per_rule: Vec<(Vec<Finding>, Unknown)> = rules
        .par_iter()
        .filter_map(|doc| {
            let meta = &doc.meta;
            let check = doc.rule.check?;
            if !selection.is_selected(meta) {
                return None;
            }
            let mut sink = Sink::new(meta);
            check(input, &mut sink);
            let unknown = std::mem::take(&mut sink.unknown);
            Some((sink.finish(), (meta, unknown)))
        })
        .collect();
    let (findings, unknown): (Vec<_>, Vec<_>) = per_rule.into_iter().unzip();
    let mut findings: Vec<Finding> = findings.into_iter().flatten().collect();
    let inv010 = rules.iter().find(|d| d.meta.code == "INV010");
    if let Some(inv010) = inv010.filter(|d| selection.is_selected(&d.meta)) {
        findings.extend(unknown_facts(
            &inv010.meta,
            unknown,
            &input.inventory.conflicts,
        ));
    }
    findings
}

/// INV010: one finding per entity and fact, naming the checks that fact kept from running. A
/// fact that is unknown because two sources disagree about it is INV006's, not INV010's: the
/// inventory does state it.
fn unknown_facts(
    meta: &'static RuleMeta,
    per_rule: Vec<(&'static RuleMeta, Vec<UnknownFact>)>,
    conflicts: &[crate::model::Conflict],
) -> Vec<Finding> {
    // `the owner of group X` and `the owner of group \`X\`` are the same property: compare
    // what comes before ` of `.
    let property = |fact: &str| fact.split(" of ").next().unwrap_or(fact).to_string();
    let disputed = |fact: &UnknownFact| {
        conflicts.iter().any(|c| {
            let disputed = c.fact.render(crate::i18n::Lang::En);
            c.entity == fact.entity && property(&disputed) == property(&fact.fact)
        })
    };
    // Each fact once, in registry order, with what each check skipped for it.
    type Skipped = Vec<(&'static RuleMeta, Vec<String>)>;
    let mut facts: Vec<(UnknownFact, Skipped)> = Vec::new();
    for (rule, unknown) in per_rule {
        for fact in unknown.into_iter().filter(|f| !disputed(f)) {
            let at = facts
                .iter()
                .position(|(f, _)| f.entity == fact.entity && f.fact == fact.fact);
            let at = at.unwrap_or_else(|| {
                facts.push((fact.clone(), Vec::new()));
                facts.len() - 1
            });
            let skipped = &mut facts[at].1;
            match skipped.iter_mut().find(|(r, _)| std::ptr::eq(*r, rule)) {
                Some((_, what)) if what.contains(&fact.skipped) => {}
                Some((_, what)) => what.push(fact.skipped),
                None => skipped.push((rule, vec![fact.skipped])),
            }
        }
    }
    let mut sink = Sink::new(meta);
    for (fact, skipped) in facts {
        let finding = sink.report(
            fact.entity.clone(),
            fact.span,
            format!("{} is unknown", fact.fact),
        );
        finding.primary_label(fact.label);
        if let Some(why) = fact.why {
            finding.note(why);
        }
        let checks: Vec<String> = skipped
            .iter()
            .map(|(rule, what)| format!("{} ({}) on {}", rule.code, rule.name, and_list(what)))
            .collect();
        finding.note(format!("checks kept from running: {}", checks.join("; ")));
        finding.help(format!("state it in the inventory: `{}`", fact.how));
    }
    sink.finish()
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
