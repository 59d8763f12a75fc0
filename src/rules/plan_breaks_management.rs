//! ADM507 plan-breaks-management: once a plan has upgraded a CMS from RTM to SP1/SP2, a
//! workstation that manages it today with the RTM tools holds tools of the wrong generation.

use crate::engine::{Input, Rule, Sink, name_list};
use crate::i18n::Message;
use crate::model::{Cluster, ExchangeVersion, Managed, Workstation};
use crate::msg;
use crate::source::Span;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    doc: include_str!("../../rules/ADM507.md"),
    doc_ja: include_str!("../../rules/ja/ADM507.md"),
    check: Some(check),
};

/// A CMS a plan takes to the other management generation.
struct Change<'a> {
    cms: &'a str,
    plan: &'a str,
    plan_span: Span,
    from: ExchangeVersion,
    to: ExchangeVersion,
}

/// The replays with a target, by the cluster they run on (in plan order).
type ReplaysByCluster = HashMap<*const Cluster, Vec<usize>>;

fn check(input: &Input, sink: &mut Sink) {
    let mut by_cluster = ReplaysByCluster::new();
    for (r, replay) in input.replays.iter().enumerate() {
        if replay.target.is_some() {
            by_cluster
                .entry(std::ptr::from_ref(replay.cluster))
                .or_default()
                .push(r);
        }
    }
    for ws in &input.inventory.workstations {
        let Some(tools) = ws.tools() else { continue };
        let changes = changes_for(input, &by_cluster, ws, tools);
        let Some(first) = changes.first() else {
            continue;
        };
        let Some(field) = &ws.exchange_tools else {
            continue;
        };
        let mut cms: Vec<&str> = Vec::new();
        for change in &changes {
            if !cms.contains(&change.cms) {
                cms.push(change.cms);
            }
        }
        let (now, then) = (first.from.level_name(), first.to.level_name());
        let generation = |v: &ExchangeVersion| if v.is_rtm() { "RTM" } else { "SP1/SP2" };
        let name = ws.name.text.as_str();
        let message = Message::new("adm507-message")
            .arg("workstation", name)
            .arg("cms", name_list(&cms))
            .arg("count", cms.len())
            .arg("generation", generation(&first.from))
            .arg("plan", first.plan)
            .arg("target", then);
        let finding = sink.report(ws.entity(), field.span, message);
        finding.primary_label(msg!("adm507-label", tools = now));
        let mut plans: Vec<(&Change, Vec<&str>)> = Vec::new();
        for change in &changes {
            match plans
                .iter_mut()
                .find(|(c, _)| c.plan_span == change.plan_span)
            {
                Some((_, names)) => names.push(change.cms),
                None => plans.push((change, vec![change.cms])),
            }
        }
        for (change, cms) in &plans {
            let label = Message::new("adm507-label-plan")
                .arg("plan", change.plan)
                .arg("cms", name_list(cms))
                .arg("target", change.to.level_name());
            finding.label(change.plan_span, label);
        }
        let help = Message::new("adm507-help")
            .arg("workstation", name)
            .arg("target", then)
            .arg("generation", generation(&first.from))
            .arg("new_generation", generation(&first.to))
            .arg("cms", name_list(&cms));
        let upgrade = Message::verbatim("setup.com /mode:upgrade");
        finding
            .note(msg!("adm-note-generation"))
            .help(help)
            .fix(msg!("adm507-fix", command = upgrade, workstation = name));
    }
}

/// The CMS the workstation manages today with tools of their generation that a plan takes to
/// the other generation.
fn changes_for<'a>(
    input: &'a Input,
    by_cluster: &ReplaysByCluster,
    ws: &'a Workstation,
    tools: &ExchangeVersion,
) -> Vec<Change<'a>> {
    // (replay, group) pairs for every managed CMS that a plan replays, in plan then group order.
    let mut replayed: Vec<(usize, usize)> = Vec::new();
    for (_, managed) in input.inventory.managed_by(ws) {
        let Managed::Cms(cluster, group) = managed else {
            continue;
        };
        let Some(replays) = by_cluster.get(&std::ptr::from_ref(cluster)) else {
            continue;
        };
        let Some(g) = cluster.groups.iter().position(|x| std::ptr::eq(x, group)) else {
            continue;
        };
        replayed.extend(replays.iter().map(|&r| (r, g)));
    }
    replayed.sort_unstable();
    replayed.dedup();
    let mut out = Vec::new();
    for (r, i) in replayed {
        let replay = &input.replays[r];
        // A replay that stopped early has no end state.
        let Some(end) = &replay.end else { continue };
        let versions = replay.start.groups[i].version.zip(end.groups[i].version);
        let Some((from, to)) = versions else { continue };
        if from.is_rtm() == to.is_rtm() || tools.is_rtm() != from.is_rtm() {
            continue;
        }
        out.push(Change {
            cms: &replay.cluster.groups[i].name.text,
            plan: &replay.plan.name.text,
            plan_span: replay.plan.name.span,
            from,
            to,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::rules::findings_of;

    /// One CMS or several: English says "it" or "them", Japanese その CMS or それらの CMS.
    #[test]
    fn the_message_counts_the_cms_in_each_language() {
        let yaml = |manages: &str| {
            format!(
                "cmslint: 1
clusters:
  - name: EXCLU02
    nodes:
      - {{name: EXSCC1, os: Windows Server 2003 Enterprise Edition SP2, exchange: RTM}}
      - {{name: EXSCC2, os: Windows Server 2003 Enterprise Edition SP2, exchange: RTM}}
      - {{name: EXSCC3, os: Windows Server 2003 Enterprise Edition SP2, exchange: RTM}}
    groups:
      - {{name: EXCMS02, type: cms, owner: EXSCC1}}
      - {{name: EXCMS03, type: cms, owner: EXSCC2}}
workstations:
  - {{name: ADMIN02, exchangeTools: RTM, manages: [{manages}]}}
plans:
  - name: scc-sp1
    cluster: EXCLU02
    target: SP1
    steps:
      - {{run: setup.com /m:upgrade, on: EXSCC3}}
      - {{run: Move-ClusteredMailboxServer EXCMS02 -TargetMachine EXSCC3}}
      - {{run: setup.com /upgradecms, on: EXSCC3}}
      - {{run: setup.com /m:upgrade, on: EXSCC1}}
      - {{run: Move-ClusteredMailboxServer EXCMS03 -TargetMachine EXSCC1}}
      - {{run: setup.com /upgradecms, on: EXSCC1}}
      - {{run: setup.com /m:upgrade, on: EXSCC2}}
"
            )
        };
        let texts = |manages: &str, lang: Lang| {
            let findings = findings_of("ADM507", &yaml(manages));
            let [finding] = findings.as_slice() else {
                panic!("{findings:#?}");
            };
            finding.texts(lang)
        };
        assert_eq!(
            texts("EXCMS02", Lang::En).message,
            "workstation ADMIN02 manages EXCMS02 with the RTM Exchange management tools, which \
             cannot manage it once plan scc-sp1 upgrades it to SP1"
        );
        assert_eq!(
            texts("EXCLU02", Lang::En).message,
            "workstation ADMIN02 manages EXCMS02 and EXCMS03 with the RTM Exchange management \
             tools, which cannot manage them once plan scc-sp1 upgrades them to SP1"
        );
        assert_eq!(
            texts("EXCMS02", Lang::Ja).message,
            "ワークステーション ADMIN02 は RTM の Exchange 管理ツールで EXCMS02 を管理しているが、計画 \
             scc-sp1 がその CMS を SP1 にアップグレードすると、このツールでは管理できなくなる"
        );
        let ja = texts("EXCLU02", Lang::Ja);
        assert_eq!(
            ja.message,
            "ワークステーション ADMIN02 は RTM の Exchange 管理ツールで EXCMS02、EXCMS03 を管理しているが、\
             計画 scc-sp1 がそれらの CMS を SP1 にアップグレードすると、このツールでは管理できなくなる"
        );
        assert_eq!(ja.fixes, ["setup.com /mode:upgrade (ADMIN02 で実行)"]);
    }
}
