//! Paging keys while presenting: arrows, Page Up/Down and Space step, Home and End jump, Esc
//! leaves. Shared by the pages of a design and those of a cluster.

use egui::Key;

/// What the keys pressed this frame ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    Stay,
    Leave,
    Show(usize),
}

/// The keys pressed this frame, read as paging through `count` pages from `page`.
pub fn page_keys(ctx: &egui::Context, page: usize, count: usize) -> Paging {
    let pressed = |key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    if pressed(Key::Escape) {
        return Paging::Leave;
    }
    let mut next = page;
    if pressed(Key::ArrowRight) || pressed(Key::PageDown) || pressed(Key::Space) {
        next = (next + 1).min(count.saturating_sub(1));
    }
    if pressed(Key::ArrowLeft) || pressed(Key::PageUp) {
        next = next.saturating_sub(1);
    }
    if pressed(Key::Home) {
        next = 0;
    }
    if pressed(Key::End) {
        next = count.saturating_sub(1);
    }
    if next == page {
        Paging::Stay
    } else {
        Paging::Show(next)
    }
}
