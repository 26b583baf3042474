//! Helpers shared by the test files that drive the real designer through `egui_kittest`.

use std::path::PathBuf;

use egui::{Pos2, Vec2};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::ui::{DesignerApp, FileChooser};

/// The designer in a 1280x800 window, first frame drawn.
pub fn harness(app: DesignerApp) -> Harness<'static, DesignerApp> {
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut DesignerApp| app.show(ui), app);
    harness.run();
    harness
}

/// Click a widget the way a person does: bring it into view first.
pub fn click(h: &mut Harness<'_, DesignerApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Click at a point the way a mouse does (a widget out of the accessibility tree's reach, or
/// one of several with the same name).
#[allow(dead_code)] // not every test file clicks by position
pub fn click_at(h: &mut Harness<'_, DesignerApp>, at: Pos2) {
    h.hover_at(at);
    h.run();
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
}

/// Drag from one point to another the way a mouse does, a frame at each step.
#[allow(dead_code)] // not every test file drags
pub fn drag(h: &mut Harness<'_, DesignerApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    h.hover_at(from + (to - from) * 0.5);
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
}

/// A system without a file dialog: every pick comes back empty (the window then asks for a
/// typed path).
#[allow(dead_code)] // not every test file opens a window without dialogs
pub struct NoDialog;

impl FileChooser for NoDialog {
    fn pick_open(&mut self) -> Option<PathBuf> {
        None
    }
    fn pick_save(&mut self, _suggested: &str, _filter: (&str, &str)) -> Option<PathBuf> {
        None
    }
}

/// The design with its chair's term ending on `date` (the board-on-a-date scenarios).
#[allow(dead_code)] // only the people scenarios move the chair's term
pub fn chair_term_ends(
    mut design: ics_board_designer::model::Design,
    date: &str,
) -> ics_board_designer::model::Design {
    let chair = design
        .board
        .iter_mut()
        .find(|s| s.role == ics_board_designer::model::Role::Chair)
        .expect("a chair");
    chair.holder.as_mut().expect("a chair's holder").term_ends = date.into();
    design
}
