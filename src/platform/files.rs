//! Asking the person for files, behind one trait so that the window, its tests and each system
//! share the same code: the desktop's dialogs answer at once, the browser's answer later.

use std::path::PathBuf;

/// What a file is asked for: the dialog's title and the kinds of file it offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wanted {
    pub title: &'static str,
    /// The name of the kind of file ("ICS board design").
    pub kind: &'static str,
    /// Its extensions, without the dot.
    pub extensions: &'static [&'static str],
}

/// Asks the user for a file to open or a place to save.
pub trait FileChooser {
    /// One file to read; `None` when the person cancelled, or when the answer comes later
    /// ([`FileChooser::picked_later`]).
    fn pick_open(&mut self, wanted: &Wanted) -> Option<PathBuf>;
    /// Several files to open at once (the designs of a new cluster).
    fn pick_open_many(&mut self, wanted: &Wanted) -> Vec<PathBuf> {
        self.pick_open(wanted).into_iter().collect()
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
    /// The files that a dialog which answers later (the browser's) has picked since it was last
    /// asked: `Some` of an empty list when the person cancelled it, `None` while nothing came.
    fn picked_later(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}
