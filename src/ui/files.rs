//! Typed paths where there is no file dialog, and file names from design names (the dialogs
//! themselves are the platform's: `platform::FileChooser`).

use std::path::PathBuf;

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
