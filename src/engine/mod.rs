//! The engine: what a rule is (its doc and its check), what it sees ([`Input`]: the model and
//! the replayed plans, never files or other rules' findings), the [`Sink`] that collects its
//! findings with the code and severity of its doc, rule selection, and [`run`], which runs the
//! rules it is handed. It never names a rule: the `catalog` above it hands in the list.

mod doc;
mod finding;
mod lists;
mod selection;

pub use doc::{Category, RuleDoc, RuleMeta, Translation, parse_doc, parse_translation};
pub use finding::{Finding, Label, Severity, Texts};
pub use lists::{Joiner, join, join_names, name_list, one_of};
pub use selection::Selection;

use crate::i18n::{Arg, Message};
use crate::model::{Inventory, Property};
use crate::msg;
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

/// One rule: its embedded doc (the single source of its code, name and severity), the
/// Japanese translation of that doc (`rules/ja/<CODE>.md`), and its check. Rules raised by
/// other stages (INV001 scanning, INV002 schema, INV008 filtering) have no check of their own.
#[derive(Debug)]
pub struct Rule {
    pub doc: &'static str,
    pub doc_ja: &'static str,
    pub check: Option<fn(&Input, &mut Sink)>,
}

/// A fact a check needed and no source gives, so the check skipped what depends on it. The
/// engine reports these as INV010 (unknown-fact), once per entity and fact, naming the checks
/// each one kept from running.
#[derive(Debug, Clone)]
pub struct UnknownFact {
    /// The entity the fact belongs to (`cluster:EXCLU01/node:EXNODE1`).
    pub entity: String,
    /// Which fact of the entity it is: the same fact as a disagreement (INV006) about it.
    pub property: Property,
    /// Where the fact would be stated: the value that leaves it open, or the entity's name.
    pub span: crate::source::Span,
    /// What is unknown, for the message: `the Windows service pack of EXNODE1`.
    pub fact: Message,
    /// The label at `span`: `names no service pack`.
    pub label: Message,
    /// Why it is unknown, when that is not plain from the label.
    pub why: Option<Message>,
    /// What the check could not judge: `step 3 of plan sp2`, `group \`Backup Agent\``.
    pub skipped: Message,
    /// How to state it, in the inventory's format with its names:
    /// `os: { name: ..., servicePack: 2 }`.
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
    let disputed = |fact: &UnknownFact| {
        (conflicts.iter()).any(|c| c.entity == fact.entity && c.property == fact.property)
    };
    // Each fact once, in registry order, with what each check skipped for it.
    type Skipped = Vec<(&'static RuleMeta, Vec<Message>)>;
    let mut facts: Vec<(UnknownFact, Skipped)> = Vec::new();
    for (rule, unknown) in per_rule {
        for fact in unknown.into_iter().filter(|f| !disputed(f)) {
            let at = (facts.iter())
                .position(|(f, _)| f.entity == fact.entity && f.property == fact.property);
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
            msg!("inv010-message", fact = fact.fact),
        );
        finding.primary_label(fact.label);
        if let Some(why) = fact.why {
            finding.note(why);
        }
        let checks = skipped.into_iter().map(|(rule, what)| {
            let (code, name) = (rule.code.as_str(), rule.name.as_str());
            let skipped = Arg::List(what);
            msg!("inv010-check", code = code, name = name, skipped = skipped)
        });
        let checks = join(checks, Joiner::Semicolon);
        finding.note(msg!("inv010-note-checks", checks = checks));
        finding.help(msg!("inv010-help", how = fact.how));
    }
    sink.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Conflict, Located, Property};
    use crate::source::Span;

    const GROUP: &str = "cluster:EXCLU01/group:Cluster Group";

    fn owner_of(entity: &str) -> UnknownFact {
        UnknownFact {
            entity: entity.to_string(),
            property: Property::Owner,
            span: Span::new(0, 0..1),
            fact: Message::verbatim("the owner"),
            label: Message::verbatim("no owner"),
            why: None,
            skipped: Message::verbatim("a group"),
            how: "owner: EXNODE1".to_string(),
        }
    }

    fn conflict(entity: &str, property: Property) -> Conflict {
        let said = |node: &str| Located {
            value: node.to_string(),
            span: Span::new(0, 0..1),
        };
        Conflict {
            entity: entity.to_string(),
            property,
            fact: Default::default(),
            first: said("EXNODE1"),
            other: said("EXNODE2"),
        }
    }

    fn unknown(facts: Vec<UnknownFact>, conflicts: &[Conflict]) -> Vec<Finding> {
        let top103 = crate::catalog::meta("TOP103");
        unknown_facts(
            crate::catalog::meta("INV010"),
            vec![(top103, facts)],
            conflicts,
        )
    }

    /// Two sources that disagree about the owner make it INV006's, in whatever words the two
    /// records name the fact; a disagreement about another property of the entity does not.
    #[test]
    fn a_fact_two_sources_dispute_is_not_reported_as_unknown() {
        let disputed = [conflict(GROUP, Property::Owner)];
        assert!(unknown(vec![owner_of(GROUP)], &disputed).is_empty());
        let other_property = [conflict(GROUP, Property::State)];
        let found = unknown(vec![owner_of(GROUP)], &other_property);
        assert_eq!(
            found.iter().map(|f| f.entity.as_str()).collect::<Vec<_>>(),
            [GROUP]
        );
        let other_entity = [conflict("cluster:EXCLU01/group:EXCMS01", Property::Owner)];
        assert_eq!(unknown(vec![owner_of(GROUP)], &other_entity).len(), 1);
    }

    /// One finding per entity and property, however many checks and steps needed it, in the
    /// reader's language.
    #[test]
    fn each_unknown_fact_is_reported_once_naming_every_check_it_stopped() {
        let node = "cluster:EXCLU01/node:EXNODE1";
        let windows = |rule: &str, step: usize| {
            let fact = UnknownFact {
                entity: node.to_string(),
                property: Property::WindowsVersion,
                span: Span::new(0, 0..1),
                fact: crate::msg!("pre201-fact-windows", node = "EXNODE1"),
                label: crate::msg!("pre201-label-no-os"),
                why: None,
                skipped: crate::msg!("pre201-skipped", step = step, plan = "sp2"),
                how: "os: Windows Server 2003 SP2".to_string(),
            };
            (crate::catalog::meta(rule), vec![fact])
        };
        let found = unknown_facts(
            crate::catalog::meta("INV010"),
            vec![
                windows("PRE201", 3),
                windows("PRE201", 5),
                windows("PRE201", 3),
                windows("TOP103", 1),
            ],
            &[],
        );
        let [finding] = found.as_slice() else {
            panic!("{found:#?}");
        };
        let en = finding.texts(Lang::En);
        assert_eq!(en.message, "the Windows version of EXNODE1 is unknown");
        assert_eq!(en.label, "no `os` given");
        assert_eq!(
            en.notes,
            [
                "checks kept from running: PRE201 (windows-2003-sp2-missing) on step 3 of plan sp2 \
                 and step 5 of plan sp2; TOP103 (passive-node-owns-groups) on step 1 of plan sp2"
            ]
        );
        assert_eq!(
            en.help.as_deref(),
            Some("state it in the inventory: `os: Windows Server 2003 SP2`")
        );
        let ja = finding.texts(Lang::Ja);
        assert_eq!(ja.message, "EXNODE1 の Windows のバージョンは不明である");
        assert_eq!(ja.label, "`os` が指定されていない");
        assert_eq!(
            ja.notes,
            [
                "この情報が不明なため、PRE201 (windows-2003-sp2-missing) は計画 sp2 のステップ 3、\
                 計画 sp2 のステップ 5 を判定できなかった。TOP103 (passive-node-owns-groups) は計画 \
                 sp2 のステップ 1 を判定できなかった"
            ]
        );
        assert_eq!(
            ja.help.as_deref(),
            Some("インベントリに `os: Windows Server 2003 SP2` と記述する")
        );
    }
}
