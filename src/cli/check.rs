//! `check`: validate design and cluster files without a window (docs/file-format.md's contract).

use std::{io::Write, path::PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use crate::{
    io::{LoadError, Loaded, load_any_path},
    model::{IsoDate, RuleOverride},
    rules::{
        Finding, Report, RulePack, Severity,
        cluster::{ClusterCheck, validate_cluster},
        validate_at,
    },
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

/// What `check` was asked for beyond the files.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// A rule pack file of local changes applied on top of each design's own (`--rules`).
    pub rules: Option<PathBuf>,
    /// Check against this pack instead of each file's own (`--pack`).
    pub pack: Option<String>,
    /// Judge the board on this date instead of each file's `as_at` (`--as-at`).
    pub as_at: Option<String>,
}

/// A checked file: its findings, and the pack they were judged against.
pub struct Checked {
    pub report: Report,
    pub pack: RulePack,
}

/// The outcome of checking one file.
pub struct FileCheck {
    pub path: String,
    pub outcome: Result<Checked, LoadError>,
}

/// Check one loaded file, design or cluster.
pub fn check_loaded(
    loaded: &Loaded,
    pack: Option<&str>,
    as_at: Option<IsoDate>,
    extra: &[RuleOverride],
) -> Checked {
    let how = ClusterCheck { pack, as_at, extra };
    match loaded {
        Loaded::Design(design) => {
            let pack = how.pack_for(design);
            let date = as_at.unwrap_or_else(|| crate::rules::as_at_date(design));
            Checked {
                report: validate_at(design, &pack, date),
                pack,
            }
        }
        Loaded::Cluster(cluster) => Checked {
            report: validate_cluster(cluster, &how),
            pack: how.cluster_pack(),
        },
    }
}

/// Check an appraisal file: its own rules (docs/rules.md section 8), its options scored under
/// the pack and on the date asked for. Each option's own findings are `appraise`'s to list.
fn check_appraisal(
    path: &std::path::Path,
    pack: Option<&str>,
    as_at: Option<IsoDate>,
) -> Result<Checked, LoadError> {
    let mut appraisal = crate::io::load_appraisal_path(path)?;
    if let Some(id) = pack {
        id.clone_into(&mut appraisal.rule_pack);
    }
    if let Some(date) = as_at {
        appraisal.as_at = date.to_string();
    }
    let base = path.parent().unwrap_or_else(|| std::path::Path::new("."));
    let options = crate::io::read_options(&appraisal, base);
    let scored = crate::rules::appraisal::score(&appraisal, &options.inputs(&appraisal));
    Ok(Checked {
        report: Report {
            findings: scored.findings,
        },
        pack: crate::rules::appraisal::appraisal_pack(&appraisal),
    })
}

/// Check every file; the exit code is 2 if any could not be read, else 1 if any has errors.
pub fn check_files(
    files: &[PathBuf],
    pack: Option<&str>,
    as_at: Option<IsoDate>,
    extra: &[RuleOverride],
) -> (Vec<FileCheck>, u8) {
    let checks: Vec<FileCheck> = files
        .iter()
        .map(|path| FileCheck {
            path: path.display().to_string(),
            outcome: if crate::io::is_appraisal_path(path) {
                check_appraisal(path, pack, as_at)
            } else {
                load_any_path(path).map(|loaded| check_loaded(&loaded, pack, as_at, extra))
            },
        })
        .collect();
    let code = if checks.iter().any(|c| c.outcome.is_err()) {
        2
    } else {
        u8::from(
            checks
                .iter()
                .any(|c| c.outcome.as_ref().is_ok_and(|r| !r.report.is_valid())),
        )
    };
    (checks, code)
}

/// A problem with the options themselves: said in the chosen format, exit 2.
fn refuse(
    format: OutputFormat,
    key: &str,
    json: &serde_json::Value,
    text: &str,
    out: &mut impl Write,
) -> u8 {
    let _ = match format {
        // A pack file's text or an argument quoted in the message reaches the terminal inert.
        OutputFormat::Text => writeln!(out, "{}", crate::model::text::inert(text)),
        OutputFormat::Json => writeln!(out, "{}", serde_json::json!({"files": [], key: json})),
    };
    2
}

/// Run `check` and return the process exit code.
pub fn run_check(
    files: &[PathBuf],
    format: OutputFormat,
    options: &CheckOptions,
    out: &mut impl Write,
) -> u8 {
    if let Some(id) = &options.pack
        && RulePack::by_id(id).is_none()
    {
        let text = format!(
            "Unknown rule pack `{id}`; the packs are {}.",
            RulePack::list()
        );
        let json = serde_json::json!({"pack": id, "message": text, "packs": RulePack::IDS});
        return refuse(format, "pack_error", &json, &text, out);
    }
    let as_at = match options.as_at.as_deref().map(|d| (d, IsoDate::parse(d))) {
        None => None,
        Some((_, Some(date))) => Some(date),
        Some((text, None)) => {
            let message =
                format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2027-04-01.");
            let json = serde_json::json!({"as_at": text, "message": message});
            return refuse(format, "as_at_error", &json, &message, out);
        }
    };
    let extra = match options.rules.as_deref().map(crate::io::load_rule_pack_path) {
        None => Vec::new(),
        Some(Ok(pack)) => pack.overrides,
        Some(Err(error)) => {
            let path = options
                .rules
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let text = format!("{path}: the rule pack cannot be read: {error}");
            let json = serde_json::json!({"path": path, "message": error.message,
                "line": error.line, "column": error.column});
            return refuse(format, "rules_error", &json, &text, out);
        }
    };
    let (checks, code) = check_files(files, options.pack.as_deref(), as_at, &extra);
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
    use crate::model::text::inert;
    for check in checks {
        match &check.outcome {
            Err(error) => writeln!(
                out,
                "{}",
                inert(&format!("{}: cannot be read: {error}", check.path))
            )?,
            Ok(Checked { report, pack }) => {
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
                let head = format!(
                    "{}: {verdict} ({}), checked against {} ({})",
                    check.path,
                    counts.join(", "),
                    pack.id,
                    pack.describe()
                );
                writeln!(out, "{}", inert(&head))?;
                for finding in &report.findings {
                    let subjects = finding.subject_labels();
                    let scope = match finding.scope {
                        crate::rules::Scope::Design => String::new(),
                        _ => format!(
                            " [{}]",
                            subjects.first().map(String::as_str).unwrap_or_default()
                        ),
                    };
                    // One finding, one line, whatever its names hold (escapes, newlines).
                    let line = format!(
                        "{} {}: {}{scope}",
                        finding.severity.as_str(),
                        finding.rule,
                        finding.message,
                    );
                    writeln!(out, "{}", inert(&line))?;
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
        pack: &'a str,
        /// The local changes to the pack, in words.
        overrides: &'a [String],
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
    basis: &'static str,
    message: &'a str,
    subjects: Vec<String>,
}

impl<'a> From<&'a Finding> for JsonFinding<'a> {
    fn from(finding: &'a Finding) -> Self {
        Self {
            rule: finding.rule.as_str(),
            severity: finding.severity.as_str(),
            source: finding.source(),
            basis: finding.basis().as_str(),
            message: &finding.message,
            subjects: finding.subject_labels(),
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
            Ok(Checked { report, pack }) => JsonFile::Checked {
                path: &check.path,
                valid: report.is_valid(),
                pack: &pack.id,
                overrides: &pack.local_changes,
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
