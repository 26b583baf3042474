//! Autosave and recovery: a recovery copy every 30 s (and when the window loses focus) while
//! there are unsaved changes, and the copies found at start, offered one at a time.

use std::{path::Path, time::Duration};

use web_time::Instant;

use crate::io::recovery::{RecoveryEntry, RecoveryStore, Snapshot, set_panic_snapshot};

/// Environment variable to shorten the autosave interval (seconds), for tests.
pub const AUTOSAVE_SECS_ENV: &str = "ICS_BOARD_DESIGNER_AUTOSAVE_SECS";

/// The open document's autosave state.
pub struct Autosave {
    store: Option<RecoveryStore>,
    pub key: String,
    interval: Duration,
    last_write: Option<Instant>,
    /// The document state last written, so an unchanged design is not written again.
    written_serial: Option<u64>,
    /// Copies found at start, offered one at a time.
    pending: Vec<RecoveryEntry>,
    /// The state the person chose not to keep ("Don't save"): no copy of it is written, even
    /// in the frames before the window closes.
    abandoned: Option<u64>,
}

impl Autosave {
    pub fn new(store: Option<RecoveryStore>) -> Self {
        let interval = std::env::var(AUTOSAVE_SECS_ENV)
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|s| *s > 0.0)
            .map_or(Duration::from_secs(30), Duration::from_secs_f64);
        Self {
            store,
            key: RecoveryStore::key_for(None),
            interval,
            last_write: None,
            written_serial: None,
            pending: Vec::new(),
            abandoned: None,
        }
    }

    /// Use `store` for copies of the design at `path`, and keep the copies found there to offer.
    pub fn use_store(&mut self, store: RecoveryStore, path: Option<&Path>) {
        self.pending = store.pending();
        self.store = Some(store);
        self.reset_key(path);
    }

    /// The next copy found at start, to offer.
    pub fn next_pending(&mut self) -> Option<RecoveryEntry> {
        (!self.pending.is_empty()).then(|| self.pending.remove(0))
    }

    /// The open design's file changed (new, open, save as): later copies use its new key.
    pub fn reset_key(&mut self, path: Option<&Path>) {
        self.key = RecoveryStore::key_for(path);
        self.written_serial = None;
        self.abandoned = None;
    }

    /// The person chose not to keep the work at `serial` ("Don't save"): remove its copy, and
    /// write none of that state again.
    pub fn abandon(&mut self, serial: u64) {
        self.forget();
        self.abandoned = Some(serial);
    }

    /// Remove the copy of the open design (after a save or a discard).
    pub fn forget(&mut self) {
        if let Some(store) = &self.store {
            store.remove(&self.key);
        }
        self.written_serial = None;
        set_panic_snapshot::<Snapshot>(None);
    }

    /// Remove a copy found at start (the user discarded it).
    pub fn discard(&self, entry: &RecoveryEntry) {
        if let Some(store) = &self.store {
            store.remove(&entry.key);
        }
    }

    /// Write the copy when due (or at once when the window has lost focus) and keep the panic
    /// hook's snapshot current. `state` is the open file's state serial, when it has unsaved
    /// changes, and its snapshot. Says when a copy could not be written (never a dialog in the
    /// middle of a workshop), and when to wake for the next one.
    pub fn tick(
        &mut self,
        state: Option<(u64, Snapshot)>,
        path: Option<&Path>,
        focus_lost: bool,
    ) -> Tick {
        let (Some(store), Some((serial, snapshot))) = (self.store.clone(), state) else {
            return Tick::default();
        };
        if self.abandoned == Some(serial) {
            return Tick::default();
        }
        set_panic_snapshot(Some((
            store.clone(),
            self.key.clone(),
            path.map(Path::to_path_buf),
            snapshot.clone(),
        )));
        let since = self.last_write.map(|t| t.elapsed());
        let due = since.is_none_or(|s| s >= self.interval);
        // Written already: nothing to do, and the store is not looked at every frame (on a
        // roaming profile it may be a network share). When a copy falls due, a copy someone
        // deleted is written again.
        if self.written_serial == Some(serial) && (!(focus_lost || due) || store.has(&self.key)) {
            return Tick::default();
        }
        if focus_lost || due {
            self.last_write = Some(Instant::now());
            match store.write_snapshot(&self.key, &snapshot, path) {
                Ok(()) => self.written_serial = Some(serial),
                Err(error) => {
                    return Tick {
                        message: Some(format!("Recovery copy not written: {error}")),
                        wake_in: None,
                    };
                }
            }
            Tick::default()
        } else {
            // Not continuous repainting: one wake-up when the copy falls due.
            Tick {
                message: None,
                wake_in: since.map(|since| self.interval.saturating_sub(since)),
            }
        }
    }
}

/// What one autosave tick has to tell the window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    /// A copy could not be written, in words for the status line.
    pub message: Option<String>,
    /// Wake the window then, for the next copy.
    pub wake_in: Option<Duration>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Design;

    #[test]
    fn work_the_person_chose_not_to_save_is_never_copied_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let mut autosave = Autosave::new(None);
        autosave.use_store(store.clone(), None);
        let snapshot = || Snapshot::Design(std::sync::Arc::new(Design::default()));
        autosave.tick(Some((3, snapshot())), None, true);
        assert!(store.has(&autosave.key), "unsaved work is copied");
        autosave.abandon(3);
        assert!(!store.has(&autosave.key), "Don't save removes the copy");
        // The frames before the window closes, even with the focus lost, write nothing.
        autosave.tick(Some((3, snapshot())), None, true);
        assert!(!store.has(&autosave.key));
        // A later edit is new work, and is copied.
        autosave.tick(Some((4, snapshot())), None, true);
        assert!(store.has(&autosave.key));
    }

    #[test]
    fn a_copy_deleted_behind_its_back_is_written_again_when_due_not_looked_for_every_frame() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let mut autosave = Autosave::new(None);
        autosave.interval = Duration::from_hours(1);
        autosave.use_store(store.clone(), None);
        let snapshot = || Snapshot::Design(std::sync::Arc::new(Design::default()));
        autosave.tick(Some((7, snapshot())), None, false);
        assert!(store.has(&autosave.key), "the first copy is due at once");
        store.remove(&autosave.key);
        // The frames that follow, before the next copy is due, write nothing.
        autosave.tick(Some((7, snapshot())), None, false);
        assert!(!store.has(&autosave.key));
        // The window losing focus makes a copy due: it is there again.
        autosave.tick(Some((7, snapshot())), None, true);
        assert!(store.has(&autosave.key));
    }
}
