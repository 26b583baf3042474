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

use common::{NoDialog, click, example, harness};

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
    let chair = h
        .state()
        .design()
        .board
        .iter()
        .find(|s| s.role == Role::Chair)
        .unwrap()
        .id;
    h.state_mut().view_mut().selection = Selection::Seat(chair);
    // Esc takes the focus from the button clicked, so Delete deletes the seat.
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Delete);
    h.run();
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
