//! A cluster in the window (issue 14): built from two designs, its boards side by side, a seat
//! dragged onto a joint committee, a successor proposed, edited and undone, and a cluster
//! finding followed to its ICB. Driven through `egui_kittest` by accessible labels.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use ics_board_designer::{
    model::{Design, JointMember},
    rules::Subject,
    ui::{DesignerApp, Focus, Selection},
};

use common::{NoDialog, Picks, click, drag, harness};

fn opened(path: &str) -> egui_kittest::Harness<'static, DesignerApp> {
    let app = DesignerApp::open_at_start(Path::new(path), Box::new(NoDialog));
    let mut h = harness(app);
    h.run();
    h
}

#[test]
fn file_new_cluster_from_designs_builds_a_cluster_of_the_two() {
    let chooser = Picks::opening(vec![
        PathBuf::from("saved_designs/option_a_consultative_forums.ron"),
        PathBuf::from("saved_designs/option_b_icb_committees.ron"),
    ]);
    let example = ics_board_designer::io::load_path(Path::new(
        "saved_designs/option_a_consultative_forums.ron",
    ))
    .unwrap();
    let mut h = harness(DesignerApp::new(example, chooser));
    click(&mut h, "File");
    click(&mut h, "New cluster from designs...");
    let cluster = h.state().cluster().expect("a cluster is open");
    assert_eq!(cluster.icbs.len(), 2);
    assert_eq!(h.state().focus(), Some(Focus::Overview));
    assert!(h.state().is_dirty(), "a new cluster is unsaved work");
    // The chips: the cluster, each ICB, the successor.
    assert!(h.query_all_by_label("Cluster").count() >= 1);
    assert!(h.query_all_by_label("Successor").count() >= 1);
    let short = cluster.icbs[0].short_name.clone();
    let first = cluster.icbs[0].id;
    // Choosing an ICB's chip ("NV ✔", "NV ✖ 2") shows the ordinary designer for it.
    h.get_all_by(|n| {
        n.label()
            .is_some_and(|l| l.starts_with(&format!("{short} ")))
    })
    .next()
    .expect("a chip for the first ICB")
    .click();
    h.run();
    assert_eq!(h.state().focus(), Some(Focus::Icb(first)));
    h.get_by_label("Board and committees");
    h.get_by_label("People");
}

#[test]
fn a_seat_card_dragged_onto_a_joint_committee_joins_it_and_undo_takes_it_off() {
    let mut h = opened("saved_designs/cluster_northmoor_southdown.ron");
    let before = h.state().cluster().unwrap().clone();
    click(&mut h, "Add a joint committee");
    let cluster = h.state().cluster().unwrap().clone();
    assert_eq!(
        cluster.joint_committees.len(),
        before.joint_committees.len() + 1
    );
    let new = cluster.joint_committees.last().unwrap();
    // The second ICB's chief executive's card, dragged onto the new committee's drop note.
    let icb = &cluster.icbs[1];
    let seat = icb
        .design
        .board
        .iter()
        .find(|s| s.role == ics_board_designer::model::Role::ChiefExecutive)
        .unwrap();
    let card_label = h
        .get_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with(&format!("{}: {}", icb.short_name, seat.label())))
        })
        .next()
        .expect("the card")
        .accesskit_node()
        .label()
        .unwrap();
    // The new committee has come into view.
    let drops: Vec<_> = h
        .get_all_by_label("Drop a seat card here to add its holder")
        .map(|n| n.rect().center())
        .collect();
    let target = *drops.last().unwrap();
    assert!(
        target.y < 800.0 - 150.0,
        "the new committee is in view: {target:?}"
    );
    let card = h.get_by_label(&card_label).rect().center();
    drag(&mut h, card, target);
    let joined = h
        .state()
        .cluster()
        .unwrap()
        .joint_committee(new.id)
        .unwrap()
        .clone();
    assert_eq!(
        joined.members,
        vec![JointMember::Member {
            icb: icb.id,
            seat: seat.id
        }]
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        h.state()
            .cluster()
            .unwrap()
            .joint_committee(new.id)
            .unwrap()
            .members
            .is_empty()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().cluster().unwrap(), &before);
}

#[test]
fn propose_a_successor_edit_it_and_undo_both() {
    let mut h = opened("saved_designs/cluster_northmoor_southdown.ron");
    assert!(h.state().cluster().unwrap().successor().is_none());
    click(&mut h, "Successor");
    assert_eq!(h.state().focus(), Some(Focus::Successor));
    click(&mut h, "Propose a successor");
    let successor = h.state().cluster().unwrap().successor().unwrap().clone();
    assert_eq!(
        h.state().design(),
        &successor,
        "the designer shows the successor"
    );
    // Edit it like any design: select a seat on its board and delete it.
    let seat = successor.board.last().unwrap().id;
    h.state_mut().view_mut().go_to(Subject::Seat(seat));
    h.run();
    assert_eq!(h.state().view().selection, Selection::Seat(seat));
    h.key_press(Key::Delete);
    h.run();
    let edited = h.state().cluster().unwrap().successor().unwrap().clone();
    assert_eq!(edited.board.len(), successor.board.len() - 1);
    // The transition follows live.
    click(&mut h, "Merger and transition");
    assert_eq!(h.state().view().tab, ics_board_designer::ui::Tab::Merger);
    h.get_by_label("Transition");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().cluster().unwrap().successor().unwrap(),
        &successor
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().cluster().unwrap().successor().is_none());
}

#[test]
fn clicking_a_cluster_finding_goes_to_its_icb_and_subject() {
    let mut h = opened("saved_designs/cluster_northmoor_southdown.ron");
    // List the info findings only (the panel draws the rows in view).
    click(&mut h, "17 info");
    // An ICB finding about a seat: clicking it shows that ICB and selects the seat.
    let report = ics_board_designer::rules::cluster::validate_cluster(
        h.state().cluster().unwrap(),
        &ics_board_designer::rules::cluster::ClusterCheck::default(),
    );
    let finding = report
        .findings
        .iter()
        .find(|f| {
            matches!(f.scope, ics_board_designer::rules::Scope::Icb(_))
                && matches!(f.subjects.first(), Some(Subject::Seat(_)))
                && h.query_all_by_label(&f.message).next().is_some()
        })
        .expect("a seat finding in an ICB")
        .clone();
    let ics_board_designer::rules::Scope::Icb(icb) = finding.scope else {
        unreachable!()
    };
    let Some(Subject::Seat(seat)) = finding.subjects.first().copied() else {
        unreachable!()
    };
    let row = h
        .get_all_by_label(&finding.message)
        .next()
        .expect("the finding's row")
        .rect()
        .center();
    common::click_at(&mut h, row);
    assert_eq!(h.state().focus(), Some(Focus::Icb(icb)));
    assert_eq!(h.state().view().selection, Selection::Seat(seat));
}

#[test]
fn unsaved_cluster_work_is_copied_and_recovered_as_a_cluster() {
    use ics_board_designer::io::{Loaded, recovery::RecoveryStore};
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let file = dir.path().join("cluster.ron");
    std::fs::copy("saved_designs/cluster_northmoor_southdown.ron", &file).unwrap();
    let original = std::fs::read(&file).unwrap();
    let app = DesignerApp::open_at_start(&file, Box::new(NoDialog)).with_recovery(store.clone());
    let mut h = harness(app);
    click(&mut h, "Add a joint committee");
    let edited = h.state().cluster().unwrap().clone();
    let pending = store.pending();
    assert_eq!(pending.len(), 1, "a recovery copy was written");
    assert!(matches!(
        RecoveryStore::load_any(&pending[0]).unwrap(),
        Loaded::Cluster(c) if c == edited
    ));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        original,
        "the file is untouched"
    );
    drop(h);
    let app = DesignerApp::new(Design::default(), Box::new(NoDialog)).with_recovery(store);
    let mut h = harness(app);
    click(&mut h, "Recover");
    assert_eq!(h.state().cluster(), Some(&edited));
    assert!(h.state().is_dirty());
}

#[test]
fn a_cluster_saves_as_one_cluster_file_that_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cluster.ron");
    std::fs::copy("saved_designs/merger_three_icbs.ron", &file).unwrap();
    let mut h = harness(DesignerApp::open_at_start(&file, Box::new(NoDialog)));
    click(&mut h, "Add a joint committee");
    assert!(h.state_mut().save());
    assert!(!h.state().is_dirty());
    let saved = ics_board_designer::io::load_cluster_path(&file).unwrap();
    assert_eq!(Some(&saved), h.state().cluster());
}

#[test]
fn hovering_a_shared_persons_card_lights_up_their_cards_in_every_icb() {
    let mut h = opened("saved_designs/cluster_northmoor_southdown.ron");
    let chair_cards = |h: &egui_kittest::Harness<'_, DesignerApp>| -> Vec<(String, bool)> {
        h.get_all_by(|n| {
            n.label()
                .is_some_and(|l| l.contains(": Chair, Dr Helen Ashworth, also Chair of"))
        })
        .map(|n| {
            (
                n.accesskit_node().label().unwrap(),
                n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True),
            )
        })
        .collect()
    };
    let cards = chair_cards(&h);
    assert_eq!(
        cards.len(),
        2,
        "the shared chair is marked in both ICBs: {cards:?}"
    );
    assert!(cards.iter().all(|(_, lit)| !lit));
    let first = h.get_by_label(&cards[0].0).rect().center();
    h.hover_at(first);
    h.run();
    h.run();
    let cards = chair_cards(&h);
    assert!(cards.iter().all(|(_, lit)| *lit), "both lit: {cards:?}");
    // A person who sits in one ICB only lights up nothing.
    let other = h
        .get_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("NV: Non-executive member, Marcus Obi"))
        })
        .next()
        .unwrap()
        .rect()
        .center();
    h.hover_at(other);
    h.run();
    h.run();
    assert!(chair_cards(&h).iter().all(|(_, lit)| !lit));
}

#[test]
fn a_new_cluster_over_unsaved_changes_asks_once_and_dont_save_goes_on() {
    let chooser = Picks::opening(vec![
        PathBuf::from("saved_designs/option_a_consultative_forums.ron"),
        PathBuf::from("saved_designs/option_b_icb_committees.ron"),
    ]);
    let mut h = harness(DesignerApp::new(Design::default(), chooser));
    h.get_by_label("Add: Chair").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().is_dirty());
    click(&mut h, "File");
    click(&mut h, "New cluster from designs...");
    assert!(matches!(
        h.state().dialog(),
        Some(ics_board_designer::ui::Dialog::UnsavedChanges(_))
    ));
    click(&mut h, "Don't save");
    assert!(h.state().dialog().is_none(), "asked once, not again");
    assert_eq!(h.state().cluster().map(|c| c.icbs.len()), Some(2));
}
