//! Entry point: parse arguments, then run a command-line action or open the designer.
//!
//! On Windows this is a window program (no console window opens when it is double-clicked);
//! `ics-board-designer.com`, beside it, gives the commands a console (docs/windows.md).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use ics_board_designer::cli::{
    AppraisalCommand, CheckOptions, Cli, CliCommand, ClusterCommand, run_appraisal_new,
    run_appraise, run_check, run_cluster_new, run_diff, run_export, run_merge, run_rules,
    run_save_loop,
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(CliCommand::Check {
            files,
            format,
            rules,
            pack,
            as_at,
        }) => ExitCode::from(run_check(
            &files,
            format,
            &CheckOptions { rules, pack, as_at },
            &mut std::io::stdout().lock(),
        )),
        Some(CliCommand::Rules { pack, format }) => ExitCode::from(run_rules(
            pack.as_deref(),
            format,
            &mut std::io::stdout().lock(),
        )),
        Some(CliCommand::Cluster {
            command: ClusterCommand::New { designs, output },
        }) => ExitCode::from(run_cluster_new(&designs, &output, &mut std::io::stderr())),
        Some(CliCommand::ImportPeople {
            design,
            roster,
            output,
        }) => ExitCode::from(ics_board_designer::cli::run_import_people(
            &design,
            &roster,
            output.as_deref(),
            &mut std::io::stdout().lock(),
        )),
        Some(CliCommand::Merge { file, output }) => {
            ExitCode::from(run_merge(&file, output.as_deref(), &mut std::io::stderr()))
        }
        Some(CliCommand::Export { file, to, output }) => {
            // Not a held lock: a thread of the export that panics must still be able to say so.
            let format = to.format(output.as_deref());
            ExitCode::from(run_export(&file, format, output, &mut std::io::stderr()))
        }
        Some(CliCommand::Diff { a, b, format }) => {
            ExitCode::from(run_diff(&a, &b, format, &mut std::io::stdout().lock()))
        }
        Some(CliCommand::Appraise {
            file,
            format,
            embed,
            output,
        }) => ExitCode::from(run_appraise(
            &file,
            format,
            output.as_deref().filter(|_| embed),
            &mut std::io::stdout().lock(),
            &mut std::io::stderr(),
        )),
        Some(CliCommand::Appraisal {
            command: AppraisalCommand::New { files, output },
        }) => ExitCode::from(run_appraisal_new(&files, &output, &mut std::io::stderr())),
        Some(CliCommand::DebugSaveLoop { file }) => ExitCode::from(run_save_loop(&file)),
        Some(CliCommand::DebugStressDesign { file, seats }) => {
            let design = ics_board_designer::model::generate::generated_design(
                seats,
                (seats / 10).max(1),
                (seats / 20).max(2),
            );
            match ics_board_designer::io::save_to_path(&design, &file) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("{error}");
                    ExitCode::from(2)
                }
            }
        }
        None => match ics_board_designer::ui::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                ics_board_designer::platform::report_fatal(&format!(
                    "The designer window could not be opened: {error}"
                ));
                ExitCode::from(2)
            }
        },
    }
}
