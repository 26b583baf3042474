//! The page around the designer: its tab, the question before a tab with unsaved changes
//! closes, the title, and messages that cannot wait for the designer (it failed to start).

use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

thread_local! {
    static UNSAVED: Cell<bool> = const { Cell::new(false) };
    static NOTICES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static TAB: Cell<Option<u32>> = const { Cell::new(None) };
    static FRAMES: Cell<u64> = const { Cell::new(0) };
    static ANNOUNCED: RefCell<String> = const { RefCell::new(String::new()) };
    /// Asked for a new frame when something arrives, so it is taken without a mouse move.
    static CONTEXT: RefCell<Option<egui::Context>> = const { RefCell::new(None) };
}

/// The designer's context, to wake it when files arrive.
pub(super) fn remember_context(ctx: &egui::Context) {
    CONTEXT.with_borrow_mut(|c| *c = Some(ctx.clone()));
}

/// Ask the designer for a frame, to take what has arrived.
pub(super) fn wake() {
    CONTEXT.with_borrow(|c| {
        if let Some(ctx) = c {
            ctx.request_repaint();
        }
    });
}

/// The id of the page's live region, which says what the canvas shows (web/style.css hides it
/// from sight, not from screen readers).
const STATUS_ID: &str = "ics-status";

/// The key under which a tab keeps its id for as long as it is open (reloads included).
const TAB_KEY: &str = "ics-board-designer-tab";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// This tab's id, which marks the recovery copies it writes: the same after a reload, another
/// in another tab (the browser's per-tab storage keeps it).
pub fn process_id() -> u32 {
    if let Some(id) = TAB.get() {
        return id;
    }
    let storage = window().and_then(|w| w.session_storage().ok().flatten());
    let kept = storage
        .as_ref()
        .and_then(|s| s.get_item(TAB_KEY).ok().flatten())
        .and_then(|text| text.parse::<u32>().ok());
    let id = kept.unwrap_or_else(|| {
        // Not for security: only to tell tabs apart.
        let id = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        if let Some(storage) = &storage {
            let _ = storage.set_item(TAB_KEY, &id.to_string());
        }
        id
    });
    TAB.set(Some(id));
    id
}

/// A page cannot see whether another tab is still open, so another tab's copy is offered
/// (recovering it opens a copy; the other tab keeps its own work).
pub fn process_exists(pid: u32) -> bool {
    pid == process_id()
}

/// Whether closing or reloading the tab would lose changes (the browser then asks first).
pub fn set_unsaved_changes(unsaved: bool) {
    UNSAVED.set(unsaved);
}

/// Something that finished after the call that started it and went wrong (reading a picked
/// file, say), for the designer to show.
pub(super) fn notice(message: String) {
    NOTICES.with_borrow_mut(|n| n.push(message));
}

/// The notices since the last call.
pub fn take_notices() -> Vec<String> {
    NOTICES.with_borrow_mut(std::mem::take)
}

/// Set up the page once: ask before a tab with unsaved changes closes.
pub(super) fn install() {
    let Some(window) = window() else {
        return;
    };
    let ask =
        Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(|event: web_sys::BeforeUnloadEvent| {
            if UNSAVED.get() {
                // Both, for every browser: the text itself is never shown, only the question.
                event.prevent_default();
                event.set_return_value("There are unsaved changes.");
            }
        });
    let _ = window.add_event_listener_with_callback("beforeunload", ask.as_ref().unchecked_ref());
    // The page lives as long as the designer: the listener is never removed.
    ask.forget();
    if let Some(document) = window.document()
        && let Ok(status) = document.create_element("div")
    {
        status.set_id(STATUS_ID);
        let _ = status.set_attribute("aria-live", "polite");
        let _ = status.set_attribute("class", "visually-hidden");
        if let Some(body) = document.body() {
            let _ = body.append_child(&status);
        }
    }
}

/// Say in words what the designer shows (its title, verdict, open question and last message):
/// a canvas is a picture to a screen reader, so the page's live region reads it out.
pub fn announce(text: impl FnOnce() -> String) {
    let text = text();
    let changed = ANNOUNCED.with_borrow_mut(|last| {
        let changed = *last != text;
        if changed {
            text.clone_into(last);
        }
        changed
    });
    if changed
        && let Some(status) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(STATUS_ID))
    {
        status.set_text_content(Some(&text));
    }
}

/// A frame has been drawn, which took `cpu_seconds` of egui's and the designer's time: the
/// page's body carries the count, the time of the first and the last frame's time, for
/// scripts/test-web.sh to measure (docs/performance.md).
pub fn frame_drawn(cpu_seconds: Option<f32>) {
    let frames = FRAMES.get() + 1;
    FRAMES.set(frames);
    let Some(window) = window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    if frames == 1
        && let Some(performance) = window.performance()
    {
        let _ = body.set_attribute("data-first-frame-ms", &format!("{:.1}", performance.now()));
    }
    let _ = body.set_attribute("data-frames", &frames.to_string());
    if let Some(seconds) = cpu_seconds {
        let _ = body.set_attribute("data-frame-ms", &format!("{:.3}", seconds * 1000.0));
    }
}

/// The page's canvas for the designer.
pub(super) fn canvas(id: &str) -> Option<web_sys::HtmlCanvasElement> {
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()
}

/// The page's message line, shown until the designer draws (web/index.html).
fn message_line() -> Option<web_sys::HtmlElement> {
    window()?
        .document()?
        .get_element_by_id("ics-message")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// The designer is drawing: the "loading" line goes.
pub(super) fn started() {
    if let Some(line) = message_line() {
        line.remove();
    }
}

/// Say, in the page, why the designer cannot go on (and in the browser's console).
pub(super) fn show_fatal(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
    if let Some(line) = message_line() {
        line.set_text_content(Some(message));
        let _ = line.set_attribute("role", "alert");
    }
}

/// The page's title, in the tab and the task bar.
pub fn show_title(_ctx: &egui::Context, title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// A JavaScript error in words.
pub(super) fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Keys the browser keeps for itself, which no page can catch (docs/web.md says what to use
/// instead): a new window, close the tab, reload, and the page's own zoom.
const BROWSER_KEYS: [&str; 6] = ["Ctrl+N", "F5", "Ctrl +", "Ctrl =", "Ctrl -", "Ctrl 0"];

/// A shortcut's text for a menu, or nothing when the browser takes the key.
pub fn key_label(text: &'static str) -> &'static str {
    if BROWSER_KEYS.contains(&text) {
        ""
    } else {
        text
    }
}

/// A page cannot close its own tab: the browser's Ctrl+W does.
pub const CAN_QUIT: bool = false;

/// Full screen for presenting: the browser's (the person's click or key allows it).
pub fn set_fullscreen(_ctx: &egui::Context, on: bool) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if on {
        if let Some(page) = document.document_element() {
            let _ = page.request_fullscreen();
        }
    } else if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}
