//! The page's list of findings, each with its place, its source lines, what explains and fixes
//! it and what accepted it, and the documentation of the rules that fired: why each matters,
//! its quotations of Microsoft's Japanese page kept apart.

use super::{Mark, clean};
use crate::check::Outcome;
use crate::engine::{Finding, RuleDoc};
use crate::gate::Suppression;
use crate::i18n::Lang;
use crate::msg;
use crate::report::{Section, category_word, section};

#[derive(Debug)]
pub(super) struct FindingView {
    pub(super) anchor: String,
    pub(super) mark: Mark,
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) message: Prose,
    pub(super) entity: String,
    pub(super) location: String,
    pub(super) source: String,
    pub(super) notes: Vec<Prose>,
    pub(super) help: Option<Prose>,
    pub(super) fixes: Vec<String>,
    /// `accepted: REASON`, for a finding a suppression or the baseline hid.
    pub(super) suppressed: Option<String>,
    /// The link to the rule's documentation: `Why TOP103 matters`.
    pub(super) more: String,
}

#[derive(Debug)]
pub(super) struct RuleView {
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) mark: Mark,
    pub(super) category: String,
    pub(super) summary: &'static str,
    pub(super) why: Vec<Block>,
}

/// A paragraph or quotation of a rule doc.
#[derive(Debug)]
pub(super) struct Block {
    pub(super) quote: bool,
    /// `ja` for the quotations of Microsoft's Japanese page.
    pub(super) lang: &'static str,
    pub(super) text: Prose,
}

/// Text with its `` `code` `` spans apart: each part, and whether it is code.
pub(super) type Prose = Vec<(bool, String)>;

/// Splits text at backticks (messages, notes and help quote commands and keys that way). Text
/// with an unpaired backtick is left whole.
pub(super) fn prose(text: &str) -> Prose {
    if text.matches('`').count() % 2 == 1 {
        return vec![(false, text.to_string())];
    }
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (i % 2 == 1, part.to_string()))
        .collect()
}

pub(super) fn finding_view(
    outcome: &Outcome,
    finding: &Finding,
    by: Option<&Suppression>,
    anchor: String,
    source: String,
) -> FindingView {
    let lang = outcome.lang;
    let span = finding.primary.span;
    let start = outcome.sources.region(span).start;
    FindingView {
        anchor,
        mark: Mark::of(finding.severity),
        code: finding.code,
        name: finding.name,
        message: prose(&clean(&finding.message.render(lang))),
        entity: clean(&finding.entity),
        location: clean(&format!(
            "{}:{}:{}",
            outcome.sources.path(span),
            start.line,
            start.column
        )),
        source,
        notes: (finding.notes.iter())
            .map(|n| prose(&clean(&n.render(lang))))
            .collect(),
        help: (finding.help.as_ref()).map(|h| prose(&clean(&h.render(lang)))),
        fixes: (finding.fixes.iter())
            .map(|f| clean(&f.render(lang)))
            .collect(),
        suppressed: by.map(|by| {
            msg!(
                "report-html-accepted-by",
                reason = clean(&by.reason.render(lang))
            )
            .render(lang)
        }),
        more: msg!("report-html-why-code-matters", code = finding.code).render(lang),
    }
}

pub(super) fn rule_view(doc: &'static RuleDoc, lang: Lang) -> RuleView {
    let meta = &doc.meta;
    RuleView {
        code: meta.code.as_str(),
        name: meta.name.as_str(),
        mark: Mark::of(meta.severity),
        category: category_word(meta.category).render(lang),
        summary: doc.summary_in(lang),
        why: section(doc, Section::WhyItMatters, lang)
            .map(blocks)
            .unwrap_or_default(),
    }
}

/// The paragraphs and `>` quotations of a rule doc section, with `` `code` `` apart. (The
/// sections the page shows use no other Markdown.)
fn blocks(markdown: &str) -> Vec<Block> {
    // A paragraph is a run of lines up to a blank line; in a quotation, up to a lone `>`.
    let mut paragraphs: Vec<(bool, Vec<&str>)> = Vec::new();
    let mut open = false;
    for line in markdown.lines() {
        let quote = line.starts_with('>');
        let text = if quote {
            line.trim_start_matches('>').trim()
        } else {
            line.trim()
        };
        if text.is_empty() {
            open = false;
            continue;
        }
        match paragraphs.last_mut() {
            Some((q, lines)) if open && *q == quote => lines.push(text),
            _ => paragraphs.push((quote, vec![text])),
        }
        open = true;
    }
    paragraphs
        .into_iter()
        .map(|(quote, lines)| {
            let text = lines.join(" ");
            let japanese = text
                .chars()
                .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'));
            Block {
                quote,
                lang: if japanese { "ja" } else { "en" },
                text: prose(&text),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_docs_keep_the_japanese_quotation_apart() {
        let doc = crate::catalog::lookup("TOP103").unwrap();
        let why = blocks(doc.section("Why it matters").unwrap());
        assert_eq!(why.len(), 2);
        assert!(why[0].quote && why[0].lang == "ja");
        assert!(!why[1].quote && why[1].lang == "en");
        assert!(
            why[1].text[0]
                .1
                .starts_with("Microsoft recommends that a passive node")
        );
        let quoted = blocks("> one\n> two\n>\n> three\n\nplain `code` text");
        let texts: Vec<(bool, &Prose)> = quoted.iter().map(|b| (b.quote, &b.text)).collect();
        assert_eq!(
            texts,
            [
                (true, &vec![(false, "one two".to_string())]),
                (true, &vec![(false, "three".to_string())]),
                (
                    false,
                    &vec![
                        (false, "plain ".to_string()),
                        (true, "code".to_string()),
                        (false, " text".to_string())
                    ]
                ),
            ]
        );
    }

    #[test]
    fn an_unpaired_backtick_is_text() {
        assert_eq!(prose("a `b"), [(false, "a `b".to_string())]);
        assert_eq!(prose("`b`"), [(true, "b".to_string())]);
    }
}
