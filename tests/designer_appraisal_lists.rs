//! The short list and the criteria edited in the Appraisal view: a criterion added (scored at
//! once when the app finds its score), renamed and taken out; an option renamed, taken out and
//! added from its file. Each is one step of undo, and undo puts the scores back where they were.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{model::Measure, ui::DesignerApp};

use common::{NoDialog, Picks, click, harness};

use assert_cmd::cargo::cargo_bin_cmd;

const EXAMPLE: &str = "saved_designs/appraisal_2027_merger.ron";
const LEAN: &str = "C: one merged ICB, lean board";
const CLINICAL: &str = "Clinical and care leadership on the board";

fn opened(chooser: Box<dyn ics_board_designer::ui::FileChooser>) -> Harness<'static, DesignerApp> {
    let mut h = harness(DesignerApp::open_at_start(Path::new(EXAMPLE), chooser));
    h.run();
    h
}

fn undo(h: &mut Harness<'_, DesignerApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

/// The criteria's names, in order.
fn criteria(h: &Harness<'_, DesignerApp>) -> Vec<String> {
    let (appraisal, _) = h.state().appraisal().expect("an appraisal is open");
    appraisal.criteria.iter().map(|c| c.name.clone()).collect()
}

/// The options' names, in order.
fn options(h: &Harness<'_, DesignerApp>) -> Vec<String> {
    let (appraisal, _) = h.state().appraisal().expect("an appraisal is open");
    appraisal.options.iter().map(|o| o.name.clone()).collect()
}

/// Every manual score of the open appraisal, as (option, criterion, score, rationale).
fn scores(h: &Harness<'_, DesignerApp>) -> Vec<(u32, u32, u8, String)> {
    let (appraisal, _) = h.state().appraisal().expect("an appraisal is open");
    appraisal
        .scores
        .iter()
        .map(|s| (s.option, s.criterion, s.score, s.rationale.clone()))
        .collect()
}

/// The weighted totals, in the options' order.
fn totals(h: &Harness<'_, DesignerApp>) -> Vec<Option<f64>> {
    let (_, scored) = h.state().appraisal().expect("an appraisal is open");
    scored.options.iter().map(|o| o.total).collect()
}

fn click_shown(h: &mut Harness<'_, DesignerApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    click(h, label);
}

#[test]
fn a_criterion_added_is_scored_at_once_and_one_taken_out_comes_back_with_its_scores() {
    let mut h = opened(Box::new(NoDialog));
    let (before_criteria, before_scores, before_totals) = (criteria(&h), scores(&h), totals(&h));
    click_shown(&mut h, "+ Add a criterion");
    click(&mut h, "Coterminous with local authorities (Coterminosity)");
    let (appraisal, scored) = h.state().appraisal().unwrap();
    let added = appraisal.criteria.last().unwrap();
    assert_eq!(appraisal.criteria.len(), before_criteria.len() + 1);
    assert_eq!((added.measure, added.weight), (Measure::Coterminosity, 10));
    assert!(
        scored
            .options
            .iter()
            .all(|o| o.scores.last().is_some_and(Option::is_some)),
        "the app scores the new criterion for every option"
    );
    assert_ne!(totals(&h), before_totals, "the weights are shared again");
    undo(&mut h);
    assert_eq!(criteria(&h), before_criteria);
    assert_eq!(totals(&h), before_totals);

    // Taken out, a manual criterion takes its scores and rationales with it ...
    click_shown(&mut h, &format!("Remove criterion {CLINICAL}"));
    assert!(!criteria(&h).contains(&CLINICAL.to_owned()));
    assert!(scores(&h).iter().all(|s| s.1 != 5), "its scores are gone");
    assert!(h.state().is_dirty());
    // ... and one undo brings them back, in their places.
    undo(&mut h);
    assert_eq!(criteria(&h), before_criteria);
    assert_eq!(scores(&h), before_scores);
    assert_eq!(totals(&h), before_totals);
    assert!(!h.state().is_dirty());
}

#[test]
fn an_option_renamed_is_one_undo_step_and_one_taken_out_comes_back() {
    let mut h = opened(Box::new(NoDialog));
    let (before_options, before_scores, before_totals) = (options(&h), scores(&h), totals(&h));
    let field = format!("Name of option {LEAN}");
    h.get_by_label(&field).scroll_to_me();
    h.run();
    click(&mut h, &field);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(&field).type_text("C: lean board");
    h.run();
    assert_eq!(options(&h)[2], "C: lean board");
    assert_eq!(totals(&h), before_totals, "a name scores nothing");
    // Enter ends the typing: a name stays one line.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(options(&h)[2], "C: lean board");
    // The typing, letter by letter, was one step.
    undo(&mut h);
    assert_eq!(options(&h), before_options);

    click_shown(&mut h, &format!("Remove option {LEAN}"));
    assert_eq!(options(&h).len(), before_options.len() - 1);
    assert!(scores(&h).iter().all(|s| s.0 != 3), "its scores are gone");
    undo(&mut h);
    assert_eq!(options(&h), before_options);
    assert_eq!(scores(&h), before_scores);
    assert_eq!(totals(&h), before_totals);
}

#[test]
fn an_option_moved_along_the_short_list_keeps_its_scores_and_undo_moves_it_back() {
    let mut h = opened(Box::new(NoDialog));
    let (before, before_totals) = (options(&h), totals(&h));
    // The first has no way left, the last no way right.
    assert!(
        h.query_by_label(&format!("Move option {} left", before[0]))
            .is_none()
    );
    assert!(
        h.query_by_label(&format!("Move option {LEAN} right"))
            .is_none()
    );
    click_shown(&mut h, &format!("Move option {LEAN} left"));
    let moved = options(&h);
    assert_eq!(
        moved,
        [before[0].clone(), before[2].clone(), before[1].clone()]
    );
    // Each option's total goes with it.
    let totals_now = totals(&h);
    assert_eq!(
        totals_now,
        [before_totals[0], before_totals[2], before_totals[1]]
    );
    undo(&mut h);
    assert_eq!(options(&h), before);
    assert!(!h.state().is_dirty());
}

#[test]
fn options_added_from_their_files_are_read_and_scored() {
    let picked = vec![PathBuf::from("saved_designs/option_b_icb_committees.ron")];
    let mut h = opened(Picks::opening(picked));
    let before = options(&h);
    click_shown(&mut h, "+ Add options...");
    let (appraisal, scored) = h.state().appraisal().unwrap();
    assert_eq!(appraisal.options.len(), before.len() + 1);
    let added = scored.options.last().unwrap();
    assert!(added.unreadable.is_none(), "{:?}", added.unreadable);
    assert!(added.rank.is_some(), "the new option is ranked");
    assert!(h.state().is_dirty());
    undo(&mut h);
    assert_eq!(options(&h), before);
}

#[test]
fn an_appraisal_emptied_in_the_window_saves_reads_back_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("options.ron");
    std::fs::copy(EXAMPLE, &path).unwrap();
    let mut h = harness(DesignerApp::open_at_start(&path, Box::new(NoDialog)));
    h.run();
    // Every option and every criterion taken out, one by one, as a person would.
    for name in options(&h) {
        click_shown(&mut h, &format!("Remove option {name}"));
    }
    for name in criteria(&h) {
        click_shown(&mut h, &format!("Remove criterion {name}"));
    }
    let (appraisal, scored) = h.state().appraisal().unwrap();
    assert!(appraisal.options.is_empty() && appraisal.criteria.is_empty());
    assert!(appraisal.scores.is_empty() && scored.options.is_empty());
    // It still draws, and says what it lacks rather than recommending.
    h.run();
    assert!(
        h.query_by_label_contains("the short list is empty")
            .is_some(),
        "an empty appraisal recommends nothing"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().is_dirty(), "saved");
    let saved = ics_board_designer::io::load_appraisal_path(&path).expect("it reads back");
    assert!(saved.options.is_empty() && saved.criteria.is_empty());
    // The command line scores it (the appraisal itself has an error: exit 1) and writes its
    // paper in every format.
    let appraised = cargo_bin_cmd!("ics-board-designer")
        .args(["appraise", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(appraised.status.code(), Some(1));
    let said = String::from_utf8_lossy(&appraised.stdout);
    assert!(said.contains("needs at least two"), "{said}");
    assert!(said.contains("the short list is empty"), "{said}");
    for format in ["md", "csv", "html", "docx", "pdf"] {
        let out = dir.path().join(format!("paper.{format}"));
        cargo_bin_cmd!("ics-board-designer")
            .args(["export", path.to_str().unwrap(), "--to", format])
            .args(["-o", out.to_str().unwrap()])
            .assert()
            .success();
        assert!(std::fs::metadata(&out).unwrap().len() > 0, "{format}");
    }
}
