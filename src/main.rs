//! The `cmslint` binary: parse arguments, call the library, turn the outcome into an exit code.

use clap::Parser;
use cmslint::cli::{self, Cli, EXIT_USAGE, Env};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    // An internal error is a bug: say so plainly and exit 2, without a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(
            std::io::stderr(),
            "internal error: {info}\nThis is a bug in cmslint; please report it with the input that caused it."
        );
    }));
    let cli = Cli::parse();
    let env = Env {
        cwd: std::env::current_dir().unwrap_or_else(|_| ".".into()),
        stdout_is_terminal: std::io::stdout().is_terminal(),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    };
    let result = std::panic::catch_unwind(|| {
        let mut stdout = std::io::stdout().lock();
        let mut stderr = std::io::stderr().lock();
        let code = cli::run(cli, &env, &mut stdout, &mut stderr);
        let _ = stdout.flush();
        code
    });
    match result {
        Ok(Ok(code)) => ExitCode::from(code),
        // A closed pipe (`cmslint check | head`) is not an error worth a message.
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(_) => ExitCode::from(EXIT_USAGE),
    }
}
