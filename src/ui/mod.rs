//! The designer window (eframe/egui), a tree: `app` runs each frame; `layout` places the
//! `panels`, which draw from a read-only `context` and emit `action`s; `apply` carries the
//! actions out on the `workspace` (the open design) and the `view` (the window's own state);
//! `widgets` are shared below the panels.

mod action;
mod app;
mod apply;
mod apply_appraisal;
mod apply_cluster;
mod appraisal_space;
mod autosave;
mod cluster_space;
mod comparison;
mod context;
mod dialogs;
mod drafts;
mod files;
mod given_files;
mod import_preview;
mod layout;
mod open_file;
mod panels;
mod path_purpose;
mod session_answers;
mod session_files;
mod view;
mod widgets;
mod workspace;
mod workspace_appraisal;
mod workspace_files;

use std::path::PathBuf;

pub use action::{DragPayload, PathPurpose, PendingAction};
pub use app::DesignerApp;
pub use autosave::AUTOSAVE_SECS_ENV;
pub use cluster_space::Focus;
pub use dialogs::Dialog;
pub use drafts::{Draft, Drafts};
pub use panels::present::{Page, pages};
pub use view::{PeoplePage, Selection, Tab, View};

pub use crate::platform::{FileChooser, SystemChooser, Wanted};

use crate::io::{
    recovery::{RecoveryStore, install_panic_hook},
    templates::{TEMPLATES, Template},
};

/// The example a newcomer sees when the designer opens without a file (not tied to its file,
/// so Save asks where).
pub const STARTING_EXAMPLE: &Template = &TEMPLATES[2];

/// Set to print when the first frame has been presented (for `scripts/measure.sh`).
pub const TIMING_ENV: &str = "ICS_BOARD_DESIGNER_TIMING";

/// Set to print every frame painted and what asked for it (to find what keeps repainting).
pub const REPAINT_LOG_ENV: &str = "ICS_BOARD_DESIGNER_LOG_REPAINTS";

/// The window: the designer, plus optional start-up timing.
struct Window {
    app: DesignerApp,
    /// Frames drawn so far while timing start-up (`None` when not timing).
    timing_frames: Option<u8>,
    /// Print each frame and what asked for it ([`REPAINT_LOG_ENV`]; `scripts/settle.py`).
    log_repaints: bool,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        crate::platform::frame_drawn(frame.info().cpu_usage);
        if let Some(frames) = self.timing_frames.as_mut() {
            // The second frame starts once the first has been presented.
            if *frames == 1 {
                let now = web_time::SystemTime::now()
                    .duration_since(web_time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos());
                eprintln!("first-frame-presented-unix-ns {now}");
                self.timing_frames = None;
            } else {
                *frames += 1;
                ui.ctx().request_repaint();
            }
        }
        self.app.show(ui);
        if self.log_repaints {
            let now = web_time::SystemTime::now()
                .duration_since(web_time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() % 100_000);
            // Each cause once, with how many times it asked ("theme/mod.rs:37 x52").
            let mut causes: Vec<(String, usize)> = Vec::new();
            for cause in ui.ctx().repaint_causes() {
                let at = cause.to_string();
                let short = at.rsplit("/src/").next().unwrap_or(&at).trim().to_owned();
                match causes.iter_mut().find(|(c, _)| *c == short) {
                    Some((_, n)) => *n += 1,
                    None => causes.push((short, 1)),
                }
            }
            let causes: Vec<String> = causes.iter().map(|(c, n)| format!("{c} x{n}")).collect();
            let events: Vec<String> = ui.input(|i| {
                i.raw
                    .events
                    .iter()
                    .map(|e| format!("{e:?}").chars().take(40).collect())
                    .collect()
            });
            eprintln!(
                "frame at {now} ms, asked for by [{}], events {events:?}",
                causes.join(", ")
            );
        }
    }

    /// Remember the recent files between runs (eframe's storage: in the user's data folder, or the
    /// browser's storage).
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_FILES_KEY, &self.app.recent());
        eframe::set_value(storage, DARK_THEME_KEY, &self.app.view().dark);
        eframe::set_value(storage, PALETTE_KEY, &self.app.view().palette_open);
    }
}

const RECENT_FILES_KEY: &str = "recent_files";
const DARK_THEME_KEY: &str = "dark_theme";
const PALETTE_KEY: &str = "palette_open";

/// The window's size on a screen that has room for it (smaller screens are filled).
pub const WINDOW_SIZE: [f32; 2] = [1280.0, 800.0];

/// Open the designer window on `path`, or on the starting example (or an empty design).
pub fn run(path: Option<PathBuf>) -> eframe::Result {
    let window = crate::platform::WindowSpec {
        title: "ICS Board Designer",
        size: WINDOW_SIZE,
        min_size: [960.0, 600.0],
    };
    crate::platform::run_window(
        &window,
        Box::new(move |cc| {
            let chooser = Box::new(SystemChooser::default());
            let app = match path {
                Some(path) => DesignerApp::open_at_start(&path, chooser),
                // The workshop-start example is built in, so this works from any folder.
                None => DesignerApp::new(STARTING_EXAMPLE.load().unwrap_or_default(), chooser),
            };
            // Recovery copies go to the user's data folder; the panic hook saves one on a crash.
            let app = match RecoveryStore::default_location() {
                Some(store) => {
                    install_panic_hook();
                    app.with_recovery(store)
                }
                None => app,
            };
            let mut app = app;
            if let Some(recent) = cc
                .storage
                .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_FILES_KEY))
            {
                // Files opened this run stay first; the remembered ones follow, if they are
                // still there (and were remembered whole: a relative path means nothing now).
                let list = app.recent_mut();
                for path in recent.iter().filter(|p| p.is_absolute() && p.is_file()) {
                    if !list.contains(path) {
                        list.push(path.clone());
                    }
                }
                list.truncate(8);
            }
            // The theme chosen last time (zoom is remembered by egui itself).
            if let Some(dark) = cc
                .storage
                .and_then(|s| eframe::get_value::<bool>(s, DARK_THEME_KEY))
            {
                app.view_mut().dark = dark;
            }
            // The palette open or folded, as this user last left it (unset: open until the
            // board meets its minimums).
            if let Some(open) = cc
                .storage
                .and_then(|s| eframe::get_value::<Option<bool>>(s, PALETTE_KEY))
            {
                app.view_mut().palette_open = open;
            }
            let timing_frames = std::env::var_os(TIMING_ENV).map(|_| 0);
            let log_repaints = std::env::var_os(REPAINT_LOG_ENV).is_some();
            Ok(Box::new(Window {
                app,
                timing_frames,
                log_repaints,
            }))
        }),
    )
}
