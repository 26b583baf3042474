//! The designer window (eframe/egui). Panels draw from [`DesignerApp`] and queue edits; they
//! never change the design themselves.

mod app;
mod autosave;
mod board;
mod committees;
mod files;
mod findings;
mod inspector;
mod menu;
mod palette;
mod partnership;
mod places;
mod system;
mod theme;

use std::path::PathBuf;

pub use app::{DesignerApp, Dialog, Selection, Tab};
pub use autosave::AUTOSAVE_SECS_ENV;
pub use files::{FileChooser, NativeChooser, PendingAction};
pub use palette::DragPayload;

use crate::{
    io::recovery::{RecoveryStore, install_panic_hook},
    model::Design,
};

/// The example a newcomer sees when the designer opens without a file.
pub const STARTING_EXAMPLE: &str = "saved_designs/workshop_start.ron";

impl eframe::App for DesignerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Open the designer window on `path`, or on the starting example (or an empty design).
pub fn run(path: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("ICS Board Designer")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native(
        "ICS Board Designer",
        options,
        Box::new(move |_cc| {
            let chooser = Box::new(NativeChooser);
            let app = match path {
                Some(path) => DesignerApp::open_at_start(&path, chooser),
                None => {
                    let example = PathBuf::from(STARTING_EXAMPLE);
                    if example.exists() {
                        DesignerApp::open_example(&example, chooser)
                    } else {
                        DesignerApp::new(Design::default(), chooser)
                    }
                }
            };
            // Recovery copies go to the user's data folder; the panic hook saves one on a crash.
            let app = match RecoveryStore::default_location() {
                Some(store) => {
                    install_panic_hook();
                    app.with_recovery(store)
                }
                None => app,
            };
            Ok(Box::new(app))
        }),
    )
}
