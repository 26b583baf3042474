//! Files on the desktop: the real file system.

use std::{
    io::Read,
    path::{Path, PathBuf},
    time::SystemTime,
};

/// Read a whole file, or its first `limit + 1` bytes when it is longer (the caller refuses it).
pub fn read(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// On the desktop every write goes to the disk (`io::write`), so nothing is written elsewhere.
pub fn write_elsewhere(_path: &Path, _bytes: &[u8]) -> Option<Result<(), String>> {
    None
}

/// When the file was last changed.
pub fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).ok()?.modified().ok()
}

pub fn is_file(path: &Path) -> bool {
    path.is_file()
}

/// The paths in a folder (none when it cannot be read).
pub fn read_dir(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default()
}

pub fn remove_file(path: &Path) {
    let _ = std::fs::remove_file(path);
}

pub fn create_dir_all(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)
}

/// Files dropped on the window: on the desktop, the files themselves.
pub fn dropped_files(dropped: &[egui::DroppedFileHandle]) -> Vec<PathBuf> {
    dropped
        .iter()
        .map(|file| file.path().to_path_buf())
        .collect()
}

/// Saving writes the file itself.
pub fn saves_in_place(_path: Option<&Path>) -> bool {
    true
}
