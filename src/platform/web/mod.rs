//! The browser (WebAssembly): files the person gives the page, kept in the page; saves written
//! back through the File System Access API where the browser has it, else downloaded, and
//! exports downloaded; recovery copies in the browser's own storage; one thread; the designer
//! drawn on the page's canvas by eframe's web runner.

use std::path::PathBuf;

mod chooser;
pub mod fs;
mod handles;
mod page;

pub use chooser::WebChooser as SystemChooser;
pub use page::{
    CAN_QUIT, announce, frame_drawn, key_label, process_exists, process_id, set_fullscreen,
    set_unsaved_changes, show_title, take_notices,
};

/// The id of the page's canvas (web/index.html).
const CANVAS_ID: &str = "ics-board-designer";

/// Recovery copies and settings live in the browser's own storage, under this name.
pub fn data_dir() -> Option<PathBuf> {
    Some(PathBuf::from(fs::STORAGE_ROOT))
}

/// Nothing else holds a browser's files.
pub fn held_by_another_program(_error: &std::io::Error) -> bool {
    false
}

/// Tell the person that the app cannot go on: in the page, where the designer would be, and in
/// the browser's console.
pub fn report_fatal(message: &str) {
    page::show_fatal(message);
}

/// Start the designer on the page's canvas; it runs after this returns.
pub fn run_window(
    _window: &crate::platform::WindowSpec,
    app: eframe::AppCreator<'static>,
) -> eframe::Result {
    page::install();
    chooser::install();
    // The designer is woken when picked files arrive.
    let app: eframe::AppCreator<'static> = Box::new(move |cc| {
        page::remember_context(&cc.egui_ctx);
        app(cc)
    });
    wasm_bindgen_futures::spawn_local(async move {
        let Some(canvas) = page::canvas(CANVAS_ID) else {
            page::show_fatal("The page has no canvas for the designer.");
            return;
        };
        let started = eframe::WebRunner::new()
            .start(canvas, eframe::WebOptions::default(), app)
            .await;
        match started {
            Ok(()) => page::started(),
            Err(error) => page::show_fatal(&format!(
                "The designer could not start in this browser: {}",
                page::describe(&error)
            )),
        }
    });
    Ok(())
}
