//! Upgrade runbooks: understanding each step's command.

pub mod command;
