//! Upgrade runbooks: understanding each step's command and replaying the plan against the
//! cluster.

pub mod command;
pub mod replay;
pub mod write;
