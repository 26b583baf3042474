//! Rough edges a facilitator hits (issue 15), driven through `egui_kittest`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::Queryable;
use ics_board_designer::{
    io,
    rules::Subject,
    ui::{DesignerApp, Selection},
};

use common::{NoDialog, click, harness};

#[test]
fn delete_removes_only_what_the_tab_shows_and_says_how_to_undo() {
    let design = io::load_path(Path::new("saved_designs/option_b_icb_committees.ron")).unwrap();
    let seats = design.board.len();
    let id = design.board[1].id;
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    h.state_mut().go_to(Subject::Seat(id));
    h.run();
    assert_eq!(h.state().selection(), Selection::Seat(id));
    // On another tab, Delete removes nothing unseen.
    click(&mut h, "Places");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().design().board.len(), seats);
    h.get_by_label("Nothing deleted: select a seat, committee or place on this tab first");
    // On the board, it removes the seat and says how to get it back.
    click(&mut h, "Board and committees");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().design().board.len(), seats - 1);
    h.get_by_label("Removed Non-executive member; Ctrl+Z brings it back");
}
