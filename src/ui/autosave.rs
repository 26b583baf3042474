//! Autosave and recovery in the window: a recovery copy every 30 s (and when the window loses
//! focus) while there are unsaved changes, and the offer to recover at the next start.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use super::app::{DesignerApp, Dialog};
use crate::io::recovery::{RecoveryEntry, RecoveryStore, describe_time, set_panic_snapshot};

/// Environment variable to shorten the autosave interval (seconds), for tests.
pub const AUTOSAVE_SECS_ENV: &str = "ICS_BOARD_DESIGNER_AUTOSAVE_SECS";

/// The window's autosave state.
pub struct Autosave {
    pub(crate) store: Option<RecoveryStore>,
    pub(crate) key: String,
    interval: Duration,
    last_write: Option<Instant>,
    /// The document state last written, so an unchanged design is not written again.
    written_serial: Option<u64>,
    /// Copies found at start, offered one at a time.
    pub(crate) pending: Vec<RecoveryEntry>,
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
        }
    }
}

/// Which recovery answer the user gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecoverAnswer {
    Recover,
    Discard,
}

impl DesignerApp {
    /// Use `store` for recovery copies and offer any found there.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        self.autosave.pending = store.pending();
        self.autosave.store = Some(store);
        self.autosave.key = RecoveryStore::key_for(self.path.as_deref());
        self.offer_next_recovery();
        self
    }

    fn offer_next_recovery(&mut self) {
        if self.dialog.is_none() && !self.autosave.pending.is_empty() {
            let entry = self.autosave.pending.remove(0);
            self.dialog = Some(Dialog::Recover(entry));
        }
    }

    /// The open design's file changed (new, open, save as): later copies use its new key.
    pub(crate) fn reset_recovery_key(&mut self) {
        self.autosave.key = RecoveryStore::key_for(self.path.as_deref());
        self.autosave.written_serial = None;
    }

    /// Remove the recovery copy of the open design (after a save or a discard).
    pub(crate) fn forget_recovery_copy(&mut self) {
        if let Some(store) = &self.autosave.store {
            store.remove(&self.autosave.key);
        }
        self.autosave.written_serial = None;
        set_panic_snapshot(None);
    }

    pub(crate) fn answer_recovery(&mut self, entry: RecoveryEntry, answer: RecoverAnswer) {
        self.dialog = None;
        match answer {
            RecoverAnswer::Recover => match RecoveryStore::load(&entry) {
                Ok(design) => {
                    self.replace_design(design, entry.original.clone());
                    self.doc.mark_unsaved();
                    self.autosave.key = entry.key;
                    self.status = format!("Recovered work from {}", describe_time(entry.saved_at));
                }
                Err(error) => {
                    self.dialog = Some(Dialog::Error {
                        title: "The recovery copy could not be read".to_owned(),
                        message: error.to_string(),
                    });
                }
            },
            RecoverAnswer::Discard => {
                if let Some(store) = &self.autosave.store {
                    store.remove(&entry.key);
                }
            }
        }
        self.offer_next_recovery();
    }

    /// Write the recovery copy when due; keep the panic hook's snapshot current.
    pub(crate) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(store) = self.autosave.store.clone() else {
            return;
        };
        if !self.is_dirty() {
            return;
        }
        let serial = self.doc.state_serial();
        set_panic_snapshot(Some((
            store.clone(),
            self.autosave.key.clone(),
            self.path.clone(),
            self.doc.shared(),
        )));
        if self.autosave.written_serial == Some(serial) {
            return;
        }
        let focus_lost = ctx.input(|i| i.viewport().focused == Some(false));
        let since = self.autosave.last_write.map(|t| t.elapsed());
        let due = since.is_none_or(|s| s >= self.autosave.interval);
        if focus_lost || due {
            self.write_recovery_copy(&store);
        } else if let Some(since) = since {
            // Not continuous repainting: one wake-up when the copy falls due.
            ctx.request_repaint_after(self.autosave.interval.saturating_sub(since));
        }
    }

    fn write_recovery_copy(&mut self, store: &RecoveryStore) {
        let design = Arc::clone(&self.doc.shared());
        match store.write(&self.autosave.key, &design, self.path.as_deref()) {
            Ok(()) => {
                self.autosave.written_serial = Some(self.doc.state_serial());
            }
            // Never interrupt the workshop with a dialog for a background copy; say it quietly.
            Err(error) => self.status = format!("Recovery copy not written: {error}"),
        }
        self.autosave.last_write = Some(Instant::now());
    }
}

/// The recovery question.
pub(crate) fn recovery_dialog_ui(app: &mut DesignerApp, ctx: &egui::Context, entry: RecoveryEntry) {
    let what = entry.original.as_ref().map_or_else(
        || "a design that was never saved".to_owned(),
        |p| p.display().to_string(),
    );
    let modal = egui::Modal::new(egui::Id::unique("recover_dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(format!(
            "Recover unsaved work from {}?",
            describe_time(entry.saved_at)
        ));
        ui.add_space(8.0);
        ui.label(format!(
            "The designer closed before this work was saved ({what})."
        ));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button("Recover").clicked() {
                return Some(RecoverAnswer::Recover);
            }
            if ui.button("Discard").clicked() {
                return Some(RecoverAnswer::Discard);
            }
            None
        })
        .inner
    });
    if let Some(answer) = modal.inner {
        app.answer_recovery(entry, answer);
    }
}
