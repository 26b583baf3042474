//! Small builders for rule tests.

use crate::model::{
    Committee, CommitteeKind, CommitteeMember, Design, ExecutiveRole, Expertise, Holder,
    PartnerSector, Place, PlaceMember, PlaceModel, Role, Seat, Sector,
};

/// A design that meets every board and committee minimum and most expectations.
pub fn valid_board() -> Design {
    let mut d = Design::default();
    let roles = [
        Role::Chair,
        Role::NonExecutive,
        Role::NonExecutive,
        Role::ChiefExecutive,
        Role::Executive(ExecutiveRole::Finance),
        Role::Executive(ExecutiveRole::Medical),
        Role::Executive(ExecutiveRole::Nursing),
        Role::PartnerMember(PartnerSector::Trusts),
        Role::PartnerMember(PartnerSector::PrimaryCare),
        Role::PartnerMember(PartnerSector::LocalAuthority),
    ];
    for (i, role) in roles.into_iter().enumerate() {
        let id = i as u32 + 1;
        let mut seat = Seat::new(id, role);
        seat.holder = Some(Holder::named(&format!("Person {id}")));
        d.board.push(seat);
    }
    d.board[1].expertise = vec![Expertise::Finance];
    d.board[2].expertise = vec![Expertise::MentalHealth];
    d.board[2].deputy_chair = true;
    d.board[9].expertise = vec![Expertise::PublicHealth];
    d.committees.push(Committee {
        id: 1,
        name: "Audit Committee".into(),
        kind: CommitteeKind::Audit,
        chair: Some(2),
        members: vec![
            CommitteeMember::Seat(2),
            CommitteeMember::Seat(3),
            CommitteeMember::External("Independent member".into()),
        ],
    });
    d.committees.push(Committee {
        id: 2,
        name: "Remuneration Committee".into(),
        kind: CommitteeKind::Remuneration,
        chair: Some(3),
        members: vec![
            CommitteeMember::Seat(3),
            CommitteeMember::Seat(1),
            CommitteeMember::Seat(2),
        ],
    });
    d
}

/// A place whose membership covers every sector the rules look for.
pub fn full_place(id: u32, name: &str, model: PlaceModel) -> Place {
    let mut place = Place::new(id, name, model);
    place.members = Sector::NAMED
        .iter()
        .map(|s| PlaceMember {
            sector: s.clone(),
            name: s.name(),
            organisation: String::new(),
        })
        .collect();
    place
}
