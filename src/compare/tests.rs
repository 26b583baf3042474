use super::*;
use crate::io::load_path;
use crate::model::CommitteeMember;

fn example(name: &str) -> Design {
    load_path(&std::path::Path::new("saved_designs").join(name)).unwrap()
}

#[test]
fn option_b_against_option_c_changes_every_place_model() {
    let a = example("option_b_icb_committees.ron");
    let b = example("option_c_joint_committees.ron");
    let diff = compare(&a, &b);
    assert!(diff.seats.is_empty() && diff.committees.is_empty());
    assert_eq!(diff.places.len(), 5);
    for change in &diff.places {
        assert_eq!(change.kind, "changed");
        assert!(
            change
                .details
                .contains(&"model: Committee of the ICB -> Joint committee".to_owned())
        );
    }
    assert!(compare(&a, &a).is_empty());
}

#[test]
fn seats_match_by_role_and_title_when_ids_differ() {
    let a = example("df2021_minimum.ron");
    let mut b = a.clone();
    // Renumber every seat: still the same seats.
    for seat in &mut b.board {
        seat.id += 100;
    }
    for committee in &mut b.committees {
        committee.chair = committee.chair.map(|c| c + 100);
        for m in &mut committee.members {
            if let CommitteeMember::Seat(id) = m {
                *id += 100;
            }
        }
    }
    let diff = compare(&a, &b);
    assert!(diff.seats.is_empty(), "{:?}", diff.seats);
    assert!(diff.committees.is_empty(), "{:?}", diff.committees);
}

#[test]
fn workshop_start_to_minimum_reports_additions_and_findings() {
    let a = example("workshop_start.ron");
    let b = example("df2021_minimum.ron");
    let diff = compare(&a, &b);
    assert!(
        diff.seats
            .iter()
            .any(|c| c.kind == "added" && c.item == "Director of finance")
    );
    assert!(
        diff.committees
            .iter()
            .any(|c| c.kind == "added" && c.item == "Remuneration Committee")
    );
    assert!(diff.places.iter().all(|c| c.kind == "removed"));
    assert!(
        diff.findings_disappeared
            .iter()
            .any(|f| f.contains("board.exec_finance"))
    );
    assert!(
        diff.findings_appeared
            .iter()
            .any(|f| f.contains("system.places_defined"))
    );
    let text = diff_text(&diff);
    assert!(text.contains("Seats:\n") && text.contains("Findings that disappear:"));
}
