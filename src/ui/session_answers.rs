//! The session's answers to its dialogs: unsaved changes, a file changed on disk, reload,
//! recovery, an import previewed, and a path typed where there is no file dialog.

use std::path::PathBuf;

use super::{
    action::{ChangedAnswer, DialogAnswer, PendingAction, RecoverAnswer, UnsavedAnswer},
    apply::Session,
    dialogs::Dialog,
    files::typed_path,
    view::Selection,
};
use crate::io;

impl Session {
    /// Carry out a dialog's answer; close the window when the answer allowed it.
    pub(super) fn answer(&mut self, answer: DialogAnswer, ctx: &egui::Context) {
        self.dialog = None;
        let closing = match answer {
            DialogAnswer::Dismiss => false,
            DialogAnswer::ChangedOnDisk(answer, then) => {
                let closing = then.as_ref().is_some_and(PendingAction::closes);
                let saved = match (answer, self.workspace.path.clone()) {
                    (ChangedAnswer::Overwrite, Some(path)) => self.save_to(&path),
                    (ChangedAnswer::SaveAs, _) => self.save_as(),
                    _ => false,
                };
                if saved && let Some(action) = then {
                    self.perform(action);
                }
                closing && saved
            }
            DialogAnswer::Reload(true) => {
                if let Some(path) = self.workspace.path.clone() {
                    self.open_path(&path);
                }
                false
            }
            DialogAnswer::Reload(false) => {
                self.workspace.kept_over =
                    self.workspace.path.as_deref().and_then(io::Fingerprint::of);
                "Kept this version; saving will ask before it overwrites the file"
                    .clone_into(&mut self.view.status);
                false
            }
            DialogAnswer::Import {
                command,
                people,
                from,
            } => {
                self.apply_all(vec![super::action::Action::edit(*command)], ctx);
                self.view.status = format!(
                    "Imported {} from {from} (Ctrl+Z undoes the whole import)",
                    super::import_preview::people_phrase(people)
                );
                false
            }
            DialogAnswer::Recover(entry, RecoverAnswer::Recover) => {
                let outcome = self.workspace.recover(entry);
                if self.show(outcome) {
                    self.view.selection = Selection::None;
                }
                self.offer_next_recovery();
                false
            }
            DialogAnswer::Recover(entry, RecoverAnswer::Discard) => {
                self.workspace.autosave.discard(&entry);
                self.offer_next_recovery();
                false
            }
            DialogAnswer::Unsaved(action, answer) => {
                let closing = action.closes();
                match answer {
                    UnsavedAnswer::Cancel => {}
                    UnsavedAnswer::DontSave => {
                        let serial = self.workspace.state_serial();
                        self.workspace.autosave.abandon(serial);
                        self.perform(action);
                    }
                    UnsavedAnswer::Save => {
                        if self.save() {
                            self.perform(action);
                        } else if let Some(
                            Dialog::TypePath { then, .. }
                            | Dialog::ChangedOnDisk { then }
                            | Dialog::ConfirmRecoveredPath { then },
                        ) = &mut self.dialog
                        {
                            // The action follows once the design is saved (to a typed path, or
                            // over a file another program changed).
                            *then = Some(action);
                        }
                    }
                }
                closing
            }
            DialogAnswer::TypedPath {
                purpose,
                text,
                then,
            } => {
                let closing = then.as_ref().is_some_and(PendingAction::closes);
                let paths: Vec<PathBuf> = if purpose.many() {
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(typed_path)
                        .collect()
                } else {
                    vec![typed_path(&text)]
                };
                self.carry_on(purpose, &paths, then);
                closing
            }
        };
        if closing && self.close_allowed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
