//! The system's own file dialogs, through `rfd` (the desktop portal, else zenity on Linux; the
//! common dialogs on Windows).

use std::path::PathBuf;

use crate::platform::{FileChooser, Wanted};

/// The platform's native dialogs.
#[derive(Default)]
pub struct NativeChooser {
    unavailable: bool,
    folder: Option<PathBuf>,
}

impl NativeChooser {
    /// No person answers a dialog this fast: a quicker "no file" means there was no dialog.
    const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

    fn dialog(&self, title: &str) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new().set_title(title);
        match self.folder.clone().filter(|f| f.is_dir()) {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
    }

    /// Run a dialog, noting when "nothing picked" came too fast for there to have been one.
    fn timed<T>(&mut self, pick: impl FnOnce(rfd::FileDialog) -> T, title: &str) -> T
    where
        T: Picked,
    {
        let started = std::time::Instant::now();
        let picked = pick(self.dialog(title));
        if picked.nothing() && started.elapsed() < Self::NO_DIALOG_WITHIN {
            self.unavailable = true;
        }
        picked
    }
}

/// What a dialog gave: nothing, one file or several.
trait Picked {
    fn nothing(&self) -> bool;
}

impl Picked for Option<PathBuf> {
    fn nothing(&self) -> bool {
        self.is_none()
    }
}

impl Picked for Vec<PathBuf> {
    fn nothing(&self) -> bool {
        self.is_empty()
    }
}

impl FileChooser for NativeChooser {
    fn pick_open(&mut self, wanted: &Wanted) -> Option<PathBuf> {
        self.timed(
            |d| d.add_filter(wanted.kind, wanted.extensions).pick_file(),
            wanted.title,
        )
    }

    fn pick_open_many(&mut self, wanted: &Wanted) -> Vec<PathBuf> {
        self.timed(
            |d| {
                d.add_filter(wanted.kind, wanted.extensions)
                    .pick_files()
                    .unwrap_or_default()
            },
            wanted.title,
        )
    }

    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf> {
        self.timed(
            |d| {
                d.add_filter(filter.0, &[filter.1])
                    .set_file_name(suggested_name)
                    .save_file()
            },
            "Save as",
        )
    }

    fn available(&self) -> bool {
        !self.unavailable
    }

    fn start_in(&mut self, folder: Option<PathBuf>) {
        self.folder = folder;
    }
}
