//! The one function that writes files (save, export, recovery copies), safely:
//!
//! - it refuses a target that is not a regular file (a device, a pipe, a folder);
//! - it writes through a symbolic link to the link's target, so the link stays a link;
//! - it writes a temporary file beside the target, syncs it, and renames it over the target, so
//!   a crash or a full disk leaves the old file whole;
//! - a file with other names (hard links) is written in place instead, so that every name sees
//!   the new content: the new bytes are staged and synced first, and the old content is put
//!   back if writing fails;
//! - the new file keeps the old file's permissions (a private 0600 file stays private) and, where
//!   the system allows, its owner;
//! - on Windows, where a file that another program holds open (OneDrive syncing it, Word, a
//!   virus scan) cannot be replaced, it tries again for about two seconds, then says so; the old
//!   file is never lost;
//! - temporary names are short (a 250-character file name still saves), and leftovers of
//!   earlier runs that were killed are removed before writing.

use std::{
    io::Write,
    path::{Path, PathBuf},
    sync::atomic::{AtomicU32, Ordering},
};

use super::{SaveError, io_reason};
use crate::platform::{process_exists, process_id};

/// Temporary files are `.ics-PID-N.tmp` beside the target.
const TEMP_PREFIX: &str = ".ics-";
const TEMP_SUFFIX: &str = ".tmp";

/// Write `bytes` to `path` atomically (see the module's comment).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let fail = |reason: &str| SaveError {
        path: path.display().to_string(),
        reason: reason.to_owned(),
    };
    if path
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator)
    {
        return Err(fail(&format!(
            "the name ends with '{}', so it names a folder; give a file name",
            std::path::MAIN_SEPARATOR
        )));
    }
    // In a browser, files are the page's own and a write is a download (platform::fs).
    if let Some(written) = crate::platform::fs::write_elsewhere(path, bytes) {
        return written.map_err(|reason| fail(&reason));
    }
    let target = resolve_links(path).map_err(|reason| fail(&reason))?;
    let existing = std::fs::metadata(&target).ok();
    if let Some(metadata) = &existing {
        if metadata.is_dir() {
            return Err(fail("it is a folder, not a file"));
        }
        if !metadata.is_file() {
            return Err(fail(
                "it is not a regular file (a device, a pipe or a socket), so it is not replaced",
            ));
        }
        if metadata.permissions().readonly() {
            return Err(fail("the file is read-only"));
        }
    }
    let folder = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if folder.exists() && !folder.is_dir() {
        return Err(fail(&format!(
            "{} is a file, not a folder",
            folder.display()
        )));
    }
    if !folder.is_dir() {
        return Err(fail(&format!(
            "the folder {} does not exist",
            folder.display()
        )));
    }
    remove_leftovers(&folder);
    if existing.as_ref().is_some_and(is_hard_linked) {
        return write_in_place(&target, &folder, bytes).map_err(|reason| fail(&reason));
    }
    let temp = folder.join(temp_name());
    let result = (|| {
        write_new_synced(&temp, bytes, existing.as_ref())?;
        replace_waiting(&temp, &target)?;
        // Make the rename itself durable where the platform allows (best effort).
        if let Ok(dir) = std::fs::File::open(&folder) {
            let _ = dir.sync_all();
        }
        Ok::<(), std::io::Error>(())
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        fail(&save_reason(&e))
    })
}

/// How long saving waits, one pause after another, for another program to let go of the file:
/// 2.15 seconds in all.
const HELD_WAITS_MS: [u64; 6] = [50, 100, 200, 400, 600, 800];

/// Rename `temp` over `target`, trying again while another program holds the target open.
fn replace_waiting(temp: &Path, target: &Path) -> std::io::Result<()> {
    retry_while_held(
        || std::fs::rename(temp, target),
        crate::platform::held_by_another_program,
        &HELD_WAITS_MS,
        |ms| std::thread::sleep(std::time::Duration::from_millis(ms)),
    )
}

/// Run `op`; while it fails because the file is `held`, pause for each of `waits` in turn and
/// run it again. The last failure is returned as it is.
fn retry_while_held<T>(
    mut op: impl FnMut() -> std::io::Result<T>,
    held: impl Fn(&std::io::Error) -> bool,
    waits: &[u64],
    mut pause: impl FnMut(u64),
) -> std::io::Result<T> {
    for &ms in waits {
        match op() {
            Err(error) if held(&error) => pause(ms),
            done => return done,
        }
    }
    op()
}

/// Why a save failed, in a person's words.
fn save_reason(error: &std::io::Error) -> String {
    if crate::platform::held_by_another_program(error) {
        held_reason(error)
    } else {
        io_reason(error)
    }
}

/// The file stayed held (or access was denied) after waiting.
fn held_reason(error: &std::io::Error) -> String {
    format!(
        "another program has the file open, or it may not be changed ({error}). OneDrive or \
         another sync client, Word or Excel, or a virus scan often holds a file for a moment: \
         close the file there, or wait, then save again. The file on disk is as it was, and \
         your work is still in the window"
    )
}

/// Create `path` (it must not exist), write `bytes` to it and sync it; it takes `old`'s mode
/// and owner when given.
fn write_new_synced(
    path: &Path,
    bytes: &[u8],
    old: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    if let Some(metadata) = old {
        keep_owner_and_mode(&file, metadata);
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Whether the file has other names (hard links): renaming a new file over it would leave
/// them with the old content.
fn is_hard_linked(metadata: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        metadata.nlink() > 1
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        false
    }
}

/// Write a hard-linked file in place, so every name of it sees the new content. The new bytes
/// are first written and synced to a temporary file (so a full disk is found before the file
/// is touched); if writing in place then fails, the old content is put back.
fn write_in_place(target: &Path, folder: &Path, bytes: &[u8]) -> Result<(), String> {
    let old = std::fs::read(target).map_err(|e| io_reason(&e))?;
    let temp = folder.join(temp_name());
    if let Err(e) = write_new_synced(&temp, bytes, None) {
        let _ = std::fs::remove_file(&temp);
        return Err(io_reason(&e));
    }
    let overwrite = |content: &[u8]| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(target)?;
        file.write_all(content)?;
        file.sync_all()
    };
    let result = overwrite(bytes).map_err(|e| {
        let put_back = overwrite(&old).is_ok();
        format!(
            "{} (the file has other names, so it is written in place; {})",
            io_reason(&e),
            if put_back {
                "its old content was put back"
            } else {
                "its old content could not be put back"
            }
        )
    });
    let _ = std::fs::remove_file(&temp);
    result
}

/// The file a path names, through any symbolic links (a dangling link names where it points).
fn resolve_links(path: &Path) -> Result<PathBuf, String> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&current).map_err(|e| io_reason(&e))?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err("too many levels of symbolic links".to_owned())
}

/// The temporary file takes the old file's permissions and (when allowed) its owner.
fn keep_owner_and_mode(file: &std::fs::File, old: &std::fs::Metadata) {
    let _ = file.set_permissions(old.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file away; for anyone else the owner is already theirs.
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
}

/// A short name, unique within this process and across processes: `.ics-PID-N.tmp`.
fn temp_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{TEMP_PREFIX}{}-{n}{TEMP_SUFFIX}", process_id())
}

/// Remove temporary files in `folder` left by a run of this program that no longer exists
/// (killed while saving). Files of running processes, and anything else, are left alone.
fn remove_leftovers(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(TEMP_PREFIX))
            .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
            .and_then(|n| n.split_once('-'))
            .and_then(|(pid, n)| n.parse::<u32>().ok().and(pid.parse::<u32>().ok()))
        else {
            continue;
        };
        if pid != process_id() && !process_exists(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether two paths name the same file (same device and inode), through links.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests;
