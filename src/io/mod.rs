//! Reading and writing design files (RON, format version 1). No egui here.
//!
//! Loading never panics: every problem becomes a [`LoadError`] with a message a person
//! understands and, where the problem is in the text, its line and column (from 1).

mod appraisal;
mod cluster;
mod disk;
pub mod recovery;
pub mod roster;
mod save;
pub mod templates;
mod text_checks;
mod workbook_bounds;
mod write;

use std::{fmt, path::Path};

use serde::Deserialize;

pub use appraisal::{
    ReadOptions, appraisal_text, appraisal_to_ron_string, load_appraisal_bytes,
    load_appraisal_path, load_appraisal_str, option_path, read_options, relative_path,
};
pub use cluster::{
    Loaded, is_appraisal_path, load_any_bytes, load_any_path, load_cluster_path, load_cluster_str,
};
pub use disk::Fingerprint;
pub use save::{
    SaveError, cluster_text, cluster_to_ron_string, design_text, save_to_path, to_ron_string,
    write_atomically as write_file_atomically,
};
pub use text_checks::MAX_TEXT_BYTES;
pub use write::same_file;

use crate::{
    model::{Design, FORMAT_VERSION, Id, RuleOverride, RulePackFile},
    rules::{RuleId, RulePack},
};

/// Files larger than this are refused before parsing (a design of 10,000 seats is ~3 MiB).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Deepest nesting the parser follows; real designs nest about 8 deep.
const RECURSION_LIMIT: usize = 64;

/// Why a design could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    pub message: String,
    /// Line of the problem (from 1), when it is in the file's text.
    pub line: Option<usize>,
    /// Column of the problem (from 1), when it is in the file's text.
    pub column: Option<usize>,
}

impl LoadError {
    fn at(message: impl Into<String>, line: usize, column: usize) -> Self {
        Self {
            message: message.into(),
            line: Some(line),
            column: Some(column),
        }
    }

    fn whole_file(message: impl Into<String>) -> Self {
        Self::at(message, 1, 1)
    }

    fn io(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            _ => f.write_str(&self.message),
        }
    }
}

/// Load a design from a file.
pub fn load_path(path: &Path) -> Result<Design, LoadError> {
    load_bytes(&read_limited(path)?)
}

/// Read a file, refusing (without reading it all) one larger than [`MAX_FILE_BYTES`].
pub(super) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    crate::platform::fs::read(path, MAX_FILE_BYTES as u64)
        .map_err(|e| LoadError::io(format!("Cannot read {}: {}", path.display(), io_reason(&e))))
}

/// Load a rule pack file (for `check --rules`): the same limits and errors as designs.
pub fn load_rule_pack_path(path: &Path) -> Result<RulePackFile, LoadError> {
    let bytes = read_limited(path)?;
    let text = utf8_text(&bytes, &["RulePackFile"])?;
    let pack: RulePackFile = parse(text)?;
    check_overrides(&pack.overrides)?;
    Ok(pack)
}

/// A short, human reason for an I/O error.
pub(crate) fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "the file or folder does not exist".to_owned(),
        K::PermissionDenied => "permission denied".to_owned(),
        K::IsADirectory => "it is a folder, not a file".to_owned(),
        K::StorageFull => "the disk is full".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        K::NotADirectory => "part of the path is a file, not a folder".to_owned(),
        _ => error.to_string(),
    }
}

/// Load a design from the bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Design, LoadError> {
    load_str(utf8_text(bytes, &["Design"])?)
}

/// The bytes as text: not too large, UTF-8 (a byte-order mark dropped), not empty, starting
/// with one of `names`, and no text in it too long.
pub(super) fn utf8_text<'a>(bytes: &'a [u8], names: &[&str]) -> Result<&'a str, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::whole_file(format!(
            "The file is larger than {} MiB; this is not a design file (designs are far smaller).",
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(bytes, e.valid_up_to());
        LoadError::at(
            "The file is not UTF-8 text; it is not a design file.",
            line,
            column,
        )
    })?;
    let text = text_checks::without_bom(text);
    text_checks::check_start(text, names)?;
    text_checks::check_text_lengths(text)?;
    Ok(text)
}

/// Parse RON with the nesting limit, errors carrying line and column.
pub(super) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|e| from_ron(&e, text))
}

/// Load a design from RON text.
pub fn load_str(text: &str) -> Result<Design, LoadError> {
    let text = text_checks::without_bom(text);
    if text.trim().is_empty() {
        return Err(LoadError::whole_file(
            "The file is empty; a design starts with `Design(`.",
        ));
    }
    let newer = |version: u32| {
        LoadError::whole_file(format!(
            "This design was saved by a newer version (format {version}); this version reads up to format {FORMAT_VERSION}."
        ))
    };
    let design: Design = match parse(text) {
        Ok(design) => design,
        Err(error) => {
            // A newer file may have a shape this version does not know: say so, politely,
            // rather than report its new fields as mistakes.
            return Err(match parse::<VersionProbe>(text) {
                Ok(probe) if probe.format_version > FORMAT_VERSION => newer(probe.format_version),
                _ => error,
            });
        }
    };
    if design.format_version > FORMAT_VERSION {
        return Err(newer(design.format_version));
    }
    check_design(&design).map_err(|e| at_text(e, text))?;
    Ok(design)
}

/// The board's date must be a date when it is given: 2027-02-30 is not.
fn check_as_at(design: &Design) -> Result<(), LoadError> {
    let as_at = design.as_at.trim();
    if as_at.is_empty() || crate::model::IsoDate::parse(as_at).is_some() {
        Ok(())
    } else {
        Err(LoadError::io(format!(
            "The date `{}` (as_at) is not a date; write it as YYYY-MM-DD, or leave it empty for today.",
            design.as_at
        )))
    }
}

/// An error found after parsing, placed at the text it names (the unknown pack, say) when it
/// names one, else at the start of the file.
pub(super) fn at_text(mut error: LoadError, text: &str) -> LoadError {
    if error.line.is_none() {
        let needle = error
            .message
            .split('`')
            .nth(1)
            .filter(|n| !n.is_empty())
            .map(|n| format!("\"{n}\""));
        let offset = needle.and_then(|n| text.find(&n)).unwrap_or(0);
        let (line, column) = line_column(text.as_bytes(), offset);
        error.line = Some(line);
        error.column = Some(column);
    }
    error
}

/// What every loaded design must hold beyond its shape: ids, rule changes, a known pack.
pub(super) fn check_design(design: &Design) -> Result<(), LoadError> {
    check_ids(design)?;
    check_as_at(design)?;
    check_overrides(&design.rule_overrides)?;
    if RulePack::by_id(&design.rule_pack).is_none() {
        return Err(LoadError::io(format!(
            "Unknown rule pack `{}`; the packs are {}.",
            design.rule_pack,
            RulePack::list()
        )));
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(rename = "Design")]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

fn from_ron(error: &ron::error::SpannedError, text: &str) -> LoadError {
    // A problem whose span reaches the last character means the text stopped too early.
    let end = &error.span.end;
    let last = line_column(text.as_bytes(), text.trim_end().len().saturating_sub(1));
    let at_end = (end.line, end.col) > last;
    let message = match &error.code {
        ron::Error::ExceededRecursionLimit => {
            format!("The file nests deeper than {RECURSION_LIMIT} levels; it is not a design file.")
        }
        ron::Error::Eof => "The file ends too early; it may have been cut off.".to_owned(),
        other => {
            let mut text = other.to_string();
            if let Some(first) = text.get(..1) {
                text = first.to_uppercase() + text.get(1..).unwrap_or("");
            }
            if !text.ends_with('.') {
                text.push('.');
            }
            if at_end {
                text = format!("The file ends too early; it may have been cut off ({text})");
            }
            text
        }
    };
    LoadError::at(
        message,
        error.span.start.line.max(1),
        error.span.start.col.max(1),
    )
}

/// Local rule changes must name real rules, and thresholds only rules that have one.
fn check_overrides(overrides: &[RuleOverride]) -> Result<(), LoadError> {
    for change in overrides {
        let Some(rule) = RuleId::from_id(&change.rule) else {
            return Err(LoadError::io(format!(
                "Unknown rule id `{}` in the rule changes; the ids are those of docs/rules.md, e.g. `board.ned_min`.",
                change.rule
            )));
        };
        if change.threshold.is_some() && rule.threshold_meaning().is_none() {
            return Err(LoadError::io(format!(
                "The rule `{rule}` has no threshold to change."
            )));
        }
    }
    Ok(())
}

/// Ids must be positive and unique within their list: commands and references rely on it.
pub(super) fn unique_ids(kind: &str, ids: impl Iterator<Item = Id>) -> Result<(), LoadError> {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if id == 0 {
            return Err(LoadError::io(format!(
                "A {kind} has id 0; ids are positive whole numbers (1, 2, 3…)."
            )));
        }
        if !seen.insert(id) {
            return Err(LoadError::io(format!(
                "Two {kind}s have id {id}; each {kind} needs its own id."
            )));
        }
    }
    Ok(())
}

fn check_ids(design: &Design) -> Result<(), LoadError> {
    unique_ids("seat", design.board.iter().map(|s| s.id))?;
    unique_ids("committee", design.committees.iter().map(|c| c.id))?;
    unique_ids("place", design.places.iter().map(|p| p.id))
}

/// Line and column (from 1, column in characters) of a byte offset.
pub(super) fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = 1 + String::from_utf8_lossy(before.get(line_start..).unwrap_or(&[]))
        .chars()
        .count();
    (line, column)
}

#[cfg(test)]
mod tests;
