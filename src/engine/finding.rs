//! Findings: one code, one severity, one entity, a primary span, and what explains and fixes it.

use super::RuleMeta;
use crate::i18n::{Lang, Message};
use crate::source::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in a file with what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    /// What the label says; empty for a bare underline.
    pub message: Message,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The stable entity path (`cluster:EXCLU01/node:EXNODE2`).
    pub entity: String,
    /// What is wrong, naming the entities (lowercase, no trailing period).
    pub message: Message,
    pub primary: Label,
    pub secondary: Vec<Label>,
    /// Why it matters.
    pub notes: Vec<Message>,
    /// How to fix it.
    pub help: Option<Message>,
    /// Commands that fix it, with the inventory's names filled in (the commands themselves are
    /// verbatim; a comment around one is a message).
    pub fixes: Vec<Message>,
}

/// What a finding says, rendered in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub message: String,
    /// The primary label (empty when there is none).
    pub label: String,
    /// The secondary labels, in order.
    pub labels: Vec<String>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    pub fixes: Vec<String>,
}

impl Finding {
    pub fn new(
        meta: &'static RuleMeta,
        entity: String,
        span: Span,
        message: impl Into<Message>,
    ) -> Self {
        Finding {
            code: meta.code.as_str(),
            name: meta.name.as_str(),
            severity: meta.severity,
            entity,
            message: message.into(),
            primary: Label {
                span,
                message: Message::default(),
            },
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
            fixes: Vec::new(),
        }
    }

    /// Text under the primary span.
    pub fn primary_label(&mut self, message: impl Into<Message>) -> &mut Self {
        self.primary.message = message.into();
        self
    }

    pub fn label(&mut self, span: Span, message: impl Into<Message>) -> &mut Self {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn note(&mut self, note: impl Into<Message>) -> &mut Self {
        self.notes.push(note.into());
        self
    }

    pub fn help(&mut self, help: impl Into<Message>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn fix(&mut self, command: impl Into<Message>) -> &mut Self {
        self.fixes.push(command.into());
        self
    }

    /// The finding's texts in `lang`.
    pub fn texts(&self, lang: Lang) -> Texts {
        let all = |messages: &[Message]| messages.iter().map(|m| m.render(lang)).collect();
        Texts {
            message: self.message.render(lang),
            label: self.primary.message.render(lang),
            labels: self
                .secondary
                .iter()
                .map(|l| l.message.render(lang))
                .collect(),
            notes: all(&self.notes),
            help: self.help.as_ref().map(|h| h.render(lang)),
            fixes: all(&self.fixes),
        }
    }

    /// Folds a second finding for the same entity into this one.
    pub(super) fn absorb(&mut self, other: Finding) {
        let message = if other.primary.message.is_empty() {
            other.message
        } else {
            other.primary.message
        };
        let labels = std::iter::once(Label {
            span: other.primary.span,
            message,
        })
        .chain(other.secondary);
        for label in labels {
            let known = label.span == self.primary.span
                || self.secondary.iter().any(|l| l.span == label.span);
            if !known {
                self.secondary.push(label);
            }
        }
        for fix in other.fixes {
            if !self.fixes.contains(&fix) {
                self.fixes.push(fix);
            }
        }
    }
}
