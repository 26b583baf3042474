//! Files in a browser. A page cannot see the person's disk, so:
//!
//! - a file the person gives the page (the file picker, or dropped on it) is kept in the page,
//!   under its name, and read from there;
//! - writing a file writes it back where it came from when the browser gave the page a handle
//!   to it (`handles`: Edge and Chrome), and otherwise gives it to the browser as a download,
//!   under the same name; either way the new bytes stay in the page (so "has it changed?" and
//!   reading back work as on a disk);
//! - the app's own folder ([`STORAGE_ROOT`]: recovery copies) is the browser's local storage for
//!   this site, which outlives a reload, a crash and a restart; full or refused storage is an
//!   error the designer shows, never silent.

use std::{
    cell::RefCell,
    collections::BTreeMap,
    path::{Path, PathBuf},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use wasm_bindgen::{JsCast, JsValue};

/// The app's own folder, kept in the browser's storage.
pub const STORAGE_ROOT: &str = "/browser-storage";

/// Local storage keys are this, then the path.
const KEY_PREFIX: &str = "ics-board-designer:";

/// A file kept in the page.
struct PageFile {
    bytes: Vec<u8>,
    modified_ms: f64,
}

thread_local! {
    static FILES: RefCell<BTreeMap<PathBuf, PageFile>> = const { RefCell::new(BTreeMap::new()) };
    /// Files dropped on the page and read since [`dropped_files`] last handed them over.
    static DROPPED: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
}

/// Files dropped on the page: read now (a browser reads them only asynchronously), kept in the
/// page, and handed over in a later frame, which their arrival asks for.
pub fn dropped_files(dropped: &[egui::DroppedFileHandle]) -> Vec<PathBuf> {
    for file in dropped.iter().cloned() {
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.path().to_string_lossy().into_owned();
            match file.bytes_async().await {
                Ok(bytes) => {
                    if let Some(path) = add_file(&name, &bytes) {
                        DROPPED.with_borrow_mut(|d| d.push(path));
                    }
                }
                Err(reason) => super::page::notice(format!("{name} could not be read: {reason}")),
            }
            super::page::wake();
        });
    }
    DROPPED.with_borrow_mut(std::mem::take)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn in_storage(path: &Path) -> bool {
    path.starts_with(STORAGE_ROOT)
}

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| {
            "the browser refuses this page its storage (private browsing, or a setting), so \
             unsaved work cannot be kept for recovery"
                .to_owned()
        })
}

fn key(path: &Path) -> String {
    format!("{KEY_PREFIX}{}", path.display())
}

/// A stored file is its time of writing (ms since 1970), a line break, then its text.
fn stored(path: &Path) -> Option<(f64, String)> {
    let text = storage().ok()?.get_item(&key(path)).ok()??;
    let (time, body) = text.split_once('\n')?;
    Some((time.parse().ok()?, body.to_owned()))
}

fn not_found(path: &Path) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::NotFound,
        format!("{} is not open in this page", path.display()),
    )
}

/// Read a whole file, or its first `limit + 1` bytes when it is longer (the caller refuses it).
pub fn read(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = if in_storage(path) {
        stored(path).map(|(_, text)| text.into_bytes())
    } else {
        FILES.with_borrow(|files| files.get(path).map(|f| f.bytes.clone()))
    }
    .ok_or_else(|| not_found(path))?;
    bytes.truncate(usize::try_from(limit.saturating_add(1)).unwrap_or(usize::MAX));
    Ok(bytes)
}

/// Every write in a browser ends here: into storage (the app's own folder), or kept in the page
/// and downloaded.
pub fn write_elsewhere(path: &Path, bytes: &[u8]) -> Option<Result<(), String>> {
    Some(if in_storage(path) {
        store(path, bytes)
    } else {
        FILES.with_borrow_mut(|files| {
            files.insert(
                path.to_path_buf(),
                PageFile {
                    bytes: bytes.to_vec(),
                    modified_ms: now_ms(),
                },
            );
        });
        if super::handles::writes_back(path) {
            super::handles::write(path, bytes);
            Ok(())
        } else {
            download(path, bytes)
        }
    })
}

/// Whether saving to `path` writes the file itself (opened or saved through the browser's
/// File System Access API) rather than downloading a copy.
pub fn saves_in_place(path: Option<&Path>) -> bool {
    path.is_some_and(super::handles::writes_back)
}

fn store(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the browser's storage keeps only text".to_owned())?;
    storage()?
        .set_item(&key(path), &format!("{}\n{text}", now_ms()))
        .map_err(|_| {
            "the browser's storage for this page is full or refused, so unsaved work cannot be \
             kept for recovery: save the design, or free space by clearing \
             this site's data"
                .to_owned()
        })
}

/// Give bytes to the browser as a download named after the path's file name.
fn download(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path.file_name().map_or_else(
        || "download".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    offer_download(&name, bytes).map_err(|e| {
        format!(
            "the browser did not take the download: {}",
            super::page::describe(&e)
        )
    })
}

fn offer_download(name: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link = document
        .create_element("a")?
        .dyn_into::<web_sys::HtmlAnchorElement>()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has the file once the click is handled; the address can go after that.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

fn at_ms(ms: f64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(ms.max(0.0) as u64)
}

/// When the file was last written.
pub fn modified(path: &Path) -> Option<SystemTime> {
    if in_storage(path) {
        stored(path).map(|(ms, _)| at_ms(ms))
    } else {
        FILES.with_borrow(|files| files.get(path).map(|f| at_ms(f.modified_ms)))
    }
}

pub fn is_file(path: &Path) -> bool {
    if in_storage(path) {
        storage().is_ok_and(|s| s.get_item(&key(path)).ok().flatten().is_some())
    } else {
        FILES.with_borrow(|files| files.contains_key(path))
    }
}

/// The files in a folder of the app's storage, or of the page.
pub fn read_dir(folder: &Path) -> Vec<PathBuf> {
    if in_storage(folder) {
        let Ok(storage) = storage() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter_map(|k| k.strip_prefix(KEY_PREFIX).map(PathBuf::from))
            .filter(|p| p.parent() == Some(folder))
            .collect()
    } else {
        FILES.with_borrow(|files| {
            files
                .keys()
                .filter(|p| p.parent() == Some(folder))
                .cloned()
                .collect()
        })
    }
}

pub fn remove_file(path: &Path) {
    if in_storage(path) {
        if let Ok(storage) = storage() {
            let _ = storage.remove_item(&key(path));
        }
    } else {
        FILES.with_borrow_mut(|files| files.remove(path));
    }
}

/// Folders need no making in a page.
pub fn create_dir_all(_folder: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Keep a file the person gave the page (picked or dropped), under its name; the path to open
/// it by. A second file of the same name replaces the first, as a newer copy would on disk.
pub fn add_file(name: &str, bytes: &[u8]) -> Option<PathBuf> {
    // Only the name: a page is never told where on the disk a file was.
    let name = Path::new(name).file_name()?.to_owned();
    let path = PathBuf::from(name);
    FILES.with_borrow_mut(|files| {
        files.insert(
            path.clone(),
            PageFile {
                bytes: bytes.to_vec(),
                modified_ms: now_ms(),
            },
        );
    });
    Some(path)
}
