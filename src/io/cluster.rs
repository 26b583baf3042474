//! Reading cluster files (docs/file-format.md "Clusters and mergers"), and telling them from design files by
//! their top-level name, with the same errors as designs.

use std::path::Path;

use serde::Deserialize;

use super::{
    LoadError, at_text, check_design, load_str, parse, read_limited, unique_ids, utf8_text,
};
use crate::model::{Cluster, Design, FORMAT_VERSION};

#[derive(Deserialize)]
#[serde(rename = "Cluster")]
struct ClusterVersionProbe {
    #[serde(default)]
    format_version: u32,
}

/// A file of either kind: one design, or a cluster of them (docs/file-format.md "Clusters and mergers").
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // one per file read: boxing would save nothing that matters
pub enum Loaded {
    Design(Design),
    Cluster(Cluster),
}

/// Load a design or a cluster file, told apart by the top-level name.
pub fn load_any_path(path: &Path) -> Result<Loaded, LoadError> {
    load_any_bytes(&read_limited(path)?)
}

/// Load a design or a cluster from the bytes of a file.
pub fn load_any_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = utf8_text(bytes, &["Design", "Cluster"])?;
    if top_level_name(text) == Some("Cluster") {
        load_cluster_str(text).map(Loaded::Cluster)
    } else {
        load_str(text).map(Loaded::Design)
    }
}

/// The file at `path` is an appraisal (its top-level name is `Appraisal`); false when it
/// cannot be read.
pub fn is_appraisal_path(path: &Path) -> bool {
    read_limited(path).is_ok_and(|bytes| {
        let text = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(&bytes)).into_owned();
        top_level_name(super::text_checks::without_bom(&text)) == Some("Appraisal")
    })
}

/// Load a cluster file from a path.
pub fn load_cluster_path(path: &Path) -> Result<Cluster, LoadError> {
    load_cluster_str(utf8_text(&read_limited(path)?, &["Cluster"])?)
}

/// Load a cluster from RON text: the reader rules of designs, and ids unique in each list.
pub fn load_cluster_str(text: &str) -> Result<Cluster, LoadError> {
    let newer = |version: u32| {
        LoadError::whole_file(format!(
            "This cluster was saved by a newer version (format {version}); this version reads up to format {FORMAT_VERSION}."
        ))
    };
    let cluster: Cluster = match parse(text) {
        Ok(cluster) => cluster,
        Err(error) => {
            return Err(match parse::<ClusterVersionProbe>(text) {
                Ok(probe) if probe.format_version > FORMAT_VERSION => newer(probe.format_version),
                _ => error,
            });
        }
    };
    let versions = std::iter::once(cluster.format_version)
        .chain(cluster.icbs.iter().map(|i| i.design.format_version))
        .chain(cluster.successor().map(|d| d.format_version));
    if let Some(version) = versions.max().filter(|v| *v > FORMAT_VERSION) {
        return Err(newer(version));
    }
    check_cluster(&cluster).map_err(|e| at_text(e, text))?;
    Ok(cluster)
}

/// What every loaded cluster must hold beyond its shape: each design's checks, and ids unique.
pub(super) fn check_cluster(cluster: &Cluster) -> Result<(), LoadError> {
    for icb in &cluster.icbs {
        check_design(&icb.design).map_err(|e| LoadError {
            message: format!("In ICB {} ({}): {}", icb.id, icb.short_name, e.message),
            ..e
        })?;
    }
    if let Some(successor) = cluster.successor() {
        check_design(successor).map_err(|e| LoadError {
            message: format!("In the successor: {}", e.message),
            ..e
        })?;
    }
    unique_ids("ICB", cluster.icbs.iter().map(|i| i.id))?;
    unique_ids(
        "joint committee",
        cluster.joint_committees.iter().map(|c| c.id),
    )
}

/// The name before the first `(` of the top-level value, past comments and `#![...]` headers.
fn top_level_name(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#!") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    rest.get(..end).filter(|name| !name.is_empty())
}
