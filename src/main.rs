//! The `cmslint` binary: parse arguments, call the library, turn the outcome into an exit code.
//! It also owns the one thing the library must not do itself: drawing the progress bar.

use anstream::AutoStream;
use clap::Parser;
use cmslint::check::Progress;
use cmslint::cli::{self, Cli, EXIT_USAGE, Env, TODAY_VARIABLE};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

// Parsing and modelling allocate many small values on every worker; mimalloc does that
// faster than the system allocator (docs/performance.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // An internal error is a bug: say so plainly and exit 2, without a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(std::io::stderr(), "{}", cli::panic_message(info));
    }));
    let cli = Cli::parse();
    let stderr_is_terminal = std::io::stderr().is_terminal();
    let env = Env {
        cwd: std::env::current_dir().unwrap_or_else(|_| ".".into()),
        stdout_is_terminal: std::io::stdout().is_terminal(),
        stderr_is_terminal,
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        today: std::env::var(TODAY_VARIABLE).ok(),
        progress: stderr_is_terminal.then(|| Arc::new(Bar::new()) as Arc<dyn Progress>),
    };
    // The progress bar's state is only drawn, never read back, so a panic cannot leave it in a
    // state that matters.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // On the Windows console the colours the reports write are turned on, or translated
        // where the console cannot read ANSI codes; elsewhere, and into files and pipes, the
        // bytes pass unchanged (cmslint decides when to colour, see `--color`).
        let mut stdout = AutoStream::always(std::io::stdout().lock());
        // Not locked for the whole run: the progress bar draws on stderr from its own thread.
        let mut stderr = AutoStream::always(std::io::stderr());
        let code = cli::run(cli, &env, &mut std::io::stdin(), &mut stdout, &mut stderr);
        let _ = stdout.flush();
        code
    }));
    match result {
        Ok(Ok(code)) => ExitCode::from(code),
        // A closed pipe (`cmslint check | head`) is not an error worth a message.
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            let _ = writeln!(std::io::stderr(), "{}", cli::io_error_message(&e));
            ExitCode::from(EXIT_USAGE)
        }
        Err(_) => ExitCode::from(EXIT_USAGE),
    }
}

/// Steps a stage must have for the bar to show: a short check is over before a bar helps.
const BAR_THRESHOLD: u64 = 200;
/// How long a stage of unknown length (reading the files) runs before a spinner shows.
const SPINNER_DELAY: Duration = Duration::from_secs(1);

/// The progress bar on stderr (only ever made when stderr is a terminal). A stage of known
/// length shows a bar when it has more than [`BAR_THRESHOLD`] steps; reading the files, whose
/// number is known only after the scan, shows a spinner once it has taken [`SPINNER_DELAY`].
/// The bar is cleared when the check ends, so no trace of it is left above the report.
#[derive(Debug)]
struct Bar {
    bar: ProgressBar,
    /// Counts stages, so that a delayed spinner only shows if its stage is still running.
    stage: Arc<AtomicU64>,
}

impl Bar {
    fn new() -> Self {
        Bar {
            bar: ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
            stage: Arc::new(AtomicU64::new(0)),
        }
    }

    fn show(bar: &ProgressBar) {
        if bar.is_hidden() && !bar.is_finished() {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(100));
        }
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str, steps: Option<u64>) {
        let stage = self.stage.fetch_add(1, Ordering::SeqCst) + 1;
        let template = match steps {
            Some(_) => "{spinner} {msg} [{bar:30}] {pos}/{len} {elapsed}",
            None => "{spinner} {msg} {elapsed}",
        };
        self.bar.set_style(
            ProgressStyle::with_template(template)
                .expect("a valid template")
                .progress_chars("=> "),
        );
        self.bar.set_message(name.to_string());
        self.bar.set_position(0);
        self.bar.set_length(steps.unwrap_or(0));
        match steps {
            Some(n) if n > BAR_THRESHOLD => Bar::show(&self.bar),
            Some(_) => {}
            None => {
                let (bar, current) = (self.bar.clone(), Arc::clone(&self.stage));
                std::thread::spawn(move || {
                    std::thread::sleep(SPINNER_DELAY);
                    if current.load(Ordering::SeqCst) == stage {
                        Bar::show(&bar);
                    }
                });
            }
        }
    }

    fn step(&self) {
        self.bar.inc(1);
    }

    fn finish(&self) {
        self.stage.fetch_add(1, Ordering::SeqCst);
        self.bar.finish_and_clear();
    }
}
