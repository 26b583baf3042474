//! Rough edges a facilitator hits (issue 15), driven through `egui_kittest`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;
mod room;

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::Queryable;
use ics_board_designer::{
    io,
    rules::Subject,
    ui::{DesignerApp, Selection},
};

use common::{NoDialog, click, click_at, harness};

#[test]
fn delete_removes_only_what_the_tab_shows_and_says_how_to_undo() {
    let design = io::load_path(Path::new("saved_designs/option_b_icb_committees.ron")).unwrap();
    let seats = design.board.len();
    let id = design.board[1].id;
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    h.state_mut().view_mut().go_to(Subject::Seat(id));
    h.run();
    assert_eq!(h.state().view().selection, Selection::Seat(id));
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

#[test]
fn switching_a_places_model_and_back_keeps_its_details() {
    use ics_board_designer::model::PlaceModel;
    let mut design = io::load_path(Path::new("saved_designs/option_e_lead_providers.ron")).unwrap();
    let place = design
        .places
        .iter()
        .find(|p| matches!(p.model, PlaceModel::LeadProvider { .. }))
        .unwrap();
    let (id, before) = (place.id, place.model.clone());
    // One place, so that its model's radio buttons are the only ones on screen.
    design.places.retain(|p| p.id == id);
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    h.state_mut().view_mut().go_to(Subject::Place(id));
    h.run();
    let model = |h: &egui_kittest::Harness<'_, DesignerApp>| {
        h.state().design().place(id).unwrap().model.clone()
    };
    let radio = |h: &mut egui_kittest::Harness<'_, DesignerApp>, label: &str| {
        // The place's card and the inspector both offer the model; either will do.
        let first = |h: &egui_kittest::Harness<'_, DesignerApp>| {
            h.get_all_by_role_and_label(egui::Role::RadioButton, label)
                .next()
                .unwrap()
                .rect()
                .center()
        };
        h.get_all_by_role_and_label(egui::Role::RadioButton, label)
            .next()
            .unwrap()
            .scroll_to_me();
        h.run();
        let at = first(h);
        click_at(h, at);
    };
    radio(&mut h, "Consultative forum");
    assert_eq!(model(&h), PlaceModel::ConsultativeForum);
    h.get_by_label_contains("its lead provider details are kept if you switch back");
    radio(&mut h, "Lead provider");
    assert_eq!(model(&h), before, "the provider and the contract came back");
}

/// A chooser that records where its dialog would have started, and picks nothing.
struct Recorder(std::rc::Rc<std::cell::RefCell<Option<std::path::PathBuf>>>);

impl ics_board_designer::ui::FileChooser for Recorder {
    fn pick_open(
        &mut self,
        _wanted: &ics_board_designer::ui::Wanted,
    ) -> Option<std::path::PathBuf> {
        None
    }
    fn pick_save(&mut self, _: &str, _: (&str, &str)) -> Option<std::path::PathBuf> {
        None
    }
    fn start_in(&mut self, folder: Option<std::path::PathBuf>) {
        *self.0.borrow_mut() = folder;
    }
}

#[test]
fn save_as_starts_in_the_open_designs_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("board.ron");
    std::fs::copy("saved_designs/option_b_icb_committees.ron", &file).unwrap();
    let seen = std::rc::Rc::default();
    let mut app = DesignerApp::new(
        ics_board_designer::model::Design::default(),
        Box::new(Recorder(std::rc::Rc::clone(&seen))),
    );
    app.open_path(&file);
    let mut h = harness(app);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(
        seen.borrow().as_deref(),
        Some(std::path::absolute(dir.path()).unwrap().as_path())
    );
}

#[test]
fn a_new_seat_at_the_foot_of_a_long_board_comes_into_view() {
    let mut design = ics_board_designer::model::generate::generated_design(120, 2, 2);
    design
        .board
        .retain(|s| !matches!(s.role, ics_board_designer::model::Role::Participant(_)));
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    click(&mut h, "Show the palette");
    // Drop a Healthwatch chip on the first band: it lands in the participants band, which is
    // empty and far below the fold of a 120-seat board.
    h.get_by_label("Add: Healthwatch").scroll_to_me();
    h.run();
    let chip = h.get_by_label("Add: Healthwatch").rect().center();
    let band = h
        .get_all_by_label("Non-executive")
        .map(|n| n.rect().center())
        .find(|p| p.x > 220.0)
        .expect("the first band's label");
    common::drag(&mut h, chip, band);
    h.run();
    let added = h.state().design().board.last().unwrap().label();
    assert_eq!(added, "Healthwatch", "dragged from {chip:?} to {band:?}");
    // Cards out of view are not drawn at all: the new one is on screen.
    assert!(
        h.query_by_label("Seat: Healthwatch, vacant").is_some(),
        "the new seat was added out of sight"
    );
}

#[test]
fn f8_steps_through_the_findings_selecting_each_subject_and_filters_narrow_the_list() {
    use egui::Modifiers;
    use ics_board_designer::rules::{RulePack, validate};
    let design = io::load_path(Path::new("saved_designs/workshop_start.ron")).unwrap();
    let report = validate(&design, &RulePack::for_design(&design));
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    h.key_press(Key::F8);
    h.run();
    let first = &report.findings[0];
    h.get_by_label_contains(&format!("Finding 1 of {}:", report.findings.len()));
    if let Some(Subject::Seat(id)) = first.subjects.first() {
        assert_eq!(h.state().view().selection, Selection::Seat(*id));
    }
    h.key_press(Key::F8);
    h.run();
    h.get_by_label_contains(&format!("Finding 2 of {}:", report.findings.len()));
    h.key_press_modifiers(Modifiers::SHIFT, Key::F8);
    h.run();
    h.get_by_label_contains(&format!("Finding 1 of {}:", report.findings.len()));
    // The text filter narrows the list to one rule's findings, grouped under its severity.
    let rule = report.findings[0].rule;
    let same = report.findings.iter().filter(|f| f.rule == rule).count();
    h.get_by_label("Filter findings").click();
    h.run();
    h.get_by_label("Filter findings").type_text(rule.as_str());
    h.run();
    h.get_by_label(&format!("✖ Errors ({same})"));
    assert!(h.query_by_label_contains("⚠ Warnings (").is_none());
    h.get_by_label("Show all").click();
    h.run();
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == ics_board_designer::rules::Severity::Error)
        .count();
    h.get_by_label(&format!("✖ Errors ({errors})"));
}

#[test]
fn a_palette_role_and_enter_add_a_seat_without_a_mouse() {
    let mut h = harness(DesignerApp::new(
        ics_board_designer::model::Design::default(),
        Box::new(NoDialog),
    ));
    assert!(h.state().design().board.is_empty());
    h.get_by_label("Add: Chair").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let board = &h.state().design().board;
    assert_eq!(board.len(), 1);
    assert_eq!(board[0].role, ics_board_designer::model::Role::Chair);
    // Alt+Right then moves the selected seat within its band; the new seat is selected.
    assert_eq!(h.state().view().selection, Selection::Seat(board[0].id));
}

#[test]
fn every_tab_can_be_reached_in_the_smallest_window() {
    use egui::Vec2;
    let design = io::load_path(Path::new("saved_designs/option_f_mixed_models.ron")).unwrap();
    let mut h = egui_kittest::Harness::builder()
        .with_size(Vec2::new(960.0, 600.0))
        .build_ui_state(
            |ui, app: &mut DesignerApp| app.show(ui),
            DesignerApp::new(design, Box::new(NoDialog)),
        );
    h.run();
    for tab in [
        "Board and committees",
        "Places",
        "Partnership",
        "Whole system",
        "People",
        "Rules",
    ] {
        let rect = h.get_by_label(tab).rect();
        assert!(
            rect.max.x <= 960.0 && rect.max.y <= 600.0 && rect.min.x >= 0.0,
            "{tab} is outside the 960x600 window: {rect:?}"
        );
    }
    click(&mut h, "Rules");
    assert_eq!(h.state().view().tab, ics_board_designer::ui::Tab::Rules);
}

#[test]
fn a_64_kib_name_is_said_and_shown_at_a_readable_length() {
    use egui_kittest::kittest::NodeT;
    let mut design = ics_board_designer::model::Design::default();
    let mut seat = ics_board_designer::model::Seat::new(1, ics_board_designer::model::Role::Chair);
    let name = "Longname ".repeat(64 * 1024 / 9);
    seat.holder = Some(ics_board_designer::model::Holder::named(&name));
    design.board.push(seat);
    let mut h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    let card = h
        .get_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("Seat: Chair, Longname"))
        })
        .next()
        .expect("the card");
    let label = card.accesskit_node().label().unwrap();
    assert!(label.chars().count() <= 301, "{} characters", label.len());
    let centre = card.rect().center();
    h.hover_at(centre);
    h.run();
    h.run();
    // The tooltip says the same cut label, not 64 KiB of text.
    assert!(
        h.query_all_by(|n| n.label().is_some_and(|l| l.len() > 1_000))
            .next()
            .is_none(),
        "no node carries the whole name"
    );
}

#[test]
fn every_band_is_found_by_its_name_and_count() {
    let design = io::load_path(Path::new("saved_designs/option_f_mixed_models.ron")).unwrap();
    let counts: Vec<(ics_board_designer::model::Band, usize)> =
        ics_board_designer::model::Band::ALL
            .iter()
            .map(|b| (*b, design.seats_in(*b).len()))
            .collect();
    let h = harness(DesignerApp::new(design, Box::new(NoDialog)));
    for (band, count) in counts {
        let seats = if count == 1 {
            "1 seat".to_owned()
        } else {
            format!("{count} seats")
        };
        h.get_by_label(&format!("Band: {} ({seats})", band.name()));
    }
}
