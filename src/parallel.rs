//! The worker pool every parallel stage runs on: rayon, with stacks large enough for the
//! recursive parsers and tree walks even in debug builds.

/// Parsing recurses; debug builds use tens of KiB of stack per nesting level.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Runs `work` on a pool of `threads` workers (0: rayon's default, one per core unless
/// `RAYON_NUM_THREADS` says otherwise). Called from inside such a pool, it runs `work` there.
pub fn install<R: Send>(threads: usize, work: impl FnOnce() -> R + Send) -> R {
    if rayon::current_thread_index().is_some() {
        return work();
    }
    match rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(WORKER_STACK)
        .thread_name(|i| format!("cmslint-worker-{i}"))
        .build()
    {
        Ok(pool) => pool.install(work),
        // No threads could be started: do the work on this one.
        Err(_) => work(),
    }
}
