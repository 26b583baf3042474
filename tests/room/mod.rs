//! The room (issue 15): a whole board, presentation page 1 and the findings readable at the
//! sizes a workshop uses, checked on the accessibility tree's rectangles.

use std::path::Path;

use egui::{Key, Rect, Vec2};
use egui_kittest::{Harness, kittest::Queryable};
use ics_board_designer::{
    io,
    model::{Design, ExecutiveRole, Holder, PartnerSector, Role, Seat},
    rules::Severity,
    ui::DesignerApp,
};

use super::common::NoDialog;

fn at_size(design: Design, size: Vec2) -> Harness<'static, DesignerApp> {
    let mut h = Harness::builder().with_size(size).build_ui_state(
        |ui, app: &mut DesignerApp| app.show(ui),
        DesignerApp::new(design, Box::new(NoDialog)),
    );
    h.run();
    h.run();
    h
}

/// The saved design (not a cluster) with the most seats.
fn biggest_example() -> Design {
    let mut designs: Vec<Design> = std::fs::read_dir("saved_designs")
        .unwrap()
        .filter_map(|e| io::load_path(&e.unwrap().path()).ok())
        .collect();
    designs.sort_by_key(|d| d.board.len());
    designs.pop().unwrap()
}

/// `design` grown to `seats` seats, every new one held (partner members and executives).
fn grown_to(mut design: Design, seats: usize) -> Design {
    let mut id = design.board.iter().map(|s| s.id).max().unwrap_or(0);
    let mut n = 0;
    while design.board.len() < seats {
        id += 1;
        n += 1;
        // Spread over the bands as a real board grows: executives, partners, non-executives.
        let role = match n % 3 {
            0 => Role::Executive(ExecutiveRole::Other(format!("Director {n}"))),
            1 => Role::PartnerMember(PartnerSector::Trusts),
            _ => Role::NonExecutive,
        };
        let mut seat = Seat::new(id, role);
        seat.title = format!("Added member {n}");
        seat.holder = Some(Holder::named(&format!("Added Holder{n}")));
        design.board.push(seat);
    }
    design
}

fn contains(outer: Rect, inner: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

/// Every holder's card is drawn, whole, inside the board's visible area.
fn assert_every_holder_in_view(design: &Design, size: Vec2) {
    let h = at_size(design.clone(), size);
    let area = h.get_by_label("Board area").rect();
    let mut held = 0;
    for seat in &design.board {
        let Some(name) = seat.holder_name() else {
            continue;
        };
        held += 1;
        let label = format!("Seat: {}, {name}", seat.label());
        let node = h
            .query_by_label(&label)
            .unwrap_or_else(|| panic!("{label} is not drawn at {size:?}"));
        assert!(
            contains(area, node.rect()),
            "{label} at {:?} is outside the board's area {area:?} at {size:?}",
            node.rect()
        );
    }
    assert!(
        held >= design.board.len() - 2,
        "the example has its seats held"
    );
}

#[test]
fn the_biggest_example_shows_every_holder_at_1366x768_and_1920x1080() {
    let design = biggest_example();
    assert!(design.board.len() >= 20, "{}", design.board.len());
    assert_every_holder_in_view(&design, Vec2::new(1366.0, 768.0));
    assert_every_holder_in_view(&design, Vec2::new(1920.0, 1080.0));
}

#[test]
fn a_board_of_thirty_seats_shows_every_holder_at_1366x768() {
    let design = grown_to(biggest_example(), 30);
    assert_eq!(design.board.len(), 30);
    assert_every_holder_in_view(&design, Vec2::new(1366.0, 768.0));
}

#[test]
fn presentation_page_one_shows_every_holder_large_at_both_sizes() {
    let design = biggest_example();
    for (size, tallest) in [
        (Vec2::new(1366.0, 768.0), 20.0),
        (Vec2::new(1920.0, 1080.0), 28.0),
    ] {
        let mut h = at_size(design.clone(), size);
        h.key_press(Key::F5);
        h.run();
        h.run();
        assert!(h.state().view().presenting.is_some());
        let screen = Rect::from_min_size(egui::Pos2::ZERO, size);
        for name in design.board.iter().filter_map(Seat::holder_name) {
            let node = h.get_by_label(name);
            assert!(
                contains(screen, node.rect()),
                "{name} at {:?} is off the {size:?} screen",
                node.rect()
            );
            // The label's height is its line: the type is at least this big.
            assert!(
                node.rect().height() >= tallest,
                "{name} is {} px tall at {size:?}",
                node.rect().height()
            );
        }
    }
}

#[test]
fn the_findings_column_lists_at_least_eight_findings_at_1366x768() {
    let design = io::load_path(Path::new("saved_designs/workshop_start.ron")).unwrap();
    let size = Vec2::new(1366.0, 768.0);
    let h = at_size(design, size);
    let screen = Rect::from_min_size(egui::Pos2::ZERO, size);
    let report = h.state().report().clone();
    assert!(report.findings.len() >= 10);
    let shown = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .filter(|f| {
            h.query_by_label(&f.message)
                .is_some_and(|n| contains(screen, n.rect()))
        })
        .count();
    assert!(shown >= 8, "{shown} findings in view");
}

#[test]
fn ctrl_plus_zooms_the_board_past_the_window_and_ctrl_0_fits_it_again() {
    let design = biggest_example();
    let mut h = at_size(design.clone(), Vec2::new(1366.0, 768.0));
    let seat = &design.board[0];
    let label = format!("Seat: {}, {}", seat.label(), seat.holder_name().unwrap());
    let before = h.get_by_label(&label).rect().size();
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    let zoomed = h.get_by_label(&label).rect().size();
    assert!(zoomed.x > before.x * 1.3, "{before:?} -> {zoomed:?}");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.get_by_label(&label).rect().size(), before);
}

#[test]
fn the_side_panels_fold_away_when_the_board_needs_the_room() {
    let size = Vec2::new(1366.0, 768.0);
    // An incomplete board keeps its palette open; a built one folds it to a strip.
    let incomplete = io::load_path(Path::new("saved_designs/workshop_start.ron")).unwrap();
    let h = at_size(incomplete, size);
    h.get_by_label("Fold the palette");
    assert!(h.query_by_label("Show the palette").is_none());
    let mut h = at_size(biggest_example(), size);
    h.get_by_label("Show the palette");
    assert!(h.query_by_label("Add: Chair").is_none());
    // Its committees fold into the tab bar: a tab, not a strip of cards.
    let committees = format!("Committees ({})", h.state().design().committees.len());
    h.get_by_label(&committees);
    assert!(h.query_by_label("Add other committee").is_none());
    // Nothing selected: the inspector is one button, and the findings have the column.
    let field = |h: &Harness<'_, DesignerApp>| {
        h.query_by_role_and_label(egui::Role::TextInput, "Design name")
            .is_some()
    };
    assert!(!field(&h));
    h.get_by_label("✎ Design details").click();
    h.run();
    assert!(field(&h));
    // The palette opened by hand stays open.
    h.get_by_label("Show the palette").click();
    h.run();
    h.get_by_label("Add: Chair");
    assert_eq!(h.state().view().palette_open, Some(true));
}

/// Issue 32: the cluster presentation shows every seat of the merger's successor, its voting
/// members on one page and its participants on the next, at both sizes.
#[test]
fn the_successor_pages_show_every_successor_holder_at_both_sizes() {
    let cluster = io::load_cluster_path(Path::new("saved_designs/merger_three_icbs.ron")).unwrap();
    let successor = cluster.successor().unwrap().clone();
    for size in [Vec2::new(1366.0, 768.0), Vec2::new(1920.0, 1080.0)] {
        let screen = Rect::from_min_size(egui::Pos2::ZERO, size);
        let mut h = Harness::builder().with_size(size).build_ui_state(
            |ui, app: &mut DesignerApp| app.show(ui),
            DesignerApp::with_cluster(cluster.clone(), Box::new(NoDialog)),
        );
        h.run();
        h.key_press(Key::F5);
        h.run();
        for (page, voting) in [(2, true), (3, false)] {
            h.state_mut().view_mut().presenting = Some(page);
            h.run();
            h.run();
            for seat in successor
                .board
                .iter()
                .filter(|s| s.role.is_voting() == voting)
            {
                let Some(name) = seat.holder_name() else {
                    continue;
                };
                // A name held twice (no one is, here) would be found once a page.
                let node = h.get_all_by_label(name).next().unwrap();
                assert!(
                    contains(screen, node.rect()),
                    "{name} at {:?} is off the {size:?} screen on page {}",
                    node.rect(),
                    page + 1
                );
            }
        }
    }
}
