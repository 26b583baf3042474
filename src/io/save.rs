//! Writing designs: deterministic pretty RON, saved atomically.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use super::io_reason;
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
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n");
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

/// Write any bytes atomically (used for designs and exports alike).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |reason: String| SaveError {
        path: path.display().to_string(),
        reason,
    };
    if path.is_dir() {
        return Err(fail("it is a folder, not a file".to_owned()));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(fail("the file is read-only".to_owned()));
    }
    let temp = temp_path(path);
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows (best effort).
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(dir) = std::fs::File::open(dir)
        {
            let _ = dir.sync_all();
        }
        Ok::<(), std::io::Error>(())
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        fail(io_reason(&e))
    })
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    path.with_file_name(format!(".{name}.{}-{nanos}.tmp", std::process::id()))
}
