//! Files that arrive after the frame that asked for them, as a browser's file picker gives them
//! (docs/web.md), and files dropped on the window: each goes where it was asked for, a file
//! nobody asked for opens as its kind says, and a cancelled picker leaves nothing waiting.
//! Driven through `egui_kittest` by accessible labels, with a picker that answers a frame late.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::{
    cell::RefCell,
    path::{Path, PathBuf},
    rc::Rc,
    sync::Arc,
};

use ics_board_designer::ui::{DesignerApp, Dialog, FileChooser, Tab, Wanted};

use common::{click, example, harness};

/// What the late picker was asked for, and what it will give once asked.
#[derive(Default)]
struct Asked {
    wanted: Vec<Wanted>,
    answers: Vec<Vec<PathBuf>>,
    /// Given without being asked (a file a test hands the page's input).
    unasked: Vec<Vec<PathBuf>>,
    /// Where Save As and Export write, answered at once (a browser's download).
    save_to: Option<PathBuf>,
}

/// A picker that, like a browser's, answers in a later frame.
struct LatePicker(Rc<RefCell<Asked>>);

impl FileChooser for LatePicker {
    fn pick_open(&mut self, wanted: &Wanted) -> Option<PathBuf> {
        self.0.borrow_mut().wanted.push(*wanted);
        None
    }
    fn pick_save(&mut self, _suggested: &str, _filter: (&str, &str)) -> Option<PathBuf> {
        self.0.borrow().save_to.clone()
    }
    fn picked_later(&mut self) -> Option<Vec<PathBuf>> {
        let mut asked = self.0.borrow_mut();
        if !asked.unasked.is_empty() {
            return Some(asked.unasked.remove(0));
        }
        if asked.wanted.is_empty() || asked.answers.is_empty() {
            return None;
        }
        Some(asked.answers.remove(0))
    }
}

fn late(answers: Vec<Vec<PathBuf>>) -> (Rc<RefCell<Asked>>, Box<LatePicker>) {
    let asked = Rc::new(RefCell::new(Asked {
        answers,
        ..Asked::default()
    }));
    (Rc::clone(&asked), Box::new(LatePicker(asked)))
}

#[test]
fn a_file_picked_later_goes_where_it_was_asked_for() {
    let other = PathBuf::from("saved_designs/option_b_icb_committees.ron");
    let roster = PathBuf::from("saved_designs/workshop_start_roster.csv");
    let (asked, picker) = late(vec![vec![other]]);
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    click(&mut h, "File");
    click(&mut h, "Compare with...");
    h.run();
    assert_eq!(asked.borrow().wanted[0].extensions, ["ron"]);
    assert_eq!(
        h.state().view().tab,
        Tab::Compare,
        "the picked design is compared"
    );
    // Import people asks for a roster, not a design, and previews what the roster would do.
    let (asked, picker) = late(vec![vec![roster]]);
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    click(&mut h, "File");
    click(&mut h, "Import people...");
    h.run();
    assert_eq!(asked.borrow().wanted[0].extensions, ["csv", "xlsx", "ods"]);
    assert!(
        matches!(h.state().dialog(), Some(Dialog::ImportPreview { .. })),
        "the roster's preview: {:?}",
        h.state().dialog().map(Dialog::title)
    );
    assert_eq!(
        h.state().design(),
        &example("workshop_start.ron"),
        "nothing changes before the import is applied"
    );
}

#[test]
fn a_cancelled_picker_leaves_nothing_waiting_and_a_file_nobody_asked_for_opens() {
    let (asked, picker) = late(vec![Vec::new()]);
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    click(&mut h, "File");
    click(&mut h, "Compare with...");
    h.run();
    assert_ne!(
        h.state().view().tab,
        Tab::Compare,
        "cancelled: nothing is compared"
    );
    // A design handed to the page's file input without a question opens, as a design.
    asked.borrow_mut().unasked.push(vec![PathBuf::from(
        "saved_designs/option_b_icb_committees.ron",
    )]);
    h.run();
    assert_eq!(
        h.state().path(),
        Some(Path::new("saved_designs/option_b_icb_committees.ron"))
    );
    assert_ne!(h.state().view().tab, Tab::Compare);
}

/// A file dropped on the window, as the desktop gives it: a path.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut egui_kittest::Harness<'static, DesignerApp>, path: &str) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(PathBuf::from(path))));
    h.run();
}

#[test]
fn a_design_dropped_on_the_window_opens_asking_first_about_unsaved_changes() {
    let (_, picker) = late(Vec::new());
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    drop_file(&mut h, "saved_designs/option_b_icb_committees.ron");
    assert_eq!(
        h.state().path(),
        Some(Path::new("saved_designs/option_b_icb_committees.ron"))
    );
    assert!(
        h.state()
            .announcement()
            .contains("option_b_icb_committees.ron"),
        "the page's live region names the file: {}",
        h.state().announcement()
    );
    // With unsaved changes, dropping another design asks first.
    let seat = h.state().design().board[1].id;
    h.state_mut()
        .view_mut()
        .go_to(ics_board_designer::rules::Subject::Seat(seat));
    h.run();
    h.key_press(egui::Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
    drop_file(&mut h, "saved_designs/option_c_joint_committees.ron");
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::UnsavedChanges(_))
    ));
    assert!(h.state().announcement().contains("Asking: Save changes?"));
    // A roster dropped on the window is previewed for import.
    let (_, picker) = late(Vec::new());
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    drop_file(&mut h, "saved_designs/workshop_start_roster.xlsx");
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::ImportPreview { .. })
    ));
}

#[test]
fn an_export_answered_at_once_leaves_nothing_waiting_for_a_later_file() {
    let dir = tempfile::tempdir().unwrap();
    let (asked, picker) = late(Vec::new());
    asked.borrow_mut().save_to = Some(dir.path().join("board.md"));
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    click(&mut h, "File");
    click(&mut h, "Export");
    click(&mut h, "Markdown...");
    assert!(dir.path().join("board.md").is_file(), "exported at once");
    // A design handed over later opens: it is not taken for the export's answer (which would
    // write the export over it).
    let design = dir.path().join("option_b.ron");
    std::fs::copy("saved_designs/option_b_icb_committees.ron", &design).unwrap();
    asked.borrow_mut().unasked.push(vec![design.clone()]);
    h.run();
    assert_eq!(h.state().path(), Some(design.as_path()));
    assert_eq!(
        std::fs::read(&design).unwrap(),
        std::fs::read("saved_designs/option_b_icb_committees.ron").unwrap()
    );
}

#[test]
fn designs_picked_later_for_a_new_cluster_make_the_cluster() {
    let (asked, picker) = late(vec![vec![
        PathBuf::from("saved_designs/option_a_consultative_forums.ron"),
        PathBuf::from("saved_designs/option_b_icb_committees.ron"),
    ]]);
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    click(&mut h, "File");
    click(&mut h, "New cluster from designs...");
    h.run();
    assert_eq!(asked.borrow().wanted[0].extensions, ["ron"]);
    let cluster = h.state().cluster().expect("a cluster of the two designs");
    assert_eq!(cluster.icbs.len(), 2);
}

#[test]
fn an_appraisal_dropped_with_its_options_opens_as_the_appraisal() {
    let (_, picker) = late(Vec::new());
    let mut h = harness(DesignerApp::new(example("workshop_start.ron"), picker));
    // A browser's page is given every file chosen at once; the options come along.
    for file in [
        "saved_designs/appraisal_option_a_boards_in_common.ron",
        "saved_designs/appraisal_2027_merger.ron",
        "saved_designs/merger_three_icbs.ron",
    ] {
        h.input_mut()
            .dropped_files
            .push(Arc::new(Dropped(PathBuf::from(file))));
    }
    h.run();
    let (appraisal, scored) = h.state().appraisal().expect("the appraisal opens");
    assert_eq!(appraisal.options.len(), 3);
    assert!(scored.options.iter().all(|o| o.unreadable.is_none()));
    assert!(h.state().cluster().is_none(), "not a cluster of the files");
}
