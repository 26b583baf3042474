//! The desktop (Linux, Windows, macOS): the real file system, the system's dialogs, threads,
//! and a native window.

use std::path::{Path, PathBuf};

use super::DATA_DIR_ENV;

mod chooser;
pub mod fs;

pub use chooser::NativeChooser as SystemChooser;

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

/// This process's id, which marks the recovery copies this window writes.
pub fn process_id() -> u32 {
    std::process::id()
}

/// Whether a process is running (on Linux, by /proc; elsewhere assumed so, so that another
/// window's files are never removed).
pub fn process_exists(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Open the window and run it until it closes.
pub fn run_window(window: &super::WindowSpec, app: eframe::AppCreator<'static>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(window.title)
            .with_inner_size(window.size)
            .with_min_inner_size(window.min_size),
        persistence_path: data_dir().map(|dir| dir.join("window.ron")),
        ..Default::default()
    };
    eframe::run_native(window.title, options, app)
}

/// The window's title.
pub fn show_title(ctx: &egui::Context, title: &str) {
    ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.to_owned()));
}

/// The window's own keys all reach it.
pub fn key_label(text: &'static str) -> &'static str {
    text
}

/// Whether the app can close its own window (a page cannot close its tab).
pub const CAN_QUIT: bool = true;

/// Full screen for presenting: the window's.
pub fn set_fullscreen(ctx: &egui::Context, on: bool) {
    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
}

/// The desktop asks about unsaved changes in its own close dialog.
pub fn set_unsaved_changes(_unsaved: bool) {}

/// The window's accessibility tree (AccessKit) already says what it shows, so the text is
/// never made.
pub fn announce(_text: impl FnOnce() -> String) {}

/// Frames are timed by the window's own tools on the desktop (`ICS_BOARD_DESIGNER_TIMING`).
pub fn frame_drawn(_cpu_seconds: Option<f32>) {}

/// Nothing on the desktop finishes after the call that started it.
pub fn take_notices() -> Vec<String> {
    Vec::new()
}

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
