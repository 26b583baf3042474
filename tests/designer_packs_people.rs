//! The window parts of 2026 driven through `egui_kittest`: the rule pack chosen and compared in
//! the Rules tab, the basis on every finding, the board on a date, and the new fields of the
//! inspector.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{
    io,
    model::Design,
    rules::{RuleId, Severity, Subject},
    ui::DesignerApp,
};

use common::{NoDialog, chair_term_ends, click, harness};

/// An example as on a fixed date, so that what the window shows never depends on today.
fn example(name: &str) -> Design {
    let mut design = io::load_path(&Path::new("saved_designs").join(name)).unwrap();
    if design.as_at.is_empty() {
        "2026-12-01".clone_into(&mut design.as_at);
    }
    design
}

fn open(design: Design) -> Harness<'static, DesignerApp> {
    harness(DesignerApp::new(design, Box::new(NoDialog)))
}

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
        h.state()
            .report()
            .findings
            .iter()
            .any(|f| f.rule == RuleId::PeopleTermEnded && f.concerns(Subject::Seat(1)))
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
        h.state()
            .report()
            .findings
            .iter()
            .any(|f| f.rule == RuleId::BoardSeniorNonExecutive)
    };
    assert!(
        !senior(&h),
        "option F names its senior non-executive member"
    );
    h.state_mut().go_to(Subject::Seat(3));
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
    click(&mut h, "Add authority");
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
