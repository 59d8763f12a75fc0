//! cmslint checks Exchange Server 2007 clustered mailbox server estates and their SP1/SP2
//! upgrade runbooks against the documented rules.
//!
//! Data flows one way: [`scan`] reads and parses files with exact spans, [`model`] builds the
//! inventory and [`exports`] merges the raw exports into it, [`plan`] replays each runbook,
//! [`engine`] runs the [`rules`] that the [`catalog`] hands it, the [`gate`] applies the config
//! and the baseline, and [`report`] renders the findings; [`check`] ties them together and
//! [`cli`] is the command line, which writes report files through [`output`]. The library never
//! prints; the binary hands it writers. ARCHITECTURE.md, at the root of the repository, maps
//! every module and the order in which they may import each other.

pub mod catalog;
pub mod check;
pub mod cli;
pub mod engine;
pub mod escape;
pub mod exports;
pub mod gate;
pub mod i18n;
pub mod model;
pub mod output;
pub mod parallel;
pub mod paths;
pub mod plan;
pub mod progress;
pub mod report;
pub mod rules;
pub mod runbook;
pub mod scan;
pub mod schema;
pub mod source;
pub mod syntax;
pub mod words;
