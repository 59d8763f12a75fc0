//! Every phrase of the HTML report, in the page's language: the words the templates print
//! ([`Words`]) and the phrases composed in Rust (severity words, roles, states, the descriptions
//! of runbook actions). The texts are the `report-html-*` messages of `locales/*/report.ftl`;
//! codes, names, paths and commands are the same in every language.

use super::Mark;
use crate::gate::FailOn;
use crate::gate::SuppressionKind;
use crate::i18n::{Lang, Message};
use crate::model::{GroupKind, GroupState};
use crate::msg;
use crate::report::severity_word;
use std::fmt::Write as _;

/// The words of the templates that take no argument, in one language.
#[derive(Debug)]
pub struct Words {
    pub lang: &'static str,
    pub kicker: String,
    pub heading: String,
    pub contents: String,
    pub verdict: String,
    pub checked: String,
    pub accepted: String,
    pub clusters: String,
    pub plans: String,
    pub workstations: String,
    pub findings: String,
    pub rules: String,
    pub errors: String,
    pub warnings: String,
    pub notes: String,
    pub suppressed: String,
    pub baselined: String,
    pub paths: String,
    pub date: String,
    pub fails_on: String,
    pub config: String,
    pub baseline: String,
    pub none: String,
    pub config_heading: String,
    pub no_file_checked: String,
    pub file: String,
    pub no_file_skipped: String,
    pub why_skipped: String,
    pub none_hidden: String,
    pub hidden_intro: String,
    pub finding: String,
    pub entity: String,
    pub hidden_by: String,
    pub reason: String,
    pub expires: String,
    pub no_expiry: String,
    pub no_clusters: String,
    pub no_plans: String,
    pub no_findings: String,
    pub location: String,
    pub why: String,
    pub what_to_do: String,
    pub fix: String,
    pub no_rules: String,
    /// HTML: `cmslint explain CODE` is code.
    pub rules_intro: String,
    pub why_it_matters: String,
    pub cluster_own: String,
    pub diagram_caption: String,
    pub node: String,
    pub role: String,
    pub group: String,
    pub kind: String,
    pub owner: String,
    pub state: String,
    pub not_cms: String,
    pub cluster: String,
    pub target: String,
    pub window: String,
    pub none_given: String,
    pub plan_own: String,
    pub step: String,
    pub command: String,
    pub runs_on: String,
    pub exchange_on_nodes: String,
    pub cms_owner_state: String,
    pub other_groups: String,
    pub before_plan: String,
    pub not_given: String,
    pub no_workstations: String,
    pub matrix_caption: String,
    pub workstation: String,
    pub workstation_itself: String,
    pub fine: String,
    pub not_managed: String,
    marks: [String; 4],
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words {
            lang: lang.code(),
            kicker: lang.text("report-html-kicker"),
            heading: lang.text("report-html-heading"),
            contents: lang.text("report-html-contents"),
            verdict: lang.text("report-html-verdict"),
            checked: lang.text("report-html-checked"),
            accepted: lang.text("report-html-accepted"),
            clusters: lang.text("report-html-clusters"),
            plans: lang.text("report-html-plans"),
            workstations: lang.text("report-html-workstations"),
            findings: lang.text("report-html-findings"),
            rules: lang.text("report-html-rules"),
            errors: lang.text("report-html-errors"),
            warnings: lang.text("report-html-warnings"),
            notes: lang.text("report-html-notes"),
            suppressed: lang.text("report-html-suppressed"),
            baselined: lang.text("report-html-baselined"),
            paths: lang.text("report-html-paths"),
            date: lang.text("report-html-date"),
            fails_on: lang.text("report-html-fails-on"),
            config: lang.text("report-html-config"),
            baseline: lang.text("report-html-baseline"),
            none: lang.text("report-html-none"),
            config_heading: lang.text("report-html-config-heading"),
            no_file_checked: lang.text("report-html-no-file-checked"),
            file: lang.text("report-html-file"),
            no_file_skipped: lang.text("report-html-no-file-skipped"),
            why_skipped: lang.text("report-html-why-skipped"),
            none_hidden: lang.text("report-html-none-hidden"),
            hidden_intro: lang.text("report-html-hidden-intro"),
            finding: lang.text("report-html-finding"),
            entity: lang.text("report-html-entity"),
            hidden_by: lang.text("report-html-hidden-by"),
            reason: lang.text("report-html-reason"),
            expires: lang.text("report-html-expires"),
            no_expiry: lang.text("report-html-no-expiry"),
            no_clusters: lang.text("report-html-no-clusters"),
            no_plans: lang.text("report-html-no-plans"),
            no_findings: lang.text("report-html-no-findings"),
            location: lang.text("report-html-location"),
            why: lang.text("report-html-why"),
            what_to_do: lang.text("report-html-what-to-do"),
            fix: lang.text("report-html-fix"),
            no_rules: lang.text("report-html-no-rules"),
            rules_intro: inline(&lang.text("report-html-rules-intro")),
            why_it_matters: lang.text("report-html-why-it-matters"),
            cluster_own: lang.text("report-html-cluster-own"),
            diagram_caption: lang.text("report-html-diagram-caption"),
            node: lang.text("report-html-node"),
            role: lang.text("report-html-role"),
            group: lang.text("report-html-group"),
            kind: lang.text("report-html-kind"),
            owner: lang.text("report-html-owner"),
            state: lang.text("report-html-state"),
            not_cms: lang.text("report-html-not-cms"),
            cluster: lang.text("report-html-cluster"),
            target: lang.text("report-html-target"),
            window: lang.text("report-html-window"),
            none_given: lang.text("report-html-none-given"),
            plan_own: lang.text("report-html-plan-own"),
            step: lang.text("report-html-step"),
            command: lang.text("report-html-command"),
            runs_on: lang.text("report-html-runs-on"),
            exchange_on_nodes: lang.text("report-html-exchange-on-nodes"),
            cms_owner_state: lang.text("report-html-cms-owner-state"),
            other_groups: lang.text("report-html-other-groups"),
            before_plan: lang.text("report-html-before-plan"),
            not_given: lang.text("report-html-not-given"),
            no_workstations: lang.text("report-html-no-workstations"),
            matrix_caption: lang.text("report-html-matrix-caption"),
            workstation: lang.text("report-html-workstation"),
            workstation_itself: lang.text("report-html-workstation-itself"),
            fine: lang.text("report-html-fine"),
            not_managed: lang.text("report-html-not-managed"),
            marks: [Mark::Fine, Mark::Note, Mark::Warning, Mark::Error].map(|m| mark(m, lang)),
        }
    }

    /// The word for a mark, as the badges print it.
    pub fn mark(&self, mark: &Mark) -> &str {
        let index = match mark {
            Mark::Fine => 0,
            Mark::Note => 1,
            Mark::Warning => 2,
            Mark::Error => 3,
        };
        &self.marks[index]
    }
}

/// A text of the page's own with `` `code` `` spans, as HTML: `&`, `<` and `>` escaped, each
/// code span in `<code>`. Only for messages whose arguments are numbers and keywords; names
/// from the inventory go through the templates, which escape them.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, part) in text.split('`').enumerate() {
        let code = i % 2 == 1;
        if code {
            out.push_str("<code>");
        }
        for c in part.chars() {
            match c {
                '&' => out.push_str("&#38;"),
                '<' => out.push_str("&#60;"),
                '>' => out.push_str("&#62;"),
                c => out.push(c),
            }
        }
        if code {
            out.push_str("</code>");
        }
    }
    out
}

/// The word for a mark, as the badges and diagrams print it.
pub fn mark(mark: Mark, lang: Lang) -> String {
    let word = match mark {
        Mark::Error => severity_word(crate::engine::Severity::Error),
        Mark::Warning => severity_word(crate::engine::Severity::Warning),
        Mark::Note => severity_word(crate::engine::Severity::Note),
        Mark::Fine => msg!("report-html-no-finding"),
    };
    word.render(lang)
}

/// `--fail-on` as the command line spells it.
pub fn fail_on(fail_on: FailOn) -> &'static str {
    match fail_on {
        FailOn::Error => "error",
        FailOn::Warning => "warning",
        FailOn::Note => "note",
        FailOn::Never => "never",
    }
}

/// `1 finding`, `7 findings`.
pub fn findings(n: usize, lang: Lang) -> String {
    msg!("report-findings", count = n).render(lang)
}

pub fn hidden_by(kind: SuppressionKind, lang: Lang) -> String {
    match kind {
        SuppressionKind::Config => lang.text("report-html-hidden-by-config"),
        SuppressionKind::Baseline => lang.text("report-html-hidden-by-baseline"),
    }
}

/// A node's role: active (it owns a CMS), passive (it is known to own none), or neither known
/// (it owns a group that may be a CMS, or a CMS has no known owner).
pub fn role(active: bool, passive: bool, lang: Lang) -> String {
    match (active, passive) {
        (true, _) => lang.text("report-html-role-active"),
        (false, true) => lang.text("report-html-role-passive"),
        (false, false) => lang.text("report-html-role-unknown"),
    }
}

pub fn group_kind(kind: GroupKind, lang: Lang) -> String {
    match kind {
        GroupKind::Cms => lang.text("report-html-kind-cms"),
        GroupKind::Cluster => lang.text("report-html-kind-cluster"),
        GroupKind::Other => lang.text("report-html-kind-other"),
        GroupKind::Unknown => lang.text("report-html-kind-unknown"),
    }
}

pub fn group_state(state: GroupState, lang: Lang) -> String {
    match state {
        GroupState::Online => lang.text("report-html-state-online"),
        GroupState::Offline => lang.text("report-html-state-offline"),
        GroupState::PartiallyOnline => lang.text("report-html-state-partially-online"),
        GroupState::Failed => lang.text("report-html-state-failed"),
        GroupState::Unknown => unknown(lang),
    }
}

pub fn online(online: Option<bool>, lang: Lang) -> String {
    match online {
        Some(true) => lang.text("report-html-state-online"),
        Some(false) => lang.text("report-html-state-offline"),
        None => unknown(lang),
    }
}

/// A value the inventory does not give.
pub fn unknown(lang: Lang) -> String {
    lang.text("report-html-unknown")
}

/// A value the inventory gives that cmslint could not understand: `Windows 2003ish (not
/// understood)`.
pub fn not_understood(text: &str, lang: Lang) -> String {
    msg!("report-html-not-understood", text = text).render(lang)
}

pub fn windows(version: &str, lang: Lang) -> String {
    msg!("report-html-windows", version = version).render(lang)
}

pub fn exchange(version: &str, lang: Lang) -> String {
    msg!("report-html-exchange", version = version).render(lang)
}

pub fn exchange_tools(version: &str, lang: Lang) -> String {
    msg!("report-html-exchange-tools", version = version).render(lang)
}

/// The heading of the diagram's column for groups whose owner is not a node of the cluster.
pub fn no_owner(lang: Lang) -> String {
    lang.text("report-html-no-owner")
}

/// What the diagram says of a node or group: `✖ error: TOP106, TOP103`, or `✓ no finding`.
pub fn mark_line(worst: Mark, codes: &[&str], lang: Lang) -> String {
    let mut line = format!("{} {}", worst.symbol(), mark(worst, lang));
    if !codes.is_empty() {
        let _ = write!(line, ": {}", codes.join(", "));
    }
    line
}

/// The accessible name of a cluster diagram.
pub fn diagram_label(cluster: &str, nodes: usize, groups: usize, lang: Lang) -> String {
    Message::new("report-html-diagram-label")
        .arg("cluster", cluster)
        .arg("nodes", nodes)
        .arg("groups", groups)
        .render(lang)
}

/// A runbook action, as the timeline's command column describes it.
pub fn install_service_pack(service_pack: Option<u8>, lang: Lang) -> String {
    match service_pack {
        Some(sp) => msg!("report-html-install-service-pack", service_pack = sp).render(lang),
        None => lang.text("report-html-install-a-service-pack"),
    }
}

pub fn remove_rollups(lang: Lang) -> String {
    lang.text("report-html-remove-rollups")
}

pub fn upgrade_windows(to: &str, lang: Lang) -> String {
    msg!("report-html-upgrade-windows", version = to).render(lang)
}

/// An `action: note` step.
pub fn note(lang: Lang) -> String {
    lang.text("report-html-note")
}

/// A maintenance window's length: `6 h`, `5 h 30 min`, `45 min`.
pub fn duration(minutes: i64, lang: Lang) -> String {
    let length = match (minutes / 60, minutes % 60) {
        (0, m) => msg!("report-html-minutes", minutes = m),
        (h, 0) => msg!("report-html-hours", hours = h),
        (h, m) => msg!("report-html-hours-minutes", hours = h, minutes = m),
    };
    length.render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_code_is_markup_and_the_rest_is_escaped() {
        assert_eq!(
            inline("Microsoft's <b> & `cmslint explain CODE` prints"),
            "Microsoft's &#60;b&#62; &#38; <code>cmslint explain CODE</code> prints"
        );
    }

    #[test]
    fn durations_in_each_language() {
        assert_eq!(duration(360, Lang::En), "6 h");
        assert_eq!(duration(330, Lang::En), "5 h 30 min");
        assert_eq!(duration(45, Lang::En), "45 min");
        assert_eq!(duration(330, Lang::Ja), "5 時間 30 分");
    }
}
