//! The People tab driven through `egui_kittest` (issue 17): the terms timeline and its date
//! line, the register of interests and its conflict links, the skills matrix, and File ▸ Import
//! people… with its preview. Every design is pinned to a date, so nothing depends on today.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{
    model::{Design, Expertise, Interest, InterestKind, Role},
    rules::{RuleId, Subject},
    ui::{DesignerApp, Selection, Tab},
};

use common::{chair_term_ends, click, click_at, drag, example, findings_where, open};

fn undo(h: &mut Harness<'_, DesignerApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

fn seat_of(design: &Design, name: &str) -> u32 {
    design
        .board
        .iter()
        .find(|s| s.holder_name() == Some(name))
        .unwrap()
        .id
}

#[test]
fn dragging_the_date_line_makes_a_seat_vacant_in_one_undo_step() {
    let design = chair_term_ends(example("option_f_mixed_models.ron"), "2027-03-31");
    let mut h = open(design);
    let chair_left = |h: &Harness<'_, DesignerApp>| {
        findings_where(h, |f| {
            f.rule == RuleId::PeopleTermEnded && f.concerns(Subject::Seat(1))
        }) > 0
    };
    click(&mut h, "People");
    h.get_by_label("Dr Helen Ashworth, Chair: Jul 2022 to Mar 2027 (ends in 4 months); assessment due 1 Oct 2027");
    // Drag the date from the middle of the axis to its far end, past the chair's term.
    let axis = h.get_by_label("Board on 1 Dec 2026").rect();
    let from = axis.center();
    drag(&mut h, from, egui::pos2(axis.right() - 2.0, from.y));
    let as_at = h.state().design().as_at.clone();
    assert!(as_at.as_str() > "2027-03-31", "the date moved to {as_at}");
    assert!(chair_left(&h));
    h.get_by_label("Dr Helen Ashworth, Chair: Jul 2022 to Mar 2027 (left)");
    // The whole drag is one step back.
    undo(&mut h);
    assert_eq!(h.state().design().as_at, "2026-12-01");
    assert!(!chair_left(&h));
}

#[test]
fn a_conflict_in_the_register_links_to_the_member_and_to_where_the_organisation_appears() {
    let mut design = example("option_f_mixed_models.ron");
    let trust = design.system_level.trusts[0].name.clone();
    let marcus = seat_of(&design, "Marcus Obi");
    let seat = design.board.iter_mut().find(|s| s.id == marcus).unwrap();
    seat.holder.as_mut().unwrap().interests.push(Interest {
        organisation: trust.clone(),
        kind: InterestKind::Financial,
        description: "Shareholding".into(),
        declared: "2026-05-01".into(),
    });
    let mut h = open(design);
    click(&mut h, "People");
    click(&mut h, "Register of interests");
    // The conflict is marked in words, not by colour alone.
    let conflict = "⚠ Conflict: a trust of the system";
    h.get_by_label(conflict);
    h.get_by_label(&trust);
    // Only the conflicts, then the member's end of the link.
    click(&mut h, "Conflicts only (1)");
    assert!(h.query_by_label("University of Northmoor").is_none());
    click(&mut h, "Marcus Obi");
    assert_eq!(h.state().view().selection, Selection::Seat(marcus));
    assert_eq!(h.state().view().tab, Tab::Board);
    // Back to the register (it keeps its page and filter): the organisation's end.
    click(&mut h, "People");
    click(&mut h, conflict);
    assert_eq!(h.state().view().tab, Tab::System);
}

#[test]
fn a_skills_matrix_click_is_one_undoable_edit() {
    let mut h = open(example("option_f_mixed_models.ron"));
    let tom = seat_of(h.state().design(), "Tom Harrington");
    let digital = |h: &Harness<'_, DesignerApp>| {
        h.state()
            .design()
            .seat(tom)
            .unwrap()
            .expertise
            .contains(&Expertise::Digital)
    };
    click(&mut h, "People");
    click(&mut h, "Skills matrix");
    assert!(!digital(&h));
    click(&mut h, "Tom Harrington: Digital");
    assert!(digital(&h));
    undo(&mut h);
    assert!(!digital(&h));
}

#[test]
fn a_gap_in_the_skills_matrix_links_to_its_finding() {
    let mut design = example("option_f_mixed_models.ron");
    for seat in &mut design.board {
        seat.expertise.retain(|e| *e != Expertise::MentalHealth);
    }
    let mut h = open(design);
    click(&mut h, "People");
    click(&mut h, "Skills matrix");
    // The counts are the last row of the grid: bring the first gap into view, then click it.
    let first_gap = |h: &Harness<'static, DesignerApp>| {
        h.get_all_by_label("⚠ 0: gap")
            .next()
            .expect("the mental health column shows its gap")
            .rect()
            .center()
    };
    h.get_all_by_label("⚠ 0: gap")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    let at = first_gap(&h);
    click_at(&mut h, at);
    h.run();
    // The findings panel marks the finding it links to.
    assert_eq!(
        h.state().view().finding_focus,
        Some(RuleId::BoardMentalHealthExpertise)
    );
    let message = h
        .state()
        .report()
        .findings
        .iter()
        .find(|f| f.rule == RuleId::BoardMentalHealthExpertise)
        .unwrap()
        .message
        .clone();
    h.get_by_label(&message);
}

fn write_roster(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("roster.csv");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn an_import_with_one_bad_row_changes_nothing_and_names_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let roster = write_roster(
        dir.path(),
        "Name,Role,Organisation,Appointed,Term ends,Expertise\n\
         Ada Lovell,Chair,,2026-04-01,2030-03-31,Finance\n\
         Ben Ode,Non-executive,,2026-04-01,2027-13-01,\n",
    );
    let design = example("workshop_start.ron");
    let before = design.clone();
    let mut h = open(design);
    h.state_mut().import_people(&roster);
    h.run();
    h.get_by_label("Row 3: term ends \"2027-13-01\" is not a date (YYYY-MM-DD)");
    // Nothing to apply: the only way out is Close.
    assert!(h.query_by_label("Import 1 person").is_none());
    assert!(h.query_by_label("Import 2 people").is_none());
    click(&mut h, "Close");
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().design(), &before);
    assert!(!h.state().can_undo());
}

#[test]
fn a_good_import_fills_the_seats_and_is_one_undo_step() {
    let design = example("workshop_start.ron");
    let before = design.clone();
    let mut h = open(design);
    h.state_mut()
        .import_people(Path::new("saved_designs/workshop_start_roster.csv"));
    h.run();
    h.get_by_label("Fills the vacant Director of People");
    h.get_by_label("Adds a seat: Director of finance");
    // Cancel changes nothing.
    click(&mut h, "Cancel");
    assert_eq!(h.state().design(), &before);
    h.state_mut()
        .import_people(Path::new("saved_designs/workshop_start_roster.csv"));
    h.run();
    // Six of the seven rows place someone; the board secretary's row is left out.
    h.get_by_role_and_label(egui::Role::Button, "Import 6 people")
        .click();
    h.run();
    assert_ne!(h.state().design(), &before);
    assert_eq!(
        h.state()
            .design()
            .seat(seat_of(h.state().design(), "Aisha Khan"))
            .map(|s| s.role.clone()),
        Some(Role::Executive(
            ics_board_designer::model::ExecutiveRole::Finance
        ))
    );
    undo(&mut h);
    assert_eq!(h.state().design(), &before);
}
