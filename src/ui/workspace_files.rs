//! The workspace's file operations: open (a design or a cluster), save, export, compare,
//! recover, and noticing another program's changes. None of them knows about the window.

use std::path::{Path, PathBuf};

use super::{
    comparison::Comparison,
    workspace::{Open, Outcome, Refusal, Workspace},
};
use crate::{
    export::{ExportFormat, ExportInput},
    io::{self, recovery::RecoveryEntry},
};

impl Workspace {
    /// Open a design or cluster file, replacing the open file only if it loads.
    pub fn open(&mut self, path: &Path) -> Outcome {
        if io::is_appraisal_path(path) {
            let appraisal = io::load_appraisal_path(path).map_err(|error| {
                Refusal::new(
                    "This appraisal could not be opened",
                    format!("{}\n\n{error}", path.display()),
                )
            })?;
            let options = appraisal.options.len();
            self.replace_with_appraisal(appraisal, folder_of(path), Some(path.to_path_buf()));
            return Ok(format!(
                "Opened the appraisal of {} {}",
                crate::rules::plural(options, "option", "options"),
                path.display()
            ));
        }
        let loaded = io::load_any_path(path).map_err(|error| {
            Refusal::new(
                "This file could not be opened",
                format!("{}\n\n{error}", path.display()),
            )
        })?;
        let status = self.take_loaded(loaded, Some(path.to_path_buf()));
        Ok(format!("Opened {status} {}", path.display()))
    }

    /// Show a loaded file; what it is, in words ("the cluster of 3 ICBs").
    pub fn take_loaded(&mut self, loaded: io::Loaded, path: Option<PathBuf>) -> String {
        match loaded {
            io::Loaded::Design(design) => {
                self.replace(design, path);
                "the design".to_owned()
            }
            io::Loaded::Cluster(cluster) => {
                let what = format!(
                    "the cluster of {}",
                    crate::rules::plural(cluster.icbs.len(), "ICB", "ICBs")
                );
                self.replace_with_cluster(cluster, path);
                what
            }
        }
    }

    /// Save the open file to `path`, which becomes its file.
    pub fn save_to(&mut self, path: PathBuf) -> Outcome {
        // An appraisal saved in another folder keeps finding its options' files.
        let mut moved = Vec::new();
        let text = match &self.open {
            Open::Design(doc) => io::design_text(doc.design()),
            Open::Cluster(space) => io::cluster_text(space.cluster()),
            Open::Appraisal(space) => {
                moved = space.paths_from(&folder_of(&path));
                let mut saved = space.appraisal().clone();
                moved
                    .iter()
                    .try_for_each(|edit| {
                        saved
                            .apply(edit.clone())
                            .map(drop)
                            .map_err(|e| e.to_string())
                    })
                    .and_then(|()| io::appraisal_text(&saved))
            }
        }
        .map_err(|reason| {
            Refusal::new(
                "The file was not saved",
                format!("The file was not saved: {reason}."),
            )
        })?;
        io::write_file_atomically(&path, text.as_bytes())
            .map_err(|error| Refusal::new("The file was not saved", error.to_string()))?;
        if let Open::Appraisal(space) = &mut self.open {
            for edit in moved {
                // Each applied to a copy above: it applies here too.
                let _ = space.doc.apply(edit, None);
            }
            space.moved_to(folder_of(&path));
        }
        self.mark_saved();
        self.autosave.forget();
        self.disk = io::Fingerprint::of(&path);
        self.kept_over = None;
        self.path_unconfirmed = false;
        let status = format!("Saved {}", path.display());
        self.path = Some(path);
        self.autosave.reset_key(self.path.as_deref());
        Ok(status)
    }

    /// Whether another program has changed the open file since this window last read or
    /// wrote it.
    pub fn changed_on_disk(&self) -> bool {
        self.disk_now().is_some_and(|now| self.changed_from(&now))
    }

    /// Whether to offer a reload: the file changed, and not to a version already declined.
    /// The file is read once for both questions.
    pub fn offer_reload(&self) -> bool {
        self.disk_now().is_some_and(|now| {
            self.changed_from(&now) && !self.kept_over.is_some_and(|kept| kept.same_bytes(&now))
        })
    }

    /// The open file as it is now (`None` without a file, or when it cannot be read).
    fn disk_now(&self) -> Option<io::Fingerprint> {
        self.path.as_deref().and_then(io::Fingerprint::of)
    }

    fn changed_from(&self, now: &io::Fingerprint) -> bool {
        self.disk.is_some_and(|seen| !seen.same_bytes(now))
    }

    /// Write the open file in an export format to `path`, never the open file itself. A
    /// cluster exports as a whole, as `export` does on the command line.
    pub fn export_to(&self, format: ExportFormat, path: &Path) -> Outcome {
        if self
            .path
            .as_deref()
            .is_some_and(|own| io::same_file(own, path))
        {
            return Err(Refusal::new(
                "The export was not written",
                format!(
                    "{} is the open file itself: an export never writes over its design. Choose \
                     another name.",
                    path.display()
                ),
            ));
        }
        let today = crate::export::today();
        let bytes = match &self.open {
            Open::Cluster(space) => {
                crate::export::cluster::export_cluster(space.cluster(), format, today)
                    .map_err(|e| e.to_string())
            }
            Open::Appraisal(space) => space.export(format, today),
            Open::Design(_) => {
                let input = ExportInput::new(self.design(), &self.pack, today);
                crate::export::export(&input, format).map_err(|e| e.to_string())
            }
        };
        bytes
            .and_then(|bytes| io::write_file_atomically(path, &bytes).map_err(|e| e.to_string()))
            .map_err(|message| Refusal::new("The export was not written", message))?;
        Ok(format!("Exported {}", path.display()))
    }

    /// Compare the design shown (before) with the design at `path` (after).
    pub fn compare_with(&mut self, path: &Path) -> Outcome {
        let other = io::load_path(path).map_err(|error| {
            Refusal::new(
                "That design could not be opened for comparison",
                format!("{}\n\n{error}", path.display()),
            )
        })?;
        self.comparison = Some(Comparison::new(self.design(), other, path.to_path_buf()));
        Ok(format!("Comparing with {}", path.display()))
    }

    /// Take up a recovery copy as the open file, with its changes still unsaved.
    pub fn recover(&mut self, entry: RecoveryEntry) -> Outcome {
        let unreadable = |error: io::LoadError| {
            Refusal::new("The recovery copy could not be read", error.to_string())
        };
        if io::is_appraisal_path(&entry.design_path) {
            // Its options' paths are read from the folder of the file it belongs to.
            let appraisal = io::load_appraisal_path(&entry.design_path).map_err(unreadable)?;
            let base = entry
                .original
                .as_deref()
                .map_or_else(|| PathBuf::from("."), folder_of);
            self.replace_with_appraisal(appraisal, base, entry.original.clone());
        } else {
            let loaded = io::recovery::RecoveryStore::load_any(&entry).map_err(unreadable)?;
            self.take_loaded(loaded, entry.original.clone());
        }
        // A recovery record can name any file: the first save asks before writing there.
        self.path_unconfirmed = self.path.is_some();
        self.mark_unsaved();
        self.autosave.key = entry.key;
        Ok(format!(
            "Recovered work from {}",
            io::recovery::describe_time(entry.saved_at)
        ))
    }
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
