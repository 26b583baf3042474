//! What differs between the systems the app runs on, in one place, so that panels, rules and
//! exports never see a `cfg`: the desktop (`native`: Linux, Windows, macOS) or the browser
//! (`web`, WebAssembly). docs/windows.md and docs/web.md say what each does and how it is tested.
//!
//! - **files**: reading, writing and listing ([`fs`]), and asking the person for them
//!   ([`FileChooser`], [`SystemChooser`]); in a browser, files live in the page and a save
//!   downloads;
//! - **recovery storage and settings**: [`data_dir`] (`%APPDATA%` on Windows, the browser's own
//!   storage on the web);
//! - **time**: the `web-time` crate, which is `std::time` on the desktop;
//! - **threads**: [`in_parallel`] (none in a browser: the work runs on one);
//! - **the window**: [`run_window`], and what the page needs (unsaved changes before the tab
//!   closes, failures that come after the call that started them: [`take_notices`]);
//! - which failures to save mean another program holds the file for a moment
//!   ([`held_by_another_program`]), and how a fatal error reaches a person ([`report_fatal`]).

mod files;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
use native as system;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
use web as system;

pub use files::{FileChooser, Wanted};
pub use system::{
    CAN_QUIT, SystemChooser, announce, data_dir, frame_drawn, fs, held_by_another_program,
    key_label, process_exists, process_id, report_fatal, run_window, set_fullscreen,
    set_unsaved_changes, show_title, take_notices,
};

/// Setting this names the app's own folder instead of the system's (tests, portable use).
pub const DATA_DIR_ENV: &str = "ICS_BOARD_DESIGNER_DATA_DIR";

/// The window to open: its title and sizes (the browser's page decides its own).
pub struct WindowSpec {
    pub title: &'static str,
    pub size: [f32; 2],
    pub min_size: [f32; 2],
}

/// Whether work can be shared between threads here (a browser page has one).
const THREADS: bool = !cfg!(target_arch = "wasm32");

/// `work` done on each of `items`, in order: all but the last on threads of their own and the
/// last on this one, where the system has threads; one after another where it has not. A
/// thread that fails is done again on this one.
pub fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let Some((last, others)) = items.split_last().filter(|_| THREADS && items.len() > 1) else {
        return items.iter().map(&work).collect();
    };
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = others
            .iter()
            .map(|item| (item, scope.spawn(move || work(item))))
            .collect();
        let here = work(last);
        let mut done: Vec<R> = workers
            .into_iter()
            .map(|(item, worker)| worker.join().unwrap_or_else(|_| work(item)))
            .collect();
        done.push(here);
        done
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_in_parallel_comes_back_in_order() {
        let squares = in_parallel(&[1, 2, 3, 4], |n| n * n);
        assert_eq!(squares, vec![1, 4, 9, 16]);
        assert_eq!(in_parallel(&[7], |n| n + 1), vec![8]);
        assert!(in_parallel(&[] as &[u8], |n| *n).is_empty());
    }
}
