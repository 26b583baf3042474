//! Asking for files: the native dialogs behind [`FileChooser`] (so tests drive the same code
//! with scripted paths), typed paths where there is no dialog, and file names from design names.

use std::path::PathBuf;

/// Asks the user for a file to open or a place to save.
pub trait FileChooser {
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Several files to open at once (the designs of a new cluster).
    fn pick_open_many(&mut self) -> Vec<PathBuf> {
        self.pick_open().into_iter().collect()
    }
    /// Where to save a file of the kind `filter` (a name and an extension without the dot).
    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf>;
    /// False once the system has shown it has no file dialog at all; the designer then asks
    /// for a typed path instead, so Open and Save never silently do nothing.
    fn available(&self) -> bool {
        true
    }
    /// The folder the next dialog starts in: the open design's, so Save As and Export land
    /// beside it rather than wherever the app was started.
    fn start_in(&mut self, _folder: Option<PathBuf>) {}
}

/// The platform's native dialogs (through `rfd`: the desktop portal, else zenity).
#[derive(Default)]
pub struct NativeChooser {
    unavailable: bool,
    folder: Option<PathBuf>,
}

impl NativeChooser {
    /// No person answers a dialog this fast: a quicker "no file" means there was no dialog.
    const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

    fn timed(&mut self, pick: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let started = std::time::Instant::now();
        let picked = pick();
        if picked.is_none() && started.elapsed() < Self::NO_DIALOG_WITHIN {
            self.unavailable = true;
        }
        picked
    }
}

impl FileChooser for NativeChooser {
    fn pick_open(&mut self) -> Option<PathBuf> {
        let folder = self.folder.clone();
        self.timed(|| {
            with_folder(rfd::FileDialog::new(), folder)
                .set_title("Open a design")
                .add_filter("ICS board design", &["ron"])
                .pick_file()
        })
    }

    fn pick_open_many(&mut self) -> Vec<PathBuf> {
        let folder = self.folder.clone();
        let started = std::time::Instant::now();
        let picked = with_folder(rfd::FileDialog::new(), folder)
            .set_title("Choose the designs of the cluster's ICBs")
            .add_filter("ICS board design", &["ron"])
            .pick_files()
            .unwrap_or_default();
        if picked.is_empty() && started.elapsed() < Self::NO_DIALOG_WITHIN {
            self.unavailable = true;
        }
        picked
    }

    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf> {
        let folder = self.folder.clone();
        self.timed(|| {
            with_folder(rfd::FileDialog::new(), folder)
                .set_title("Save as")
                .add_filter(filter.0, &[filter.1])
                .set_file_name(suggested_name)
                .save_file()
        })
    }

    fn available(&self) -> bool {
        !self.unavailable
    }

    fn start_in(&mut self, folder: Option<PathBuf>) {
        self.folder = folder;
    }
}

fn with_folder(dialog: rfd::FileDialog, folder: Option<PathBuf>) -> rfd::FileDialog {
    match folder.filter(|f| f.is_dir()) {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

/// A typed path as a person means it: `~` is the home folder, relative to the current folder.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match (text.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(text),
    }
}

/// A file name from a design name: letters, digits, '-' and '_' kept, the rest made '_'.
pub fn file_stem_for(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() {
        "design".to_owned()
    } else {
        stem
    }
}
