//! Where a command's output goes: an export's file or standard output (`-o -`), never over the
//! command's own input; and the one inert line that says a file cannot be read.

use std::{io::Write, path::PathBuf};

use crate::{
    export::{ExportFormat, ExportInput, cluster::export_cluster, export, today},
    io::{Loaded, load_any_path},
    rules::RulePack,
};

/// The default output path: FILE with the format's extension (`clause` gives `NAME.clause.md`).
pub fn export_path(file: &std::path::Path, format: ExportFormat) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(|| "design".into(), |s| s.to_string_lossy().into_owned());
    file.with_file_name(format!("{stem}.{}", format.extension()))
}

/// Run `export`; messages go to `err`. Returns the exit code.
pub fn run_export(
    file: &std::path::Path,
    to: ExportFormat,
    output: Option<PathBuf>,
    err: &mut impl Write,
) -> u8 {
    let loaded = match load_any_path(file) {
        Ok(loaded) => loaded,
        Err(error) => {
            unreadable(err, &file.display(), &error);
            return 2;
        }
    };
    let bytes = match loaded {
        Loaded::Design(design) => {
            let pack = RulePack::for_design(&design);
            export(&ExportInput::new(&design, &pack, today()), to)
        }
        Loaded::Cluster(cluster) => export_cluster(&cluster, to, today()),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => {
            let _ = writeln!(err, "{error}");
            return 2;
        }
    };
    let out = output.unwrap_or_else(|| export_path(file, to));
    write_output(&out, &bytes, Some(file), to.name(), err)
}

/// Say that a file cannot be read, on one inert line (a hostile file's text quoted in the
/// error cannot reach the terminal raw).
pub(crate) fn unreadable(
    out: &mut impl Write,
    path: &dyn std::fmt::Display,
    error: &dyn std::fmt::Display,
) {
    let line = format!("{path}: cannot be read: {error}");
    let _ = writeln!(out, "{}", crate::model::text::inert(&line));
}

/// Write a command's output: to standard output for `-o -`, else atomically to the file, never
/// over the command's own input (the same file, however it is named). Returns the exit code.
pub fn write_output(
    out: &std::path::Path,
    bytes: &[u8],
    input: Option<&std::path::Path>,
    what: &str,
    err: &mut impl Write,
) -> u8 {
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Ok(()) => 0,
            Err(error) => {
                let _ = writeln!(err, "Could not write to standard output: {error}");
                2
            }
        };
    }
    if let Some(input) = input
        && crate::io::same_file(input, out)
    {
        let _ = writeln!(
            err,
            "{} is the file being read; the {what} would overwrite it. Choose another -o (or -o - for standard output).",
            out.display()
        );
        return 2;
    }
    match crate::io::write_file_atomically(out, bytes) {
        Ok(()) => {
            let _ = writeln!(err, "Wrote {} ({what})", out.display());
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{error}");
            2
        }
    }
}
