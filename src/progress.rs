//! How a long check advances. The library reports stages and steps and never draws; the CLI
//! implements [`Progress`] with a progress bar on stderr.

/// Told how the check advances.
pub trait Progress: Send + Sync {
    /// A stage begins (`looking for files`, `reading 2000 files`); `steps` when it is known.
    fn stage(&self, name: &str, steps: Option<u64>);
    /// One step of the current stage is done. Called from any worker.
    fn step(&self);
    /// The check is over.
    fn finish(&self);
}

impl std::fmt::Debug for dyn Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}
