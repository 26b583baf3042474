//! An options appraisal in the window (issue 28): a score edited in its cell re-ranks, and undo
//! restores it; a weight moved re-ranks; a compliance cell lists the option's findings, one of
//! which opens the option on its subject; an option opened from the appraisal is scored again
//! as it is edited, and its edits come back into the appraisal. Driven by accessible labels.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use ics_board_designer::{
    model::{Appraisal, AppraisalOption, OptionSource, Role},
    ui::{DesignerApp, Selection},
};

use common::{NoDialog, Picks, click, example, harness, seat_of_role};

const EXAMPLE: &str = "saved_designs/appraisal_2027_merger.ron";
const LEAN: &str = "C: one merged ICB, lean board";
const CLINICAL: &str = "Clinical and care leadership on the board";

fn opened(path: &Path) -> Harness<'static, DesignerApp> {
    let mut h = harness(DesignerApp::open_at_start(path, Box::new(NoDialog)));
    h.run();
    h
}

/// The rank and the score of the option named `name` on criterion `criterion`.
fn rank_and_score(h: &Harness<'_, DesignerApp>, name: &str, criterion: u32) -> (usize, u8) {
    let (appraisal, scored) = h.state().appraisal().expect("an appraisal is open");
    let option = scored.options.iter().find(|o| o.name == name).unwrap();
    let score = appraisal.score(option.id, criterion).map_or(0, |s| s.score);
    (option.rank.unwrap(), score)
}

/// Every option of the open appraisal was found and read.
fn every_option_read(h: &Harness<'_, DesignerApp>) -> bool {
    let (_, scored) = h.state().appraisal().expect("an appraisal is open");
    scored.options.iter().all(|o| o.unreadable.is_none())
}

/// Select the (first) seat of `role` and delete it with the Delete key, as a person would;
/// its id.
fn delete_seat_of(h: &mut Harness<'_, DesignerApp>, role: &Role) -> u32 {
    let seat = seat_of_role(h, role);
    h.state_mut().view_mut().selection = Selection::Seat(seat);
    // Esc takes the focus from the button clicked, so Delete deletes the seat.
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Delete);
    h.run();
    seat
}

fn press(h: &mut Harness<'_, DesignerApp>, key: Key, times: usize) {
    for _ in 0..times {
        h.key_press(key);
        h.run();
    }
}

#[test]
fn a_score_edited_in_its_cell_re_ranks_and_undo_restores_it() {
    let mut h = opened(Path::new(EXAMPLE));
    assert_eq!(rank_and_score(&h, LEAN, 5), (2, 2), "C starts second");
    let slider = format!("Score of {LEAN} on {CLINICAL}");
    h.get_by_label(&slider).scroll_to_me();
    h.run();
    h.get_by_label(&slider).focus();
    h.run();
    press(&mut h, Key::ArrowDown, 2);
    assert_eq!(rank_and_score(&h, LEAN, 5), (2, 0), "stepped down twice");
    // A digit typed gives the score at once.
    press(&mut h, Key::Num5, 1);
    assert_eq!(
        rank_and_score(&h, LEAN, 5),
        (1, 5),
        "scored 5, C comes first"
    );
    assert!(h.state().is_dirty());
    // The header over the matrix says so too.
    assert!(
        h.query_all_by(|n| n.value().is_some_and(|l| l.contains("rank 1 ★")))
            .count()
            >= 1
    );
    // The three steps of one score are one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        rank_and_score(&h, LEAN, 5),
        (2, 2),
        "undo restores the score"
    );
    assert!(!h.state().is_dirty(), "back to the file as saved");
}

#[test]
fn a_weight_moved_in_its_row_header_re_ranks() {
    let mut h = opened(Path::new(EXAMPLE));
    let label = "Weight of Board cost per year";
    h.get_by_label(label).focus();
    h.run();
    // The sensitivity says the winner holds up to 64 points of cost: past it, C comes first.
    press(&mut h, Key::ArrowUp, 50);
    let (appraisal, _) = h.state().appraisal().unwrap();
    assert_eq!(appraisal.criterion(2).unwrap().weight, 70);
    assert_eq!(
        rank_and_score(&h, LEAN, 5).0,
        1,
        "the cheapest board comes first"
    );
}

/// An appraisal of two inline options: a board that meets the rules, and the same without its
/// chair.
fn two_options(dir: &Path) -> std::path::PathBuf {
    let whole = example("option_a_consultative_forums.ron");
    let mut chairless = whole.clone();
    chairless.board.retain(|s| s.role != Role::Chair);
    let option = |id, name: &str, design| AppraisalOption {
        id,
        name: name.to_owned(),
        source: OptionSource::Design(design),
        notes: String::new(),
    };
    let appraisal = Appraisal {
        title: "Two boards".to_owned(),
        options: vec![option(1, "Whole", whole), option(2, "No chair", chairless)],
        ..Appraisal::default()
    };
    let path = dir.join("two.ron");
    std::fs::write(
        &path,
        ics_board_designer::io::appraisal_text(&appraisal).unwrap(),
    )
    .unwrap();
    path
}

#[test]
fn a_compliance_cell_lists_the_findings_and_one_opens_the_option_on_its_subject() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(&two_options(dir.path()));
    // The cell of the option with no chair: a score of 0, for its errors.
    // Only the board without a chair breaks the rules.
    h.get_all_by(|n| {
        n.label()
            .is_some_and(|l| l.starts_with("0  ·  ") && l.contains("error"))
    })
    .last()
    .expect("a compliance cell with errors")
    .click();
    h.run();
    let finding = h
        .get_all_by(|n| n.label().is_some_and(|l| l.starts_with("✖ Error: ")))
        .next()
        .expect("the option's errors are listed")
        .accesskit_node()
        .label()
        .unwrap();
    click(&mut h, &finding);
    assert!(h.state().opened_from_appraisal(), "the option is open");
    assert!(h.state().appraisal().is_none());
    assert!(
        h.state()
            .design()
            .board
            .iter()
            .all(|s| s.role != Role::Chair),
        "the option without a chair"
    );
    h.get_by_label("◀ Back to the appraisal");
    // Back, with nothing changed: the appraisal as it was, and clean.
    click(&mut h, "◀ Back to the appraisal");
    assert!(h.state().appraisal().is_some());
    assert!(!h.state().is_dirty());
}

#[test]
fn an_opened_option_is_scored_again_as_it_is_edited_and_its_edits_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(&two_options(dir.path()));
    let before = h.state().appraisal().unwrap().1.options[0].total;
    let open = h
        .get_all_by_label("Open option")
        .next()
        .expect("an Open option button");
    open.click();
    h.run();
    assert!(h.state().opened_from_appraisal());
    // Remove the chair of the whole board: it is now scored with an error.
    delete_seat_of(&mut h, &Role::Chair);
    // The bar over the option gives its total as it stands, the chair gone.
    let bar = format!("Option \"Whole\": {:.1} of 100", before.unwrap());
    assert!(
        h.query_all_by(|n| n
            .value()
            .is_some_and(|l| l.starts_with("Option \"Whole\": ")))
            .count()
            >= 1
    );
    assert_eq!(
        h.query_all_by(|n| n.value().is_some_and(|l| l.starts_with(&bar)))
            .count(),
        0,
        "scored again as it is edited"
    );
    click(&mut h, "◀ Back to the appraisal");
    let (appraisal, scored) = h.state().appraisal().unwrap();
    assert!(scored.options[0].total < before, "the edit scored again");
    let OptionSource::Design(design) = &appraisal.options[0].source else {
        panic!("an inline option");
    };
    assert!(design.board.iter().all(|s| s.role != Role::Chair));
    assert!(h.state().is_dirty(), "the option's edit is the appraisal's");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().appraisal().unwrap().1.options[0].total, before);
}

/// The example appraisal and its options' files, copied into `dir`.
fn example_copied(dir: &Path) -> std::path::PathBuf {
    for file in [
        "appraisal_2027_merger.ron",
        "appraisal_option_a_boards_in_common.ron",
        "merger_three_icbs.ron",
        "appraisal_option_c_lean_board.ron",
    ] {
        std::fs::copy(Path::new("saved_designs").join(file), dir.join(file)).unwrap();
    }
    dir.join("appraisal_2027_merger.ron")
}

#[test]
fn leaving_an_option_in_its_own_file_asks_about_its_changes_and_each_answer_is_scored() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = opened(&example_copied(dir.path()));
    let seats =
        |h: &Harness<'_, DesignerApp>| h.state().appraisal().unwrap().1.options[2].voting_members;
    let before = seats(&h);
    let open = h
        .get_all_by_label("Open option")
        .nth(2)
        .expect("C's Open option");
    open.click();
    h.run();
    assert!(h.state().opened_from_appraisal());
    let option_file = dir.path().join("appraisal_option_c_lean_board.ron");
    assert_eq!(h.state().path(), Some(option_file.as_path()));
    // Remove a non-executive: the option's file now has unsaved changes.
    let ned = delete_seat_of(&mut h, &Role::NonExecutive);
    click(&mut h, "◀ Back to the appraisal");
    assert!(
        matches!(
            h.state().dialog(),
            Some(ics_board_designer::ui::Dialog::UnsavedChanges(_))
        ),
        "the option's file is asked about"
    );
    // Don't save: the file is as it was, and so is the score.
    click(&mut h, "Don't save");
    assert!(h.state().appraisal().is_some(), "back at the appraisal");
    assert_eq!(seats(&h), before);
    assert!(!h.state().is_dirty(), "the appraisal itself did not change");
    // Again, and Save: the file changes, and the appraisal scores what was saved.
    h.get_all_by_label("Open option").nth(2).unwrap().click();
    h.run();
    assert_eq!(
        delete_seat_of(&mut h, &Role::NonExecutive),
        ned,
        "the same seat again"
    );
    click(&mut h, "◀ Back to the appraisal");
    click(&mut h, "Save");
    assert!(h.state().appraisal().is_some());
    assert_eq!(seats(&h), before - 1);
    // Option C is a merger, opened on its successor: the seat went from the successor.
    let Ok(ics_board_designer::io::Loaded::Cluster(saved)) =
        ics_board_designer::io::load_any_path(&option_file)
    else {
        panic!("the option's file is a cluster");
    };
    assert!(
        saved.successor().unwrap().seat(ned).is_none(),
        "the option's file was saved"
    );
}

#[test]
fn file_new_appraisal_scores_the_open_design_beside_the_files_picked() {
    let picked = vec![
        std::path::PathBuf::from("saved_designs/option_b_icb_committees.ron"),
        std::path::PathBuf::from("saved_designs/merger_three_icbs.ron"),
    ];
    let open = example("option_a_consultative_forums.ron");
    let mut h = harness(DesignerApp::new(open.clone(), Picks::opening(picked)));
    click(&mut h, "File");
    click(&mut h, "New appraisal of options...");
    let (appraisal, scored) = h.state().appraisal().expect("an appraisal is open");
    assert_eq!(
        appraisal.options.len(),
        3,
        "the open design and the two picked"
    );
    assert_eq!(appraisal.options[0].name, open.name);
    assert!(
        matches!(appraisal.options[0].source, OptionSource::Design(_)),
        "a design never saved goes in whole"
    );
    assert!(
        matches!(&appraisal.options[2].source, OptionSource::File(f) if f == "merger_three_icbs.ron")
    );
    assert!(scored.options.iter().all(|o| o.unreadable.is_none()));
    assert!(h.state().is_dirty(), "a new appraisal is unsaved work");
}

#[test]
fn an_appraisal_saved_in_another_folder_still_finds_its_options() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("papers");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("options.ron");
    let app = DesignerApp::open_at_start(
        &example_copied(dir.path()),
        Picks::saving(Some(target.clone())),
    );
    let mut h = harness(app);
    let before = h.state().appraisal().unwrap().1.clone();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(h.state().path(), Some(target.as_path()));
    let saved = ics_board_designer::io::load_appraisal_path(&target).unwrap();
    assert!(
        matches!(&saved.options[1].source, OptionSource::File(f) if f == "../merger_three_icbs.ron")
    );
    // Opened again from there, it scores as it did.
    let again = opened(&target);
    let after = &again.state().appraisal().unwrap().1;
    assert!(after.options.iter().all(|o| o.unreadable.is_none()));
    let totals = |s: &ics_board_designer::rules::appraisal::Scored| {
        s.options.iter().map(|o| o.total).collect::<Vec<_>>()
    };
    assert_eq!(totals(after), totals(&before));
}

#[test]
fn unsaved_scores_are_recovered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let store = ics_board_designer::io::recovery::RecoveryStore::new(dir.path().join("recovery"));
    let file = example_copied(dir.path());
    let app = DesignerApp::open_at_start(&file, Box::new(NoDialog)).with_recovery(store.clone());
    let mut h = harness(app);
    let slider = format!("Score of {LEAN} on {CLINICAL}");
    h.get_by_label(&slider).focus();
    h.run();
    press(&mut h, Key::Num4, 1);
    // The window loses the focus: the copy is written at once.
    h.event(egui::Event::WindowFocused(false));
    h.run();
    drop(h);
    // The next start offers it; Recover brings back the score, unsaved, with its file.
    let app = DesignerApp::open_at_start(&file, Box::new(NoDialog)).with_recovery(store);
    let mut h = harness(app);
    click(&mut h, "Recover");
    assert_eq!(rank_and_score(&h, LEAN, 5).1, 4);
    assert!(h.state().is_dirty());
    assert!(
        every_option_read(&h),
        "its options are read from its own folder, not the recovery store"
    );
}

#[test]
fn presenting_an_appraisal_ranks_every_option_and_scores_every_criterion() {
    let mut h = opened(Path::new(EXAMPLE));
    h.key_press(Key::F5);
    h.run();
    let (appraisal, _) = h.state().appraisal().unwrap();
    let names: Vec<String> = appraisal.options.iter().map(|o| o.name.clone()).collect();
    let criteria: Vec<String> = appraisal.criteria.iter().map(|c| c.name.clone()).collect();
    let shown = |h: &Harness<'_, DesignerApp>, text: &str| {
        h.query_all_by(|n| n.value().is_some_and(|v| v.contains(text)))
            .count()
            > 0
    };
    assert!(shown(&h, "The options ranked"));
    for name in &names {
        assert!(shown(&h, &format!("{name}: ")), "{name} is ranked");
    }
    assert!(
        shown(&h, "★ 1. "),
        "the first marked in words, not by colour alone"
    );
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(shown(&h, "The scores"));
    for text in names.iter().chain(&criteria) {
        assert!(shown(&h, text), "{text} is on the scores page");
    }
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().view().presenting.is_none());
}

#[test]
fn an_appraisal_changed_on_disk_is_offered_for_reload() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copied(dir.path());
    let mut h = opened(&path);
    h.state_mut().check_disk();
    h.run();
    assert!(
        h.state().dialog().is_none(),
        "nothing changed, nothing offered"
    );
    // Another program retitles it.
    let mut theirs = ics_board_designer::io::load_appraisal_path(&path).unwrap();
    theirs.title = "Theirs".to_owned();
    std::fs::write(
        &path,
        ics_board_designer::io::appraisal_text(&theirs).unwrap(),
    )
    .unwrap();
    h.state_mut().check_disk();
    h.run();
    click(&mut h, "Reload");
    assert_eq!(h.state().appraisal().unwrap().0.title, "Theirs");
    assert!(!h.state().is_dirty());
    assert!(every_option_read(&h), "its options are still found");
}
