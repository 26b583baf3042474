//! A file changed on disk by another program while the window has it open (issue 19): saving
//! asks before it overwrites, and coming back to the window offers to reload.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{io, model::Design, ui::DesignerApp};

use common::{NoDialog, click, click_at, harness};

/// A window with a copy of an example open from a temporary folder.
fn open_copy(dir: &Path) -> (Harness<'static, DesignerApp>, PathBuf) {
    let path = dir.join("design.ron");
    std::fs::copy("saved_designs/option_b_icb_committees.ron", &path).unwrap();
    let mut app = DesignerApp::new(Design::default(), Box::new(NoDialog));
    app.open_path(&path);
    let h = harness(app);
    assert_eq!(h.state().path(), Some(path.as_path()));
    (h, path)
}

/// Another program saves the design under a new name.
fn changed_elsewhere(path: &Path, name: &str) {
    let mut design = io::load_path(path).unwrap();
    name.clone_into(&mut design.name);
    io::save_to_path(&design, path).unwrap();
}

fn rename_in_window(h: &mut Harness<'static, DesignerApp>, name: &str) {
    // With nothing selected the design's own fields are one click away.
    if h.query_by_label("✎ Design details").is_some() {
        h.get_by_label("✎ Design details").click();
        h.run();
    }
    let field = |h: &Harness<'static, DesignerApp>| {
        h.get_by_role_and_label(egui::Role::TextInput, "Design name")
            .rect()
            .center()
    };
    let at = field(h);
    click_at(h, at);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Design name")
        .type_text(name);
    h.run();
    h.key_press(Key::Escape);
    h.run();
}

fn save(h: &mut Harness<'static, DesignerApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
}

#[test]
fn saving_over_another_programs_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = open_copy(dir.path());
    rename_in_window(&mut h, "Mine");
    changed_elsewhere(&path, "Theirs");
    save(&mut h);
    h.get_by_label("The file changed on disk");
    // Cancel: their version stays on disk, mine in the window.
    click(&mut h, "Cancel");
    assert_eq!(io::load_path(&path).unwrap().name, "Theirs");
    assert!(h.state().is_dirty());
    // Overwrite, when that is what the person wants.
    save(&mut h);
    click(&mut h, "Overwrite");
    assert_eq!(io::load_path(&path).unwrap().name, "Mine");
    assert!(!h.state().is_dirty());
    // Saved by this window: no question next time.
    rename_in_window(&mut h, "Mine again");
    save(&mut h);
    assert!(h.state().dialog().is_none());
    assert_eq!(io::load_path(&path).unwrap().name, "Mine again");
}

#[test]
fn coming_back_to_the_window_offers_to_reload_a_changed_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = open_copy(dir.path());
    // Nothing changed: nothing offered.
    h.state_mut().check_disk();
    h.run();
    assert!(h.state().dialog().is_none());
    changed_elsewhere(&path, "Theirs");
    h.state_mut().check_disk();
    h.run();
    click(&mut h, "Reload");
    assert_eq!(h.state().design().name, "Theirs");
    assert!(!h.state().is_dirty());
    // Declined once, a version is not offered again; a newer one is.
    changed_elsewhere(&path, "Theirs, later");
    h.state_mut().check_disk();
    h.run();
    click(&mut h, "Keep this version");
    assert_eq!(h.state().design().name, "Theirs");
    h.state_mut().check_disk();
    h.run();
    assert!(h.state().dialog().is_none());
    changed_elsewhere(&path, "Theirs, latest");
    h.state_mut().check_disk();
    h.run();
    h.get_by_label("Reload");
}

#[test]
fn recent_files_are_remembered_whole_so_they_work_from_any_folder() {
    let mut app = DesignerApp::new(Design::default(), Box::new(NoDialog));
    app.open_path(Path::new("saved_designs/option_b_icb_committees.ron"));
    app.open_path(Path::new("./saved_designs/option_b_icb_committees.ron"));
    let recent = app.recent();
    assert_eq!(recent.len(), 1, "the same file once: {recent:?}");
    assert!(recent[0].is_absolute());
    assert!(recent[0].ends_with("saved_designs/option_b_icb_committees.ron"));
}
