//! Writing designs: deterministic pretty RON, saved atomically.

use std::path::Path;

use crate::model::Design;

/// Why a design could not be saved. The file that was there before is untouched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Could not write {path}: {reason}. The file on disk was not changed.")]
pub struct SaveError {
    pub path: String,
    pub reason: String,
}

/// The design as pretty, deterministic RON (saving twice gives identical bytes).
pub fn to_ron_string(design: &Design) -> String {
    ron_text(design)
}

/// A cluster file as RON text, in the same style as designs.
pub fn cluster_to_ron_string(cluster: &crate::model::Cluster) -> String {
    ron_text(cluster)
}

fn ron_text<T: serde::Serialize>(value: &T) -> String {
    ron_text_with(value, ron::extensions::Extensions::empty())
}

/// Pretty RON with the given extensions (written as a `#![enable(...)]` header).
pub(super) fn ron_text_with<T: serde::Serialize>(
    value: &T,
    extensions: ron::extensions::Extensions,
) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n")
        .extensions(extensions);
    match ron::ser::to_string_pretty(value, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising plain data to a String cannot fail; keep a readable trace if it ever does.
        Err(error) => format!("// could not write design: {error}\n"),
    }
}

/// Save atomically: write a temporary file beside the target, sync it, then rename it over the
/// target. On any failure the old file is untouched and the temporary file is removed. A design
/// that would not open again (a text past the reader's limits once escaped, say) is refused
/// before anything is written.
pub fn save_to_path(design: &Design, path: &Path) -> Result<(), SaveError> {
    let text = design_text(design).map_err(|reason| SaveError {
        path: path.display().to_string(),
        reason,
    })?;
    write_atomically(path, text.as_bytes())
}

/// The design as RON, once the reader has taken it back: anything the app writes, it reads.
pub fn design_text(design: &Design) -> Result<String, String> {
    let text = to_ron_string(design);
    super::load_bytes(text.as_bytes())
        .map(|_| text.clone())
        .map_err(|e| would_not_read(&e, &text))
}

/// A cluster file as RON, once the reader has taken it back.
pub fn cluster_text(cluster: &crate::model::Cluster) -> Result<String, String> {
    let text = cluster_to_ron_string(cluster);
    super::load_any_bytes(text.as_bytes())
        .map(|_| text.clone())
        .map_err(|e| would_not_read(&e, &text))
}

/// Why a text the app was about to write would not read back, naming the field it stopped at.
pub(super) fn would_not_read(error: &super::LoadError, text: &str) -> String {
    let field = error
        .line
        .and_then(|line| text.lines().nth(line.saturating_sub(1)))
        .and_then(|line| line.trim_start().split_once(':'))
        .map(|(name, _)| name.trim())
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'));
    let at = field.map_or_else(String::new, |f| format!(" (the field `{f}`)"));
    format!("it would not open again{at}: {error}; nothing was written")
}

/// Write any bytes atomically: every file the program writes (designs, exports, recovery
/// copies) goes through [`super::write::write_file`].
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    super::write::write_file(path, bytes)
}
