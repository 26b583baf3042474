//! The window parts of 2026 driven through `egui_kittest`: the rule pack chosen and compared in
//! the Rules tab, the basis on every finding, the board on a date, and the new fields of the
//! inspector.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{
    rules::{RuleId, Severity, Subject},
    ui::DesignerApp,
};

use common::{chair_term_ends, click, example, findings_where, open};

fn severity_of(h: &Harness<'_, DesignerApp>, rule: RuleId) -> Option<Severity> {
    h.state()
        .report()
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .map(|f| f.severity)
}

#[test]
fn choosing_a_pack_in_the_rules_tab_changes_the_verdict_and_can_be_undone() {
    let mut h = open(example("workshop_start.ron"));
    assert_eq!(h.state().design().rule_pack, "nhse2025");
    assert_eq!(
        severity_of(&h, RuleId::BoardExecMedical),
        Some(Severity::Warning)
    );
    // The status bar names the pack.
    h.get_by_label("Pack: nhse2025");
    click(&mut h, "Rules");
    click(&mut h, "ICS Design Framework (June 2021) (16 Jun 2021)");
    assert_eq!(h.state().design().rule_pack, "df2021");
    assert_eq!(
        severity_of(&h, RuleId::BoardExecMedical),
        Some(Severity::Error)
    );
    h.get_by_label("Pack: df2021");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().design().rule_pack, "nhse2025");
}

#[test]
fn two_packs_side_by_side_say_what_changes() {
    let mut h = open(example("workshop_start.ron"));
    click(&mut h, "Rules");
    click(&mut h, "bill2026");
    // Under the bill the local-authority partner is advice, not an error: one error fewer.
    h.get_by_label("13 errors under nhse2025, 12 errors under bill2026");
    h.get_by_label("error becomes advice");
}

#[test]
fn every_finding_shows_its_basis_as_a_word() {
    let h = open(example("workshop_start.ron"));
    // The side column gives each finding a line: severity, rule, basis in words, source.
    let row = "error · board.exec_finance | ◆ policy: DF2021";
    assert!(h.query_by_label(row).is_some(), "no row {row}");
}

#[test]
fn moving_the_date_makes_a_seat_vacant_and_back() {
    let mut design = chair_term_ends(example("option_f_mixed_models.ron"), "2027-03-31");
    design.as_at = "2026-12-01".into();
    let mut h = open(design);
    let ended = |h: &Harness<'_, DesignerApp>| {
        findings_where(h, |f| {
            f.rule == RuleId::PeopleTermEnded && f.concerns(Subject::Seat(1))
        }) > 0
    };
    assert!(!ended(&h));
    h.get_by_label("Seat: Chair, Dr Helen Ashworth");
    // The date control in the menu bar: type another date.
    h.get_by_label("Board on").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Board on").type_text("2027-04-01");
    h.run();
    assert_eq!(h.state().design().as_at, "2027-04-01");
    assert!(ended(&h));
    h.get_by_label("Seat: Chair, vacant on 1 Apr 2027 (Dr Helen Ashworth's term has ended)");
    // One step back.
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().design().as_at, "2026-12-01");
    assert!(!ended(&h));
}

#[test]
fn the_inspector_marks_the_senior_non_executive_and_a_private_healthcare_post() {
    let mut h = open(example("option_f_mixed_models.ron"));
    let senior = |h: &Harness<'_, DesignerApp>| {
        findings_where(h, |f| f.rule == RuleId::BoardSeniorNonExecutive) > 0
    };
    assert!(
        !senior(&h),
        "option F names its senior non-executive member"
    );
    h.state_mut().view_mut().go_to(Subject::Seat(3));
    h.run();
    click(&mut h, "Senior non-executive member");
    assert!(!h.state().design().seat(3).unwrap().senior_non_executive);
    assert!(senior(&h), "none named once the box is cleared");
    click(&mut h, "Senior non-executive member");
    assert!(h.state().design().seat(3).unwrap().senior_non_executive);
    assert!(!senior(&h));
    click(&mut h, "Add other post");
    click(&mut h, "Private healthcare provider");
    let holder = h.state().design().seat(3).unwrap().holder.clone().unwrap();
    assert!(holder.other_posts.last().unwrap().private_healthcare);
    assert!(
        h.state()
            .report()
            .findings
            .iter()
            .any(|f| f.rule == RuleId::BoardPrivateHealthcare)
    );
}

#[test]
fn the_system_tab_lists_the_mayoral_strategic_authorities() {
    let mut h = open(example("option_f_mixed_models.ron"));
    click(&mut h, "Whole system");
    h.get_by_label("Strategic authority name").click();
    h.run();
    h.get_by_label("Strategic authority name")
        .type_text("Northmoor and Vale Combined Authority");
    h.run();
    // The half-typed name is the window's, where a test can see it, not egui's.
    assert_eq!(
        h.state().view().drafts.strategic_authority,
        "Northmoor and Vale Combined Authority"
    );
    click(&mut h, "Add authority");
    assert_eq!(h.state().view().drafts.strategic_authority, "");
    assert_eq!(
        h.state().design().system_level.strategic_authorities,
        vec!["Northmoor and Vale Combined Authority".to_owned()]
    );
    // Under today's rules nothing more is asked; under the bill, the nominee is missing.
    assert!(severity_of(&h, RuleId::BoardPartnerStrategicAuthority).is_none());
    click(&mut h, "Remove");
    assert!(
        h.state()
            .design()
            .system_level
            .strategic_authorities
            .is_empty()
    );
}

#[test]
fn opening_a_cluster_file_opens_its_workspace_and_a_broken_one_keeps_the_open_design() {
    let mut h = open(example("df2021_minimum.ron"));
    let before = h.state().design().clone();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Cluster(format_version: 1, name: \"x\", icbz: [])").unwrap();
    h.state_mut().open_path(&broken);
    h.run();
    assert!(matches!(
        h.state().dialog(),
        Some(ics_board_designer::ui::Dialog::Error { .. })
    ));
    assert_eq!(h.state().design(), &before);
    assert!(h.state().cluster().is_none());
    h.state_mut()
        .open_path(Path::new("saved_designs/cluster_northmoor_southdown.ron"));
    h.run();
    assert_eq!(h.state().cluster().map(|c| c.icbs.len()), Some(2));
    assert_eq!(
        h.state().focus(),
        Some(ics_board_designer::ui::Focus::Overview)
    );
}

#[test]
fn the_inspector_records_an_assessment_and_its_outcome_as_undoable_steps() {
    let mut h = open(example("board_in_post_2026.ron"));
    let holder =
        |h: &Harness<'_, DesignerApp>| h.state().design().seat(3).unwrap().holder.clone().unwrap();
    assert_eq!(
        severity_of(&h, RuleId::PeopleFpptDue),
        Some(Severity::Warning)
    );
    h.state_mut().view_mut().go_to(Subject::Seat(3));
    h.run();
    let field = "Last fit and proper person assessment";
    h.get_by_label(field).scroll_to_me();
    h.run();
    h.get_by_label(field).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    // Half a date is kept in the field and not applied; the whole date is.
    h.get_by_label(field).type_text("2026-11");
    h.run();
    assert_eq!(holder(&h).fppt_assessed, "2025-11-20");
    h.get_by_label(field).type_text("-25");
    h.run();
    assert_eq!(holder(&h).fppt_assessed, "2026-11-25");
    assert_eq!(
        severity_of(&h, RuleId::PeopleFpptDue),
        None,
        "assessed within the year"
    );
    // The outcome is a choice.
    click(&mut h, "Outcome of the assessment");
    click(&mut h, "Not fit");
    assert_eq!(
        holder(&h).fppt_outcome,
        Some(ics_board_designer::model::FpptOutcome::NotFit)
    );
    assert_eq!(
        severity_of(&h, RuleId::PeopleFpptNotFit),
        Some(Severity::Error)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        holder(&h).fppt_outcome,
        Some(ics_board_designer::model::FpptOutcome::Fit)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(holder(&h).fppt_assessed, "2025-11-20");
}

#[test]
fn the_year_ahead_lists_what_falls_due_and_opens_the_seat() {
    let mut h = open(example("board_in_post_2026.ron"));
    click(&mut h, "People");
    click(&mut h, "The year ahead");
    let overdue =
        "Fit and proper person assessment: Priya Raman (Non-executive member), 20 Nov 2026";
    assert!(h.query_by_label("⚠ overdue").is_some());
    assert!(h.query_by_label("Overdue, or never recorded").is_some());
    assert!(h.query_by_label("Dec 2026").is_some(), "grouped by month");
    click(&mut h, overdue);
    assert_eq!(
        h.state().view().selection,
        ics_board_designer::ui::Selection::Seat(3)
    );
    click(&mut h, "finding people.fppt_due");
    assert_eq!(h.state().view().finding_focus, Some(RuleId::PeopleFpptDue));
}

#[test]
fn a_district_councils_place_offers_its_county_council() {
    let mut h = open(example("option_f_mixed_models.ron"));
    let index = h
        .state()
        .design()
        .places
        .iter()
        .position(|p| p.local_authority == "Westdale Council")
        .unwrap();
    let place = h.state().design().places[index].id;
    h.state_mut().view_mut().go_to(Subject::Place(place));
    h.run();
    assert!(
        h.query_by_label("County council").is_none(),
        "a unitary council needs none"
    );
    let (text, la) = (egui::Role::TextInput, "Local authority");
    h.get_by_role_and_label(text, la).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(text, la)
        .type_text("Eastvale District Council");
    h.run();
    h.get_by_label("County council").click();
    h.run();
    h.get_by_label("County council")
        .type_text("Westshire County Council");
    h.run();
    let county_of =
        |h: &Harness<'_, DesignerApp>| h.state().design().places[index].county_council.clone();
    assert_eq!(county_of(&h), "Westshire County Council");
    let missing = h
        .state()
        .report()
        .findings
        .iter()
        .find(|f| f.rule == RuleId::PartnershipLocalAuthorities)
        .map(|f| f.message.clone())
        .unwrap_or_default();
    assert!(missing.contains("Westshire County Council"), "{missing}");
    click(&mut h, "Clear");
    assert_eq!(county_of(&h), "");
}
