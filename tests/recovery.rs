//! Autosave and recovery through the real window code (`egui_kittest`), without a real display.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use egui_kittest::kittest::Queryable;
use ics_board_designer::{
    io::{self, recovery::RecoveryStore},
    model::Design,
    ui::{DesignerApp, Dialog},
};

use common::{Picks, click, harness};

#[test]
fn unsaved_work_is_copied_and_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = dir.path().join("board.ron");
    let example = io::load_path(std::path::Path::new("saved_designs/df2021_minimum.ron")).unwrap();
    io::save_to_path(&example, &file).unwrap();
    let original_bytes = std::fs::read(&file).unwrap();

    // Session 1: open, edit, and the copy is written (never over the user's file).
    let app = DesignerApp::open_at_start(&file, Picks::saving(None)).with_recovery(store.clone());
    let mut h = harness(app);
    click(&mut h, "Add other committee");
    let edited = h.state().design().clone();
    assert_eq!(store.pending().len(), 1, "a recovery copy was written");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original_bytes,
        "the user's file is untouched"
    );
    drop(h); // as if the laptop died

    // Session 2: the copy is offered; Recover restores the work, unsaved, for that file.
    let app = DesignerApp::new(Design::default(), Picks::saving(None)).with_recovery(store.clone());
    let mut h = harness(app);
    assert!(matches!(h.state().dialog(), Some(Dialog::Recover(_))));
    h.get_by_label_contains("Recover unsaved work from");
    click(&mut h, "Recover");
    assert_eq!(h.state().design(), &edited);
    assert!(h.state().is_dirty());
    assert_eq!(
        h.state()
            .path()
            .map(std::path::absolute)
            .map(Result::unwrap),
        Some(std::path::absolute(&file).unwrap())
    );
    // The recovery record named the file, so the first save asks before writing there (a
    // record could name any file); Cancel writes nothing.
    assert!(!h.state_mut().save());
    h.run();
    h.get_by_label("Save the recovered work?");
    click(&mut h, "Cancel");
    assert_eq!(std::fs::read(&file).unwrap(), original_bytes);
    h.state_mut().save();
    h.run();
    click(&mut h, "Save there");
    // Saving removes the copy.
    assert!(store.pending().is_empty());
    assert_eq!(io::load_path(&file).unwrap(), edited);
}

#[test]
fn discard_removes_the_copy_and_an_unsaved_design_is_recoverable() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let app = DesignerApp::new(Design::default(), Picks::saving(None)).with_recovery(store.clone());
    let mut h = harness(app);
    click(&mut h, "Add remuneration committee");
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].original, None);
    drop(h);

    let app = DesignerApp::new(Design::default(), Picks::saving(None)).with_recovery(store.clone());
    let mut h = harness(app);
    click(&mut h, "Discard");
    assert!(h.state().dialog().is_none());
    assert!(h.state().design().committees.is_empty());
    assert!(store.pending().is_empty());
}
