//! Entry point: parse arguments, then run a command-line action or open the designer.

use std::process::ExitCode;

use clap::Parser;
use ics_board_designer::cli::{Cli, CliCommand, run_check};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(CliCommand::Check { files, format }) => {
            ExitCode::from(run_check(&files, format, &mut std::io::stdout().lock()))
        }
        None => {
            eprintln!("The designer window is not built yet; use `check`.");
            ExitCode::from(2)
        }
    }
}
