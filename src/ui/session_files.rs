//! The session's file actions and dialog answers: New, Open, Save, Save As, Export and Compare,
//! the unsaved-changes guard, typed paths where there is no file dialog, and recovery.

use std::path::PathBuf;

use super::{
    action::{FileAction, PathPurpose, PendingAction},
    apply::Session,
    dialogs::Dialog,
    files::file_stem_for,
    view::{Selection, Tab},
    workspace::Outcome,
};
use crate::{io, model::Design};

impl Session {
    /// Say what happened in the status line, or show the dialog that says why not; true when
    /// it worked.
    pub(super) fn show(&mut self, outcome: Outcome) -> bool {
        match outcome {
            Ok(status) => {
                self.view.status = status;
                true
            }
            Err(refusal) => {
                self.dialog = Some(Dialog::error(&refusal.title, refusal.message));
                false
            }
        }
    }

    pub(super) fn file(&mut self, action: FileAction) {
        match action {
            FileAction::Request(pending) => self.request(pending),
            FileAction::Save => {
                self.save();
            }
            FileAction::SaveAs => {
                self.save_as();
            }
            FileAction::Export(format) => {
                let extension = format.extension();
                let suggested = format!("{}.{extension}", file_stem_for(self.workspace.name()));
                let filter_extension = extension.rsplit('.').next().unwrap_or(extension);
                if let Some(path) = self.pick_save_or_ask(
                    &suggested,
                    (format.name(), filter_extension),
                    PathPurpose::Export(format),
                ) {
                    let outcome = self.workspace.export_to(format, &path);
                    self.show(outcome);
                }
            }
            FileAction::Compare => {
                if let Some(path) = self.pick_open_or_ask(PathPurpose::Compare) {
                    self.compare_with(&path);
                }
            }
            FileAction::AddOptions => self.pick_many(PathPurpose::AddOptions),
            FileAction::ImportPeople => {
                if let Some(path) = self.pick_open_or_ask(PathPurpose::ImportPeople) {
                    self.import_people(&path);
                }
            }
        }
    }

    /// Read a roster and preview what importing it would do; nothing changes until applied.
    pub fn import_people(&mut self, path: &std::path::Path) {
        let from = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.dialog = Some(match io::roster::read_roster(path) {
            Ok(rows) => Dialog::ImportPreview {
                plan: Box::new(crate::model::import::plan_import(
                    self.workspace.design(),
                    &rows,
                )),
                from,
            },
            Err(error) => Dialog::error(
                "The roster could not be read",
                format!("{}: {error}", path.display()),
            ),
        });
    }

    /// Do `action` now, or first ask Save / Don't save / Cancel when it would lose changes.
    pub fn request(&mut self, action: PendingAction) {
        // With an appraisal behind the open option, go back to it first: then its own
        // unsaved changes are asked about too.
        let action = match action {
            PendingAction::BackToAppraisal(_) => action,
            other if self.workspace.has_behind() => {
                PendingAction::BackToAppraisal(Some(Box::new(other)))
            }
            other => other,
        };
        let returns =
            matches!(action, PendingAction::BackToAppraisal(_)) && self.workspace.returns_changes();
        if self.workspace.is_dirty() && !returns {
            self.dialog = Some(Dialog::UnsavedChanges(action));
        } else {
            self.perform(action);
        }
    }

    pub(super) fn perform(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => {
                self.replace(Design::default(), None);
                "New design".clone_into(&mut self.view.status);
            }
            PendingAction::NewFromTemplate(index) => {
                if let Some(template) = io::templates::TEMPLATES.get(index) {
                    match template.load() {
                        Ok(mut design) => {
                            // A team starting today wants today's rules.
                            crate::model::NEW_DESIGN_RULE_PACK.clone_into(&mut design.rule_pack);
                            self.replace(design, None);
                            self.view.status = format!("New design from \"{}\"", template.name);
                        }
                        Err(error) => {
                            self.dialog = Some(Dialog::error(
                                "The template could not be opened",
                                error.to_string(),
                            ));
                        }
                    }
                }
            }
            PendingAction::Open(Some(path)) => self.open_path(&path),
            PendingAction::Open(None) => {
                if let Some(path) = self.pick_open_or_ask(PathPurpose::Open) {
                    self.open_path(&path);
                }
            }
            PendingAction::NewCluster(paths) if paths.is_empty() => {
                self.pick_many(PathPurpose::NewCluster);
            }
            PendingAction::NewCluster(paths) => self.new_cluster_from(&paths),
            PendingAction::NewAppraisal(paths) if paths.is_empty() => {
                self.pick_many(PathPurpose::NewAppraisal);
            }
            PendingAction::NewAppraisal(paths) => self.new_appraisal_from(&paths),
            PendingAction::BackToAppraisal(then) => {
                let outcome = self.workspace.back_to_appraisal();
                self.view.selection = Selection::None;
                self.view.tab = Tab::Board;
                if self.show(outcome)
                    && let Some(then) = then
                {
                    self.request(*then);
                }
            }
            PendingAction::Close => self.close_allowed = true,
        }
    }

    /// Ask for several files (or for them typed, one a line) and carry on with them.
    fn pick_many(&mut self, purpose: PathPurpose) {
        self.chooser.start_in(self.design_folder());
        self.waiting_for = Some(purpose);
        let picked = self.chooser.pick_open_many(&purpose.wanted());
        if picked.is_empty() && !self.chooser.available() {
            self.dialog = Some(Dialog::TypePath {
                purpose,
                text: String::new(),
                then: None,
            });
        } else if !picked.is_empty() {
            self.carry_on(purpose, &picked, None);
        }
    }

    pub(super) fn replace(&mut self, design: Design, path: Option<PathBuf>) {
        self.workspace.replace(design, path);
        self.view.selection = Selection::None;
    }

    /// Add a path to the recent files (most recent first, at most 8).
    /// Recent files are kept as absolute paths, so they work from any folder the app starts in.
    fn remember(&mut self, path: &std::path::Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(8);
    }

    /// Open a design file, replacing the open design only if the file loads.
    pub fn open_path(&mut self, path: &std::path::Path) {
        let outcome = self.workspace.open(path);
        if self.show(outcome) {
            self.view.selection = Selection::None;
            self.remember(path);
        }
    }

    pub fn compare_with(&mut self, path: &std::path::Path) {
        let outcome = self.workspace.compare_with(path);
        if self.show(outcome) {
            self.view.tab = Tab::Compare;
        }
    }

    /// Save to the current file, or ask where when there is none. True when saved.
    pub fn save(&mut self) -> bool {
        match self.workspace.path.clone() {
            // A path from a recovery record is written only once the person agrees.
            Some(_) if self.workspace.path_unconfirmed => {
                self.dialog = Some(Dialog::ConfirmRecoveredPath { then: None });
                false
            }
            // Never silently over another program's changes: ask first.
            Some(_) if self.workspace.changed_on_disk() => {
                self.dialog = Some(Dialog::ChangedOnDisk { then: None });
                false
            }
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        }
    }

    /// Offer to reload the open file when another program has changed it (the window calls
    /// this when it gains focus); nothing when no dialog can be shown or nothing changed.
    pub fn check_disk(&mut self) {
        if self.dialog.is_none() && self.workspace.offer_reload() {
            self.dialog = Some(Dialog::Reload);
        }
    }

    /// Ask where to save, then save there. True when saved.
    pub fn save_as(&mut self) -> bool {
        let suggested = format!("{}.ron", file_stem_for(self.workspace.name()));
        match self.pick_save_or_ask(&suggested, ("ICS board design", "ron"), PathPurpose::SaveAs) {
            Some(path) => self.save_to(&path),
            None => false,
        }
    }

    pub(super) fn save_to(&mut self, path: &std::path::Path) -> bool {
        let outcome = self.workspace.save_to(path.to_path_buf());
        let saved = self.show(outcome);
        if saved {
            self.remember(path);
        }
        saved
    }

    /// The open design's folder, where file dialogs start.
    fn design_folder(&self) -> Option<PathBuf> {
        let path = self.workspace.path.as_deref()?;
        let absolute = std::path::absolute(path).ok()?;
        absolute.parent().map(std::path::Path::to_path_buf)
    }

    /// Ask for a file to read; with no file dialog on the system, ask for a typed path instead.
    fn pick_open_or_ask(&mut self, purpose: PathPurpose) -> Option<PathBuf> {
        self.chooser.start_in(self.design_folder());
        // A browser's picker answers later: the files then go where they were asked for.
        self.waiting_for = Some(purpose);
        let picked = self.chooser.pick_open(&purpose.wanted());
        self.answered_now(picked.is_some());
        if picked.is_none() && !self.chooser.available() {
            self.dialog = Some(Dialog::TypePath {
                purpose,
                text: String::new(),
                then: None,
            });
        }
        picked
    }

    fn pick_save_or_ask(
        &mut self,
        suggested: &str,
        filter: (&str, &str),
        purpose: PathPurpose,
    ) -> Option<PathBuf> {
        self.chooser.start_in(self.design_folder());
        self.waiting_for = Some(purpose);
        let picked = self.chooser.pick_save(suggested, filter);
        self.answered_now(picked.is_some());
        if picked.is_none() && !self.chooser.available() {
            let folder = self
                .workspace
                .path
                .as_deref()
                .and_then(std::path::Path::parent)
                .map(std::path::Path::to_path_buf)
                .or_else(|| std::env::current_dir().ok())
                .unwrap_or_default();
            self.dialog = Some(Dialog::TypePath {
                purpose,
                text: folder.join(suggested).display().to_string(),
                then: None,
            });
        }
        picked
    }

    /// Offer the next recovery copy found at start, when no other dialog is open.
    pub fn offer_next_recovery(&mut self) {
        if self.dialog.is_none()
            && let Some(entry) = self.workspace.autosave.next_pending()
        {
            self.dialog = Some(Dialog::Recover(entry));
        }
    }
}
