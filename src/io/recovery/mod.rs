//! Recovery copies: while a design has unsaved changes the window writes a copy into the user's
//! data folder (never over the user's own file), so a flat battery or a crash loses nothing.
//!
//! Each open design has a key; its copy is `KEY.ron` (an ordinary design file, read back through
//! the same hostile-file-safe loader) beside `KEY.meta` (which file it belongs to, and when).

use std::{
    path::{Path, PathBuf},
    time::{Duration, UNIX_EPOCH},
};

use serde::{Deserialize, Serialize};

use super::{
    LoadError, Loaded, SaveError, load_any_path, load_path,
    write_file_atomically as write_atomically,
};
use crate::{
    model::{Cluster, Design},
    platform::{fs, process_exists, process_id},
};

/// What a recovery copy holds: the open design, or the open cluster file.
#[derive(Debug, Clone)]
pub enum Snapshot {
    Design(std::sync::Arc<Design>),
    Cluster(std::sync::Arc<Cluster>),
    Appraisal(std::sync::Arc<crate::model::Appraisal>),
}

impl Snapshot {
    /// The copy's text, once the reader has taken it back: a copy that would not open is not
    /// written, and the last good one stays.
    fn ron(&self) -> Result<String, String> {
        match self {
            Snapshot::Design(design) => super::design_text(design),
            Snapshot::Cluster(cluster) => super::cluster_text(cluster),
            Snapshot::Appraisal(appraisal) => super::appraisal_text(appraisal),
        }
    }
}

impl From<std::sync::Arc<Design>> for Snapshot {
    fn from(design: std::sync::Arc<Design>) -> Self {
        Snapshot::Design(design)
    }
}

pub use crate::platform::{DATA_DIR_ENV, data_dir};

/// Where recovery copies live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A recovery copy found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryEntry {
    pub key: String,
    /// The file the work belongs to; `None` for a design never saved.
    pub original: Option<PathBuf>,
    /// When the copy was written (seconds since 1970, UTC).
    pub saved_at: u64,
    pub design_path: PathBuf,
    /// The file was saved (by git, a sync client, another window) after this copy was written.
    pub file_is_newer: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    original: Option<String>,
    saved_at: u64,
    /// The process of the window that writes this copy: while it runs, the copy is its own,
    /// and no other window offers it (or deletes it).
    #[serde(default)]
    pid: Option<u32>,
}

impl RecoveryStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The user's data folder (or `$ICS_BOARD_DESIGNER_DATA_DIR`), `recovery` inside it.
    pub fn default_location() -> Option<Self> {
        Some(Self::new(data_dir()?.join("recovery")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of a design's copy: derived from its file and this window's process, or unique
    /// to this session when unsaved. Two windows on one file keep a copy each, and each removes
    /// only its own: a crash of one never loses its work to the other's save.
    pub fn key_for(path: Option<&Path>) -> String {
        match path {
            Some(path) => {
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                format!(
                    "file-{:016x}-{}",
                    fnv1a(absolute.to_string_lossy().as_bytes()),
                    process_id()
                )
            }
            None => format!(
                "unsaved-{}-{}",
                process_id(),
                now_unix_nanos() % 1_000_000_000_000
            ),
        }
    }

    /// Write (atomically) the recovery copy of a design.
    pub fn write(
        &self,
        key: &str,
        design: &Design,
        original: Option<&Path>,
    ) -> Result<(), SaveError> {
        self.write_text(key, &super::to_ron_string(design), original)
    }

    /// Write (atomically) the recovery copy of a design or a cluster.
    pub fn write_snapshot(
        &self,
        key: &str,
        snapshot: &Snapshot,
        original: Option<&Path>,
    ) -> Result<(), SaveError> {
        let text = snapshot.ron().map_err(|reason| SaveError {
            path: self.dir.join(format!("{key}.ron")).display().to_string(),
            reason,
        })?;
        self.write_text(key, &text, original)
    }

    fn write_text(&self, key: &str, text: &str, original: Option<&Path>) -> Result<(), SaveError> {
        fs::create_dir_all(&self.dir).map_err(|e| SaveError {
            path: self.dir.display().to_string(),
            reason: super::io_reason(&e),
        })?;
        write_atomically(&self.dir.join(format!("{key}.ron")), text.as_bytes())?;
        let meta = Meta {
            original: original.map(|p| {
                std::path::absolute(p)
                    .unwrap_or_else(|_| p.to_path_buf())
                    .to_string_lossy()
                    .into_owned()
            }),
            saved_at: now_unix_nanos() / 1_000_000_000,
            pid: Some(process_id()),
        };
        let text = ron::ser::to_string(&meta).unwrap_or_default();
        write_atomically(&self.dir.join(format!("{key}.meta")), text.as_bytes())
    }

    /// Whether the copy of `key` is on disk (both its design and its record).
    pub fn has(&self, key: &str) -> bool {
        ["ron", "meta"]
            .iter()
            .all(|ext| fs::is_file(&self.dir.join(format!("{key}.{ext}"))))
    }

    /// Remove a design's recovery copy (after a save, or when the user discards it).
    pub fn remove(&self, key: &str) {
        for ext in ["ron", "meta"] {
            fs::remove_file(&self.dir.join(format!("{key}.{ext}")));
        }
    }

    /// Recovery copies to offer: every copy whose window is no longer running, newest first.
    /// A copy another running window is writing is left alone; a copy older than its file is
    /// still offered (marked), since only the user may say it is not wanted. Unreadable
    /// leftovers are skipped.
    pub fn pending(&self) -> Vec<RecoveryEntry> {
        let mut found: Vec<RecoveryEntry> = fs::read_dir(&self.dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "meta"))
            .filter_map(|meta_path| {
                let key = meta_path.file_stem()?.to_string_lossy().into_owned();
                let meta = read_meta(&meta_path)?;
                let design_path = self.dir.join(format!("{key}.ron"));
                if !fs::is_file(&design_path) {
                    return None;
                }
                if meta
                    .pid
                    .is_some_and(|pid| pid != process_id() && process_exists(pid))
                {
                    // Another window is running and writes this copy: it is not lost work.
                    return None;
                }
                let original = meta.original.map(PathBuf::from);
                let file_is_newer = original
                    .as_deref()
                    .and_then(modified_unix)
                    .is_some_and(|m| m > meta.saved_at);
                Some(RecoveryEntry {
                    key,
                    original,
                    saved_at: meta.saved_at,
                    design_path,
                    file_is_newer,
                })
            })
            .collect();
        found.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(a.key.cmp(&b.key)));
        found
    }

    /// Read a recovery copy of a design through the normal (hostile-file-safe) loader.
    pub fn load(entry: &RecoveryEntry) -> Result<Design, LoadError> {
        load_path(&entry.design_path)
    }

    /// Read a recovery copy of either kind (a design or a cluster file).
    pub fn load_any(entry: &RecoveryEntry) -> Result<Loaded, LoadError> {
        load_any_path(&entry.design_path)
    }
}

fn read_meta(path: &Path) -> Option<Meta> {
    let bytes = fs::read(path, 64 * 1024).ok()?;
    if bytes.len() > 64 * 1024 {
        return None;
    }
    let text = String::from_utf8(bytes).ok()?;
    ron::Options::default()
        .with_recursion_limit(8)
        .from_str(&text)
        .ok()
}

fn modified_unix(path: &Path) -> Option<u64> {
    let modified = fs::modified(path)?;
    Some(modified.duration_since(UNIX_EPOCH).ok()?.as_secs())
}

fn now_unix_nanos() -> u64 {
    // web_time: std's clock on the desktop, the page's clock in a browser.
    web_time::SystemTime::now()
        .duration_since(web_time::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_nanos() as u64
}

/// FNV-1a: a stable, dependency-free hash for file keys (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// "14:05 on 2026-11-23" (UTC) for the recovery question.
pub fn describe_time(unix: u64) -> String {
    let unix = i64::try_from(unix).unwrap_or(0);
    let (local, zone) = if british_summer_time(unix) {
        (unix + 3600, "BST")
    } else {
        (unix, "GMT")
    };
    let secs = local.rem_euclid(86_400);
    let date = crate::model::IsoDate::from_days(local.div_euclid(86_400));
    format!(
        "{:02}:{:02} {zone} on {}",
        secs / 3600,
        (secs % 3600) / 60,
        date.long()
    )
}

/// Whether a moment (seconds since 1970, UTC) falls in British Summer Time: from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October. The people who use the
/// designer work in England, so a recovery copy's time is told in their clock's time.
fn british_summer_time(unix: i64) -> bool {
    let year = crate::model::IsoDate::from_days(unix.div_euclid(86_400)).year;
    let last_sunday = |month: u32| {
        let last = crate::model::IsoDate {
            year,
            month,
            day: 31,
        }
        .days();
        // 1 January 1970 (day 0) was a Thursday: Sunday is day 3 of that week.
        last - (last - 3).rem_euclid(7)
    };
    let start = last_sunday(3) * 86_400 + 3600;
    let end = last_sunday(10) * 86_400 + 3600;
    (start..end).contains(&unix)
}

/// What the panic hook writes if the process panics: the latest unsaved design.
struct PanicSnapshot {
    store: RecoveryStore,
    key: String,
    original: Option<PathBuf>,
    snapshot: Snapshot,
}

static PANIC_SNAPSHOT: std::sync::Mutex<Option<PanicSnapshot>> = std::sync::Mutex::new(None);

/// Record the design the panic hook should save (`None` when there is nothing unsaved).
pub fn set_panic_snapshot<S: Into<Snapshot>>(
    snapshot: Option<(RecoveryStore, String, Option<PathBuf>, S)>,
) {
    if let Ok(mut slot) = PANIC_SNAPSHOT.lock() {
        *slot = snapshot.map(|(store, key, original, design)| PanicSnapshot {
            store,
            key,
            original,
            snapshot: design.into(),
        });
    }
}

/// Install a panic hook that writes the recovery copy before the process ends, then runs the
/// previous hook (which prints the message).
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // try_lock: a panic while the snapshot is being replaced must not deadlock.
        if let Ok(slot) = PANIC_SNAPSHOT.try_lock()
            && let Some(snapshot) = slot.as_ref()
        {
            let _ = snapshot.store.write_snapshot(
                &snapshot.key,
                &snapshot.snapshot,
                snapshot.original.as_deref(),
            );
        }
        previous(info);
    }));
}

#[cfg(test)]
mod tests;
