//! The real designer driven through `egui_kittest` by its accessible labels.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use ics_board_designer::{
    io,
    model::{CommitteeMember, Design, PlaceModelKind, Role},
    rules::{RuleId, Severity, Subject},
    ui::{DesignerApp, Dialog, FileChooser, Selection},
};

use common::{NoDialogAtAll, Picks, carry, click, drag, example, findings_where, harness};

fn chooser(save: Option<PathBuf>) -> Box<dyn FileChooser> {
    Picks::saving(save)
}

fn empty_designer() -> Harness<'static, DesignerApp> {
    harness(DesignerApp::new(Design::default(), chooser(None)))
}

fn errors(h: &Harness<'_, DesignerApp>) -> usize {
    h.state().report().count(Severity::Error)
}

/// Scroll a widget into view (the board is taller than a 1280x800 window), then find its centre.
fn centre_of(h: &mut Harness<'_, DesignerApp>, label: &str) -> Pos2 {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).rect().center()
}

/// A text field by its accessible label.
fn field<'a>(h: &'a Harness<'_, DesignerApp>, label: &'a str) -> egui_kittest::Node<'a> {
    h.query_by_role_and_label(egui::Role::TextInput, label)
        .or_else(|| h.query_by_role_and_label(egui::Role::MultilineTextInput, label))
        .unwrap_or_else(|| panic!("no text field {label}"))
}

fn type_into(h: &mut Harness<'_, DesignerApp>, label: &str, text: &str) {
    field(h, label).scroll_to_me();
    h.run();
    field(h, label).click();
    h.run();
    field(h, label).type_text(text);
    h.run();
}

/// The board's seat ids in order.
fn seat_ids(h: &Harness<'_, DesignerApp>) -> Vec<u32> {
    h.state().design().board.iter().map(|s| s.id).collect()
}

#[test]
fn build_the_minimum_board_by_dragging_ten_roles() {
    let mut h = empty_designer();
    let start = errors(&h);
    assert!(start >= 10, "an empty design has many errors: {start}");
    let roles = [
        "Chair",
        "Non-executive member",
        "Non-executive member",
        "Chief executive",
        "Director of finance",
        "Medical director",
        "Director of nursing",
        "Partner: trusts",
        "Partner: primary care",
        "Partner: local authority",
    ];
    let mut previous = start;
    for role in roles {
        let from = centre_of(&mut h, &format!("Add: {role}"));
        // The participants band stays empty all along, so its hint is always there to drop on.
        let to = centre_of(&mut h, "Drop participants roles here");
        drag(&mut h, from, to);
        let now = errors(&h);
        assert!(
            now <= previous,
            "{role}: errors rose from {previous} to {now}"
        );
        previous = now;
    }
    let design = h.state().design().clone();
    assert_eq!(design.board.len(), 10);
    assert_eq!(
        design
            .board
            .iter()
            .filter(|s| s.role == Role::NonExecutive)
            .count(),
        2
    );
    // Seats are grouped by band in the file, whatever order they were dropped in.
    let bands: Vec<_> = design.board.iter().map(|s| s.role.band()).collect();
    let mut sorted = bands.clone();
    sorted.sort();
    assert_eq!(bands, sorted);
    // Only the two committees and an ordinary member with mental health expertise are still
    // missing; add them and the errors reach zero.
    let remaining: Vec<RuleId> = h
        .state()
        .report()
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        remaining,
        vec![
            RuleId::BoardMentalHealthExpertise,
            RuleId::CommitteeAuditRequired,
            RuleId::CommitteeRemunerationRequired
        ]
    );
    click(&mut h, "Add audit committee");
    click(&mut h, "Add remuneration committee");
    let ned = design
        .board
        .iter()
        .find(|s| s.role == Role::NonExecutive)
        .unwrap()
        .id;
    h.state_mut().view_mut().go_to(Subject::Seat(ned));
    h.run();
    click(&mut h, "Mental health");
    assert_eq!(errors(&h), 0);
    h.get_by_label("✔ Meets the framework minimums");
}

#[test]
fn each_place_model_shows_its_fields_and_changes_the_findings() {
    let mut h = empty_designer();
    click(&mut h, "Places");
    click(&mut h, "Add place");
    let model_findings = |h: &Harness<'_, DesignerApp>| {
        findings_where(h, |f| f.rule == RuleId::PlaceModelRequirements)
    };
    let accountability = |h: &Harness<'_, DesignerApp>| {
        findings_where(h, |f| f.rule == RuleId::PlaceAccountability) > 0
    };
    let expectations: [(PlaceModelKind, &[&str], usize); 5] = [
        (PlaceModelKind::IcbCommittee, &["Delegated functions"], 1),
        (
            PlaceModelKind::JointCommittee,
            &["Joint committee partners"],
            1,
        ),
        (PlaceModelKind::LeadDirector, &["Lead director (ICB)"], 1),
        (
            PlaceModelKind::LeadProvider,
            &["Lead provider", "Contract reference and term"],
            2,
        ),
        (PlaceModelKind::ConsultativeForum, &[], 0),
    ];
    for (kind, fields, findings) in expectations {
        click(&mut h, kind.name());
        let place = &h.state().design().places[0];
        assert_eq!(place.model.kind(), kind);
        for label in fields {
            field(&h, label);
        }
        assert_eq!(model_findings(&h), findings, "{kind:?}");
        assert_eq!(
            accountability(&h),
            kind != PlaceModelKind::ConsultativeForum
        );
    }
    assert!(
        h.query_by_role_and_label(egui::Role::TextInput, "Delegated functions")
            .is_none()
    );
    // Filling in the lead provider's fields clears its findings.
    click(&mut h, PlaceModelKind::LeadProvider.name());
    type_into(
        &mut h,
        "Lead provider",
        "Northmoor Teaching Hospitals NHS FT",
    );
    type_into(&mut h, "Contract reference and term", "C-12 (2023-28)");
    assert_eq!(model_findings(&h), 0);
}

#[test]
fn a_drop_is_drawn_in_the_frame_that_makes_it() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    click(&mut h, "Show the palette");
    let from = centre_of(&mut h, "Add: Healthwatch");
    let to = centre_of(&mut h, "Drop participants roles here");
    carry(&mut h, from, to);
    // The button let go, and one frame: the one that takes the drop.
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    assert_eq!(h.state().design().board.len(), 11, "the drop was taken");
    let cards = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("Seat: ") && l.contains("Healthwatch"))
        })
        .count();
    assert_eq!(cards, 1, "the new card is drawn in that same frame");
}

#[test]
fn undo_and_redo_every_edit_with_the_keyboard() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    let original = h.state().design().clone();
    // The board meets its minimums, so the palette starts folded: open it.
    click(&mut h, "Show the palette");
    let from = centre_of(&mut h, "Add: Healthwatch");
    let to = centre_of(&mut h, "Drop participants roles here");
    drag(&mut h, from, to);
    assert_eq!(h.state().design().board.len(), 11);
    click(&mut h, "Seat: Chief executive, vacant");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().design().board.len(), 10);
    // The Edit menu names the step it would undo.
    click(&mut h, "Edit");
    h.get_by_label_contains("Undo remove a seat").click();
    h.run();
    assert_eq!(h.state().design().board.len(), 11);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        h.query_by_label_contains("Undone: add Healthwatch")
            .is_some()
    );
    assert_eq!(h.state().design(), &original);
    assert!(!h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().design().board.len(), 11);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(h.state().design().board.len(), 10);
    assert!(h.state().is_dirty());
}

#[test]
fn unsaved_changes_are_guarded_and_undo_survives_save() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("saved.ron");
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(Some(target.clone())),
    ));
    click(&mut h, "Add other committee");
    assert!(h.state().is_dirty());
    let edited = h.state().design().clone();

    // New would lose the change: Cancel keeps everything.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(matches!(
        h.state().dialog(),
        Some(Dialog::UnsavedChanges(_))
    ));
    click(&mut h, "Cancel");
    assert!(h.state().dialog().is_none());
    assert_eq!(h.state().design(), &edited);

    // Save (through the scripted Save As), then undo still works.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().is_dirty());
    assert_eq!(io::load_path(&target).unwrap(), edited);
    assert!(h.state().title().contains("saved.ron"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().design().committees.len(), 2);
    assert!(h.state().is_dirty());
    assert!(h.state().title().starts_with('*'));

    // New again: Don't save discards.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Don't save");
    assert!(h.state().design().board.is_empty());
    assert!(!h.state().is_dirty());
}

#[test]
fn drag_a_seat_onto_a_committee() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    let before = h.state().design().committees[0].members.len();
    h.get_by_label("Audit Committee").scroll_to_me();
    h.run();
    let audit = h.get_by_label("Audit Committee").rect();
    let from = centre_of(&mut h, "Seat: Chief executive, vacant");
    drag(&mut h, from, audit.center() + Vec2::new(0.0, 40.0));
    let committee = &h.state().design().committees[0];
    assert_eq!(committee.members.len(), before + 1);
    assert_eq!(committee.members.last(), Some(&CommitteeMember::Seat(4)));
    assert!(
        h.state()
            .report()
            .findings
            .iter()
            .any(|f| f.rule == RuleId::CommitteeAuditNoExecutives)
    );
    // One undo removes the membership again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().design().committees[0].members.len(), before);
}

#[test]
fn export_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("board.html");
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(Some(target.clone())),
    ));
    click(&mut h, "File");
    click(&mut h, "Export");
    click(&mut h, "HTML report...");
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.contains("DF2021 minimum board"));
    assert!(
        !h.state().is_dirty(),
        "exporting does not change the design"
    );
}

#[test]
fn an_export_never_writes_over_the_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("board.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saved_designs/df2021_minimum.ron"),
        &own,
    )
    .unwrap();
    let before = std::fs::read(&own).unwrap();
    let mut h = harness(DesignerApp::open_at_start(&own, chooser(Some(own.clone()))));
    click(&mut h, "File");
    click(&mut h, "Export");
    click(&mut h, "HTML report...");
    assert_eq!(
        std::fs::read(&own).unwrap(),
        before,
        "the design file is untouched"
    );
    h.get_by_label_contains("is the open file itself");
}

#[test]
fn clicking_a_finding_selects_its_subject() {
    let mut h = harness(DesignerApp::new(
        example("workshop_start.ron"),
        chooser(None),
    ));
    click(
        &mut h,
        "The chair (Dr Helen Ashworth) holds a post at Northmoor Teaching Hospitals NHS FT, a health or care organisation in the footprint; the chair must be independent.",
    );
    assert_eq!(h.state().view().selection, Selection::Seat(1));
    field(&h, "Holder's name");
    // A place's finding opens the Places tab with that place selected.
    h.state_mut().view_mut().go_to(Subject::Place(1));
    h.run();
    assert_eq!(h.state().view().selection, Selection::Place(1));
    field(&h, "Contract reference and term");
}

#[test]
fn clicking_a_count_lists_only_that_severity() {
    let mut h = harness(DesignerApp::new(
        example("workshop_start.ron"),
        chooser(None),
    ));
    let error = "The board needs a director of finance.";
    let warning = "No seat or participant brings public health: give a director of public health an official role (a seat or a participant place).";
    // The panel lists the first rows: errors come first, so the warning is not listed yet.
    assert!(h.query_by_label(error).is_some());
    assert!(h.query_by_label(warning).is_none());
    click(&mut h, "22 warnings");
    assert!(h.query_by_label(error).is_none(), "errors are hidden");
    assert!(h.query_by_label(warning).is_some(), "warnings are listed");
    // Clicking the count again lists everything.
    click(&mut h, "22 warnings");
    assert!(h.query_by_label(error).is_some());
}

#[test]
fn a_broken_file_shows_its_error_and_leaves_the_design_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "Design(\n    format_version: 1,\n    nmae: \"x\",\n)",
    )
    .unwrap();
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    let before = h.state().design().clone();
    h.state_mut().open_path(&broken);
    h.run();
    let Some(Dialog::Error { message, .. }) = h.state().dialog() else {
        panic!("no error dialog");
    };
    assert!(message.contains("line 3, column 5"), "{message}");
    assert!(message.contains("nmae"), "{message}");
    assert_eq!(h.state().design(), &before);
    click(&mut h, "OK");
    assert!(h.state().dialog().is_none());
}

#[test]
fn snapshot_board() {
    let mut h = harness(DesignerApp::new(
        example("option_f_mixed_models.ron"),
        chooser(None),
    ));
    h.snapshot("board");
}

#[test]
fn snapshot_places() {
    let mut h = harness(DesignerApp::new(
        example("option_f_mixed_models.ron"),
        chooser(None),
    ));
    click(&mut h, "Places");
    h.snapshot("places");
}

#[test]
fn snapshot_findings() {
    let mut h = harness(DesignerApp::new(
        example("workshop_start.ron"),
        chooser(None),
    ));
    h.snapshot("findings");
}

#[test]
fn snapshot_system() {
    let mut h = harness(DesignerApp::new(
        example("option_f_mixed_models.ron"),
        chooser(None),
    ));
    click(&mut h, "Whole system");
    h.snapshot("system");
}

fn partnership_rules(h: &Harness<'_, DesignerApp>) -> Vec<RuleId> {
    h.state()
        .report()
        .findings
        .iter()
        .filter(|f| f.rule.as_str().starts_with("partnership."))
        .map(|f| f.rule)
        .collect()
}

#[test]
fn build_a_partnership_by_dragging_sectors() {
    let mut h = harness(DesignerApp::new(
        example("option_a_consultative_forums.ron"),
        chooser(None),
    ));
    let mut design = h.state().design().clone();
    design.partnership = None;
    *h.state_mut() = DesignerApp::new(design, chooser(None));
    h.run();
    click(&mut h, "Partnership");
    click(&mut h, "Show the palette");
    assert!(
        partnership_rules(&h).is_empty(),
        "no partnership, no partnership findings"
    );
    click(&mut h, "Design the partnership");
    let start = partnership_rules(&h);
    for rule in [
        RuleId::PartnershipIcbMember,
        RuleId::PartnershipLocalAuthorities,
        RuleId::PartnershipChair,
        RuleId::PartnershipCommunity,
        RuleId::PartnershipStrategy,
    ] {
        assert!(
            start.contains(&rule),
            "{rule} expected at the start: {start:?}"
        );
    }
    for sector in ["The ICB", "Healthwatch"] {
        let from = centre_of(&mut h, &format!("Add: {sector}"));
        let zone = h.get_by_label_contains("Members (").rect();
        drag(&mut h, from, zone.center() + Vec2::new(0.0, 10.0));
    }
    let members = &h.state().design().partnership.as_ref().unwrap().members;
    assert_eq!(members.len(), 2, "two sectors dropped");
    let now = partnership_rules(&h);
    assert!(!now.contains(&RuleId::PartnershipIcbMember));
    assert!(!now.contains(&RuleId::PartnershipCommunity));
    // Tick the joint selection: the chair finding goes; undo brings it back.
    click(
        &mut h,
        "Chair jointly selected by the ICB and the local authorities",
    );
    assert!(!partnership_rules(&h).contains(&RuleId::PartnershipChair));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(partnership_rules(&h).contains(&RuleId::PartnershipChair));
    assert!(
        !h.state()
            .design()
            .partnership
            .as_ref()
            .unwrap()
            .chair_jointly_selected
    );
}

#[test]
fn a_template_opens_valid() {
    let mut h = empty_designer();
    click(&mut h, "File");
    click(&mut h, "New from template");
    click(&mut h, "Complete ICB with the five place models");
    assert_eq!(h.state().design().places.len(), 5);
    assert_eq!(errors(&h), 0);
    assert!(
        h.state().path().is_none(),
        "a template is a new, unsaved design"
    );
}

#[test]
fn compare_shows_the_two_boards_side_by_side() {
    let mut h = harness(DesignerApp::new(
        example("workshop_start.ron"),
        chooser(None),
    ));
    h.state_mut()
        .compare_with_path(Path::new("saved_designs/df2021_minimum.ron"));
    h.run();
    h.get_by_label("The two boards side by side");
    // Left, the open design: a seat the other lacks is struck out; one that differs is marked.
    h.get_by_label("Director of People: Vacant  (removed)");
    h.get_by_label("Chair: Dr Helen Ashworth  (changed)");
    // Right, the other design: its new seats are marked added.
    h.get_by_label("Director of finance: Vacant  (added)");
    h.get_by_label("Chair: Vacant  (changed)");
}

#[test]
fn compare_two_example_designs() {
    let mut h = harness(DesignerApp::new(
        example("option_b_icb_committees.ron"),
        chooser(None),
    ));
    h.state_mut()
        .compare_with_path(Path::new("saved_designs/option_c_joint_committees.ron"));
    h.run();
    h.get_by_label("Comparing two designs");
    // Every place changed model; nothing else did.
    for place in [
        "Northmoor City",
        "Eastvale",
        "Westdale",
        "Southbridge",
        "Highfell",
    ] {
        h.get_by_label(&format!("changed {place}"));
    }
    assert_eq!(
        h.query_all_by_label_contains("model: Committee of the ICB -> Joint committee")
            .count(),
        5
    );
    assert!(h.query_by_label("Seats").is_none());
    click(&mut h, "Close comparison");
    assert!(h.query_by_label("Comparing two designs").is_none());
    assert!(
        h.query_by_label("Comparison").is_none(),
        "the tab goes with it"
    );
}

#[test]
fn a_rule_override_changes_the_findings_and_survives_save() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("tuned.ron");
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(Some(target.clone())),
    ));
    assert_eq!(errors(&h), 0);
    click(&mut h, "Rules");
    h.get_by_label("Threshold of board.ned_min").scroll_to_me();
    h.run();
    h.get_by_label("Threshold of board.ned_min")
        .set_value_accesskit(3.0);
    h.run();
    type_into(
        &mut h,
        "Reason for board.ned_min",
        "West Yorkshire adds a third NED",
    );
    let ned = |h: &Harness<'_, DesignerApp>| {
        h.state()
            .report()
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::BoardNedMin)
            .map(|f| f.message.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ned(&h),
        vec!["Non-executive members besides the chair: 2 of the 3 required.".to_owned()]
    );
    // Switch a rule off.
    click(&mut h, "system.vcse_agreement");
    assert!(
        h.state()
            .report()
            .findings
            .iter()
            .all(|f| f.rule != RuleId::SystemVcseAgreement)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let saved = io::load_path(&target).unwrap();
    assert_eq!(saved.rule_overrides.len(), 2);
    // Reopened, the same rules apply.
    let h2 = harness(DesignerApp::open_at_start(&target, chooser(None)));
    assert_eq!(ned(&h2).len(), 1);
    assert!(
        h2.state()
            .report()
            .findings
            .iter()
            .all(|f| f.rule != RuleId::SystemVcseAgreement)
    );
    let described = ics_board_designer::rules::RulePack::for_design(&saved).describe();
    assert!(described.contains("with 2 local changes"), "{described}");
    assert!(
        described.contains("West Yorkshire adds a third NED"),
        "{described}"
    );
}

fn presentation_at(size: Vec2) -> Harness<'static, DesignerApp> {
    let app = DesignerApp::new(example("option_f_mixed_models.ron"), chooser(None));
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut DesignerApp| app.show(ui), app);
    h.run();
    h.key_press(Key::F5);
    h.run();
    h
}

#[test]
fn presentation_mode_steps_through_the_pages() {
    let mut h = presentation_at(Vec2::new(1280.0, 720.0));
    assert!(h.state().view().presenting.is_some());
    assert!(h.query_by_label("File").is_none(), "no editing chrome");
    let pages = ics_board_designer::ui::pages(h.state().design());
    assert_eq!(
        pages.len(),
        11,
        "board, committees, terms, 5 places, partnership, system, findings"
    );
    h.snapshot("presentation_board");
    let titles = [
        "The board",
        "Committees",
        "Terms of office",
        "Place: Northmoor City",
        "Place: Eastvale",
    ];
    for (i, title) in titles.iter().enumerate() {
        h.get_by_label(title);
        h.get_by_label_contains(&format!("page {} of 11", i + 1));
        h.key_press(Key::ArrowRight);
        h.run();
    }
    h.key_press(Key::ArrowLeft);
    h.run();
    h.get_by_label("Place: Eastvale");
    h.key_press(Key::End);
    h.run();
    h.get_by_label("Against the framework");
    h.get_by_label("Meets the framework minimums");
    h.snapshot("presentation_findings");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().view().presenting.is_none());
    h.get_by_label("File");
}

#[test]
fn presentation_type_grows_on_a_4k_screen() {
    let small = presentation_at(Vec2::new(1280.0, 720.0));
    let large = presentation_at(Vec2::new(3840.0, 2160.0));
    let height = |h: &Harness<'_, DesignerApp>| h.get_by_label("The board").rect().height();
    assert!(
        height(&large) > 2.5 * height(&small),
        "{} vs {}",
        height(&large),
        height(&small)
    );
}

#[test]
fn drag_cards_to_reorder_within_their_band() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    let before = seat_ids(&h);
    // Both cards are in one row: bring it into view, then read both positions.
    let from = centre_of(&mut h, "Seat: Director of nursing, vacant");
    let to = h
        .get_by_label("Seat: Chief executive, vacant")
        .rect()
        .center();
    drag(&mut h, from, to);
    assert_eq!(seat_ids(&h), vec![1, 2, 3, 7, 4, 5, 6, 8, 9, 10]);
    // A seat dropped on another band's card stays where it is.
    let from = centre_of(&mut h, "Seat: Chair, vacant");
    let to = h
        .get_by_label("Seat: Medical director, vacant")
        .rect()
        .center();
    drag(&mut h, from, to);
    assert_eq!(seat_ids(&h), vec![1, 2, 3, 7, 4, 5, 6, 8, 9, 10]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(seat_ids(&h), before);
}

#[test]
fn reorder_a_seat_with_the_keyboard_and_the_inspector() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    let before = seat_ids(&h);
    click(&mut h, "Seat: Chief executive, vacant");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(seat_ids(&h), vec![1, 2, 3, 5, 4, 6, 7, 8, 9, 10]);
    // The first seat of a band goes no earlier than its band: the button says so.
    click(&mut h, "Seat: Chair, vacant");
    assert!(
        h.get_by_label("Move earlier")
            .accesskit_node()
            .is_disabled()
    );
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(seat_ids(&h), vec![1, 2, 3, 5, 4, 6, 7, 8, 9, 10]);
    click(&mut h, "Move later");
    assert_eq!(seat_ids(&h), vec![2, 1, 3, 5, 4, 6, 7, 8, 9, 10]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(seat_ids(&h), before);
}

#[test]
fn without_a_file_dialog_open_and_save_ask_for_a_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(DesignerApp::new(Design::default(), Box::new(NoDialogAtAll)));
    // Open: the typed-path dialog appears instead of nothing happening.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::TypePath { .. })));
    let file = std::fs::canonicalize("saved_designs/option_d_lead_directors.ron").unwrap();
    field(&h, "File path").type_text(file.to_str().unwrap());
    h.run();
    click(&mut h, "OK");
    assert!(h.state().dialog().is_none());
    let on_disk = io::load_path(Path::new("saved_designs/option_d_lead_directors.ron")).unwrap();
    assert_eq!(h.state().design(), &on_disk);
    // Save As: the field starts with the design's folder and a suggested name; replace it.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let target = dir.path().join("typed.ron");
    field(&h, "File path").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "File path").type_text(target.to_str().unwrap());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(io::load_path(&target).unwrap(), on_disk);
    assert!(!h.state().is_dirty());

    // "Save changes?" before New, answered Save, on a design with no file yet: the path is typed,
    // the design saved there, and then the new design starts.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Add other committee");
    let edited = h.state().design().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Save");
    assert!(matches!(h.state().dialog(), Some(Dialog::TypePath { .. })));
    let second = dir.path().join("before_new.ron");
    field(&h, "File path").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "File path").type_text(second.to_str().unwrap());
    h.run();
    click(&mut h, "OK");
    assert_eq!(io::load_path(&second).unwrap(), edited);
    assert_eq!(
        h.state().design(),
        &Design::default(),
        "then New went ahead"
    );
}

#[test]
fn committees_fold_away_and_return_while_a_seat_is_dragged() {
    let mut h = harness(DesignerApp::new(
        example("df2021_minimum.ron"),
        chooser(None),
    ));
    click(&mut h, "Hide");
    assert!(h.query_by_label("Audit Committee").is_none());
    // Folded into the tab bar, as a tab of their own.
    h.get_by_label("Committees (2)");
    // Start dragging a seat: the committees come back so it can be dropped on one.
    let from = centre_of(&mut h, "Seat: Chief executive, vacant");
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    h.hover_at(from + Vec2::new(0.0, 30.0));
    h.run();
    h.run();
    let audit = h.get_by_label("Audit Committee").rect();
    let to = audit.center() + Vec2::new(0.0, 40.0);
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
    assert_eq!(
        h.state().design().committees[0].members.last(),
        Some(&CommitteeMember::Seat(4))
    );
    // Folded again once the drag is over; Show brings them back for good.
    h.run();
    assert!(h.query_by_label("Audit Committee").is_none());
    click(&mut h, "Committees (2)");
    h.get_by_label("Audit Committee");
}
