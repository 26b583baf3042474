//! `appraise` and `appraisal new` (docs/file-format.md "The command line"), and the options
//! paper of `export APPRAISAL.ron`: thin shells over `io`, `rules::appraisal` and `export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::output::{unreadable, write_output};
use crate::export::appraisal::AppraisalInput;
use crate::export::appraisal_markdown;
use crate::export::appraisal_md::{appraisal_csv, appraisal_json, appraisal_summary_text};
use crate::io::{Loaded, ReadOptions, appraisal_text, load_appraisal_path, read_options};
use crate::model::{Appraisal, AppraisalOption, NEW_DESIGN_RULE_PACK, OptionSource, text::inert};
use crate::rules::{Severity, appraisal::score};

/// `appraise --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AppraiseFormat {
    Text,
    Md,
    Json,
    Csv,
}

/// An appraisal read with its option files, from its own folder.
pub struct LoadedAppraisal {
    pub appraisal: Appraisal,
    pub options: ReadOptions,
}

/// Read an appraisal and the files of its options; the error line is already printed.
pub fn load_appraisal(file: &Path, err: &mut impl Write) -> Option<LoadedAppraisal> {
    match load_appraisal_path(file) {
        Ok(appraisal) => {
            let base = file.parent().unwrap_or_else(|| Path::new("."));
            let options = read_options(&appraisal, base);
            Some(LoadedAppraisal { appraisal, options })
        }
        Err(error) => {
            unreadable(err, &file.display(), &error);
            None
        }
    }
}

/// Run `appraise`: print the scores (or write the embedded appraisal); exit 1 when the
/// appraisal itself has errors, 2 when it cannot be read or written, else 0.
pub fn run_appraise(
    file: &Path,
    format: AppraiseFormat,
    embed: Option<&Path>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let Some(loaded) = load_appraisal(file, err) else {
        return 2;
    };
    if let Some(target) = embed {
        let (embedded, left) = loaded.options.embed(&loaded.appraisal);
        for line in &left {
            let _ = writeln!(err, "left as a file: {}", inert(line));
        }
        return match appraisal_text(&embedded) {
            Ok(text) => write_output(target, text.as_bytes(), Some(file), "appraisal", err),
            Err(reason) => {
                let _ = writeln!(err, "The appraisal was not written: {reason}.");
                2
            }
        };
    }
    let inputs = loaded.options.inputs(&loaded.appraisal);
    let scored = score(&loaded.appraisal, &inputs);
    let input = AppraisalInput::new(&loaded.appraisal, &scored, &inputs, crate::export::today());
    let text = match format {
        AppraiseFormat::Text => inert_lines(&appraisal_summary_text(&input)),
        AppraiseFormat::Md => appraisal_markdown(&input),
        AppraiseFormat::Json => {
            let mut text = appraisal_json(&input).to_string();
            text.push('\n');
            text
        }
        AppraiseFormat::Csv => appraisal_csv(&input),
    };
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        let _ = writeln!(err, "Could not write to standard output.");
        return 2;
    }
    u8::from(
        scored
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error),
    )
}

/// Every line made safe for a terminal.
fn inert_lines(text: &str) -> String {
    text.lines().map(|l| inert(l).into_owned() + "\n").collect()
}

/// Run `appraisal new`: an appraisal of existing files, with the default criteria, each
/// option kept in its own file (a path relative to the appraisal's folder where it can be).
pub fn run_appraisal_new(files: &[PathBuf], output: &Path, err: &mut impl Write) -> u8 {
    let mut appraisal = Appraisal {
        rule_pack: NEW_DESIGN_RULE_PACK.to_owned(),
        ..Appraisal::default()
    };
    let folder = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut names = Vec::new();
    for (index, file) in files.iter().enumerate() {
        if crate::io::same_file(file, output) {
            let _ = writeln!(
                err,
                "{} is one of the options; the appraisal would overwrite it. Choose another -o.",
                output.display()
            );
            return 2;
        }
        let name = match crate::io::load_any_path(file) {
            Ok(Loaded::Design(design)) => design.name,
            Ok(Loaded::Cluster(cluster)) => cluster.name,
            Err(error) => {
                unreadable(err, &file.display(), &error);
                return 2;
            }
        };
        names.push(name.clone());
        appraisal.options.push(AppraisalOption {
            id: u32::try_from(index + 1).unwrap_or(u32::MAX),
            name,
            source: OptionSource::File(crate::io::relative_path(folder, file)),
            notes: String::new(),
        });
    }
    appraisal.title = format!("Options appraisal: {}", names.join("; "));
    appraisal.title = crate::model::cut(&appraisal.title, 200);
    match appraisal_text(&appraisal) {
        Ok(text) => write_output(output, text.as_bytes(), None, "appraisal", err),
        Err(reason) => {
            let _ = writeln!(err, "The appraisal was not written: {reason}.");
            2
        }
    }
}

/// Run `export`: the options paper of an appraisal, or a design's or cluster's export.
pub fn run_export(
    file: &Path,
    to: crate::export::ExportFormat,
    output: Option<PathBuf>,
    err: &mut impl Write,
) -> u8 {
    if !crate::io::is_appraisal_path(file) {
        return super::output::run_export(file, to, output, err);
    }
    let Some(bytes) = appraisal_export(file, to, err) else {
        return 2;
    };
    let out = output.unwrap_or_else(|| super::output::export_path(file, to));
    write_output(&out, &bytes, Some(file), "options paper", err)
}

/// The options paper of `export APPRAISAL.ron --to md|csv|html|docx|pdf`.
fn appraisal_export(
    file: &Path,
    to: crate::export::ExportFormat,
    err: &mut impl Write,
) -> Option<Vec<u8>> {
    let loaded = load_appraisal(file, err)?;
    let inputs = loaded.options.inputs(&loaded.appraisal);
    let scored = score(&loaded.appraisal, &inputs);
    let input = AppraisalInput::new(&loaded.appraisal, &scored, &inputs, crate::export::today());
    crate::export::appraisal_export(&input, to)
        .map_err(|error| {
            let _ = writeln!(err, "{error}");
        })
        .ok()
}
