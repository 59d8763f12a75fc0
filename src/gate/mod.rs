//! The gate, between the rules and the reporters: what the team decided about the findings. It
//! owns `cmslint.toml` ([`config`]: selection, severities, suppressions, the files left out,
//! limits and the fail-on threshold), the [`baseline`] of accepted findings, and the filter that
//! applies them to the engine's findings ([`apply`]: severity overrides, then suppressions,
//! then the baseline, then INV008 for what matched nothing). Reporters see only what it
//! decided: the remaining findings, each hidden one with its [`Suppression`], and [`FailOn`].

pub mod baseline;
pub mod config;
mod date;
mod filter;
mod problem;

pub use date::{parse_date, today_utc};
pub use filter::{FilterOptions, Filtered, Suppressed, Suppression, SuppressionKind, apply};
pub use problem::{FileProblems, LoadError, Problem};

use crate::engine::Severity;

/// The lowest severity that fails the run (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Note => true,
            FailOn::Never => false,
        }
    }
}
