//! What a file on disk was when the window last read or wrote it, to notice when another
//! program (git, a sync client, a second window) has changed it since.

use std::{
    hash::{Hash, Hasher},
    path::Path,
    time::SystemTime,
};

/// A file's modification time, size and a hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub modified: Option<SystemTime>,
    pub len: u64,
    pub hash: u64,
}

impl Fingerprint {
    /// The file as it is now; `None` when it cannot be read (gone, say).
    pub fn of(path: &Path) -> Option<Fingerprint> {
        let bytes = crate::platform::fs::read(path, super::MAX_FILE_BYTES as u64).ok()?;
        Some(Self::of_bytes(crate::platform::fs::modified(path), &bytes))
    }

    fn of_bytes(modified: Option<SystemTime>, bytes: &[u8]) -> Fingerprint {
        // The same hash in every run (no random keys): two fingerprints of equal bytes match.
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Fingerprint {
            modified,
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// Whether the file now differs from this fingerprint: other bytes, or (with the same
    /// bytes) nothing at all to compare. A file rewritten with the same bytes has not changed.
    pub fn changed(&self, path: &Path) -> bool {
        Fingerprint::of(path).is_some_and(|now| !self.same_bytes(&now))
    }

    /// Whether two fingerprints are of the same bytes (whenever they were written).
    pub fn same_bytes(&self, other: &Fingerprint) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_by_another_program_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("d.ron");
        std::fs::write(&file, "one").unwrap();
        let seen = Fingerprint::of(&file).unwrap();
        assert!(!seen.changed(&file));
        std::fs::write(&file, "one").unwrap();
        assert!(!seen.changed(&file), "the same bytes again are no change");
        std::fs::write(&file, "two").unwrap();
        assert!(seen.changed(&file));
        std::fs::remove_file(&file).unwrap();
        assert!(
            !seen.changed(&file),
            "a file that is gone is saved afresh, not a conflict"
        );
    }
}
