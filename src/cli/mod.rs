//! The command line: `check` validates files without a window (FORMAT.md's contract).

use std::{io::Write, path::PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::{
    export::{ExportFormat, ExportInput, export, today},
    io::{LoadError, load_path},
    model::RuleOverride,
    rules::{Finding, Report, RulePack, Severity, validate},
};

#[derive(Debug, Parser)]
#[command(
    name = "ics-board-designer",
    version,
    about = "Design and check the board of an NHS Integrated Care Board.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// A design file to open in the designer.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check design files against the rules without opening a window.
    ///
    /// Exit status: 0 every file valid, 1 some file has errors, 2 some file could not be read.
    Check {
        /// The design files (.ron) to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// A rule pack file (RON, `RulePackFile(...)`) of local changes applied on top of each
        /// design's own.
        #[arg(long, value_name = "FILE")]
        rules: Option<PathBuf>,
    },
    /// Export a design as an HTML report, SVG/PNG board chart, Markdown, CSV or constitution clause.
    ///
    /// Writes next to FILE with the format's extension unless -o names the output.
    /// Exit status: 0 on success, 2 when FILE cannot be read or OUT cannot be written.
    Export {
        /// The design file (.ron) to export.
        file: PathBuf,
        /// What to produce.
        #[arg(long, value_enum)]
        to: ExportFormat,
        /// Where to write (default: next to FILE).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Compare two designs: seats, committees and places added, removed or changed, and the
    /// findings that appear or disappear. Exit status: 0 the same, 1 different, 2 unreadable.
    Diff {
        /// The first design (before).
        a: PathBuf,
        /// The second design (after).
        b: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Test-only: save two designs alternately to FILE until killed (for the kill -9 test).
    #[command(hide = true)]
    DebugSaveLoop { file: PathBuf },
    /// Benchmark-only: write the stress design (1,000 seats, 100 places, 50 committees) to FILE.
    #[command(hide = true)]
    DebugStressDesign {
        file: PathBuf,
        #[arg(long, default_value_t = 1000)]
        seats: usize,
    },
}

/// Run `diff`: print the differences of A and B; returns the exit code.
pub fn run_diff(
    a: &std::path::Path,
    b: &std::path::Path,
    format: OutputFormat,
    out: &mut impl Write,
) -> u8 {
    let mut designs = Vec::with_capacity(2);
    for path in [a, b] {
        match load_path(path) {
            Ok(design) => designs.push(design),
            Err(error) => {
                let _ = writeln!(out, "{}: cannot be read: {error}", path.display());
                return 2;
            }
        }
    }
    let [design_a, design_b] = designs.as_slice() else {
        return 2;
    };
    let diff = crate::compare::compare(design_a, design_b);
    let written = match format {
        OutputFormat::Text => out.write_all(crate::compare::diff_text(&diff).as_bytes()),
        OutputFormat::Json => serde_json::to_writer_pretty(&mut *out, &diff)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
    };
    match (written, diff.is_empty()) {
        (Err(_), _) => 2,
        (Ok(()), true) => 0,
        (Ok(()), false) => 1,
    }
}

/// Save two different designs over `file` forever, so a test can kill the process mid-save.
pub fn run_save_loop(file: &std::path::Path) -> u8 {
    let small = crate::model::Design {
        name: "Save loop: small".into(),
        ..Default::default()
    };
    let mut large = crate::model::generate::stress_design();
    large.name = "Save loop: large".into();
    loop {
        for design in [&small, &large] {
            if crate::io::save_to_path(design, file).is_err() {
                return 2;
            }
        }
    }
}

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
    let design = match load_path(file) {
        Ok(design) => design,
        Err(error) => {
            let _ = writeln!(err, "{}: cannot be read: {error}", file.display());
            return 2;
        }
    };
    let pack = RulePack::for_design(&design);
    let input = ExportInput::new(&design, &pack, today());
    let bytes = match export(&input, to) {
        Ok(bytes) => bytes,
        Err(error) => {
            let _ = writeln!(err, "{error}");
            return 2;
        }
    };
    let out = output.unwrap_or_else(|| export_path(file, to));
    match crate::io::write_file_atomically(&out, &bytes) {
        Ok(()) => {
            let _ = writeln!(err, "Wrote {} ({})", out.display(), to.name());
            0
        }
        Err(error) => {
            let _ = writeln!(err, "{error}");
            2
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

/// The outcome of checking one file.
pub struct FileCheck {
    pub path: String,
    pub outcome: Result<Report, LoadError>,
}

/// Check every file against its own rules plus `extra` changes; the exit code is 2 if any could
/// not be read, else 1 if any has errors.
pub fn check_files(files: &[PathBuf], extra: &[RuleOverride]) -> (Vec<FileCheck>, u8) {
    let checks: Vec<FileCheck> = files
        .iter()
        .map(|path| FileCheck {
            path: path.display().to_string(),
            outcome: load_path(path).map(|design| {
                let mut pack = RulePack::for_design(&design);
                pack.apply(extra);
                validate(&design, &pack)
            }),
        })
        .collect();
    let code = if checks.iter().any(|c| c.outcome.is_err()) {
        2
    } else {
        u8::from(
            checks
                .iter()
                .any(|c| c.outcome.as_ref().is_ok_and(|r| !r.is_valid())),
        )
    };
    (checks, code)
}

/// Run `check` and return the process exit code.
pub fn run_check(
    files: &[PathBuf],
    format: OutputFormat,
    rules: Option<&std::path::Path>,
    out: &mut impl Write,
) -> u8 {
    let extra = match rules.map(crate::io::load_rule_pack_path) {
        None => Vec::new(),
        Some(Ok(pack)) => pack.overrides,
        Some(Err(error)) => {
            let path = rules.map(|p| p.display().to_string()).unwrap_or_default();
            let _ = match format {
                OutputFormat::Text => {
                    writeln!(out, "{path}: the rule pack cannot be read: {error}")
                }
                OutputFormat::Json => writeln!(
                    out,
                    "{}",
                    serde_json::json!({"files": [], "rules_error": {
                        "path": path, "message": error.message,
                        "line": error.line, "column": error.column}})
                ),
            };
            return 2;
        }
    };
    let (checks, code) = check_files(files, &extra);
    let written = match format {
        OutputFormat::Text => write_text(&checks, out),
        OutputFormat::Json => write_json(&checks, out),
    };
    if written.is_err() {
        // Nowhere left to report to (e.g. a closed pipe); the exit code still tells.
        return code.max(2);
    }
    code
}

fn write_text(checks: &[FileCheck], out: &mut impl Write) -> std::io::Result<()> {
    for check in checks {
        match &check.outcome {
            Err(error) => writeln!(out, "{}: cannot be read: {error}", check.path)?,
            Ok(report) => {
                let counts: Vec<String> = Severity::ALL
                    .iter()
                    .map(|s| match (s, report.count(*s)) {
                        (Severity::Error | Severity::Warning, n) if n != 1 => {
                            format!("{n} {}s", s.as_str())
                        }
                        (_, n) => format!("{n} {}", s.as_str()),
                    })
                    .collect();
                let verdict = if report.is_valid() {
                    "valid"
                } else {
                    "NOT valid"
                };
                writeln!(out, "{}: {verdict} ({})", check.path, counts.join(", "))?;
                for finding in &report.findings {
                    writeln!(
                        out,
                        "{} {}: {}",
                        finding.severity.as_str(),
                        finding.rule,
                        finding.message
                    )?;
                }
            }
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JsonFile<'a> {
    Checked {
        path: &'a str,
        valid: bool,
        counts: JsonCounts,
        findings: Vec<JsonFinding<'a>>,
    },
    Unreadable {
        path: &'a str,
        error: JsonError<'a>,
    },
}

#[derive(Serialize)]
struct JsonCounts {
    error: usize,
    warning: usize,
    advice: usize,
    info: usize,
}

/// One finding as `check --format json` and the exports show it.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    source: &'static str,
    message: &'a str,
    subjects: Vec<String>,
}

impl<'a> From<&'a Finding> for JsonFinding<'a> {
    fn from(finding: &'a Finding) -> Self {
        Self {
            rule: finding.rule.as_str(),
            severity: finding.severity.as_str(),
            source: finding.source(),
            message: &finding.message,
            subjects: finding.subjects.iter().map(ToString::to_string).collect(),
        }
    }
}

#[derive(Serialize)]
struct JsonError<'a> {
    message: &'a str,
    line: Option<usize>,
    column: Option<usize>,
}

fn write_json(checks: &[FileCheck], out: &mut impl Write) -> std::io::Result<()> {
    let files = checks
        .iter()
        .map(|check| match &check.outcome {
            Ok(report) => JsonFile::Checked {
                path: &check.path,
                valid: report.is_valid(),
                counts: JsonCounts {
                    error: report.count(Severity::Error),
                    warning: report.count(Severity::Warning),
                    advice: report.count(Severity::Advice),
                    info: report.count(Severity::Info),
                },
                findings: report.findings.iter().map(JsonFinding::from).collect(),
            },
            Err(error) => JsonFile::Unreadable {
                path: &check.path,
                error: JsonError {
                    message: &error.message,
                    line: error.line,
                    column: error.column,
                },
            },
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &JsonOutput { files })?;
    writeln!(out)
}
