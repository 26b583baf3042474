//! Choosing files in a browser: the File System Access API's pickers where the browser has them
//! (`handles`), else the page's own file input; either answers after the frame that asked. The files picked are kept in the page (`fs::add_file`)
//! and handed to the designer by [`FileChooser::picked_later`]. Files given to the input by
//! other means (a test's automation, say) arrive the same way. Saving needs no picker: the
//! browser downloads the file under the name suggested.

use std::{
    cell::RefCell,
    collections::VecDeque,
    path::{Path, PathBuf},
};

use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::JsFuture;

use crate::platform::{FileChooser, Wanted};

/// The id of the page's file input (made by [`install`]).
pub const INPUT_ID: &str = "ics-open-file";

/// A file larger than this is not read into the page at all (the designer refuses far smaller).
const MAX_PICKED_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

thread_local! {
    /// What the input has given, oldest first: each a list of files (empty: cancelled).
    static PICKED: RefCell<VecDeque<Vec<PathBuf>>> = const { RefCell::new(VecDeque::new()) };
}

fn arrived(paths: Vec<PathBuf>) {
    PICKED.with_borrow_mut(|p| p.push_back(paths));
    super::page::wake();
}

fn input() -> Option<web_sys::HtmlInputElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(INPUT_ID)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
}

/// Add the hidden file input to the page and listen to it.
pub(super) fn install() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(element) = document
        .create_element("input")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    element.set_type("file");
    element.set_id(INPUT_ID);
    let _ = element.set_attribute("aria-label", "Open a file");
    // Hidden by its attribute, not a style: the page's policy allows no inline styles.
    element.set_hidden(true);
    let changed = Closure::<dyn Fn()>::new(|| {
        if let Some(input) = input() {
            // Taken out before the input is cleared (which empties its list), so that picking
            // the same file again is a change too.
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            input.set_value("");
            wasm_bindgen_futures::spawn_local(read_all(files));
        }
    });
    let cancelled = Closure::<dyn Fn()>::new(|| arrived(Vec::new()));
    let _ = element.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
    let _ = element.add_event_listener_with_callback("cancel", cancelled.as_ref().unchecked_ref());
    // The input lives as long as the page.
    changed.forget();
    cancelled.forget();
    if let Some(body) = document.body() {
        let _ = body.append_child(&element);
    }
}

/// Read the files given, keep them in the page, and hand them over.
async fn read_all(files: Vec<web_sys::File>) {
    let mut paths = Vec::new();
    for file in files {
        let name = file.name();
        if file.size() > MAX_PICKED_BYTES {
            super::page::notice(format!(
                "{name} is too large to open ({:.0} MB)",
                file.size() / 1e6
            ));
            continue;
        }
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                paths.extend(super::fs::add_file(&name, &bytes));
            }
            Err(error) => super::page::notice(format!(
                "{name} could not be read: {}",
                super::page::describe(&error)
            )),
        }
    }
    arrived(paths);
}

/// The browser's file picker.
#[derive(Default)]
pub struct WebChooser;

impl WebChooser {
    /// The browser's own picker where it has one (its files can be written back), else the
    /// page's file input.
    fn ask(wanted: &Wanted, many: bool) {
        if super::handles::available() {
            let wanted = *wanted;
            wasm_bindgen_futures::spawn_local(async move {
                match super::handles::open(wanted, many).await {
                    Ok(files) => arrived(
                        files
                            .into_iter()
                            .filter_map(|(name, bytes, handle)| {
                                let path = super::fs::add_file(&name, &bytes)?;
                                super::handles::keep(&path, handle);
                                Some(path)
                            })
                            .collect(),
                    ),
                    Err(reason) => {
                        super::page::notice(format!("The file could not be opened: {reason}"));
                        arrived(Vec::new());
                    }
                }
            });
            return;
        }
        Self::ask_input(wanted, many);
    }

    fn ask_input(wanted: &Wanted, many: bool) {
        let Some(input) = input() else {
            super::page::notice("The page has no file input to open files with.".to_owned());
            return;
        };
        let accept: Vec<String> = wanted.extensions.iter().map(|e| format!(".{e}")).collect();
        input.set_accept(&accept.join(","));
        input.set_multiple(many);
        let _ = input.set_attribute("aria-label", wanted.title);
        input.click();
    }
}

impl FileChooser for WebChooser {
    fn pick_open(&mut self, wanted: &Wanted) -> Option<PathBuf> {
        Self::ask(wanted, false);
        None
    }

    fn pick_open_many(&mut self, wanted: &Wanted) -> Vec<PathBuf> {
        Self::ask(wanted, true);
        Vec::new()
    }

    /// A design is saved as a new file through the browser's save picker where it has one;
    /// otherwise, and for every export, the browser downloads the file under this name.
    fn pick_save(&mut self, suggested_name: &str, filter: (&str, &str)) -> Option<PathBuf> {
        if filter.1 == "ron" && super::handles::available() {
            let (suggested, kind, extension) = (
                suggested_name.to_owned(),
                filter.0.to_owned(),
                filter.1.to_owned(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match super::handles::save_as(suggested, kind, extension).await {
                    Ok(path) => arrived(path.into_iter().collect()),
                    Err(reason) => {
                        super::page::notice(format!("The file could not be saved: {reason}"));
                        arrived(Vec::new());
                    }
                }
            });
            return None;
        }
        Path::new(suggested_name).file_name().map(PathBuf::from)
    }

    fn picked_later(&mut self) -> Option<Vec<PathBuf>> {
        PICKED.with_borrow_mut(VecDeque::pop_front)
    }
}
