//! Files opened and saved through the browser's File System Access API (Edge and Chrome): a file
//! opened this way is written back in place when saved, after the browser asks the person once
//! for permission; Save As picks a new file the same way. Where the browser has no such API,
//! the file input and downloads do the work (`chooser`, `fs`).
//!
//! The API is reached through `js_sys::Reflect`: it is not yet in `web-sys`'s stable bindings.

use std::{
    cell::RefCell,
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::platform::Wanted;

thread_local! {
    /// The handle of each file the page may write back, by the path the designer knows it by.
    static HANDLES: RefCell<BTreeMap<PathBuf, JsValue>> = const { RefCell::new(BTreeMap::new()) };
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Whether this browser has the File System Access API's pickers.
pub fn available() -> bool {
    window().is_some_and(|w| {
        Reflect::has(&w, &JsValue::from_str("showOpenFilePicker")).unwrap_or(false)
            && Reflect::has(&w, &JsValue::from_str("showSaveFilePicker")).unwrap_or(false)
    })
}

/// Whether saving `path` writes the file itself (it came with a handle).
pub fn writes_back(path: &Path) -> bool {
    HANDLES.with_borrow(|h| h.contains_key(path))
}

/// Call `object.method(args...)` and wait for the promise it returns.
async fn call(object: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(object, &JsValue::from_str(method))?.dyn_into()?;
    let result = function.apply(object, &args.iter().collect::<Array>())?;
    JsFuture::from(Promise::resolve(&result)).await
}

/// The pickers' options: what the file is, and its extensions.
fn types(kind: &str, extensions: &[&str]) -> Result<Array, JsValue> {
    let accept = Object::new();
    let dotted: Array = extensions
        .iter()
        .map(|e| JsValue::from_str(&format!(".{e}")))
        .collect();
    Reflect::set(
        &accept,
        &JsValue::from_str("application/octet-stream"),
        &dotted,
    )?;
    let kind_of = Object::new();
    Reflect::set(
        &kind_of,
        &JsValue::from_str("description"),
        &JsValue::from_str(kind),
    )?;
    Reflect::set(&kind_of, &JsValue::from_str("accept"), &accept)?;
    Ok(Array::of1(&kind_of))
}

/// The person cancelled the picker.
fn cancelled(error: &JsValue) -> bool {
    Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}

/// A file picked: its name, its bytes and its handle.
type Picked = (String, Vec<u8>, JsValue);

/// Keep the handle of the file the designer knows as `path`, to write it back.
pub fn keep(path: &Path, handle: JsValue) {
    HANDLES.with_borrow_mut(|h| h.insert(path.to_path_buf(), handle));
}

/// Pick files to open, and read them. Empty when cancelled.
pub async fn open(wanted: Wanted, many: bool) -> Result<Vec<Picked>, String> {
    let describe = |e: JsValue| super::page::describe(&e);
    let window: JsValue = window().ok_or("no window")?.into();
    let options = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&options, &JsValue::from_str(key), value);
    set("multiple", &JsValue::from_bool(many)).map_err(describe)?;
    set(
        "types",
        &types(wanted.kind, wanted.extensions)
            .map_err(describe)?
            .into(),
    )
    .map_err(describe)?;
    let handles = match call(&window, "showOpenFilePicker", &[options.into()]).await {
        Ok(handles) => Array::from(&handles),
        Err(error) if cancelled(&error) => return Ok(Vec::new()),
        Err(error) => return Err(describe(error)),
    };
    let mut picked = Vec::new();
    for handle in handles.iter() {
        let file: web_sys::File = call(&handle, "getFile", &[])
            .await
            .and_then(JsCast::dyn_into)
            .map_err(describe)?;
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(describe)?;
        picked.push((file.name(), Uint8Array::new(&buffer).to_vec(), handle));
    }
    Ok(picked)
}

/// Pick a new file to save to; its path, or `None` when cancelled.
pub async fn save_as(
    suggested: String,
    kind: String,
    extension: String,
) -> Result<Option<PathBuf>, String> {
    let describe = |e: JsValue| super::page::describe(&e);
    let window: JsValue = window().ok_or("no window")?.into();
    let options = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&options, &JsValue::from_str(key), value);
    set("suggestedName", &JsValue::from_str(&suggested)).map_err(describe)?;
    set(
        "types",
        &types(&kind, &[&extension]).map_err(describe)?.into(),
    )
    .map_err(describe)?;
    let handle = match call(&window, "showSaveFilePicker", &[options.into()]).await {
        Ok(handle) => handle,
        Err(error) if cancelled(&error) => return Ok(None),
        Err(error) => return Err(describe(error)),
    };
    let name = Reflect::get(&handle, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or(suggested);
    let path = PathBuf::from(name);
    HANDLES.with_borrow_mut(|h| h.insert(path.clone(), handle));
    Ok(Some(path))
}

/// Write `bytes` to the file `path` came from. The browser writes to a copy and swaps it in
/// when closed, so a failure leaves the old file whole; it is reported as a notice.
pub fn write(path: &Path, bytes: &[u8]) {
    let Some(handle) = HANDLES.with_borrow(|h| h.get(path).cloned()) else {
        return;
    };
    let name = path.display().to_string();
    let bytes = Uint8Array::from(bytes);
    wasm_bindgen_futures::spawn_local(async move {
        let written = async {
            let stream = call(&handle, "createWritable", &[]).await?;
            call(&stream, "write", &[bytes.into()]).await?;
            call(&stream, "close", &[]).await
        };
        if let Err(error) = written.await {
            super::page::notice(format!(
                "{name} was not saved, and the file is as it was: {}. Save As writes a new copy.",
                super::page::describe(&error)
            ));
        }
        super::page::wake();
    });
}
