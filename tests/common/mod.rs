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
    carry(h, from, to);
    h.drop_at(to);
    h.run();
}

/// [`drag`] up to the moment of letting go: the button is still held over `to`.
#[allow(dead_code)] // not every test file drags
pub fn carry(h: &mut Harness<'_, DesignerApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    h.hover_at(from + (to - from) * 0.5);
    h.run();
    h.hover_at(to);
    h.run();
}

/// A file dialog the person always cancels: every pick comes back empty. The dialog is still
/// there (`available` stays true), so the window does not ask for a typed path; for a system
/// with no dialog at all, see [`NoDialogAtAll`].
#[allow(dead_code)] // not every test file opens a window without dialogs
pub struct NoDialog;

impl FileChooser for NoDialog {
    fn pick_open(&mut self, _wanted: &ics_board_designer::ui::Wanted) -> Option<PathBuf> {
        None
    }
    fn pick_save(&mut self, _suggested: &str, _filter: (&str, &str)) -> Option<PathBuf> {
        None
    }
}

/// A file dialog that answers with fixed paths: every open gives `open` (the first of them,
/// or all for a dialog that takes several), every save gives `save`.
#[allow(dead_code)] // not every test file answers file dialogs
#[derive(Default)]
pub struct Picks {
    pub open: Vec<PathBuf>,
    pub save: Option<PathBuf>,
}

#[allow(dead_code)] // not every test file answers file dialogs
impl Picks {
    /// Opens these files (one, or several where several are asked for).
    pub fn opening(open: Vec<PathBuf>) -> Box<dyn FileChooser> {
        Box::new(Self { open, save: None })
    }

    /// Saves to this file (`None`: the person cancels).
    pub fn saving(save: Option<PathBuf>) -> Box<dyn FileChooser> {
        Box::new(Self {
            open: Vec::new(),
            save,
        })
    }
}

impl FileChooser for Picks {
    fn pick_open(&mut self, _wanted: &ics_board_designer::ui::Wanted) -> Option<PathBuf> {
        self.open.first().cloned()
    }
    fn pick_open_many(&mut self, _wanted: &ics_board_designer::ui::Wanted) -> Vec<PathBuf> {
        self.open.clone()
    }
    fn pick_save(&mut self, _suggested: &str, _filter: (&str, &str)) -> Option<PathBuf> {
        self.save.clone()
    }
}

/// A system with no file dialog at all (no desktop portal, no zenity): the window asks for a
/// typed path instead.
#[allow(dead_code)] // only the typed-path scenarios need it
pub struct NoDialogAtAll;

impl FileChooser for NoDialogAtAll {
    fn pick_open(&mut self, _wanted: &ics_board_designer::ui::Wanted) -> Option<PathBuf> {
        None
    }
    fn pick_save(&mut self, _suggested: &str, _filter: (&str, &str)) -> Option<PathBuf> {
        None
    }
    fn available(&self) -> bool {
        false
    }
}

/// An example of `saved_designs/` as on 1 December 2026 (its own date when it names one), so
/// that what the window shows never depends on today.
#[allow(dead_code)] // not every test file opens an example
pub fn example(name: &str) -> ics_board_designer::model::Design {
    let path = std::path::Path::new("saved_designs").join(name);
    let mut design = ics_board_designer::io::load_path(&path).expect("the example loads");
    if design.as_at.is_empty() {
        "2026-12-01".clone_into(&mut design.as_at);
    }
    design
}

/// The designer showing `design`, with a file dialog the person cancels.
#[allow(dead_code)] // not every test file opens a design this way
pub fn open(design: ics_board_designer::model::Design) -> Harness<'static, DesignerApp> {
    harness(DesignerApp::new(design, Box::new(NoDialog)))
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

/// How many findings of the window's report `keep` keeps.
#[allow(dead_code)] // not every test file counts findings
pub fn findings_where(
    h: &Harness<'_, DesignerApp>,
    keep: impl Fn(&ics_board_designer::rules::Finding) -> bool,
) -> usize {
    h.state()
        .report()
        .findings
        .iter()
        .filter(|f| keep(f))
        .count()
}

/// The id of the first seat with this role on the board the window shows.
#[allow(dead_code)] // not every test file looks seats up by role
pub fn seat_of_role(h: &Harness<'_, DesignerApp>, role: &ics_board_designer::model::Role) -> u32 {
    h.state()
        .design()
        .board
        .iter()
        .find(|s| s.role == *role)
        .map(|s| s.id)
        .expect("a seat with that role")
}
