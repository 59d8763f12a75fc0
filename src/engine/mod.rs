//! The engine: the rule catalog (metadata read from each rule's embedded doc), findings, the
//! registry that runs the rules, and rule selection.

mod catalog;
mod finding;
mod selection;

pub use catalog::{Category, RuleDoc, RuleMeta, catalog, lookup, meta, rules_markdown};
pub use finding::{Finding, Label, Severity};
pub use selection::Selection;

use crate::model::Inventory;
use crate::plan::replay::Replay;
use foldhash::HashMap;

/// What a rule sees: the model and the replayed plans, never files or other rules' findings.
#[derive(Debug)]
pub struct Input<'a> {
    pub inventory: &'a Inventory,
    /// Every plan whose cluster is defined, replayed step by step.
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

/// Collects one rule's findings. Code and severity come from the rule's metadata, so a rule
/// cannot get them wrong.
#[derive(Debug)]
pub struct Sink {
    meta: &'static RuleMeta,
    findings: Vec<Finding>,
}

impl Sink {
    pub fn new(meta: &'static RuleMeta) -> Self {
        Sink {
            meta,
            findings: Vec::new(),
        }
    }

    /// Reports a finding about `entity` at `span`. Returns it for labels, notes and help.
    pub fn report(
        &mut self,
        entity: impl Into<String>,
        span: crate::source::Span,
        message: impl Into<String>,
    ) -> &mut Finding {
        self.findings
            .push(Finding::new(self.meta, entity.into(), span, message.into()));
        self.findings.last_mut().expect("just pushed")
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

/// Runs every selected rule that has a check, in parallel on the current rayon pool; the
/// findings come out in registry order whatever the number of workers.
pub fn run(input: &Input, selection: &Selection) -> Vec<Finding> {
    use rayon::prelude::*;
    let per_rule: Vec<Vec<Finding>> = crate::rules::all()
        .par_iter()
        .filter_map(|rule| {
            let meta = &catalog::meta_of(rule);
            let check = rule.check?;
            if !selection.is_selected(meta) {
                return None;
            }
            let mut sink = Sink::new(meta);
            check(input, &mut sink);
            Some(sink.finish())
        })
        .collect();
    per_rule.into_iter().flatten().collect()
}
