//! Upgrade runbooks: replaying a plan against the cluster step by step, and writing a compliant
//! one (`cmslint plan`) that is checked before it is printed. What each step's command means is
//! the `runbook` module's.

pub mod replay;
pub mod write;
