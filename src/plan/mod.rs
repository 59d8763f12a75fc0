//! Upgrade runbooks: understanding each step's command, replaying the plan against the cluster,
//! and writing a compliant one (`cmslint plan`) that is checked before it is printed.

pub mod command;
pub mod replay;
pub mod verify;
pub mod write;
