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
/// target. On any failure the old file is untouched and the temporary file is removed.
pub fn save_to_path(design: &Design, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, to_ron_string(design).as_bytes())
}

/// Write any bytes atomically: every file the program writes (designs, exports, recovery
/// copies) goes through [`super::write::write_file`].
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    super::write::write_file(path, bytes)
}
