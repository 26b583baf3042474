use super::*;
use crate::model::Design;
use crate::model::{ExecutiveRole, PlaceModelKind};

fn sample() -> Design {
    let mut d = Design::default();
    d.board.push(Seat::new(1, Role::Chair));
    d.board.push(Seat::new(2, Role::NonExecutive));
    d.board
        .push(Seat::new(3, Role::Executive(ExecutiveRole::Finance)));
    d.committees.push(Committee {
        id: 1,
        name: "Audit".into(),
        kind: CommitteeKind::Audit,
        chair: Some(2),
        members: vec![
            CommitteeMember::Seat(2),
            CommitteeMember::External("X".into()),
            CommitteeMember::Seat(2),
        ],
    });
    d.places
        .push(Place::new(1, "A", PlaceModel::ConsultativeForum));
    d
}

#[test]
fn remove_seat_removes_memberships_and_undo_restores_all() {
    let mut d = sample();
    let original = d.clone();
    let inverse = d.apply(Command::RemoveSeat { id: 2 }).unwrap();
    assert!(d.seat(2).is_none());
    assert_eq!(d.committees[0].chair, None);
    assert_eq!(
        d.committees[0].members,
        vec![CommitteeMember::External("X".into())]
    );
    d.apply(inverse).unwrap();
    assert_eq!(d, original);
}

#[test]
fn failed_batch_leaves_design_unchanged() {
    let mut d = sample();
    let original = d.clone();
    let err = d
        .apply(Command::Batch(vec![
            Command::SetName("changed".into()),
            Command::SetSeatTitle {
                id: 99,
                title: "x".into(),
            },
        ]))
        .unwrap_err();
    assert_eq!(err, CommandError::NoSeat(99));
    assert_eq!(d, original);
}

#[test]
fn move_and_model_change_invert() {
    let mut d = sample();
    let original = d.clone();
    let a = d.apply(Command::MoveSeat { id: 1, index: 2 }).unwrap();
    assert_eq!(d.board[2].id, 1);
    let b = d
        .apply(Command::SetPlaceModel {
            id: 1,
            model: PlaceModelKind::LeadDirector.empty_model(),
        })
        .unwrap();
    d.apply(b).unwrap();
    d.apply(a).unwrap();
    assert_eq!(d, original);
}

/// Found by proptest: undoing `AddSeat` must not also remove references that were already
/// there (here a dangling member added while the seat did not exist).
#[test]
fn undo_of_add_seat_leaves_earlier_references_alone() {
    let mut doc = crate::model::Document::new(sample());
    let original = doc.design().clone();
    for command in [
        Command::RemoveSeat { id: 2 },
        Command::AddCommitteeMember {
            id: 1,
            index: 99,
            member: CommitteeMember::Seat(2),
        },
        Command::AddSeat {
            index: 0,
            seat: Seat::new(2, Role::Chair),
        },
    ] {
        doc.apply(command, None).unwrap();
    }
    while doc.undo() {}
    assert_eq!(doc.design(), &original);
}

#[test]
fn duplicate_ids_are_refused() {
    let mut d = sample();
    assert_eq!(
        d.apply(Command::AddSeat {
            index: 0,
            seat: Seat::new(1, Role::NonExecutive)
        }),
        Err(CommandError::DuplicateId(1))
    );
}
