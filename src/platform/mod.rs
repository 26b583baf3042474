//! What differs between the systems the app runs on, in one place, so that panels, rules and
//! exports never see a `cfg` (docs/windows.md says what each Windows behaviour is and how it was
//! tested).
//!
//! - where settings and recovery copies live ([`data_dir`]: `%APPDATA%` on Windows);
//! - which failures to save mean another program holds the file for a moment (OneDrive syncing
//!   it, Word, a virus scan), so that saving tries again ([`held_by_another_program`]);
//! - how a fatal error reaches a person when there is no console to print it on
//!   ([`report_fatal`]).

use std::path::PathBuf;

/// Setting this names the app's own folder instead of the system's (tests, portable use).
pub const DATA_DIR_ENV: &str = "ICS_BOARD_DESIGNER_DATA_DIR";

/// The app's own folder: recovery copies and the window's remembered state (recent files,
/// theme) live there. `$ICS_BOARD_DESIGNER_DATA_DIR` when set; otherwise the system's folder for
/// an application's data: on Windows `%APPDATA%\ICS\ICS Board Designer\data`, on Linux
/// `$XDG_DATA_HOME/icsboarddesigner` (`~/.local/share/icsboarddesigner`), on macOS
/// `~/Library/Application Support/uk.nhs.ICS.ICS-Board-Designer`.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("uk.nhs", "ICS", "ICS Board Designer")
            .map(|dirs| dirs.data_dir().to_path_buf()),
    }
}

/// Whether a failure to replace a file may pass in a moment because another program holds the
/// file open. On Windows: a sharing or lock violation, or "access denied", which is what
/// replacing a file that another program has open without delete sharing gives (OneDrive, Word,
/// a virus scanner). Elsewhere a file that is open can still be replaced, so nothing is.
pub fn held_by_another_program(error: &std::io::Error) -> bool {
    held_code(error.raw_os_error())
}

#[cfg(windows)]
fn held_code(code: Option<i32>) -> bool {
    /// ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    const HELD: [i32; 3] = [5, 32, 33];
    code.is_some_and(|code| HELD.contains(&code))
}

#[cfg(not(windows))]
fn held_code(_code: Option<i32>) -> bool {
    false
}

/// Tell the person that the app cannot go on: on standard error, and on Windows, where the
/// window app has no console when opened from the Explorer, in a message box as well.
pub fn report_fatal(message: &str) {
    eprintln!("{message}");
    show_fatal(message);
}

#[cfg(windows)]
fn show_fatal(message: &str) {
    use std::os::windows::io::AsRawHandle;
    if std::io::stderr().as_raw_handle().is_null() {
        rfd::MessageDialog::new()
            .set_title("ICS Board Designer")
            .set_description(message)
            .set_level(rfd::MessageLevel::Error)
            .show();
    }
}

#[cfg(not(windows))]
fn show_fatal(_message: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_windows_sharing_failures_are_held() {
        let sharing = std::io::Error::from_raw_os_error(32);
        let not_found = std::io::Error::from_raw_os_error(2);
        assert_eq!(held_by_another_program(&sharing), cfg!(windows));
        assert!(!held_by_another_program(&not_found));
        assert!(!held_by_another_program(&std::io::Error::other("made up")));
    }
}
