//! Files that arrive rather than being asked for in the same frame: picked in a browser's file
//! picker (which answers later), dropped on the window or the page, or typed where there is no
//! dialog. Each goes where it was asked for; a file nobody asked for opens as its kind says.

use std::path::{Path, PathBuf};

use super::{
    action::{PathPurpose, PendingAction},
    apply::Session,
    dialogs::Dialog,
};

/// The extensions of the rosters that Import people reads.
const ROSTER_EXTENSIONS: [&str; 3] = ["csv", "xlsx", "ods"];

impl Session {
    /// Carry on with files picked, dropped, or failing that, notices from the platform.
    pub(super) fn take_given_files(&mut self, dropped: &[egui::DroppedFileHandle]) {
        while let Some(paths) = self.chooser.picked_later() {
            match self.waiting_for.take() {
                // Cancelled: nothing to do.
                _ if paths.is_empty() => {}
                Some(purpose) => self.carry_on(purpose, &paths, None),
                None => self.open_given(&paths),
            }
        }
        let dropped = crate::platform::fs::dropped_files(dropped);
        if !dropped.is_empty() {
            self.open_given(&dropped);
        }
        // Taken only when they can be shown: a dialog already open keeps them waiting.
        let notices = if self.dialog.is_none() {
            crate::platform::take_notices()
        } else {
            Vec::new()
        };
        if !notices.is_empty() {
            self.dialog = Some(Dialog::error(
                "A file could not be read",
                notices.join("\n"),
            ));
        }
    }

    /// A dialog that answered at once leaves nothing waiting for a later answer.
    /// (Nor does a system with no dialog: a typed path carries its own purpose.)
    pub(super) fn answered_now(&mut self, answered: bool) {
        if answered || !self.chooser.available() {
            self.waiting_for = None;
        }
    }

    /// Files given without a question (dropped, say): a roster is imported, an appraisal opens
    /// (the files beside it are its options), one design opens (asking first about unsaved
    /// changes), several designs make a cluster.
    pub(super) fn open_given(&mut self, paths: &[PathBuf]) {
        let (rosters, designs): (Vec<&PathBuf>, Vec<&PathBuf>) =
            paths.iter().partition(|p| is_roster(p));
        let appraisal = designs.iter().find(|p| crate::io::is_appraisal_path(p));
        if let Some(roster) = rosters.first() {
            self.import_people(roster);
        } else if let Some(appraisal) = appraisal {
            self.request(PendingAction::Open(Some((*appraisal).clone())));
        } else if let [design] = designs.as_slice() {
            self.request(PendingAction::Open(Some((*design).clone())));
        } else if !designs.is_empty() {
            self.request(PendingAction::NewCluster(
                designs.into_iter().cloned().collect(),
            ));
        }
    }

    /// Do what files were asked for.
    pub(super) fn carry_on(
        &mut self,
        purpose: PathPurpose,
        paths: &[PathBuf],
        then: Option<PendingAction>,
    ) {
        match purpose {
            PathPurpose::NewCluster => return self.new_cluster_from(paths),
            PathPurpose::NewAppraisal => return self.new_appraisal_from(paths),
            PathPurpose::AddOptions => return self.add_options_from(paths),
            _ => {}
        }
        let Some(path) = paths.first() else {
            return;
        };
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::SaveAs => {
                if self.save_to(path)
                    && let Some(action) = then
                {
                    self.perform(action);
                }
            }
            PathPurpose::Export(format) => {
                let outcome = self.workspace.export_to(format, path);
                self.show(outcome);
            }
            PathPurpose::Compare => self.compare_with(path),
            PathPurpose::ImportPeople => self.import_people(path),
            PathPurpose::NewCluster | PathPurpose::NewAppraisal | PathPurpose::AddOptions => {}
        }
    }
}

fn is_roster(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ROSTER_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
